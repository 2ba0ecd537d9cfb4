// WRONG: marks a node as finished when it is first pushed (BFS style), so a later, cheaper
// path to it is never taken.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, m;
    cin >> n >> m;
    vector<vector<pair<int, int>>> adj(n + 1);
    for (int i = 0; i < m; i++) {
        int u, v, w;
        cin >> u >> v >> w;
        adj[u].push_back({v, w});
    }
    vector<long long> dist(n + 1, -1);
    vector<char> seen(n + 1, 0);
    priority_queue<pair<long long, int>, vector<pair<long long, int>>, greater<>> pq;
    dist[1] = 0;
    seen[1] = 1;
    pq.push({0, 1});
    while (!pq.empty()) {
        auto [d, u] = pq.top();
        pq.pop();
        for (auto [v, w] : adj[u]) {
            if (seen[v]) continue;
            seen[v] = 1;
            dist[v] = d + w;
            pq.push({dist[v], v});
        }
    }
    cout << dist[n] << "\n";
}
