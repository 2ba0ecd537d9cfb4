/* static_array.c: a static array larger than the memory limit (808 MB of zeroes in .bss), as
 * dynamic programming solutions declare them. The kernel cannot map it under the limit: the
 * exec fails, and that is a memory limit, not a crash. */
#include <stdio.h>

static long long dp[101][1000001];

int main(int argc, char **argv)
{
    (void)argv;
    dp[argc * 50][argc * 999999] = argc;
    long long sum = 0;
    for (int k = 0; k < 101; k++)
        sum += dp[k][argc * 999999];
    printf("%lld\n", sum);
    return 0;
}
