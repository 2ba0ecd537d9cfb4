/* environ.c: looks for the judge's own environment (the driver sets SBX_JUDGE_CANARY in the
 * judge's environment, never in the program's): in environ, in /proc/self/environ, in
 * /proc/1/environ (the keeper) and in every /proc/N/environ it can read. */
#include "attack.h"
#include <dirent.h>
#include <fcntl.h>

extern char **environ;

static void scan_file(const char *path)
{
    char buf[65536];
    int fd = open(path, O_RDONLY);
    if (fd < 0) {
        OK("open %s: %s", path, strerror(errno));
        return;
    }
    ssize_t n = read(fd, buf, sizeof(buf) - 1);
    close(fd);
    if (n < 0) {
        OK("read %s: %s", path, strerror(errno));
        return;
    }
    buf[n] = '\0';
    if (memmem(buf, (size_t)n, "SBX_JUDGE_CANARY", 16))
        BREACH("%s holds the judge's environment", path);
    else
        OK("%s: %zd bytes, nothing of the judge", path, n);
}

int main(void)
{
    report_id();
    for (char **e = environ; *e; e++) {
        NOTE("env %s", *e);
        if (strstr(*e, "SBX_JUDGE_CANARY"))
            BREACH("environ holds %s", *e);
    }
    scan_file("/proc/self/environ");
    scan_file("/proc/1/environ");
    scan_file("/proc/1/cmdline");
    DIR *d = opendir("/proc");
    struct dirent *e;
    char path[300];
    while (d && (e = readdir(d))) {
        if (e->d_name[0] < '0' || e->d_name[0] > '9')
            continue;
        snprintf(path, sizeof(path), "/proc/%s/environ", e->d_name);
        scan_file(path);
    }
    if (d)
        closedir(d);
    done();
    return 0;
}
