/* remote.c: the judge as a client of a group's server (see remote.h). */
#define _GNU_SOURCE
#include "judge/remote.h"
#include "judge/net.h"

#include <cjson/cJSON.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define LOGIN_FILE_MAX    (64 << 10)
#define CONNECT_TIMEOUT_S 10
#define REQUEST_TIMEOUT_S 300

char *remote_login_path(void)
{
    const char *config = getenv("XDG_CONFIG_HOME");
    if (config && *config)
        return xasprintf("%s/judge/server.json", config);
    const char *home = getenv("HOME");
    return home && *home ? xasprintf("%s/.config/judge/server.json", home) : NULL;
}

bool remote_url_valid(const char *url)
{
    const char *rest = strncmp(url, "http://", 7) == 0    ? url + 7
                       : strncmp(url, "https://", 8) == 0 ? url + 8
                                                          : NULL;
    if (!rest || !*rest || *rest == '/' || strlen(url) > 2000)
        return false;
    for (const char *p = rest; *p; p++) {
        if ((unsigned char)*p <= ' ' || *p == 0x7f || *p == '#' || *p == '?')
            return false;
    }
    size_t host = strcspn(rest, "/");
    return memchr(rest, '@', host) == NULL; /* no user:password in it */
}

static struct remote *remote_new(const char *url, const char *token)
{
    struct remote *r = xcalloc(1, sizeof(*r));
    r->url = xstrdup(url);
    size_t n = strlen(r->url);
    while (n > 0 && r->url[n - 1] == '/')
        r->url[--n] = '\0';
    r->token = xstrdup(token);
    return r;
}

void remote_free(struct remote *r)
{
    if (!r)
        return;
    free(r->url);
    if (r->token)
        explicit_bzero(r->token, strlen(r->token));
    free(r->token);
    free(r);
}

/* The login file's url and token (malloc'ed), or 0 when there is none; -1 with err when it
 * is there and not one. */
static int read_login(char **url, char **token, char *err, size_t errlen)
{
    *url = *token = NULL;
    char *path = remote_login_path();
    if (!path || access(path, F_OK) != 0) {
        free(path);
        return 0;
    }
    size_t len;
    char *text = read_file(path, LOGIN_FILE_MAX, &len);
    cJSON *o = text ? cJSON_ParseWithLength(text, len) : NULL;
    const cJSON *u = cJSON_GetObjectItemCaseSensitive(o, "url");
    const cJSON *t = cJSON_GetObjectItemCaseSensitive(o, "token");
    int r = 0;
    if (!text)
        r = set_error(err, errlen, "%s: %s", path, strerror(errno));
    else if (!cJSON_IsString(u) || !cJSON_IsString(t) || !remote_url_valid(u->valuestring))
        r = set_error(err, errlen,
                      "%s: not a login (\"url\" and \"token\"); judge login URL "
                      "writes it again",
                      path);
    else {
        *url = xstrdup(u->valuestring);
        *token = xstrdup(t->valuestring);
        r = 1;
    }
    cJSON_Delete(o);
    if (text)
        explicit_bzero(text, len);
    free(text);
    free(path);
    return r;
}

int remote_find(const char *server, struct remote **out, char *err, size_t errlen)
{
    *out = NULL;
    const char *env_server = getenv("JUDGE_SERVER"), *env_token = getenv("JUDGE_TOKEN");
    if (!server && env_server && !*env_server)
        return 0;
    char *url = NULL, *token = NULL;
    int r = read_login(&url, &token, err, errlen);
    if (r < 0 && (server || !env_server))
        return -1;
    const char *use_url = server ? server : env_server ? env_server : url;
    const char *use_token = env_token && *env_token ? env_token : token;
    const char *what = server ? "--server" : env_server ? "JUDGE_SERVER" : "the login";
    int status = 0;
    if (!use_url) {
        status = 0;
    } else if (!remote_url_valid(use_url)) {
        status = set_error(err, errlen, "%s must be an http:// or https:// URL (got '%.200s')",
                           what, use_url);
    } else if (!use_token) {
        status = set_error(err, errlen,
                           "%s names a server but no token: set JUDGE_TOKEN, or "
                           "judge login URL",
                           what);
    } else {
        *out = remote_new(use_url, use_token);
        status = 1;
    }
    free(url);
    if (token)
        explicit_bzero(token, strlen(token));
    free(token);
    return status;
}

