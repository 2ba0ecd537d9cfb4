// WRONG: forgets the base row: dp[0][j] must be j (building t[0..j) from nothing), but it is
// left at 0, as if any prefix of t came for free.
#include <bits/stdc++.h>
using namespace std;

int main() {
    string s, t;
    getline(cin, s);
    getline(cin, t);
    int n = s.size(), m = t.size();
    vector<vector<int>> dp(n + 1, vector<int>(m + 1, 0));
    for (int i = 0; i <= n; i++) dp[i][0] = i;
    for (int i = 1; i <= n; i++)
        for (int j = 1; j <= m; j++)
            dp[i][j] = min({dp[i - 1][j] + 1, dp[i][j - 1] + 1,
                            dp[i - 1][j - 1] + (s[i - 1] != t[j - 1])});
    cout << dp[n][m] << "\n";
}
