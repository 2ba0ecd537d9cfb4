/* api.c: the group server's JSON API (docs/api.md): who asks, then what they may read or write. */
#define _GNU_SOURCE
#include "judge/api.h"
#include "judge/catalog.h"
#include "judge/cli.h"
#include "judge/history.h"
#include "judge/honesty.h"
#include "judge/problem.h"
#include "judge/util.h"
#include "judge/weeks.h"

#include <cjson/cJSON.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#define API_PREFIX        "/api/v1"
#define ID_MAX            128 /* a problem's or week's id in a URL or a body */
#define FILENAME_MAX_LEN  255
#define HISTORY_LIMIT_MAX 10000

/* One member's submissions in the current minute. */
struct api_rate {
    char *member;
    time_t window; /* the minute's start */
    long count;
};

/* ---- the history, one connection per handler thread ---- */

static pthread_key_t db_key;
static pthread_once_t db_key_once = PTHREAD_ONCE_INIT;

static void db_close(void *db)
{
    hist_close(db);
}

static void db_key_create(void)
{
    pthread_key_create(&db_key, db_close);
}

static struct hist_db *thread_db(const struct api_server *s, char *err, size_t errlen)
{
    pthread_once(&db_key_once, db_key_create);
    struct hist_db *db = pthread_getspecific(db_key);
    if (db)
        return db;
    if (hist_open(s->db_arg, true, &db, err, errlen) != HIST_OK)
        return NULL;
    pthread_setspecific(db_key, db);
    return db;
}

/* After a failure of the judge's side: the next request connects again. */
static void thread_db_drop(void)
{
    struct hist_db *db = pthread_getspecific(db_key);
    if (db) {
        pthread_setspecific(db_key, NULL);
        hist_close(db);
    }
}

int api_server_init(struct api_server *s, const char *db_arg, const char *problems,
                    const char *languages, char *err, size_t errlen)
{
    memset(s, 0, sizeof(*s));
    s->db_arg = db_arg;
    s->problems = problems;
    s->submit_per_minute = API_SUBMIT_PER_MINUTE;
    pthread_mutex_init(&s->lock, NULL);
    s->library = problem_library_dir(problems);
    if (!s->library)
        return set_error(err, errlen,
                         "no problem library found (use --problems DIR or JUDGE_PROBLEMS)");
    if (lang_load(&s->langs, languages, err, errlen) < 0) {
        free(s->library);
        s->library = NULL;
        return -1;
    }
    return 0;
}

void api_server_release(struct api_server *s)
{
    free(s->library);
    lang_set_release(&s->langs);
    for (size_t i = 0; i < s->nrates; i++)
        free(s->rates[i].member);
    free(s->rates);
    pthread_mutex_destroy(&s->lock);
}

/* ---- answers ---- */

static void reply_json(struct httpd_response *res, unsigned status, cJSON *o)
{
    res->status = status;
    char *text = cJSON_PrintUnformatted(o);
    res->body = xasprintf("%s\n", text);
    free(text);
    cJSON_Delete(o);
}

static void reply_error(struct httpd_response *res, unsigned status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void reply_error(struct httpd_response *res, unsigned status, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *why;
    if (vasprintf(&why, fmt, ap) < 0)
        why = NULL;
    va_end(ap);
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "error", why ? why : "out of memory");
    free(why);
    reply_json(res, status, o);
}

/* A history error: the user's problem is not the client's either, so both are 500 or 503. */
static void reply_hist_error(struct httpd_response *res, int r, const char *err)
{
    if (r == HIST_ESYSTEM) {
        thread_db_drop();
        res->retry_after = 5;
        return reply_error(res, 503, "the history is not available: %s", err);
    }
    reply_error(res, 500, "%s", err);
}

/* ---- what a request names ---- */

/* An id as a URL or a body may give one: letters, digits, '-', '_', '.', not starting with a
 * dot, so that it names an entry of the library and never a path. */
