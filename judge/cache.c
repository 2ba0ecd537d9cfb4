/* cache.c: the judge's private cache: directories that are the user's alone, entries checked
 * against their SHA-256 when read, nothing opened through a symlink (see cache.h). */
#define _GNU_SOURCE
#include "judge/cache.h"
#include "judge/util.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#define HEADER_MAX 256
#define CHUNK      65536

/* ---- keys ---- */

void cache_key_init(struct cache_key *k, const char *purpose)
{
    sha256_begin(&k->md);
    cache_key_addf(k, "judge %s %s\n", JUDGE_VERSION, purpose);
}

void cache_key_add(struct cache_key *k, const void *data, size_t len)
{
    sha256_add(&k->md, data, len);
}

void cache_key_addf(struct cache_key *k, const char *fmt, ...)
{
    struct strbuf sb = STRBUF_INIT;
    va_list ap;
    va_start(ap, fmt);
    strbuf_vaddf(&sb, fmt, ap);
    va_end(ap);
    sha256_add(&k->md, sb.buf ? sb.buf : "", sb.len);
    strbuf_release(&sb);
}

int cache_key_add_fd(struct cache_key *k, int fd, off_t offset, off_t len)
{
    char buf[CHUNK];
    while (len > 0) {
        size_t want = len < (off_t)sizeof(buf) ? (size_t)len : sizeof(buf);
        ssize_t n = pread(fd, buf, want, offset);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return -errno;
        if (n == 0)
            return -EIO;
        sha256_add(&k->md, buf, (size_t)n);
        offset += n;
        len -= n;
    }
    return 0;
}

void cache_key_final(struct cache_key *k, char out[65])
{
    sha256_end_hex(&k->md, out);
}

void cache_key_abandon(struct cache_key *k)
{
    (void)k; /* nothing is allocated */
}

static bool valid_key(const char *key)
{
    size_t n = strspn(key, "0123456789abcdef");
    return n == 64 && key[64] == '\0';
}

/* ---- the directories ---- */

/* Whether a failure to create or open a directory means "no cache here" (the caller goes on
 * without one) rather than something to refuse. */
static bool unavailable(int e)
{
    return e == EACCES || e == EPERM || e == EROFS || e == ENOSPC || e == EDQUOT || e == ENOENT ||
           e == ENAMETOOLONG;
}

/* mkdir -p, following the user's own path as the user gave it: what is checked is the
 * judge's directory inside it. 0 or -errno. */
static int mkdir_parents(const char *path)
{
    char *p = xstrdup(path);
    int ret = 0;
    for (char *s = p + 1; *s && ret == 0; s++) {
        if (*s != '/')
            continue;
        *s = '\0';
        if (mkdir(p, 0700) < 0 && errno != EEXIST)
            ret = -errno;
        *s = '/';
    }
    if (ret == 0 && mkdir(p, 0700) < 0 && errno != EEXIST)
        ret = -errno;
    free(p);
    return ret;
}

/*
 * Opens the directory `name` in parent (made 0700 when missing) as one of the cache's own:
 * never through a symlink, and only when it is the user's and writable by no one else. One
 * readable by others is narrowed to 0700. Returns 0 with *out, 1 when it cannot be had (err
 * says why), -1 when it must be refused (err names it).
 */
