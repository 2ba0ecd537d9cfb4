/* keeper.c: the process that owns a box and runs programs in it, one after another. */
#define _GNU_SOURCE
#include "sandbox/internal.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <linux/futex.h>
#include <linux/seccomp.h>
#include <linux/sockios.h>
#include <poll.h>
#include <sched.h>
#include <seccomp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

/*
 * Theory of operation
 *
 * Three kinds of process take part in a run:
 *
 *   judge   the caller of the library (box.c). It never forks untrusted code itself.
 *   keeper  created by the judge with clone() in new PID, mount, IPC and UTS namespaces
 *           (and a user namespace when the judge is not root). It is PID 1 of its PID
 *           namespace, builds the mount view once (mounts.c) while a thread of its makes
 *           the box's network namespace, enters that, then serves runs forever. It starts
 *           with its signals blocked until every disposition is the default again: no
 *           handler of the judge's runs in it. It dies with the judge (PR_SET_PDEATHSIG, a
 *           SIGKILL), and the kernel then kills everything in the namespace and frees the
 *           box's mounts.
 *   run     forked by the keeper for each run. Between fork and exec it takes its
 *           descriptors, becomes the box's unprivileged uid with no capabilities (identity.c),
 *           takes its rlimits (limits.c), sets no_new_privs and installs the profile's
 *           seccomp filter, then execs the program. Its descendants, if the profile lets it
 *           have any, are part of the run. After a box's first run, a thread of the keeper
 *           (the spawner, below) installs that run's filter once and forks the later run
 *           children that want the same one: they inherit it instead of installing it.
 *
 * Descriptors:
 *
 *   ctl     a SOCK_SEQPACKET pair between judge and keeper: run requests (with the run's
 *           stdin/stdout/stderr and extra descriptors attached), kill requests, results.
 *           End of file on it means the judge is gone: the keeper exits.
 *   sync    a pair per run between keeper and run child, close-on-exec: the child sends its
 *           seccomp listener over it, or the step that failed and its errno; end of file
 *           means the exec happened.
 *   listener  seccomp user notifications: a blocked call is named here and ends the run; an
 *           allocation that would go over the memory limit is refused here and remembered.
 *   sigchld  a signalfd: some process of the run ended.
 *   captures a pipe each for the run's stdout and stderr when the caller gave regular files:
 *           the keeper appends what arrives to the caller's file (struct capture), so that a
 *           run can neither seek back, truncate nor read back its output, every byte of
 *           stdout counts against the output limit, and stderr past its cap is dropped.
 *
 * Who kills whom: the keeper ends a run when its first process ends, when a limit is hit
 * (CPU time checked against /proc with a timer no later than the soonest moment the limit
 * could be reached; the wall clock, not counting the time the run's threads waited on a run
 * queue; resident memory in that mode, and in both modes what the run keeps in the scratch
 * tmpfs, which is no larger than the memory limit; the output limit), when a blocked call is
 * made, or when the judge asks. The judge in turn gives up a keeper that has not answered by
 * a deadline derived from the run's limits (box.c). Ending means kill(-1, SIGKILL): as PID 1 of the
 * namespace that reaches every process of the run however it detached itself, and nothing else.
 * Then the keeper reaps everything, adding up each process's rusage: CPU time of the whole tree is
 * the sum, peak memory the larger of the largest single ru_maxrss (plus what the run left in the
 * scratch space) and the largest sample of the tree's sum (plus the scratch space in use then). The
 * next run starts with /box, /tmp and /dev/shm emptied; a tree the wipe cannot remove within its
 * budget makes the box unusable, and its user opens another.
 */

/* Child set-up steps, reported with errno when one fails. */
enum child_step {
    STEP_SIGNALS = 1,
    STEP_SESSION,
    STEP_FDS,
    STEP_CWD,
    STEP_IDENTITY,
    STEP_RLIMITS,
    STEP_NO_NEW_PRIVS,
    STEP_SECCOMP,
    STEP_EXEC,
};

static const char *const step_names[] = {
    [STEP_SIGNALS] = "cannot reset signals",
    [STEP_SESSION] = "cannot start a session",
    [STEP_FDS] = "cannot set up descriptors",
    [STEP_CWD] = "cannot enter the working directory",
    [STEP_IDENTITY] = "cannot drop privileges",
    [STEP_RLIMITS] = "cannot set limits",
    [STEP_NO_NEW_PRIVS] = "cannot set no_new_privs",
    [STEP_SECCOMP] = "cannot install the seccomp filter",
    [STEP_EXEC] = "cannot execute",
};

struct sync_msg {
    char type; /* 'L': the listener is attached; 'E': a step failed */
    int step;
    int err;
};

#define CHILD_STACK_SIZE (256 * 1024)
#define FD_BASE          100 /* where the child parks descriptors before placing them */
/* Besides its loadable segments, a program needs a stack, the vDSO and the loader's pages
 * before it runs. */
#define IMAGE_HEADROOM_KIB 1024L

struct keeper {
    int ctl;
    const char *root; /* the fallback's host directory; unused with namespaces */
    pid_t self;
    int devnull;
    int sigchld;
    struct sbx_mount_fds fds;
    struct sbx_isolation iso;
    uid_t uid;
    gid_t gid;
    bool change_ids;
    char *exec_page;
    char *child_stack;
    bool ready_pending;                  /* READY is still to be sent */
    struct spawner *spawner;             /* or NULL: each run child installs its filter itself */
    const struct sock_fprog *served_bpf; /* the program of the run just served, if it ran */
    int ncpu;
    long scratch_max_kib;   /* the size the box was opened with */
    long scratch_kib;       /* the size /box, /tmp and /dev/shm have now */
    long scratch_base_kib;  /* what the emptied scratch space itself uses */
    int64_t wipe_budget_us; /* how long emptying the box may take */
};

/* Everything the child needs, prepared before fork so that it allocates nothing. */
struct child_plan {
    const char *argv[SBX_MAX_ARGS + 1];
    const char *envp[SBX_MAX_ENV + 1];
    const char *cwd;
    int fds[3 + SBX_MAX_EXTRA_FDS];
    int nfds;
    struct sbx_rlimits rlimits;
    const struct sock_fprog *bpf;
    bool notify;
    int sync;
    const struct keeper *keeper;
    const uint64_t *secret; /* made by the spawner: its filter is already in place, and the
                               calls it gates carry this in their unused argument slots */
};

/* ---- the run child: between fork and exec ---- */

static _Noreturn void child_fail(int sync, int step, int err)
{
    /* sendmsg, not send: after the filter is installed it is the one call of the family that
     * every profile allows, and a blocked call here would wait for the keeper, which is
     * waiting for this message. */
    struct sync_msg m = {.type = 'E', .step = step, .err = err};
    sbx_send(sync, &m, sizeof(m), NULL, 0);
    _exit(127);
}

static _Noreturn void run_child(const struct keeper *k, const struct child_plan *p)
{
    int sync = p->sync;
    sigset_t all;

    /* Dispositions were reset once in the keeper (see sbx_keeper_main); only the mask,
     * which blocks SIGCHLD for the keeper's signalfd, is the keeper's own. */
    sigemptyset(&all);
    if (sigprocmask(SIG_SETMASK, &all, NULL) < 0)
        child_fail(sync, STEP_SIGNALS, errno);
    if (prctl(PR_SET_PDEATHSIG, SIGKILL) < 0)
        child_fail(sync, STEP_SIGNALS, errno);
    /* No controlling terminal, its own process group. */
    if ((p->secret ? syscall(SYS_setsid, 0L, 0L, p->secret[0], p->secret[1]) : setsid()) < 0)
        child_fail(sync, STEP_SESSION, errno);

    /* Park every descriptor high, then place them at 0, 1, 2, 3...; close the rest. */
    int parked[3 + SBX_MAX_EXTRA_FDS];
    for (int i = 0; i < p->nfds; i++) {
        parked[i] = fcntl(p->fds[i], F_DUPFD_CLOEXEC, FD_BASE);
        if (parked[i] < 0)
            child_fail(sync, STEP_FDS, errno);
    }
    int sync_high = fcntl(sync, F_DUPFD_CLOEXEC, FD_BASE + 16);
    if (sync_high < 0)
        child_fail(sync, STEP_FDS, errno);
    sync = sync_high;
    for (int i = 0; i < p->nfds; i++) {
        if (dup2(parked[i], i) < 0)
            child_fail(sync, STEP_FDS, errno);
    }
    if (syscall(SYS_close_range, p->nfds, sync - 1, 0) < 0 ||
        syscall(SYS_close_range, sync + 1, ~0U, 0) < 0)
        child_fail(sync, STEP_FDS, errno);

    if (chdir(p->cwd) < 0)
        child_fail(sync, STEP_CWD, errno);
    int r = sbx_drop_identity(k->uid, k->gid, k->change_ids, p->secret);
    if (r < 0)
        child_fail(sync, STEP_IDENTITY, -r);
    for (int i = 0; i < p->rlimits.count; i++) {
        if (setrlimit(p->rlimits.resource[i], &p->rlimits.value[i]) < 0)
            child_fail(sync, STEP_RLIMITS, errno);
    }
    if (p->secret) /* no_new_privs and the filter came with the spawner's thread */
        goto exec;
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0)
        child_fail(sync, STEP_NO_NEW_PRIVS, errno);
    if (p->notify) {
        int listener = (int)syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER,
                                    SECCOMP_FILTER_FLAG_NEW_LISTENER, p->bpf);
        if (listener < 0)
            child_fail(sync, STEP_SECCOMP, errno);
        struct sync_msg m = {.type = 'L'};
        if (sbx_send(sync, &m, sizeof(m), &listener, 1) < 0)
            _exit(127);
        close(listener);
    } else if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, p->bpf) < 0) {
        child_fail(sync, STEP_SECCOMP, errno);
    }
