/* mounts.c: the box's mount view: a read-only system, a private /proc, /dev, /tmp, /box. */
#define _GNU_SOURCE
#include "sandbox/internal.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <linux/mount.h>
#include <stdio.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

/*
 * The view, built on a tmpfs at `root` and then made the root with pivot_root:
 *
 *   /usr /bin /sbin /lib* and a few files of /etc    read-only binds of the host's
 *   extra read-only paths (a toolchain under /opt)   read-only binds, same path
 *   /proc                                            a new procfs of the box's PID namespace,
 *                                                    showing only the run's own processes
 *   /dev                                             a tmpfs with null, zero, full, random,
 *                                                    urandom, and the fd symlinks
 *   /box /tmp /dev/shm                               one size-bounded tmpfs, writable
 *   /prog                                            a tmpfs, read-only to runs; the judge
 *                                                    writes it through a descriptor of a
 *                                                    detached writable mount of it
 *   /prog/<name>                                     with prog_file: that host file, a
 *                                                    read-only bind over an empty file
 *
 * Nothing else of the host is visible: not its /home, /root, /etc, /var or /run.
 */

/* Host paths every box shows: what a dynamically linked program and the usual language
 * runtimes need. A path this machine lacks is skipped. */
static const char *const system_paths[] = {
    "/usr",
    "/bin",
    "/sbin",
    "/lib",
    "/lib32",
    "/lib64",
    "/libx32",
    "/etc/ld.so.cache",
    "/etc/alternatives",
    "/etc/localtime",
    NULL,
};

static const char *const device_nodes[] = {"null", "zero", "full", "random", "urandom", NULL};

/* Files the areas hold. /prog holds a program at the judge's bounds (judge/build.h: 10,000
 * compiled files, with the sources beside them); the scratch space, where a compiler writes
 * them, holds more than that, so that a program meets the bound and not a full disk. */
#define SCRATCH_INODES 16384
#define PROG_INODES    12288

bool sbx_box_owns_path(const char *path)
{
    static const char *const own[] = {"/tmp", "/box", "/prog", "/dev", "/proc", "/", NULL};
    for (int i = 0; own[i]; i++) {
        size_t l = strlen(own[i]);
        if (strncmp(path, own[i], l) == 0 && (path[l] == '\0' || path[l] == '/' || l == 1)) {
            if (l == 1 && path[1] != '\0')
                continue; /* "/" owns only itself */
            return true;
        }
    }
    return false;
}

static int fail(char *err, size_t errlen, int e, const char *what, const char *path)
{
    snprintf(err, errlen, "%s %s: %s", what, path, strerror(e));
    return -e;
}

static int set_attr(const char *path, uint64_t attr, bool recursive)
{
    struct mount_attr ma = {.attr_set = attr};
    if (syscall(SYS_mount_setattr, AT_FDCWD, path, recursive ? AT_RECURSIVE : 0, &ma, sizeof(ma)) ==
        0)
        return 0;
    if (errno != ENOSYS)
        return -errno;
    /* Before Linux 5.12: a plain, non-recursive remount. */
    unsigned long flags = MS_BIND | MS_REMOUNT;
    if (attr & MOUNT_ATTR_RDONLY)
        flags |= MS_RDONLY;
    if (attr & MOUNT_ATTR_NOSUID)
        flags |= MS_NOSUID;
    if (attr & MOUNT_ATTR_NODEV)
        flags |= MS_NODEV;
    if (attr & MOUNT_ATTR_NOEXEC)
        flags |= MS_NOEXEC;
    return mount(NULL, path, NULL, flags, NULL) == 0 ? 0 : -errno;
}

/* mkdir -p of the directories leading to path, below the existing `from`, mode 0755. */
static int make_parents(char *path, size_t from)
{
    for (char *p = path + from + 1; *p; p++) {
        if (*p != '/')
            continue;
        *p = '\0';
        int r = mkdir(path, 0755);
        *p = '/';
        if (r < 0 && errno != EEXIST)
            return -errno;
    }
    return 0;
}