static bool valid_id(const char *s)
{
    size_t n = s ? strlen(s) : 0;
    if (n == 0 || n > ID_MAX || s[0] == '.')
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '_' || c == '.'))
            return false;
    }
    return true;
}

/* A positive number in a URL; 0 when it is none. */
static long long url_number(const char *s)
{
    if (!s || !*s || strlen(s) > 15)
        return 0;
    long long v = 0;
    for (const char *p = s; *p; p++) {
        if (*p < '0' || *p > '9')
            return 0;
        v = v * 10 + (*p - '0');
    }
    return v;
}

/* Loads the library's problem id; 404 (or 500 for a broken package) when it cannot. */
static bool load_problem(const struct api_server *s, const char *id, struct problem *p, char **path,
                         struct httpd_response *res)
{
    char err[4096];
    if (!valid_id(id)) {
        reply_error(res, 404, "no problem '%.*s' in the library", ID_MAX, id ? id : "");
        return false;
    }
    *path = path_join(s->library, id);
    if (!is_dir(*path)) {
        reply_error(res, 404, "no problem '%s' in the library", id);
    } else if (problem_load(*path, p, err, sizeof(err)) < 0) {
        reply_error(res, 500, "%s", err);
    } else {
        return true;
    }
    free(*path);
    *path = NULL;
    return false;
}

/* ---- the routes ---- */

struct call {
    struct api_server *s;
    const struct httpd_request *req;
    struct httpd_response *res;
    struct hist_db *db;
    struct hist_member me;
    const char *rest; /* the path after /api/v1 */
};

static void get_me(struct call *c)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "name", c->me.name);
    cJSON_AddBoolToObject(o, "admin", c->me.admin);
    reply_json(c->res, 200, o);
}

static void get_members(struct call *c)
{
    if (!c->me.admin)
        return reply_error(c->res, 403, "only an admin lists the members");
    char err[4096];
    struct hist_member *list;
    size_t n;
    int r = hist_members_list(c->db, &list, &n, err, sizeof(err));
    if (r != HIST_OK)
        return reply_hist_error(c->res, r, err);
    cJSON *a = cJSON_CreateArray();
    for (size_t i = 0; i < n; i++) {
        cJSON *m = cJSON_CreateObject();
        cJSON_AddStringToObject(m, "name", list[i].name);
        cJSON_AddBoolToObject(m, "admin", list[i].admin);
        cJSON_AddBoolToObject(m, "revoked", list[i].revoked_at[0] != '\0');
        cJSON_AddItemToArray(a, m);
    }
    hist_members_free(list, n);
    cJSON *o = cJSON_CreateObject();
    cJSON_AddItemToObject(o, "members", a);
    reply_json(c->res, 200, o);
}

static void get_problems(struct call *c)
{
    char err[4096];
    struct catalog cat;
    if (catalog_load(&cat, c->s->library, err, sizeof(err)) < 0)
        return reply_error(c->res, 500, "%s", err);
    struct hist_filter f = {.user = c->me.name};
    struct hist_submission *rows;
    size_t n;
    int r = hist_list(c->db, &f, &rows, &n, err, sizeof(err));
    if (r != HIST_OK) {
        catalog_release(&cat);
        return reply_hist_error(c->res, r, err);
    }
    catalog_apply_history(&cat, rows, n);
    hist_list_free(rows, n);
    cJSON *o = cJSON_CreateObject();
    cJSON *list = cJSON_AddArrayToObject(o, "problems");
    for (size_t i = 0; i < cat.count; i++)
        cJSON_AddItemToArray(list, catalog_entry_json(&cat.entries[i]));
    catalog_release(&cat);
    reply_json(c->res, 200, o);
}

static void get_problem(struct call *c, const char *id)
{
    char err[4096], *path;
    struct problem p;
    if (!load_problem(c->s, id, &p, &path, c->res))
        return;
    cJSON *o = problem_view(&p, err, sizeof(err));
    if (o)
        reply_json(c->res, 200, o);
    else
        reply_error(c->res, 500, "%s", err);
    problem_release(&p);
    free(path);
}