exec:
    execve(k->exec_page, (char *const *)p->argv, (char *const *)p->envp);
    child_fail(sync, STEP_EXEC, errno);
}

static int child_entry(void *arg)
{
    const struct child_plan *p = arg;
    run_child(p->keeper, p);
}

/* ---- the spawner: a box's filter installed once, not for every run ---- */

/*
 * Installing a profile's program is most of what a run in a reused box costs beyond a bare
 * fork and exec: the kernel converts it to eBPF and compiles it, 0.1-0.2 ms each time. So
 * once a box has served a run, the keeper starts a thread that sets no_new_privs and installs
 * that run's program once, behind sbx_filter_spawner()'s prefix, then clones every later run
 * child that wants the same program; the child inherits the filter and installs none. The
 * thread keeps the keeper's identity (each child drops its own, the secret in hand), belongs
 * to PID 1, which nothing inside the namespace can signal, and makes no call but read, write
 * and that one clone. A run that wants another program is made as before.
 */
#define SPAWNER_STACK_SIZE (64 * 1024)
/* How long making a run child may take before the keeper ends it (it cannot take long). */
#define SPAWN_DEADLINE_MS 10000

struct spawner {
    struct sock_fprog base;   /* the program as the judge sent it, to match later runs with */
    struct sock_fprog filter; /* the same behind the prefix: what the thread installed */
    bool notify;
    uint64_t secret[2];
    int go, done;   /* eventfds: keeper to thread, thread to keeper */
    int listener;   /* the filter's notifications, for every run it makes; or -1 */
    bool checked;   /* the thread's first word (did the install work) has been read */
    bool installed; /* it did: the thread lives as long as the keeper */
    bool usable;
    const struct child_plan *plan; /* the run child to make, while `go` is pending */
    pid_t pid;
    int err;
    char *stack;
    const struct keeper *keeper;
};

static int spawner_main(void *arg)
{
    struct spawner *sp = arg;
    uint64_t one = 1, v;
    long fd = -1;
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) == 0)
        fd = syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER,
                     sp->notify ? SECCOMP_FILTER_FLAG_NEW_LISTENER : 0, &sp->filter);
    sp->listener = sp->notify && fd >= 0 ? (int)fd : -1;
    sp->err = fd < 0 ? errno : 0;
    if (write(sp->done, &one, sizeof(one)) != sizeof(one) || fd < 0)
        return 0; /* the thread ends; runs are made as before */
    for (;;) {
        if (read(sp->go, &v, sizeof(v)) != sizeof(v))
            continue;
        /* The secret's halves go where the prefix looks for them: parent_tid and child_tid,
         * which the kernel ignores without CLONE_PARENT_SETTID and CLONE_CHILD_*TID. */
        sp->pid = clone(child_entry, sp->keeper->child_stack + CHILD_STACK_SIZE,
                        CLONE_VM | CLONE_VFORK | SIGCHLD, (void *)sp->plan,
                        (pid_t *)(uintptr_t)sp->secret[0], NULL, (pid_t *)(uintptr_t)sp->secret[1]);
        sp->err = sp->pid < 0 ? errno : 0;
        if (write(sp->done, &one, sizeof(one)) != sizeof(one))
            return 0; /* cannot happen with an eventfd; the keeper's wait would end the box */
    }
}

