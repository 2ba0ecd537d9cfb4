/* cheapest-flights-k-stops harness (C): reads the test, calls find_cheapest_price() from the
 * user's solution.c and prints the returned price. The usual headers come before the user's
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
    int n, m, src, dst, k;
    if (scanf("%d %d %d %d %d", &n, &m, &src, &dst, &k) != 5 || n < 1 || m < 0) return 1;
    int (*flights)[3] = malloc(sizeof(int[3]) * (size_t)(m > 0 ? m : 1));
    if (!flights) return 1;
    for (int i = 0; i < m; i++)
        if (scanf("%d %d %d", &flights[i][0], &flights[i][1], &flights[i][2]) != 3) return 1;
    int answer = find_cheapest_price(n, flights, m, src, dst, k); /* judge-signature: int find_cheapest_price(int n, int (*flights)[3], int m, int src, int dst, int k) */
    printf("%d\n", answer);
    free(flights);
    return 0;
}
