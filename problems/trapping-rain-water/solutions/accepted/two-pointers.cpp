// Two pointers from both ends; the lower end's side maximum bounds its water. 64-bit total.
class Solution {
public:
    long long trap(vector<int>& height) {
        int l = 0, r = (int)height.size() - 1;
        long long left_max = 0, right_max = 0, water = 0;
        while (l < r) {
            if (height[l] < height[r]) {
                left_max = max<long long>(left_max, height[l]);
                water += left_max - height[l++];
            } else {
                right_max = max<long long>(right_max, height[r]);
                water += right_max - height[r--];
            }
        }
        return water;
    }
};