static void spawner_start(struct keeper *k, const struct sock_fprog *bpf, bool notify)
{
    struct spawner *sp = calloc(1, sizeof(*sp));
    if (!sp)
        return;
    sp->keeper = k;
    sp->notify = notify;
    sp->listener = sp->go = sp->done = -1;
    sp->stack = MAP_FAILED;
    sp->base.len = bpf->len;
    sp->base.filter = malloc(bpf->len * sizeof(*bpf->filter));
    if (!sp->base.filter ||
        getrandom(sp->secret, sizeof(sp->secret), 0) != (ssize_t)sizeof(sp->secret))
        goto fail;
    memcpy(sp->base.filter, bpf->filter, bpf->len * sizeof(*bpf->filter));
    if (sbx_filter_spawner(&sp->base, sp->secret, &sp->filter) < 0)
        goto fail;
    sp->go = eventfd(0, EFD_CLOEXEC);
    sp->done = eventfd(0, EFD_CLOEXEC);
    sp->stack = mmap(NULL, SPAWNER_STACK_SIZE, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
    if (sp->go < 0 || sp->done < 0 || sp->stack == MAP_FAILED)
        goto fail;
    /* A thread of the keeper's, not a process: it shares the keeper's descriptors (the
     * listener it makes is the keeper's at once) and is as unreachable as PID 1. */
    if (clone(spawner_main, sp->stack + SPAWNER_STACK_SIZE,
              CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD | CLONE_SYSVSEM,
              sp) < 0)
        goto fail;
    k->spawner = sp;
    return;
fail:
    if (sp->go >= 0)
        close(sp->go);
    if (sp->done >= 0)
        close(sp->done);
    if (sp->stack != MAP_FAILED)
        munmap(sp->stack, SPAWNER_STACK_SIZE);
    free(sp->filter.filter);
    free(sp->base.filter);
    free(sp);
}

/* Reads the thread's first word once: whether it installed the filter and lives on. */
static void spawner_check(struct spawner *sp)
{
    if (sp->checked)
        return;
    uint64_t v;
    while (read(sp->done, &v, sizeof(v)) < 0 && errno == EINTR)
        ;
    sp->checked = true;
    sp->installed = sp->usable = sp->err == 0;
}

/* The spawner's thread, when it lives: a task of the keeper's (see sbx_limits_rlimits()). */
static int spawner_threads(struct keeper *k)
{
    if (!k->spawner)
        return 0;
    spawner_check(k->spawner);
    return k->spawner->installed ? 1 : 0;
}

/* Whether the spawner holds exactly the program this run wants. */
static bool spawner_fits(struct keeper *k, const struct sock_fprog *bpf, bool notify)
{
    struct spawner *sp = k->spawner;
    if (!sp)
        return false;
    spawner_check(sp);
    return sp->usable && sp->notify == notify && sp->base.len == bpf->len &&
           memcmp(sp->base.filter, bpf->filter, bpf->len * sizeof(*bpf->filter)) == 0;
}

/* Has the spawner's thread clone the run child; returns its pid, or -1 and the errno in
 * *err. The keeper waits as it does for its own vfork: until the exec, or the child's end. */
static pid_t spawner_spawn(struct keeper *k, const struct child_plan *plan, int *err)
{
    struct spawner *sp = k->spawner;
    uint64_t one = 1, v;
    sp->plan = plan;
    if (write(sp->go, &one, sizeof(one)) != sizeof(one)) {
        *err = errno;
        sp->usable = false;
        return -1;
    }
    /* The listener is left alone meanwhile: what comes on it is the run's, which may have
     * exec'd before the thread says so. A child that could not get past a call before its
     * exec would wait on it forever: the deadline ends it, and runs are made as before. */
    struct pollfd pfd = {.fd = sp->done, .events = POLLIN};
    int n;
    while ((n = poll(&pfd, 1, SPAWN_DEADLINE_MS)) < 0 && errno == EINTR)
        ;
    if (n == 0) {
        kill(-1, SIGKILL);
        sp->usable = false;
    }
    while (read(sp->done, &v, sizeof(v)) < 0 && errno == EINTR)
        ;
    *err = sp->err;
    return sp->pid;
}

/* ---- the keeper: one run ---- */

/* stdout or stderr on its way to the caller's file: the run writes into a pipe, the keeper
 * appends what comes, up to `keep` bytes, and drops the rest. The run can neither seek
 * back, truncate, nor read what it wrote, so the file is no storage of its. */
struct capture {
    int pipe;          /* the keeper's end; -1 when given as is, or once drained */
    int file;          /* the caller's file */
    long long written; /* every byte the run wrote */
    long long keep;    /* what goes into the file */
};

struct run_state {
    pid_t main;
    int main_status;
    bool main_done;
    int listener;
    bool shared_listener; /* the spawner's, which outlives the run */
    int64_t start_us, end_us;
    long reaped_cpu_us;
    long peak_kib;         /* the largest resident size of any one process */
    long sampled_peak_kib; /* the largest sample of the tree's resident size plus scratch */
    long scratch_end_kib;  /* what it left in /box, /tmp and /dev/shm */
    long run_delay_ms;     /* the longest any thread waited for a CPU, last measured */
    struct capture out[2]; /* stdout, stderr */
    bool over_time, over_wall, over_memory, over_output, killed_by_judge, judge_gone;
    unsigned long refused_alloc_bytes;
    char blocked[32];
};

/* What the run keeps in the scratch tmpfs (/box, /tmp, /dev/shm share it), in KiB. */
static long scratch_used_kib(const struct keeper *k)
{
    struct statfs sf;
    if (!k->iso.namespaces || fstatfs(k->fds.box, &sf) < 0)
        return 0; /* the fallback's directories live on the host's file system */
    long used = (long)((sf.f_blocks - sf.f_bfree) * (unsigned long)sf.f_bsize / 1024);
    return used > k->scratch_base_kib ? used - k->scratch_base_kib : 0;
}

/* Moves what the run wrote into its capture file; at end of file, closes the pipe. */
static void drain(const struct keeper *k, struct capture *c)
{
    static char buf[65536];
    while (c->pipe >= 0) {
        long long room = c->written < c->keep ? c->keep - c->written : 0;
        size_t want = room > 0 && room < (long long)sizeof(buf) ? (size_t)room : sizeof(buf);
        ssize_t n =
            splice(c->pipe, NULL, room > 0 ? c->file : k->devnull, NULL, want, SPLICE_F_NONBLOCK);
        if (n < 0 && errno == EINVAL) {
            /* A file splice cannot write to (opened for appending): through memory. */
            n = read(c->pipe, buf, want);
            for (ssize_t off = 0; n > 0 && room > 0 && off < n;) {
                ssize_t w = write(c->file, buf + off, (size_t)(n - off));
                if (w <= 0) {
                    c->keep = c->written; /* the file takes no more: drop the rest */
                    break;
                }
                off += w;
            }
        }
        if (n > 0) {
            c->written += n;
        } else if (n == 0) {
            close(c->pipe);
            c->pipe = -1;
        } else if (errno == EAGAIN) {
            return;
        } else if (errno != EINTR) {
            c->keep = c->written; /* the file refuses (full?): drop the rest, keep reading */
            if (room == 0) {
                close(c->pipe); /* even /dev/null refuses: give up on this stream */
                c->pipe = -1;
            }
        }
    }
}

/* Reaps what ended; returns false once the keeper has no child left at all. */
static bool reap(struct run_state *s, int flags)
{
    for (;;) {
        int status;
        struct rusage ru;
        pid_t pid = wait4(-1, &status, flags | __WALL, &ru);
        if (pid <= 0)
            return !(pid < 0 && errno == ECHILD);
        s->reaped_cpu_us += ru.ru_utime.tv_sec * 1000000L + ru.ru_utime.tv_usec +
                            ru.ru_stime.tv_sec * 1000000L + ru.ru_stime.tv_usec;
        if (ru.ru_maxrss > s->peak_kib)
            s->peak_kib = ru.ru_maxrss;
        if (pid == s->main) {
            s->main_status = status;
            s->main_done = true;
            s->end_us = sbx_now_us();
        }
    }
}

/* Ends every process of the run and reaps them all. */
static void end_run(const struct keeper *k, struct run_state *s)
{
    if (k->iso.namespaces) {
        /* PID 1 of the box's namespace: this reaches every process of the run, however it
         * detached itself, and nothing else. */
        kill(-1, SIGKILL);
        reap(s, 0);
        return;
    }
    /* The fallback: the run's process group, then every child the keeper has; as a
     * subreaper it inherits the orphans of whatever it kills, so repeat until none is
     * left. */
    kill(-s->main, SIGKILL);
    for (int round = 0; reap(s, WNOHANG); round++) {
        pid_t children[256];
        int n = sbx_children(k->self, children, 256);
        for (int i = 0; i < n; i++)
            kill(children[i], SIGKILL);
        if (round > 0)
            usleep(1000);
    }
}

/* A call reached the keeper: either a blocked call (the run ends) or a large allocation
 * to check against the memory limit. Returns true when the run must end. */
static bool handle_notification(struct run_state *s, const struct sbx_limits *limits)
{
    char buf[512] __attribute__((aligned(8)));
    char rbuf[256] __attribute__((aligned(8)));
    struct seccomp_notif *req = (void *)buf;
    struct seccomp_notif_resp *resp = (void *)rbuf;

    memset(buf, 0, sizeof(buf));
    if (ioctl(s->listener, SECCOMP_IOCTL_NOTIF_RECV, req) < 0)
        return false; /* the caller died meanwhile */
    memset(rbuf, 0, sizeof(rbuf));
    resp->id = req->id;

    if (limits->memory_mode == SBX_MEMORY_ADDRESS_SPACE &&
        sbx_filter_is_alloc_check(req->data.arch, req->data.nr)) {
        unsigned long want = req->data.nr == SCMP_SYS(mmap)
                                 ? (unsigned long)req->data.args[1]
                                 : (unsigned long)(req->data.args[2] > req->data.args[1]
                                                       ? req->data.args[2] - req->data.args[1]
                                                       : 0);
        long vm_kib = sbx_vm_size_kib((pid_t)req->pid);
        if (vm_kib >= 0 &&
            (unsigned long)vm_kib * 1024 + want > (unsigned long)limits->memory_kib * 1024) {
            if (want > s->refused_alloc_bytes)
                s->refused_alloc_bytes = want;
            resp->error = -ENOMEM;
        } else {
            resp->flags = SECCOMP_USER_NOTIF_FLAG_CONTINUE;
        }
        ioctl(s->listener, SECCOMP_IOCTL_NOTIF_SEND, resp);
        return false;
    }
    sbx_filter_syscall_name(req->data.arch, req->data.nr, s->blocked, sizeof(s->blocked));
    return true;
}

static int timeout_ms(const struct keeper *k, const struct run_state *s,
                      const struct sbx_limits *limits, long cpu_ms)
{
    int64_t now = sbx_now_us();
    long wall_left =
        (long)((s->start_us + (limits->wall_ms + s->run_delay_ms) * 1000 - now) / 1000);
    /* The soonest the CPU limit can be reached: every CPU busy from now on. */
    long cpu_left = (limits->time_ms - cpu_ms) / k->ncpu;
    long t = wall_left < cpu_left ? wall_left : cpu_left;
    long cap = limits->memory_mode == SBX_MEMORY_RESIDENT ? 10 : 200;
    if (t > cap)
        t = cap;
    if (t < 1)
        t = 1;
    return (int)t;
}

/* Whether the run has been over its wall-time limit: the time it waited for a CPU does not
 * count (a loaded machine is not the program's doing), up to a backstop. */
static bool over_wall(const struct keeper *k, struct run_state *s, const struct sbx_limits *limits)
{
    long elapsed_ms = (long)((sbx_now_us() - s->start_us) / 1000);
    if (elapsed_ms <= limits->wall_ms + s->run_delay_ms)
        return false;
    long delay = sbx_tree_run_delay_ms(k->self, !k->iso.namespaces);
    if (delay > s->run_delay_ms)
        s->run_delay_ms = delay;
    return elapsed_ms - s->run_delay_ms > limits->wall_ms ||
           elapsed_ms > SBX_WALL_BACKSTOP_MS(limits->wall_ms);
}

/* Watches the run until its first process ends or something ends it. Output is moved as it
 * comes; the tree's CPU time and memory are sampled no more often than timeout_ms() says. */
static void monitor(struct keeper *k, struct run_state *s, const struct sbx_limits *limits)
{
    long cpu_ms = 0;
    int64_t next_check = s->start_us + (int64_t)timeout_ms(k, s, limits, 0) * 1000;
    for (;;) {
        struct pollfd pfd[5] = {
            {.fd = k->sigchld, .events = POLLIN},     {.fd = k->ctl, .events = POLLIN},
            {.fd = s->listener, .events = POLLIN}, /* poll() skips a negative fd */
            {.fd = s->out[0].pipe, .events = POLLIN}, {.fd = s->out[1].pipe, .events = POLLIN},
        };
        int64_t now = sbx_now_us();
        int wait = next_check > now ? (int)((next_check - now + 999) / 1000) : 0;
        int n = poll(pfd, 5, wait);
        if (n < 0 && errno != EINTR)
            return;
        if (pfd[0].revents & POLLIN) {
            struct signalfd_siginfo si;
            while (read(k->sigchld, &si, sizeof(si)) == sizeof(si))
                ;
        }
        reap(s, WNOHANG);
        if (s->main_done)
            return;
        if (pfd[1].revents) {
            char buf[SBX_WIRE_MAX];
            ssize_t len = sbx_recv(k->ctl, buf, sizeof(buf), NULL, NULL);
            if (len <= 0) {
                s->judge_gone = true;
                return;
            }
            if ((size_t)len >= sizeof(uint32_t) && *(uint32_t *)buf == SBX_WIRE_KILL) {
                s->killed_by_judge = true;
                return;
            }
        }
        if (s->listener >= 0 && (pfd[2].revents & POLLIN)) {
            if (handle_notification(s, limits))
                return;
        }
        if (s->listener >= 0 && (pfd[2].revents & (POLLHUP | POLLERR))) {
            if (s->shared_listener)
                k->spawner->usable = false; /* its thread is gone: make runs as before */
            else
                close(s->listener); /* every process of the run is gone or exec'd past it */
            s->listener = -1;
        }
        for (int i = 0; i < 2; i++) {
            if (pfd[3 + i].revents)
                drain(k, &s->out[i]);
        }
        if (s->out[0].written > s->out[0].keep && s->out[0].pipe >= 0) {
            s->over_output = true;
            return;
        }
        if (sbx_now_us() < next_check)
            continue;

        struct sbx_tree_usage u;
        sbx_tree_usage(k->self, !k->iso.namespaces, &u);
        cpu_ms = s->reaped_cpu_us / 1000 + u.cpu_ms;
        long scratch = scratch_used_kib(k);
        long total = u.rss_kib + scratch;
        if (total > s->sampled_peak_kib)
            s->sampled_peak_kib = total;
        if (cpu_ms > limits->time_ms) {
            s->over_time = true;
            return;
        }
        if (over_wall(k, s, limits)) {
            s->over_wall = true;
            return;
        }
        /* Memory kept in the box's files is memory too. */
        if ((limits->memory_mode == SBX_MEMORY_RESIDENT || scratch > 0) &&
            total > limits->memory_kib) {
            s->over_memory = true;
            return;
        }
        next_check = sbx_now_us() + (int64_t)timeout_ms(k, s, limits, cpu_ms) * 1000;
    }
}

/* Turns what happened into a result. */
static void decide(const struct run_state *s, const struct sbx_limits *limits, struct sbx_result *r)
{
    long cpu_ms = s->reaped_cpu_us / 1000;
    long peak = s->peak_kib > s->sampled_peak_kib ? s->peak_kib : s->sampled_peak_kib;
    /* What it left in the box's files counts with its largest process. */
    if (s->scratch_end_kib > 0 && s->peak_kib + s->scratch_end_kib > peak)
        peak = s->peak_kib + s->scratch_end_kib;
    int st = s->main_status;
    bool abnormal = !s->main_done || WIFSIGNALED(st) || (WIFEXITED(st) && WEXITSTATUS(st));

    r->cpu_ms = cpu_ms;
    r->end_us = s->end_us ? s->end_us : sbx_now_us();
    r->wall_ms = (long)((r->end_us - s->start_us) / 1000);
    r->peak_memory_kib = peak;
    r->exit_code = (s->main_done && WIFEXITED(st)) ? WEXITSTATUS(st) : -1;
    r->signal = (s->main_done && WIFSIGNALED(st)) ? WTERMSIG(st) : 0;
    const struct capture *out = &s->out[0];
    r->output_bytes =
        out->file >= 0 ? (long)(out->written < out->keep ? out->written : out->keep) : -1;
    bool over_output = s->over_output || (out->file >= 0 && out->written > out->keep);

    if (s->blocked[0]) {
        r->status = SBX_BLOCKED_SYSCALL;
        snprintf(r->syscall, sizeof(r->syscall), "%s", s->blocked);
        snprintf(r->message, sizeof(r->message), "blocked system call: %s", s->blocked);
    } else if (s->killed_by_judge) {
        r->status = SBX_SIGNALED;
        r->signal = SIGKILL;
        r->exit_code = -1;
        snprintf(r->message, sizeof(r->message), "stopped by the judge");
    } else if (s->over_time || cpu_ms > limits->time_ms ||
               ((r->signal == SIGXCPU || r->signal == SIGKILL) && cpu_ms >= limits->time_ms)) {
        r->status = SBX_TIME_LIMIT;
        snprintf(r->message, sizeof(r->message), "time limit: %.3f s of CPU (limit %.3f s)",
                 (double)cpu_ms / 1000, (double)limits->time_ms / 1000);
    } else if (s->over_wall) {
        r->status = SBX_WALL_LIMIT;
        snprintf(r->message, sizeof(r->message),
                 "wall-time limit: ran %.3f s of wall time (%.3f s of it waiting for a CPU), "
                 "%.3f s of CPU (limit %.3f s)",
                 (double)r->wall_ms / 1000, (double)s->run_delay_ms / 1000, (double)cpu_ms / 1000,
                 (double)limits->wall_ms / 1000);
    } else if (s->over_memory || (abnormal && s->refused_alloc_bytes) ||
               (abnormal && peak * 10 >= limits->memory_kib * 9) ||
               (s->scratch_end_kib > 0 && peak > limits->memory_kib)) {
        r->status = SBX_MEMORY_LIMIT;
        if (s->refused_alloc_bytes && !s->over_memory)
            snprintf(r->message, sizeof(r->message),
                     "memory limit: an allocation of %lu MiB was refused (limit %ld MiB)",
                     s->refused_alloc_bytes >> 20, limits->memory_kib / 1024);
        else
            snprintf(r->message, sizeof(r->message), "memory limit: %ld MiB used (limit %ld MiB)",
                     peak / 1024, limits->memory_kib / 1024);
    } else if (r->signal == SIGXFSZ || over_output) {
        r->status = SBX_OUTPUT_LIMIT;
        snprintf(r->message, sizeof(r->message), "output limit: more than %ld KiB written",
                 limits->output_kib);
    } else if (r->signal) {
        r->status = SBX_SIGNALED;
        snprintf(r->message, sizeof(r->message), "killed by %s (%s)", sbx_signal_name(r->signal),
                 strsignal(r->signal));
    } else {
        r->status = SBX_EXITED;
        snprintf(r->message, sizeof(r->message), "exited with code %d", r->exit_code);
    }
}

/* Finds a program given without a slash in PATH, as execvp would, inside the box. */
static int resolve(const char *prog, const char *path_env, char *out, size_t len)
{
    if (strchr(prog, '/'))
        return sbx_fmt(out, len, "%s", prog) < 0 ? -ENAMETOOLONG : 0;
    const char *p = path_env ? path_env : "/usr/local/bin:/usr/bin:/bin";
    while (*p) {
        const char *colon = strchr(p, ':');
        size_t dirlen = colon ? (size_t)(colon - p) : strlen(p);
        if (dirlen > 0 && (size_t)snprintf(out, len, "%.*s/%s", (int)dirlen, p, prog) < len &&
            access(out, X_OK) == 0)
            return 0;
        p += dirlen + (colon ? 1 : 0);
    }
    return -ENOENT;
}

static void fail_result(struct sbx_result *r, const char *fmt, const char *arg, int err)
{
    r->status = SBX_SANDBOX_ERROR;
    r->exit_code = -1;
    r->output_bytes = -1;
    snprintf(r->message, sizeof(r->message), fmt, arg, strerror(err));
}

/* The fallback has no mount view: the box's own paths live under a host directory. */
static const char *const box_paths[] = {"/box", "/prog", "/tmp", "/dev/shm", NULL};

static const char *translate(const struct keeper *k, const char *s, char **pos, char *end)
{
    for (int i = 0; box_paths[i]; i++) {
        size_t l = strlen(box_paths[i]);
        if (strncmp(s, box_paths[i], l) != 0 || (s[l] != '\0' && s[l] != '/'))
            continue;
        const char *dir = strcmp(box_paths[i], "/dev/shm") == 0 ? "/shm" : box_paths[i];
        int n = snprintf(*pos, (size_t)(end - *pos), "%s%s%s", k->root, dir, s + l);
        if (n < 0 || n >= end - *pos)
            return NULL;
        const char *out = *pos;
        *pos += n + 1;
        return out;
    }
    return s;
}

static int translate_plan(const struct keeper *k, struct child_plan *plan, uint32_t argc,
                          uint32_t envc)
{
    static char buf[SBX_WIRE_MAX * 2];
    char *pos = buf, *end = buf + sizeof(buf);
    static char tmpdir[PATH_MAX + 16];

    if (!(plan->cwd = translate(k, plan->cwd, &pos, end)))
        return -1;
    for (uint32_t i = 0; i < argc; i++) {
        if (!(plan->argv[i] = translate(k, plan->argv[i], &pos, end)))
            return -1;
    }
    bool has_tmpdir = false;
    for (uint32_t i = 0; i < envc; i++) {
        const char *eq = strchr(plan->envp[i], '=');
        if (!eq)
            continue;
        has_tmpdir |= strncmp(plan->envp[i], "TMPDIR=", 7) == 0;
        const char *value = translate(k, eq + 1, &pos, end);
        if (!value)
            return -1;
        if (value != eq + 1) {
            int n = snprintf(pos, (size_t)(end - pos), "%.*s%s", (int)(eq + 1 - plan->envp[i]),
                             plan->envp[i], value);
            if (n < 0 || n >= end - pos)
                return -1;
            plan->envp[i] = pos;
            pos += n + 1;
        }
    }
    if (!has_tmpdir && envc < SBX_MAX_ENV) {
        snprintf(tmpdir, sizeof(tmpdir), "TMPDIR=%s/tmp", k->root);
        plan->envp[envc] = tmpdir;
        plan->envp[envc + 1] = NULL;
    }
    return 0;
}

/* Makes the scratch space (/box, /tmp, /dev/shm) no larger than the run's memory limit:
 * what a run keeps there is memory it uses. Reconfiguring the tmpfs costs a few system
 * calls, and only when the limit changes. */
static int fit_scratch(struct keeper *k, long memory_kib)
{
    long want = memory_kib < k->scratch_max_kib ? memory_kib : k->scratch_max_kib;
    if (!k->iso.namespaces || want == k->scratch_kib)
        return 0;
    int r = sbx_scratch_resize(k->fds.box, want);
    if (r == 0)
        k->scratch_kib = want;
    return r;
}

/* The run's stdout and stderr: a regular file of the caller's is reached through a pipe
 * (struct capture); a pipe or a device is given as it is. Returns 0 or -errno. */
static int capture_outputs(struct child_plan *plan, struct run_state *s,
                           const struct sbx_limits *limits)
{
    for (int i = 0; i < 2; i++) {
        struct capture *c = &s->out[i];
        struct stat st;
        int fd = plan->fds[1 + i], p[2];
        c->pipe = c->file = -1;
        if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode))
            continue;
        c->file = fcntl(fd, F_DUPFD_CLOEXEC, 3);
        if (c->file < 0 || pipe2(p, O_CLOEXEC) < 0)
            return -errno;
        /* Fewer wake-ups for a program that writes a lot; the default size is fine too. */
        fcntl(p[0], F_SETPIPE_SZ, 256 * 1024);
        fcntl(p[0], F_SETFL, O_NONBLOCK);
        c->pipe = p[0];
        c->keep = (i == 0 ? limits->output_kib : limits->stderr_kib) * 1024LL;
        plan->fds[1 + i] = p[1]; /* the run's end; closed here once the run has it */
    }
    return 0;
}

