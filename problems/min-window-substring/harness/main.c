/* min-window-substring harness (C): reads the test, calls min_window() from the user's
 * solution.c and prints the returned length. The usual headers come before the user's
 * code. */
#include <limits.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "solution.c"

static char harness_s[100008], harness_t[100008];

int main(void) {
    if (scanf("%100002s %100002s", harness_s, harness_t) != 2) return 1;
    int answer = min_window(harness_s, harness_t); /* judge-signature: int min_window(const char *s, const char *t) */
    printf("%d\n", answer);
    return 0;
}
