/* util.c: small helpers of the sandbox: descriptor passing, wiping a directory, clocks. */
#define _GNU_SOURCE
#include "sandbox/internal.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
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

/* Removes everything below dirfd. Recursion depth is bounded by the inode count of the
 * box's tmpfs, and each level holds one descriptor. */
static int wipe_level(int dirfd, int depth)
{
    int ret = 0;
    if (depth > 10000)
        return -ELOOP;
    int fd = openat(dirfd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return -errno;
    DIR *dir = fdopendir(fd);
    if (!dir) {
        ret = -errno;
        close(fd);
        return ret;
    }
    struct dirent *de;
    for (;;) {
        errno = 0;
        de = readdir(dir);
        if (!de) {
            if (errno)
                ret = -errno;
            break;
        }
        if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
            continue;
        if (unlinkat(dirfd, de->d_name, 0) == 0)
            continue;
        if (errno != EISDIR && errno != EPERM) {
            ret = -errno;
            continue;
        }
        int sub = openat(dirfd, de->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (sub < 0) {
            ret = -errno;
            continue;
        }
        /* A directory the run made unreadable is still ours to open as root; make sure
         * we can list and empty it. */
        fchmod(sub, 0700);
        int r = wipe_level(sub, depth + 1);
        close(sub);
        if (r < 0)
            ret = r;
        if (unlinkat(dirfd, de->d_name, AT_REMOVEDIR) < 0 && ret == 0)
            ret = -errno;
        /* The directory changed under the stream; start over from the top. */
        rewinddir(dir);
    }
    closedir(dir);
    return ret;
}

int sbx_wipe_dir(int dirfd)
{
    return wipe_level(dirfd, 0);
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
