/* range-sum-queries harness (C): reads the test, calls range_sums() from the user's
 * solution.c and prints the returned sums, one per line. The usual headers come before the
 * user's code. */
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
    int n, q;
    if (scanf("%d %d", &n, &q) != 2 || n < 1 || q < 1)
        return 1;
    int *nums = malloc(sizeof(int) * (size_t)n);
    int *flat = malloc(sizeof(int) * 2 * (size_t)q);
    int **queries = malloc(sizeof(int *) * (size_t)q);
    if (!nums || !flat || !queries)
        return 1;
    for (int i = 0; i < n; i++)
        if (scanf("%d", &nums[i]) != 1)
            return 1;
    for (int i = 0; i < q; i++) {
        queries[i] = flat + 2 * (size_t)i;
        if (scanf("%d %d", &queries[i][0], &queries[i][1]) != 2)
            return 1;
    }
    int out_len = -1;
    long long *res = range_sums(nums, n, queries, q, &out_len); /* judge-signature: long long *range_sums(const int *nums, int n, int **queries, int q, int *out_len) */
    if (res == NULL || out_len != q) {
        fprintf(stderr, "harness: range_sums must return %d sums (got out_len=%d%s)\n", q, out_len,
                res == NULL ? ", NULL" : "");
        printf("invalid\n");
        return 0;
    }
    for (int i = 0; i < q; i++)
        printf("%lld\n", res[i]);
    return 0;
}
