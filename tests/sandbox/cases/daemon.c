/* daemon.c: leaves a daemon behind (fork, setsid, fork again, ignore SIGHUP/SIGTERM, close
 * everything) and exits 0 at once. Compiler profile. The run ends with its first process;
 * the daemon must be killed with it. */
#include "attack.h"
#include <signal.h>
#include <sys/stat.h>

int main(void)
{
    report_id();
    pid_t p = fork();
    if (p < 0) {
        WRONG("fork: %s", strerror(errno));
        return 1;
    }
    if (p == 0) {
        if (setsid() < 0)
            WRONG("setsid: %s", strerror(errno));
        if (fork() != 0)
            _exit(0);
        signal(SIGHUP, SIG_IGN);
        signal(SIGTERM, SIG_IGN);
        signal(SIGINT, SIG_IGN);
        if (chdir("/") < 0) {
        }
        umask(0);
        NOTE("daemon %d in session %d", (int)getpid(), (int)getsid(0));
        close(0);
        close(1);
        close(2);
        for (;;)
            sleep(1000);
    }
    usleep(100 * 1000); /* let the daemon detach */
    done();
    return 0;
}
