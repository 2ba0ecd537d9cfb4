// WRONG: greedy by length: take the shortest intervals first, keeping each that overlaps
// none already taken (a std::map of the taken intervals). A short interval straddling two
// longer disjoint ones blocks both.
class Solution {
public:
    int maxNonOverlapping(vector<vector<int>>& intervals) {
        sort(intervals.begin(), intervals.end(), [](const vector<int>& a, const vector<int>& b) {
            return a[1] - a[0] < b[1] - b[0];
        });
        map<int, int> taken;  // start -> end
        for (auto& m : intervals) {
            auto it = taken.lower_bound(m[0]);
            if (it != taken.end() && it->first < m[1]) continue;
            if (it != taken.begin() && prev(it)->second > m[0]) continue;
            taken[m[0]] = m[1];
        }
        return (int)taken.size();
    }
};
