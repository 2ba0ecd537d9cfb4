/* httpd.c: the HTTP servers over libmicrohttpd, loaded when one starts (see httpd.h). */
#define _GNU_SOURCE
#include "judge/httpd.h"
#include "judge/util.h"

#include <cjson/cJSON.h>

#include <arpa/inet.h>
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <microhttpd.h>
#include <netdb.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <unistd.h>

#define LIBMHD_SONAME "libmicrohttpd.so.12"

/* Scripts, styles, images and requests from the server itself only: no inline script, no
 * framing, no form posted elsewhere. A page that let a name or an output through as HTML would
 * still not run it. */
#define HTTPD_CSP                                                                                  \
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "              \
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

/* judge listen: a contest page sends each of its problems at once, room for a large contest. */
#define LISTEN_CONNECTIONS_MAX 32
#define LISTEN_TIMEOUT_S       10

static struct {
    __typeof__(MHD_start_daemon) *start_daemon;
    __typeof__(MHD_stop_daemon) *stop_daemon;
    __typeof__(MHD_create_response_from_buffer) *create_response_from_buffer;
    __typeof__(MHD_add_response_header) *add_response_header;
    __typeof__(MHD_queue_response) *queue_response;
    __typeof__(MHD_destroy_response) *destroy_response;
    __typeof__(MHD_lookup_connection_value) *lookup_connection_value;
    __typeof__(MHD_get_connection_info) *get_connection_info;
    __typeof__(MHD_get_connection_values) *get_connection_values;
    __typeof__(MHD_http_unescape) *http_unescape;
} mhd;

static int load_mhd(char *err, size_t errlen)
{
    static bool loaded;
    if (loaded)
        return 0;
    void *lib = dlopen(LIBMHD_SONAME, RTLD_NOW | RTLD_LOCAL);
    if (!lib)
        return set_error(err, errlen, "cannot load libmicrohttpd (%s): %s; install libmicrohttpd12",
                         LIBMHD_SONAME, dlerror());
    static const char *const names[] = {
        "MHD_start_daemon",
        "MHD_stop_daemon",
        "MHD_create_response_from_buffer",
        "MHD_add_response_header",
        "MHD_queue_response",
        "MHD_destroy_response",
        "MHD_lookup_connection_value",
        "MHD_get_connection_info",
        "MHD_get_connection_values",
        "MHD_http_unescape",
    };
    void **slots[] = {
        (void **)&mhd.start_daemon,
        (void **)&mhd.stop_daemon,
        (void **)&mhd.create_response_from_buffer,
        (void **)&mhd.add_response_header,
        (void **)&mhd.queue_response,
        (void **)&mhd.destroy_response,
        (void **)&mhd.lookup_connection_value,
        (void **)&mhd.get_connection_info,
        (void **)&mhd.get_connection_values,
        (void **)&mhd.http_unescape,
    };
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
        *slots[i] = dlsym(lib, names[i]);
        if (!*slots[i]) {
            dlclose(lib);
            return set_error(err, errlen, "%s has no %s: too old a libmicrohttpd", LIBMHD_SONAME,
                             names[i]);
        }
    }
    loaded = true; /* kept loaded for the rest of the process */
    return 0;
}

bool httpd_host_is_loopback(const char *host)
{
    if (!host)
        return true;
    static const char *const names[] = {"127.0.0.1", "localhost", "[::1]"};
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
        size_t n = strlen(names[i]);
        if (strncasecmp(host, names[i], n) != 0)
            continue;
        const char *rest = host + n;
        if (!*rest)
            return true;
        if (*rest != ':' || !rest[1])
            continue;
        bool digits = true;
        for (const char *q = rest + 1; *q; q++)
            digits = digits && *q >= '0' && *q <= '9';
        if (digits)
            return true;
    }
    return false;
}

bool httpd_origin_allowed(const char *origin)
{
    if (!origin)
        return true;
    static const char *const schemes[] = {"chrome-extension://", "moz-extension://",
                                          "safari-web-extension://"};
    for (size_t i = 0; i < sizeof(schemes) / sizeof(schemes[0]); i++) {
        if (strncmp(origin, schemes[i], strlen(schemes[i])) == 0)
            return true;
    }
    return false;
}

