// Meetings by start time; a min-heap holds the end times of the rooms in use. A room whose
// meeting ends at or before the next start is free again (the interval is half-open): reuse
// it, else open a new one. O(n log n).
class Solution {
public:
    int minMeetingRooms(vector<vector<int>>& intervals) {
        sort(intervals.begin(), intervals.end());
        priority_queue<int, vector<int>, greater<int>> ends;
        for (auto& m : intervals) {
            if (!ends.empty() && ends.top() <= m[0]) ends.pop();
            ends.push(m[1]);
        }
        return (int)ends.size();
    }
};
