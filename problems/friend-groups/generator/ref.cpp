// Reference for friend-groups: disjoint-set union with union by size and path halving.
#include <cstdio>
#include <utility>
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
    parent.resize(n + 1);
    sz.assign(n + 1, 1);
    for (int i = 0; i <= n; i++) parent[i] = i;
    int groups = n;
    for (int i = 0; i < m; i++) {
        char op[2];
        int a, b;
        if (scanf("%1s %d %d", op, &a, &b) != 3) return 1;
        int ra = find(a), rb = find(b);
        if (op[0] == 'Q') {
            puts(ra == rb ? "YES" : "NO");
        } else if (ra != rb) {
            if (sz[ra] < sz[rb]) swap(ra, rb);
            parent[rb] = ra;
            sz[ra] += sz[rb];
            groups--;
        }
    }
    printf("%d\n", groups);
    return 0;
}