static void release_captures(struct run_state *s, const struct child_plan *plan)
{
    for (int i = 0; i < 2; i++) {
        if (s->out[i].pipe >= 0)
            close(s->out[i].pipe);
        if (s->out[i].file >= 0)
            close(s->out[i].file);
        s->out[i].pipe = s->out[i].file = -1;
    }
    (void)plan;
}

static void serve_run_fds(struct keeper *k, struct sbx_wire_run *req, size_t len, int *fds,
                          int nfds, struct sbx_wire_reply *reply);

/* READY: what the box got, and descriptors of its /prog and /box; sent once. The judge, woken
 * by it, competes with the keeper for a CPU: with the first run already sent with the box
 * (sbx_box_config.first_run), READY goes once that run's program has started, or before its
 * answer if it never does. */
static void send_ready(struct keeper *k)
{
    if (!k->ready_pending)
        return;
    k->ready_pending = false;
    struct sbx_wire_reply reply;
    memset(&reply, 0, sizeof(reply));
    reply.type = SBX_WIRE_READY;
    reply.isolation = k->iso;
    int dirs[2] = {k->fds.prog, k->fds.box};
    if (sbx_send(k->ctl, &reply, sizeof(reply), dirs, 2) < 0)
        _exit(1);
    close(k->fds.prog);
    k->fds.prog = -1;
}

