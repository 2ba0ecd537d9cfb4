// Wrong: a correct Dijkstra, but the largest distance is taken over the reached nodes only,
// so a graph where some node is never reached answers a time instead of -1.
class Solution {
public:
    int networkDelayTime(vector<vector<int>>& times, int n, int k) {
        vector<vector<pair<int, int>>> adj(n);
        for (auto& t : times) adj[t[0]].push_back({t[1], t[2]});
        vector<int> dist(n, INT_MAX);
        priority_queue<pair<int, int>, vector<pair<int, int>>, greater<>> heap;
        dist[k] = 0;
        heap.push({0, k});
        while (!heap.empty()) {
            auto [d, u] = heap.top();
            heap.pop();
            if (d > dist[u]) continue;
            for (auto [v, w] : adj[u])
                if (d + w < dist[v]) {
                    dist[v] = d + w;
                    heap.push({dist[v], v});
                }
        }
        int answer = 0;
        for (int d : dist)
            if (d != INT_MAX) answer = max(answer, d);
        return answer;
    }
};
