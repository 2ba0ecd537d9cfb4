/* write_outside.c: writes everywhere. The system, /prog and / are read-only; /box, /tmp and
 * /dev/shm are the run's to write. */
#include "attack.h"
#include <fcntl.h>
#include <sys/stat.h>

static void must_not_create(const char *dir)
{
    char path[512];
    snprintf(path, sizeof(path), "%s/%s", dir, token());
    MUST_FAIL(open(path, O_WRONLY | O_CREAT | O_EXCL, 0644), path);
    snprintf(path, sizeof(path), "%s/%s-dir", dir, token());
    MUST_FAIL(mkdir(path, 0755), path);
    snprintf(path, sizeof(path), "%s/%s-link", dir, token());
    MUST_FAIL(symlink("/box", path), path);
}

static void must_create(const char *dir)
{
    char path[512];
    snprintf(path, sizeof(path), "%s/%s", dir, token());
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0644);
    MUST_WORK(fd, path);
    if (fd >= 0) {
        MUST_WORK(write(fd, "data\n", 5), "writing there");
        close(fd);
    }
}

int main(int argc, char **argv)
{
    (void)argc;
    report_id();
    const char *ro[] = {"/",     "/etc",  "/usr", "/usr/bin", "/bin",       "/lib",
                        "/sbin", "/prog", "/dev", "/proc",    "/proc/self", NULL};
    for (int i = 0; ro[i]; i++)
        must_not_create(ro[i]);
    MUST_FAIL(open("/etc/ld.so.cache", O_WRONLY), "open /etc/ld.so.cache for writing");
    MUST_FAIL(open("/usr/bin/env", O_WRONLY), "open /usr/bin/env for writing");
    MUST_FAIL(open(argv[0], O_WRONLY), "open its own /prog binary for writing");
    MUST_FAIL(truncate(argv[0], 0), "truncate its own /prog binary");
    MUST_FAIL(chmod(argv[0], 04777), "chmod its own /prog binary");
    MUST_FAIL(unlink(argv[0]), "unlink its own /prog binary");
    MUST_FAIL(rename("/etc/localtime", "/etc/pwned"), "rename /etc/localtime");
    /* The host's directories do not exist in the box at all. */
    MUST_FAIL(open("/var/tmp/x", O_WRONLY | O_CREAT, 0644), "create in /var/tmp");
    MUST_FAIL(open("/root/x", O_WRONLY | O_CREAT, 0644), "create in /root");
    must_create("/box");
    must_create("/tmp");
    must_create("/dev/shm");
    done();
    return 0;
}