static int open_private_dir(int parent, const char *name, const char *path, int *out, char *err,
                            size_t errlen)
{
    *out = -1;
    if (mkdirat(parent, name, 0700) < 0 && errno != EEXIST) {
        set_error(err, errlen, "%s: cannot create the cache directory: %s", path, strerror(errno));
        return unavailable(errno) ? 1 : -1;
    }
    /* O_PATH first: a directory someone else made 0700 cannot be opened to read, and must be
     * refused as theirs, not skipped as unavailable. */
    int probe = openat(parent, name, O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (probe < 0) {
        int e = errno;
        if (e == ELOOP || e == ENOTDIR)
            return set_error(err, errlen,
                             "%s: the cache directory is a symlink or not a directory; remove it",
                             path);
        set_error(err, errlen, "%s: cannot open the cache directory: %s", path, strerror(e));
        return unavailable(e) ? 1 : -1;
    }
    struct stat st;
    int ret = -1;
    if (fstat(probe, &st) < 0) {
        set_error(err, errlen, "%s: %s", path, strerror(errno));
        goto out_probe;
    }
    if (st.st_uid != geteuid()) {
        set_error(err, errlen,
                  "%s: the cache directory belongs to uid %u, not to you (uid %u); remove it or "
                  "set XDG_CACHE_HOME",
                  path, (unsigned)st.st_uid, (unsigned)geteuid());
        goto out_probe;
    }
    if (st.st_mode & (S_IWGRP | S_IWOTH)) {
        set_error(err, errlen,
                  "%s: the cache directory is writable by group or others (mode %03o); make it "
                  "yours alone (chmod 700) or remove it",
                  path, (unsigned)(st.st_mode & 0777));
        goto out_probe;
    }
    int fd = openat(probe, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        int e = errno;
        set_error(err, errlen, "%s: cannot open the cache directory: %s", path, strerror(e));
        ret = unavailable(e) ? 1 : -1;
        goto out_probe;
    }
    if ((st.st_mode & 077) && fchmod(fd, st.st_mode & 0700) < 0) {
        set_error(err, errlen, "%s: cannot make the cache directory private: %s", path,
                  strerror(errno));
        close(fd);
        goto out_probe;
    }
    *out = fd;
    ret = 0;
out_probe:
    close(probe);
    return ret;
}

int cache_open(struct judge_cache *c, const char *area, char *err, size_t errlen)
{
    c->dirfd = -1;
    c->path = NULL;
    const char *xdg = getenv("XDG_CACHE_HOME");
    const char *home = getenv("HOME");
    const char *tmp = getenv("TMPDIR");
    char *base, *name;
    bool fallback = false;
    if (xdg && xdg[0] == '/') {
        base = xstrdup(xdg);
        name = xstrdup("judge");
    } else if (home && home[0] == '/') {
        base = path_join(home, ".cache");
        name = xstrdup("judge");
    } else {
        /* No home: a directory of this user's own in the shared temporary directory, which
         * anyone may have made first (then it is refused, never used). */
        base = xstrdup(tmp && tmp[0] == '/' ? tmp : "/tmp");
        name = xasprintf("judge-cache-%u", (unsigned)geteuid());
        fallback = true;
    }
    char *root_path = path_join(base, name);
    int basefd = -1, rootfd = -1;
    int ret = 1;

    int r = fallback ? 0 : mkdir_parents(base);
    if (r < 0) {
        set_error(err, errlen, "%s: cannot create the cache directory: %s", base, strerror(-r));
        ret = unavailable(-r) ? 1 : -1;
        goto out;
    }
    basefd = open(base, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (basefd < 0) {
        set_error(err, errlen, "%s: cannot open the cache directory: %s", base, strerror(errno));
        ret = unavailable(errno) ? 1 : -1;
        goto out;
    }
    ret = open_private_dir(basefd, name, root_path, &rootfd, err, errlen);
    if (ret != 0)
        goto out;
    c->path = path_join(root_path, area);
    ret = open_private_dir(rootfd, area, c->path, &c->dirfd, err, errlen);
out:
    if (basefd >= 0)
        close(basefd);
    if (rootfd >= 0)
        close(rootfd);
    free(base);
    free(name);
    free(root_path);
    return ret;
}

void cache_close(struct judge_cache *c)
{
    if (c->dirfd >= 0)
        close(c->dirfd);
    c->dirfd = -1;
    free(c->path);
    c->path = NULL;
}

/* ---- entries ---- */

void cache_entry_release(struct cache_entry *e)
{
    free(e->meta);
    if (e->data_fd >= 0)
        close(e->data_fd);
    memset(e, 0, sizeof(*e));
    e->data_fd = -1;
}

/* The hash that an entry records: of its key, its header (without the hash) and content. */
static void entry_hash_start(struct cache_key *k, const char *key, const char *format,
                             size_t meta_len, off_t data_len)
{
    cache_key_init(k, "cache entry");
    cache_key_addf(k, "%s\n%s %zu %lld\n", key, format, meta_len, (long long)data_len);
}

/* Removes an entry that must not be used; a symlink is removed, never followed. */
static void discard(const struct judge_cache *c, const char *key)
{
    unlinkat(c->dirfd, key, 0);
}

/* Parses "<format> <meta> <data> <hash>" (the line without its newline). */
static bool parse_header(char *line, const char *format, size_t *meta_len, off_t *data_len,
                         char hash[65])
{
    size_t flen = strlen(format);
    if (strncmp(line, format, flen) != 0 || line[flen] != ' ')
        return false;
    char *p = line + flen + 1, *end;
    errno = 0;
    unsigned long long m = strtoull(p, &end, 10);
    if (errno || end == p || *end != ' ' || m > (unsigned long long)CACHE_META_MAX)
        return false;
    p = end + 1;
    long long d = strtoll(p, &end, 10);
    if (errno || end == p || *end != ' ' || d < 0)
        return false;
    p = end + 1;
    if (!valid_key(p))
        return false;
    *meta_len = (size_t)m;
    *data_len = (off_t)d;
    memcpy(hash, p, 65);
    return true;
}

int cache_get(const struct judge_cache *c, const char *key, const char *format, off_t max_bytes,
              struct cache_entry *e)
{
    memset(e, 0, sizeof(*e));
    e->data_fd = -1;
    if (c->dirfd < 0 || !valid_key(key))
        return 0;
    int fd = openat(c->dirfd, key, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ELOOP)
            discard(c, key);
        return 0;
    }
    struct cache_key k;
    int found = 0;
    struct stat st;
    char head[HEADER_MAX + 1];
    if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode) || st.st_uid != geteuid() ||
        (st.st_mode & (S_IWGRP | S_IWOTH)) || st.st_size > max_bytes)
        goto out_discard;
    ssize_t n = pread(fd, head, HEADER_MAX, 0);
    if (n <= 0)
        goto out_discard;
    head[n] = '\0';
    char *nl = memchr(head, '\n', (size_t)n);
    if (!nl)
        goto out_discard;
    *nl = '\0';
    off_t header_len = nl - head + 1;
    size_t meta_len;
    off_t data_len;
    char want[65], got[65];
    if (!parse_header(head, format, &meta_len, &data_len, want) || data_len > st.st_size ||
        header_len + (off_t)meta_len + data_len != st.st_size)
        goto out_discard;

    entry_hash_start(&k, key, format, meta_len, data_len);
    e->meta = xmalloc(meta_len + 1);
    e->meta_len = meta_len;
    size_t have = 0;
    while (have < meta_len) {
        ssize_t m = pread(fd, e->meta + have, meta_len - have, header_len + (off_t)have);
        if (m <= 0)
            goto out_discard;
        have += (size_t)m;
    }
    e->meta[meta_len] = '\0';
    cache_key_add(&k, e->meta, meta_len);

    if (data_len > 0) {
        e->data_fd = memfd_create("judge-cache", MFD_CLOEXEC);
        if (e->data_fd < 0)
            goto out_release;
        e->data_len = data_len;
        char buf[CHUNK];
        off_t off = header_len + (off_t)meta_len, left = data_len;
        while (left > 0) {
            size_t want_now = left < (off_t)sizeof(buf) ? (size_t)left : sizeof(buf);
            ssize_t m = pread(fd, buf, want_now, off);
            if (m <= 0)
                goto out_discard;
            cache_key_add(&k, buf, (size_t)m);
            if (write_all(e->data_fd, buf, (size_t)m) < 0)
                goto out_release;
            off += m;
            left -= m;
        }
    }
    cache_key_final(&k, got);
    if (strcmp(got, want) != 0)
        goto out_discard;
    found = 1;
    /* Used now: the last to go when the area is trimmed. */
    futimens(fd, (const struct timespec[2]){{.tv_nsec = UTIME_OMIT}, {.tv_nsec = UTIME_NOW}});
    goto out_close;

