/* devices.c: the box's /dev: null, zero, full, random and urandom work as the host's do (the
 * same device numbers), and nothing in /dev can be made or changed; /dev/shm is the run's. */
#include "attack.h"
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

static int open_dev(const char *name, int flags)
{
    char path[64];
    snprintf(path, sizeof(path), "/dev/%s", name);
    struct stat in_box;
    int fd = open(path, flags);
    if (fd < 0) {
        WRONG("open %s: %s", path, strerror(errno));
        return -1;
    }
    /* The numbers Linux gives them everywhere (devices.txt), as the host's nodes have. */
    static const struct {
        const char *name;
        unsigned minor;
    } known[] = {{"null", 3}, {"zero", 5}, {"full", 7}, {"random", 8}, {"urandom", 9}};
    if (fstat(fd, &in_box) < 0 || !S_ISCHR(in_box.st_mode)) {
        WRONG("%s is not a character device", path);
        return fd;
    }
    for (size_t i = 0; i < sizeof(known) / sizeof(known[0]); i++) {
        if (strcmp(known[i].name, name) == 0 &&
            (major(in_box.st_rdev) != 1 || minor(in_box.st_rdev) != known[i].minor))
            WRONG("%s is device %u:%u, not 1:%u", path, major(in_box.st_rdev),
                  minor(in_box.st_rdev), known[i].minor);
    }
    if ((in_box.st_mode & 0777) != 0666)
        WRONG("%s has mode %o, not 666", path, in_box.st_mode & 0777);
    return fd;
}

static void must_be_erofs(long r, const char *what)
{
    if (r >= 0)
        BREACH("%s succeeded", what);
    else if (errno != EROFS)
        BREACH("%s: %s, not EROFS: /dev is not read-only", what, strerror(errno));
    else
        OK("%s: %s", what, strerror(errno));
}

int main(void)
{
    char buf[16];
    report_id();

    int fd = open_dev("null", O_RDWR);
    if (fd >= 0) {
        if (write(fd, "data", 4) != 4 || read(fd, buf, sizeof(buf)) != 0)
            WRONG("/dev/null does not swallow or end at once");
        close(fd);
    }
    fd = open_dev("zero", O_RDONLY);
    if (fd >= 0) {
        memset(buf, 1, sizeof(buf));
        if (read(fd, buf, sizeof(buf)) != (ssize_t)sizeof(buf) || buf[0] || buf[15])
            WRONG("/dev/zero does not read zeros");
        close(fd);
    }
    fd = open_dev("full", O_WRONLY);
    if (fd >= 0) {
        errno = 0;
        if (write(fd, "x", 1) != -1 || errno != ENOSPC)
            WRONG("/dev/full does not say ENOSPC");
        close(fd);
    }
    for (int i = 0; i < 2; i++) {
        /* Non-blocking: an older kernel's /dev/random may wait for entropy. */
        fd = open_dev(i ? "urandom" : "random", O_RDONLY | O_NONBLOCK);
        if (fd >= 0) {
            ssize_t n = read(fd, buf, sizeof(buf));
            if (n != (ssize_t)sizeof(buf) && !(n < 0 && errno == EAGAIN))
                WRONG("/dev/%s gives no bytes", i ? "urandom" : "random");
            close(fd);
        }
    }
    OK("the devices work");

    /* Read-only, which the kernel says before it looks at permissions: EACCES (root's /dev,
     * mode 0755) would hide a /dev left writable. */
    must_be_erofs(open("/dev/made-by-run", O_WRONLY | O_CREAT | O_EXCL, 0666),
                  "create a file in /dev");
    must_be_erofs(unlink("/dev/zero"), "unlink /dev/zero");
    must_be_erofs(symlink("/proc/self/root", "/dev/root-link"), "symlink in /dev");
    must_be_erofs(mkdir("/dev/made-by-run", 0755), "mkdir in /dev");
    MUST_FAIL(chmod("/dev/null", 0777), "chmod /dev/null"); /* EPERM: the host's node, bound */

    fd = open("/dev/shm/mine", O_WRONLY | O_CREAT | O_EXCL, 0600);
    if (fd < 0)
        WRONG("/dev/shm is not the run's: %s", strerror(errno));
    else
        close(fd);
    done();
    return 0;
}
