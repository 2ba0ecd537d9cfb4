// TOO SLOW: each query walks up one parent at a time: first the deeper node to the other's
// depth, then both until they meet. That is O(depth) per query: on two arms of 30000 nodes
// with queries deep in both, over 30000 steps (of both nodes) each, 1.8 * 10^9 in all.
class Solution {
public:
    vector<int> lowestCommonAncestors(vector<int>& parent, vector<vector<int>>& queries) {
        int n = parent.size();
        vector<vector<int>> children(n);
        for (int v = 1; v < n; v++) children[parent[v]].push_back(v);
        vector<int> depth(n, 0), order{0};
        for (size_t i = 0; i < order.size(); i++)
            for (int c : children[order[i]]) {
                depth[c] = depth[order[i]] + 1;
                order.push_back(c);
            }
        vector<int> res;
        for (auto& query : queries) {
            int u = query[0], v = query[1];
            while (depth[u] > depth[v]) u = parent[u];
            while (depth[v] > depth[u]) v = parent[v];
            while (u != v) {
                u = parent[u];
                v = parent[v];
            }
            res.push_back(u);
        }
        return res;
    }
};
