// Reference for gas-station: validates the input; with P[k] the sum of gas - cost over
// stations 0..k-1, start k works exactly when the total is >= 0 and P[k] is the smallest of
// P[0..n-1]. Prints the first such k, or -1.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1 || n < 1 || n > 200000) return 2;
    vector<long long> gas(n), cost(n);
    for (auto& v : gas)
        if (scanf("%lld", &v) != 1 || v < 0 || v > 10000) return 2;
    for (auto& v : cost)
        if (scanf("%lld", &v) != 1 || v < 0 || v > 10000) return 2;
    long long prefix = 0, best = LLONG_MAX;
    int start = -1;
    for (int k = 0; k < n; k++) {
        if (prefix < best) {
            best = prefix;
            start = k;
        }
        prefix += gas[k] - cost[k];
    }
    printf("%d\n", prefix >= 0 ? start : -1);
    return 0;
}
