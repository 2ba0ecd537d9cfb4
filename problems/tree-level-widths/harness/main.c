/* tree-level-widths harness (C): reads the test, calls level_widths() from the user's
 * solution.c and prints the returned counts on one line. The usual headers come before the
 * user's code. */
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
    int n;
    if (scanf("%d", &n) != 1 || n < 1)
        return 1;
    int *parent = malloc(sizeof(int) * (size_t)n);
    if (!parent)
        return 1;
    for (int i = 0; i < n; i++)
        if (scanf("%d", &parent[i]) != 1)
            return 1;
    int out_len = -1;
    int *res = level_widths(parent, n, &out_len); /* judge-signature: int *level_widths(const int *parent, int n, int *out_len) */
    if (res == NULL || out_len < 1 || out_len > n) {
        fprintf(stderr, "harness: level_widths must return between 1 and %d counts (got out_len=%d%s)\n",
                n, out_len, res == NULL ? ", NULL" : "");
        printf("invalid\n");
        return 0;
    }
    for (int i = 0; i < out_len; i++)
        printf(i == 0 ? "%d" : " %d", res[i]);
    printf("\n");
    return 0;
}
