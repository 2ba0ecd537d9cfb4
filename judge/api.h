/* api.h: the group server's JSON API under /api/v1 (docs/api.md), over the history. */
#ifndef JUDGE_API_H
#define JUDGE_API_H

#include "judge/httpd.h"
#include "judge/lang.h"

#include <pthread.h>
#include <stdbool.h>

/* Submissions a member may make in a minute, by default (429 with Retry-After beyond). */
#define API_SUBMIT_PER_MINUTE 20

/*
 * What the handlers share. Each request is answered as its member: the token in its
 * "Authorization: Bearer" header names an active member (hist_member_auth), or it is refused
 * with 401 before anything else is read. A member reads and writes as themself; another
 * member's source follows the honesty rule (honesty.h); admins list the members. Problems
 * come from the server's library, never its hidden tests. Every handler thread keeps its own
 * connection to the history. The views the commands compute (a week's board, the meeting's
 * agenda, stats, review, compare, notes, mistakes) are the same commands run as the member,
 * in a child process, so that they are what the member would see locally, by construction.
 */
struct api_server {
    const char *db_arg;    /* the history: a file or a URI */
    char *library;         /* the problem library's directory (malloc'ed) */
    const char *problems;  /* --problems as given, for the weekly sets */
    const char *languages; /* --languages as given */
    char *self;            /* this judge's executable, which computes the views */
    struct language_set langs;
    long submit_per_minute;
    bool loopback_only;   /* bound to the loopback: the Host must name it (DNS rebinding) */
    bool quiet;           /* no request log on stderr */
    pthread_mutex_t lock; /* rates */
    struct api_rate *rates;
    size_t nrates;
};

/* Fills s (library, languages) from the options; 0, or -1 with err (the user's problem). */
int api_server_init(struct api_server *s, const char *db_arg, const char *problems,
                    const char *languages, char *err, size_t errlen);
void api_server_release(struct api_server *s);

/* The httpd handler: ctx is the api_server. */
void api_handle(const struct httpd_request *req, struct httpd_response *res, void *ctx);

#endif
