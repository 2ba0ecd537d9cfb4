// WRONG: assumes the longest path goes down from node 1 twice: prints 2 * (max depth from
// node 1). That counts the deepest branch twice and misses paths that avoid node 1.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<vector<int>> adj(n + 1);
    for (int i = 2; i <= n; i++) {
        int p;
        cin >> p;
        adj[i].push_back(p);
        adj[p].push_back(i);
    }
    vector<int> dist(n + 1, -1), queue = {1};
    dist[1] = 0;
    long long depth_sum = 0;
    int deepest = 0;
    for (size_t h = 0; h < queue.size(); h++) {
        int u = queue[h];
        depth_sum += dist[u];
        deepest = max(deepest, dist[u]);
        for (int v : adj[u])
            if (dist[v] < 0) dist[v] = dist[u] + 1, queue.push_back(v);
    }
    printf("%d\n%.10f\n", 2 * deepest, (double)depth_sum / n);
}
