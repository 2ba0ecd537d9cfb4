#include "half.h"
#include <stdio.h>

int main(void)
{
    long long n;
    if (scanf("%lld", &n) != 1)
        return 1;
    printf("%.6f\n", half(n));
    return 0;
}
