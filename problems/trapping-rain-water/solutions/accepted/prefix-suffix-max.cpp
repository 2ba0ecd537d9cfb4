// The water over bar i is min(tallest bar up to i, tallest bar from i) - height[i]:
// both maxima precomputed in two passes.
class Solution {
public:
    long long trap(vector<int>& height) {
        int n = height.size();
        vector<int> left(n), right(n);
        for (int i = 0; i < n; i++)
            left[i] = max(height[i], i > 0 ? left[i - 1] : 0);
        for (int i = n - 1; i >= 0; i--)
            right[i] = max(height[i], i + 1 < n ? right[i + 1] : 0);
        long long water = 0;
        for (int i = 0; i < n; i++)
            water += min(left[i], right[i]) - height[i];
        return water;
    }
};
