/* minimum-spanning-tree harness (C): reads the test, calls minimum_spanning_tree() from the
 * user's solution.c and prints the returned total weight. The usual headers come before the
 * user's code. */
#include <limits.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "solution.c"

int main(void) {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2 || n < 1 || m < 0) return 1;
    int (*edges)[3] = malloc(sizeof(int[3]) * (size_t)(m > 0 ? m : 1));
    if (!edges) return 1;
    for (int i = 0; i < m; i++)
        if (scanf("%d %d %d", &edges[i][0], &edges[i][1], &edges[i][2]) != 3) return 1;
    long long answer = minimum_spanning_tree(edges, m, n); /* judge-signature: long long minimum_spanning_tree(int (*edges)[3], int m, int n) */
    printf("%lld\n", answer);
    free(edges);
    return 0;
}
