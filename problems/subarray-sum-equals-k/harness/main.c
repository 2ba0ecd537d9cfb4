/* subarray-sum-equals-k harness (C): reads the test, calls subarray_sum() from the user's
 * solution.c and prints the returned count. The usual headers come before the user's code. */
#include <limits.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "solution.c"

int main(void)
{
    int n, k;
    if (scanf("%d %d", &n, &k) != 2 || n < 1)
        return 1;
    int *nums = malloc(sizeof(int) * (size_t)n);
    if (!nums)
        return 1;
    for (int i = 0; i < n; i++)
        if (scanf("%d", &nums[i]) != 1)
            return 1;
    long long answer = subarray_sum(nums, n, k); /* judge-signature: long long subarray_sum(const int *nums, int n, int k) */
    printf("%lld\n", answer);
    free(nums);
    return 0;
}
