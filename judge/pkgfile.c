/* pkgfile.c: a problem package's files, opened beneath its root and never through a link out. */
#define _GNU_SOURCE
#include "judge/pkgfile.h"
#include "judge/util.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

/* How many times a resolution that raced with a rename (EAGAIN) is tried again. */
#define RESOLVE_TRIES 16

static bool fallback_forced; /* tests */
static bool openat2_missing; /* the kernel said ENOSYS once */

void pkg_force_fallback(bool on)
{
    fallback_forced = on;
}

static int sys_openat2(int dirfd, const char *path, int flags, unsigned long long resolve)
{
    struct open_how how;
    memset(&how, 0, sizeof(how));
    how.flags = (unsigned long long)(unsigned)flags;
    how.resolve = resolve;
    return (int)syscall(SYS_openat2, dirfd, path, &how, sizeof(how));
}

/*
 * Where openat2 is missing: one component at a time, each with O_NOFOLLOW, so any symbolic
 * link stops the walk (ENOLINK) and ".." is refused (EXDEV). Returns a descriptor or -errno.
 */
static int walk_beneath(int root, const char *rel, int oflags)
{
    int cur = openat(root, ".", O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (cur < 0)
        return -errno;
    char *copy = xstrdup(rel);
    char *at = copy;
    int ret = 0;
    for (;;) {
        while (*at == '/')
            at++;
        char *end = at + strcspn(at, "/");
        bool last = true;
        for (const char *rest = end; *rest; rest++) {
            if (*rest != '/') {
                last = false;
                break;
            }
        }
        if (*end)
            *end++ = '\0';
        const char *name = at;
        at = end;
        if (name[0] == '\0' || strcmp(name, ".") == 0) {
            if (!last)
                continue;
            name = ".";
        } else if (strcmp(name, "..") == 0) {
            ret = -EXDEV;
            break;
        }
        int flags = last ? oflags | O_NOFOLLOW : O_PATH | O_DIRECTORY | O_NOFOLLOW;
        int next = openat(cur, name, flags | O_CLOEXEC);
        struct stat st;
        if (next < 0) {
            int e = errno;
            if ((e == ELOOP || e == ENOTDIR) && fstatat(cur, name, &st, AT_SYMLINK_NOFOLLOW) == 0 &&
                S_ISLNK(st.st_mode))
                e = ENOLINK;
            ret = -e;
            break;
        }
        if ((flags & O_PATH) && fstat(next, &st) == 0 && S_ISLNK(st.st_mode)) {
            close(next);
            ret = -ENOLINK;
            break;
        }
        close(cur);
        cur = next;
        if (last) {
            ret = cur;
            cur = -1;
            break;
        }
    }
    if (cur >= 0)
        close(cur);
    free(copy);
    return ret;
}

/* Opens rel beneath root: a descriptor, or -errno (EXDEV: a link leaves the package; ELOOP: a
 * loop, a /proc link, or with no_symlinks any link; ENOLINK: a link, on a kernel without
 * openat2). */
static int open_beneath(int root, const char *rel, int oflags, bool no_symlinks)
{
    if (!fallback_forced && !openat2_missing) {
        unsigned long long resolve = RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS;
        if (no_symlinks)
            resolve |= RESOLVE_NO_SYMLINKS;
        int e = 0;
        for (int tries = 0; tries < RESOLVE_TRIES; tries++) {
            int fd = sys_openat2(root, rel, oflags | O_CLOEXEC, resolve);
            if (fd >= 0)
                return fd;
            e = errno;
            if (e != EAGAIN && e != EINTR)
                break;
        }
        if (e == ENOSYS)
            openat2_missing = true;
        else if (e != EPERM) /* EPERM: a seccomp filter that does not know openat2 */
            return -e;
    }
    int fd = walk_beneath(root, rel, oflags);
    if (fd == -ELOOP && no_symlinks)
        fd = -ENOLINK;
    return fd;
}

/* The part of path below dir ("." for dir itself), or NULL when path is not under dir. */
static const char *relative(const char *dir, const char *path)
{
    size_t dl = strlen(dir);
    if (strncmp(path, dir, dl) != 0)
        return NULL;
    const char *rest = path + dl;
    if (*rest && *rest != '/' && !(dl > 0 && dir[dl - 1] == '/'))
        return NULL;
    while (*rest == '/')
        rest++;
    return *rest ? rest : ".";
}

static const char *type_name(mode_t mode)
{
    if (S_ISDIR(mode))
        return "a directory";
    if (S_ISFIFO(mode))
        return "a FIFO";
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return "a device";
    if (S_ISSOCK(mode))
        return "a socket";
    return "not a regular file";
}

/* "path: why" for a resolution that failed with errno e. */
static int resolve_error(const char *path, int e, bool directory, char *err, size_t errlen)
{
    switch (e) {
    case EXDEV:
        return set_error(err, errlen, "%s: a symbolic link that leaves the package", path);
    case ELOOP:
        if (directory)
            return set_error(err, errlen,
                             "%s: reached through a symbolic link, which the judge does not "
                             "follow to a directory",
                             path);
        return set_error(err, errlen, "%s: a symbolic link loop, or a link into /proc", path);
    case ENOLINK:
        return set_error(err, errlen,
                         "%s: a symbolic link, which the judge does not follow on this kernel (it "
                         "has no openat2)",
                         path);
    default:
        return set_error(err, errlen, "%s: %s", path, strerror(e));
    }
}

static int open_root(const char *dir, char *err, size_t errlen)
{
    int root = open(dir, O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (root < 0)
        return set_error(err, errlen, "%s: %s", dir, strerror(errno));
    return root;
}

const char *pkg_size_name(long long bytes, char *buf, size_t len)
{
    static const char *const units[] = {"bytes", "KiB", "MiB", "GiB", "TiB"};
    size_t u = 0;
    long long v = bytes;
    while (u + 1 < sizeof(units) / sizeof(units[0]) && v >= 1024 && v % 1024 == 0) {
        v /= 1024;
        u++;
    }
    snprintf(buf, len, "%lld %s", v, units[u]);
    return buf;
}

int pkg_open(const char *dir, const char *path, long long max, char *err, size_t errlen)
{
    const char *rel = relative(dir, path);
    if (!rel)
        return set_error(err, errlen, "%s: not inside the package %s", path, dir);
    int root = open_root(dir, err, errlen);
    if (root < 0)
        return -1;
    /* Its type first, through O_PATH: a FIFO or a device is never opened. */
    int fd = open_beneath(root, rel, O_PATH, false);
    if (fd < 0) {
        close(root);
        return resolve_error(path, -fd, false, err, errlen);
    }
    struct stat st;
    int ret = -1;
    if (fstat(fd, &st) < 0) {
        set_error(err, errlen, "%s: %s", path, strerror(errno));
        goto out_close;
    }
    if (!S_ISREG(st.st_mode)) {
        set_error(err, errlen, "%s: not a regular file (%s)", path, type_name(st.st_mode));
        goto out_close;
    }
    close(fd);
    /* Non-blocking, in case it was swapped for a FIFO since: checked again below. */
    fd = open_beneath(root, rel, O_RDONLY | O_NONBLOCK | O_NOCTTY, false);
    if (fd < 0) {
        resolve_error(path, -fd, false, err, errlen);
        goto out_root;
    }
    if (fstat(fd, &st) < 0) {
        set_error(err, errlen, "%s: %s", path, strerror(errno));
        goto out_close;
    }
    if (!S_ISREG(st.st_mode)) {
        set_error(err, errlen, "%s: not a regular file (%s)", path, type_name(st.st_mode));
        goto out_close;
    }
    if (st.st_size > max) {
        char cap[32];
        set_error(err, errlen, "%s: larger than %s, the most the judge takes for this file", path,
                  pkg_size_name(max, cap, sizeof(cap)));
        goto out_close;
    }
    int flags = fcntl(fd, F_GETFL);
    if (flags < 0 || fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) < 0) {
        set_error(err, errlen, "%s: %s", path, strerror(errno));
        goto out_close;
    }
    ret = fd;
    fd = -1;
out_close:
    if (fd >= 0)
        close(fd);
out_root:
    close(root);
    return ret;
}

int pkg_check_file(const char *dir, const char *path, long long max, char *err, size_t errlen)
{
    int fd = pkg_open(dir, path, max, err, errlen);
    if (fd < 0)
        return -1;
    close(fd);
    return 0;
}

char *pkg_read(const char *dir, const char *path, size_t max, size_t *len, char *err, size_t errlen)
{
    int fd = pkg_open(dir, path, (long long)max, err, errlen);
    if (fd < 0)
        return NULL;
    struct strbuf sb = STRBUF_INIT;
    char buf[65536];
    ssize_t n;
    while ((n = read(fd, buf, sizeof(buf))) != 0) {
        if (n < 0) {
            if (errno == EINTR)
                continue;
            set_error(err, errlen, "%s: %s", path, strerror(errno));
            goto fail;
        }
        if (sb.len + (size_t)n > max) {
            /* It grew since fstat. */
            char cap[32];
            set_error(err, errlen, "%s: larger than %s", path,
                      pkg_size_name((long long)max, cap, sizeof(cap)));
            goto fail;
        }
        strbuf_add(&sb, buf, (size_t)n);
    }
    close(fd);
    if (len)
        *len = sb.len;
    return strbuf_detach(&sb);
fail:
    close(fd);
    strbuf_release(&sb);
    return NULL;
}

/* Fills e for what the descriptor of a resolved path is. */
static void kind_of_fd(int fd, struct pkg_entry *e)
{
    struct stat st;
    if (fstat(fd, &st) < 0) {
        e->kind = PKG_BROKEN;
        e->error = errno;
        return;
    }
    e->mode = st.st_mode & S_IFMT;
    e->kind = S_ISREG(st.st_mode) ? PKG_FILE : S_ISDIR(st.st_mode) ? PKG_DIR : PKG_SPECIAL;
}

/* A path known to hold a symbolic link: where it leads, inside the package. */
static void follow_link(int root, const char *rel, struct pkg_entry *e)
{
    e->link = true;
    int fd = open_beneath(root, rel, O_PATH, false);
    if (fd < 0) {
        e->kind = PKG_BROKEN;
        e->error = -fd;
        return;
    }
    kind_of_fd(fd, e);
    close(fd);
}

void pkg_stat(const char *dir, const char *path, struct pkg_entry *e)
{
    memset(e, 0, sizeof(*e));
    const char *rel = relative(dir, path);
    if (!rel) {
        e->kind = PKG_BROKEN;
        e->error = EXDEV;
        return;
    }
    int root = open(dir, O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (root < 0) {
        e->kind = PKG_MISSING;
        e->error = errno;
        return;
    }
    int fd = open_beneath(root, rel, O_PATH, true);
    if (fd >= 0) {
        kind_of_fd(fd, e);
        close(fd);
    } else if (fd == -ELOOP || fd == -ENOLINK) {
        follow_link(root, rel, e);
    } else if (fd == -ENOENT || fd == -ENOTDIR) {
        e->kind = PKG_MISSING;
        e->error = -fd;
    } else {
        e->kind = PKG_BROKEN;
        e->error = -fd;
    }
    close(root);
}

static int compare_entries(const void *a, const void *b)
{
    const struct pkg_entry *x = a, *y = b;
    return strcmp(x->name, y->name);
}

void pkg_entries_free(struct pkg_entry *e, size_t count)
{
    for (size_t i = 0; e && i < count; i++)
        free(e[i].name);
    free(e);
}

int pkg_list(const char *dir, const char *path, struct pkg_entry **out, size_t *count,
             size_t *budget, char *err, size_t errlen)
{
    *out = NULL;
    *count = 0;
    const char *rel = relative(dir, path);
    if (!rel)
        return set_error(err, errlen, "%s: not inside the package %s", path, dir);
    int root = open_root(dir, err, errlen);
    if (root < 0)
        return -1;
    int dfd = open_beneath(root, rel, O_RDONLY | O_DIRECTORY, true);
    if (dfd < 0) {
        close(root);
        return resolve_error(path, -dfd, true, err, errlen);
    }
    DIR *d = fdopendir(dfd);
    if (!d) {
        int e = errno;
        close(dfd);
        close(root);
        return set_error(err, errlen, "%s: %s", path, strerror(e));
    }
    struct pkg_entry *e = NULL;
    size_t n = 0, cap = 0;
    int ret = 0;
    for (;;) {
        errno = 0;
        struct dirent *de = readdir(d);
        if (!de)
            break;
        if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
            continue;
        if (*budget == 0) {
            ret = set_error(err, errlen,
                            "%s: more than %d entries in the package's folders (the most the "
                            "judge reads)",
                            path, PKG_WALK_MAX_ENTRIES);
            break;
        }
        (*budget)--;
        if (de->d_name[0] == '.')
            continue;
        struct stat st;
        if (fstatat(dfd, de->d_name, &st, AT_SYMLINK_NOFOLLOW) < 0)
            continue; /* gone since readdir */
        if (n == cap) {
            cap = cap ? cap * 2 : 32;
            e = xrealloc(e, cap * sizeof(*e));
        }
        struct pkg_entry *x = &e[n++];
        memset(x, 0, sizeof(*x));
        x->name = xstrdup(de->d_name);
        if (S_ISLNK(st.st_mode)) {
            char *sub = strcmp(rel, ".") == 0 ? xstrdup(de->d_name) : path_join(rel, de->d_name);
            follow_link(root, sub, x);
            free(sub);
        } else {
            x->mode = st.st_mode & S_IFMT;
            x->kind = S_ISREG(st.st_mode) ? PKG_FILE : S_ISDIR(st.st_mode) ? PKG_DIR : PKG_SPECIAL;
        }
    }
    if (ret == 0 && errno != 0)
        ret = set_error(err, errlen, "%s: %s", path, strerror(errno));
    closedir(d);
    close(root);
    if (ret < 0) {
        pkg_entries_free(e, n);
        return -1;
    }
    if (n > 1)
        qsort(e, n, sizeof(*e), compare_entries);
    *out = e;
    *count = n;
    return 0;
}

int pkg_entry_check(const char *path, const struct pkg_entry *e, char *err, size_t errlen)
{
    switch (e->kind) {
    case PKG_FILE:
        return 0;
    case PKG_MISSING:
        return set_error(err, errlen, "%s: missing", path);
    case PKG_DIR:
        if (e->link)
            return set_error(err, errlen,
                             "%s: a symbolic link to a directory, which the judge does not follow",
                             path);
        return set_error(err, errlen, "%s: not a regular file (a directory)", path);
    case PKG_SPECIAL:
        return set_error(err, errlen, "%s: not a regular file (%s)", path, type_name(e->mode));
    case PKG_BROKEN:
    default:
        return resolve_error(path, e->error, false, err, errlen);
    }
}

/* Every file under path (a directory reached without links) must be a regular file within the
 * program cap; subdirectories are walked. */
static int check_tree(const char *dir, const char *path, int depth, size_t *budget, char *err,
                      size_t errlen)
{
    if (depth > PKG_WALK_MAX_DEPTH)
        return set_error(err, errlen, "%s: nested deeper than %d directories", path,
                         PKG_WALK_MAX_DEPTH);
    struct pkg_entry *e;
    size_t n;
    if (pkg_list(dir, path, &e, &n, budget, err, errlen) < 0)
        return -1;
    int ret = 0;
    for (size_t i = 0; i < n && ret == 0; i++) {
        char *sub = path_join(path, e[i].name);
        if (e[i].kind == PKG_DIR && !e[i].link)
            ret = check_tree(dir, sub, depth + 1, budget, err, errlen);
        else if (pkg_entry_check(sub, &e[i], err, errlen) < 0 ||
                 pkg_check_file(dir, sub, PKG_PROGRAM_FILE_MAX, err, errlen) < 0)
            ret = -1;
        free(sub);
    }
    pkg_entries_free(e, n);
    return ret;
}

int pkg_check_program(const char *dir, const char *source, bool with_siblings, char *err,
                      size_t errlen)
{
    struct pkg_entry e;
    size_t budget = PKG_WALK_MAX_ENTRIES;
    pkg_stat(dir, source, &e);
    if (e.kind == PKG_DIR && !e.link)
        return check_tree(dir, source, 0, &budget, err, errlen);
    if (pkg_entry_check(source, &e, err, errlen) < 0 ||
        pkg_check_file(dir, source, PKG_PROGRAM_FILE_MAX, err, errlen) < 0)
        return -1;
    if (!with_siblings)
        return 0;

    /* build.c takes the other files of the source's directory along (headers): each must be
     * one the judge may take. Directories there are not taken. */
    const char *slash = strrchr(source, '/');
    char *parent = slash ? xstrndup(source, (size_t)(slash - source)) : xstrdup(dir);
    if (!relative(dir, parent)) {
        free(parent);
        parent = xstrdup(dir);
    }
    struct pkg_entry *list;
    size_t n;
    int ret = pkg_list(dir, parent, &list, &n, &budget, err, errlen);
    for (size_t i = 0; ret == 0 && i < n; i++) {
        if (list[i].kind == PKG_DIR && !list[i].link)
            continue;
        char *sub = path_join(parent, list[i].name);
        if (pkg_entry_check(sub, &list[i], err, errlen) < 0 ||
            pkg_check_file(dir, sub, PKG_PROGRAM_FILE_MAX, err, errlen) < 0)
            ret = -1;
        free(sub);
    }
    pkg_entries_free(list, n);
    free(parent);
    return ret;
}