/* Serves one run request; closes the descriptors that came with it. */
static void serve_run(struct keeper *k, struct sbx_wire_run *req, size_t len, int *fds, int nfds,
                      struct sbx_wire_reply *reply)
{
    serve_run_fds(k, req, len, fds, nfds, reply);
    for (int i = 0; i < nfds; i++) {
        if (fds[i] >= 0)
            close(fds[i]);
    }
}

/* The box cannot take this run, nor any other: the judge is told, and opens a new box. */
static void give_up_box(struct sbx_wire_reply *reply, const char *why, int err)
{
    if (err)
        fail_result(&reply->result, "%s: %s", why, err);
    else
        fail_result(&reply->result, "%s%.0s", why, 0); /* why says it all */
    reply->unusable = 1;
    snprintf(reply->message, sizeof(reply->message), "%s", reply->result.message);
}

static void serve_run_fds(struct keeper *k, struct sbx_wire_run *req, size_t len, int *fds,
                          int nfds, struct sbx_wire_reply *reply)
{
    static struct child_plan plan;
    struct sbx_result *r = &reply->result;
    struct run_state s = {.listener = -1,
                          .out = {{.pipe = -1, .file = -1}, {.pipe = -1, .file = -1}}};
    char *p = req->strings, *end = req->strings + req->strings_len;
    const char *path_env = NULL;
    int sync[2];

    memset(&plan, 0, sizeof(plan));
    memset(r, 0, sizeof(*r));
    r->output_bytes = -1;

    /* The request comes from the judge, which is trusted; still, check its shape. */
    if (req->argc < 1 || req->argc > SBX_MAX_ARGS || req->envc > SBX_MAX_ENV ||
        req->profile >= SBX_PROFILE_COUNT || req->strings_len == 0 ||
        len < sizeof(*req) + req->strings_len || req->bpf_len == 0 || req->bpf_len > BPF_MAXINSNS ||
        req->bpf_offset % 8 || req->bpf_offset < sizeof(*req) + req->strings_len ||
        req->bpf_offset + (size_t)req->bpf_len * sizeof(struct sock_filter) > len ||
        req->strings[req->strings_len - 1] != '\0') {
        fail_result(r, "%s: %s", "malformed run request", EINVAL);
        return;
    }
    plan.cwd = p;
    p += strlen(p) + 1;
    for (uint32_t i = 0; i < req->argc; i++) {
        if (p >= end) {
            fail_result(r, "%s: %s", "malformed run request", EINVAL);
            return;
        }
        plan.argv[i] = p;
        p += strlen(p) + 1;
    }
    for (uint32_t i = 0; i < req->envc; i++) {
        if (p >= end) {
            fail_result(r, "%s: %s", "malformed run request", EINVAL);
            return;
        }
        plan.envp[i] = p;
        if (strncmp(p, "PATH=", 5) == 0)
            path_env = p + 5;
        p += strlen(p) + 1;
    }

    /* Descriptors: the attached ones in order; /dev/null where stdio was not given. */
    int next = 0;
    plan.nfds = 0;
    for (int i = 0; i < 3 + SBX_MAX_EXTRA_FDS; i++) {
        if (req->fd_present[i] && next < nfds)
            plan.fds[plan.nfds++] = fds[next++];
        else if (i < 3)
            plan.fds[plan.nfds++] = k->devnull;
        else
            break;
    }

    if (!k->iso.namespaces && translate_plan(k, &plan, req->argc, req->envc) < 0) {
        fail_result(r, "%s: %s", "the command line is too long for the fallback box", E2BIG);
        return;
    }
    if (!k->iso.namespaces) {
        path_env = NULL;
        for (uint32_t i = 0; i < req->envc; i++) {
            if (strncmp(plan.envp[i], "PATH=", 5) == 0)
                path_env = plan.envp[i] + 5;
        }
    }

    /* Every run starts clean. What the last run left may be any tree at all; the wipe ends
     * on any of them, and one it cannot empty in time makes the box unusable. */
    int64_t wipe_deadline = sbx_now_us() + k->wipe_budget_us;
    int w = req->keep_files ? 0 : sbx_wipe_dir(k->fds.box, wipe_deadline);
    if (w == 0 && !req->keep_files)
        w = sbx_wipe_dir(k->fds.tmp, wipe_deadline);
    if (w == 0 && !req->keep_files)
        w = sbx_wipe_dir(k->fds.shm, wipe_deadline);
    if (w < 0) {
        give_up_box(reply, "cannot empty the box after the last run", -w);
        return;
    }
    int e = fit_scratch(k, req->limits.memory_kib);
    if (e < 0) {
        give_up_box(reply, "cannot size the box's scratch space", -e);
        return;
    }

    e = resolve(plan.argv[0], path_env, k->exec_page, SBX_EXEC_PAGE_SIZE);
    if (e < 0) {
        fail_result(r, "cannot execute %s: %s", plan.argv[0], -e);
        return;
    }
    /* A program whose image alone does not fit in the memory limit (a static array larger
     * than the limit) would fail inside execve, after the point of no return, and die of
     * SIGSEGV before its first instruction: that is a memory limit, said at once. */
    if (req->limits.memory_mode == SBX_MEMORY_ADDRESS_SPACE) {
        long image = sbx_image_kib(k->exec_page);
        if (image >= 0 && image + IMAGE_HEADROOM_KIB > req->limits.memory_kib) {
            r->status = SBX_MEMORY_LIMIT;
            r->exit_code = -1;
            r->peak_memory_kib = image;
            r->end_us = sbx_now_us();
            snprintf(r->message, sizeof(r->message),
                     "memory limit: the program's image needs %ld MiB before it starts "
                     "(limit %ld MiB)",
                     (image + 1023) / 1024, req->limits.memory_kib / 1024);
            return;
        }
    }
    sbx_limits_rlimits(&req->limits, k->iso.user_ns ? 1 + spawner_threads(k) : 0, &plan.rlimits);
    plan.notify = k->iso.seccomp_notify;
    /* The judge built the profile's program once for all its boxes, and sent it along. */
    static struct sock_fprog bpf;
    bpf.len = (unsigned short)req->bpf_len;
    bpf.filter = (struct sock_filter *)((char *)req + req->bpf_offset);
    plan.bpf = &bpf;
    if (!req->keep_files) { /* what the emptied space itself takes is not the run's */
        k->scratch_base_kib = 0;
        k->scratch_base_kib = scratch_used_kib(k);
    }

    e = capture_outputs(&plan, &s, &req->limits);
    if (e < 0) {
        for (int i = 1; i < 3; i++) {
            if (s.out[i - 1].pipe >= 0)
                close(plan.fds[i]);
        }
        release_captures(&s, &plan);
        fail_result(r, "%s: %s", "cannot capture the output", -e);
        return;
    }
    if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sync) < 0) {
        e = errno;
        for (int i = 1; i < 3; i++) {
            if (s.out[i - 1].pipe >= 0)
                close(plan.fds[i]);
        }
        release_captures(&s, &plan);
        fail_result(r, "%s: %s", "socketpair", e);
        return;
    }
    plan.sync = sync[1];

    s.start_us = sbx_now_us();
    /* Like posix_spawn: the child shares the keeper's memory until it execs (the keeper
     * waits meanwhile), so no page table is copied. The child only makes system calls on
     * data prepared here, on its own stack. */
    plan.keeper = k;
    int clone_err = 0;
    if (k->iso.namespaces && spawner_fits(k, &bpf, plan.notify)) {
        plan.secret = k->spawner->secret;
        s.listener = k->spawner->listener;
        s.shared_listener = s.listener >= 0;
        s.main = spawner_spawn(k, &plan, &clone_err);
    } else {
        s.main = clone(child_entry, k->child_stack + CHILD_STACK_SIZE,
                       CLONE_VM | CLONE_VFORK | SIGCHLD, &plan);
        clone_err = errno;
    }
    k->served_bpf = &bpf;
    close(sync[1]);
    /* The child has its copies: holding ours would keep a reader from seeing end of file
     * when the run's side goes away. */
    for (int i = 1; i < 3; i++) {
        if (s.out[i - 1].pipe >= 0)
            close(plan.fds[i]);
    }
    for (int i = 0; i < nfds; i++) {
        close(fds[i]);
        fds[i] = -1;
    }
    if (s.main < 0) {
        close(sync[0]);
        release_captures(&s, &plan);
        fail_result(r, "%s: %s", "clone", clone_err);
        return;
    }

    /* Until the exec: the listener, or the step that failed. */
    int child_step = 0, child_err = 0;
    for (;;) {
        struct sync_msg m;
        int lfd = -1, nl = 1;
        ssize_t n = sbx_recv(sync[0], &m, sizeof(m), &lfd, &nl);
        if (n <= 0)
            break;
        if (m.type == 'L' && nl == 1)
            s.listener = lfd;
        else if (m.type == 'E') {
            child_step = m.step;
            child_err = m.err;
        }
    }
    close(sync[0]);
    send_ready(k);

    if (!child_step)
        monitor(k, &s, &req->limits);
    end_run(k, &s);
    if (s.listener >= 0 && !s.shared_listener)
        close(s.listener);
    /* Every writer is gone: what is left in the pipes ends with end of file. */
    for (int i = 0; i < 2; i++)
        drain(k, &s.out[i]);
    s.scratch_end_kib = scratch_used_kib(k);

    if (child_step == STEP_EXEC && child_err == ENOMEM) {
        r->status = SBX_MEMORY_LIMIT;
        r->exit_code = -1;
        r->end_us = sbx_now_us();
        snprintf(r->message, sizeof(r->message),
                 "memory limit: the program cannot be loaded within %ld MiB",
                 req->limits.memory_kib / 1024);
    } else if (child_step) {
        const char *what = child_step < (int)(sizeof(step_names) / sizeof(step_names[0]))
                               ? step_names[child_step]
                               : "cannot start";
        r->status = SBX_SANDBOX_ERROR;
        r->exit_code = -1;
        r->end_us = sbx_now_us();
        if (child_step == STEP_EXEC || child_step == STEP_CWD)
            snprintf(r->message, sizeof(r->message), "%s %s: %s", what,
                     child_step == STEP_EXEC ? plan.argv[0] : plan.cwd, strerror(child_err));
        else
            snprintf(r->message, sizeof(r->message), "%s: %s", what, strerror(child_err));
    } else {
        decide(&s, &req->limits, r);
    }
    release_captures(&s, &plan);
    if (s.judge_gone)
        _exit(0);
}

