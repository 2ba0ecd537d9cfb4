/* unshare_mount.c: argv[1] "unshare": a new user and mount namespace; "mount": a tmpfs over
 * /box; "clone": a child in a new user namespace (compiler profile, where clone is allowed
 * without namespace flags); "mount-api": fsopen. All are blocked calls. */
#define _GNU_SOURCE
#include "attack.h"
#include <sched.h>
#include <signal.h>
#include <sys/mount.h>
#include <sys/syscall.h>

int main(int argc, char **argv)
{
    report_id();
    if (argc < 2)
        return 2;
    if (strcmp(argv[1], "unshare") == 0)
        TRY_BLOCKED(unshare(CLONE_NEWUSER | CLONE_NEWNS), "unshare(NEWUSER|NEWNS)");
    else if (strcmp(argv[1], "mount") == 0)
        TRY_BLOCKED(mount("none", "/box", "tmpfs", 0, NULL), "mount tmpfs on /box");
    else if (strcmp(argv[1], "clone") == 0)
        TRY_BLOCKED(syscall(SYS_clone, CLONE_NEWUSER | SIGCHLD, NULL, NULL, NULL, 0),
                    "clone(CLONE_NEWUSER)");
    else if (strcmp(argv[1], "mount-api") == 0)
        TRY_BLOCKED(syscall(SYS_fsopen, "tmpfs", 0), "fsopen(tmpfs)");
    return 0;
}
