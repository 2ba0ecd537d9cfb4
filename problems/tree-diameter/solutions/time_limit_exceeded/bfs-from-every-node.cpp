// Naive: a BFS from every node and the largest distance seen; correct but O(n^2).
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
    vector<int> dist(n + 1), queue;
    queue.reserve(n);
    int diameter = 0;
    long long depth_sum = 0;
    for (int s = 1; s <= n; s++) {
        fill(dist.begin(), dist.end(), -1);
        queue.assign(1, s);
        dist[s] = 0;
        for (size_t h = 0; h < queue.size(); h++) {
            int u = queue[h];
            diameter = max(diameter, dist[u]);
            if (s == 1) depth_sum += dist[u];
            for (int v : adj[u])
                if (dist[v] < 0) dist[v] = dist[u] + 1, queue.push_back(v);
        }
    }
    printf("%d\n%.10f\n", diameter, (double)depth_sum / n);
}
