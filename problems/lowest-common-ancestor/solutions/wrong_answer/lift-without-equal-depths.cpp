// WRONG: binary lifting that skips the first step: u and v are lifted together from their own
// depths, never brought to the same depth first. When the two depths differ, the pair that
// "meets" is not a common ancestor at all.
class Solution {
public:
    vector<int> lowestCommonAncestors(vector<int>& parent, vector<vector<int>>& queries) {
        int n = parent.size();
        int levels = 1;
        while ((1 << levels) < n) levels++;
        vector<vector<int>> up(levels, vector<int>(n));
        for (int v = 0; v < n; v++) up[0][v] = v == 0 ? 0 : parent[v];
        for (int k = 1; k < levels; k++)
            for (int v = 0; v < n; v++) up[k][v] = up[k - 1][up[k - 1][v]];
        vector<int> res;
        for (auto& query : queries) {
            int u = query[0], v = query[1];
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
