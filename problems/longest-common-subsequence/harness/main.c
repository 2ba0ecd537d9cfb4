/* longest-common-subsequence harness (C): reads the test, calls longest_common_subsequence()
 * from the user's solution.c and prints the returned length. The usual headers come before
 * the user's code. */
#include <limits.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "solution.c"

static char harness_text1[4096], harness_text2[4096];

int main(void) {
    if (scanf("%4000s %4000s", harness_text1, harness_text2) != 2) return 1;
    int answer = longest_common_subsequence(harness_text1, harness_text2); /* judge-signature: int longest_common_subsequence(const char *text1, const char *text2) */
    printf("%d\n", answer);
    return 0;
}