int remote_login_save(const char *url, const char *token, char *err, size_t errlen)
{
    char *path = remote_login_path();
    if (!path)
        return set_error(err, errlen, "no HOME nor XDG_CONFIG_HOME to keep the login in");
    char *dir = xstrdup(path);
    *strrchr(dir, '/') = '\0';
    char *parent = xstrdup(dir);
    *strrchr(parent, '/') = '\0';
    mkdir(parent, 0700);
    int r = 0;
    if (mkdir(dir, 0700) < 0 && errno != EEXIST) {
        r = set_error(err, errlen, "%s: %s", dir, strerror(errno));
        goto out;
    }
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "url", url);
    cJSON_AddStringToObject(o, "token", token);
    char *text = cJSON_Print(o);
    cJSON_Delete(o);
    char *tmp = xasprintf("%s.tmp.%d", path, (int)getpid());
    int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0 || write_all(fd, text, strlen(text)) < 0 || write_all(fd, "\n", 1) < 0 ||
        fsync(fd) < 0) {
        r = set_error(err, errlen, "%s: %s", tmp, strerror(errno));
        if (fd >= 0)
            close(fd);
        unlink(tmp);
    } else if (close(fd) < 0 || rename(tmp, path) < 0) {
        r = set_error(err, errlen, "%s: %s", path, strerror(errno));
        unlink(tmp);
    }
    explicit_bzero(text, strlen(text));
    free(text);
    free(tmp);
out:
    free(parent);
    free(dir);
    free(path);
    return r;
}

struct reply_sink {
    struct strbuf *sb;
    bool too_big;
};

static size_t on_data(char *data, size_t size, size_t n, void *ctx)
{
    struct reply_sink *sink = ctx;
    if (sink->sb->len + size * n > REMOTE_REPLY_MAX) {
        sink->too_big = true;
        return 0;
    }
    strbuf_add(sink->sb, data, size * n);
    return size * n;
}

int remote_request(const struct remote *r, const char *method, const char *path, const char *body,
                   size_t body_len, bool text, long *status, struct strbuf *reply, char *err,
                   size_t errlen)
{
    const struct net_curl *c = net_curl(err, errlen);
    if (!c)
        return -1;
    CURL *h = c->easy_init();
    if (!h)
        return set_error(err, errlen, "libcurl could not start a request");
    char *url = xasprintf("%s/api/v1%s", r->url, path);
    char *auth = xasprintf("Authorization: Bearer %s", r->token);
    struct curl_slist *headers = c->slist_append(NULL, auth);
    headers = c->slist_append(headers, text ? "Content-Type: text/plain; charset=utf-8"
                                            : "Content-Type: application/json");
    headers = c->slist_append(headers, "Expect:");
    struct reply_sink sink = {.sb = reply};
    c->easy_setopt(h, CURLOPT_URL, url);
    c->easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
    c->easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);
    c->easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    c->easy_setopt(h, CURLOPT_CONNECTTIMEOUT, (long)CONNECT_TIMEOUT_S);
    c->easy_setopt(h, CURLOPT_TIMEOUT, (long)REQUEST_TIMEOUT_S);
    c->easy_setopt(h, CURLOPT_HTTPHEADER, headers);
    c->easy_setopt(h, CURLOPT_CUSTOMREQUEST, method);
    c->easy_setopt(h, CURLOPT_WRITEFUNCTION, on_data);
    c->easy_setopt(h, CURLOPT_WRITEDATA, &sink);
    if (body) {
        c->easy_setopt(h, CURLOPT_POSTFIELDS, body);
        c->easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)body_len);
    }
    CURLcode rc = c->easy_perform(h);
    int result = 0;
    if (sink.too_big)
        result = set_error(err, errlen, "%s answered more than %u bytes", r->url, REMOTE_REPLY_MAX);
    else if (rc != CURLE_OK)
        result =
            set_error(err, errlen, "cannot reach the server %s: %s", r->url, c->easy_strerror(rc));
    else
        c->easy_getinfo(h, CURLINFO_RESPONSE_CODE, status);
    c->slist_free_all(headers);
    c->easy_cleanup(h);
    explicit_bzero(auth, strlen(auth));
    free(auth);
    free(url);
    return result;
}
