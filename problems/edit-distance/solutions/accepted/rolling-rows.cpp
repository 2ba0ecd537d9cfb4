// Classic Levenshtein DP with two rows; row 0 is 0, 1, 2, ... (turning "" into a prefix of t).
#include <bits/stdc++.h>
using namespace std;

int main() {
    string s, t;
    getline(cin, s);
    getline(cin, t);
    while (!s.empty() && s.back() == '\r') s.pop_back();
    while (!t.empty() && t.back() == '\r') t.pop_back();
    int n = s.size(), m = t.size();
    vector<int> prev(m + 1), cur(m + 1);
    iota(prev.begin(), prev.end(), 0);
    for (int i = 1; i <= n; i++) {
        cur[0] = i;
        for (int j = 1; j <= m; j++) {
            int keep = prev[j - 1] + (s[i - 1] != t[j - 1]);
            cur[j] = min(keep, min(prev[j], cur[j - 1]) + 1);
        }
        swap(prev, cur);
    }
    cout << prev[m] << "\n";
}
