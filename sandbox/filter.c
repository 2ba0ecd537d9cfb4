/* filter.c: the seccomp profiles, built into BPF with libseccomp when the judge is built
 * (bpfgen.c), else once per process. */
#define _GNU_SOURCE
#include "sandbox/internal.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/audit.h>
#include <linux/fs.h>
#include <linux/seccomp.h>
#include <sched.h>
#include <seccomp.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

/*
 * Every profile is an allowlist: a call that is not listed goes to the keeper through a
 * user-notification descriptor, which names it ("blocked system call: socket") and ends the
 * run; without user notification (old kernels) it kills the process. Foreign ABIs (i386 via
 * int 0x80, x32) are killed outright by libseccomp's architecture check.
 *
 * What is deliberately absent everywhere: socket and friends, ptrace, process_vm_*,
 * mount and the new mount API, unshare, setns, chroot, pivot_root, bpf, io_uring_*,
 * perf_event_open, keyctl, add_key, request_key, userfaultfd, kexec_*, reboot, swapon,
 * swapoff, *_module, acct, quotactl, syslog, iopl, ioperm, personality, the set*id family,
 * SysV IPC and POSIX message queues, name_to_handle_at / open_by_handle_at, fanotify, pidfd_*,
 * execveat, vmsplice, clock/time setting, sethostname, and (but for compilers) memfd_create,
 * whose memory no limit would count; for the same reason fcntl(F_SETPIPE_SZ) fails.
 */

/* Calls any program may make: memory, files (the mount view decides what exists), time,
 * signals to itself, threads' futexes. */
