// WRONG: prefix and suffix maxima, but the total is an int: it wraps past 2^31 - 1.
class Solution {
    public long trap(int[] height) {
        int n = height.length;
        int[] left = new int[n], right = new int[n];
        for (int i = 0; i < n; i++)
            left[i] = Math.max(height[i], i > 0 ? left[i - 1] : 0);
        for (int i = n - 1; i >= 0; i--)
            right[i] = Math.max(height[i], i + 1 < n ? right[i + 1] : 0);
        int water = 0;
        for (int i = 0; i < n; i++)
            water += Math.min(left[i], right[i]) - height[i];
        return water;
    }
}
