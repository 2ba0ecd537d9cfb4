/* api.h: the group server's JSON API under /api/v1 (docs/api.md), over the history. */
#ifndef JUDGE_API_H
#define JUDGE_API_H

#include "judge/httpd.h"
#include "judge/lang.h"

#include <pthread.h>
#include <stdbool.h>
#include <time.h>

/* Submissions a member may make in a minute, by default (429 with Retry-After beyond). */
#define API_SUBMIT_PER_MINUTE 20
/* A page's sign-in lasts this long, and so many are kept at once (the oldest goes first). */
#define API_SESSION_SECONDS     (30L * 24 * 3600)
#define API_SESSIONS_MAX        10000
#define API_SESSIONS_PER_MEMBER 16 /* one member's browsers (signing in more ends the oldest) */
/* The sign-in cookie: HttpOnly (no script reads it), SameSite=Strict (no other site's page
 * sends it). */
#define API_SESSION_COOKIE "judge_session"

/* A page's sign-in: the browser holds id in a cookie and echoes csrf in X-CSRF-Token with every
 * request that changes something. The member's token stays here, in the server's memory only,
 * and is checked again at each request: a rotated or revoked token signs its pages out. */
struct api_session {
    char id[65];   /* 32 random bytes, in hex */
    char csrf[65]; /* likewise */
    char *token;
    time_t expires;
};

/*
 * What the handlers share. Each request is answered as its member: the token in its
 * "Authorization: Bearer" header names an active member (hist_member_auth), or it is refused
 * with 401 before anything else is read. A member reads and writes as themself; another
 * member's source follows the honesty rule (honesty.h); admins list the members. Problems
 * come from the server's library, never its hidden tests. Every handler thread keeps its own
 * connection to the history. The views the commands compute (a week's board, the meeting's
 * agenda, stats, review, compare, notes, mistakes) are the same commands run as the member,
 * in a child process, so that they are what the member would see locally, by construction.
 *
 * The pages (web.h) sign in with a token once (POST /api/v1/session) and are then answered
 * as their member by the session's cookie; a cookie's request that changes something must
 * carry the session's CSRF token as well.
 */
struct api_server {
    const char *db_arg;    /* the history: a file or a URI */
    char *library;         /* the problem library's directory (malloc'ed) */
    const char *problems;  /* --problems as given, for the weekly sets */
    const char *languages; /* --languages as given */
    char *self;            /* this judge's executable, which computes the views */
    char *web;             /* the pages' directory (malloc'ed), or NULL: no pages */
    struct language_set langs;
    long submit_per_minute;
    bool loopback_only;      /* bound to the loopback: the Host must name it (DNS rebinding) */
    bool quiet;              /* no request log on stderr */
    pthread_mutex_t lock;    /* rates and sessions */
    pthread_mutex_t publish; /* one publication of a weekly set at a time (held through fsync) */
    struct api_rate *rates;
    size_t nrates;
    struct api_session *sessions;
    size_t nsessions;
};

/* Fills s (library, languages, pages) from the options; 0, or -1 with err (the user's
 * problem). */
int api_server_init(struct api_server *s, const char *db_arg, const char *problems,
                    const char *languages, const char *web, char *err, size_t errlen);
void api_server_release(struct api_server *s);

/* The httpd handler: ctx is the api_server. */
void api_handle(const struct httpd_request *req, struct httpd_response *res, void *ctx);

#endif
