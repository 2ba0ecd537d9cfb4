/* kth-smallest-sorted-matrix harness (C): reads the test, calls kth_smallest() from the
 * user's solution.c and prints the returned values in order, separated by spaces. The usual
 * headers come before the user's code. */
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
    if (scanf("%d", &n) != 1 || n < 1)
        return 1;
    int **matrix = malloc(sizeof(int *) * (size_t)n);
    if (!matrix)
        return 1;
    for (int i = 0; i < n; i++) {
        matrix[i] = malloc(sizeof(int) * (size_t)n);
        if (!matrix[i])
            return 1;
        for (int j = 0; j < n; j++)
            if (scanf("%d", &matrix[i][j]) != 1)
                return 1;
    }
    if (scanf("%d", &q) != 1 || q < 1)
        return 1;
    int *queries = malloc(sizeof(int) * (size_t)q);
    if (!queries)
        return 1;
    for (int i = 0; i < q; i++)
        if (scanf("%d", &queries[i]) != 1)
            return 1;
    int out_len = -1;
    int *res = kth_smallest(matrix, n, queries, q, &out_len); /* judge-signature: int *kth_smallest(int **matrix, int n, const int *queries, int q, int *out_len) */
    if (res == NULL || out_len != q) {
        fprintf(stderr, "harness: kth_smallest must return %d values (got out_len=%d%s)\n", q,
                out_len, res == NULL ? ", NULL" : "");
        printf("invalid\n");
        return 0;
    }
    for (int i = 0; i < q; i++)
        printf(i ? " %d" : "%d", res[i]);
    printf("\n");
    return 0;
}
