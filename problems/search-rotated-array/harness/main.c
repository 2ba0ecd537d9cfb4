/* search-rotated-array harness (C): reads the test, calls search() from the user's solution.c
 * once per query and prints the returned indices, one per line. The usual headers come
 * before the user's code. */
#include <limits.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "solution.c"

int main(void) {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2 || n < 1 || q < 0) return 1;
    int *nums = malloc(sizeof(int) * (size_t)n);
    int *targets = malloc(sizeof(int) * (size_t)(q > 0 ? q : 1));
    if (!nums || !targets) return 1;
    for (int i = 0; i < n; i++)
        if (scanf("%d", &nums[i]) != 1) return 1;
    for (int j = 0; j < q; j++)
        if (scanf("%d", &targets[j]) != 1) return 1;
    for (int j = 0; j < q; j++) {
        int answer = search(nums, n, targets[j]); /* judge-signature: int search(const int *nums, int n, int target) */
        printf("%d\n", answer);
    }
    free(nums);
    free(targets);
    return 0;
}