/* Shows host path `src` read-only at box path `at` (NULL: the same path) under root. */
static int bind_ro(const char *root, const char *src, const char *at, bool optional, char *err,
                   size_t errlen)
{
    char dst[PATH_MAX];
    struct stat st;

    if (sbx_fmt(dst, sizeof(dst), "%s%s", root, at ? at : src) < 0)
        return fail(err, errlen, ENAMETOOLONG, "cannot show", src);
    if (lstat(src, &st) < 0) {
        if (optional && errno == ENOENT)
            return 0;
        return fail(err, errlen, errno, "cannot show", src);
    }
    int r = make_parents(dst, strlen(root));
    if (r < 0)
        return fail(err, errlen, -r, "cannot create the parents of", src);

    /* A top-level symlink (/bin -> usr/bin on merged-/usr systems) is recreated as such. */
    if (S_ISLNK(st.st_mode) && optional) {
        char target[PATH_MAX];
        ssize_t n = readlink(src, target, sizeof(target) - 1);
        if (n < 0)
            return fail(err, errlen, errno, "cannot read the link", src);
        target[n] = '\0';
        if (symlink(target, dst) < 0 && errno != EEXIST)
            return fail(err, errlen, errno, "cannot recreate the link", src);
        return 0;
    }
    if (stat(src, &st) < 0)
        return fail(err, errlen, errno, "cannot show", src);
    if (S_ISDIR(st.st_mode)) {
        if (mkdir(dst, 0755) < 0 && errno != EEXIST)
            return fail(err, errlen, errno, "cannot create", dst);
    } else {
        int fd = open(dst, O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
        if (fd < 0)
            return fail(err, errlen, errno, "cannot create", dst);
        close(fd);
    }
    if (mount(src, dst, NULL, MS_BIND | MS_REC, NULL) < 0)
        return fail(err, errlen, errno, "cannot bind", src);
    r = set_attr(dst, MOUNT_ATTR_RDONLY | MOUNT_ATTR_NOSUID | MOUNT_ATTR_NODEV, true);
    if (r < 0)
        return fail(err, errlen, -r, "cannot make read-only", src);
    return 0;
}

static bool known_device(const char *name)
{
    for (int i = 0; device_nodes[i]; i++) {
        if (strcmp(device_nodes[i], name) == 0)
            return true;
    }
    return false;
}

static int make_dev(const char *root, const char *const *nodes, char *err, size_t errlen)
{
    char path[PATH_MAX], src[64];

    if (sbx_fmt(path, sizeof(path), "%s/dev", root) < 0)
        return fail(err, errlen, ENAMETOOLONG, "cannot create", "/dev");
    if (mkdir(path, 0755) < 0)
        return fail(err, errlen, errno, "cannot create", "/dev");
    if (mount("judge-dev", path, "tmpfs", MS_NOSUID | MS_NOEXEC, "size=64k,mode=0755") < 0)
        return fail(err, errlen, errno, "cannot mount", "/dev");
    if (!nodes)
        nodes = device_nodes;
    for (int i = 0; nodes[i]; i++) {
        if (!known_device(nodes[i]))
            return fail(err, errlen, EINVAL, "unknown device", nodes[i]);
        snprintf(src, sizeof(src), "/dev/%s", nodes[i]);
        if (sbx_fmt(path, sizeof(path), "%s/dev/%s", root, nodes[i]) < 0)
            return fail(err, errlen, ENAMETOOLONG, "cannot create", src);
        /* A node of the host's number where the keeper may make one (root, no user
         * namespace): two system calls, where a bind is a mount and a remount. Elsewhere
         * mknod says EPERM, and the host's node is bound instead. */
        struct stat st;
        if (stat(src, &st) == 0 && S_ISCHR(st.st_mode) &&
            mknod(path, S_IFCHR | 0666, st.st_rdev) == 0) {
            if (chmod(path, 0666) < 0) /* past the keeper's umask */
                return fail(err, errlen, errno, "cannot create", src);
            continue;
        }
        int fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0666);
        if (fd < 0)
            return fail(err, errlen, errno, "cannot create", src);
        close(fd);
        if (mount(src, path, NULL, MS_BIND, NULL) < 0)
            return fail(err, errlen, errno, "cannot bind", src);
        int r = set_attr(path, MOUNT_ATTR_NOSUID | MOUNT_ATTR_NOEXEC, false);
        if (r < 0)
            return fail(err, errlen, -r, "cannot restrict", src);
    }
    static const char *const links[][2] = {
        {"fd", "/proc/self/fd"},
        {"stdin", "/proc/self/fd/0"},
        {"stdout", "/proc/self/fd/1"},
        {"stderr", "/proc/self/fd/2"},
    };
    for (size_t i = 0; i < sizeof(links) / sizeof(links[0]); i++) {
        if (sbx_fmt(path, sizeof(path), "%s/dev/%s", root, links[i][0]) < 0 ||
            symlink(links[i][1], path) < 0)
            return fail(err, errlen, errno, "cannot create the link", links[i][0]);
    }
    if (sbx_fmt(path, sizeof(path), "%s/dev/shm", root) < 0 || mkdir(path, 01777) < 0)
        return fail(err, errlen, errno, "cannot create", "/dev/shm");
    return 0;
}

