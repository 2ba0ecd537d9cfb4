// Breadth-first search from the root over child lists: it meets the nodes level by level, and
// each node's depth is its parent's plus one. No recursion, so a path of 200000 nodes is fine.
// O(n).
class Solution {
public:
    vector<int> levelWidths(vector<int>& parent) {
        int n = parent.size();
        vector<vector<int>> children(n);
        for (int v = 1; v < n; v++)
            children[parent[v]].push_back(v);
        vector<int> depth(n, 0), order{0}, width;
        order.reserve(n);
        for (size_t i = 0; i < order.size(); i++) {
            int v = order[i];
            if ((int)width.size() == depth[v]) width.push_back(0);
            width[depth[v]]++;
            for (int c : children[v]) {
                depth[c] = depth[v] + 1;
                order.push_back(c);
            }
        }
        return width;
    }
};
