/* util.c: small helpers of the sandbox: descriptor passing, wiping a directory, clocks. */
#define _GNU_SOURCE
#include "sandbox/internal.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#define SBX_MAX_PASSED_FDS 8

int sbx_send(int sock, const void *buf, size_t len, const int *fds, int nfds)
{
    union {
        char buf[CMSG_SPACE(sizeof(int) * SBX_MAX_PASSED_FDS)];
        struct cmsghdr align;
    } control;
    struct iovec iov = {.iov_base = (void *)buf, .iov_len = len};
    struct msghdr msg = {.msg_iov = &iov, .msg_iovlen = 1};

    if (nfds > SBX_MAX_PASSED_FDS)
        return -EINVAL;
    if (nfds > 0) {
        memset(&control, 0, sizeof(control));
        msg.msg_control = control.buf;
        msg.msg_controllen = CMSG_SPACE(sizeof(int) * (size_t)nfds);
        struct cmsghdr *cmsg = CMSG_FIRSTHDR(&msg);
        cmsg->cmsg_level = SOL_SOCKET;
        cmsg->cmsg_type = SCM_RIGHTS;
        cmsg->cmsg_len = CMSG_LEN(sizeof(int) * (size_t)nfds);
        memcpy(CMSG_DATA(cmsg), fds, sizeof(int) * (size_t)nfds);
    }
    for (;;) {
        ssize_t n = sendmsg(sock, &msg, MSG_NOSIGNAL);
        if (n >= 0)
            return (size_t)n == len ? 0 : -EMSGSIZE;
        if (errno != EINTR)
            return -errno;
    }
}

ssize_t sbx_recv(int sock, void *buf, size_t len, int *fds, int *nfds)
{
    union {
        char buf[CMSG_SPACE(sizeof(int) * SBX_MAX_PASSED_FDS)];
        struct cmsghdr align;
    } control;
    struct iovec iov = {.iov_base = buf, .iov_len = len};
    struct msghdr msg = {.msg_iov = &iov,
                         .msg_iovlen = 1,
                         .msg_control = control.buf,
                         .msg_controllen = sizeof(control.buf)};
    int want = nfds ? *nfds : 0;
    ssize_t n;

    if (nfds)
        *nfds = 0;
    do
        n = recvmsg(sock, &msg, MSG_CMSG_CLOEXEC);
    while (n < 0 && errno == EINTR);
    if (n < 0)
        return -errno;

    int got = 0;
    for (struct cmsghdr *c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
        if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS)
            continue;
        size_t count = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
        int passed[SBX_MAX_PASSED_FDS];
        if (count > SBX_MAX_PASSED_FDS)
            count = SBX_MAX_PASSED_FDS;
        memcpy(passed, CMSG_DATA(c), count * sizeof(int));
        for (size_t i = 0; i < count; i++) {
            if (got < want)
                fds[got++] = passed[i];
            else
                close(passed[i]); /* more than asked for: never leak them */
        }
    }
    if (nfds)
        *nfds = got;
    if (msg.msg_flags & (MSG_TRUNC | MSG_CTRUNC)) {
        for (int i = 0; i < got; i++)
            close(fds[i]);
        if (nfds)
            *nfds = 0;
        return -EMSGSIZE;
    }
    return n;
}

/*
 * Emptying a directory a run may have filled with anything: any depth (a chain of 16,000
 * directories), any width, any names, any modes. The walk keeps at most WIPE_HELD_FDS
 * descriptors (the directories nearest the top); deeper, it goes back up through "..",
 * which is safe because every process of the run is gone and nothing else writes the tree.
 * Only raw system calls on a buffer on the stack: no allocation, async-signal-safe, so that
 * box.c can use it from a signal handler too. Every step either removes an entry, enters a
 * directory that is not empty, or leaves an emptied one; a directory re-read after a change
 * finds fewer entries; so the walk ends, and the deadline bounds its time whatever the tree.
 */
#define WIPE_HELD_FDS 32

struct linux_dirent64 {
    uint64_t ino;
    int64_t off;
    unsigned short reclen;
    unsigned char type;
    char name[];
};

int sbx_wipe_dir(int dirfd, int64_t deadline_us)
{
    char buf[8192] __attribute__((aligned(8)));
    int held[WIPE_HELD_FDS]; /* held[i]: the directory at depth i, while deeper */
    long depth = 0;
    bool changed = false; /* an entry went, or a subdirectory was emptied, since the last read
                             from the start of the current directory */
    int ret = 0;

    int cur = openat(dirfd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (cur < 0)
        return -errno;
    for (;;) {
        if (deadline_us && sbx_now_us() > deadline_us) {
            ret = -ETIMEDOUT;
            break;
        }
        long n = syscall(SYS_getdents64, cur, buf, sizeof(buf));
        if (n < 0) {
            ret = -errno;
            break;
        }
        if (n == 0) {
            if (changed) {
                /* Read it again from the start: what is left (an emptied subdirectory to
                 * remove, entries the stream moved past) shows up. */
                if (lseek(cur, 0, SEEK_SET) < 0) {
                    ret = -errno;
                    break;
                }
                changed = false;
                continue;
            }
            if (depth == 0)
                break; /* empty */
            int parent = depth - 1 < WIPE_HELD_FDS
                             ? held[depth - 1]
                             : openat(cur, "..", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
            if (parent < 0) {
                ret = -errno;
                break;
            }
            close(cur);
            cur = parent;
            depth--;
            changed = true; /* the emptied directory is still to be removed */
            continue;
        }
        bool descended = false;
        for (long off = 0; off < n && !descended && ret == 0;) {
            struct linux_dirent64 *de = (struct linux_dirent64 *)(buf + off);
            off += de->reclen;
            if (strcmp(de->name, ".") == 0 || strcmp(de->name, "..") == 0)
                continue;
            if (unlinkat(cur, de->name, 0) == 0 || errno == ENOENT ||
                ((errno == EISDIR || errno == EPERM) &&
                 unlinkat(cur, de->name, AT_REMOVEDIR) == 0)) {
                changed = true;
                continue;
            }
            if (errno != ENOTEMPTY && errno != EEXIST && errno != EACCES) {
                ret = -errno;
                break;
            }
            /* A directory with something in it: go in. One the run made unreadable is
             * still ours to open (as root), or to give back its permissions (without). */
            int sub = openat(cur, de->name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (sub < 0 && errno == EACCES && fchmodat(cur, de->name, 0700, 0) == 0)
                sub = openat(cur, de->name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (sub < 0) {
                ret = -errno;
                break;
            }
            fchmod(sub, 0700);
            if (depth < WIPE_HELD_FDS)
                held[depth] = cur;
            else
                close(cur);
            cur = sub;
            depth++;
            changed = false;
            descended = true;
        }
        if (ret < 0)
            break;
    }
    close(cur);
    for (long i = 0; i < depth && i < WIPE_HELD_FDS; i++)
        close(held[i]);
    return ret;
}

int sbx_fmt(char *buf, size_t len, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, len, fmt, ap);
    va_end(ap);
    return (n < 0 || (size_t)n >= len) ? -1 : n;
}

int64_t sbx_now_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

int sbx_write_file(const char *path, const char *text)
{
    int fd = open(path, O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return -errno;
    size_t len = strlen(text);
    ssize_t n = write(fd, text, len);
    int ret = (n == (ssize_t)len) ? 0 : (n < 0 ? -errno : -EIO);
    close(fd);
    return ret;
}
