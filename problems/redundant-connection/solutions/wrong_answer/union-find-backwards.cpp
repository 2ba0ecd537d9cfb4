// WRONG: union-find over the edges from the last to the first, "so that the edge found is a
// late one". Backwards, the edge that closes the cycle is the cycle's FIRST edge in the input.
class Solution {
public:
    vector<int> findRedundantConnection(vector<vector<int>>& edges) {
        vector<int> parent(edges.size() + 1);
        iota(parent.begin(), parent.end(), 0);
        auto find = [&](int x) {
            while (parent[x] != x) x = parent[x] = parent[parent[x]];
            return x;
        };
        for (int i = (int)edges.size() - 1; i >= 0; i--) {
            int a = find(edges[i][0]), b = find(edges[i][1]);
            if (a == b) return edges[i];
            parent[a] = b;
        }
        return {};
    }
};
