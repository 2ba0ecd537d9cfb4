// Another way: the edges on the cycle are those left after repeatedly removing leaves (nodes
// of degree 1) with their edges; the answer is the cycle edge that comes last in the input.
// O(n).
class Solution {
public:
    vector<int> findRedundantConnection(vector<vector<int>>& edges) {
        int n = edges.size();
        vector<int> degree(n + 1, 0);
        vector<vector<int>> adjacent(n + 1);
        for (auto& e : edges) {
            degree[e[0]]++, degree[e[1]]++;
            adjacent[e[0]].push_back(e[1]);
            adjacent[e[1]].push_back(e[0]);
        }
        vector<int> leaves;
        for (int x = 1; x <= n; x++)
            if (degree[x] == 1) leaves.push_back(x);
        while (!leaves.empty()) {
            int x = leaves.back();
            leaves.pop_back();
            degree[x] = 0;
            for (int y : adjacent[x])
                if (degree[y] > 0 && --degree[y] == 1) leaves.push_back(y);
        }
        // Left: the cycle's nodes, each of degree 2; an edge is on the cycle when both ends are.
        for (int i = n - 1; i >= 0; i--)
            if (degree[edges[i][0]] >= 2 && degree[edges[i][1]] >= 2) return edges[i];
        return {};
    }
};
