// Naive: links roots without union by size and without path compression, so a chain of
// unions builds a path and every find walks O(n) steps.
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
            parent[ra] = rb;
            groups--;
        }
    }
    cout << out << groups << "\n";
}
