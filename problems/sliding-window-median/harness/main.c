/* sliding-window-median harness (C): reads the test, calls median_sliding_window() from the user's
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
    if (scanf("%d %d", &n, &k) != 2 || n < 1 || k < 1 || k > n)
        return 1;
    int *nums = malloc(sizeof(int) * (size_t)n);
    if (!nums)
        return 1;
    for (int i = 0; i < n; i++)
        if (scanf("%d", &nums[i]) != 1)
            return 1;
    int m = n - k + 1;
    int out_len = -1;
    int *res = median_sliding_window(nums, n, k, &out_len); /* judge-signature: int *median_sliding_window(const int *nums, int n, int k, int *out_len) */
    if (res == NULL || out_len != m) {
        fprintf(stderr, "harness: median_sliding_window must return %d values (got out_len=%d%s)\n", m,
                out_len, res == NULL ? ", NULL" : "");
        printf("invalid\n");
        return 0;
    }
    for (int i = 0; i < m; i++)
        printf(i ? " %d" : "%d", res[i]);
    printf("\n");
    return 0;
}
