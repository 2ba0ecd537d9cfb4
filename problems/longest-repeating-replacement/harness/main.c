/* longest-repeating-replacement harness (C): reads the test, calls character_replacement()
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

static char harness_s[200008];

int main(void) {
    int k;
    if (scanf("%200002s %d", harness_s, &k) != 2) return 1;
    int answer = character_replacement(harness_s, k); /* judge-signature: int character_replacement(const char *s, int k) */
    printf("%d\n", answer);
    return 0;
}
