/* box.c: the judge's side of a box: opening it, starting runs, collecting results. */
#define _GNU_SOURCE
#include "sandbox/internal.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <linux/openat2.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/mman.h>
#include <sys/sendfile.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <sys/xattr.h>
#include <poll.h>
#include <unistd.h>

/* How the pieces fit is told at the top of keeper.c. */

#define RUN_UID_BASE 60000

/* A keeper answers well within its own limits: the wipe before the run, the run until its
 * backstop (internal.h), then reaping and draining. Past this much more, it is stuck. */
#define KEEPER_GRACE_MS 10000
/* Setting a box up takes milliseconds; this is for a machine under heavy load. */
#define OPEN_DEADLINE_MS 60000

struct sbx_box {
    int ctl; /* our end of the control socket */
    pid_t keeper;
    int slot_fd; /* holds the uid slot while the box lives */
    int prog_fd; /* /prog, writable */
    int box_fd;  /* /box */
    struct sbx_isolation iso;
    uid_t run_uid; /* who runs are, as the host sees them */
    gid_t run_gid;
    bool running;
    bool broken;
    int64_t deadline_us; /* of the run under way: past it, the keeper is given up */
    int64_t budget_us;   /* how long that run may take, from when the keeper starts it */
    char root[PATH_MAX]; /* the fallback's host directory, removed on close; else "" */
    char error[256];
};

/*
 * Host directories a box depends on: the mount point of a namespaced box for the few
 * milliseconds of its set-up, the whole box in the fallback. sbx_emergency_cleanup() removes
 * them from a signal handler, so this is a fixed table and the removal below allocates
 * nothing.
 */
#define MAX_ROOTS 64
static char roots[MAX_ROOTS][PATH_MAX];

static void root_register(const char *path)
{
    for (int i = 0; i < MAX_ROOTS; i++) {
        if (!roots[i][0]) {
            snprintf(roots[i], sizeof(roots[i]), "%s", path);
            return;
        }
    }
}

static void root_unregister(const char *path)
{
    for (int i = 0; i < MAX_ROOTS; i++) {
        if (strcmp(roots[i], path) == 0)
            roots[i][0] = '\0';
    }
}

