// WRONG: treats diagonal neighbours as connected (8-connectivity instead of 4).
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, m;
    cin >> n >> m;
    vector<string> g(n);
    for (auto &row : g) cin >> row;
    int islands = 0;
    vector<pair<int, int>> st;
    for (int r = 0; r < n; r++)
        for (int c = 0; c < m; c++) {
            if (g[r][c] != '#') continue;
            islands++;
            g[r][c] = '.';
            st.push_back({r, c});
            while (!st.empty()) {
                auto [cr, cc] = st.back();
                st.pop_back();
                for (int dr = -1; dr <= 1; dr++)
                    for (int dc = -1; dc <= 1; dc++) {
                        int nr = cr + dr, nc = cc + dc;
                        if (nr < 0 || nr >= n || nc < 0 || nc >= m || g[nr][nc] != '#') continue;
                        g[nr][nc] = '.';
                        st.push_back({nr, nc});
                    }
            }
        }
    cout << islands << "\n";
}
