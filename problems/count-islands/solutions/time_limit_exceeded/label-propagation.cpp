// Naive: every land cell starts with its own label, then whole-grid sweeps let each cell take
// the smallest label among its land neighbours until nothing changes; the islands are the
// distinct labels left. Correct, but a winding island needs about one sweep per turn of its
// path, so the snake needs hundreds of thousands of sweeps over a million cells.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, m;
    cin >> n >> m;
    vector<string> g(n);
    for (auto &row : g) cin >> row;
    vector<int> label(n * m, -1);
    for (int r = 0; r < n; r++)
        for (int c = 0; c < m; c++)
            if (g[r][c] == '#') label[r * m + c] = r * m + c;
    bool changed = true;
    while (changed) {
        changed = false;
        for (int r = 0; r < n; r++)
            for (int c = 0; c < m; c++) {
                int &me = label[r * m + c];
                if (me < 0) continue;
                int best = me;
                if (r > 0 && label[(r - 1) * m + c] >= 0) best = min(best, label[(r - 1) * m + c]);
                if (r + 1 < n && label[(r + 1) * m + c] >= 0) best = min(best, label[(r + 1) * m + c]);
                if (c > 0 && label[r * m + c - 1] >= 0) best = min(best, label[r * m + c - 1]);
                if (c + 1 < m && label[r * m + c + 1] >= 0) best = min(best, label[r * m + c + 1]);
                if (best < me) {
                    me = best;
                    changed = true;
                }
            }
    }
    int islands = 0;
    for (int i = 0; i < n * m; i++) islands += label[i] == i;
    cout << islands << "\n";
}
