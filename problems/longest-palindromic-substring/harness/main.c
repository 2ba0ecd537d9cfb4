/* longest-palindromic-substring harness (C): reads the test, calls longest_palindrome()
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

static char harness_s[4096];

int main(void) {
    if (scanf("%4000s", harness_s) != 1) return 1;
    int answer = longest_palindrome(harness_s); /* judge-signature: int longest_palindrome(const char *s) */
    printf("%d\n", answer);
    return 0;
}