void sbx_emergency_cleanup(void)
{
    for (int i = 0; i < MAX_ROOTS; i++) {
        if (!roots[i][0])
            continue;
        int fd = open(roots[i], O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (fd >= 0) {
            sbx_wipe_dir(fd, sbx_now_us() + WIPE_BUDGET_US); /* async-signal-safe */
            close(fd);
        }
        rmdir(roots[i]);
    }
}

static int box_fail(struct sbx_box *box, int ret, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int box_fail(struct sbx_box *box, int ret, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(box->error, sizeof(box->error), fmt, ap);
    va_end(ap);
    return ret;
}

static void note(struct sbx_isolation *iso, const char *text)
{
    size_t used = strlen(iso->notes);
    snprintf(iso->notes + used, sizeof(iso->notes) - used, "%s%s", used ? "; " : "", text);
}

static int write_id_maps(pid_t pid, uid_t uid, gid_t gid)
{
    char path[64], map[64];
    int r;

    snprintf(path, sizeof(path), "/proc/%d/setgroups", (int)pid);
    r = sbx_write_file(path, "deny");
    if (r < 0 && r != -ENOENT)
        return r;
    snprintf(path, sizeof(path), "/proc/%d/uid_map", (int)pid);
    snprintf(map, sizeof(map), "0 %u 1", (unsigned)uid);
    r = sbx_write_file(path, map);
    if (r < 0)
        return r;
    snprintf(path, sizeof(path), "/proc/%d/gid_map", (int)pid);
    snprintf(map, sizeof(map), "0 %u 1", (unsigned)gid);
    return sbx_write_file(path, map);
}

/* Whether a namespace's refusal (an errno of clone or unshare) means this user may have none
 * here: then a box is made without (the fallback), and says so. */
static bool ns_refused(int err)
{
    return err == EPERM || err == EINVAL || err == ENOSPC || err == EUSERS || err == EACCES;
}

#define NO_NAMESPACES                                                                              \
    "no namespaces here: runs see the host's files, as an unprivileged uid of their own; "         \
    "cleanup by process group and subreaper"

static int send_run(struct sbx_box *box, const struct sbx_run *run, bool only_in_place);

int sbx_box_open(struct sbx_box **out, const struct sbx_box_config *cfg_in, char *err,
                 size_t errlen)
{
    struct sbx_box_config cfg = *cfg_in;
    struct sbx_keeper_args args;
    struct sbx_box *box;
    char root[PATH_MAX];
    int ctl[2], r;
    int slot = 0;

    *out = NULL;
    if (cfg.scratch_kib == 0)
        cfg.scratch_kib = 256 * 1024;
    if (cfg.prog_kib == 0)
        cfg.prog_kib = 256 * 1024;
    if (cfg.scratch_kib < 0 || cfg.prog_kib < 0) {
        snprintf(err, errlen, "box sizes must be positive");
        return -EINVAL;
    }
    box = calloc(1, sizeof(*box));
    if (!box) {
        snprintf(err, errlen, "out of memory");
        return -ENOMEM;
    }
    box->ctl = box->slot_fd = box->prog_fd = box->box_fd = -1;
    box->keeper = -1;

    if (access("/proc/self/fd", F_OK) < 0) {
        r = box_fail(box, -ENOENT,
                     "/proc is not mounted: the sandbox needs it to build and "
                     "watch a box");
        goto out_fail;
    }
    if (prctl(PR_GET_SECCOMP) < 0) {
        r = box_fail(box, -ENOSYS, "seccomp is not available: untrusted code cannot be contained");
        goto out_fail;
    }
    box->iso.seccomp = true;
    box->iso.seccomp_notify = sbx_filter_can_notify();
    if (!box->iso.seccomp_notify)
        note(&box->iso, "no seccomp user notification: a blocked call is reported as SIGSYS");

    memset(&args, 0, sizeof(args));
    args.cfg = &cfg;
    if (geteuid() == 0) {
        box->slot_fd = sbx_slot_claim(&slot);
        if (box->slot_fd < 0) {
            r = box_fail(box, box->slot_fd, "cannot claim a sandbox slot: %s",
                         strerror(-box->slot_fd));
            goto out_fail;
        }
        args.run_uid = cfg.uid ? cfg.uid : (uid_t)(RUN_UID_BASE + slot);
        args.run_gid = cfg.gid ? cfg.gid : (gid_t)(RUN_UID_BASE + slot);
        box->run_uid = args.run_uid;
        box->run_gid = args.run_gid;
        box->iso.own_uid = true;
    } else {
        box->iso.user_ns = true;
        args.run_uid = 0; /* root of its own user namespace, without capabilities */
        args.run_gid = 0;
        box->run_uid = geteuid();
        box->run_gid = getegid();
        note(&box->iso, "not root: runs share the judge's uid inside a user namespace");
    }
    const char *force = getenv(SBX_FALLBACK_ENV);
    box->iso.namespaces = !(force && strcmp(force, "1") == 0);
    note(&box->iso, "no delegated cgroup v2: memory and CPU measured with rlimits and wait4");

open_keeper:
    if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, ctl) < 0) {
        r = box_fail(box, -errno, "socketpair: %s", strerror(errno));
        goto out_fail;
    }
    args.ctl = ctl[1];
    r = sbx_exec_page(&args.exec_page);
    if (r < 0) {
        box_fail(box, r, "cannot map the exec page: %s", strerror(-r));
        close(ctl[0]);
        close(ctl[1]);
        goto out_fail;
    }
    /* With namespaces the box's root is a tmpfs the keeper mounts over /tmp in its own,
     * private mount namespace: the host gets no directory at all, not even for a moment. */
    snprintf(root, sizeof(root), "/tmp");
    args.root = root;
    args.iso = box->iso;

    /* The network namespace is the keeper's to make, off this path (keeper.c). */
    unsigned long flags = CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWIPC | CLONE_NEWUTS |
                          (box->iso.user_ns ? CLONE_NEWUSER : 0);
    uid_t my_uid = geteuid();
    gid_t my_gid = getegid();
    pid_t pid = -1;
    /* The keeper starts with its signals blocked (all but the C library's two internal ones,
     * which sigfillset leaves out), until it has reset every disposition (keeper.c): no
     * handler of the caller's ever runs in it. SIGKILL still ends it, as the judge's death
     * does (PR_SET_PDEATHSIG). */
    sigset_t all, caller_mask;
    sigfillset(&all);
    sigprocmask(SIG_SETMASK, NULL, &args.caller_mask);
    if (box->iso.namespaces) {
        sigprocmask(SIG_SETMASK, &all, &caller_mask);
        pid = (pid_t)syscall(SYS_clone, flags | SIGCHLD, NULL, NULL, NULL, 0);
        int clone_errno = errno;
        if (pid != 0)
            sigprocmask(SIG_SETMASK, &caller_mask, NULL);
        errno = clone_errno;
        if (pid < 0 && ns_refused(errno)) {
            note(&box->iso, NO_NAMESPACES);
            box->iso.namespaces = false;
        }
    } else {
        note(&box->iso, SBX_FALLBACK_ENV "=1: namespaces not used");
    }
    if (!box->iso.namespaces && !box->iso.own_uid) {
        /* An ordinary user's runs would keep its uid: its files (hidden tests among them) and
         * its processes to signal. No box rather than that. */
        r = box_fail(box, -EPERM,
                     "cannot isolate runs: no namespaces for this user here, and without them a "
                     "run would have the user's uid, files and processes (run the judge as "
                     "root, or allow unprivileged user namespaces; judge doctor says more)");
        close(ctl[0]);
        close(ctl[1]);
        goto out_fail;
    }
    if (!box->iso.namespaces) {
        /* The fallback's box is a host directory, removed on close (and by
         * sbx_emergency_cleanup() when the judge is interrupted). */
        const char *tmpdir = getenv("TMPDIR");
        if (!tmpdir || tmpdir[0] != '/')
            tmpdir = "/tmp";
        if (sbx_fmt(root, sizeof(root), "%s/judge-box.XXXXXX", tmpdir) < 0 || !mkdtemp(root)) {
            r = box_fail(box, -errno, "cannot create a box directory in %s: %s", tmpdir,
                         strerror(errno));
            close(ctl[0]);
            close(ctl[1]);
            goto out_fail;
        }
        root_register(root);
        snprintf(box->root, sizeof(box->root), "%s", root);
        box->iso.user_ns = false;
        args.iso = box->iso;
        sigprocmask(SIG_SETMASK, &all, &caller_mask);
        pid = fork();
        int fork_errno = errno;
        if (pid != 0)
            sigprocmask(SIG_SETMASK, &caller_mask, NULL);
        errno = fork_errno;
    }
    if (pid < 0) {
        r = box_fail(box, -errno, "cannot create the box's namespaces: %s", strerror(errno));
        close(ctl[0]);
        close(ctl[1]);
        goto out_fail;
    }
    if (pid == 0) {
        close(ctl[0]);
        sbx_keeper_main(&args);
    }
    close(ctl[1]);
    box->ctl = ctl[0];
    box->keeper = pid;

    if (box->iso.user_ns) {
        r = write_id_maps(pid, my_uid, my_gid);
        if (r < 0) {
            box_fail(box, r, "cannot map the user namespace: %s", strerror(-r));
            goto out_kill;
        }
        if (write(box->ctl, "g", 1) != 1) {
            r = box_fail(box, -EPIPE, "the box's keeper died while starting");
            goto out_kill;
        }
    }

    if (cfg.first_run) {
        /* The first run goes with the box's set-up: the keeper finds it waiting once it is
         * ready, with no round trip through this process. With a prog_file, the keeper makes
         * it only if the program is shown in place. */
        box->running = false;
        r = send_run(box, cfg.first_run, cfg.prog_file != NULL);
        if (r == -EPIPE || r == -ECONNRESET)
            box->broken = false; /* a keeper already gone has said why: read on */
        else if (r < 0)
            goto out_kill; /* the run's own mistake, or the socket's */
    } else {
        /* While the keeper builds the box, the seccomp program the first run will want
         * (built once per process: later boxes find it ready). */
        const struct sock_fprog *ignored;
        sbx_profile_bpf(cfg.expect_profile, box->iso.seccomp_notify,
                        box->iso.seccomp_notify &&
                            cfg.expect_memory_mode == SBX_MEMORY_ADDRESS_SPACE,
                        &ignored);
    }

    struct sbx_wire_reply reply;
    int dirs[2], ndirs = 2;
    struct pollfd pfd = {.fd = box->ctl, .events = POLLIN};
    int ready;
    do
        ready = poll(&pfd, 1, OPEN_DEADLINE_MS);
    while (ready < 0 && errno == EINTR);
    if (ready == 0) {
        r = box_fail(box, -ETIMEDOUT, "the box's keeper did not finish setting up in %d s",
                     OPEN_DEADLINE_MS / 1000);
        goto out_kill;
    }
    ssize_t n = sbx_recv(box->ctl, &reply, sizeof(reply), dirs, &ndirs);
    if (n == -ECONNRESET) {
        /* A keeper that failed with the first run unread in its queue: the error comes
         * first, once, then what it said. */
        ndirs = 2;
        n = sbx_recv(box->ctl, &reply, sizeof(reply), dirs, &ndirs);
    }
    if (n == (ssize_t)sizeof(reply) && reply.type == SBX_WIRE_FAIL && box->iso.namespaces &&
        ns_refused(reply.ns_errno)) {
        /* The network namespace, refused after the clone: the same fallback. */
        for (int i = 0; i < ndirs; i++)
            close(dirs[i]);
        kill(box->keeper, SIGKILL);
        waitpid(box->keeper, NULL, 0);
        box->keeper = -1;
        close(box->ctl);
        box->ctl = -1;
        note(&box->iso, NO_NAMESPACES);
        box->iso.namespaces = false;
        goto open_keeper;
    }
    if (n != (ssize_t)sizeof(reply) || reply.type != SBX_WIRE_READY || ndirs != 2) {
        if (n == (ssize_t)sizeof(reply) && reply.type == SBX_WIRE_FAIL)
            r = box_fail(box, -EIO, "cannot set up the box: %s", reply.message);
        else
            r = box_fail(box, -EIO, "the box's keeper died while starting");
        for (int i = 0; i < ndirs; i++)
            close(dirs[i]);
        goto out_kill;
    }
    box->iso = reply.isolation;
    box->prog_fd = dirs[0];
    box->box_fd = dirs[1];
    if (box->running) /* the first run's time starts now, not with the box's set-up */
        box->deadline_us = sbx_now_us() + box->budget_us;
    if (box->running && cfg.prog_file && !box->iso.prog_in_place) {
        /* The first run was not made (its program is not in place): its answer says so. */
        struct sbx_result skipped;
        r = sbx_wait(box, &skipped);
        if (r < 0 || box->broken) {
            r = r < 0 ? r : -EIO;
            goto out_kill;
        }
    }
    *out = box;
    return 0;

out_kill:
    kill(box->keeper, SIGKILL);
    waitpid(box->keeper, NULL, 0);
    box->keeper = -1;
out_fail:
    snprintf(err, errlen, "%s", box->error);
    sbx_box_close(box);
    return r;
}

