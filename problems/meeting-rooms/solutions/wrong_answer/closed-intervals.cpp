// WRONG: reuses a room only when its meeting ended strictly before the next start, as if the
// meetings were closed [start, end]: a meeting ending at t and one starting at t get two rooms.
class Solution {
public:
    int minMeetingRooms(vector<vector<int>>& intervals) {
        sort(intervals.begin(), intervals.end());
        priority_queue<int, vector<int>, greater<int>> ends;
        for (auto& m : intervals) {
            if (!ends.empty() && ends.top() < m[0]) ends.pop();
            ends.push(m[1]);
        }
        return (int)ends.size();
    }
};
