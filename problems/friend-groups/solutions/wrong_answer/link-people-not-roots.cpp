// WRONG: a union sets parent[a] = b directly instead of linking the two roots, which cuts a
// away from the rest of its old group.
#include <bits/stdc++.h>
using namespace std;

vector<int> parent;

int find(int x) {
    while (parent[x] != x) x = parent[x];
    return x;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, m;
    cin >> n >> m;
    parent.resize(n + 1);
    iota(parent.begin(), parent.end(), 0);
    string out;
    for (int i = 0; i < m; i++) {
        char op;
        int a, b;
        cin >> op >> a >> b;
        if (op == 'Q') {
            out += find(a) == find(b) ? "YES\n" : "NO\n";
        } else if (find(a) != find(b)) {
            parent[a] = b;
        }
    }
    int groups = 0;
    for (int v = 1; v <= n; v++) groups += find(v) == v;
    cout << out << groups << "\n";
}