static const int calls_base[] = {
    SCMP_SYS(read),
    SCMP_SYS(write),
    SCMP_SYS(readv),
    SCMP_SYS(writev),
    SCMP_SYS(pread64),
    SCMP_SYS(pwrite64),
    SCMP_SYS(preadv),
    SCMP_SYS(pwritev),
    SCMP_SYS(preadv2),
    SCMP_SYS(pwritev2),
    SCMP_SYS(lseek),
    SCMP_SYS(close),
    SCMP_SYS(close_range),
    SCMP_SYS(fstat),
    SCMP_SYS(stat),
    SCMP_SYS(lstat),
    SCMP_SYS(newfstatat),
    SCMP_SYS(statx),
    SCMP_SYS(open),
    SCMP_SYS(openat),
    SCMP_SYS(openat2),
    SCMP_SYS(creat),
    SCMP_SYS(access),
    SCMP_SYS(faccessat),
    SCMP_SYS(faccessat2),
    SCMP_SYS(readlink),
    SCMP_SYS(readlinkat),
    SCMP_SYS(getcwd),
    SCMP_SYS(chdir),
    SCMP_SYS(fchdir),
    SCMP_SYS(getdents),
    SCMP_SYS(getdents64),
    SCMP_SYS(statfs),
    SCMP_SYS(fstatfs),
    SCMP_SYS(dup),
    SCMP_SYS(dup2),
    SCMP_SYS(dup3),
    SCMP_SYS(pipe),
    SCMP_SYS(pipe2),
    SCMP_SYS(ftruncate),
    SCMP_SYS(truncate),
    SCMP_SYS(fsync),
    SCMP_SYS(fdatasync),
    SCMP_SYS(fadvise64),
    SCMP_SYS(fallocate),
    SCMP_SYS(flock),
    SCMP_SYS(mkdir),
    SCMP_SYS(mkdirat),
    SCMP_SYS(rmdir),
    SCMP_SYS(unlink),
    SCMP_SYS(unlinkat),
    SCMP_SYS(rename),
    SCMP_SYS(renameat),
    SCMP_SYS(renameat2),
    SCMP_SYS(link),
    SCMP_SYS(linkat),
    SCMP_SYS(symlink),
    SCMP_SYS(symlinkat),
    SCMP_SYS(chmod),
    SCMP_SYS(fchmod),
    SCMP_SYS(fchmodat),
    SCMP_SYS(umask),
    SCMP_SYS(utimensat),
    SCMP_SYS(futimesat),
    SCMP_SYS(utime),
    SCMP_SYS(utimes),
    SCMP_SYS(getxattr),
    SCMP_SYS(lgetxattr),
    SCMP_SYS(fgetxattr),
    SCMP_SYS(listxattr),
    SCMP_SYS(llistxattr),
    SCMP_SYS(flistxattr),
    SCMP_SYS(copy_file_range),
    SCMP_SYS(sendfile),
    SCMP_SYS(splice),
    SCMP_SYS(tee),
    SCMP_SYS(poll),
    SCMP_SYS(ppoll),
    SCMP_SYS(select),
    SCMP_SYS(pselect6),
    SCMP_SYS(brk),
    SCMP_SYS(munmap),
    SCMP_SYS(mprotect),
    SCMP_SYS(madvise),
    SCMP_SYS(mincore),
    SCMP_SYS(msync),
    SCMP_SYS(membarrier),
    SCMP_SYS(rt_sigaction),
    SCMP_SYS(rt_sigprocmask),
    SCMP_SYS(rt_sigreturn),
    SCMP_SYS(rt_sigpending),
    SCMP_SYS(rt_sigsuspend),
    SCMP_SYS(rt_sigtimedwait),
    SCMP_SYS(rt_sigqueueinfo),
    SCMP_SYS(rt_tgsigqueueinfo),
    SCMP_SYS(sigaltstack),
    SCMP_SYS(kill),
    SCMP_SYS(tkill),
    SCMP_SYS(tgkill),
    SCMP_SYS(pause),
    SCMP_SYS(exit),
    SCMP_SYS(exit_group),
    SCMP_SYS(restart_syscall),
    SCMP_SYS(getpid),
    SCMP_SYS(getppid),
    SCMP_SYS(gettid),
    SCMP_SYS(getuid),
    SCMP_SYS(geteuid),
    SCMP_SYS(getgid),
    SCMP_SYS(getegid),
    SCMP_SYS(getresuid),
    SCMP_SYS(getresgid),
    SCMP_SYS(getgroups),
    SCMP_SYS(getpgrp),
    SCMP_SYS(getpgid),
    SCMP_SYS(getsid),
    SCMP_SYS(capget),
    SCMP_SYS(uname),
    SCMP_SYS(arch_prctl),
    SCMP_SYS(prctl),
    SCMP_SYS(set_tid_address),
    SCMP_SYS(set_robust_list),
    SCMP_SYS(get_robust_list),
    SCMP_SYS(rseq),
    SCMP_SYS(futex),
    SCMP_SYS(futex_waitv),
    SCMP_SYS(getrlimit),
    SCMP_SYS(setrlimit),
    SCMP_SYS(getrusage),
    SCMP_SYS(sysinfo),
    SCMP_SYS(times),
    SCMP_SYS(time),
    SCMP_SYS(gettimeofday),
    SCMP_SYS(clock_gettime),
    SCMP_SYS(clock_getres),
    SCMP_SYS(clock_nanosleep),
    SCMP_SYS(nanosleep),
    SCMP_SYS(alarm),
    SCMP_SYS(getitimer),
    SCMP_SYS(setitimer),
    SCMP_SYS(timer_create),
    SCMP_SYS(timer_settime),
    SCMP_SYS(timer_gettime),
    SCMP_SYS(timer_getoverrun),
    SCMP_SYS(timer_delete),
    SCMP_SYS(timerfd_create),
    SCMP_SYS(timerfd_settime),
    SCMP_SYS(timerfd_gettime),
    SCMP_SYS(sched_yield),
    SCMP_SYS(sched_getaffinity),
    SCMP_SYS(sched_getparam),
    SCMP_SYS(sched_getscheduler),
    SCMP_SYS(sched_get_priority_max),
    SCMP_SYS(sched_get_priority_min),
    SCMP_SYS(getpriority),
    SCMP_SYS(getrandom),
    SCMP_SYS(getcpu),
    SCMP_SYS(wait4),
    SCMP_SYS(waitid),
    SCMP_SYS(eventfd),
    SCMP_SYS(eventfd2),
    SCMP_SYS(epoll_create),
    SCMP_SYS(epoll_create1),
    SCMP_SYS(epoll_ctl),
    SCMP_SYS(epoll_wait),
    SCMP_SYS(epoll_pwait),
    SCMP_SYS(epoll_pwait2),
    SCMP_SYS(signalfd),
    SCMP_SYS(signalfd4),
    /* Only to hand the seccomp listener to the keeper before exec: a run has no socket. */
    SCMP_SYS(sendmsg),
};

