// Reference for redundant-connection: validates the input (n edges on nodes 1..n, each
// u < v, no edge twice, the whole graph connected: a tree plus one edge), then union-find
// over the edges in input order; the one edge whose ends are already joined closes the only
// cycle, and it is the cycle's last edge in that order.
#include <bits/stdc++.h>
using namespace std;

static vector<int> parent;

static int find(int x) {
    while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    return x;
}

int main() {
    int n;
    if (scanf("%d", &n) != 1 || n < 3 || n > 100000) return 2;
    vector<pair<int, int>> edges(n);
    set<pair<int, int>> seen;
    for (auto &[u, v] : edges) {
        if (scanf("%d %d", &u, &v) != 2 || u < 1 || u >= v || v > n) return 2;
        if (!seen.insert({u, v}).second) return 2;
    }
    parent.resize(n + 1);
    iota(parent.begin(), parent.end(), 0);
    int answer = -1, components = n;
    for (int i = 0; i < n; i++) {
        int a = find(edges[i].first), b = find(edges[i].second);
        if (a == b) {
            if (answer >= 0) return 2;  // a second cycle: not a tree plus one edge
            answer = i;
        } else {
            parent[a] = b;
            components--;
        }
    }
    if (answer < 0 || components != 1) return 2;
    printf("%d %d\n", edges[answer].first, edges[answer].second);
    return 0;
}
