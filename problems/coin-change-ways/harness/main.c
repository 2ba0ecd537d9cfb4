/* coin-change-ways harness (C): reads the test, calls change() from the user's solution.c and
 * prints the returned count. The usual headers come before the user's code. */
#include <limits.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "solution.c"

int main(void) {
    int n, amount;
    if (scanf("%d %d", &n, &amount) != 2 || n < 1) return 1;
    int *coins = malloc(sizeof(int) * (size_t)n);
    if (!coins) return 1;
    for (int i = 0; i < n; i++)
        if (scanf("%d", &coins[i]) != 1) return 1;
    int answer = change(amount, coins, n); /* judge-signature: int change(int amount, const int *coins, int n) */
    printf("%d\n", answer);
    free(coins);
    return 0;
}
