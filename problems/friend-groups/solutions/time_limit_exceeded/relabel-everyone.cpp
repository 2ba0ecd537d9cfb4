// Naive: every person stores a group label; a union relabels the whole array, O(n) per union.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, m;
    cin >> n >> m;
    vector<int> label(n + 1);
    iota(label.begin(), label.end(), 0);
    int groups = n;
    string out;
    for (int i = 0; i < m; i++) {
        char op;
        int a, b;
        cin >> op >> a >> b;
        if (op == 'Q') {
            out += label[a] == label[b] ? "YES\n" : "NO\n";
        } else if (label[a] != label[b]) {
            int from = label[a], to = label[b];
            for (int v = 1; v <= n; v++)
                if (label[v] == from) label[v] = to;
            groups--;
        }
    }
    cout << out << groups << "\n";
}
