// Bellman-Ford limited to k + 1 rounds over the flight list, each round reading the previous
// round's prices (a copy), so no round chains two flights. O((k + 1) * (n + m)).
class Solution {
public:
    int findCheapestPrice(int n, vector<vector<int>>& flights, int src, int dst, int k) {
        vector<int> dist(n, INT_MAX);
        dist[src] = 0;
        for (int round = 0; round <= k; round++) {
            vector<int> prev = dist;
            for (auto& f : flights)
                if (prev[f[0]] != INT_MAX && prev[f[0]] + f[2] < dist[f[1]])
                    dist[f[1]] = prev[f[0]] + f[2];
        }
        return dist[dst] == INT_MAX ? -1 : dist[dst];
    }
};
