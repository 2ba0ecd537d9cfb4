/* sleep_forever.c: sleeps and never uses CPU: only the wall limit ends it. */
#include "attack.h"

int main(void)
{
    report_id();
    for (;;)
        pause();
}
