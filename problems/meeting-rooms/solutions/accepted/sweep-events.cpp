// Sweep: +1 at each start, -1 at each end; at equal times the ends come first, since a
// meeting ending at t frees its room for one starting at t. The answer is the highest count.
#include <algorithm>
#include <utility>
#include <vector>

class Solution {
public:
    int minMeetingRooms(std::vector<std::vector<int>>& intervals) {
        std::vector<std::pair<int, int>> events;
        events.reserve(2 * intervals.size());
        for (auto& m : intervals) {
            events.push_back({m[0], +1});
            events.push_back({m[1], -1});
        }
        std::sort(events.begin(), events.end());  // (t, -1) before (t, +1)
        int open = 0, best = 0;
        for (auto& e : events) {
            open += e.second;
            best = std::max(best, open);
        }
        return best;
    }
};
