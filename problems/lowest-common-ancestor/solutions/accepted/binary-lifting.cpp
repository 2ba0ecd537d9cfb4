// Binary lifting: up[k][v] is v's ancestor 2^k levels up (the root is its own). The depths come
// from a breadth-first order, built without recursion: the tree may be a path of 200000 nodes.
// A query lifts the deeper node to the other's depth, then both as long as they stay apart.
// O((n + q) log n).
class Solution {
public:
    vector<int> lowestCommonAncestors(vector<int>& parent, vector<vector<int>>& queries) {
        int n = parent.size();
        vector<vector<int>> children(n);
        for (int v = 1; v < n; v++)
            children[parent[v]].push_back(v);
        vector<int> depth(n, 0), order{0};
        order.reserve(n);
        for (size_t i = 0; i < order.size(); i++)
            for (int c : children[order[i]]) {
                depth[c] = depth[order[i]] + 1;
                order.push_back(c);
            }
        int levels = 1;
        while ((1 << levels) < n) levels++;
        vector<vector<int>> up(levels, vector<int>(n));
        for (int v = 0; v < n; v++) up[0][v] = v == 0 ? 0 : parent[v];
        for (int k = 1; k < levels; k++)
            for (int v = 0; v < n; v++) up[k][v] = up[k - 1][up[k - 1][v]];
        vector<int> res;
        res.reserve(queries.size());
        for (auto& query : queries) {
            int u = query[0], v = query[1];
            if (depth[u] < depth[v]) swap(u, v);
            for (int k = 0, diff = depth[u] - depth[v]; diff > 0; k++, diff >>= 1)
                if (diff & 1) u = up[k][u];
            if (u != v) {
                for (int k = levels - 1; k >= 0; k--)
                    if (up[k][u] != up[k][v]) {
                        u = up[k][u];
                        v = up[k][v];
                    }
                u = up[0][u];
            }
            res.push_back(u);
        }
        return res;
    }
};
