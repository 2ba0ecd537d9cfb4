// Reference for subarray-sum-equals-k: a subarray (i, j] sums to k exactly when
// prefix[j] - prefix[i] = k, so for each j count the earlier prefix sums equal to
// prefix[j] - k. The prefix sums are sorted and numbered once, so the counting is an array:
// O(n log n), no hashing.
#include <algorithm>
#include <cstdio>
#include <vector>
using namespace std;

int main() {
    int n;
    long long k;
    if (scanf("%d %lld", &n, &k) != 2) return 1;
    vector<long long> prefix(n + 1, 0);
    for (int i = 0; i < n; i++) {
        long long x;
        if (scanf("%lld", &x) != 1) return 1;
        prefix[i + 1] = prefix[i] + x;
    }
    vector<long long> values(prefix);
    sort(values.begin(), values.end());
    values.erase(unique(values.begin(), values.end()), values.end());
    auto id = [&](long long v) { return (int)(lower_bound(values.begin(), values.end(), v) - values.begin()); };
    vector<long long> seen(values.size(), 0);
    long long count = 0;
    for (int j = 0; j <= n; j++) {
        long long want = prefix[j] - k;
        int w = id(want);
        if (w < (int)values.size() && values[w] == want) count += seen[w];
        seen[id(prefix[j])]++;
    }
    printf("%lld\n", count);
    return 0;
}
