// Reference for min-window-substring: validates the input, then for every right end the
// shortest covering window by binary search over prefix counts (a different method from the
// accepted solutions' two pointers): O(26 * n log n).
#include <bits/stdc++.h>
using namespace std;

int main() {
    string s, t;
    if (!(cin >> s >> t)) return 1;
    if (s.empty() || t.empty() || s.size() > 100000 || t.size() > 100000) return 2;
    for (char c : s + t)
        if (c < 'a' || c > 'z') return 2;
    int n = s.size();
    array<int, 26> need{};
    for (char c : t) need[c - 'a']++;
    vector<array<int, 26>> pre(n + 1);
    pre[0].fill(0);
    for (int i = 0; i < n; i++) {
        pre[i + 1] = pre[i];
        pre[i + 1][s[i] - 'a']++;
    }
    auto covers = [&](int l, int r) {  // s[l, r)
        for (int c = 0; c < 26; c++)
            if (pre[r][c] - pre[l][c] < need[c]) return false;
        return true;
    };
    int best = 0;
    for (int r = 1; r <= n; r++) {
        if (!covers(0, r)) continue;
        int lo = 0, hi = r - 1;  // the largest l with covers(l, r)
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (covers(mid, r)) lo = mid;
            else hi = mid - 1;
        }
        if (best == 0 || r - lo < best) best = r - lo;
    }
    printf("%d\n", best);
    return 0;
}
