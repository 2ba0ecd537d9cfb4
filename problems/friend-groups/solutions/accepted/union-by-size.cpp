// Disjoint-set union with union by size and full path compression (iterative).
#include <bits/stdc++.h>
using namespace std;

vector<int> parent, sz;

int find(int x) {
    int root = x;
    while (parent[root] != root) root = parent[root];
    while (parent[x] != root) {
        int next = parent[x];
        parent[x] = root;
        x = next;
    }
    return root;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, m;
    cin >> n >> m;
    parent.resize(n + 1);
    iota(parent.begin(), parent.end(), 0);
    sz.assign(n + 1, 1);
    int groups = n;
    string out;
    for (int i = 0; i < m; i++) {
        char op;
        int a, b;
        cin >> op >> a >> b;
        int ra = find(a), rb = find(b);
        if (op == 'Q') {
            out += ra == rb ? "YES\n" : "NO\n";
        } else if (ra != rb) {
            if (sz[ra] < sz[rb]) swap(ra, rb);
            parent[rb] = ra;
            sz[ra] += sz[rb];
            groups--;
        }
    }
    cout << out << groups << "\n";
}