/* Whether the member may submit now; else 429 with when to try again. */
static bool rate_allows(struct call *c)
{
    struct api_server *s = c->s;
    time_t now = time(NULL), minute = now - now % 60;
    pthread_mutex_lock(&s->lock);
    struct api_rate *r = NULL;
    for (size_t i = 0; i < s->nrates && !r; i++)
        if (strcmp(s->rates[i].member, c->me.name) == 0)
            r = &s->rates[i];
    if (!r) {
        s->rates = xrealloc(s->rates, (s->nrates + 1) * sizeof(*s->rates));
        r = &s->rates[s->nrates++];
        *r = (struct api_rate){.member = xstrdup(c->me.name), .window = minute};
    }
    if (r->window != minute) {
        r->window = minute;
        r->count = 0;
    }
    bool ok = r->count < s->submit_per_minute;
    if (ok)
        r->count++;
    pthread_mutex_unlock(&s->lock);
    if (!ok) {
        c->res->retry_after = (long)(minute + 60 - now);
        reply_error(c->res, 429, "at most %ld submissions a minute: try again in %ld s",
                    s->submit_per_minute, c->res->retry_after);
    }
    return ok;
}

/* A string member of a request's JSON: NULL when absent; *bad when present and not a string. */
static const char *body_string(const cJSON *o, const char *name, bool *bad)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, name);
    if (!v || cJSON_IsNull(v))
        return NULL;
    if (!cJSON_IsString(v)) {
        *bad = true;
        return NULL;
    }
    return v->valuestring;
}

/* The request's body as a JSON object; 400 with where it is malformed otherwise. */
static cJSON *parse_body(struct call *c)
{
    const char *end = NULL;
    cJSON *o = cJSON_ParseWithLengthOpts(c->req->body, c->req->body_len, &end, false);
    const char *stop = c->req->body + c->req->body_len;
    while (o && end && end < stop && strchr(" \t\r\n", *end))
        end++;
    if (o && end != stop) { /* something after the value */
        cJSON_Delete(o);
        o = NULL;
    }
    if (!o) {
        size_t at = end && end >= c->req->body ? (size_t)(end - c->req->body) : 0;
        reply_error(c->res, 400, "the request body is not valid JSON (at byte %zu)", at);
        return NULL;
    }
    if (!cJSON_IsObject(o)) {
        cJSON_Delete(o);
        reply_error(c->res, 400, "the request body must be a JSON object");
        return NULL;
    }
    return o;
}

/* A file name as a member's solution may have: a base name, visible characters. */
static bool valid_filename(const char *s)
{
    size_t n = strlen(s);
    if (n == 0 || n > FILENAME_MAX_LEN || s[0] == '.' || strchr(s, '/') || strchr(s, '\\'))
        return false;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] < 0x20 || s[i] == 0x7f)
            return false;
    return true;
}

