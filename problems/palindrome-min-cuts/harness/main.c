/* palindrome-min-cuts harness (C): reads the test, calls min_cut() from the user's solution.c
 * and prints the returned number of cuts. The usual headers come before the user's code. */
#include <limits.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "solution.c"

static char harness_s[4096];

int main(void) {
    if (scanf("%4000s", harness_s) != 1) return 1;
    int answer = min_cut(harness_s); /* judge-signature: int min_cut(const char *s) */
    printf("%d\n", answer);
    return 0;
}
