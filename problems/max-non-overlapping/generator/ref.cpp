// Reference for max-non-overlapping: validates the input, then takes intervals in order of
// end, keeping each one that starts at or after the last kept end ([start, end) intervals).
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1 || n < 1 || n > 200000) return 2;
    vector<pair<long long, long long>> iv(n);  // (end, start)
    for (int i = 0; i < n; i++) {
        long long s, e;
        if (scanf("%lld %lld", &s, &e) != 2) return 2;
        if (s < 0 || s >= e || e > 1000000000LL) return 2;
        iv[i] = {e, s};
    }
    sort(iv.begin(), iv.end());
    long long last = LLONG_MIN;
    int count = 0;
    for (auto& p : iv)
        if (p.second >= last) {
            count++;
            last = p.first;
        }
    printf("%d\n", count);
    return 0;
}
