/* io_uring.c: io_uring_setup, a way around a syscall filter. A blocked call. */
#include "attack.h"
#include <sys/syscall.h>

int main(void)
{
    report_id();
    char params[120];
    memset(params, 0, sizeof(params));
    TRY_BLOCKED(syscall(SYS_io_uring_setup, 8, params), "io_uring_setup");
    return 0;
}