static int make_proc(const char *root, char *err, size_t errlen)
{
    char path[PATH_MAX];
    unsigned long flags = MS_NOSUID | MS_NODEV | MS_NOEXEC;

    if (sbx_fmt(path, sizeof(path), "%s/proc", root) < 0 || mkdir(path, 0555) < 0)
        return fail(err, errlen, errno, "cannot create", "/proc");
    /* hidepid: a run sees only processes of its own uid; subset=pid: no /proc/sys, no
     * kernel tables, only the process directories. Older kernels know fewer options. */
    if (mount("proc", path, "proc", flags, "hidepid=invisible,subset=pid") == 0 ||
        mount("proc", path, "proc", flags, "hidepid=2") == 0)
        return 0;
    return fail(err, errlen, errno, "cannot mount", "/proc");
}

/*
 * The scratch space and /prog are file systems of their own, which the run sees only through
 * binds of their directories; the keeper keeps a descriptor of each, and writes through it.
 * The scratch space is mounted at `root`, and /prog's on a directory of it, before the box's
 * root covers both: so that they leave with the host's tree in its one unmount after the
 * pivot, detached from every path. An unmount of its own for each would wait for an RCU grace
 * period each, which the network namespace being made on the other CPU meanwhile (keeper.c)
 * held up by 0.3 ms.
 */

/* A tmpfs mounted at root/name (name NULL: at root), and opened: the descriptor keeps it
 * reachable once the host's tree is gone. */
static int make_tmpfs(const char *root, const char *name, long size_kib, int inodes, int *fd_out,
                      char *err, size_t errlen)
{
    char path[PATH_MAX], opts[128];
    if (sbx_fmt(path, sizeof(path), "%s%s%s", root, name ? "/" : "", name ? name : "") < 0 ||
        (name && mkdir(path, 0700) < 0))
        return fail(err, errlen, errno, "cannot create", name ? name : root);
    snprintf(opts, sizeof(opts), "size=%ldk,nr_inodes=%d,mode=0755", size_kib, inodes);
    if (mount("judge-box", path, "tmpfs", MS_NOSUID | MS_NODEV, opts) < 0)
        return fail(err, errlen, errno, "cannot mount a tmpfs on", path);
    *fd_out = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (*fd_out < 0)
        return fail(err, errlen, errno, "cannot open", path);
    return 0;
}

/* Binds directory `sub` of the detached tmpfs (by descriptor) at root/dst. */
static int bind_sub(int tmpfs_fd, const char *sub, const char *root, const char *dst, uint64_t attr,
                    int *fd_out, char *err, size_t errlen)
{
    char src[64], path[PATH_MAX];
    snprintf(src, sizeof(src), "/proc/self/fd/%d/%s", tmpfs_fd, sub);
    if (sbx_fmt(path, sizeof(path), "%s%s", root, dst) < 0)
        return fail(err, errlen, ENAMETOOLONG, "cannot bind", dst);
    if (mkdir(path, 0755) < 0 && errno != EEXIST)
        return fail(err, errlen, errno, "cannot create", dst);
    if (mount(src, path, NULL, MS_BIND, NULL) < 0)
        return fail(err, errlen, errno, "cannot bind", dst);
    if (attr) {
        int r = set_attr(path, attr, false);
        if (r < 0)
            return fail(err, errlen, -r, "cannot restrict", dst);
    }
    if (fd_out) {
        *fd_out = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (*fd_out < 0)
            return fail(err, errlen, errno, "cannot open", dst);
    }
    return 0;
}

/* The config's program, held open while the host's tree is still in view, if it is still the
 * file the caller checked; else -1 (the caller copies it instead). */
static int hold_prog_file(const struct sbx_prog_file *pf)
{
    struct stat st;
    if (!pf || !pf->name[0] || strchr(pf->name, '/') || strcmp(pf->name, ".") == 0 ||
        strcmp(pf->name, "..") == 0)
        return -1;
    int fd = open(pf->host, O_PATH | O_CLOEXEC);
    if (fd >= 0 && (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode) || st.st_dev != pf->dev ||
                    st.st_ino != pf->ino)) {
        close(fd);
        fd = -1;
    }
    return fd;
}

