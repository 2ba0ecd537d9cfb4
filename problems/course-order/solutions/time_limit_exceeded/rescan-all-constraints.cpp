// Naive: n times, scan every constraint to find which remaining courses are free and take the
// smallest. Correct, but O(n * (n + m)).
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, m;
    cin >> n >> m;
    vector<int> a(m), b(m);
    for (int i = 0; i < m; i++) cin >> a[i] >> b[i];
    vector<char> taken(n + 1, 0), blocked(n + 1);
    vector<int> order;
    for (int step = 0; step < n; step++) {
        fill(blocked.begin(), blocked.end(), 0);
        for (int i = 0; i < m; i++)
            if (!taken[a[i]]) blocked[b[i]] = 1;
        int pick = -1;
        for (int v = 1; v <= n; v++)
            if (!taken[v] && !blocked[v]) {
                pick = v;
                break;
            }
        if (pick < 0) {
            cout << "IMPOSSIBLE\n";
            return 0;
        }
        taken[pick] = 1;
        order.push_back(pick);
    }
    for (int i = 0; i < n; i++) cout << order[i] << (i + 1 == n ? '\n' : ' ');
}
