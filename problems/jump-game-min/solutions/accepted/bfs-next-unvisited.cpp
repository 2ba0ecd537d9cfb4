// Plain breadth-first search over indices, each visited once: from u the new indices are
// those past the farthest index seen so far, up to u + nums[u] (the ones before it are
// already queued). O(n).
#include <algorithm>
#include <vector>

class Solution {
public:
    int minJumps(std::vector<int>& nums) {
        int n = nums.size();
        std::vector<int> dist(n, -1), queue;
        queue.reserve(n);
        dist[0] = 0;
        queue.push_back(0);
        int seen = 0;  // every index <= seen has been queued
        for (size_t head = 0; head < queue.size(); head++) {
            int u = queue[head];
            int reach = std::min(n - 1, u + nums[u]);
            for (int v = seen + 1; v <= reach; v++) {
                dist[v] = dist[u] + 1;
                queue.push_back(v);
            }
            seen = std::max(seen, reach);
        }
        return dist[n - 1];
    }
};