/* Runtimes (the JVM, node, Go) also set thread scheduling and memory policy. */
static const int calls_runtime[] = {
    SCMP_SYS(sched_setaffinity),
    SCMP_SYS(sched_setparam),
    SCMP_SYS(setpriority),
    SCMP_SYS(get_mempolicy),
    SCMP_SYS(set_mempolicy),
    SCMP_SYS(mbind),
    SCMP_SYS(inotify_init),
    SCMP_SYS(inotify_init1),
    SCMP_SYS(inotify_add_watch),
    SCMP_SYS(inotify_rm_watch),
    SCMP_SYS(mlock),
    SCMP_SYS(munlock),
    SCMP_SYS(pkey_alloc),
    SCMP_SYS(pkey_free),
    SCMP_SYS(pkey_mprotect),
    /* On the connected pairs socketpair makes (jvm, compiler): no socket reaches out. */
    SCMP_SYS(recvfrom),
    SCMP_SYS(recvmsg),
    SCMP_SYS(sendto),
    SCMP_SYS(shutdown),
    SCMP_SYS(getsockopt),
    SCMP_SYS(setsockopt),
    SCMP_SYS(getsockname),
    SCMP_SYS(getpeername),
};

/* Compilers run their own stages: new processes and exec of anything in the view. */
static const int calls_compiler[] = {
    SCMP_SYS(fork),
    SCMP_SYS(vfork),
    SCMP_SYS(execve),
    SCMP_SYS(setpgid),
    SCMP_SYS(setsid),
    /* Anonymous memory files count in no memory limit, so only compilers (whose memory is
     * bounded generously anyway) get them. */
    SCMP_SYS(memfd_create),
};

/* Namespace flags clone may never carry. */
#define CLONE_NS_FLAGS                                                                             \
    (CLONE_NEWNS | CLONE_NEWUSER | CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS |     \
     CLONE_NEWCGROUP)

static int add_all(scmp_filter_ctx ctx, const int *calls, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (calls[i] < 0)
            continue; /* a call this architecture does not have */
        int r = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, calls[i], 0);
        if (r < 0)
            return r;
    }
    return 0;
}

bool sbx_filter_can_notify(void)
{
    /* The same question the kernel answers for SECCOMP_GET_NOTIF_SIZES: supported since
     * Linux 5.0; and the action must be known (5.0 too). */
    struct seccomp_notif_sizes sizes;
    if (syscall(SYS_seccomp, SECCOMP_GET_NOTIF_SIZES, 0, &sizes) != 0)
        return false;
    uint32_t action = SECCOMP_RET_USER_NOTIF;
    return syscall(SYS_seccomp, SECCOMP_GET_ACTION_AVAIL, 0, &action) == 0;
}

/* libseccomp exports to a descriptor; read it back into memory once per box. */
static int export_bpf(scmp_filter_ctx ctx, struct sock_fprog *prog)
{
    int fd = memfd_create("seccomp-bpf", MFD_CLOEXEC);
    if (fd < 0)
        return -errno;
    int ret = seccomp_export_bpf(ctx, fd);
    if (ret < 0)
        goto out_close;
    off_t size = lseek(fd, 0, SEEK_END);
    if (size <= 0 || size % (off_t)sizeof(struct sock_filter) != 0 || size > (1 << 20)) {
        ret = -EINVAL;
        goto out_close;
    }
    struct sock_filter *code = malloc((size_t)size);
    if (!code) {
        ret = -ENOMEM;
        goto out_close;
    }
    if (pread(fd, code, (size_t)size, 0) != size) {
        free(code);
        ret = -EIO;
        goto out_close;
    }
    prog->len = (unsigned short)(size / (off_t)sizeof(struct sock_filter));
    prog->filter = code;
    ret = 0;
out_close:
    close(fd);
    return ret;
}

