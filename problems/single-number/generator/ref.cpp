// Reference for single-number: the XOR of all values (every pair cancels itself).
#include <cstdio>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    unsigned acc = 0;
    for (int i = 0; i < n; i++) {
        long long x;
        if (scanf("%lld", &x) != 1) return 1;
        acc ^= (unsigned)x;
    }
    printf("%d\n", (int)acc);
    return 0;
}
