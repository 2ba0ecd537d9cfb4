// Dijkstra with a binary heap: O((n + m) log m). The answer is the largest distance, or -1.
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
        int answer = *max_element(dist.begin(), dist.end());
        return answer == INT_MAX ? -1 : answer;
    }
};
