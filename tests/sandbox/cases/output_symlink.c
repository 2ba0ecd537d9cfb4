/* output_symlink.c: plants symlinks named like output files pointing at /etc/shadow, and
 * tries to steer its own standard output elsewhere. The judge's --stdout FILE must get
 * exactly what was written to fd 1, and nothing may be written anywhere else. */
#include "attack.h"
#include <fcntl.h>

int main(void)
{
    const char *names[] = {"/box/out", "/box/output.txt", "/box/stdout", "/box/answer.txt",
                           "/tmp/out", "/tmp/stdout",     NULL};
    for (int i = 0; names[i]; i++) {
        if (symlink("/etc/shadow", names[i]) < 0)
            WRONG("symlink %s: %s", names[i], strerror(errno));
    }
    const char first[] = "payload-1\n";
    if (write(1, first, sizeof(first) - 1) != (ssize_t)(sizeof(first) - 1))
        WRONG("write to stdout");
    /* Its own business: fd 1 now goes to /box/out (-> /etc/shadow in the box). */
    int fd = open("/box/out", O_WRONLY | O_TRUNC);
    if (fd >= 0) {
        BREACH("opened /etc/shadow for writing through /box/out");
        dup2(fd, 1);
    }
    fd = open("/box/real-out", O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd >= 0)
        dup2(fd, 1);
    const char second[] = "payload-2\n";
    if (write(1, second, sizeof(second) - 1) < 0) {
    }
    return 0;
}
