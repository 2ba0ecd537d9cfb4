/* DP over amounts in C: best[a] = 1 + min over coins c <= a of best[a - c]. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int k, amount;
    if (scanf("%d %d", &k, &amount) != 2) return 1;
    int *coins = malloc(sizeof(int) * k);
    for (int i = 0; i < k; i++)
        if (scanf("%d", &coins[i]) != 1) return 1;
    const int inf = 1 << 30;
    int *best = malloc(sizeof(int) * ((size_t)amount + 1));
    best[0] = 0;
    for (int a = 1; a <= amount; a++) {
        int b = inf;
        for (int i = 0; i < k; i++)
            if (coins[i] <= a && best[a - coins[i]] + 1 < b) b = best[a - coins[i]] + 1;
        best[a] = b;
    }
    printf("%d\n", best[amount] >= inf ? -1 : best[amount]);
    free(best);
    free(coins);
    return 0;
}
