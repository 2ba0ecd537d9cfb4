// Naive: from every bar, extend left and right while the bars are at least as tall. Correct,
// but O(n^2) on a long non-decreasing run or on equal bars.
class Solution {
public:
    long long largestRectangleArea(vector<int>& heights) {
        int n = heights.size();
        long long best = 0;
        for (int i = 0; i < n; i++) {
            int l = i, r = i;
            while (l > 0 && heights[l - 1] >= heights[i]) l--;
            while (r + 1 < n && heights[r + 1] >= heights[i]) r++;
            best = max(best, (long long)heights[i] * (r - l + 1));
        }
        return best;
    }
};
