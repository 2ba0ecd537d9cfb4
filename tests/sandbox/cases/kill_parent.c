/* kill_parent.c: argv[1] "parent": signals its parent (the keeper) and PID 1, then exits 0;
 * "all": kill(-1, SIGKILL), which spares the caller, then exits 0; "from-child" (compiler
 * profile): a child sends kill(-1, SIGKILL), which kills the program. In every case the
 * judge's result must still arrive and be right. */
#include "attack.h"
#include <signal.h>
#include <sys/wait.h>

int main(int argc, char **argv)
{
    report_id();
    if (argc < 2)
        return 2;
    const char *mode = argv[1];
    if (strcmp(mode, "parent") == 0) {
        NOTE("parent is %d", (int)getppid());
        int sigs[] = {SIGKILL, SIGTERM, SIGSTOP, SIGSEGV, SIGCHLD, SIGINT, SIGHUP, SIGUSR1};
        for (size_t i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++) {
            int r1 = kill(getppid(), sigs[i]);
            int e1 = errno;
            int r2 = kill(1, sigs[i]);
            NOTE("kill(parent, %d) = %d (%s); kill(1, %d) = %d (%s)", sigs[i], r1,
                 r1 ? strerror(e1) : "sent", sigs[i], r2, r2 ? strerror(errno) : "sent");
        }
        usleep(100 * 1000);
    } else if (strcmp(mode, "all") == 0) {
        int r = kill(-1, SIGKILL);
        NOTE("kill(-1, SIGKILL) = %d (%s)", r, r ? strerror(errno) : "sent");
        usleep(100 * 1000);
    } else if (strcmp(mode, "from-child") == 0) {
        pid_t p = fork();
        if (p == 0) {
            kill(-1, SIGKILL);
            _exit(0);
        }
        waitpid(p, NULL, 0);
        usleep(500 * 1000);
        BREACH("survived kill(-1, SIGKILL) from its child");
    }
    done();
    return 0;
}
