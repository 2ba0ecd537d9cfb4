// Reference for sliding-window-median: validates the input and keeps the window in an
// order-statistics structure (a Fenwick tree over the compressed values); prints the lower
// median (index (k-1)/2 of the sorted window) of every window.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, k;
    if (!(cin >> n >> k)) return 1;
    if (n < 1 || n > 100000 || k < 1 || k > n) return 2;
    vector<long long> a(n);
    for (auto &x : a)
        if (!(cin >> x) || llabs(x) > 1000000000LL) return 2;
    vector<long long> s = a;
    sort(s.begin(), s.end());
    s.erase(unique(s.begin(), s.end()), s.end());
    int m = s.size(), LOG = 1;
    while ((1 << LOG) <= m) LOG++;
    vector<int> bit(m + 1, 0), id(n);
    for (int i = 0; i < n; i++) id[i] = lower_bound(s.begin(), s.end(), a[i]) - s.begin() + 1;
    auto add = [&](int i, int d) { for (; i <= m; i += i & -i) bit[i] += d; };
    auto kth = [&](int r) {  // smallest position p with prefix(p) >= r (r is 1-based)
        int pos = 0;
        for (int b = LOG; b >= 0; b--) {
            int nx = pos + (1 << b);
            if (nx <= m && bit[nx] < r) { pos = nx; r -= bit[nx]; }
        }
        return pos + 1;
    };
    string out;
    for (int i = 0; i < n; i++) {
        add(id[i], 1);
        if (i >= k) add(id[i - k], -1);
        if (i >= k - 1) {
            if (i > k - 1) out += ' ';
            out += to_string(s[kth((k - 1) / 2 + 1) - 1]);
        }
    }
    printf("%s\n", out.c_str());
    return 0;
}
