/* export.c: safe names from data, the week's README, and writing beneath a directory without
 * following links, only what changed. */
#define _GNU_SOURCE
#include "judge/export.h"
#include "judge/util.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- names ---- */

/* The length of the valid UTF-8 sequence starting s (at most len bytes) and its code point;
 * 0 when s does not start one. */
static size_t utf8_sequence(const unsigned char *s, size_t len, uint32_t *cp)
{
    size_t n = s[0] < 0x80 ? 1 : s[0] >= 0xf0 ? 4 : s[0] >= 0xe0 ? 3 : s[0] >= 0xc2 ? 2 : 0;
    if (n == 0 || n > len || !utf8_valid((const char *)s, n))
        return 0;
    uint32_t v = n == 1 ? s[0] : s[0] & (0xff >> (n + 1));
    for (size_t i = 1; i < n; i++)
        v = (v << 6) | (s[i] & 0x3f);
    *cp = v;
    return n;
}

/* Characters that are invisible or reorder text: a name holding one could pass for another. */
static bool invisible(uint32_t cp)
{
    return (cp >= 0x80 && cp <= 0x9f) || cp == 0xad || cp == 0x061c ||
           (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x2028 && cp <= 0x202e) ||
           (cp >= 0x2060 && cp <= 0x206f) || cp == 0xfeff;
}

