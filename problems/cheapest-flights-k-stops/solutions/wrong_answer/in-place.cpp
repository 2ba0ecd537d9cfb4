// Wrong: Bellman-Ford with k + 1 rounds, but updating the prices in place, so one round can
// chain several flights and routes with more than k stops slip in.
class Solution {
public:
    int findCheapestPrice(int n, vector<vector<int>>& flights, int src, int dst, int k) {
        vector<int> dist(n, INT_MAX);
        dist[src] = 0;
        for (int round = 0; round <= k; round++)
            for (auto& f : flights)
                if (dist[f[0]] != INT_MAX && dist[f[0]] + f[2] < dist[f[1]])
                    dist[f[1]] = dist[f[0]] + f[2];
        return dist[dst] == INT_MAX ? -1 : dist[dst];
    }
};