static void box_close(struct sbx_box *box, bool wait)
{
    if (!box)
        return;
    if (box->ctl >= 0)
        close(box->ctl); /* the keeper sees end of file and exits, killing the box */
    if (box->keeper > 0) {
        kill(box->keeper, SIGKILL);
        while (wait && waitpid(box->keeper, NULL, 0) < 0 && errno == EINTR)
            ;
    }
    if (box->prog_fd >= 0)
        close(box->prog_fd);
    if (box->box_fd >= 0)
        close(box->box_fd);
    if (box->slot_fd >= 0)
        close(box->slot_fd);
    if (box->root[0]) {
        /* The fallback's host directory: everything the runs left, then itself. */
        int fd = open(box->root, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (fd >= 0) {
            sbx_wipe_dir(fd, sbx_now_us() + WIPE_BUDGET_US);
            close(fd);
        }
        rmdir(box->root);
        root_unregister(box->root);
    }
    free(box);
}

void sbx_box_close(struct sbx_box *box)
{
    box_close(box, true);
}

void sbx_box_close_at_exit(struct sbx_box *box)
{
    /* After a run the keeper has killed and reaped all of it before answering (keeper.c),
     * and the keeper itself runs no untrusted code: once SIGKILL is sent, nothing of the box
     * can act again. A run under way or given up, or the fallback's host directory, wants
     * the full close. */
    box_close(box, !box || box->running || box->broken || box->root[0] || !box->iso.namespaces);
}

const char *sbx_box_error(const struct sbx_box *box)
{
    return box->error;
}

const struct sbx_isolation *sbx_box_isolation(const struct sbx_box *box)
{
    return &box->iso;
}

int sbx_box_dirfd(const struct sbx_box *box, enum sbx_area area)
{
    return area == SBX_AREA_PROG ? box->prog_fd : box->box_fd;
}

int sbx_box_pollfd(const struct sbx_box *box)
{
    return box->ctl;
}

int sbx_open_result(int dirfd, const char *name)
{
    struct open_how how = {
        .flags = O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC,
        .resolve = RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS | RESOLVE_NO_XDEV,
    };
    int fd = (int)syscall(SYS_openat2, dirfd, name, &how, sizeof(how));
    if (fd < 0 && errno == ENOSYS) {
        if (strchr(name, '/'))
            return -EINVAL;
        fd = openat(dirfd, name, (int)how.flags);
    }
    if (fd < 0)
        return -errno;
    struct stat st;
    if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
        close(fd);
        return -EINVAL;
    }
    fcntl(fd, F_SETFL, 0); /* O_NONBLOCK only kept a FIFO from blocking the open */
    return fd;
}

