// Correct but O(n^2): sorted by end, best[i] = 1 + the best over every earlier interval
// ending at or before start i (or 1). Every pair is looked at.
class Solution {
public:
    int maxNonOverlapping(vector<vector<int>>& intervals) {
        sort(intervals.begin(), intervals.end(),
             [](const vector<int>& a, const vector<int>& b) { return a[1] < b[1]; });
        int n = intervals.size(), answer = 0;
        vector<int> best(n);
        for (int i = 0; i < n; i++) {
            int b = 0;
            for (int j = 0; j < i; j++)
                if (intervals[j][1] <= intervals[i][0] && best[j] > b) b = best[j];
            best[i] = b + 1;
            answer = max(answer, best[i]);
        }
        return answer;
    }
};
