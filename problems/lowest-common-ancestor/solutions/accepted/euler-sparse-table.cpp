// Euler tour + sparse table: an iterative depth-first walk writes a node each time it is
// entered or returned to; the LCA of u and v is the shallowest node written between their first
// appearances, found in O(1) with a sparse table of minima over (depth, node).
// O(n log n + q).
class Solution {
public:
    vector<int> lowestCommonAncestors(vector<int>& parent, vector<vector<int>>& queries) {
        int n = parent.size();
        vector<int> head(n, -1), next(n, -1);
        for (int v = 1; v < n; v++) {
            next[v] = head[parent[v]];
            head[parent[v]] = v;
        }
        vector<int> depth(n, 0), first(n), tour;
        tour.reserve(2 * n);
        vector<int> stack{0}, edge(n);
        for (int v = 0; v < n; v++) edge[v] = head[v];
        first[0] = 0;
        tour.push_back(0);
        while (!stack.empty()) {
            int v = stack.back();
            if (edge[v] != -1) {
                int c = edge[v];
                edge[v] = next[c];
                depth[c] = depth[v] + 1;
                first[c] = tour.size();
                tour.push_back(c);
                stack.push_back(c);
            } else {
                stack.pop_back();
                if (!stack.empty()) tour.push_back(stack.back());
            }
        }
        int m = tour.size();
        vector<vector<long long>> table(1, vector<long long>(m));
        for (int i = 0; i < m; i++) table[0][i] = (long long)depth[tour[i]] * n + tour[i];
        for (int j = 1; 2 * j <= m; j *= 2) {
            const vector<long long>& prev = table.back();
            vector<long long> cur(m - 2 * j + 1);
            for (int i = 0; i + 2 * j <= m; i++) cur[i] = min(prev[i], prev[i + j]);
            table.push_back(move(cur));
        }
        vector<int> res;
        res.reserve(queries.size());
        for (auto& query : queries) {
            int l = first[query[0]], r = first[query[1]];
            if (l > r) swap(l, r);
            int k = 31 - __builtin_clz(r - l + 1);
            long long best = min(table[k][l], table[k][r - (1 << k) + 1]);
            res.push_back(best % n);
        }
        return res;
    }
};
