/* gas-station harness (C): reads the test, calls can_complete_circuit() from the user's
 * solution.c and prints the returned index. The usual headers come before the user's code. */
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
    int *gas = malloc(sizeof(int) * (size_t)n), *cost = malloc(sizeof(int) * (size_t)n);
    if (!gas || !cost) return 1;
    for (int i = 0; i < n; i++)
        if (scanf("%d", &gas[i]) != 1) return 1;
    for (int i = 0; i < n; i++)
        if (scanf("%d", &cost[i]) != 1) return 1;
    int answer = can_complete_circuit(gas, cost, n); /* judge-signature: int can_complete_circuit(const int *gas, const int *cost, int n) */
    printf("%d\n", answer);
    free(gas);
    free(cost);
    return 0;
}