out_discard:
    discard(c, key);
out_release:
    cache_entry_release(e);
out_close:
    close(fd);
    return found;
}

/* Copies len bytes of in (from offset 0, with pread) to out. 0 or -errno. */
struct used {
    char name[65];
    long long bytes;
    struct timespec when;
};

static int older_first(const void *a, const void *b)
{
    const struct used *x = a, *y = b;
    if (x->when.tv_sec != y->when.tv_sec)
        return x->when.tv_sec < y->when.tv_sec ? -1 : 1;
    if (x->when.tv_nsec != y->when.tv_nsec)
        return x->when.tv_nsec < y->when.tv_nsec ? -1 : 1;
    return strcmp(x->name, y->name);
}

int cache_trim(const struct judge_cache *c, long long max_bytes)
{
    if (c->dirfd < 0)
        return 0;
    int fd = openat(c->dirfd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
    if (!d) {
        int e = errno;
        if (fd >= 0)
            close(fd);
        return -e;
    }
    struct used *list = NULL;
    size_t n = 0, cap = 0;
    long long total = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        struct stat st;
        if (!valid_key(de->d_name) || fstatat(c->dirfd, de->d_name, &st, AT_SYMLINK_NOFOLLOW) < 0 ||
            !S_ISREG(st.st_mode))
            continue; /* not an entry */
        if (n == cap) {
            cap = cap ? 2 * cap : 64;
            list = xrealloc(list, cap * sizeof(*list));
        }
        memcpy(list[n].name, de->d_name, 65); /* a valid key: 64 hex digits and a NUL */
        list[n].bytes = (long long)st.st_blocks * 512;
        list[n].when = st.st_mtim;
        total += list[n].bytes;
        n++;
    }
    closedir(d);
    int gone = 0;
    if (total > max_bytes) {
        qsort(list, n, sizeof(*list), older_first);
        for (size_t i = 0; i < n && total > max_bytes / 4 * 3; i++) {
            if (unlinkat(c->dirfd, list[i].name, 0) == 0) {
                total -= list[i].bytes;
                gone++;
            }
        }
    }
    free(list);
    return gone;
}

