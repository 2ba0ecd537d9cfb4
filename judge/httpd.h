/* httpd.h: the judge's HTTP servers (libmicrohttpd, loaded at start): `judge serve`'s API and
 * `judge listen`'s loopback receiver. */
#ifndef JUDGE_HTTPD_H
#define JUDGE_HTTPD_H

#include <stdbool.h>
#include <stddef.h>

/*
 * libmicrohttpd is the HTTP library the judge serves with. Only `judge serve` and `judge
 * listen` serve, so the judge does not link it (its libgnutls would cost every start of the
 * judge): the server loads libmicrohttpd.so.12 with dlopen when it starts, as net.h does
 * libcurl.
 *
 * The server binds the socket itself (an address it is given, never a wildcard it was not)
 * and hands it to libmicrohttpd. What reaches a handler is bounded before it is read: the
 * request line and headers (431 beyond header_max), the body (413 before it is read when
 * Content-Length says more; the connection closed when a chunked body goes beyond),
 * connections in all and from one address (more are closed), and silence (a connection idle
 * for timeout_s is closed). Handlers run on a small pool of threads; a handler must be
 * thread-safe.
 */

struct httpd_config {
    const char *host; /* a numeric address, "127.0.0.1" or "::1" or a public one */
    unsigned port;    /* 0: any free port (httpd_port() tells which) */
    size_t body_max;
    size_t bodies_max;        /* bytes of bodies read at once, in all requests (0: no bound) */
    size_t header_max;        /* request line and headers, in bytes */
    unsigned connections_max; /* at once, in all */
    unsigned per_address_max; /* at once, from one address (0: no bound) */
    unsigned timeout_s;       /* of silence */
    unsigned threads;         /* handlers running at once (1: one after another) */
};

/* One request, as a handler sees it. */
struct httpd_request {
    const char *method;
    const char *path; /* the URL's path, decoded; without the query */
    const char *body; /* NUL-terminated at body[body_len]; "" when there is none */
    size_t body_len;
    const char *peer; /* the client's address, numeric */
    void *conn;       /* for httpd_header() and httpd_query() */
};

/* A request header's value (name in any case), or NULL. */
const char *httpd_header(const struct httpd_request *req, const char *name);
/* A query argument's value, decoded, or NULL when absent. */
const char *httpd_query(const struct httpd_request *req, const char *name);
/* A cookie's value, or NULL when absent. */
const char *httpd_cookie(const struct httpd_request *req, const char *name);

/* What a handler answers. body is malloc'ed (or NULL: empty) and freed by the server; so is
 * set_cookie. Every answer carries the headers that keep a browser from sniffing a type, framing
 * the page or running a script from anywhere but the server itself. */
struct httpd_response {
    unsigned status;
    char *body;
    size_t body_len;              /* 0: strlen(body) (a file's bytes may hold a NUL) */
    const char *content_type;     /* NULL: "application/json" */
    const char *cache_control;    /* NULL: "no-store" */
    char etag[48];                /* an ETag header's value, or "": none */
    char *set_cookie;             /* a Set-Cookie header's value, or NULL */
    long retry_after;             /* seconds, with 429 or 503; 0: none */
    const char *allow;            /* with 405 */
    const char *www_authenticate; /* with 401 */
    bool stop;                    /* stop the server once this reply is sent (httpd_wait) */
};

typedef void (*httpd_handler)(const struct httpd_request *req, struct httpd_response *res,
                              void *ctx);

struct httpd;

/* Starts serving cfg's address with fn. Returns the server, or NULL with a one-line message
 * in err and *usage true when the address is the user's problem (in use, privileged,
 * malformed, not this machine's), false when libmicrohttpd is missing or failed ("install
 * libmicrohttpd12"). */
struct httpd *httpd_start(const struct httpd_config *cfg, httpd_handler fn, void *ctx, bool *usage,
                          char *err, size_t errlen);
/* The port served (the one chosen when cfg->port was 0). */
unsigned httpd_port(const struct httpd *h);
/* Waits until a handler's response asked to stop and was sent. */
void httpd_wait(struct httpd *h);
/* Stops serving: no new connections; the requests being handled are answered first. Frees h. */
void httpd_stop(struct httpd *h);

/* Whether a numeric address is a loopback one (127.0.0.0/8, ::1). */
bool httpd_address_is_loopback(const char *host);

/* ---- judge listen's receiver ---- */

/* Handles one request's body (NUL-terminated at body[len]). Returns the HTTP status to answer
 * (200, 400, 409, 500 ...) with *reply, a malloc'ed one-line text the server sends and frees.
 * Sets *stop to end the server once this reply is sent. */
typedef int (*httpd_body_handler)(const char *body, size_t len, void *ctx, char **reply,
                                  bool *stop);

/* Serves on 127.0.0.1:port, each POST's body (at most body_max bytes) handed to fn, until a
 * handler sets *stop and its reply is sent; one request at a time, up to 32 connections, 10 s
 * of silence each. A request whose Host is not the loopback (DNS rebinding) or whose Origin is
 * a web page (a page's script posting to localhost) is refused with 403, other methods with
 * 405. ready(ctx) is called once the port is bound, before any request. Returns 0 after a
 * stop; -2 with a one-line message in err when the port cannot be bound (another program has
 * it, or a privileged port); -1 when libmicrohttpd cannot be loaded or the server failed. */
int httpd_serve_loopback(unsigned port, size_t body_max, httpd_body_handler fn,
                         void (*ready)(void *ctx), void *ctx, char *err, size_t errlen);

/* Whether a Host header names the loopback ("127.0.0.1", "localhost", "[::1]", with or without
 * a port); an absent one (NULL, HTTP/1.0) does. */
bool httpd_host_is_loopback(const char *host);

/* Whether an Origin header may post: absent (NULL: curl, scripts), or a browser extension's
 * ("chrome-extension://...", "moz-extension://...", "safari-web-extension://..."): never a web
 * page's, nor "null". */
bool httpd_origin_allowed(const char *origin);

#endif
