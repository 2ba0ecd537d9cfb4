// Reference for minimum-spanning-tree: Kruskal (edges sorted by weight, union-find with path
// halving and union by size), O(m log m); -1 when fewer than n - 1 edges join components.
#include <algorithm>
#include <array>
#include <cstdio>
#include <numeric>
#include <vector>
using namespace std;

static vector<int> parent, sz;

static int find(int x) {
    while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    return x;
}

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 1;
    vector<array<int, 3>> edges(m);
    for (auto &e : edges)
        if (scanf("%d %d %d", &e[1], &e[2], &e[0]) != 3) return 1;
    sort(edges.begin(), edges.end());
    parent.resize(n);
    iota(parent.begin(), parent.end(), 0);
    sz.assign(n, 1);
    long long total = 0;
    int joined = 0;
    for (auto &e : edges) {
        int a = find(e[1]), b = find(e[2]);
        if (a == b) continue;
        if (sz[a] < sz[b]) swap(a, b);
        parent[b] = a;
        sz[a] += sz[b];
        total += e[0];
        joined++;
    }
    printf("%lld\n", joined == n - 1 ? total : -1LL);
    return 0;
}