static void post_submission(struct call *c)
{
    if (!rate_allows(c))
        return;
    cJSON *body = parse_body(c);
    if (!body)
        return;
    bool bad = false;
    const char *problem = body_string(body, "problem", &bad);
    const char *language = body_string(body, "language", &bad);
    const char *filename = body_string(body, "filename", &bad);
    const char *user = body_string(body, "user", &bad);
    const cJSON *source = cJSON_GetObjectItemCaseSensitive(body, "source");
    char err[4096], *path = NULL;
    struct problem p;
    const struct language *lang = NULL;
    if (bad || !problem || !cJSON_IsString(source)) {
        reply_error(c->res, 400,
                    "a submission is {\"problem\", \"source\", \"filename\" or "
                    "\"language\"}, each a string");
        goto out;
    }
    if (user && strcmp(user, c->me.name) != 0) {
        reply_error(c->res, 403, "%s cannot submit as another member", c->me.name);
        goto out;
    }
    size_t source_len = strlen(source->valuestring);
    if (source_len > HIST_SOURCE_MAX) {
        reply_error(c->res, 413, "the source is larger than %d bytes", HIST_SOURCE_MAX);
        goto out;
    }
    if (filename && !valid_filename(filename)) {
        reply_error(c->res, 400, "filename must be a file's base name (got '%.64s')", filename);
        goto out;
    }
    if (language && !(lang = lang_by_id(&c->s->langs, language))) {
        reply_error(c->res, 400, "unknown language '%.64s'", language);
        goto out;
    }
    if (!lang && !(filename && (lang = lang_for_file(&c->s->langs, filename)))) {
        reply_error(c->res, 400, "give \"language\", or a \"filename\" whose extension names one");
        goto out;
    }
    if (!load_problem(c->s, problem, &p, &path, c->res))
        goto out;
    struct week_set weeks = WEEK_SET_INIT;
    int r = hist_weeks_load_db(&weeks, c->s->library, c->db, false, err, sizeof(err));
    if (r == HIST_OK) {
        char sha256[65], *name = NULL;
        const char *week;
        long long id;
        if (!filename)
            filename = name = xasprintf("solution%s", lang->extensions ? lang->extensions[0] : "");
        r = queue_add(c->db, c->me.name, path, &p, filename, source->valuestring, source_len,
                      lang->id, &weeks, &id, sha256, &week, err, sizeof(err));
        if (r == HIST_OK) {
            cJSON *o = cJSON_CreateObject();
            cJSON_AddNumberToObject(o, "id", (double)id);
            cJSON_AddStringToObject(o, "state", "queued");
            cJSON_AddStringToObject(o, "user", c->me.name);
            cJSON_AddStringToObject(o, "problem", p.id);
            cJSON_AddStringToObject(o, "language", lang->id);
            if (week)
                cJSON_AddStringToObject(o, "week", week);
            else
                cJSON_AddNullToObject(o, "week");
            reply_json(c->res, 201, o);
        }
        free(name);
    }
    if (r != HIST_OK)
        reply_hist_error(c->res, r, err);
    week_set_release(&weeks);
    problem_release(&p);
    free(path);
out:
    cJSON_Delete(body);
}

/* The honesty rule for the viewer and s: NULL when its source may be shown, else why not. */
static int hidden_why(struct call *c, const struct hist_submission *s, char **hidden, char *err,
                      size_t errlen)
{
    *hidden = NULL;
    if (strcmp(c->me.name, s->user) == 0)
        return HIST_OK;
    struct week_set weeks = WEEK_SET_INIT;
    enum honesty_reason why;
    int r = hist_weeks_load_db(&weeks, c->s->library, c->db, false, err, errlen);
    if (r == HIST_OK)
        r = honesty_check_submission(c->db, &weeks, c->me.name, s, week_today(), HONESTY_VIEWER,
                                     &why, err, errlen);
    if (r == HIST_OK && why == HONESTY_HIDDEN)
        *hidden = honesty_explain(s->user, s->problem,
                                  s->week ? week_set_find(&weeks, s->week) : NULL, HONESTY_VIEWER);
    week_set_release(&weeks);
    return r;
}

/* A recorded submission with its tests, its source as the honesty rule allows. */
static int submission_json(struct call *c, long long id, cJSON **out, char *err, size_t errlen)
{
    struct hist_submission s;
    int r = hist_get(c->db, id, &s, err, errlen);
    if (r != HIST_OK)
        return r;
    char *hidden;
    r = hidden_why(c, &s, &hidden, err, errlen);
    if (r == HIST_OK) {
        *out = hist_submission_json(&s, true);
        if (hidden) {
            cJSON_ReplaceItemInObject(*out, "source", cJSON_CreateNull());
            cJSON_AddStringToObject(*out, "source_hidden", hidden);
        }
        free(hidden);
    }
    hist_submission_release(&s);
    return r;
}

