/* web.c: the group's pages: web/pages/'s files, served by `judge serve` as they are. */
#define _GNU_SOURCE
#include "judge/web.h"
#include "judge/util.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#define WEB_NAME_MAX 200

char *web_dir(const char *dir)
{
    if (dir)
        return xstrdup(dir);
    const char *env = getenv("JUDGE_WEB");
    if (env && env[0])
        return xstrdup(env);
    if (is_dir(JUDGE_DATADIR "/web"))
        return xstrdup(JUDGE_DATADIR "/web");
#ifdef JUDGE_SOURCE_DIR
    if (is_dir(JUDGE_SOURCE_DIR "/web/pages"))
        return xstrdup(JUDGE_SOURCE_DIR "/web/pages");
#endif
    return NULL;
}

bool web_path(const char *path)
{
    return strcmp(path, "/") == 0 || strcmp(path, "/index.html") == 0 ||
           strncmp(path, "/web/", 5) == 0;
}

/* Whether name is a plain relative name: parts of [A-Za-z0-9._-], none starting with '.'. */
static bool plain_name(const char *name)
{
    size_t n = strlen(name);
    if (n == 0 || n > WEB_NAME_MAX)
        return false;
    bool part_start = true;
    for (const char *p = name; *p; p++) {
        char c = *p;
        if (c == '/') {
            if (part_start)
                return false; /* "//" or a leading '/' */
            part_start = true;
            continue;
        }
        if (part_start && c == '.')
            return false; /* ".", "..", ".hidden" */
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '.' || c == '-' || c == '_'))
            return false;
        part_start = false;
    }
    return !part_start;
}

static const char *content_type(const char *name)
{
    static const struct {
        const char *ext, *type;
    } types[] = {
        {".html", "text/html; charset=utf-8"},
        {".js", "text/javascript; charset=utf-8"},
        {".mjs", "text/javascript; charset=utf-8"},
        {".css", "text/css; charset=utf-8"},
        {".svg", "image/svg+xml"},
        {".png", "image/png"},
        {".ico", "image/x-icon"},
        {".woff2", "font/woff2"},
        {".woff", "font/woff"},
        {".ttf", "font/ttf"},
        {".json", "application/json"},
        {".txt", "text/plain; charset=utf-8"},
    };
    const char *dot = strrchr(name, '.');
    for (size_t i = 0; dot && i < sizeof(types) / sizeof(types[0]); i++)
        if (strcmp(dot, types[i].ext) == 0)
            return types[i].type;
    return NULL;
}

/* Opens dir/name for reading, never through a symbolic link nor out of dir. */
static int open_beneath(const char *dir, const char *name)
{
    int dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd < 0)
        return -1;
    struct open_how how = {.flags = O_RDONLY | O_CLOEXEC | O_NOFOLLOW,
                           .resolve =
                               RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS};
    int fd = (int)syscall(SYS_openat2, dfd, name, &how, sizeof(how));
    if (fd < 0 && errno == ENOSYS) /* before Linux 5.6: the name has no "..", no link at its end */
        fd = openat(dfd, name, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    int saved = errno;
    close(dfd);
    errno = saved;
    return fd;
}

static void not_found(struct httpd_response *res, const char *path)
{
    res->status = 404;
    res->content_type = "text/plain; charset=utf-8";
    res->body = xasprintf("no such page: %.200s\n", path);
}

void web_serve(const char *dir, const struct httpd_request *req, struct httpd_response *res)
{
    if (strcmp(req->method, "GET") != 0 && strcmp(req->method, "HEAD") != 0) {
        res->status = 405;
        res->allow = "GET, HEAD";
        res->content_type = "text/plain; charset=utf-8";
        res->body = xasprintf("the pages are read with GET\n");
        return;
    }
    const char *name = strncmp(req->path, "/web/", 5) == 0 ? req->path + 5 : "index.html";
    const char *type = content_type(name);
    if (!dir || !plain_name(name) || !type)
        return not_found(res, req->path);
    int fd = open_beneath(dir, name);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) < 0 || !S_ISREG(st.st_mode) || st.st_size > WEB_FILE_MAX) {
        if (fd >= 0)
            close(fd);
        return not_found(res, req->path);
    }
    /* The browser asks again each time (a server upgraded serves its new pages at once), and
     * a file it already has costs a 304: its ETag is its size and time of change. */
    res->cache_control = "no-cache";
    snprintf(res->etag, sizeof(res->etag), "\"%llx-%llx-%lx\"", (unsigned long long)st.st_size,
             (unsigned long long)st.st_mtim.tv_sec, (long)st.st_mtim.tv_nsec);
    const char *match = httpd_header(req, "If-None-Match");
    if (match && strstr(match, res->etag)) {
        close(fd);
        res->status = 304;
        res->content_type = type;
        return;
    }
    size_t len = (size_t)st.st_size, got = 0;
    char *buf = xmalloc(len + 1);
    while (got < len) {
        ssize_t n = read(fd, buf + got, len - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += (size_t)n;
    }
    close(fd);
    if (got != len) {
        free(buf);
        res->etag[0] = '\0';
        res->status = 500;
        res->content_type = "text/plain; charset=utf-8";
        res->body = xasprintf("%.200s: could not be read\n", req->path);
        return;
    }
    buf[len] = '\0';
    res->status = 200;
    res->content_type = type;
    if (len == 0) {
        free(buf);
        return;
    }
    res->body = buf;
    res->body_len = len;
}
