// Reference for min-eating-speed: checks the constraints, then binary-searches the smallest
// speed k in [1, max pile] whose hours (summed in 64 bits) fit in h.
#include <algorithm>
#include <cstdio>
#include <vector>
using namespace std;

int main() {
    long long n, h;
    if (scanf("%lld %lld", &n, &h) != 2) return 1;
    if (n < 1 || n > 100000 || h < n || h > 1000000000) return 2;
    vector<long long> piles(n);
    for (auto &p : piles) {
        if (scanf("%lld", &p) != 1) return 1;
        if (p < 1 || p > 1000000000) return 2;
    }
    long long lo = 1, hi = *max_element(piles.begin(), piles.end());
    while (lo < hi) {
        long long k = (lo + hi) / 2, hours = 0;
        for (long long p : piles) hours += (p + k - 1) / k;
        if (hours <= h)
            hi = k;
        else
            lo = k + 1;
    }
    printf("%lld\n", lo);
    return 0;
}
