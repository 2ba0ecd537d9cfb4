// TOO SLOW: tries the edges from the last to the first, each time removing it and checking
// with a breadth-first search whether the other n - 1 edges still connect every node.
// Correct, but O(n^2) when the answer comes early in the input: about 10^10 steps.
class Solution {
public:
    vector<int> findRedundantConnection(vector<vector<int>>& edges) {
        int n = edges.size();
        vector<vector<pair<int, int>>> adjacent(n + 1);  // (neighbour, edge index)
        for (int i = 0; i < n; i++) {
            adjacent[edges[i][0]].push_back({edges[i][1], i});
            adjacent[edges[i][1]].push_back({edges[i][0], i});
        }
        vector<int> seen(n + 1, -1), queue;
        for (int skip = n - 1; skip >= 0; skip--) {
            queue.assign(1, 1);
            seen[1] = skip;
            for (size_t head = 0; head < queue.size(); head++)
                for (auto [y, i] : adjacent[queue[head]])
                    if (i != skip && seen[y] != skip) {
                        seen[y] = skip;
                        queue.push_back(y);
                    }
            if ((int)queue.size() == n) return edges[skip];
        }
        return {};
    }
};
