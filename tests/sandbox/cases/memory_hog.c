/* memory_hog.c: allocates and touches 16 MiB at a time, forever. Memory limit. */
#include "attack.h"

int main(void)
{
    report_id();
    long total = 0;
    for (;;) {
        char *p = malloc(16 << 20);
        if (!p) {
            say("REFUSED", "after %ld MiB", total >> 20);
            return 1;
        }
        memset(p, 1, 16 << 20);
        total += 16 << 20;
    }
}
