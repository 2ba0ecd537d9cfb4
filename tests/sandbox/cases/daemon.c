/* daemon.c: leaves a daemon behind (fork, setsid, fork again, ignore SIGHUP/SIGTERM, close
 * everything) and a child burning CPU, then exits 0 at once. Compiler profile. The run ends
 * with its first process; both must be killed with it. argv[1] "stay": the program itself
 * then waits forever instead (for the driver to kill the judge under it). */
#include "attack.h"
#include <signal.h>
#include <sys/stat.h>

int main(int argc, char **argv)
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
        if (chdir("/") < 0)
            WRONG("chdir /: %s", strerror(errno));
        umask(0);
        NOTE("daemon %d in session %d", (int)getpid(), (int)getsid(0));
        close(0);
        close(1);
        close(2);
        for (;;)
            sleep(1000);
    }
    pid_t busy = fork();
    if (busy == 0) {
        setpgid(0, 0);
        burn_forever();
    }
    NOTE("busy child %d", (int)busy);
    usleep(100 * 1000); /* let the daemon detach */
    if (argc > 1 && strcmp(argv[1], "stay") == 0) {
        say("READY", "family started");
        for (;;)
            pause();
    }
    done();
    return 0;
}
