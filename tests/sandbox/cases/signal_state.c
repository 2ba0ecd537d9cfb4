/* signal_state.c: what a run inherits of signals, which the judge may have set for itself
 * (its caller ignores SIGPIPE, blocks SIGUSR2...): every disposition must be the default
 * and nothing blocked, or a run would not die of SIGPIPE, or never see a signal it waits
 * for. Then it sends the keeper (PID 1) ten thousand real-time signals, which must not pile
 * up there, and waits on stdin while the driver looks at the keeper. */
#include "attack.h"
#include <signal.h>

int main(void)
{
    report_id();
    sigset_t blocked;
    if (sigprocmask(SIG_BLOCK, NULL, &blocked) < 0) {
        WRONG("sigprocmask: %s", strerror(errno));
        return 1;
    }
    for (int sig = 1; sig < NSIG; sig++) {
        struct sigaction sa;
        if (sigaction(sig, NULL, &sa) < 0)
            continue; /* the C library's own, which it keeps from the caller */
        if (sa.sa_handler != SIG_DFL)
            BREACH("signal %d (%s) came %s", sig, strsignal(sig),
                   sa.sa_handler == SIG_IGN ? "ignored" : "handled");
        if (sigismember(&blocked, sig) == 1)
            BREACH("signal %d (%s) came blocked", sig, strsignal(sig));
    }
    OK("every disposition is the default, nothing is blocked");

    /* Refused where the keeper's uid is not the run's (root); else sent, and dropped. */
    int sent = 0, err = 0;
    for (int i = 0; i < 10000; i++) {
        if (kill(1, SIGRTMIN + 1) == 0)
            sent++;
        else
            err = errno;
    }
    NOTE("sent the keeper %d real-time signals (%s)", sent, sent ? "" : strerror(err));
    printf("WAITING\n");
    fflush(stdout);
    char c;
    if (read(0, &c, 1) < 0)
        WRONG("read stdin: %s", strerror(errno));
    done();
    return 0;
}
