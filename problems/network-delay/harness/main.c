/* network-delay harness (C): reads the test, calls network_delay_time() from the user's
 * solution.c and prints the returned time. The usual headers come before the user's code. */
#include <limits.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "solution.c"

int main(void) {
    int n, m, k;
    if (scanf("%d %d %d", &n, &m, &k) != 3 || n < 1 || m < 0) return 1;
    int (*times)[3] = malloc(sizeof(int[3]) * (size_t)(m > 0 ? m : 1));
    if (!times) return 1;
    for (int i = 0; i < m; i++)
        if (scanf("%d %d %d", &times[i][0], &times[i][1], &times[i][2]) != 3) return 1;
    int answer = network_delay_time(times, m, n, k); /* judge-signature: int network_delay_time(int (*times)[3], int m, int n, int k) */
    printf("%d\n", answer);
    free(times);
    return 0;
}
