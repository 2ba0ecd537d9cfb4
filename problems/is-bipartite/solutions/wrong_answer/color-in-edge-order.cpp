// Wrong: colors the nodes greedily in the order the edges are listed. An edge between two
// uncolored nodes gets an arbitrary orientation (0 then 1), which may contradict edges read
// later that join its piece to another piece colored the other way round.
class Solution {
public:
    bool isBipartite(int n, vector<vector<int>>& edges) {
        vector<int> color(n, -1);
        for (auto& e : edges) {
            int u = e[0], v = e[1];
            if (color[u] == -1 && color[v] == -1) {
                color[u] = 0;
                color[v] = 1;
            } else if (color[u] == -1) {
                color[u] = color[v] ^ 1;
            } else if (color[v] == -1) {
                color[v] = color[u] ^ 1;
            } else if (color[u] == color[v]) {
                return false;
            }
        }
        return true;
    }
};
