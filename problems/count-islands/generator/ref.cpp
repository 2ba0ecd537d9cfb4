// Reference for count-islands: iterative flood fill with an explicit stack.
#include <cstdio>
#include <string>
#include <vector>
#include <iostream>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, m;
    cin >> n >> m;
    vector<string> g(n);
    for (auto &row : g) cin >> row;
    vector<int> stack;
    long long islands = 0;
    const int dr[4] = {1, -1, 0, 0}, dc[4] = {0, 0, 1, -1};
    for (int r = 0; r < n; r++) {
        for (int c = 0; c < m; c++) {
            if (g[r][c] != '#') continue;
            islands++;
            g[r][c] = '.';
            stack.push_back(r * m + c);
            while (!stack.empty()) {
                int cur = stack.back();
                stack.pop_back();
                int cr = cur / m, cc = cur % m;
                for (int d = 0; d < 4; d++) {
                    int nr = cr + dr[d], nc = cc + dc[d];
                    if (nr < 0 || nr >= n || nc < 0 || nc >= m || g[nr][nc] != '#') continue;
                    g[nr][nc] = '.';
                    stack.push_back(nr * m + nc);
                }
            }
        }
    }
    printf("%lld\n", islands);
    return 0;
}