static const char *const default_env[] = {
    "PATH=/usr/local/bin:/usr/bin:/bin",
    "HOME=/box",
    "LANG=C.UTF-8",
    NULL,
};

/* The request: the header, cwd, argv and envp as strings, then the seccomp program. */
static int pack(struct sbx_box *box, const struct sbx_run *run, const struct sock_fprog *bpf,
                char *buf, size_t *len)
{
    struct sbx_wire_run *req = (struct sbx_wire_run *)buf;
    const char *const *envp = run->envp ? run->envp : default_env;
    size_t bpf_bytes = (size_t)bpf->len * sizeof(struct sock_filter);
    size_t pos = 0, cap = SBX_WIRE_MAX - sizeof(*req) - bpf_bytes - 8;

#define PUT(s)                                                                                     \
    do {                                                                                           \
        size_t l_ = strlen(s) + 1;                                                                 \
        if (pos + l_ > cap)                                                                        \
            return box_fail(box, -E2BIG, "the command line and environment are too long");         \
        memcpy(req->strings + pos, (s), l_);                                                       \
        pos += l_;                                                                                 \
    } while (0)

    PUT(run->cwd ? run->cwd : "/box");
    req->argc = 0;
    for (; run->argv[req->argc]; req->argc++) {
        if (req->argc >= SBX_MAX_ARGS)
            return box_fail(box, -E2BIG, "more than %d arguments", SBX_MAX_ARGS);
        PUT(run->argv[req->argc]);
    }
    req->envc = 0;
    for (; envp[req->envc]; req->envc++) {
        if (req->envc >= SBX_MAX_ENV)
            return box_fail(box, -E2BIG, "more than %d environment variables", SBX_MAX_ENV);
        PUT(envp[req->envc]);
    }
#undef PUT
    req->strings_len = (uint32_t)pos;
    size_t at = (sizeof(*req) + pos + 7) & ~(size_t)7;
    memcpy(buf + at, bpf->filter, bpf_bytes);
    req->bpf_offset = (uint32_t)at;
    req->bpf_len = bpf->len;
    *len = at + bpf_bytes;
    return 0;
}

