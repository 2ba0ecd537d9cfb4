/* tmp_hoard.c: keeps argv[1] MiB in files of /tmp and /dev/shm (half in each), reads it all
 * back, and says how much it held. Under a smaller memory limit that is a memory limit:
 * what a run keeps in the box's files is memory it uses. */
#include "attack.h"
#include <fcntl.h>

static char chunk[1 << 20];

static long hoard(const char *dir, long mib)
{
    char path[256];
    snprintf(path, sizeof(path), "%s/hoard-%s", dir, token());
    int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
    if (fd < 0)
        return 0;
    long kept = 0;
    memset(chunk, 'h', sizeof(chunk));
    for (long i = 0; i < mib && write(fd, chunk, sizeof(chunk)) == (ssize_t)sizeof(chunk); i++)
        kept++;
    lseek(fd, 0, SEEK_SET);
    long back = 0;
    for (ssize_t n; (n = read(fd, chunk, sizeof(chunk))) > 0;)
        back += n;
    close(fd); /* kept: the file stays */
    return back >> 20;
}

int main(int argc, char **argv)
{
    report_id();
    long mib = argc > 1 ? atol(argv[1]) : 200;
    long held = hoard("/tmp", mib / 2) + hoard("/dev/shm", mib - mib / 2);
    say("HOARDED", "%ld MiB", held);
    done();
    return 0;
}
