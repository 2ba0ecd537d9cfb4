// Reference for range-sum-queries: prefix sums in 64 bits, each query in O(1).
#include <cstdio>
#include <vector>
using namespace std;

int main() {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 1;
    vector<long long> prefix(n + 1, 0);
    for (int i = 0; i < n; i++) {
        long long x;
        if (scanf("%lld", &x) != 1) return 1;
        prefix[i + 1] = prefix[i] + x;
    }
    for (int i = 0; i < q; i++) {
        int l, r;
        if (scanf("%d %d", &l, &r) != 2) return 1;
        printf("%lld\n", prefix[r + 1] - prefix[l]);
    }
    return 0;
}
