// TOO SLOW: each node's depth is found by walking up to the root, one parent at a time. That
// costs the sum of all depths: on a path of 100000 nodes, about 5 * 10^9 steps.
class Solution {
public:
    vector<int> levelWidths(vector<int>& parent) {
        int n = parent.size();
        vector<int> width(n, 0);
        int levels = 0;
        for (int v = 0; v < n; v++) {
            int d = 0;
            for (int u = v; u != 0; u = parent[u]) d++;
            width[d]++;
            levels = max(levels, d + 1);
        }
        width.resize(levels);
        return width;
    }
};
