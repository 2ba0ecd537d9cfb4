/* Binary search over [1, 10^9] in C, with fflush after every query. */
#include <stdio.h>

int main(void) {
    long lo = 1, hi = 1000000000;
    char reply[8];
    while (lo <= hi) {
        long mid = lo + (hi - lo) / 2;
        printf("? %ld\n", mid);
        fflush(stdout);
        if (scanf("%7s", reply) != 1 || reply[0] == '=') return 0;
        if (reply[0] == '<') hi = mid - 1;
        else lo = mid + 1;
    }
    return 0;
}
