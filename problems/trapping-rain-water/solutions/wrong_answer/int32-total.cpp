// WRONG: two pointers, but the total is a 32-bit int; a pit three bars wide under walls of
// 10^9 already overflows it.
class Solution {
public:
    long long trap(vector<int>& height) {
        int l = 0, r = (int)height.size() - 1;
        int left_max = 0, right_max = 0, water = 0;
        while (l < r) {
            if (height[l] < height[r]) {
                left_max = max(left_max, height[l]);
                water = (int)((unsigned)water + (unsigned)(left_max - height[l++]));  // wraps like int
            } else {
                right_max = max(right_max, height[r]);
                water = (int)((unsigned)water + (unsigned)(right_max - height[r--]));
            }
        }
        return water;
    }
};
