/* sigstop.c: stops itself. A stopped program uses no CPU: only the wall limit ends it. */
#include "attack.h"
#include <signal.h>

int main(void)
{
    report_id();
    raise(SIGSTOP);
    BREACH("resumed after SIGSTOP");
    return 0;
}