static int copy_prefix(int in, off_t len, int out)
{
    char buf[CHUNK];
    off_t off = 0;
    while (off < len) {
        size_t want = len - off < (off_t)sizeof(buf) ? (size_t)(len - off) : sizeof(buf);
        ssize_t n = pread(in, buf, want, off);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return -errno;
        if (n == 0)
            return -EIO;
        int r = write_all(out, buf, (size_t)n);
        if (r < 0)
            return r;
        off += n;
    }
    return 0;
}

int cache_put(const struct judge_cache *c, const char *key, const char *format, const char *meta,
              size_t meta_len, int data_fd, off_t data_len)
{
    static unsigned counter;
    if (c->dirfd < 0 || !valid_key(key) || meta_len > (size_t)CACHE_META_MAX)
        return -EINVAL;
    if (data_fd < 0)
        data_len = 0;

    struct cache_key k;
    char hash[65];
    entry_hash_start(&k, key, format, meta_len, data_len);
    cache_key_add(&k, meta, meta_len);
    int r = data_len > 0 ? cache_key_add_fd(&k, data_fd, 0, data_len) : 0;
    if (r < 0) {
        cache_key_abandon(&k);
        return r;
    }
    cache_key_final(&k, hash);
    char header[HEADER_MAX];
    int hlen = snprintf(header, sizeof(header), "%s %zu %lld %s\n", format, meta_len,
                        (long long)data_len, hash);
    if (hlen < 0 || (size_t)hlen >= sizeof(header))
        return -EINVAL;

    char tmp[128];
    snprintf(tmp, sizeof(tmp), ".tmp-%.16s-%ld-%u", key, (long)getpid(), counter++);
    int fd = openat(c->dirfd, tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return -errno;
    r = write_all(fd, header, (size_t)hlen);
    if (r == 0)
        r = write_all(fd, meta, meta_len);
    if (r == 0 && data_len > 0)
        r = copy_prefix(data_fd, data_len, fd);
    if (close(fd) < 0 && r == 0)
        r = -errno;
    if (r == 0 && renameat(c->dirfd, tmp, c->dirfd, key) < 0)
        r = -errno;
    if (r < 0)
        unlinkat(c->dirfd, tmp, 0);
    return r;
}
