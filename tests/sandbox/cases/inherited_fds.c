/* inherited_fds.c: the driver opens descriptors without close-on-exec before starting the
 * judge; the run must hold only 0, 1 and 2. */
#include "attack.h"
#include <dirent.h>
#include <fcntl.h>

int main(void)
{
    report_id();
    for (int fd = 3; fd < 4096; fd++) {
        if (fcntl(fd, F_GETFD) >= 0) {
            char link[64], target[256] = "?";
            snprintf(link, sizeof(link), "/proc/self/fd/%d", fd);
            ssize_t n = readlink(link, target, sizeof(target) - 1);
            if (n > 0)
                target[n] = '\0';
            BREACH("descriptor %d is open: %s", fd, target);
        }
    }
    DIR *d = opendir("/proc/self/fd");
    struct dirent *e;
    int count = 0;
    while (d && (e = readdir(d))) {
        if (e->d_name[0] >= '0' && e->d_name[0] <= '9')
            count++;
    }
    if (d)
        closedir(d);
    if (count != 4) /* 0, 1, 2 and the directory itself */
        BREACH("/proc/self/fd lists %d descriptors (expected 0-2 and its own)", count);
    else
        OK("only 0, 1, 2 are open");
    done();
    return 0;
}
