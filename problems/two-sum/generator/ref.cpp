// Reference for two-sum: validates that exactly one pair exists, then prints it (ascending).
#include <bits/stdc++.h>
using namespace std;

int main()
{
    int n;
    long long target;
    if (!(cin >> n >> target)) return 1;
    vector<long long> a(n);
    for (auto &x : a) cin >> x;
    if (n < 2 || n > 200000 || llabs(target) > 2000000000LL) return 2;
    for (auto x : a)
        if (llabs(x) > 1000000000LL) return 2;
    // count pairs by value to check uniqueness
    map<long long, long long> cnt;
    for (auto x : a) cnt[x]++;
    long long pairs = 0;
    for (auto &[v, c] : cnt) {
        long long w = target - v;
        if (w == v)
            pairs += c * (c - 1) / 2;
        else if (v < w && cnt.count(w))
            pairs += c * cnt[w];
    }
    if (pairs != 1) {
        fprintf(stderr, "test has %lld pairs\n", pairs);
        return 3;
    }
    unordered_map<long long, int> seen;
    for (int j = 0; j < n; j++) {
        auto it = seen.find(target - a[j]);
        if (it != seen.end()) {
            printf("%d %d\n", it->second, j);
            return 0;
        }
        seen[a[j]] = j;
    }
    return 4;
}
