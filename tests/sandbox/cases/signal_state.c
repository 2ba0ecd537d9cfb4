/* signal_state.c: what a run inherits of signals, which the judge may have set for itself
 * (its caller ignores SIGPIPE, blocks SIGUSR2...): every disposition must be the default
 * and nothing blocked, or a run would not die of SIGPIPE, or never see a signal it waits
 * for. Then it sleeps, so that the driver can look at the keeper meanwhile. */
#include "attack.h"
#include <signal.h>

int main(int argc, char **argv)
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
    printf("READY\n");
    fflush(stdout);
    if (argc > 1)
        sleep((unsigned)atoi(argv[1]));
    printf("DONE\n");
    return 0;
}
