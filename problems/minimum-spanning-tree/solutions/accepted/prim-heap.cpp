// Prim with a binary heap of (weight, node): O(m log m). Stale entries are skipped.
class Solution {
public:
    long long minimumSpanningTree(vector<vector<int>>& edges, int n) {
        vector<vector<pair<int, int>>> adj(n);
        for (auto &e : edges) {
            adj[e[0]].push_back({e[1], e[2]});
            adj[e[1]].push_back({e[0], e[2]});
        }
        vector<bool> in(n, false);
        priority_queue<pair<int, int>, vector<pair<int, int>>, greater<>> heap;
        heap.push({0, 0});
        long long total = 0;
        int taken = 0;
        while (!heap.empty()) {
            auto [w, u] = heap.top();
            heap.pop();
            if (in[u]) continue;
            in[u] = true;
            total += w;
            taken++;
            for (auto [v, x] : adj[u])
                if (!in[v]) heap.push({x, v});
        }
        return taken == n ? total : -1;
    }
};