/* Shows the held program read-only at root/prog/<name>, over an empty file of that name in
 * /prog's tmpfs. 1 when shown, 0 when not (the caller copies it), or -errno when it is
 * shown but cannot be made read-only. */
static int show_prog_file(const char *root, int prog_fd, int held, const char *name, char *err,
                          size_t errlen)
{
    char src[64], dst[PATH_MAX];
    int fd = openat(prog_fd, name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0755);
    if (fd < 0)
        return 0;
    close(fd);
    snprintf(src, sizeof(src), "/proc/self/fd/%d", held);
    if (sbx_fmt(dst, sizeof(dst), "%s/prog/%s", root, name) < 0 ||
        mount(src, dst, NULL, MS_BIND, NULL) < 0) {
        unlinkat(prog_fd, name, 0);
        return 0;
    }
    int r = set_attr(dst, MOUNT_ATTR_RDONLY | MOUNT_ATTR_NOSUID | MOUNT_ATTR_NODEV, false);
    if (r < 0)
        return fail(err, errlen, -r, "cannot make read-only", dst);
    return 1;
}

int sbx_mount_view(const char *root, const struct sbx_box_config *cfg, uid_t uid, gid_t gid,
                   struct sbx_mount_fds *fds, char *err, size_t errlen)
{
    int scratch = -1, r;

    fds->prog = fds->box = fds->tmp = fds->shm = -1;
    fds->prog_in_place = false;

    /* Nothing done here may propagate back to the host. */
    if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) < 0)
        return fail(err, errlen, errno, "cannot make private", "/");
    /* What is shown elsewhere is held open first: the box's root is about to cover /tmp,
     * where such a path may live (a cache under $TMPDIR). */
    int at_fds[8];
    size_t nat = 0;
    for (const struct sbx_bind *b = cfg->bind_ro_at; b && b->host; b++) {
        if (nat == sizeof(at_fds) / sizeof(at_fds[0]))
            return fail(err, errlen, E2BIG, "too many paths to show:", b->host);
        if (b->host[0] != '/' || (at_fds[nat] = open(b->host, O_PATH | O_CLOEXEC)) < 0)
            return fail(err, errlen, b->host[0] != '/' ? EINVAL : errno, "cannot show", b->host);
        nat++;
    }
    int held_prog = hold_prog_file(cfg->prog_file);

    /* /box, /tmp and /dev/shm: one tmpfs, so one bound covers all three. And /prog. */
    r = make_tmpfs(root, NULL, cfg->scratch_kib, SCRATCH_INODES, &scratch, err, errlen);
    if (r == 0)
        r = make_tmpfs(root, ".prog", cfg->prog_kib, PROG_INODES, &fds->prog, err, errlen);
    if (r < 0)
        goto out_close_scratch;
    if (mkdirat(scratch, "box", 0755) < 0 || fchownat(scratch, "box", uid, gid, 0) < 0 ||
        mkdirat(scratch, "tmp", 01777) < 0 || fchmodat(scratch, "tmp", 01777, 0) < 0 ||
        mkdirat(scratch, "shm", 01777) < 0 || fchmodat(scratch, "shm", 01777, 0) < 0) {
        r = fail(err, errlen, errno, "cannot prepare", "the scratch space");
        goto out_close_scratch;
    }
    if (mount("judge-root", root, "tmpfs", MS_NOSUID | MS_NODEV, "size=1m,mode=0755") < 0) {
        r = fail(err, errlen, errno, "cannot mount the box root on", root);
        goto out_close_scratch;
    }

    for (int i = 0; system_paths[i]; i++) {
        r = bind_ro(root, system_paths[i], NULL, true, err, errlen);
        if (r < 0)
            goto out_close_scratch;
    }
    for (int i = 0; cfg->bind_ro && cfg->bind_ro[i]; i++) {
        const char *b = cfg->bind_ro[i];
        if (b[0] != '/') {
            r = fail(err, errlen, EINVAL, "not an absolute path:", b);
        } else if (sbx_box_owns_path(b)) {
            snprintf(err, errlen, "cannot show %s: the box has its own %s", b, b);
            r = -EINVAL;
        } else {
            r = bind_ro(root, b, NULL, false, err, errlen);
        }
        if (r < 0)
            goto out_close_scratch;
    }
    for (size_t i = 0; i < nat; i++) {
        const struct sbx_bind *b = &cfg->bind_ro_at[i];
        char held[64];
        snprintf(held, sizeof(held), "/proc/self/fd/%d", at_fds[i]);
        if (!b->box || b->box[0] != '/' || strstr(b->box, ".."))
            r = fail(err, errlen, EINVAL, "not an absolute path:", b->box ? b->box : "");
        else if (sbx_box_owns_path(b->box))
            r = fail(err, errlen, EINVAL, "the box has its own", b->box);
        else
            r = bind_ro(root, held, b->box, false, err, errlen);
        close(at_fds[i]);
        if (r < 0) {
            for (size_t k = i + 1; k < nat; k++)
                close(at_fds[k]);
            goto out_close_scratch;
        }
    }
    r = make_dev(root, cfg->devices, err, errlen);
    if (r == 0)
        r = make_proc(root, err, errlen);
    if (r < 0)
        goto out_close_scratch;

    r = bind_sub(scratch, "box", root, "/box", 0, &fds->box, err, errlen);
    if (r == 0)
        r = bind_sub(scratch, "tmp", root, "/tmp", 0, &fds->tmp, err, errlen);
    if (r == 0)
        r = bind_sub(scratch, "shm", root, "/dev/shm", 0, &fds->shm, err, errlen);
    if (r < 0)
        goto out_close_scratch;
    close(scratch);
    scratch = -1;

    r = bind_sub(fds->prog, ".", root, "/prog", MOUNT_ATTR_RDONLY | MOUNT_ATTR_NOSUID, NULL, err,
                 errlen);
    if (r == 0 && held_prog >= 0) {
        r = show_prog_file(root, fds->prog, held_prog, cfg->prog_file->name, err, errlen);
        fds->prog_in_place = r == 1;
        r = r < 0 ? r : 0;
    }
    if (held_prog >= 0)
        close(held_prog);
    if (r < 0)
        return r;

    /* The new root becomes "/"; the old one, stacked on it, goes in sbx_mount_seal(). */
    if (chdir(root) < 0)
        return fail(err, errlen, errno, "cannot enter", root);
    if (syscall(SYS_pivot_root, ".", ".") < 0)
        return fail(err, errlen, errno, "cannot pivot into", root);
    return 0;

