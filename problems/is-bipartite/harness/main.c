/* is-bipartite harness (C): reads the test, calls is_bipartite() from the user's solution.c
 * and prints the returned answer as true or false. The usual headers come before the user's
 * code. */
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
    int (*edges)[2] = malloc(sizeof(int[2]) * (size_t)(m > 0 ? m : 1));
    if (!edges) return 1;
    for (int i = 0; i < m; i++)
        if (scanf("%d %d", &edges[i][0], &edges[i][1]) != 2) return 1;
    bool answer = is_bipartite(n, edges, m); /* judge-signature: bool is_bipartite(int n, int (*edges)[2], int m) */
    puts(answer ? "true" : "false");
    free(edges);
    return 0;
}