int sbx_filter_build(enum sbx_profile profile, bool notify, const void *exec_path,
                     unsigned long alloc_check_bytes, struct sock_fprog *prog)
{
    uint32_t blocked = notify ? SCMP_ACT_NOTIFY : SCMP_ACT_KILL_PROCESS;
    scmp_filter_ctx ctx = seccomp_init(blocked);
    int r;

    if (!ctx)
        return -ENOMEM;
    /* Only the native ABI: a foreign one is killed before any rule is looked at. */
    r = seccomp_attr_set(ctx, SCMP_FLTATR_ACT_BADARCH, SCMP_ACT_KILL_PROCESS);
    if (r < 0)
        goto out;
    /* A binary tree of syscall numbers instead of a linear list: each call is decided in
     * about eight comparisons, and installing the filter is cheaper too, since the kernel
     * evaluates it once per syscall number to build its cache of always-allowed calls. */
    r = seccomp_attr_set(ctx, SCMP_FLTATR_CTL_OPTIMIZE, 2);
    if (r < 0)
        goto out;

    r = add_all(ctx, calls_base, sizeof(calls_base) / sizeof(calls_base[0]));
    if (r < 0)
        goto out;
    if (profile == SBX_PROFILE_JVM || profile == SBX_PROFILE_INTERPRETER ||
        profile == SBX_PROFILE_COMPILER) {
        r = add_all(ctx, calls_runtime, sizeof(calls_runtime) / sizeof(calls_runtime[0]));
        if (r < 0)
            goto out;
    }

    /* Large allocations are checked by the keeper, which refuses those that would go over
     * the limit and so can tell a memory-limit failure from a crash. */
    if (alloc_check_bytes > 0) {
        r = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(mmap), 1,
                             SCMP_A1(SCMP_CMP_LT, alloc_check_bytes));
        if (r == 0)
            r = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(mremap), 1,
                                 SCMP_A2(SCMP_CMP_LT, alloc_check_bytes));
    } else {
        r = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(mmap), 0);
        if (r == 0)
            r = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(mremap), 0);
    }
    if (r < 0)
        goto out;

    /* ioctl: anything but pushing characters into a terminal's input. */
    r = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(ioctl), 1,
                         SCMP_A1(SCMP_CMP_MASKED_EQ, 0xffffffffu, TCGETS));
    if (r < 0)
        goto out;
    r = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(ioctl), 1,
                         SCMP_A1(SCMP_CMP_MASKED_EQ, 0xffffffffu, TIOCGWINSZ));
    if (r < 0)
        goto out;
    r = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(ioctl), 1,
                         SCMP_A1(SCMP_CMP_MASKED_EQ, 0xffffffffu, FIONREAD));
    if (r < 0)
        goto out;
    r = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(ioctl), 1,
                         SCMP_A1(SCMP_CMP_MASKED_EQ, 0xffffffffu, FIOCLEX));
    if (r < 0)
        goto out;
    r = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(ioctl), 1,
                         SCMP_A1(SCMP_CMP_MASKED_EQ, 0xffffffffu, FIONBIO));
    if (r < 0)
        goto out;
    /* Copying tools (coreutils' cp) try to clone a file's extents first: say the file system
     * cannot, and they copy. */
    r = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EOPNOTSUPP), SCMP_SYS(ioctl), 1,
                         SCMP_A1(SCMP_CMP_MASKED_EQ, 0xffffffffu, FICLONE));
    if (r == 0)
        r = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EOPNOTSUPP), SCMP_SYS(ioctl), 1,
                             SCMP_A1(SCMP_CMP_MASKED_EQ, 0xffffffffu, FICLONERANGE));
    if (r < 0)
        goto out;

    /* Runtimes probe sockets at start: the C library asks nscd over a unix socket when the
     * JVM looks up its user, and the JDK tests for IPv6 with an inet socket. Say no to
     * those, and they carry on. A native program's (or a script's inet) socket call is
     * named instead, and ends the run. */
    if (profile == SBX_PROFILE_JVM || profile == SBX_PROFILE_COMPILER) {
        r = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EACCES), SCMP_SYS(socket), 0);
        if (r < 0)
            goto out;
        /* A connected pair reaches nothing outside the process; the JDK's wake-up pipes. */
        r = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(socketpair), 1,
                             SCMP_A0(SCMP_CMP_EQ, AF_UNIX));
        if (r < 0)
            goto out;
    } else if (profile == SBX_PROFILE_INTERPRETER) {
        r = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EACCES), SCMP_SYS(socket), 1,
                             SCMP_A0(SCMP_CMP_EQ, AF_UNIX));
        if (r < 0)
            goto out;
    }

    /* fcntl: all but growing a pipe's buffer, which is memory no limit counts (a pipe keeps
     * its default 64 KiB, and the descriptor limit bounds how many there are). */
    r = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(fcntl), 1,
                         SCMP_A1(SCMP_CMP_NE, F_SETPIPE_SZ));
    if (r == 0)
        r = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(fcntl), 1,
                             SCMP_A1(SCMP_CMP_EQ, F_SETPIPE_SZ));
    if (r < 0)
        goto out;

    /* prlimit on itself only (raising a hard limit needs a capability it does not have). */
    r = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(prlimit64), 1, SCMP_A0(SCMP_CMP_EQ, 0));
    if (r < 0)
        goto out;

    /* clone: threads for everyone, processes for compilers only, namespaces for nobody.
     * clone3 passes its flags in memory a filter cannot read: say it does not exist, and
     * the C library falls back to clone. */
    if (profile == SBX_PROFILE_COMPILER)
        r = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(clone), 1,
                             SCMP_A0(SCMP_CMP_MASKED_EQ, CLONE_NS_FLAGS, 0));
    else
        r = seccomp_rule_add(
            ctx, SCMP_ACT_ALLOW, SCMP_SYS(clone), 1,
            SCMP_A0(SCMP_CMP_MASKED_EQ, CLONE_NS_FLAGS | CLONE_THREAD, CLONE_THREAD));
    if (r < 0)
        goto out;
    r = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(ENOSYS), SCMP_SYS(clone3), 0);
    if (r < 0)
        goto out;

    if (profile == SBX_PROFILE_COMPILER) {
        r = add_all(ctx, calls_compiler, sizeof(calls_compiler) / sizeof(calls_compiler[0]));
    } else {
        /* The run's own program is exec'd from one fixed address in the keeper; a program
         * that later calls execve would have to place its path at that same (random)
         * address. */
        r = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(execve), 1,
                             SCMP_A0(SCMP_CMP_EQ, (scmp_datum_t)(uintptr_t)exec_path));
    }
    if (r < 0)
        goto out;

    r = export_bpf(ctx, prog);
