// Reference for knapsack-01: validates the input, then the one-row DP over capacities,
// best[c] = the largest value of a subset of the items seen so far weighing at most c,
// each item taken with c going down so that it is used at most once. O(n * W).
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, capacity;
    if (scanf("%d %d", &n, &capacity) != 2 || n < 1 || n > 200 || capacity < 1 ||
        capacity > 100000)
        return 2;
    vector<long long> w(n), v(n);
    for (auto& x : w)
        if (scanf("%lld", &x) != 1 || x < 1 || x > 100000) return 2;
    for (auto& x : v)
        if (scanf("%lld", &x) != 1 || x < 1 || x > 1000000000) return 2;
    int extra;
    if (scanf("%d", &extra) == 1) return 2;
    vector<long long> best(capacity + 1, 0);
    for (int i = 0; i < n; i++)
        for (long long c = capacity; c >= w[i]; c--)
            best[c] = max(best[c], best[c - w[i]] + v[i]);
    printf("%lld\n", best[capacity]);
    return 0;
}