/* Whether a run could open the file behind fd for writing (through /proc/self/fd/N): its
 * uid owns it (as after unpacking an archive into the box's range of uids, or always in a
 * user namespace, where runs have the caller's uid), its group may write it, anyone may, or
 * an access control list might say so. */
static bool run_may_write(const struct sbx_box *box, int fd, const struct stat *st)
{
    if (!box->iso.own_uid || st->st_uid == box->run_uid || (st->st_mode & S_IWOTH) ||
        (st->st_gid == box->run_gid && (st->st_mode & S_IWGRP)))
        return true;
    return fgetxattr(fd, "system.posix_acl_access", NULL, 0) >= 0 || errno == ERANGE;
}

/*
 * A descriptor a run is given. A directory or a socket would be a way out of the box (openat
 * relative to it, messages to whatever it is connected to): refused. An input the run could
 * write through (reopening /proc/self/fd/N) is replaced by a sealed memfd copy: the case of a
 * user namespace, where the run has the caller's uid, or of a world-writable file. Returns 0
 * to pass fd as is, a copy's descriptor (> 0), or -EINVAL with a message.
 */
static int check_fd(struct sbx_box *box, int fd, int index, bool input)
{
    static const char *const names[] = {"stdin", "stdout", "stderr"};
    char what[32];
    struct stat st;

    if (index < 3)
        snprintf(what, sizeof(what), "%s", names[index]);
    else
        snprintf(what, sizeof(what), "descriptor %d", index);
    if (fstat(fd, &st) < 0)
        return box_fail(box, -EINVAL, "%s is not an open descriptor", what);
    if (S_ISDIR(st.st_mode) || S_ISSOCK(st.st_mode))
        return box_fail(box, -EINVAL,
                        "%s is a %s: a run may only be given files, pipes and "
                        "devices",
                        what, S_ISDIR(st.st_mode) ? "directory" : "socket");
    if (!input || !S_ISREG(st.st_mode) || !run_may_write(box, fd, &st))
        return 0;

    int copy = memfd_create("judge-input", MFD_CLOEXEC | MFD_ALLOW_SEALING);
    if (copy < 0)
        return box_fail(box, -errno, "cannot copy %s: %s", what, strerror(errno));
    /* The whole file (a reopen through /dev/fd/N sees all of it), then the copy's offset
     * where the original's was (reading the descriptor goes on from there). */
    off_t start = lseek(fd, 0, SEEK_CUR), from = 0;
    for (;;) {
        ssize_t n = sendfile(copy, fd, &from, 1 << 30);
        if (n == 0)
            break;
        if (n < 0) {
            int e = errno;
            close(copy);
            return box_fail(box, -e, "cannot copy %s: %s", what, strerror(e));
        }
    }
    if (fcntl(copy, F_ADD_SEALS, F_SEAL_WRITE | F_SEAL_GROW | F_SEAL_SHRINK | F_SEAL_SEAL) < 0 ||
        lseek(copy, start > 0 ? start : 0, SEEK_SET) < 0) {
        int e = errno;
        close(copy);
        return box_fail(box, -e, "cannot seal the copy of %s: %s", what, strerror(e));
    }
    return copy;
}

