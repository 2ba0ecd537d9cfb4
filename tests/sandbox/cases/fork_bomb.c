/* fork_bomb.c: forks forever. Native: the first fork is a blocked call. Compiler profile
 * (forks allowed): the process limit caps it and the time limit ends it; nothing survives. */
#include "attack.h"

int main(void)
{
    report_id();
    for (;;) {
        if (fork() < 0) {
            /* At the process limit: keep the CPU busy and try again. */
            for (volatile int spin = 0; spin < 1000000; spin++)
                ;
        }
    }
}