out:
    seccomp_release(ctx);
    return r;
}

int sbx_exec_page(char **page)
{
    static char *mapped;
    if (!mapped) {
        void *p = mmap(NULL, SBX_EXEC_PAGE_SIZE, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED)
            return -errno;
        mapped = p; /* its address is random (ASLR), and the same in every keeper */
    }
    *page = mapped;
    return 0;
}

/*
 * The execve rule compares the call's first argument with the exec page's address as
 * libseccomp compares any 64-bit value: the high half with one BPF_JEQ|BPF_K, then the low
 * half with another, each right after loading that half. The prebuilt program holds the
 * sentinel's halves there; each is replaced by the real address's. Patched only where the
 * instruction is such a comparison, and only if both halves are found the same number of
 * times (at least once where the profile has the rule, never where it has not): anything else
 * means the program is not the shape this code knows, and it is built at run time instead.
 */
int sbx_filter_prebuilt(enum sbx_profile profile, bool notify, bool alloc_check,
                        const void *exec_path, struct sock_fprog *prog)
{
    if ((unsigned)profile >= SBX_PROFILE_COUNT)
        return -EINVAL;
    const struct sbx_bpf_prebuilt *pre = &sbx_bpf_prebuilt[profile][notify][alloc_check];
    if (!pre->code || pre->len == 0)
        return -ENOENT;
    struct sock_filter *code = malloc(pre->len * sizeof(*code));
    if (!code)
        return -ENOMEM;
    memcpy(code, pre->code, pre->len * sizeof(*code));
    const uint32_t from_hi = (uint32_t)(SBX_BPF_SENTINEL >> 32),
                   from_lo = (uint32_t)SBX_BPF_SENTINEL;
    uint64_t addr = (uint64_t)(uintptr_t)exec_path;
    size_t hi = 0, lo = 0;
    /* execve's first argument, as the comparisons load it (little-endian halves). */
    const uint32_t arg_lo = offsetof(struct seccomp_data, args[0]), arg_hi = arg_lo + 4;
    for (unsigned short i = 1; i < pre->len; i++) {
        const struct sock_filter *load = &code[i - 1];
        if (code[i].code != (BPF_JMP | BPF_JEQ | BPF_K) || load->code != (BPF_LD | BPF_W | BPF_ABS))
            continue;
        if (code[i].k == from_hi && load->k == arg_hi) {
            code[i].k = (uint32_t)(addr >> 32);
            hi++;
        } else if (code[i].k == from_lo && load->k == arg_lo) {
            code[i].k = (uint32_t)addr;
            lo++;
        }
    }
    bool wants_exec_rule = profile != SBX_PROFILE_COMPILER;
    if (hi != lo || (wants_exec_rule ? hi == 0 : hi != 0)) {
        free(code);
        return -EINVAL;
    }
    prog->len = pre->len;
    prog->filter = code;
    return 0;
}

