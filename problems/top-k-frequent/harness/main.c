/* top-k-frequent harness (C): reads the test, calls top_k_frequent() from the user's
 * solution.c and prints the returned values in order, separated by spaces. The usual headers
 * come before the user's code. */
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
    if (scanf("%d %d", &n, &k) != 2 || n < 1 || k < 1)
        return 1;
    int *nums = malloc(sizeof(int) * (size_t)n);
    if (!nums)
        return 1;
    for (int i = 0; i < n; i++)
        if (scanf("%d", &nums[i]) != 1)
            return 1;
    int out_len = -1;
    int *res = top_k_frequent(nums, n, k, &out_len); /* judge-signature: int *top_k_frequent(const int *nums, int n, int k, int *out_len) */
    if (res == NULL || out_len != k) {
        fprintf(stderr, "harness: top_k_frequent must return %d values (got out_len=%d%s)\n", k,
                out_len, res == NULL ? ", NULL" : "");
        printf("invalid\n");
        return 0;
    }
    for (int i = 0; i < k; i++)
        printf(i ? " %d" : "%d", res[i]);
    printf("\n");
    return 0;
}
