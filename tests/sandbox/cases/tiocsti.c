/* tiocsti.c: pushes a command into the input of whatever terminal it can reach (its
 * descriptors, /dev/tty). The ioctl is a blocked call; nothing reaches the terminal. */
#include "attack.h"
#include <fcntl.h>
#include <sys/ioctl.h>

int main(void)
{
    report_id();
    int tty = open("/dev/tty", O_RDWR);
    if (tty >= 0)
        BREACH("opened /dev/tty");
    else
        OK("open /dev/tty: %s", strerror(errno));
    for (int fd = 0; fd < 3; fd++)
        NOTE("fd %d is a terminal: %s", fd, isatty(fd) ? "yes" : "no");
    int fd = isatty(1) ? 1 : isatty(2) ? 2 : 0;
    const char *cmd = "echo INJECTED\n";
    say("TRYING", "TIOCSTI on fd %d", fd);
    for (const char *c = cmd; *c; c++) {
        if (ioctl(fd, TIOCSTI, c) == 0)
            BREACH("TIOCSTI pushed '%c'", *c);
        else if (c == cmd)
            NOTE("TIOCSTI: %s", strerror(errno));
    }
    BREACH("TIOCSTI was not stopped");
    return 0;
}
