/* probe.c: what isolation this machine offers this user (for `judge doctor`). */
#define _GNU_SOURCE
#include "sandbox/internal.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static void note(struct sbx_isolation *iso, const char *text)
{
    size_t used = strlen(iso->notes);
    snprintf(iso->notes + used, sizeof(iso->notes) - used, "%s%s", used ? "; " : "", text);
}

/* Runs fn in a child; true when it exits 0. The child never touches the parent's state. */
static bool in_child(int (*fn)(void))
{
    pid_t pid = fork();
    if (pid < 0)
        return false;
    if (pid == 0)
        _exit(fn() == 0 ? 0 : 1);
    int status;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR)
            return false;
    }
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

static int try_user_ns(void)
{
    return unshare(CLONE_NEWUSER);
}

static int try_namespaces(void)
{
    int flags = CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS;
    if (geteuid() != 0)
        flags |= CLONE_NEWUSER;
    return unshare(flags);
}

static int try_seccomp(void)
{
    struct sock_filter allow = BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
    struct sock_fprog prog = {.len = 1, .filter = &allow};
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0)
        return -1;
    return (int)syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog);
}

/* A cgroup v2 hierarchy is usable only where it is the whole hierarchy (not the hybrid
 * "unified" mount beside v1 controllers) and our own cgroup is delegated to us. The judge
 * never writes into a hierarchy the host owns, so this only looks. */
static void probe_cgroup(struct sbx_isolation *iso)
{
    FILE *f = fopen("/proc/self/mounts", "re");
    char line[512];
    bool pure_v2 = false, hybrid = false;
    if (f) {
        while (fgets(line, sizeof(line), f)) {
            char dev[128], dir[256], type[64];
            if (sscanf(line, "%127s %255s %63s", dev, dir, type) != 3)
                continue;
            if (strcmp(type, "cgroup2") == 0 && strcmp(dir, "/sys/fs/cgroup") == 0)
                pure_v2 = true;
            if (strcmp(type, "cgroup") == 0)
                hybrid = true;
        }
        fclose(f);
    }
    iso->cgroup = false;
    if (hybrid)
        note(iso, "cgroups are v1 controllers owned by the host: not used");
    else if (!pure_v2)
        note(iso, "no cgroup v2 hierarchy mounted: not used");
    else
        note(iso, "cgroup v2 present but this version of the judge does not delegate into it");
}

void sbx_probe(struct sbx_isolation *iso)
{
    memset(iso, 0, sizeof(*iso));
    bool root = geteuid() == 0;

    iso->own_uid = root;
    if (!root) {
        iso->user_ns = in_child(try_user_ns);
        if (!iso->user_ns)
            note(iso, "unprivileged user namespaces are disabled (kernel.unprivileged_userns_clone "
                      "or user.max_user_namespaces)");
    }
    iso->namespaces = in_child(try_namespaces);
    if (!iso->namespaces)
        note(iso, "cannot create pid/mount/net/ipc/uts namespaces");
    iso->seccomp = in_child(try_seccomp);
    if (!iso->seccomp)
        note(iso, "seccomp filters are not available");
    iso->seccomp_notify = iso->seccomp && sbx_filter_can_notify();
    if (iso->seccomp && !iso->seccomp_notify)
        note(iso, "no seccomp user notification (Linux < 5.5): blocked calls show as SIGSYS");

    /* The mount view is proven by opening a real box and running a program in it. */
    if (iso->namespaces && iso->seccomp) {
        struct sbx_box_config cfg = {0};
        struct sbx_box *box;
        char err[256];
        if (sbx_box_open(&box, &cfg, err, sizeof(err)) == 0) {
            /* A box may still fall back (JUDGE_SANDBOX_NO_NAMESPACES, a policy): trust it. */
            const struct sbx_isolation *got = sbx_box_isolation(box);
            if (!got->namespaces) {
                iso->namespaces = false;
                note(iso, got->notes);
            }
            struct sbx_run run;
            struct sbx_result res;
            static const char *const argv[] = {"/bin/true", NULL};
            sbx_run_init(&run);
            run.argv = argv;
            run.limits.time_ms = 2000;
            if (sbx_run(box, &run, &res) == 0 && res.status == SBX_EXITED && res.exit_code == 0)
                iso->mount_view = got->mount_view;
            else
                note(iso, res.message);
            sbx_box_close(box);
        } else {
            note(iso, err);
        }
    }
    probe_cgroup(iso);
}
