/* memfd_hoard.c: keeps memory in anonymous files instead of its address space: argv[1]
 * memfds of 16 MiB each (default 24: 384 MiB). That memory is the host's all the same:
 * the memory limit must stop it. Prints how much it got. */
#include "attack.h"
#include <sys/mman.h>

static char chunk[1 << 20];

int main(int argc, char **argv)
{
    report_id();
    int files = argc > 1 ? atoi(argv[1]) : 24;
    memset(chunk, 'm', sizeof(chunk));
    long total = 0;
    int err = 0;
    for (int i = 0; !err && i < files; i++) {
        int fd = memfd_create("hoard", 0);
        if (fd < 0) {
            err = errno;
            break;
        }
        for (int j = 0; j < 16; j++) {
            if (write(fd, chunk, sizeof(chunk)) != (ssize_t)sizeof(chunk)) {
                err = errno ? errno : ENOSPC;
                break;
            }
            total += sizeof(chunk);
        }
    }
    say("HOARDED", "%ld MiB, then %s", total >> 20, err ? strerror(err) : "stopped");
    done();
    return 0;
}
