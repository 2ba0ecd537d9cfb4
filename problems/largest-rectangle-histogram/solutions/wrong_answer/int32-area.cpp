// WRONG: the monotonic stack is right, but areas are 32-bit ints; three bars of 10^9 already
// overflow.
class Solution {
public:
    long long largestRectangleArea(vector<int>& heights) {
        int n = heights.size();
        vector<int> stack;
        int best = 0;
        for (int i = 0; i <= n; i++) {
            int h = i < n ? heights[i] : 0;
            while (!stack.empty() && heights[stack.back()] >= h) {
                int height = heights[stack.back()];
                stack.pop_back();
                int left = stack.empty() ? -1 : stack.back();
                int area = (int)((unsigned)height * (unsigned)(i - left - 1));  // wraps like int
                best = max(best, area);
            }
            stack.push_back(i);
        }
        return best;
    }
};
