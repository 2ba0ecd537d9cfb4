// Monotonic stack of indices with rising heights; a height-0 bar at the end flushes it.
class Solution {
public:
    long long largestRectangleArea(vector<int>& heights) {
        int n = heights.size();
        vector<int> stack;
        long long best = 0;
        for (int i = 0; i <= n; i++) {
            int h = i < n ? heights[i] : 0;
            while (!stack.empty() && heights[stack.back()] >= h) {
                long long height = heights[stack.back()];
                stack.pop_back();
                int left = stack.empty() ? -1 : stack.back();
                best = max(best, height * (i - left - 1));
            }
            stack.push_back(i);
        }
        return best;
    }
};
