// Depths without building children: for each node, walk up until a node whose depth is known,
// remembering the path in a stack, then assign the depths down that path. Each node is walked
// over once in all. O(n).
class Solution {
public:
    vector<int> levelWidths(vector<int>& parent) {
        int n = parent.size();
        vector<int> depth(n, -1), path;
        depth[0] = 0;
        for (int v = 0; v < n; v++) {
            int u = v;
            while (depth[u] < 0) {
                path.push_back(u);
                u = parent[u];
            }
            int d = depth[u];
            while (!path.empty()) {
                depth[path.back()] = ++d;
                path.pop_back();
            }
        }
        vector<int> width(*max_element(depth.begin(), depth.end()) + 1, 0);
        for (int d : depth) width[d]++;
        return width;
    }
};
