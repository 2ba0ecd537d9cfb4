/* min-eating-speed harness (C): reads the test, calls min_eating_speed() from the user's
 * solution.c and prints the returned speed. The usual headers come before the user's code. */
#include <limits.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "solution.c"

int main(void) {
    int n, h;
    if (scanf("%d %d", &n, &h) != 2 || n < 1) return 1;
    int *piles = malloc(sizeof(int) * (size_t)n);
    if (!piles) return 1;
    for (int i = 0; i < n; i++)
        if (scanf("%d", &piles[i]) != 1) return 1;
    int answer = min_eating_speed(piles, n, h); /* judge-signature: int min_eating_speed(const int *piles, int n, int h) */
    printf("%d\n", answer);
    free(piles);
    return 0;
}