void export_name(const char *data, char out[EXPORT_NAME_MAX + 1])
{
    const unsigned char *s = (const unsigned char *)(data ? data : "");
    size_t len = strlen((const char *)s), n = 0;
    while (len > 0) {
        uint32_t cp = 0;
        size_t bytes = utf8_sequence(s, len, &cp);
        bool keep = false;
        if (bytes == 1)
            keep = (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
                   (cp >= '0' && cp <= '9') || cp == '-' || cp == '_' || (cp == '.' && n > 0);
        else if (bytes > 1)
            keep = !invisible(cp);
        size_t step = bytes ? bytes : 1;
        size_t add = keep ? bytes : 1;
        if (n + add > EXPORT_NAME_MAX)
            break;
        if (keep)
            memcpy(out + n, s, bytes);
        else
            out[n] = '_';
        n += add;
        s += step;
        len -= step;
    }
    if (n == 0)
        out[n++] = '_';
    out[n] = '\0';
}

/* ---- writing beneath a directory ---- */

int export_open(struct export_dir *d, const char *path, char *err, size_t errlen)
{
    memset(d, 0, sizeof(*d));
    d->fd = -1;
    if (mkdir(path, 0755) < 0 && errno != EEXIST)
        return set_error(err, errlen, "%s: cannot create the directory: %s", path, strerror(errno));
    d->fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (d->fd < 0)
        return set_error(err, errlen, "%s: %s", path,
                         errno == ENOTDIR ? "not a directory" : strerror(errno));
    d->path = xstrdup(path);
    return 0;
}

void export_close(struct export_dir *d)
{
    if (d->fd >= 0)
        close(d->fd);
    free(d->path);
    memset(d, 0, sizeof(*d));
    d->fd = -1;
}

/* Whether name is one plain component: not empty, no '.' first, no separator. */
static bool plain_component(const char *name, size_t len)
{
    return len > 0 && name[0] != '.' && !memchr(name, '/', len) && !memchr(name, '\0', len);
}

/* Opens the directory name beneath parent, creating it; never follows a link. */
static int open_subdir(int parent, const char *name, const char *shown, char *err, size_t errlen)
{
    if (mkdirat(parent, name, 0755) < 0 && errno != EEXIST)
        return set_error(err, errlen, "%s: cannot create the directory: %s", shown,
                         strerror(errno));
    int fd = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return set_error(err, errlen, "%s: %s", shown,
                         errno == ELOOP || errno == ENOTDIR
                             ? "a symbolic link or not a directory: not followed"
                             : strerror(errno));
    return fd;
}

/* Whether the regular file name beneath dirfd holds exactly content. */
static bool same_content(int dirfd, const char *name, const char *content, size_t len)
{
    int fd = openat(dirfd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct stat st;
    bool same = false;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && (size_t)st.st_size == len) {
        bool truncated;
        char *old = read_fd_head(fd, len, &truncated);
        same = old && !truncated && memcmp(old, content, len) == 0;
        free(old);
    }
    close(fd);
    return same;
}

/* Writes content to a new hidden file beside name, then renames it over name. */
static int replace_file(int dirfd, const char *name, const char *shown, const char *content,
                        size_t len, char *err, size_t errlen)
{
    uint64_t nonce = 0;
    if (getrandom(&nonce, sizeof(nonce), 0) != (ssize_t)sizeof(nonce))
        nonce = (uint64_t)getpid() ^ (uint64_t)(uintptr_t)&nonce;
    char *tmp = xasprintf(".%s.tmp-%016llx", name, (unsigned long long)nonce);
    int ret = 0;
    int fd = openat(dirfd, tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd < 0) {
        ret = set_error(err, errlen, "%s: cannot write: %s", shown, strerror(errno));
        goto out_free;
    }
    int e = write_all(fd, content, len);
    if (e == 0 && fsync(fd) < 0)
        e = -errno;
    if (close(fd) < 0 && e == 0)
        e = -errno;
    if (e == 0 && renameat(dirfd, tmp, dirfd, name) < 0)
        e = -errno;
    if (e < 0) {
        unlinkat(dirfd, tmp, 0);
        ret = set_error(err, errlen, "%s: cannot write: %s", shown, strerror(-e));
    }
out_free:
    free(tmp);
    return ret;
}

int export_write(struct export_dir *d, const char *rel, const char *content, size_t len,
                 enum export_status *status, char *err, size_t errlen)
{
    char *shown = path_join(d->path, rel);
    int dirfd = d->fd, ret = 0;
    /* The whole path is checked before anything is made. */
    for (const char *p = rel;;) {
        const char *slash = strchr(p, '/');
        size_t n = slash ? (size_t)(slash - p) : strlen(p);
        if (!plain_component(p, n)) {
            ret = set_error(err, errlen, "%s: refused: the path would leave %s", shown, d->path);
            free(shown);
            return ret;
        }
        if (!slash)
            break;
        p = slash + 1;
    }
    const char *p = rel;
    for (;;) {
        const char *slash = strchr(p, '/');
        size_t n = slash ? (size_t)(slash - p) : strlen(p);
        char *name = xstrndup(p, n);
        if (slash) {
            int next = open_subdir(dirfd, name, shown, err, errlen);
            free(name);
            if (dirfd != d->fd)
                close(dirfd);
            if (next < 0) {
                dirfd = d->fd;
                ret = -1;
                break;
            }
            dirfd = next;
            p = slash + 1;
            continue;
        }
        struct stat st;
        if (fstatat(dirfd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 && !S_ISREG(st.st_mode)) {
            ret = set_error(err, errlen, "%s: %s: not followed, not replaced", shown,
                            S_ISLNK(st.st_mode) ? "a symbolic link" : "not a regular file");
        } else if (same_content(dirfd, name, content, len)) {
            *status = EXPORT_UNCHANGED;
            d->unchanged++;
        } else if ((ret = replace_file(dirfd, name, shown, content, len, err, errlen)) == 0) {
            *status = EXPORT_WRITTEN;
            d->written++;
        }
        free(name);
        break;
    }
    if (dirfd != d->fd)
        close(dirfd);
    free(shown);
    return ret;
}

/* ---- the README ---- */

struct readme_links {
    const struct group_board *b;
    const struct export_entry *entries;
    size_t n;
};

static const struct export_entry *entry_for(const struct readme_links *l, const char *user,
                                            const char *problem)
{
    for (size_t i = 0; i < l->n; i++) {
        if (strcmp(l->entries[i].user, user) == 0 && strcmp(l->entries[i].problem, problem) == 0)
            return &l->entries[i];
    }
    return NULL;
}

static const char *cell_link(void *ctx, size_t row, size_t problem)
{
    const struct readme_links *l = ctx;
    const struct export_entry *e =
        entry_for(l, l->b->rows[row].user, l->b->week->problems[problem]);
    return e ? e->source_path : NULL;
}

char *export_readme(const struct group_board *b, const struct export_entry *entries, size_t n)
{
    const struct week *w = b->week;
    struct strbuf md = STRBUF_INIT;
    struct readme_links links = {b, entries, n};
    strbuf_addstr(&md, "# ");
    md_add_escaped(&md, w->id);
    strbuf_addstr(&md, ": ");
    md_add_escaped(&md, w->title);
    strbuf_addf(&md, "\n\n%s to %s\n\n## Board\n\n", w->starts, w->ends);
    if (b->nrows == 0)
        strbuf_addstr(&md, "No submissions.\n");
    else
        group_board_markdown(&md, b, cell_link, &links);
    strbuf_addstr(&md, "\nA solved cell shows the day of the first AC and the attempts it "
                       "took, and links to the solution.\n");
    for (size_t p = 0; p < w->nproblems; p++) {
        strbuf_addstr(&md, "\n## ");
        md_add_escaped(&md, w->problems[p]);
        strbuf_addstr(&md, "\n\n");
        int shown = 0;
        for (size_t i = 0; i < n; i++) {
            const struct export_entry *e = &entries[i];
            if (strcmp(e->problem, w->problems[p]) != 0)
                continue;
            shown++;
            strbuf_addstr(&md, "- **");
            md_add_escaped(&md, e->user);
            strbuf_addstr(&md, "**: ");
            if (e->source_path) {
                strbuf_addstr(&md, "[");
                md_add_escaped(&md, e->language);
                strbuf_addf(&md, "](%s)", e->source_path);
            } else {
                md_add_escaped(&md, e->language);
            }
            strbuf_addf(&md, ", %d attempt%s%s, %ld ms, %ld KiB", e->attempts,
                        e->attempts == 1 ? "" : "s", e->late ? ", late" : "", e->time_ms,
                        e->memory_kib);
            if (e->note_path)
                strbuf_addf(&md, " · [notes](%s)", e->note_path);
            if (e->withheld) {
                strbuf_addstr(&md, " · not exported: ");
                md_add_escaped(&md, e->withheld);
            }
            strbuf_addstr(&md, "\n");
        }
        if (!shown)
            strbuf_addstr(&md, "Nobody solved it.\n");
    }
    return strbuf_detach(&md);
}
