/* self_write.c: the program itself, shown at /prog/<name> (the host's file, bound read-only,
 * when everyone may run it; else a copy): it must not be able to change, replace or remove
 * it, nor reach the directory it came from (unmounting is the filter's: unshare_mount.c). Prints
 * "INO n" for the driver to tell a file shown in place from a copy. */
#include "attack.h"
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/time.h>

int main(int argc, char **argv)
{
    (void)argc;
    const char *self = argv[0];
    struct stat st;
    report_id();
    MUST_WORK(stat(self, &st), "stat of itself");
    printf("INO %llu\n", (unsigned long long)st.st_ino);
    MUST_FAIL(open(self, O_WRONLY | O_APPEND), "open itself for writing");
    MUST_FAIL(open(self, O_RDWR), "open itself read-write");
    MUST_FAIL(truncate(self, 0), "truncate itself");
    MUST_FAIL(chmod(self, 04777), "chmod itself");
    MUST_FAIL(utimes(self, NULL), "touch itself");
    MUST_FAIL(unlink(self), "unlink itself");
    MUST_FAIL(rename(self, "/box/moved"), "move itself");
    /* Through /proc: its own executable must lead nowhere writable either. */
    MUST_FAIL(open("/proc/self/exe", O_WRONLY), "open /proc/self/exe for writing");
    int fd = open("/proc/self/exe", O_PATH);
    if (fd >= 0) {
        char parent[64];
        snprintf(parent, sizeof(parent), "/proc/self/fd/%d/..", fd);
        struct stat pst;
        if (stat(parent, &pst) == 0 && pst.st_ino != 0) {
            /* ".." of a file is not a path: the kernel refuses it. */
            BREACH("a directory reached through its executable: %s", parent);
        } else {
            OK("no directory through its executable: %s", strerror(errno));
        }
        close(fd);
    }
    done();
    return 0;
}
