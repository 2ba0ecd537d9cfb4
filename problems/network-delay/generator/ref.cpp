// Reference for network-delay: Dijkstra with a binary heap, O((n + m) log m); the answer is
// the largest distance from k, or -1 when some node is never reached.
#include <cstdio>
#include <functional>
#include <queue>
#include <utility>
#include <vector>
using namespace std;

int main() {
    int n, m, k;
    if (scanf("%d %d %d", &n, &m, &k) != 3) return 1;
    vector<vector<pair<int, int>>> adj(n);
    for (int i = 0; i < m; i++) {
        int u, v, w;
        if (scanf("%d %d %d", &u, &v, &w) != 3) return 1;
        adj[u].push_back({v, w});
    }
    const long long INF = -1;
    vector<long long> dist(n, INF);
    priority_queue<pair<long long, int>, vector<pair<long long, int>>, greater<>> heap;
    dist[k] = 0;
    heap.push({0, k});
    while (!heap.empty()) {
        auto [d, u] = heap.top();
        heap.pop();
        if (d != dist[u]) continue;
        for (auto [v, w] : adj[u])
            if (dist[v] == INF || d + w < dist[v]) {
                dist[v] = d + w;
                heap.push({dist[v], v});
            }
    }
    long long answer = 0;
    for (long long d : dist) {
        if (d == INF) {
            answer = -1;
            break;
        }
        if (d > answer) answer = d;
    }
    printf("%lld\n", answer);
    return 0;
}
