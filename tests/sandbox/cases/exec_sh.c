/* exec_sh.c: runs /bin/sh. Native programs may not exec: a blocked call. */
#include "attack.h"

int main(void)
{
    report_id();
    char *const argv[] = {"sh", "-c", "echo BREACH shell ran", NULL};
    TRY_BLOCKED(execv("/bin/sh", argv), "execve /bin/sh");
    return 0;
}
