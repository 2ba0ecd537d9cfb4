/* httpd.c: the loopback HTTP server over libmicrohttpd, loaded when it starts (see httpd.h). */
#define _GNU_SOURCE
#include "judge/httpd.h"
#include "judge/util.h"

#include <arpa/inet.h>
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <unistd.h>

#define LIBMHD_SONAME "libmicrohttpd.so.12"

/* A contest page sends each of its problems at once: room for a large contest. More are closed. */
#define HTTPD_CONNECTIONS_MAX 32
#define HTTPD_TIMEOUT_S       10

static struct {
    __typeof__(MHD_start_daemon) *start_daemon;
    __typeof__(MHD_stop_daemon) *stop_daemon;
    __typeof__(MHD_create_response_from_buffer) *create_response_from_buffer;
    __typeof__(MHD_add_response_header) *add_response_header;
    __typeof__(MHD_queue_response) *queue_response;
    __typeof__(MHD_destroy_response) *destroy_response;
    __typeof__(MHD_lookup_connection_value) *lookup_connection_value;
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
    };
    void **slots[] = {
        (void **)&mhd.start_daemon,
        (void **)&mhd.stop_daemon,
        (void **)&mhd.create_response_from_buffer,
        (void **)&mhd.add_response_header,
        (void **)&mhd.queue_response,
        (void **)&mhd.destroy_response,
        (void **)&mhd.lookup_connection_value,
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

struct server {
    size_t body_max;
    httpd_handler fn;
    void *ctx;
    int stop_pipe[2]; /* the handler's stop, told to the waiting thread once the reply is sent */
};

/* One request, from its headers to its reply. */
struct request {
    struct strbuf body;
    bool stop; /* the handler asked to stop: tell the main thread once the reply is sent */
};

static enum MHD_Result respond(struct MHD_Connection *conn, unsigned status, const char *text)
{
    char *line = xasprintf("%s\n", text);
    struct MHD_Response *r =
        mhd.create_response_from_buffer(strlen(line), line, MHD_RESPMEM_MUST_COPY);
    free(line);
    if (!r)
        return MHD_NO;
    mhd.add_response_header(r, "Content-Type", "text/plain; charset=utf-8");
    enum MHD_Result ret = mhd.queue_response(conn, status, r);
    mhd.destroy_response(r);
    return ret;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *conn, const char *url,
                                  const char *method, const char *version, const char *upload_data,
                                  size_t *upload_data_size, void **req_cls)
{
    (void)url;
    (void)version;
    struct server *s = cls;
    struct request *r = *req_cls;
    if (!r) {
        /* The headers: refuse what is not for us before reading any body. */
        r = xcalloc(1, sizeof(*r));
        *req_cls = r;
        if (strcmp(method, "POST") != 0)
            return respond(conn, MHD_HTTP_METHOD_NOT_ALLOWED, "only POST is accepted");
        if (!httpd_host_is_loopback(
                mhd.lookup_connection_value(conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_HOST)))
            return respond(conn, MHD_HTTP_FORBIDDEN, "the Host must be the loopback address");
        if (!httpd_origin_allowed(
                mhd.lookup_connection_value(conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_ORIGIN)))
            return respond(conn, MHD_HTTP_FORBIDDEN,
                           "requests from web pages are refused (only a browser extension's)");
        const char *length =
            mhd.lookup_connection_value(conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
        if (length) {
            errno = 0;
            char *end;
            unsigned long long n = strtoull(length, &end, 10);
            if (errno || end == length || *end || n > s->body_max) {
                char *text = xasprintf("the request body is larger than %zu bytes", s->body_max);
                enum MHD_Result ret = respond(conn, MHD_HTTP_CONTENT_TOO_LARGE, text);
                free(text);
                return ret;
            }
        }
        return MHD_YES;
    }
    if (*upload_data_size) {
        /* A chunked body that goes beyond the bound: the connection is closed, nothing of it
         * kept (a reply cannot be queued in the middle of a body). */
        if (r->body.len + *upload_data_size > s->body_max)
            return MHD_NO;
        strbuf_add(&r->body, upload_data, *upload_data_size);
        *upload_data_size = 0;
        return MHD_YES;
    }
    char *reply = NULL;
    int status = s->fn(r->body.buf ? r->body.buf : "", r->body.len, s->ctx, &reply, &r->stop);
    enum MHD_Result ret = respond(conn, (unsigned)status, reply ? reply : "");
    free(reply);
    strbuf_release(&r->body);
    return ret;
}

static void on_completed(void *cls, struct MHD_Connection *conn, void **req_cls,
                         enum MHD_RequestTerminationCode toe)
{
    (void)conn;
    struct server *s = cls;
    struct request *r = *req_cls;
    if (!r)
        return;
    if (r->stop) {
        /* Stop once the reply went out (or the client went away after it was made). */
        char c = toe == MHD_REQUEST_TERMINATED_COMPLETED_OK ? 'k' : 'x';
        ssize_t w = write(s->stop_pipe[1], &c, 1);
        (void)w;
    }
    strbuf_release(&r->body);
    free(r);
    *req_cls = NULL;
}

/* A listening TCP socket on 127.0.0.1:port, or -1 with err. */
static int listen_loopback(unsigned port, char *err, size_t errlen)
{
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0)
        return set_error(err, errlen, "socket: %s", strerror(errno));
    int one = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
    struct sockaddr_in addr = {.sin_family = AF_INET,
                               .sin_port = htons((uint16_t)port),
                               .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0 || listen(fd, 16) < 0) {
        int e = errno;
        close(fd);
        return set_error(err, errlen, "127.0.0.1:%u: %s%s", port, strerror(e),
                         e == EADDRINUSE ? " (another program listens there: choose --port)" : "");
    }
    return fd;
}

int httpd_serve_loopback(unsigned port, size_t body_max, httpd_handler fn, void (*ready)(void *ctx),
                         void *ctx, char *err, size_t errlen)
{
    if (load_mhd(err, errlen) < 0)
        return -1;
    int sock = listen_loopback(port, err, errlen);
    if (sock < 0)
        return -2;
    struct server s = {.body_max = body_max, .fn = fn, .ctx = ctx};
    if (pipe2(s.stop_pipe, O_CLOEXEC) < 0) {
        close(sock);
        return set_error(err, errlen, "pipe: %s", strerror(errno));
    }
    /* One internal thread polls and handles every request in turn; the socket is ours, so
     * libmicrohttpd binds nothing itself. */
    struct MHD_Daemon *d = mhd.start_daemon(
        MHD_USE_AUTO_INTERNAL_THREAD, 0, NULL, NULL, on_request, &s, MHD_OPTION_LISTEN_SOCKET,
        (MHD_socket)sock, MHD_OPTION_NOTIFY_COMPLETED, on_completed, &s,
        MHD_OPTION_CONNECTION_LIMIT, (unsigned)HTTPD_CONNECTIONS_MAX, MHD_OPTION_CONNECTION_TIMEOUT,
        (unsigned)HTTPD_TIMEOUT_S, MHD_OPTION_END);
    if (!d) {
        close(sock);
        close(s.stop_pipe[0]);
        close(s.stop_pipe[1]);
        return set_error(err, errlen, "libmicrohttpd could not start a server on 127.0.0.1:%u",
                         port);
    }
    if (ready)
        ready(ctx);
    char c;
    ssize_t n;
    do
        n = read(s.stop_pipe[0], &c, 1);
    while (n < 0 && errno == EINTR);
    mhd.stop_daemon(d); /* closes the listening socket too */
    close(s.stop_pipe[0]);
    close(s.stop_pipe[1]);
    return 0;
}
