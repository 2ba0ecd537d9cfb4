/* stdin_dir.c: run with a directory of the host as its standard input (judge exec --stdin
 * DIR, or the judge's own stdin redirected from one). A descriptor of a host directory is
 * a way out of the mount view: create a file there, climb to the host's root, read its
 * files. None of it may work. */
#include "attack.h"
#include <fcntl.h>
#include <sys/stat.h>

int main(void)
{
    report_id();
    struct stat st;
    if (fstat(0, &st) < 0) {
        WRONG("fstat 0: %s", strerror(errno));
        return 1;
    }
    NOTE("stdin is a %s", S_ISDIR(st.st_mode)   ? "directory"
                          : S_ISREG(st.st_mode) ? "file"
                                                : "other");
    char name[128];
    snprintf(name, sizeof(name), "%s-stdin-escape", token());
    int fd = openat(0, name, O_WRONLY | O_CREAT | O_EXCL, 0644);
    if (fd >= 0)
        BREACH("created %s in the host directory given as stdin", name);
    else
        OK("create through stdin: %s", strerror(errno));
    int up = openat(0, "../../..", O_RDONLY | O_DIRECTORY);
    if (up >= 0) {
        int f = openat(up, "etc/passwd", O_RDONLY);
        char buf[64] = "";
        if (f >= 0 && read(f, buf, sizeof(buf) - 1) > 0)
            BREACH("read the host's /etc/passwd through stdin: %.20s", buf);
        else
            OK("host /etc/passwd through stdin: %s", strerror(errno));
    } else {
        OK("climb from stdin: %s", strerror(errno));
    }
    done();
    return 0;
}
