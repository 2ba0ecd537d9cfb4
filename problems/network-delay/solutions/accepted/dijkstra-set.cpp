// Dijkstra with an ordered set as the priority queue: a node's entry is replaced when its
// distance improves, so the set never holds stale entries.
#include <set>
#include <vector>

class Solution {
public:
    int networkDelayTime(std::vector<std::vector<int>>& times, int n, int k) {
        std::vector<std::vector<std::pair<int, int>>> adj(n);
        for (auto& t : times) adj[t[0]].push_back({t[1], t[2]});
        const long long INF = 1LL << 60;
        std::vector<long long> dist(n, INF);
        std::set<std::pair<long long, int>> pending;
        dist[k] = 0;
        pending.insert({0, k});
        while (!pending.empty()) {
            auto [d, u] = *pending.begin();
            pending.erase(pending.begin());
            for (auto [v, w] : adj[u])
                if (d + w < dist[v]) {
                    if (dist[v] != INF) pending.erase({dist[v], v});
                    dist[v] = d + w;
                    pending.insert({dist[v], v});
                }
        }
        long long answer = 0;
        for (long long d : dist) {
            if (d == INF) return -1;
            answer = std::max(answer, d);
        }
        return (int)answer;
    }
};
