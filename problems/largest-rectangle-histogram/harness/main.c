/* largest-rectangle-histogram harness (C): reads the test, calls largest_rectangle_area() from
 * the user's solution.c and prints the returned area. The usual headers come before the user's
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
    int n;
    if (scanf("%d", &n) != 1 || n < 1) return 1;
    int *heights = malloc(sizeof(int) * (size_t)n);
    if (!heights) return 1;
    for (int i = 0; i < n; i++)
        if (scanf("%d", &heights[i]) != 1) return 1;
    long long answer = largest_rectangle_area(heights, n); /* judge-signature: long long largest_rectangle_area(const int *heights, int n) */
    printf("%lld\n", answer);
    free(heights);
    return 0;
}
