#include "split.h"
#include <cstdio>

int main()
{
    long long n;
    if (std::scanf("%lld", &n) != 1)
        return 1;
    Split s = split(n);
    std::printf("%lld %lld\n", s.a, s.b);
}