int sbx_start(struct sbx_box *box, const struct sbx_run *run)
{
    if (box->broken)
        return box_fail(box, -EPIPE, "the box is broken: %s", box->error);
    if (box->running)
        return box_fail(box, -EBUSY, "a run is already under way in this box");
    return send_run(box, run, false);
}

bool sbx_box_started(const struct sbx_box *box)
{
    return box->running;
}

/* only_in_place: the keeper makes the run only if the box shows its prog_file in place. */
static int send_run(struct sbx_box *box, const struct sbx_run *run, bool only_in_place)
{
    static char buf[SBX_WIRE_MAX] __attribute__((aligned(8)));
    struct sbx_wire_run *req = (struct sbx_wire_run *)buf;
    int fds[3 + SBX_MAX_EXTRA_FDS], nfds = 0;
    size_t len = 0;
    int r;

    if (!run->argv || !run->argv[0] || !run->argv[0][0])
        return box_fail(box, -EINVAL, "no program to run");
    if ((unsigned)run->profile >= SBX_PROFILE_COUNT)
        return box_fail(box, -EINVAL, "unknown seccomp profile %d", (int)run->profile);

    memset(req, 0, sizeof(*req));
    req->type = SBX_WIRE_RUN;
    req->profile = (uint32_t)run->profile;
    req->keep_files = run->keep_files;
    req->only_in_place = only_in_place;
    req->limits = run->limits;
    r = sbx_limits_resolve(&req->limits, box->error, sizeof(box->error));
    if (r < 0)
        return r;
    const struct sock_fprog *bpf;
    bool notify = box->iso.seccomp_notify;
    r = sbx_profile_bpf(run->profile, notify,
                        notify && req->limits.memory_mode == SBX_MEMORY_ADDRESS_SPACE, &bpf);
    if (r < 0)
        return box_fail(box, r, "cannot build the seccomp filter: %s", strerror(-r));
    r = pack(box, run, bpf, buf, &len);
    if (r < 0)
        return r;

    const int stdio[3] = {run->stdin_fd, run->stdout_fd, run->stderr_fd};
    int copies[3 + SBX_MAX_EXTRA_FDS], ncopies = 0;
    for (int i = 0; i < 3 + SBX_MAX_EXTRA_FDS; i++) {
        int fd = i < 3 ? stdio[i] : run->extra_fds[i - 3];
        if (fd < 0) {
            if (i >= 3)
                break;
            continue;
        }
        r = check_fd(box, fd, i, i != 1 && i != 2);
        if (r < 0) {
            for (int k = 0; k < ncopies; k++)
                close(copies[k]);
            return r;
        }
        if (r > 0) {
            copies[ncopies++] = r; /* a sealed copy stands in for the caller's file */
            fd = r;
        }
        req->fd_present[i] = 1;
        fds[nfds++] = fd;
    }
    req->nfds = (uint32_t)nfds;
    r = sbx_send(box->ctl, buf, len, fds, nfds);
    for (int k = 0; k < ncopies; k++)
        close(copies[k]);
    if (r < 0) {
        box->broken = true;
        return box_fail(box, r, "the box's keeper is gone: %s", strerror(-r));
    }
    box->running = true;
    box->budget_us = WIPE_BUDGET_US +
                     (int64_t)(SBX_WALL_BACKSTOP_MS(req->limits.wall_ms) + KEEPER_GRACE_MS) * 1000;
    box->deadline_us = sbx_now_us() + box->budget_us;
    return 0;
}

