/* alien-dictionary harness (C): reads the test, calls alien_order() from the user's
 * solution.c and prints the returned string. The usual headers come before the user's
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
    char *harness_buffer = malloc((size_t)n * 24);
    char **words = malloc(sizeof(char *) * (size_t)n);
    if (!harness_buffer || !words) return 1;
    for (int i = 0; i < n; i++) {
        words[i] = harness_buffer + (size_t)i * 24;
        if (scanf("%21s", words[i]) != 1) return 1;
    }
    char *answer = alien_order(words, n); /* judge-signature: char *alien_order(char **words, int n) */
    printf("%s\n", answer ? answer : "");
    return 0;
}
