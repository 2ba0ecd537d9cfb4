// Too slow: Prim without a heap, scanning every node for the closest one at each step: O(n^2)
// (10^10 steps at n = 10^5).
class Solution {
public:
    long long minimumSpanningTree(vector<vector<int>>& edges, int n) {
        vector<vector<pair<int, int>>> adj(n);
        for (auto &e : edges) {
            adj[e[0]].push_back({e[1], e[2]});
            adj[e[1]].push_back({e[0], e[2]});
        }
        const long long INF = LLONG_MAX;
        vector<long long> best(n, INF);
        vector<bool> in(n, false);
        best[0] = 0;
        long long total = 0;
        for (int step = 0; step < n; step++) {
            int u = -1;
            for (int v = 0; v < n; v++)
                if (!in[v] && (u < 0 || best[v] < best[u])) u = v;
            if (best[u] == INF) return -1;
            in[u] = true;
            total += best[u];
            for (auto [v, w] : adj[u])
                if (!in[v] && w < best[v]) best[v] = w;
        }
        return total;
    }
};
