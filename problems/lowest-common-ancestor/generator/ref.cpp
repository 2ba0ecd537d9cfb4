// Reference for lowest-common-ancestor: binary lifting. The depths come from a breadth-first
// order of the tree (no recursion), each query lifts the deeper node to the other's depth,
// then both together below their lowest common ancestor. O((n + q) log n).
#include <cstdio>
#include <vector>
using namespace std;

int main() {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 1;
    vector<int> parent(n), head(n, -1), next(n, -1), order, depth(n, 0);
    for (int i = 0; i < n; i++)
        if (scanf("%d", &parent[i]) != 1) return 1;
    for (int i = 1; i < n; i++) {
        next[i] = head[parent[i]];
        head[parent[i]] = i;
    }
    order.reserve(n);
    order.push_back(0);
    for (size_t k = 0; k < order.size(); k++)
        for (int c = head[order[k]]; c != -1; c = next[c]) {
            depth[c] = depth[order[k]] + 1;
            order.push_back(c);
        }
    int levels = 1;
    while ((1 << levels) < n) levels++;
    vector<vector<int>> up(levels, vector<int>(n));
    for (int i = 0; i < n; i++) up[0][i] = i == 0 ? 0 : parent[i];
    for (int k = 1; k < levels; k++)
        for (int i = 0; i < n; i++) up[k][i] = up[k - 1][up[k - 1][i]];
    for (int i = 0; i < q; i++) {
        int u, v;
        if (scanf("%d %d", &u, &v) != 2) return 1;
        if (depth[u] < depth[v]) swap(u, v);
        for (int k = 0, diff = depth[u] - depth[v]; diff > 0; k++, diff >>= 1)
            if (diff & 1) u = up[k][u];
        if (u != v) {
            for (int k = levels - 1; k >= 0; k--)
                if (up[k][u] != up[k][v]) {
                    u = up[k][u];
                    v = up[k][v];
                }
            u = up[0][u];
        }
        printf("%d\n", u);
    }
    return 0;
}
