/* Keep the minimum price seen so far; the best sale today is today's price minus it. O(n). */
#include <stdio.h>

int main(void)
{
    int n;
    if (scanf("%d", &n) != 1)
        return 1;
    long long mn = -1, best = 0;
    for (int i = 0; i < n; i++) {
        long long p;
        if (scanf("%lld", &p) != 1)
            return 1;
        if (mn >= 0 && p - mn > best)
            best = p - mn;
        if (mn < 0 || p < mn)
            mn = p;
    }
    printf("%lld\n", best);
    return 0;
}
