// WRONG: the depths are computed in index order, depth[v] = depth[parent[v]] + 1 for v = 1, 2,
// ..., as if every parent had a smaller index than its child. A parent with a larger index has
// no depth yet (0) when its child is reached, so the child lands on the wrong level.
class Solution {
public:
    vector<int> levelWidths(vector<int>& parent) {
        int n = parent.size();
        vector<int> depth(n, 0);
        for (int v = 1; v < n; v++) depth[v] = depth[parent[v]] + 1;
        vector<int> width(*max_element(depth.begin(), depth.end()) + 1, 0);
        for (int d : depth) width[d]++;
        return width;
    }
};
