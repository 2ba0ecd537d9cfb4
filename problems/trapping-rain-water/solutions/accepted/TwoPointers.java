// Two pointers from both ends with a long total: the answer needs 64 bits.
class Solution {
    public long trap(int[] height) {
        int l = 0, r = height.length - 1;
        long leftMax = 0, rightMax = 0, water = 0;
        while (l < r) {
            if (height[l] < height[r]) {
                leftMax = Math.max(leftMax, height[l]);
                water += leftMax - height[l++];
            } else {
                rightMax = Math.max(rightMax, height[r]);
                water += rightMax - height[r--];
            }
        }
        return water;
    }
}
