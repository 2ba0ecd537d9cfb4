/* packages.c: a problem package as content: manifest, hash, and back onto disk (packages.h). */
#define _GNU_SOURCE
#include "judge/packages.h"
#include "judge/cache.h"
#include "judge/util.h"

#include <cjson/cJSON.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- reading a package ---- */

/* A path that stays inside the package: relative, components neither empty nor dot-names,
 * not too deep, valid UTF-8 without control characters. */
static bool safe_path(const char *path)
{
    size_t len = strlen(path);
    if (len == 0 || len > PKG_PATH_MAX || !utf8_valid(path, len))
        return false;
    int depth = 0;
    for (const char *p = path; *p;) {
        size_t part = strcspn(p, "/");
        if (part == 0 || p[0] == '.' || ++depth > PKG_DEPTH_MAX + 1)
            return false;
        for (size_t i = 0; i < part; i++) {
            if ((unsigned char)p[i] < 0x20 || p[i] == 0x7f)
                return false;
        }
        p += part;
        if (*p == '/' && !*++p)
            return false; /* a trailing slash */
    }
    return true;
}

struct walk {
    struct pkg_manifest *m;
    size_t cap;
    long long total;
    const char *root; /* for messages */
};

static int add_file(struct walk *w, int dirfd, const char *name, const char *path,
                    const struct stat *st, char *err, size_t errlen)
{
    if (w->m->count >= PKG_FILES_MAX)
        return set_error(err, errlen, "%s: more than %d files: not a problem package", w->root,
                         PKG_FILES_MAX);
    if (st->st_size > PKG_FILE_MAX)
        return set_error(err, errlen, "%s/%s: larger than %ld MiB", w->root, path,
                         PKG_FILE_MAX >> 20);
    w->total += st->st_size;
    if (w->total > PKG_TOTAL_MAX)
        return set_error(err, errlen, "%s: more than %ld MiB of files", w->root,
                         PKG_TOTAL_MAX >> 20);
    int fd = openat(dirfd, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return set_error(err, errlen, "%s/%s: %s", w->root, path, strerror(errno));
    struct pkg_file f = {.path = xstrdup(path), .exec = (st->st_mode & S_IXUSR) != 0};
    struct sha256 h;
    sha256_begin(&h);
    char buf[65536];
    ssize_t n;
    while ((n = read(fd, buf, sizeof(buf))) > 0) {
        sha256_add(&h, buf, (size_t)n);
        f.size += n;
    }
    int saved = errno;
    close(fd);
    sha256_end_hex(&h, f.sha256);
    if (n < 0 || f.size > PKG_FILE_MAX) {
        free(f.path);
        return set_error(err, errlen, "%s/%s: %s", w->root, path,
                         n < 0 ? strerror(saved) : "grew while it was read");
    }
    if (w->m->count == w->cap) {
        w->cap = w->cap ? 2 * w->cap : 64;
        w->m->files = xrealloc(w->m->files, w->cap * sizeof(*w->m->files));
    }
    w->m->files[w->m->count++] = f;
    return 0;
}

static int walk_dir(struct walk *w, int dirfd, const char *rel, int depth, char *err, size_t errlen)
{
    int fd = dup(dirfd);
    DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
    if (!d) {
        if (fd >= 0)
            close(fd);
        return set_error(err, errlen, "%s/%s: %s", w->root, rel, strerror(errno));
    }
    int ret = 0;
    struct dirent *e;
    while (ret == 0 && (e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue; /* ., .., and dot-names: not part of a package */
        char *path = rel[0] ? xasprintf("%s/%s", rel, e->d_name) : xstrdup(e->d_name);
        struct stat st;
        if (!safe_path(path)) {
            ret = set_error(err, errlen,
                            "%s/%.64s: a path longer than %d bytes, or not UTF-8, or with control "
                            "characters: not stored",
                            w->root, path, PKG_PATH_MAX);
        } else if (fstatat(dirfd, e->d_name, &st, AT_SYMLINK_NOFOLLOW) < 0) {
            ret = set_error(err, errlen, "%s/%s: %s", w->root, path, strerror(errno));
        } else if (S_ISDIR(st.st_mode)) {
            int sub =
                depth < PKG_DEPTH_MAX
                    ? openat(dirfd, e->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                    : -1;
            if (sub < 0)
                ret = set_error(err, errlen, "%s/%s: %s", w->root, path,
                                depth < PKG_DEPTH_MAX ? strerror(errno) : "nested too deep");
            else
                ret = walk_dir(w, sub, path, depth + 1, err, errlen);
            if (sub >= 0)
                close(sub);
        } else if (S_ISREG(st.st_mode)) {
            ret = add_file(w, dirfd, e->d_name, path, &st, err, errlen);
        } else {
            ret = set_error(err, errlen,
                            "%s/%s: a %s, not a file: a package to store holds only files and "
                            "directories",
                            w->root, path, S_ISLNK(st.st_mode) ? "symbolic link" : "special file");
        }
        free(path);
    }
    closedir(d);
    return ret;
}

static int by_path(const void *a, const void *b)
{
    return strcmp(((const struct pkg_file *)a)->path, ((const struct pkg_file *)b)->path);
}

/* The manifest's JSON and hash from its files. */
static void manifest_seal(struct pkg_manifest *m)
{
    cJSON *list = cJSON_CreateArray();
    for (size_t i = 0; i < m->count; i++) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "path", m->files[i].path);
        cJSON_AddStringToObject(o, "sha256", m->files[i].sha256);
        cJSON_AddNumberToObject(o, "size", (double)m->files[i].size);
        cJSON_AddBoolToObject(o, "exec", m->files[i].exec);
        cJSON_AddItemToArray(list, o);
    }
    m->json = json_print(list);
    cJSON_Delete(list);
    sha256_hex(m->json, strlen(m->json), m->sha256);
}

int pkg_manifest_read(const char *dir, struct pkg_manifest *m, char *err, size_t errlen)
{
    memset(m, 0, sizeof(*m));
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return set_error(err, errlen, "%s: %s", dir, strerror(errno));
    struct walk w = {.m = m, .root = dir};
    int ret = walk_dir(&w, fd, "", 0, err, errlen);
    close(fd);
    if (ret == 0 && m->count == 0)
        ret = set_error(err, errlen, "%s: no files: not a problem package", dir);
    if (ret < 0) {
        pkg_manifest_release(m);
        return -1;
    }
    qsort(m->files, m->count, sizeof(*m->files), by_path);
    manifest_seal(m);
    return 0;
}

/* ---- a stored manifest ---- */

static bool hex64(const char *s)
{
    if (strlen(s) != 64)
        return false;
    for (const char *p = s; *p; p++) {
        if (!((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f')))
            return false;
    }
    return true;
}

int pkg_manifest_parse(const char *json, size_t len, const char *sha256, struct pkg_manifest *m,
                       char *err, size_t errlen)
{
    memset(m, 0, sizeof(*m));
    if (len > PKG_MANIFEST_MAX)
        return set_error(err, errlen, "package %.12s: its manifest is too large", sha256);
    char got[65];
    sha256_hex(json, len, got);
    if (strcmp(got, sha256) != 0)
        return set_error(err, errlen, "package %.12s: its manifest does not have that hash",
                         sha256);
    cJSON *list = cJSON_ParseWithLength(json, len);
    int ret = 0;
    long long total = 0;
    if (!cJSON_IsArray(list) || cJSON_GetArraySize(list) > PKG_FILES_MAX ||
        cJSON_GetArraySize(list) == 0) {
        ret = set_error(err, errlen, "package %.12s: its manifest is not a list of files", sha256);
        goto out;
    }
    m->files = xcalloc((size_t)cJSON_GetArraySize(list), sizeof(*m->files));
    const cJSON *o;
    cJSON_ArrayForEach(o, list)
    {
        const cJSON *path = cJSON_GetObjectItemCaseSensitive(o, "path");
        const cJSON *hash = cJSON_GetObjectItemCaseSensitive(o, "sha256");
        const cJSON *size = cJSON_GetObjectItemCaseSensitive(o, "size");
        const cJSON *exec = cJSON_GetObjectItemCaseSensitive(o, "exec");
        if (!cJSON_IsString(path) || !safe_path(path->valuestring) || !cJSON_IsString(hash) ||
            !hex64(hash->valuestring) || !cJSON_IsNumber(size) || size->valuedouble < 0 ||
            size->valuedouble > PKG_FILE_MAX || !cJSON_IsBool(exec) ||
            (m->count && strcmp(m->files[m->count - 1].path, path->valuestring) >= 0)) {
            ret = set_error(err, errlen, "package %.12s: file %zu of its manifest is not valid",
                            sha256, m->count + 1);
            goto out;
        }
        struct pkg_file *f = &m->files[m->count++];
        f->path = xstrdup(path->valuestring);
        snprintf(f->sha256, sizeof(f->sha256), "%s", hash->valuestring);
        f->size = (long long)size->valuedouble;
        f->exec = cJSON_IsTrue(exec);
        total += f->size;
    }
    if (total > PKG_TOTAL_MAX)
        ret = set_error(err, errlen, "package %.12s: more than %ld MiB of files", sha256,
                        PKG_TOTAL_MAX >> 20);
    m->json = xstrndup(json, len);
    snprintf(m->sha256, sizeof(m->sha256), "%s", sha256);
out:
    cJSON_Delete(list);
    if (ret < 0)
        pkg_manifest_release(m);
    return ret;
}

void pkg_manifest_release(struct pkg_manifest *m)
{
    for (size_t i = 0; i < m->count; i++)
        free(m->files[i].path);
    free(m->files);
    free(m->json);
    memset(m, 0, sizeof(*m));
}

char *pkg_file_read(const char *dir, const struct pkg_file *f, size_t *len, char *err,
                    size_t errlen)
{
    char *path = xasprintf("%s/%s", dir, f->path);
    char *data = read_file(path, (size_t)PKG_FILE_MAX, len);
    char got[65];
    if (!data) {
        set_error(err, errlen, "%s: %s", path, strerror(errno));
    } else if (sha256_hex(data, *len, got), strcmp(got, f->sha256) != 0) {
        set_error(err, errlen, "%s: changed while the package was stored: push it again", path);
        free(data);
        data = NULL;
    }
    free(path);
    return data;
}

/* ---- back onto disk ---- */

/* Writes one file of the package below rootfd, making its directories. 0; -2 when the
 * manifest cannot be laid out (a file where a directory goes, a name too long: the
 * package's fault, it will not work the next time either); -1 for the machine's failures. */
static int put_file(int rootfd, const struct pkg_file *f, const char *data, size_t len, char *err,
                    size_t errlen)
{
    char *path = xstrdup(f->path);
    int dirfd = dup(rootfd), fd = -1, failed = dirfd < 0 ? errno : 0;
    char *name = path;
    for (char *slash; !failed && (slash = strchr(name, '/'));) {
        *slash = '\0';
        int sub = -1;
        if (mkdirat(dirfd, name, 0755) < 0 && errno != EEXIST)
            failed = errno;
        else if ((sub = openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)) < 0)
            failed = errno;
        close(dirfd);
        dirfd = sub;
        name = slash + 1;
    }
    if (!failed && (fd = openat(dirfd, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                                f->exec ? 0755 : 0644)) < 0)
        failed = errno;
    int written = failed ? 0 : write_all(fd, data, len);
    if (written < 0)
        failed = -written;
    if (fd >= 0)
        close(fd);
    if (dirfd >= 0)
        close(dirfd);
    free(path);
    if (!failed)
        return 0;
    set_error(err, errlen, "%s: %s", f->path, strerror(failed));
    return failed == EEXIST || failed == ENOTDIR || failed == EISDIR || failed == ENAMETOOLONG ||
                   failed == ELOOP
               ? -2
               : -1;
}

/* Writes every file of m beneath rootfd, each checked against its hash. */
static int fill_tree(int rootfd, const struct pkg_manifest *m, pkg_fetch_fn fetch, void *ctx,
                     char *err, size_t errlen)
{
    int ret = 0;
    for (size_t i = 0; ret == 0 && i < m->count; i++) {
        const struct pkg_file *f = &m->files[i];
        char *data = NULL;
        size_t len = 0;
        char got[65];
        int got_rc = fetch(ctx, f->sha256, &data, &len, err, errlen);
        if (got_rc < 0) {
            ret = got_rc == -2 ? -2 : -1;
        } else if (sha256_hex(data, len, got),
                   strcmp(got, f->sha256) != 0 || (long long)len != f->size) {
            set_error(err, errlen, "package %.12s: %s: the stored bytes do not have its hash",
                      m->sha256, f->path);
            ret = -2;
        } else {
            ret = put_file(rootfd, f, data, len, err, errlen);
        }
        free(data);
    }
    return ret;
}

int pkg_materialize(const struct pkg_manifest *m, pkg_fetch_fn fetch, void *ctx, char **path,
                    char *err, size_t errlen)
{
    struct judge_cache c;
    *path = NULL;
    int r = cache_open(&c, "packages", err, errlen);
    if (r != 0) {
        if (r > 0)
            set_error(err, errlen,
                      "no cache directory to keep package %.12s in (set "
                      "XDG_CACHE_HOME or HOME)",
                      m->sha256);
        cache_close(&c);
        return -1;
    }
    /* Made before, whole (a directory is renamed into place only when complete), by this
     * user in this private area. */
    struct stat st;
    if (fstatat(c.dirfd, m->sha256, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(st.st_mode) &&
        st.st_uid == geteuid()) {
        *path = xasprintf("%s/%s", c.path, m->sha256);
        cache_close(&c);
        return 0;
    }
    char tmp[128];
    snprintf(tmp, sizeof(tmp), ".tmp-%.16s-%d-%d", m->sha256, (int)getpid(), rand());
    int ret = 0;
    if (mkdirat(c.dirfd, tmp, 0755) < 0) {
        ret = set_error(err, errlen, "%s/%s: %s", c.path, tmp, strerror(errno));
        cache_close(&c);
        return ret;
    }
    int rootfd = openat(c.dirfd, tmp, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (rootfd < 0)
        ret = set_error(err, errlen, "%s/%s: %s", c.path, tmp, strerror(errno));
    if (ret == 0)
        ret = fill_tree(rootfd, m, fetch, ctx, err, errlen);
    if (ret == 0 && renameat(c.dirfd, tmp, c.dirfd, m->sha256) < 0 && errno != EEXIST &&
        errno != ENOTEMPTY)
        ret = set_error(err, errlen, "%s/%s: %s", c.path, m->sha256, strerror(errno));
    /* Ours was not renamed (a failure, or another worker made it first): removed. */
    if (rootfd >= 0) {
        if (fstatat(c.dirfd, tmp, &st, AT_SYMLINK_NOFOLLOW) == 0) {
            remove_tree_at(rootfd);
            unlinkat(c.dirfd, tmp, AT_REMOVEDIR);
        }
        close(rootfd);
    }
    if (ret == 0)
        *path = xasprintf("%s/%s", c.path, m->sha256);
    cache_close(&c);
    return ret;
}

int pkg_install(const struct pkg_manifest *m, pkg_fetch_fn fetch, void *ctx, const char *dir,
                const char *name, pkg_check_fn check, void *check_ctx, char *err, size_t errlen)
{
    int dirfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirfd < 0)
        return set_error(err, errlen, "%s: %s", dir, strerror(errno));
    char tmp[PKG_PATH_MAX + 64];
    snprintf(tmp, sizeof(tmp), ".push-%s-%d", name, (int)getpid());
    int ret = 0, rootfd = -1;
    if (mkdirat(dirfd, tmp, 0755) < 0 ||
        (rootfd = openat(dirfd, tmp, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)) < 0) {
        ret = set_error(err, errlen, "%s/%s: %s", dir, tmp, strerror(errno));
        goto out;
    }
    if ((ret = fill_tree(rootfd, m, fetch, ctx, err, errlen)) != 0)
        goto out;
    char *path = xasprintf("%s/%s", dir, tmp);
    ret = check ? check(check_ctx, path, err, errlen) : 0;
    free(path);
    if (ret != 0)
        goto out;
    /* Into place at once: swapped with the package there before (then removed as the
     * temporary), or renamed when there was none. */
    if (renameat2(dirfd, tmp, dirfd, name, RENAME_EXCHANGE) < 0 &&
        (errno != ENOENT || renameat2(dirfd, tmp, dirfd, name, RENAME_NOREPLACE) < 0))
        ret = set_error(err, errlen, "%s/%s: %s", dir, name, strerror(errno));
out:
    if (rootfd >= 0)
        close(rootfd);
    /* The temporary, whatever it holds now (ours unused, or the package replaced). */
    int old = openat(dirfd, tmp, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (old >= 0) {
        remove_tree_at(old);
        close(old);
        unlinkat(dirfd, tmp, AT_REMOVEDIR);
    }
    close(dirfd);
    return ret;
}