/* ---- the keeper's life ---- */

/* The fallback's "view": plain directories under the host directory. */
static int fallback_view(struct keeper *k, char *err, size_t errlen)
{
    static const struct {
        const char *name;
        mode_t mode;
        bool owned;
    } dirs[] = {
        {"box", 0755, true}, {"tmp", 01777, true}, {"shm", 01777, true}, {"prog", 0755, false}};
    int *fd[] = {&k->fds.box, &k->fds.tmp, &k->fds.shm, &k->fds.prog};
    int root = open(k->root, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (root < 0 || fchmod(root, 0755) < 0) {
        snprintf(err, errlen, "cannot open %s: %s", k->root, strerror(errno));
        return -1;
    }
    for (size_t i = 0; i < 4; i++) {
        if (mkdirat(root, dirs[i].name, dirs[i].mode) < 0 ||
            fchmodat(root, dirs[i].name, dirs[i].mode, 0) < 0 ||
            (dirs[i].owned && k->change_ids &&
             fchownat(root, dirs[i].name, k->uid, k->gid, 0) < 0) ||
            (*fd[i] = openat(root, dirs[i].name, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) < 0) {
            snprintf(err, errlen, "cannot create %s/%s: %s", k->root, dirs[i].name,
                     strerror(errno));
            close(root);
            return -1;
        }
    }
    close(root);
    return 0;
}

/* ns_errno: when the system refused the box a namespace, why (see box.c); else 0. */
static _Noreturn void keeper_fail_ns(int ctl, const char *msg, int ns_errno)
{
    struct sbx_wire_reply reply;
    memset(&reply, 0, sizeof(reply));
    reply.type = SBX_WIRE_FAIL;
    reply.ns_errno = ns_errno;
    snprintf(reply.message, sizeof(reply.message), "%s", msg);
    sbx_send(ctl, &reply, sizeof(reply), NULL, 0);
    _exit(1);
}

static _Noreturn void keeper_fail(int ctl, const char *msg)
{
    keeper_fail_ns(ctl, msg, 0);
}

/* ---- the box's network namespace, made while the view is built ---- */

/*
 * A new network namespace is most of what the namespaces' clone costs (0.5-0.7 ms of it: the
 * kernel sets up a loopback device and the protocols' tables), and no run needs it before the
 * view is built (1 ms). So the judge clones the keeper without one, a thread of the keeper
 * unshares one while the keeper builds the view, and the keeper enters it (setns) before it
 * says READY: before any run, and before it makes any socket. The thread names the namespace
 * by a socket made in it (SIOCGSKNS), which needs no /proc while the view is being pivoted.
 * A namespace the system refuses (unshare's error) fails the box, never leaves a run in the
 * host's network: the judge then does what it does when the clone is refused (box.c). Any
 * other failure here fails the box, and that is all.
 *
 * The thread has no TLS of its own, so its errno would be the keeper's, which the view
 * writes meanwhile (EEXIST, ENOENT...): its calls are made raw, returning -errno.
 */
#define NETNS_STACK_SIZE (64 * 1024)

struct netns_maker {
    int fd;       /* the namespace, once made */
    int err;      /* or why not */
    bool refused; /* err is unshare's */
    int done;     /* set (and woken) once fd or err is */
    pid_t tid;    /* the thread's, until it has exited: the kernel clears it then */
    char *stack;
};

static void futex_wait_while(int *word, int value)
{
    while (__atomic_load_n(word, __ATOMIC_ACQUIRE) == value)
        syscall(SYS_futex, word, FUTEX_WAIT, value, NULL, NULL, 0);
}

/* A system call that leaves errno alone: the result, or -errno. */
static long raw_syscall4(long nr, long a, long b, long c, long d)
{
#if defined(__x86_64__)
    long ret;
    register long r10 __asm__("r10") = d;
    __asm__ volatile("syscall"
                     : "=a"(ret)
                     : "a"(nr), "D"(a), "S"(b), "d"(c), "r"(r10)
                     : "rcx", "r11", "memory");
    return ret;
#elif defined(__aarch64__)
    register long x8 __asm__("x8") = nr;
    register long x0 __asm__("x0") = a;
    register long x1 __asm__("x1") = b;
    register long x2 __asm__("x2") = c;
    register long x3 __asm__("x3") = d;
    __asm__ volatile("svc 0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2), "r"(x3) : "memory");
    return x0;
#else
    /* Elsewhere errno is shared after all: a wrong reason at worst, and the box fails. */
    long ret = syscall(nr, a, b, c, d);
    return ret < 0 ? -errno : ret;
#endif
}

static long raw_syscall3(long nr, long a, long b, long c)
{
    return raw_syscall4(nr, a, b, c, 0);
}

/* Every signal's disposition back to the default: runs inherit them, and an ignored one would
 * stay ignored past exec. Raw calls (the network thread has no errno of its own), which reach
 * the C library's two internal signals too, as signal() would not. */
static void reset_dispositions(void)
{
    long sa[8] = {0}; /* SIG_DFL, whichever layout and size the architecture's has */
    for (int sig = 1; sig < NSIG; sig++)
        raw_syscall4(SYS_rt_sigaction, sig, (long)sa, 0, NSIG / 8); /* KILL, STOP: refused */
}

static int netns_main(void *arg)
{
    struct netns_maker *m = arg;
    long r = raw_syscall3(SYS_unshare, CLONE_NEWNET, 0, 0);
    m->refused = r < 0;
    if (r == 0) {
        long sock = raw_syscall3(SYS_socket, AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        /* close-on-exec, as every nsfs descriptor */
        r = sock < 0 ? sock : raw_syscall3(SYS_ioctl, sock, SIOCGSKNS, 0);
        if (sock >= 0)
            raw_syscall3(SYS_close, sock, 0, 0);
    }
    m->fd = r < 0 ? -1 : (int)r;
    m->err = r < 0 ? (int)-r : 0;
    __atomic_store_n(&m->done, 1, __ATOMIC_RELEASE);
    raw_syscall3(SYS_futex, (long)&m->done, FUTEX_WAKE, 1);

    /* Then, while the keeper builds the view: the dispositions it shares with the keeper, the
     * judge's until now. The keeper has had its signals blocked since its clone (box.c), so
     * that none of the judge's handlers ever ran in it. */
    reset_dispositions();
    return 0;
}

static int netns_start(struct netns_maker *m)
{
    m->fd = -1;
    m->err = 0;
    m->refused = false;
    m->done = 0;
    m->stack = mmap(NULL, NETNS_STACK_SIZE, PROT_READ | PROT_WRITE,
                    MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
    if (m->stack == MAP_FAILED)
        return -errno;
    /* The kernel sets tid before the thread can run, and clears it (waking a futex waiter)
     * once the thread is gone and its stack free to unmap: what pthread_join() waits for.
     * It inherits the keeper's mask: its signals blocked (box.c). */
    pid_t tid = clone(netns_main, m->stack + NETNS_STACK_SIZE,
                      CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD |
                          CLONE_SYSVSEM | CLONE_PARENT_SETTID | CLONE_CHILD_CLEARTID,
                      m, &m->tid, NULL, &m->tid);
    if (tid < 0) {
        int err = errno;
        munmap(m->stack, NETNS_STACK_SIZE);
        return -err;
    }
    /* A new thread tends to wait for the CPU of its creator, which is about to be busy with
     * the view for as long as the thread needs: it is sent to the others, if there are.
     * (By the tid clone returned: m->tid is 0 once the thread is gone, which would name the
     * keeper itself.) */
    cpu_set_t cpus;
    int here = sched_getcpu();
    if (here >= 0 && sched_getaffinity(0, sizeof(cpus), &cpus) == 0 && CPU_COUNT(&cpus) > 1) {
        CPU_CLR(here, &cpus);
        sched_setaffinity(tid, sizeof(cpus), &cpus); /* gone already: ESRCH */
    }
    return 0;
}

/* Waits for the thread's word, then moves the keeper into its namespace. Returns 0, or
 * -errno (the thread's, and m->refused, when the system refused the namespace). */
static int netns_enter(struct netns_maker *m)
{
    futex_wait_while(&m->done, 0);
    if (m->fd < 0)
        return -m->err;
    int r = setns(m->fd, CLONE_NEWNET) < 0 ? -errno : 0;
    close(m->fd);
    return r;
}

/* Waits for the thread to be gone (it is, or nearly: it had nothing left to do), and frees
 * its stack. */
static void netns_join(struct netns_maker *m)
{
    pid_t tid = __atomic_load_n(&m->tid, __ATOMIC_ACQUIRE);
    if (tid != 0) /* it only ever goes from the thread's tid to 0 */
        futex_wait_while(&m->tid, tid);
    munmap(m->stack, NETNS_STACK_SIZE);
}

/* Once every disposition is the default, the mask the keeper keeps: SIGCHLD blocked (the
 * signalfd's) and, for the fallback's keeper, what its caller blocked, as it did before it
 * blocked everything for its start (box.c). Not more: a signal blocked for good is queued for
 * good, and a run of the keeper's uid (in a user namespace) could so fill the judge's user's
 * quota of pending signals. Unblocked, PID 1 drops the signals of default action. */
static void settle_mask(const struct sbx_keeper_args *a)
{
    sigset_t set;
    if (a->iso.namespaces)
        sigemptyset(&set);
    else
        set = a->caller_mask;
    sigaddset(&set, SIGCHLD);
    sigprocmask(SIG_SETMASK, &set, NULL);
}

/* What every run needs of the box beyond what READY reports, but for the seal (mounts.c):
 * done while the keeper waits for its network namespace, if it has to, else before the first
 * run (after READY, unless that run came with the box).
 * 0, or -1 with a message: the box then refuses every run, as unusable. */
static int keeper_prepare(struct keeper *k, const struct sbx_keeper_args *a, char *err,
                          size_t errlen)
{
    if (k->iso.namespaces) {
        if (sethostname("box", 3) < 0)
            return snprintf(err, errlen, "cannot set the host name: %s", strerror(errno)), -1;
    } else if (prctl(PR_SET_CHILD_SUBREAPER, 1) < 0) {
        /* Orphans of the run come to the keeper, which can then end them. */
        return snprintf(err, errlen, "cannot become a subreaper: %s", strerror(errno)), -1;
    }
    /* What no run may ever gain, settled once for all of them (identity.c). */
    if (sbx_limit_capabilities() < 0)
        return snprintf(err, errlen, "cannot drop the capability bounding set"), -1;

    /* The page execve is allowed from (see filter.c); its address is random (ASLR). */
    k->exec_page = a->exec_page; /* mapped by the judge before the clone: ours is a copy */
    k->child_stack = mmap(NULL, CHILD_STACK_SIZE, PROT_READ | PROT_WRITE,
                          MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
    if (k->child_stack == MAP_FAILED)
        return snprintf(err, errlen, "cannot map the run child's stack"), -1;

    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGCHLD);
    sigprocmask(SIG_BLOCK, &set, NULL);
    k->sigchld = signalfd(-1, &set, SFD_NONBLOCK | SFD_CLOEXEC);
    if (k->sigchld < 0)
        return snprintf(err, errlen, "cannot create a signalfd"), -1;
    return 0;
}

_Noreturn void sbx_keeper_main(struct sbx_keeper_args *a)
{
    static struct keeper k;
    char err[256];

    memset(&k, 0, sizeof(k));
    k.ctl = a->ctl;
    k.iso = a->iso;
    k.uid = a->run_uid;
    k.gid = a->run_gid;
    k.change_ids = getuid() == 0 && !a->iso.user_ns;
    /* The CPUs a run can use: its affinity, inherited from the judge (taskset), which may be
     * fewer than the machine has. One system call, where sysconf(_SC_NPROCESSORS_ONLN) would
     * open and read a file in sysfs at every box's start. */
    cpu_set_t cpus;
    k.ncpu = sched_getaffinity(0, sizeof(cpus), &cpus) == 0 ? CPU_COUNT(&cpus) : 1;
    if (k.ncpu < 1)
        k.ncpu = 1;

    if (prctl(PR_SET_PDEATHSIG, SIGKILL) < 0)
        keeper_fail(k.ctl, "cannot tie the box to the judge");
    k.self = getpid();

    /* The user namespace's maps are written by the judge; wait for its word. Only then may
     * the keeper become non-dumpable, which makes its /proc files (uid_map among them) the
     * kernel's rather than the judge's. */
    if (a->iso.user_ns) {
        char go;
        if (read(k.ctl, &go, 1) != 1)
            _exit(1);
    }
    /* The network namespace takes as long to make as the view to build: its thread starts
     * first, before the rest of the keeper's own set-up. */
    struct netns_maker net;
    if (k.iso.namespaces) {
        /* Built in the host's mount namespace, the view would pivot the root of every process
         * on the machine. The namespaces come from one clone, so being the first process of a
         * PID namespace says this keeper has its own mount namespace too. */
        if (k.self != 1)
            keeper_fail(k.ctl, "the box has no namespaces of its own: refusing to build its view");
        int r = netns_start(&net);
        if (r < 0) {
            snprintf(err, sizeof(err), "cannot start a thread: %s", strerror(-r));
            keeper_fail(k.ctl, err);
        }
    }
    /* The tests shorten the wipe's budget to see a box given up; nobody else needs to. */
    const char *budget = getenv(SBX_WIPE_BUDGET_ENV);
    long budget_ms = budget ? strtol(budget, NULL, 10) : 0;
    k.wipe_budget_us =
        budget_ms > 0 && budget_ms < WIPE_BUDGET_US / 1000 ? budget_ms * 1000L : WIPE_BUDGET_US;
    clearenv();
    /* The box is ours to build: its directories must be as we say, whatever umask the judge's
     * user has (077 would hide /etc and the like from the runs). Runs start with 022 too. */
    umask(022);
    /* Runs inherit dispositions: give them the defaults once, here, rather than in every
     * run child (a handler would be reset by exec anyway; an ignored signal would not). With
     * namespaces, the network thread does it, off the keeper's path. */
    if (!k.iso.namespaces) {
        reset_dispositions();
        settle_mask(a);
    }

    /* Nobody in the box may read this process's memory or environment. */
    prctl(PR_SET_DUMPABLE, 0);

    k.devnull = open("/dev/null", O_RDWR | O_CLOEXEC);
    if (k.devnull < 0)
        keeper_fail(k.ctl, "cannot open /dev/null");
    for (int fd = 0; fd < 3; fd++)
        dup2(k.devnull, fd);

    k.root = a->root;
    k.scratch_max_kib = k.scratch_kib = a->cfg->scratch_kib;
    bool netns_started = false;
    int prepared = 0; /* keeper_prepare() done (1), failed (-1), or still to do */
    char prepare_err[256] = "";
    if (k.iso.namespaces) {
        if (sbx_mount_view(a->root, a->cfg, k.uid, k.gid, &k.fds, err, sizeof(err)) < 0)
            keeper_fail(k.ctl, err);
        /* The namespace is often still being made: the rest of the set-up goes there. */
        if (!__atomic_load_n(&net.done, __ATOMIC_ACQUIRE))
            prepared = keeper_prepare(&k, a, prepare_err, sizeof(prepare_err)) == 0 ? 1 : -1;
        int r = netns_enter(&net);
        netns_started = true;
        if (r < 0) {
            snprintf(err, sizeof(err), "cannot make the box's network namespace: %s", strerror(-r));
            keeper_fail_ns(k.ctl, err, net.refused ? -r : 0);
        }
        k.iso.mount_view = true;
        k.iso.prog_in_place = k.fds.prog_in_place;
    } else {
        if (fallback_view(&k, err, sizeof(err)) < 0)
            keeper_fail(k.ctl, err);
    }

    /* READY as soon as what it reports is settled; the rest of the set-up, which the judge
     * does not wait for but every run does, is done while the judge prepares the first. Unless
     * that run is already on its way (box.c): then READY waits for its program to start. */
    struct sbx_wire_reply reply;
    k.ready_pending = true;
    if (!a->cfg->first_run)
        send_ready(&k);
    if (netns_started) {
        netns_join(&net);
        settle_mask(a);
    }
    /* No run before the host's tree is gone and the root read-only. */
    bool usable = !k.iso.namespaces || sbx_mount_seal(err, sizeof(err)) == 0;
    if (usable && prepared == 0)
        usable = keeper_prepare(&k, a, err, sizeof(err)) == 0;
    else if (usable && prepared < 0) {
        snprintf(err, sizeof(err), "%s", prepare_err);
        usable = false;
    }

    static char buf[SBX_WIRE_MAX] __attribute__((aligned(8)));
    for (;;) {
        int fds[3 + SBX_MAX_EXTRA_FDS], nfds = 3 + SBX_MAX_EXTRA_FDS;
        ssize_t len = sbx_recv(k.ctl, buf, sizeof(buf), fds, &nfds);
        if (len <= 0)
            _exit(0); /* the judge is gone */
        if ((size_t)len < sizeof(uint32_t))
            continue;
        uint32_t type = *(uint32_t *)buf;
        if (type == SBX_WIRE_RUN && (size_t)len >= sizeof(struct sbx_wire_run)) {
            memset(&reply, 0, sizeof(reply));
            reply.type = SBX_WIRE_RESULT;
            k.served_bpf = NULL;
            struct sbx_wire_run *req = (struct sbx_wire_run *)buf;
            if (usable && req->only_in_place && !k.iso.prog_in_place) {
                /* A first run sent with the box (box.c) for a program the view could not
                 * show: its sender copies the program and sends the run again. */
                reply.result.status = SBX_SANDBOX_ERROR;
                reply.result.exit_code = -1;
                reply.result.output_bytes = -1;
                snprintf(reply.result.message, sizeof(reply.result.message),
                         "not run: the program is not in the box");
                for (int i = 0; i < nfds; i++)
                    close(fds[i]);
            } else if (usable) {
                serve_run(&k, req, (size_t)len, fds, nfds, &reply);
            } else {
                give_up_box(&reply, err, 0);
                for (int i = 0; i < nfds; i++)
                    close(fds[i]);
            }
            send_ready(&k);
            if (sbx_send(k.ctl, &reply, sizeof(reply), NULL, 0) < 0)
                _exit(0);
            /* While the judge looks at the result: the next runs' filter, installed once. */
            if (k.served_bpf && !k.spawner && k.iso.namespaces && !reply.unusable)
                spawner_start(&k, k.served_bpf, k.iso.seccomp_notify);
            continue;
        }
        /* Anything else (a kill that came after its run ended) needs nothing done. */
        for (int i = 0; i < nfds; i++)
            close(fds[i]);
    }
}