int sbx_wait(struct sbx_box *box, struct sbx_result *result)
{
    struct sbx_wire_reply reply;

    memset(result, 0, sizeof(*result));
    result->status = SBX_SANDBOX_ERROR;
    result->exit_code = -1;
    result->output_bytes = -1;
    if (!box->running) {
        snprintf(result->message, sizeof(result->message), "no run under way");
        return box_fail(box, -EINVAL, "no run under way");
    }
    struct pollfd pfd = {.fd = box->ctl, .events = POLLIN};
    int ready;
    do
        ready = poll(&pfd, 1, sbx_wait_timeout_ms(box));
    while (ready < 0 && errno == EINTR);
    box->running = false;
    if (ready == 0) {
        /* Stuck (in the kernel, or a bug): the box goes, and whatever ran in it. */
        kill(box->keeper, SIGKILL);
        box->broken = true;
        box_fail(box, -ETIMEDOUT,
                 "the box's keeper did not answer within its deadline and was stopped");
        snprintf(result->message, sizeof(result->message), "%s", box->error);
        return -ETIMEDOUT;
    }
    ssize_t n = sbx_recv(box->ctl, &reply, sizeof(reply), NULL, NULL);
    if (n != (ssize_t)sizeof(reply) || reply.type != SBX_WIRE_RESULT) {
        box->broken = true;
        snprintf(result->message, sizeof(result->message), "the box's keeper died");
        return box_fail(box, -EPIPE, "the box's keeper died");
    }
    *result = reply.result;
    if (reply.unusable) {
        box->broken = true;
        reply.message[sizeof(reply.message) - 1] = '\0';
        box_fail(box, -EIO, "%s", reply.message);
    }
    return 0;
}

