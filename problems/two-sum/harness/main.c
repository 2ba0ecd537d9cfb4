/* two-sum harness (C): reads the test, calls two_sum() from the user's solution.c and
 * prints the two returned indices in ascending order. */
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
    int n;
    long long target;
    if (scanf("%d %lld", &n, &target) != 2)
        return 1;
    int *nums = malloc(sizeof(int) * (size_t)(n > 0 ? n : 1));
    if (nums == NULL)
        return 1;
    for (int i = 0; i < n; i++)
        if (scanf("%d", &nums[i]) != 1)
            return 1;
    int out_len = -1;
    int *res = two_sum(nums, n, target, &out_len); /* judge-signature: int *two_sum(int *nums, int n, long long target, int *out_len) */
    if (res == NULL || out_len != 2) {
        fprintf(stderr, "harness: two_sum must return 2 indices (got out_len=%d%s)\n", out_len,
                res == NULL ? ", NULL" : "");
        printf("invalid\n");
        return 0;
    }
    int a = res[0], b = res[1];
    if (a > b) {
        int t = a;
        a = b;
        b = t;
    }
    printf("%d %d\n", a, b);
    return 0;
}
