// Reference for count-bits-upto: the numbers 0 .. n by their longest common prefix with n.
// Walking n's bits from the top, each set bit b stands for the 2^b numbers that match n
// above b, have 0 at b and anything below: ones_above * 2^b + b * 2^(b-1) ones in all; n
// itself adds its own popcount at the end.
#include <cstdio>

int main() {
    int q;
    if (scanf("%d", &q) != 1) return 1;
    for (int i = 0; i < q; i++) {
        long long n;
        if (scanf("%lld", &n) != 1 || n < 0) return 1;
        unsigned long long total = 0, ones_above = 0;
        for (int b = 62; b >= 0; b--) {
            if (!((n >> b) & 1)) continue;
            unsigned long long block = 1ULL << b;
            total += ones_above * block + (b > 0 ? (unsigned long long)b * (block >> 1) : 0);
            ones_above++;
        }
        total += ones_above;
        printf("%llu\n", total);
    }
    return 0;
}
