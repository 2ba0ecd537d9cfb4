// Dijkstra over (city, flights taken) states: a state is settled once; states with more than
// k + 1 flights are never made. O((k + 2) * m * log) at worst.
class Solution {
public:
    int findCheapestPrice(int n, vector<vector<int>>& flights, int src, int dst, int k) {
        vector<vector<pair<int, int>>> adj(n);
        for (auto& f : flights) adj[f[0]].push_back({f[1], f[2]});
        int layers = k + 2;
        vector<int> best(static_cast<size_t>(n) * layers, INT_MAX);
        priority_queue<tuple<int, int, int>, vector<tuple<int, int, int>>, greater<>> heap;
        best[static_cast<size_t>(src) * layers] = 0;
        heap.push({0, src, 0});
        while (!heap.empty()) {
            auto [d, u, used] = heap.top();
            heap.pop();
            if (u == dst) return d;
            if (d > best[static_cast<size_t>(u) * layers + used] || used == k + 1) continue;
            for (auto [v, p] : adj[u]) {
                int& slot = best[static_cast<size_t>(v) * layers + used + 1];
                if (d + p < slot) {
                    slot = d + p;
                    heap.push({slot, v, used + 1});
                }
            }
        }
        return -1;
    }
};
