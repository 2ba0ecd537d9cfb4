/* house-robber harness (C): reads the test, calls rob() from the user's solution.c and prints
 * the returned total. The usual headers come before the user's code. */
#include <limits.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "solution.c"

int main(void) {
    int n;
    if (scanf("%d", &n) != 1 || n < 1) return 1;
    int *nums = malloc(sizeof(int) * (size_t)n);
    if (!nums) return 1;
    for (int i = 0; i < n; i++)
        if (scanf("%d", &nums[i]) != 1) return 1;
    long long answer = rob(nums, n); /* judge-signature: long long rob(const int *nums, int n) */
    printf("%lld\n", answer);
    free(nums);
    return 0;
}
