// Too slow: a depth-first search trying every route of at most k + 1 flights, exponential in k.
class Solution {
    vector<vector<pair<int, int>>> adj;
    int target;
    long long best = LLONG_MAX;
    void dfs(int u, long long cost, int left) {
        if (u == target) {
            best = min(best, cost);
            return;
        }
        if (left == 0) return;
        for (auto [v, p] : adj[u]) dfs(v, cost + p, left - 1);
    }

public:
    int findCheapestPrice(int n, vector<vector<int>>& flights, int src, int dst, int k) {
        adj.assign(n, {});
        for (auto& f : flights) adj[f[0]].push_back({f[1], f[2]});
        target = dst;
        dfs(src, 0, k + 1);
        return best == LLONG_MAX ? -1 : (int)best;
    }
};
