/* n-queens-count harness (C): reads the test, calls total_n_queens() from the user's
 * solution.c and prints the returned count. The usual headers come before the user's code. */
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
    int answer = total_n_queens(n); /* judge-signature: int total_n_queens(int n) */
    printf("%d\n", answer);
    return 0;
}
