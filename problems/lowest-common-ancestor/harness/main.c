/* lowest-common-ancestor harness (C): reads the test, calls lowest_common_ancestors() from the
 * user's solution.c and prints the returned nodes, one per line. The usual headers come before
 * the user's code. */
#include <limits.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "solution.c"

int main(void)
{
    int n, q;
    if (scanf("%d %d", &n, &q) != 2 || n < 1 || q < 1)
        return 1;
    int *parent = malloc(sizeof(int) * (size_t)n);
    int *flat = malloc(sizeof(int) * 2 * (size_t)q);
    int **queries = malloc(sizeof(int *) * (size_t)q);
    if (!parent || !flat || !queries)
        return 1;
    for (int i = 0; i < n; i++)
        if (scanf("%d", &parent[i]) != 1)
            return 1;
    for (int i = 0; i < q; i++) {
        queries[i] = flat + 2 * (size_t)i;
        if (scanf("%d %d", &queries[i][0], &queries[i][1]) != 2)
            return 1;
    }
    int out_len = -1;
    int *res = lowest_common_ancestors(parent, n, queries, q, &out_len); /* judge-signature: int *lowest_common_ancestors(const int *parent, int n, int **queries, int q, int *out_len) */
    if (res == NULL || out_len != q) {
        fprintf(stderr, "harness: lowest_common_ancestors must return %d nodes (got out_len=%d%s)\n",
                q, out_len, res == NULL ? ", NULL" : "");
        printf("invalid\n");
        return 0;
    }
    for (int i = 0; i < q; i++)
        printf("%d\n", res[i]);
    return 0;
}
