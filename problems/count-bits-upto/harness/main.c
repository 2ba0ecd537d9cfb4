/* count-bits-upto harness (C): reads the test, calls count_bits_upto() from the user's
 * solution.c once per query and prints each returned total on its own line. The usual headers
 * come before the user's code. */
#include <limits.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "solution.c"

int main(void) {
    int q;
    if (scanf("%d", &q) != 1 || q < 1) return 1;
    for (int i = 0; i < q; i++) {
        long long n;
        if (scanf("%lld", &n) != 1) return 1;
        long long answer = count_bits_upto(n); /* judge-signature: long long count_bits_upto(long long n) */
        printf("%lld\n", answer);
    }
    return 0;
}
