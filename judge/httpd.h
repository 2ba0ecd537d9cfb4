/* httpd.h: a small HTTP server on the loopback address only (libmicrohttpd, loaded at start). */
#ifndef JUDGE_HTTPD_H
#define JUDGE_HTTPD_H

#include <stdbool.h>
#include <stddef.h>

/*
 * libmicrohttpd is the HTTP library the judge serves with. Only `judge listen` serves, so the
 * judge does not link it (its libgnutls would cost every start of the judge): the server loads
 * libmicrohttpd.so.12 with dlopen when it starts, as net.h does libcurl.
 *
 * The server binds 127.0.0.1 itself (a socket it creates and hands to libmicrohttpd), never
 * another address. It takes POST requests only; the body is bounded (413 before it is read
 * when Content-Length says more, the connection closed when a chunked body goes beyond), a
 * request whose Host is not the loopback (DNS rebinding) or whose Origin is a web page (a
 * page's script posting to localhost) is refused with 403, other methods with 405. Up to 32
 * connections at a time (more are closed), each timed out after 10 s of silence. Requests are
 * handled one at a time, in the server's thread.
 */

/* Handles one request's body (NUL-terminated at body[len]). Returns the HTTP status to answer
 * (200, 400, 409, 500 ...) with *reply, a malloc'ed one-line text the server sends and frees.
 * Sets *stop to end the server once this reply is sent. */
typedef int (*httpd_handler)(const char *body, size_t len, void *ctx, char **reply, bool *stop);

/* Serves on 127.0.0.1:port, each POST's body (at most body_max bytes) handed to fn, until a
 * handler sets *stop and its reply is sent. ready(ctx) is called once the port is bound,
 * before any request. Returns 0 after a stop; -2 with a one-line message in err when the port
 * cannot be bound (another program has it, or a privileged port); -1 when libmicrohttpd cannot
 * be loaded ("install libmicrohttpd12") or the server failed. */
int httpd_serve_loopback(unsigned port, size_t body_max, httpd_handler fn, void (*ready)(void *ctx),
                         void *ctx, char *err, size_t errlen);

/* Whether a Host header names the loopback ("127.0.0.1", "localhost", "[::1]", with or without
 * a port); an absent one (NULL, HTTP/1.0) does. */
bool httpd_host_is_loopback(const char *host);

/* Whether an Origin header may post: absent (NULL: curl, scripts), or a browser extension's
 * ("chrome-extension://...", "moz-extension://...", "safari-web-extension://..."): never a web
 * page's, nor "null". */
bool httpd_origin_allowed(const char *origin);

#endif
