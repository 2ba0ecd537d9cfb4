/* ignore_signals.c: ignores SIGXCPU and SIGTERM (and handles SIGXCPU by carrying on), then
 * burns CPU. Still a time limit, reached on time. */
#include "attack.h"
#include <signal.h>

static void carry_on(int sig)
{
    (void)sig;
    static const char msg[] = "NOTE got SIGXCPU, carrying on\n";
    if (write(1, msg, sizeof(msg) - 1) < 0) {
    }
}

int main(void)
{
    report_id();
    signal(SIGTERM, SIG_IGN);
    signal(SIGINT, SIG_IGN);
    signal(SIGHUP, SIG_IGN);
    signal(SIGXCPU, carry_on);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigprocmask(SIG_BLOCK, &set, NULL);
    burn_forever();
}
