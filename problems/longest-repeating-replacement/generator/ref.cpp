// Reference for longest-repeating-replacement: validates the input, then for every letter
// the longest window by binary search on its length over prefix counts of that letter (a
// different method from the accepted solutions' sliding window): O(26 * n log n).
#include <bits/stdc++.h>
using namespace std;

int main() {
    string s;
    long long k;
    if (!(cin >> s >> k)) return 1;
    int n = s.size();
    if (n < 1 || n > 200000 || k < 0 || k > n) return 2;
    for (char c : s)
        if (c < 'A' || c > 'Z') return 2;
    vector<int> pre(n + 1);
    int best = 0;
    for (int c = 0; c < 26; c++) {
        pre[0] = 0;
        for (int i = 0; i < n; i++) pre[i + 1] = pre[i] + (s[i] - 'A' == c);
        if (pre[n] == 0) continue;
        auto fits = [&](int len) {  // some window of this length has at most k other letters
            for (int l = 0; l + len <= n; l++)
                if (len - (pre[l + len] - pre[l]) <= k) return true;
            return false;
        };
        int lo = 1, hi = n;
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (fits(mid)) lo = mid;
            else hi = mid - 1;
        }
        best = max(best, lo);
    }
    printf("%d\n", best);
    return 0;
}