static void get_submission(struct call *c, const char *arg)
{
    char err[4096];
    long long id = url_number(arg);
    struct hist_queued q;
    int r = id ? hist_queue_get(c->db, id, &q, err, sizeof(err)) : HIST_ENOTFOUND;
    if (r == HIST_ENOTFOUND || (r == HIST_OK && strcmp(q.user, c->me.name) != 0 && !c->me.admin)) {
        if (r == HIST_OK)
            hist_queued_release(&q);
        return reply_error(c->res, 404, "no submission %.32s of yours", arg);
    }
    if (r != HIST_OK)
        return reply_hist_error(c->res, r, err);
    cJSON *o = queued_json(&q);
    cJSON_DeleteItemFromObject(o, "package");
    if (q.submission_id) {
        cJSON *result = NULL;
        r = submission_json(c, q.submission_id, &result, err, sizeof(err));
        if (r != HIST_OK) {
            cJSON_Delete(o);
            hist_queued_release(&q);
            return reply_hist_error(c->res, r, err);
        }
        cJSON_AddItemToObject(o, "result", result);
    } else {
        cJSON_AddNullToObject(o, "result");
    }
    hist_queued_release(&q);
    reply_json(c->res, 200, o);
}

static void get_history_one(struct call *c, const char *arg)
{
    char err[4096];
    long long id = url_number(arg);
    cJSON *o = NULL;
    int r = id ? submission_json(c, id, &o, err, sizeof(err)) : HIST_ENOTFOUND;
    if (r == HIST_ENOTFOUND)
        return reply_error(c->res, 404, "no submission #%.32s", arg);
    if (r != HIST_OK)
        return reply_hist_error(c->res, r, err);
    reply_json(c->res, 200, o);
}

static void get_history(struct call *c)
{
    const struct httpd_request *req = c->req;
    struct hist_filter f = {.user = c->me.name};
    const char *user = httpd_query(req, "user"), *all = httpd_query(req, "all");
    const char *verdict = httpd_query(req, "verdict"), *since = httpd_query(req, "since");
    const char *limit = httpd_query(req, "limit");
    enum verdict v;
    int day;
    if (user)
        f.user = user;
    if (all && strcmp(all, "1") == 0)
        f.user = NULL;
    f.problem = httpd_query(req, "problem");
    f.week = httpd_query(req, "week");
    if (verdict && verdict_parse(verdict, &v) < 0)
        return reply_error(c->res, 400, "verdict must be AC, WA, PE, TLE, MLE, OLE, RE or CE");
    f.verdict = verdict ? verdict_name(v) : NULL;
    if (since && week_date_parse(since, &day) < 0)
        return reply_error(c->res, 400, "since must be a date YYYY-MM-DD");
    f.since = since;
    if (limit && ((f.limit = url_number(limit)) <= 0 || f.limit > HISTORY_LIMIT_MAX))
        return reply_error(c->res, 400, "limit must be a number from 1 to %d", HISTORY_LIMIT_MAX);
    if (!f.limit)
        f.limit = HISTORY_LIMIT_MAX;
    char err[4096];
    struct hist_submission *rows;
    size_t n;
    int r = hist_list(c->db, &f, &rows, &n, err, sizeof(err));
    if (r != HIST_OK)
        return reply_hist_error(c->res, r, err);
    cJSON *o = cJSON_CreateObject();
    cJSON *list = cJSON_AddArrayToObject(o, "submissions");
    for (size_t i = 0; i < n; i++)
        cJSON_AddItemToArray(list, hist_submission_json(&rows[i], false));
    hist_list_free(rows, n);
    reply_json(c->res, 200, o);
}

/* ---- who asks ---- */

/* The member whose token the request carries; 401 otherwise. */
static bool authenticate(struct call *c)
{
    const char *auth = httpd_header(c->req, "Authorization");
    c->res->www_authenticate = "Bearer realm=\"judge\"";
    if (!auth || strncasecmp(auth, "Bearer ", 7) != 0) {
        reply_error(c->res, 401,
                    "a member's token is needed: Authorization: Bearer TOKEN "
                    "(judge member add prints one)");
        return false;
    }
    const char *token = auth + 7;
    while (*token == ' ')
        token++;
    char err[4096];
    int r = hist_member_auth(c->db, token, &c->me, err, sizeof(err));
    if (r == HIST_ENOTFOUND || r == HIST_EBADFILE) {
        reply_error(c->res, 401, "the token is not valid (revoked, rotated or mistyped)");
        return false;
    }
    if (r != HIST_OK) {
        reply_hist_error(c->res, r, err);
        return false;
    }
    c->res->www_authenticate = NULL;
    return true;
}

