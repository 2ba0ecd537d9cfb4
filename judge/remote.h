/* remote.h: the judge as a client of a group's server (judge serve): where it is, the
 * member's token, and requests to its API (docs/api.md) over libcurl. */
#ifndef JUDGE_REMOTE_H
#define JUDGE_REMOTE_H

#include "judge/util.h"

#include <stdbool.h>
#include <stddef.h>

/* Largest reply read from a server. */
#define REMOTE_REPLY_MAX (64u << 20)

struct remote {
    char *url;   /* "http://127.0.0.1:8080", without a trailing slash */
    char *token; /* "jt_..." */
};

/* The file `judge login` keeps the server and token in: $XDG_CONFIG_HOME/judge/server.json,
 * else ~/.config/judge/server.json. Malloc'ed; NULL without a home. */
char *remote_login_path(void);

/*
 * Where the commands go: server (--server URL, with $JUDGE_TOKEN or the login's token), else
 * $JUDGE_SERVER with $JUDGE_TOKEN, else the login file. $JUDGE_SERVER set and empty means this
 * machine, login or not. Returns 1 with *out (free with remote_free), 0 when the commands are
 * local, or -1 with a one-line message naming the file or variable in err.
 */
int remote_find(const char *server, struct remote **out, char *err, size_t errlen);
void remote_free(struct remote *r);

/* Whether a URL is one the judge talks to: http:// or https://, a host, no user or fragment. */
bool remote_url_valid(const char *url);

/* Writes url and token to the login file (0600, in a 0700 directory), whole or not at all. */
int remote_login_save(const char *url, const char *token, char *err, size_t errlen);

/*
 * One request: method on the API's path (from "/me", with its query), with body (NULL: none;
 * sent as JSON, or as text when text is true). Returns 0 with the HTTP status in *status and
 * the reply in reply (bounded by REMOTE_REPLY_MAX), or -1 with err when the server could not
 * be reached or answered beyond the bound. The token is sent, never shown. Redirects are not
 * followed (a redirect would carry the token elsewhere).
 */
int remote_request(const struct remote *r, const char *method, const char *path, const char *body,
                   size_t body_len, bool text, long *status, struct strbuf *reply, char *err,
                   size_t errlen);

#endif
