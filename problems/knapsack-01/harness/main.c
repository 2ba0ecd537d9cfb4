/* knapsack-01 harness (C): reads the test, calls max_value() from the user's solution.c and
 * prints the returned total value. The usual headers come before the user's code. */
#include <limits.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "solution.c"

int main(void) {
    int n, capacity;
    if (scanf("%d %d", &n, &capacity) != 2 || n < 1) return 1;
    int *weights = malloc(sizeof(int) * (size_t)n);
    int *values = malloc(sizeof(int) * (size_t)n);
    if (!weights || !values) return 1;
    for (int i = 0; i < n; i++)
        if (scanf("%d", &weights[i]) != 1) return 1;
    for (int i = 0; i < n; i++)
        if (scanf("%d", &values[i]) != 1) return 1;
    long long answer = max_value(weights, values, n, capacity); /* judge-signature: long long max_value(const int *weights, const int *values, int n, int capacity) */
    printf("%lld\n", answer);
    free(weights);
    free(values);
    return 0;
}
