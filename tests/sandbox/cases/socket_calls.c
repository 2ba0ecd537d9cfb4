/* socket_calls.c: the socket family calls other than socket() itself, on a bad descriptor.
 * A native program has no socket to use them on: each is a blocked call. (The runtime
 * profiles allow some of them on socketpair's connected pairs.) argv[1]: the call's name. */
#include "attack.h"
#include <sys/socket.h>
#include <sys/syscall.h>

int main(int argc, char **argv)
{
    report_id();
    if (argc < 2)
        return 2;
    static const struct {
        const char *name;
        long nr;
    } calls[] = {
        {"sendto", SYS_sendto},           {"recvfrom", SYS_recvfrom},
        {"recvmsg", SYS_recvmsg},         {"shutdown", SYS_shutdown},
        {"getsockname", SYS_getsockname}, {"getpeername", SYS_getpeername},
        {"setsockopt", SYS_setsockopt},   {"getsockopt", SYS_getsockopt},
        {"connect", SYS_connect},         {"bind", SYS_bind},
    };
    for (size_t i = 0; i < sizeof(calls) / sizeof(calls[0]); i++) {
        if (strcmp(argv[1], calls[i].name) == 0)
            TRY_BLOCKED(syscall(calls[i].nr, 1000L, 0L, 0L, 0L, 0L, 0L), calls[i].name);
    }
    return 0;
}
