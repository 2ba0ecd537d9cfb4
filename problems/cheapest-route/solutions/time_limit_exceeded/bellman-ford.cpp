// Bellman-Ford with early exit: correct, but O(n*m) when the shortest path has many edges
// listed in an unlucky order.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, m;
    cin >> n >> m;
    vector<int> eu(m), ev(m);
    vector<long long> ew(m);
    for (int i = 0; i < m; i++) cin >> eu[i] >> ev[i] >> ew[i];
    const long long INF = LLONG_MAX;
    vector<long long> dist(n + 1, INF);
    dist[1] = 0;
    for (int round = 1; round < n; round++) {
        bool changed = false;
        for (int i = 0; i < m; i++) {
            if (dist[eu[i]] == INF) continue;
            long long nd = dist[eu[i]] + ew[i];
            if (nd < dist[ev[i]]) {
                dist[ev[i]] = nd;
                changed = true;
            }
        }
        if (!changed) break;
    }
    cout << (dist[n] == INF ? -1 : dist[n]) << "\n";
}
