/* max-non-overlapping harness (C): reads the test, calls max_non_overlapping() from the user's
 * solution.c and prints the returned count. The usual headers come before the
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
    int n;
    if (scanf("%d", &n) != 1 || n < 1) return 1;
    int (*intervals)[2] = malloc(sizeof(int[2]) * (size_t)n);
    if (!intervals) return 1;
    for (int i = 0; i < n; i++)
        if (scanf("%d %d", &intervals[i][0], &intervals[i][1]) != 2) return 1;
    int answer = max_non_overlapping(intervals, n); /* judge-signature: int max_non_overlapping(int (*intervals)[2], int n) */
    printf("%d\n", answer);
    free(intervals);
    return 0;
}
