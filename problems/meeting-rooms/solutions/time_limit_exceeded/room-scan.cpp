// TOO SLOW: meetings by start, then each one scans the rooms in order for one that is free
// (first fit). Correct, but with many rooms busy at once every meeting scans them all: O(n^2).
class Solution {
public:
    int minMeetingRooms(vector<vector<int>>& intervals) {
        sort(intervals.begin(), intervals.end());
        vector<int> room_end;
        for (auto& m : intervals) {
            size_t r = 0;
            while (r < room_end.size() && room_end[r] > m[0]) r++;
            if (r == room_end.size())
                room_end.push_back(m[1]);
            else
                room_end[r] = m[1];
        }
        return (int)room_end.size();
    }
};
