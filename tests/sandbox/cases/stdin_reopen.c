/* stdin_reopen.c: its stdin and stdout are host files (judge exec --stdin FILE --stdout
 * FILE), given to it as descriptors open for reading and for writing. Anything beyond that
 * changes the host's files: writing the test's input through a new open of
 * /proc/self/fd/0, truncating it, changing either file's mode. All of it must fail. */
#include "attack.h"
#include <fcntl.h>
#include <sys/stat.h>

int main(void)
{
    report_id();
    char buf[64];
    ssize_t n = read(0, buf, sizeof(buf));
    NOTE("read %zd bytes of stdin", n);
    MUST_FAIL(write(0, "PWNED\n", 6), "write to fd 0");
    /* Where the run shares the caller's uid (a user namespace) it may be handed a sealed
     * copy of its input, which it may open but never change; the driver checks the host's
     * files themselves (content and mode) afterwards. */
    int fd = open("/proc/self/fd/0", O_WRONLY | O_APPEND);
    if (fd >= 0) {
        ssize_t w = write(fd, "PWNED\n", 6);
        if (w > 0)
            BREACH("reopened stdin for writing through /proc/self/fd/0 (wrote %zd bytes)", w);
        else
            OK("reopened stdin, but writing failed: %s", strerror(errno));
    } else {
        OK("reopen stdin for writing: %s", strerror(errno));
    }
    MUST_FAIL(truncate("/proc/self/fd/0", 0), "truncate stdin through /proc/self/fd/0");
    NOTE("fchmod of stdin: %d, of stdout: %d (the driver checks the host files' modes)",
         fchmod(0, 0666), fchmod(1, 04777));
    done();
    return 0;
}
