/* busy_child.c: starts a child that burns CPU forever in its own process group, and exits 0
 * at once. Compiler profile. The child must die with the run. */
#include "attack.h"

int main(void)
{
    report_id();
    pid_t p = fork();
    if (p < 0) {
        WRONG("fork: %s", strerror(errno));
        return 1;
    }
    if (p == 0) {
        setpgid(0, 0);
        burn_forever();
    }
    NOTE("busy child %d", (int)p);
    usleep(50 * 1000);
    done();
    return 0;
}
