/* fill_disk.c: writes until writing fails. argv[1]: "box" (many 16 MiB files in /box: the
 * box's size bound stops it), "shm" (the same in /dev/shm: the same bound), "one" (a single
 * file in /box: the output limit stops it). Prints how much it wrote. */
#include "attack.h"
#include <fcntl.h>

static char chunk[1 << 20];

int main(int argc, char **argv)
{
    report_id();
    if (argc < 2)
        return 2;
    const char *mode = argv[1];
    const char *dir = strcmp(mode, "shm") == 0 ? "/dev/shm" : "/box";
    long per_file = strcmp(mode, "one") == 0 ? 1L << 30 : 16L << 20;
    memset(chunk, 'x', sizeof(chunk));
    long total = 0;
    int err = 0;
    for (int i = 0; !err && i < 1000; i++) {
        char path[256];
        snprintf(path, sizeof(path), "%s/fill-%s-%d", dir, token(), i);
        int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd < 0) {
            err = errno;
            break;
        }
        for (long written = 0; written < per_file;) {
            ssize_t n = write(fd, chunk, sizeof(chunk));
            if (n <= 0) {
                err = n < 0 ? errno : ENOSPC;
                break;
            }
            written += n;
            total += n;
        }
        close(fd);
    }
    say("WROTE", "%ld MiB, then %s", total >> 20, strerror(err));
    done();
    return 0;
}
