/* read_secret.c: looks for a secret file the driver put next to the program on the host
 * (argv[1]: its host path) and for other host files the box must not show. */
#include "attack.h"
#include <dirent.h>
#include <fcntl.h>

static void must_not_read(const char *path)
{
    char buf[256];
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
    for (ssize_t i = 0; i < n; i++)
        if (buf[i] == '\n')
            buf[i] = ' ';
    BREACH("read %s: %s", path, buf);
}

int main(int argc, char **argv)
{
    report_id();
    if (argc < 2)
        return 2;
    const char *secret = argv[1];
    must_not_read(secret);
    /* The same name next to the program's copy in /prog. */
    const char *base = strrchr(secret, '/') ? strrchr(secret, '/') + 1 : secret;
    char near[512];
    snprintf(near, sizeof(near), "/prog/%s", base);
    must_not_read(near);
    /* /prog must hold the program and nothing else. */
    DIR *d = opendir("/prog");
    struct dirent *e;
    while (d && (e = readdir(d))) {
        if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..") && !strstr(argv[0], e->d_name))
            BREACH("/prog holds %s", e->d_name);
    }
    if (d)
        closedir(d);
    must_not_read("/etc/shadow");
    must_not_read("/etc/passwd");
    must_not_read("/etc/hostname");
    must_not_read("/root/.bash_history");
    must_not_read("/home");
    must_not_read("/var/log/syslog");
    must_not_read("/run/systemd/notify");
    done();
    return 0;
}
