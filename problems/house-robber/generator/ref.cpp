// Reference for house-robber: with best(i) the largest total of the first i houses,
// best(i) = max(best(i - 1), best(i - 2) + nums[i - 1]); two running 64-bit totals.
// Fails (exit 2) on an input outside the constraints.
#include <algorithm>
#include <cstdio>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1 || n < 1 || n > 200000) return 2;
    long long before = 0, best = 0;  // best(i - 1) and best(i)
    for (int i = 0; i < n; i++) {
        long long x;
        if (scanf("%lld", &x) != 1 || x < 0 || x > 1000000000LL) return 2;
        long long next = max(best, before + x);
        before = best;
        best = next;
    }
    int extra;
    if (scanf("%d", &extra) == 1) return 2;
    printf("%lld\n", best);
    return 0;
}