/* Whether the path is prefix followed by "/ARG" (ARG set) or nothing (ARG NULL). */
static bool route(const char *path, const char *prefix, const char **arg)
{
    size_t n = strlen(prefix);
    if (strncmp(path, prefix, n) != 0)
        return false;
    if (path[n] == '\0') {
        *arg = NULL;
        return true;
    }
    if (path[n] == '/' && path[n + 1] && !strchr(path + n + 1, '/')) {
        *arg = path + n + 1;
        return true;
    }
    return false;
}

static void dispatch(struct call *c)
{
    const char *m = c->req->method, *p = c->rest, *arg;
    bool get = strcmp(m, "GET") == 0, post = strcmp(m, "POST") == 0;
    if (strcmp(p, "/me") == 0) {
        if (get)
            return get_me(c);
        c->res->allow = "GET";
    } else if (strcmp(p, "/members") == 0) {
        if (get)
            return get_members(c);
        c->res->allow = "GET";
    } else if (route(p, "/problems", &arg)) {
        if (get)
            return arg ? get_problem(c, arg) : get_problems(c);
        c->res->allow = "GET";
    } else if (route(p, "/submissions", &arg)) {
        if (!arg && post)
            return post_submission(c);
        if (arg && get)
            return get_submission(c, arg);
        c->res->allow = arg ? "GET" : "POST";
    } else if (route(p, "/history", &arg)) {
        if (get)
            return arg ? get_history_one(c, arg) : get_history(c);
        c->res->allow = "GET";
    } else {
        return reply_error(c->res, 404, "no such resource: %.200s%.200s", API_PREFIX, p);
    }
    reply_error(c->res, 405, "%.200s%.200s takes %s", API_PREFIX, p, c->res->allow);
}

static void log_request(const struct api_server *s, const struct httpd_request *req,
                        const struct httpd_response *res, const char *member, double ms)
{
    if (s->quiet)
        return;
    /* The path and the member; never a header (the token is one). */
    char *path = text_visible_line(req->path, 200);
    char when[21];
    utc_now(when);
    fprintf(stderr, "%s %s %s %s %u %s %.1fms\n", when, req->peer, req->method, path, res->status,
            member ? member : "-", ms);
    free(path);
}

void api_handle(const struct httpd_request *req, struct httpd_response *res, void *ctx)
{
    struct api_server *s = ctx;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    struct call c = {.s = s, .req = req, .res = res};
    if (s->loopback_only && !httpd_host_is_loopback(httpd_header(req, "Host"))) {
        reply_error(res, 403, "the Host must be the loopback address");
        goto out;
    }
    if (strcmp(req->path, API_PREFIX "/health") == 0) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddBoolToObject(o, "ok", true);
        reply_json(res, 200, o);
        goto out;
    }
    if (strncmp(req->path, API_PREFIX "/", strlen(API_PREFIX) + 1) != 0) {
        reply_error(res, 404, "the API is under " API_PREFIX "/ (docs/api.md)");
        goto out;
    }
    c.rest = req->path + strlen(API_PREFIX);
    char err[4096];
    if (!(c.db = thread_db(s, err, sizeof(err)))) {
        res->retry_after = 5;
        reply_error(res, 503, "the history is not available: %s", err);
        goto out;
    }
    if (authenticate(&c))
        dispatch(&c);
out:
    clock_gettime(CLOCK_MONOTONIC, &t1);
    log_request(s, req, res, c.me.name,
                (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6);
    hist_member_release(&c.me);
}
