/* pattern-occurrences harness (C): reads the test, calls count_occurrences() from the
 * user's solution.c and prints the returned count. The usual headers come before the user's
 * code. */
#include <limits.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "solution.c"

static char harness_text[500016], harness_pattern[100016];

int main(void) {
    if (scanf("%500000s %100000s", harness_text, harness_pattern) != 2) return 1;
    int answer = count_occurrences(harness_text, harness_pattern); /* judge-signature: int count_occurrences(const char *text, const char *pattern) */
    printf("%d\n", answer);
    return 0;
}