int sbx_profile_bpf(enum sbx_profile profile, bool notify, bool alloc_check,
                    const struct sock_fprog **prog)
{
    static struct sock_fprog built[SBX_PROFILE_COUNT][2][2];
    if ((unsigned)profile >= SBX_PROFILE_COUNT)
        return -EINVAL;
    struct sock_fprog *p = &built[profile][notify][alloc_check];
    if (!p->filter) {
        char *page;
        int r = sbx_exec_page(&page);
        if (r == 0 && sbx_filter_prebuilt(profile, notify, alloc_check, page, p) < 0)
            r = sbx_filter_build(profile, notify, page, alloc_check ? SBX_ALLOC_CHECK_MIN : 0, p);
        if (r < 0)
            return r;
    }
    *prog = p;
    return 0;
}

void sbx_filter_syscall_name(uint32_t arch, int nr, char *buf, size_t len)
{
    char *name = seccomp_syscall_resolve_num_arch(arch, nr);
    if (name && arch == seccomp_arch_native())
        snprintf(buf, len, "%s", name);
    else if (name)
        snprintf(buf, len, "%s (foreign ABI)", name);
    else
        snprintf(buf, len, "syscall %d", nr);
    free(name);
}

bool sbx_filter_is_alloc_check(uint32_t arch, int nr)
{
    return arch == seccomp_arch_native() && (nr == SCMP_SYS(mmap) || nr == SCMP_SYS(mremap));
}

/*
 * A box's spawner (keeper.c) installs its profile's program once, in a thread of the keeper,
 * and every run child it clones inherits it. The thread and the child, between its clone and
 * its exec, make a few calls the profile refuses to runs: the clone itself (CLONE_VM |
 * CLONE_VFORK | SIGCHLD), and setsid, setgroups, setresgid, setresuid and capset, which set
 * the run up. The prefix lets each of those through only when two argument slots the kernel
 * ignores for that call hold the box's secret, 128 random bits no run can know (they live in
 * the keeper's memory and in the kernel's copy of the filter, neither of which a run can
 * read); any other call, and these with any other arguments, go on to the profile's program
 * unchanged, which starts over from its first instruction.
 */
