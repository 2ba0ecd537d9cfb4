/* trapping-rain-water harness (C): reads the test, calls trap() from the user's solution.c and
 * prints the returned amount of water. The usual headers come before the user's code. */
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
    int *height = malloc(sizeof(int) * (size_t)n);
    if (!height) return 1;
    for (int i = 0; i < n; i++)
        if (scanf("%d", &height[i]) != 1) return 1;
    long long answer = trap(height, n); /* judge-signature: long long trap(const int *height, int n) */
    printf("%lld\n", answer);
    free(height);
    return 0;
}
