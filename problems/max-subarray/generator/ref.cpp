// Reference for max-subarray: Kadane's algorithm with 64-bit sums.
#include <algorithm>
#include <cstdio>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    long long best = 0, ending_here = 0;
    for (int i = 0; i < n; i++) {
        long long x;
        if (scanf("%lld", &x) != 1) return 1;
        ending_here = i == 0 ? x : max(x, ending_here + x);
        best = i == 0 ? ending_here : max(best, ending_here);
    }
    printf("%lld\n", best);
    return 0;
}