bool httpd_address_is_loopback(const char *host)
{
    struct in_addr a4;
    struct in6_addr a6;
    if (inet_pton(AF_INET, host, &a4) == 1)
        return (ntohl(a4.s_addr) >> 24) == 127;
    return inet_pton(AF_INET6, host, &a6) == 1 && IN6_IS_ADDR_LOOPBACK(&a6);
}

struct httpd {
    struct MHD_Daemon *daemon;
    struct httpd_config cfg;
    unsigned port;
    httpd_handler fn;
    void *ctx;
    int stop_pipe[2]; /* a handler's stop, told to httpd_wait once the reply is sent */
    size_t held;      /* bytes of bodies reserved by the requests being read (atomic) */
};

/* One request, from its headers to its reply. */
struct request {
    struct strbuf body;
    size_t declared; /* its Content-Length, 0 when it has none */
    size_t reserved; /* of h->held: the most of its body it may hold */
    bool refused;    /* answered from its headers: the body is not read */
    bool stop;       /* the handler asked to stop: tell httpd_wait once the reply is sent */
};

const char *httpd_header(const struct httpd_request *req, const char *name)
{
    return mhd.lookup_connection_value(req->conn, MHD_HEADER_KIND, name);
}

const char *httpd_query(const struct httpd_request *req, const char *name)
{
    return mhd.lookup_connection_value(req->conn, MHD_GET_ARGUMENT_KIND, name);
}

const char *httpd_cookie(const struct httpd_request *req, const char *name)
{
    return mhd.lookup_connection_value(req->conn, MHD_COOKIE_KIND, name);
}

static enum MHD_Result send_response(struct MHD_Connection *conn, const struct httpd_response *res)
{
    const char *body = res->body ? res->body : "";
    size_t len = res->body_len ? res->body_len : strlen(body);
    struct MHD_Response *r =
        mhd.create_response_from_buffer(len, (void *)body, MHD_RESPMEM_MUST_COPY);
    if (!r)
        return MHD_NO;
    mhd.add_response_header(r, "Content-Type",
                            res->content_type ? res->content_type : "application/json");
    mhd.add_response_header(r, "Cache-Control",
                            res->cache_control ? res->cache_control : "no-store");
    mhd.add_response_header(r, "X-Content-Type-Options", "nosniff");
    mhd.add_response_header(r, "Content-Security-Policy", HTTPD_CSP);
    mhd.add_response_header(r, "Referrer-Policy", "no-referrer");
    if (res->set_cookie)
        mhd.add_response_header(r, "Set-Cookie", res->set_cookie);
    if (res->etag[0])
        mhd.add_response_header(r, "ETag", res->etag);
    if (res->retry_after > 0) {
        char secs[32];
        snprintf(secs, sizeof(secs), "%ld", res->retry_after);
        mhd.add_response_header(r, "Retry-After", secs);
    }
    if (res->allow)
        mhd.add_response_header(r, "Allow", res->allow);
    if (res->www_authenticate)
        mhd.add_response_header(r, "WWW-Authenticate", res->www_authenticate);
    enum MHD_Result ret = mhd.queue_response(conn, res->status, r);
    mhd.destroy_response(r);
    return ret;
}

/* A refusal made from the headers, as a JSON error. */
static enum MHD_Result refuse(struct MHD_Connection *conn, unsigned status, long retry_after,
                              const char *why)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "error", why);
    struct httpd_response res = {
        .status = status, .retry_after = retry_after, .body = cJSON_PrintUnformatted(o)};
    cJSON_Delete(o);
    enum MHD_Result ret = send_response(conn, &res);
    free(res.body);
    return ret;
}