out_close_scratch:
    if (scratch >= 0)
        close(scratch);
    return r;
}

int sbx_mount_seal(char *err, size_t errlen)
{
    /* The host's tree, and the scratch space and /prog mounted in it, detached entirely. */
    if (umount2(".", MNT_DETACH) < 0)
        return fail(err, errlen, errno, "cannot detach", "the host's root");
    if (chdir("/") < 0)
        return fail(err, errlen, errno, "cannot enter", "/");
    int r = set_attr("/dev", MOUNT_ATTR_RDONLY | MOUNT_ATTR_NOSUID | MOUNT_ATTR_NOEXEC, false);
    if (r == 0)
        r = set_attr("/", MOUNT_ATTR_RDONLY | MOUNT_ATTR_NOSUID | MOUNT_ATTR_NODEV, false);
    if (r < 0)
        return fail(err, errlen, -r, "cannot make read-only", "the box root");
    return 0;
}

int sbx_scratch_resize(int fd, long size_kib)
{
    char size[32];
    snprintf(size, sizeof(size), "%ldk", size_kib);
    /* The new mount API reconfigures the superblock behind a descriptor: no path needed. */
    int fs = (int)syscall(SYS_fspick, fd, "", FSPICK_EMPTY_PATH | FSPICK_CLOEXEC);
    if (fs >= 0) {
        int r = 0;
        if (syscall(SYS_fsconfig, fs, FSCONFIG_SET_STRING, "size", size, 0) < 0 ||
            syscall(SYS_fsconfig, fs, FSCONFIG_CMD_RECONFIGURE, NULL, NULL, 0) < 0)
            r = -errno;
        close(fs);
        return r;
    }
    if (errno != ENOSYS)
        return -errno;
    /* Before Linux 5.2: remount through the descriptor's path. */
    char path[64], opts[64];
    snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
    snprintf(opts, sizeof(opts), "size=%s", size);
    return mount(NULL, path, NULL, MS_REMOUNT | MS_NOSUID | MS_NODEV, opts) == 0 ? 0 : -errno;
}