int sbx_wait_timeout_ms(const struct sbx_box *box)
{
    if (!box->running)
        return -1;
    int64_t left = box->deadline_us - sbx_now_us();
    if (left <= 0)
        return 0;
    return left / 1000 > INT32_MAX ? INT32_MAX : (int)(left / 1000) + 1;
}

bool sbx_box_usable(const struct sbx_box *box)
{
    return !box->broken;
}

int sbx_kill(struct sbx_box *box)
{
    uint32_t type = SBX_WIRE_KILL;
    if (!box->running)
        return 0;
    return sbx_send(box->ctl, &type, sizeof(type), NULL, 0);
}

int sbx_run(struct sbx_box *box, const struct sbx_run *run, struct sbx_result *result)
{
    int r = sbx_start(box, run);
    if (r < 0) {
        memset(result, 0, sizeof(*result));
        result->status = SBX_SANDBOX_ERROR;
        result->exit_code = -1;
        result->output_bytes = -1;
        snprintf(result->message, sizeof(result->message), "%s", box->error);
        return r;
    }
    return sbx_wait(box, result);
}

void sbx_run_init(struct sbx_run *run)
{
    memset(run, 0, sizeof(*run));
    run->stdin_fd = run->stdout_fd = run->stderr_fd = -1;
    for (int i = 0; i < SBX_MAX_EXTRA_FDS; i++)
        run->extra_fds[i] = -1;
    run->profile = SBX_PROFILE_NATIVE;
}

/* ---- names ---- */

static const char *const status_names[SBX_STATUS_COUNT] = {
    [SBX_EXITED] = "exited",
    [SBX_SIGNALED] = "signaled",
    [SBX_TIME_LIMIT] = "time limit",
    [SBX_WALL_LIMIT] = "wall limit",
    [SBX_MEMORY_LIMIT] = "memory limit",
    [SBX_OUTPUT_LIMIT] = "output limit",
    [SBX_BLOCKED_SYSCALL] = "blocked syscall",
    [SBX_SANDBOX_ERROR] = "sandbox error",
};

const char *sbx_status_name(enum sbx_status status)
{
    return (unsigned)status < SBX_STATUS_COUNT ? status_names[status] : "unknown";
}

static const char *const profile_names[SBX_PROFILE_COUNT] = {
    [SBX_PROFILE_NATIVE] = "native",
    [SBX_PROFILE_INTERPRETER] = "interpreter",
    [SBX_PROFILE_JVM] = "jvm",
    [SBX_PROFILE_COMPILER] = "compiler",
};

const char *sbx_profile_name(enum sbx_profile profile)
{
    return (unsigned)profile < SBX_PROFILE_COUNT ? profile_names[profile] : "unknown";
}

int sbx_profile_parse(const char *name, enum sbx_profile *out)
{
    for (int i = 0; i < SBX_PROFILE_COUNT; i++) {
        if (strcmp(name, profile_names[i]) == 0) {
            *out = (enum sbx_profile)i;
            return 0;
        }
    }
    return -1;
}

const char *sbx_signal_name(int sig)
{
    static char names[65][16];
    if (sig <= 0 || sig > 64)
        return "unknown signal";
    if (!names[sig][0]) {
        const char *abbrev = sigabbrev_np(sig);
        if (abbrev)
            snprintf(names[sig], sizeof(names[sig]), "SIG%s", abbrev);
        else
            snprintf(names[sig], sizeof(names[sig]), "signal %d", sig);
    }
    return names[sig];
}
