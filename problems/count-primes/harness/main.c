/* count-primes harness (C): reads the test, calls count_primes() from the user's solution.c
 * and prints the returned counts, one per line. The usual headers come before the user's
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
    int q;
    if (scanf("%d", &q) != 1 || q < 1) return 1;
    int *queries = malloc(sizeof(int) * (size_t)q);
    if (!queries) return 1;
    for (int i = 0; i < q; i++)
        if (scanf("%d", &queries[i]) != 1) return 1;
    int out_len = -1;
    int *res = count_primes(queries, q, &out_len); /* judge-signature: int *count_primes(const int *queries, int q, int *out_len) */
    if (res == NULL || out_len != q) {
        fprintf(stderr, "harness: count_primes must return %d counts (got out_len=%d%s)\n", q,
                out_len, res == NULL ? ", NULL" : "");
        printf("invalid\n");
        return 0;
    }
    char *buf = malloc((size_t)q * 12 + 1);
    if (!buf) return 1;
    size_t len = 0;
    for (int i = 0; i < q; i++)
        len += (size_t)sprintf(buf + len, "%d\n", res[i]);
    fwrite(buf, 1, len, stdout);
    free(buf);
    free(queries);
    return 0;
}