static void peer_address(struct MHD_Connection *conn, char *out, size_t outlen)
{
    snprintf(out, outlen, "?");
    const union MHD_ConnectionInfo *info =
        mhd.get_connection_info(conn, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    if (!info || !info->client_addr)
        return;
    const struct sockaddr *sa = info->client_addr;
    if (sa->sa_family == AF_INET)
        inet_ntop(AF_INET, &((const struct sockaddr_in *)sa)->sin_addr, out, (socklen_t)outlen);
    else if (sa->sa_family == AF_INET6)
        inet_ntop(AF_INET6, &((const struct sockaddr_in6 *)sa)->sin6_addr, out, (socklen_t)outlen);
}

/* The path and each query argument, %-decoded. A %00 would cut the string short where the
 * handler reads it ("/app%00.evil" read as "/app"): it is decoded to DEL instead, which
 * holds_control() then refuses with every other control byte. */
static size_t unescape(void *cls, struct MHD_Connection *conn, char *s)
{
    (void)cls;
    (void)conn;
    size_t n = mhd.http_unescape(s);
    for (size_t i = 0; i < n; i++) {
        if (!s[i])
            s[i] = 0x7f;
    }
    return n;
}

static bool holds_control(const char *s)
{
    for (; s && *s; s++) {
        if ((unsigned char)*s < 0x20 || *s == 0x7f)
            return true;
    }
    return false;
}

static enum MHD_Result find_control(void *cls, enum MHD_ValueKind kind, const char *key,
                                    const char *value)
{
    (void)kind;
    bool *found = cls;
    *found = holds_control(key) || holds_control(value);
    return *found ? MHD_NO : MHD_YES;
}

/* Reserves room for r's body to reach total bytes, within the bound on all the bodies held at
 * once (connections x body_max would be gigabytes, sent by clients not yet known to be
 * members: a body is read whole before the handler checks who sent it). */
static bool reserve(struct httpd *h, struct request *r, size_t total)
{
    if (total <= r->reserved)
        return true;
    size_t more = total - r->reserved;
    size_t before = __atomic_fetch_add(&h->held, more, __ATOMIC_RELAXED);
    if (h->cfg.bodies_max && before + more > h->cfg.bodies_max) {
        __atomic_fetch_sub(&h->held, more, __ATOMIC_RELAXED);
        return false;
    }
    r->reserved = total;
    return true;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *conn, const char *url,
                                  const char *method, const char *version, const char *upload_data,
                                  size_t *upload_data_size, void **req_cls)
{
    (void)version;
    struct httpd *h = cls;
    struct request *r = *req_cls;
    if (!r) {
        /* The headers: refuse a body larger than the bound before reading any of it. */
        r = xcalloc(1, sizeof(*r));
        *req_cls = r;
        const char *length =
            mhd.lookup_connection_value(conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
        if (length) {
            errno = 0;
            char *end;
            unsigned long long n = strtoull(length, &end, 10);
            if (errno || end == length || *end || n > h->cfg.body_max) {
                r->refused = true;
                char *why = xasprintf("the request body is larger than %zu bytes", h->cfg.body_max);
                enum MHD_Result ret = refuse(conn, MHD_HTTP_CONTENT_TOO_LARGE, 0, why);
                free(why);
                return ret;
            }
            if (!reserve(h, r, (size_t)n)) {
                r->refused = true;
                return refuse(conn, MHD_HTTP_SERVICE_UNAVAILABLE, 5,
                              "the server is reading too many request bodies at once");
            }
            r->declared = (size_t)n;
        }
        return MHD_YES;
    }
    if (*upload_data_size) {
        /* A chunked body that goes beyond the bound: the connection is closed, nothing of it
         * kept (a reply cannot be queued in the middle of a body). */
        size_t total = r->body.len + *upload_data_size;
        if (r->refused || total > h->cfg.body_max || !reserve(h, r, total))
            return MHD_NO;
        if (!r->body.cap && r->declared >= total) {
            /* Its length is known: one allocation of it, not doublings to twice as much. */
            r->body.buf = xmalloc(r->declared + 1);
            r->body.cap = r->declared + 1;
        }
        strbuf_add(&r->body, upload_data, *upload_data_size);
        *upload_data_size = 0;
        return MHD_YES;
    }
    if (r->refused)
        return MHD_YES;
    bool control = holds_control(url);
    if (!control)
        mhd.get_connection_values(conn, MHD_GET_ARGUMENT_KIND, find_control, &control);
    if (control) {
        strbuf_release(&r->body);
        return refuse(conn, MHD_HTTP_BAD_REQUEST, 0,
                      "the request's path or query holds a control character");
    }
    char peer[INET6_ADDRSTRLEN];
    peer_address(conn, peer, sizeof(peer));
    struct httpd_request req = {.method = method,
                                .path = url,
                                .body = r->body.buf ? r->body.buf : "",
                                .body_len = r->body.len,
                                .peer = peer,
                                .conn = conn};
    struct httpd_response res = {.status = 500};
    h->fn(&req, &res, h->ctx);
    r->stop = res.stop;
    enum MHD_Result ret = send_response(conn, &res);
    free(res.body);
    free(res.set_cookie);
    strbuf_release(&r->body);
    return ret;
}

static void on_completed(void *cls, struct MHD_Connection *conn, void **req_cls,
                         enum MHD_RequestTerminationCode toe)
{
    (void)conn;
    (void)toe;
    struct httpd *h = cls;
    struct request *r = *req_cls;
    if (!r)
        return;
    if (r->stop) {
        /* Stop once the reply went out (or the client went away after it was made). */
        ssize_t w = write(h->stop_pipe[1], "x", 1);
        (void)w;
    }
    __atomic_fetch_sub(&h->held, r->reserved, __ATOMIC_RELAXED);
    strbuf_release(&r->body);
    free(r);
    *req_cls = NULL;
}

/* A listening TCP socket on host:port (a numeric address), or -1 with err. */
static int listen_on(const char *host, unsigned port, unsigned *bound, int *family, char *err,
                     size_t errlen)
{
    struct sockaddr_storage ss = {0};
    socklen_t sslen;
    struct sockaddr_in *a4 = (struct sockaddr_in *)&ss;
    struct sockaddr_in6 *a6 = (struct sockaddr_in6 *)&ss;
    if (inet_pton(AF_INET, host, &a4->sin_addr) == 1) {
        a4->sin_family = AF_INET;
        a4->sin_port = htons((uint16_t)port);
        sslen = sizeof(*a4);
    } else if (inet_pton(AF_INET6, host, &a6->sin6_addr) == 1) {
        a6->sin6_family = AF_INET6;
        a6->sin6_port = htons((uint16_t)port);
        sslen = sizeof(*a6);
    } else {
        return set_error(err, errlen, "'%s' is not a numeric IPv4 or IPv6 address", host);
    }
    *family = ss.ss_family;
    int fd = socket(ss.ss_family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0)
        return set_error(err, errlen, "socket: %s", strerror(errno));
    int one = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
    if (ss.ss_family == AF_INET6)
        setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &one, sizeof(one));
    if (bind(fd, (struct sockaddr *)&ss, sslen) < 0 || listen(fd, 64) < 0) {
        int e = errno;
        close(fd);
        return set_error(err, errlen, "%s%s%s:%u: %s%s", ss.ss_family == AF_INET6 ? "[" : "", host,
                         ss.ss_family == AF_INET6 ? "]" : "", port, strerror(e),
                         e == EADDRINUSE ? " (another program listens there: choose another port)"
                                         : "");
    }
    sslen = sizeof(ss);
    getsockname(fd, (struct sockaddr *)&ss, &sslen);
    *bound = ntohs(ss.ss_family == AF_INET6 ? a6->sin6_port : a4->sin_port);
    return fd;
}

struct httpd *httpd_start(const struct httpd_config *cfg, httpd_handler fn, void *ctx, bool *usage,
                          char *err, size_t errlen)
{
    *usage = false;
    if (load_mhd(err, errlen) < 0)
        return NULL;
    struct httpd *h = xcalloc(1, sizeof(*h));
    h->cfg = *cfg;
    h->fn = fn;
    h->ctx = ctx;
    int family = AF_INET;
    int sock = listen_on(cfg->host, cfg->port, &h->port, &family, err, errlen);
    if (sock < 0) {
        *usage = true;
        free(h);
        return NULL;
    }
    if (pipe2(h->stop_pipe, O_CLOEXEC) < 0) {
        set_error(err, errlen, "pipe: %s", strerror(errno));
        close(sock);
        free(h);
        return NULL;
    }
    /* The socket is ours, so libmicrohttpd binds nothing itself. */
    unsigned flags = MHD_USE_AUTO_INTERNAL_THREAD | (family == AF_INET6 ? MHD_USE_IPv6 : 0);
    h->daemon = mhd.start_daemon(
        flags, 0, NULL, NULL, on_request, h, MHD_OPTION_LISTEN_SOCKET, (MHD_socket)sock,
        MHD_OPTION_NOTIFY_COMPLETED, on_completed, h, MHD_OPTION_UNESCAPE_CALLBACK, unescape, NULL,
        MHD_OPTION_CONNECTION_LIMIT, cfg->connections_max, MHD_OPTION_PER_IP_CONNECTION_LIMIT,
        cfg->per_address_max, MHD_OPTION_CONNECTION_TIMEOUT, cfg->timeout_s,
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, cfg->header_max, MHD_OPTION_THREAD_POOL_SIZE,
        cfg->threads > 1 ? cfg->threads : 0, MHD_OPTION_END);
    if (!h->daemon) {
        set_error(err, errlen, "libmicrohttpd could not start a server on %s:%u", cfg->host,
                  h->port);
        close(sock);
        close(h->stop_pipe[0]);
        close(h->stop_pipe[1]);
        free(h);
        return NULL;
    }
    return h;
}

unsigned httpd_port(const struct httpd *h)
{
    return h->port;
}

void httpd_wait(struct httpd *h)
{
    char c;
    ssize_t n;
    do
        n = read(h->stop_pipe[0], &c, 1);
    while (n < 0 && errno == EINTR);
}

void httpd_stop(struct httpd *h)
{
    mhd.stop_daemon(h->daemon); /* closes the listening socket too */
    close(h->stop_pipe[0]);
    close(h->stop_pipe[1]);
    free(h);
}

/* ---- judge listen's receiver ---- */

struct listen_server {
    httpd_body_handler fn;
    void *ctx;
};

static void plain_reply(struct httpd_response *res, unsigned status, const char *text)
{
    res->status = status;
    res->body = xasprintf("%s\n", text);
    res->content_type = "text/plain; charset=utf-8";
}

static void on_listen_request(const struct httpd_request *req, struct httpd_response *res,
                              void *ctx)
{
    struct listen_server *s = ctx;
    if (strcmp(req->method, "POST") != 0) {
        res->allow = "POST";
        return plain_reply(res, MHD_HTTP_METHOD_NOT_ALLOWED, "only POST is accepted");
    }
    if (!httpd_host_is_loopback(httpd_header(req, MHD_HTTP_HEADER_HOST)))
        return plain_reply(res, MHD_HTTP_FORBIDDEN, "the Host must be the loopback address");
    if (!httpd_origin_allowed(httpd_header(req, MHD_HTTP_HEADER_ORIGIN)))
        return plain_reply(res, MHD_HTTP_FORBIDDEN,
                           "requests from web pages are refused (only a browser extension's)");
    char *reply = NULL;
    int status = s->fn(req->body, req->body_len, s->ctx, &reply, &res->stop);
    plain_reply(res, (unsigned)status, reply ? reply : "");
    free(reply);
}

int httpd_serve_loopback(unsigned port, size_t body_max, httpd_body_handler fn,
                         void (*ready)(void *ctx), void *ctx, char *err, size_t errlen)
{
    struct listen_server s = {.fn = fn, .ctx = ctx};
    struct httpd_config cfg = {.host = "127.0.0.1",
                               .port = port,
                               .body_max = body_max,
                               .header_max = 32 * 1024,
                               .connections_max = LISTEN_CONNECTIONS_MAX,
                               .timeout_s = LISTEN_TIMEOUT_S,
                               .threads = 1};
    bool usage;
    struct httpd *h = httpd_start(&cfg, on_listen_request, &s, &usage, err, errlen);
    if (!h)
        return usage ? -2 : -1;
    if (ready)
        ready(ctx);
    httpd_wait(h);
    httpd_stop(h);
    return 0;
}