struct gated_call {
    int nr;
    int first_arg; /* the secret's two halves are in args[first_arg] and args[first_arg + 1] */
    bool clone_flags;
};

static const struct gated_call gated_calls[] = {
    {SYS_clone, 2, true},      /* parent_tid and child_tid: unused without their flags */
    {SYS_setsid, 2, false},    /* no arguments at all */
    {SYS_setgroups, 2, false}, /* size, list */
    {SYS_capset, 2, false},    /* header, data */
    {SYS_setresgid, 3, false}, /* rgid, egid, sgid */
    {SYS_setresuid, 3, false}, /* ruid, euid, suid */
};

#define SPAWN_CLONE_FLAGS (CLONE_VM | CLONE_VFORK | SIGCHLD)

int sbx_filter_spawner(const struct sock_fprog *prog, const uint64_t secret[2],
                       struct sock_fprog *out)
{
    enum { MAX_PREFIX = 96 };
    struct sock_filter pre[MAX_PREFIX];
    unsigned short to_prog[MAX_PREFIX]; /* jumps whose false branch leaves for the program */
    size_t n = 0, nj = 0;
#define EMIT(c, t, f, kk) (pre[n++] = (struct sock_filter){(c), (t), (f), (kk)})
#define LOAD(off)         EMIT(BPF_LD | BPF_W | BPF_ABS, 0, 0, (uint32_t)(off))
#define CHECK(value)                                                                               \
    (to_prog[nj++] = (unsigned short)n, EMIT(BPF_JMP | BPF_JEQ | BPF_K, 0, 0, (value)))

    LOAD(offsetof(struct seccomp_data, arch));
    CHECK(seccomp_arch_native());
    LOAD(offsetof(struct seccomp_data, nr));
    for (size_t c = 0; c < sizeof(gated_calls) / sizeof(gated_calls[0]); c++) {
        const struct gated_call *g = &gated_calls[c];
        /* The block after the number: its loads and comparisons, and the allow. */
        unsigned block = (g->clone_flags ? 2 : 0) + 2 * 2 * 2 + 1;
        EMIT(BPF_JMP | BPF_JEQ | BPF_K, 0, (uint8_t)block, (uint32_t)g->nr);
        if (g->clone_flags) { /* the kernel takes the low half of the flags only */
            LOAD(offsetof(struct seccomp_data, args[0]));
            CHECK(SPAWN_CLONE_FLAGS);
        }
        for (int i = 0; i < 2; i++) {
            uint32_t arg = (uint32_t)offsetof(struct seccomp_data, args[g->first_arg + i]);
            LOAD(arg);
            CHECK((uint32_t)secret[i]);
            LOAD(arg + 4);
            CHECK((uint32_t)(secret[i] >> 32));
        }
        EMIT(BPF_RET | BPF_K, 0, 0, SECCOMP_RET_ALLOW);
        if (c + 1 < sizeof(gated_calls) / sizeof(gated_calls[0]))
            LOAD(offsetof(struct seccomp_data, nr)); /* the next call's test needs it again */
    }
#undef CHECK
#undef LOAD
#undef EMIT
    /* Every failed comparison jumps to the program's first instruction, right after these. */
    for (size_t j = 0; j < nj; j++) {
        size_t dist = n - (to_prog[j] + 1);
        if (dist > 255)
            return -E2BIG;
        pre[to_prog[j]].jf = (uint8_t)dist;
    }
    if (n + prog->len > BPF_MAXINSNS)
        return -E2BIG;
    struct sock_filter *code = malloc((n + prog->len) * sizeof(*code));
    if (!code)
        return -ENOMEM;
    memcpy(code, pre, n * sizeof(*code));
    memcpy(code + n, prog->filter, prog->len * sizeof(*code));
    out->len = (unsigned short)(n + prog->len);
    out->filter = code;
    return 0;
}
