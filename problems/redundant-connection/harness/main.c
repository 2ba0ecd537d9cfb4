/* redundant-connection harness (C): reads the test, calls find_redundant_connection() from
 * the user's solution.c and prints the edge it writes into answer[0] and answer[1]. The usual
 * headers come before the user's code. */
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
    int (*edges)[2] = malloc(sizeof(int[2]) * (size_t)n);
    if (!edges) return 1;
    for (int i = 0; i < n; i++)
        if (scanf("%d %d", &edges[i][0], &edges[i][1]) != 2) return 1;
    int answer[2] = {0, 0};
    find_redundant_connection(edges, n, answer); /* judge-signature: void find_redundant_connection(int (*edges)[2], int n, int answer[2]) */
    printf("%d %d\n", answer[0], answer[1]);
    free(edges);
    return 0;
}
