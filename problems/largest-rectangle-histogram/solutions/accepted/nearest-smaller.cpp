// For every bar, the nearest strictly lower bar on each side (two stack passes): the tallest
// rectangle of the bar's height spans the bars between them.
class Solution {
public:
    long long largestRectangleArea(vector<int>& heights) {
        int n = heights.size();
        vector<int> left(n), right(n), stack;
        for (int i = 0; i < n; i++) {
            while (!stack.empty() && heights[stack.back()] >= heights[i]) stack.pop_back();
            left[i] = stack.empty() ? -1 : stack.back();
            stack.push_back(i);
        }
        stack.clear();
        for (int i = n - 1; i >= 0; i--) {
            while (!stack.empty() && heights[stack.back()] >= heights[i]) stack.pop_back();
            right[i] = stack.empty() ? n : stack.back();
            stack.push_back(i);
        }
        long long best = 0;
        for (int i = 0; i < n; i++)
            best = max(best, (long long)heights[i] * (right[i] - left[i] - 1));
        return best;
    }
};
