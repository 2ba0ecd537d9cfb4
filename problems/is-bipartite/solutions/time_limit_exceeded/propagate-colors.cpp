// Too slow: colors spread by sweeping the edge list again and again until a sweep changes
// nothing, then a new uncolored node starts the next component. A sweep may advance the
// coloring by only a few nodes, so a long path takes O(n) sweeps of m edges: O(n * m).
class Solution {
public:
    bool isBipartite(int n, vector<vector<int>>& edges) {
        vector<int> color(n, -1);
        for (int s = 0; s < n; s++) {
            if (color[s] != -1) continue;
            color[s] = 0;
            bool changed = true;
            while (changed) {
                changed = false;
                for (auto& e : edges) {
                    int u = e[0], v = e[1];
                    if (color[u] == -1 && color[v] == -1) continue;
                    if (color[u] == -1) {
                        color[u] = color[v] ^ 1;
                        changed = true;
                    } else if (color[v] == -1) {
                        color[v] = color[u] ^ 1;
                        changed = true;
                    } else if (color[u] == color[v]) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
};
