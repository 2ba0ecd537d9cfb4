// WRONG: treats touching intervals as overlapping (> instead of >=).
class Solution {
public:
    int maxNonOverlapping(vector<vector<int>>& intervals) {
        sort(intervals.begin(), intervals.end(),
             [](const vector<int>& a, const vector<int>& b) { return a[1] < b[1]; });
        int count = 0;
        long long last = -1;
        for (auto& m : intervals)
            if (m[0] > last) {
                count++;
                last = m[1];
            }
        return count;
    }
};
