/* api.c: the group server's JSON API (docs/api.md): who asks, then what they may read or write. */
#define _GNU_SOURCE
#include "judge/api.h"
#include "judge/catalog.h"
#include "judge/cli.h"
#include "judge/history.h"
#include "judge/honesty.h"
#include "judge/packages.h"
#include "judge/problem.h"
#include "judge/latex.h"
#include "judge/statement.h"
#include "judge/util.h"
#include "judge/web.h"
#include "judge/weeks.h"

#include <cjson/cJSON.h>

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

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
                    const char *languages, const char *web, char *err, size_t errlen)
{
    memset(s, 0, sizeof(*s));
    s->db_arg = db_arg;
    s->problems = problems;
    s->languages = languages;
    s->submit_per_minute = API_SUBMIT_PER_MINUTE;
    pthread_mutex_init(&s->lock, NULL);
    pthread_mutex_init(&s->publish, NULL);
    s->library = problem_library_dir(problems);
    if (!s->library)
        return set_error(err, errlen,
                         "no problem library found (use --problems DIR or JUDGE_PROBLEMS)");
    if (lang_load(&s->langs, languages, err, errlen) < 0) {
        free(s->library);
        s->library = NULL;
        return -1;
    }
    if (!(s->self = realpath("/proc/self/exe", NULL))) {
        set_error(err, errlen, "/proc/self/exe: %s", strerror(errno));
        api_server_release(s);
        return -1;
    }
    if (web && !is_dir(web)) {
        set_error(err, errlen, "--web %s: no such directory", web);
        api_server_release(s);
        return -1;
    }
    s->web = web_dir(web);
    return 0;
}

void api_server_release(struct api_server *s)
{
    free(s->library);
    free(s->self);
    free(s->web);
    lang_set_release(&s->langs);
    for (size_t i = 0; i < s->nrates; i++)
        free(s->rates[i].member);
    free(s->rates);
    for (size_t i = 0; i < s->nsessions; i++)
        free(s->sessions[i].token);
    free(s->sessions);
    pthread_mutex_destroy(&s->lock);
    pthread_mutex_destroy(&s->publish);
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
 * dot or a dash, so that it names an entry of the library, never a path nor an option. */
static bool valid_id(const char *s)
{
    size_t n = s ? strlen(s) : 0;
    if (n == 0 || n > ID_MAX || s[0] == '.' || s[0] == '-')
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '_' || c == '.'))
            return false;
    }
    return true;
}

/* A member's name as the history takes one (1 to 64 bytes of UTF-8, no control character):
 * given to a command only as an option's value (--user=NAME) or after "--". */
static bool valid_user(const char *s)
{
    size_t n = s ? strlen(s) : 0;
    if (n == 0 || n > 64 || !utf8_valid(s, n))
        return false;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] < 0x20 || s[i] == 0x7f)
            return false;
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
    const cJSON *md = cJSON_GetObjectItemCaseSensitive(o, "statement");
    const cJSON *format = cJSON_GetObjectItemCaseSensitive(o, "statement_format");
    if (cJSON_IsString(md) && cJSON_IsString(format)) {
        bool latex = strcmp(format->valuestring, "latex") == 0;
        char *text = latex ? latex_to_markdown(md->valuestring, strlen(md->valuestring))
                           : xstrdup(md->valuestring);
        char *html = statement_html(text, strlen(text));
        cJSON_AddStringToObject(o, "statement_html", html);
        free(html);
        free(text);
    }
    if (o)
        reply_json(c->res, 200, o);
    else
        reply_error(c->res, 500, "%s", err);
    problem_release(&p);
    free(path);
}

/* The languages the server judges, for a page's picker: id, name, extensions. */
static void get_languages(struct call *c)
{
    cJSON *o = cJSON_CreateObject();
    cJSON *list = cJSON_AddArrayToObject(o, "languages");
    for (size_t i = 0; i < c->s->langs.count; i++) {
        const struct language *l = &c->s->langs.langs[i];
        cJSON *e = cJSON_CreateObject();
        cJSON_AddStringToObject(e, "id", l->id);
        cJSON_AddStringToObject(e, "name", l->name);
        cJSON *ext = cJSON_AddArrayToObject(e, "extensions");
        for (char **x = l->extensions; x && *x; x++)
            cJSON_AddItemToArray(ext, cJSON_CreateString(*x));
        cJSON_AddItemToArray(list, e);
    }
    reply_json(c->res, 200, o);
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
        if (hidden)
            hist_submission_json_hide(*out, hidden);
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

/* ---- the views the commands compute: run as the member, their output returned ---- */

#define VIEW_OUT_MAX   (16u << 20)
#define VIEW_ERR_MAX   (64u << 10)
#define VIEW_TIMEOUT_S 120

/* What a command run for a view gave. */
struct view_run {
    int exit; /* its exit status; -1 when it could not be run or was killed */
    struct strbuf out, err;
};

/* The environment of a view's command: the server's, with the history, the library and the
 * member set, and never a server of its own (JUDGE_SERVER empty: this machine's history). */
static char **view_env(const struct api_server *s, const char *member)
{
    size_t n = 0;
    while (environ[n])
        n++;
    char **env = xcalloc(n + 8, sizeof(*env));
    size_t k = 0;
    static const char *const ours[] = {
        "JUDGE_USER=",  "JUDGE_DB=", "JUDGE_PROBLEMS=", "JUDGE_SERVER=",
        "JUDGE_TOKEN=", "NO_COLOR=", "JUDGE_LANGUAGES="};
    for (size_t i = 0; i < n; i++) {
        bool skip = false;
        for (size_t j = 0; j < sizeof(ours) / sizeof(ours[0]); j++)
            skip = skip || strncmp(environ[i], ours[j], strlen(ours[j])) == 0;
        if (!skip)
            env[k++] = xstrdup(environ[i]);
    }
    env[k++] = xasprintf("JUDGE_USER=%s", member);
    env[k++] = xasprintf("JUDGE_PROBLEMS=%s", s->library);
    env[k++] = xstrdup("JUDGE_SERVER=");
    env[k++] = xstrdup("NO_COLOR=1");
    char *db = hist_db_path(s->db_arg);
    if (db)
        env[k++] = xasprintf("JUDGE_DB=%s", db);
    free(db);
    if (s->languages)
        env[k++] = xasprintf("JUDGE_LANGUAGES=%s", s->languages);
    env[k] = NULL;
    return env;
}

/* Runs `judge ARGV...` as member with input on its standard input; its output in v (bounded:
 * what goes beyond is cut, and the view fails). 0, or -1 with err. */
static int view_run(const struct api_server *s, const char *member, char *const *argv,
                    const char *input, size_t input_len, struct view_run *v, char *err,
                    size_t errlen)
{
    memset(v, 0, sizeof(*v));
    v->exit = -1;
    int in[2], out[2], errp[2];
    if (pipe2(in, O_CLOEXEC) < 0)
        return set_error(err, errlen, "pipe: %s", strerror(errno));
    if (pipe2(out, O_CLOEXEC) < 0) {
        close(in[0]);
        close(in[1]);
        return set_error(err, errlen, "pipe: %s", strerror(errno));
    }
    if (pipe2(errp, O_CLOEXEC) < 0) {
        close(in[0]);
        close(in[1]);
        close(out[0]);
        close(out[1]);
        return set_error(err, errlen, "pipe: %s", strerror(errno));
    }
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, in[0], 0);
    posix_spawn_file_actions_adddup2(&fa, out[1], 1);
    posix_spawn_file_actions_adddup2(&fa, errp[1], 2);
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    sigset_t none, dfl;
    sigemptyset(&none);
    sigfillset(&dfl);
    posix_spawnattr_setsigmask(&attr, &none);
    posix_spawnattr_setsigdefault(&attr, &dfl);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    char **env = view_env(s, member);
    pid_t pid;
    int r = posix_spawn(&pid, s->self, &fa, &attr, argv, env);
    for (char **e = env; *e; e++)
        free(*e);
    free(env);
    posix_spawn_file_actions_destroy(&fa);
    posix_spawnattr_destroy(&attr);
    close(in[0]);
    close(out[1]);
    close(errp[1]);
    if (r != 0) {
        close(in[1]);
        close(out[0]);
        close(errp[0]);
        return set_error(err, errlen, "cannot run %s: %s", s->self, strerror(r));
    }
    /* Feed the input and read both outputs until they end, the bound, or the time. */
    size_t written = 0;
    if (input_len == 0) {
        close(in[1]);
        in[1] = -1;
    } else {
        fcntl(in[1], F_SETFL, O_NONBLOCK);
    }
    struct timespec start, now;
    clock_gettime(CLOCK_MONOTONIC, &start);
    bool killed = false, out_open = true, err_open = true;
    while (out_open || err_open) {
        struct pollfd fds[3] = {{out_open ? out[0] : -1, POLLIN, 0},
                                {err_open ? errp[0] : -1, POLLIN, 0},
                                {in[1], POLLOUT, 0}};
        clock_gettime(CLOCK_MONOTONIC, &now);
        long left = VIEW_TIMEOUT_S * 1000L - ((now.tv_sec - start.tv_sec) * 1000L +
                                              (now.tv_nsec - start.tv_nsec) / 1000000L);
        if (left <= 0 || v->out.len > VIEW_OUT_MAX || v->err.len > VIEW_ERR_MAX) {
            kill(pid, SIGKILL);
            killed = true;
            break;
        }
        if (poll(fds, 3, (int)left) < 0 && errno != EINTR)
            break;
        char buf[65536];
        for (int i = 0; i < 2; i++) {
            if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            ssize_t n = read(fds[i].fd, buf, sizeof(buf));
            if (n > 0)
                strbuf_add(i == 0 ? &v->out : &v->err, buf, (size_t)n);
            else if (n == 0 || errno != EINTR)
                *(i == 0 ? &out_open : &err_open) = false;
        }
        if (in[1] >= 0 && (fds[2].revents & (POLLOUT | POLLERR | POLLHUP))) {
            ssize_t n = write(in[1], input + written, input_len - written);
            if (n > 0)
                written += (size_t)n;
            if ((n < 0 && errno != EAGAIN && errno != EINTR) || written == input_len) {
                close(in[1]);
                in[1] = -1;
            }
        }
    }
    if (in[1] >= 0)
        close(in[1]);
    close(out[0]);
    close(errp[0]);
    int ws;
    while (waitpid(pid, &ws, 0) < 0 && errno == EINTR)
        ;
    if (killed)
        return set_error(err, errlen, "the view took longer than %d s or said too much",
                         VIEW_TIMEOUT_S);
    v->exit = WIFEXITED(ws) ? WEXITSTATUS(ws) : -1;
    if (v->exit < 0)
        return set_error(err, errlen, "the view's command was killed by signal %d",
                         WIFSIGNALED(ws) ? WTERMSIG(ws) : 0);
    return 0;
}

static void view_run_release(struct view_run *v)
{
    strbuf_release(&v->out);
    strbuf_release(&v->err);
}

/* The first line of a command's standard error, without "judge: ". */
static char *first_error_line(const struct view_run *v)
{
    const char *e = v->err.buf ? v->err.buf : "";
    if (strncmp(e, "judge: ", 7) == 0)
        e += 7;
    size_t n = strcspn(e, "\n");
    return text_visible_line(n ? xstrndup(e, n) : xstrdup("the command failed"), 1000);
}

/* A command's run as the CLI prints it: {"exit", "stdout", "stderr"}. */
static void reply_cli(struct call *c, const struct view_run *v)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddNumberToObject(o, "exit", v->exit);
    char *out = utf8_sanitize(v->out.buf ? v->out.buf : "", v->out.len, NULL);
    char *e = utf8_sanitize(v->err.buf ? v->err.buf : "", v->err.len, NULL);
    cJSON_AddStringToObject(o, "stdout", out);
    cJSON_AddStringToObject(o, "stderr", e);
    free(out);
    free(e);
    reply_json(c->res, 200, o);
}

/*
 * Answers with `judge ARGS...` run as the member, input on its standard input: with
 * ?format=cli, {"exit", "stdout", "stderr"} of the command as it is (the CLI pointed at a
 * server prints them). Otherwise, for a command that has --json (has_json), with it, its JSON
 * as the body when it exits 0 or 1; for one that has not, {"ok": true, "message"} when it
 * exits 0. Failures are {"error"} with the command's message: 404 when it names something
 * missing, 400 for other bad input, 409 for exit 1, 500 when the judge failed.
 */
static void view(struct call *c, const char *const *args, const char *input, size_t input_len,
                 bool has_json)
{
    const char *format = httpd_query(c->req, "format");
    bool cli = format && strcmp(format, "cli") == 0;
    if (format && !cli && strcmp(format, "json") != 0)
        return reply_error(c->res, 400, "format must be json or cli");
    const char *argv[32];
    size_t n = 0;
    argv[n++] = "judge";
    for (size_t i = 0; args[i] && n < 30; i++) {
        if (strcmp(args[i], "--") == 0 && !cli && has_json)
            argv[n++] = "--json";
        argv[n++] = args[i];
    }
    bool has_dashes = false;
    for (size_t i = 0; i < n; i++)
        has_dashes = has_dashes || strcmp(argv[i], "--") == 0;
    if (!cli && !has_dashes && has_json)
        argv[n++] = "--json";
    argv[n] = NULL;
    char err[4096];
    struct view_run v;
    if (view_run(c->s, c->me.name, (char *const *)argv, input, input_len, &v, err, sizeof(err)) <
        0) {
        view_run_release(&v);
        return reply_error(c->res, 500, "%s", err);
    }
    if (cli) {
        reply_cli(c, &v);
    } else if ((v.exit == 0 || v.exit == 1) && has_json) {
        c->res->status = 200;
        c->res->body = strbuf_detach(&v.out);
    } else if (v.exit == 0) {
        cJSON *o = cJSON_CreateObject();
        char *out = utf8_sanitize(v.out.buf ? v.out.buf : "", v.out.len, NULL);
        cJSON_AddBoolToObject(o, "ok", true);
        cJSON_AddStringToObject(o, "message", out);
        free(out);
        reply_json(c->res, 200, o);
    } else {
        char *why = first_error_line(&v);
        bool missing = strncmp(why, "no ", 3) == 0 || strncmp(why, "unknown ", 8) == 0;
        unsigned status = v.exit == 2 ? (missing ? 404 : 400) : v.exit == 1 ? 409 : 500;
        reply_error(c->res, status, "%s", why);
        free(why);
    }
    view_run_release(&v);
}

/* A query argument that is an id, or NULL; false after 400 when it is given and is not one. */
static bool query_id(struct call *c, const char *name, const char **out)
{
    *out = httpd_query(c->req, name);
    if (*out && !valid_id(*out)) {
        reply_error(c->res, 400, "%s must be an id (letters, digits, '-', '_', '.')", name);
        return false;
    }
    return true;
}

static void get_weeks_view(struct call *c, const char *week, const char *what)
{
    if (week && !valid_id(week))
        return reply_error(c->res, 404, "no weekly set '%.64s'", week);
    const char *style;
    if (!query_id(c, "style", &style))
        return;
    if (!week) {
        const char *args[] = {"week", "list", NULL};
        return view(c, args, NULL, 0, true);
    }
    if (!what) {
        const char *args[] = {"week", "show", week, NULL};
        return view(c, args, NULL, 0, true);
    }
    if (strcmp(what, "board") == 0) {
        const char *args[] = {"week", "board", week, style ? "--style" : NULL, style, NULL};
        return view(c, args, NULL, 0, true);
    }
    if (strcmp(what, "meeting") == 0) {
        const char *args[] = {"week", "meeting", week, NULL};
        return view(c, args, NULL, 0, true);
    }
    reply_error(c->res, 404, "no such resource: weeks/%s/%.64s", week, what);
}

static void get_member_view(struct call *c, const char *command)
{
    const char *user = httpd_query(c->req, "user");
    if (user && !valid_user(user))
        return reply_error(c->res, 400, "user must be a member's name");
    char *opt = user ? xasprintf("--user=%s", user) : NULL;
    const char *args[] = {command, opt, NULL};
    view(c, args, NULL, 0, true);
    free(opt);
}

static void get_compare(struct call *c, const char *problem)
{
    const char *week, *users = httpd_query(c->req, "users");
    if (!valid_id(problem))
        return reply_error(c->res, 404, "no problem '%.64s' in the library", problem);
    if (!query_id(c, "week", &week))
        return;
    for (const char *u = users; u && *u; u++)
        if (!(*u == ',' || *u == '-' || *u == '_' || *u == '.' || (*u >= '0' && *u <= '9') ||
              (*u >= 'a' && *u <= 'z') || (*u >= 'A' && *u <= 'Z')))
            return reply_error(c->res, 400, "users must be names separated by commas");
    const char *args[8];
    size_t n = 0;
    args[n++] = "compare";
    if (week) {
        args[n++] = "--week";
        args[n++] = week;
    }
    if (users) {
        args[n++] = "--users";
        args[n++] = users;
    }
    args[n++] = problem;
    args[n] = NULL;
    view(c, args, NULL, 0, true);
}

static void note_view(struct call *c, const char *problem, bool put)
{
    if (!valid_id(problem))
        return reply_error(c->res, 404, "no problem '%.64s' in the library", problem);
    if (put) {
        const char *args[] = {"note", "--file", "-", problem, NULL};
        return view(c, args, c->req->body, c->req->body_len, false);
    }
    const char *args[] = {"note", "--show", problem, NULL};
    view(c, args, NULL, 0, true);
}

static void post_mistake(struct call *c)
{
    cJSON *body = parse_body(c);
    if (!body)
        return;
    bool bad = false;
    const cJSON *id = cJSON_GetObjectItemCaseSensitive(body, "submission");
    const char *kind = body_string(body, "kind", &bad), *note = body_string(body, "note", &bad);
    if (bad || !cJSON_IsNumber(id) || id->valuedouble < 1 || id->valuedouble > 1e15 || !kind ||
        !valid_id(kind)) {
        cJSON_Delete(body);
        return reply_error(c->res, 400,
                           "a mistake is {\"submission\": ID, \"kind\": KIND, \"note\": TEXT}");
    }
    char sid[32];
    snprintf(sid, sizeof(sid), "%lld", (long long)id->valuedouble);
    const char *args[] = {"mistake", "--yes", "--", sid, kind, note, NULL};
    view(c, args, NULL, 0, true);
    cJSON_Delete(body);
}

/*
 * The commands a member runs on the server through the CLI (POST /cli), each with the
 * options it may give: "NAME" takes no value, "NAME=" one (the next argument, or after '=').
 * Anything else is refused, among them every option that names a file of the server (--db,
 * --problems, --languages, --dir; note's --file but "-", its standard input), sends
 * (--webhook), writes for others (--confirm, --presenter) or sets whom the command is for:
 * the member is the token's.
 */
static const struct cli_rule {
    const char *command, *sub, *options;
    bool admin; /* for admins only */
} cli_rules[] = {
    {"history", NULL,
     "--json --csv --all --user= --problem= --week= --verdict= --since= --limit=", false},
    {"show", NULL, "--json", false},
    {"week", "list", "--json", false},
    {"week", "show", "--json --user=", false},
    {"week", "board", "--json --style=", false},
    {"week", "report", "--json --style= --agenda --markdown", false},
    {"week", "meeting", "--json --markdown", false},
    {"week", "pairs", "--json --k=", false},
    {"stats", NULL, "--json --user=", false},
    {"review", NULL, "--json --user= --include-new", false},
    {"compare", NULL, "--json --week= --users= --width=", false},
    {"note", NULL, "--json --show --file=", false},
    {"mistake", NULL, "--json --yes --list", false},
    {"problems", NULL, "--json --week= --tag= --difficulty= --unsolved", false},
    {"problem", NULL, "--json --lang= --width=", false},
    {"member", "add", "--json --admin", true},
    {"member", "list", "--json", true},
    {"member", "rotate", "--json", true},
    {"member", "revoke", "--json", true},
};

#define CLI_ARGS_MAX 32
#define CLI_ARG_MAX  4096

/* Whether opt ("--name" or "--name=value") is one of options; *value: it takes one. */
static bool cli_option_allowed(const char *options, const char *opt, bool *value)
{
    size_t n = strcspn(opt, "=");
    for (const char *p = options; *p;) {
        size_t len = strcspn(p, " ");
        bool takes = len > 0 && p[len - 1] == '=';
        size_t name = takes ? len - 1 : len;
        if (name == n && strncmp(p, opt, n) == 0 && (takes || !opt[n])) {
            *value = takes && !opt[n];
            return true;
        }
        p += len;
        while (*p == ' ')
            p++;
    }
    return false;
}

/* args as a rule allows them for a member (an admin or not); else false with why. */
static bool cli_allowed(const char *const *args, size_t n, bool admin, char *why, size_t whylen)
{
    const struct cli_rule *rule = NULL;
    for (size_t i = 0; i < sizeof(cli_rules) / sizeof(cli_rules[0]) && !rule; i++) {
        if (strcmp(args[0], cli_rules[i].command) == 0 &&
            (!cli_rules[i].sub || (n > 1 && strcmp(args[1], cli_rules[i].sub) == 0)))
            rule = &cli_rules[i];
    }
    if (!rule) {
        snprintf(why, whylen, "'%.64s%s%.64s' does not run on the server", args[0],
                 n > 1 ? " " : "", n > 1 ? args[1] : "");
        return false;
    }
    if (rule->admin && !admin) {
        snprintf(why, whylen, "only an admin runs '%s %s'", rule->command, rule->sub);
        return false;
    }
    bool options_end = false;
    for (size_t i = rule->sub ? 2 : 1; i < n; i++) {
        const char *a = args[i];
        if (options_end || a[0] != '-' || strcmp(a, "-") == 0)
            continue;
        if (strcmp(a, "--") == 0) {
            options_end = true;
            continue;
        }
        bool value;
        if (strcmp(a, "--help") == 0)
            continue;
        if (!cli_option_allowed(rule->options, a, &value)) {
            snprintf(why, whylen, "%.64s does not take %.64s on the server", args[0], a);
            return false;
        }
        const char *v = value ? (i + 1 < n ? args[i + 1] : "") : strchr(a, '=');
        if (strncmp(a, "--file", 6) == 0 && strcmp(v + (value ? 0 : 1), "-") != 0) {
            snprintf(why, whylen,
                     "note takes its text on the standard input on the server "
                     "(--file -)");
            return false;
        }
        i += value;
    }
    return true;
}

static void post_cli(struct call *c)
{
    cJSON *body = parse_body(c);
    if (!body)
        return;
    const cJSON *args = cJSON_GetObjectItemCaseSensitive(body, "args");
    bool bad = false;
    const char *input = body_string(body, "stdin", &bad);
    const char *argv[CLI_ARGS_MAX + 2];
    size_t n = 0;
    argv[n++] = "judge";
    const cJSON *a, *list = cJSON_IsArray(args) ? args : NULL;
    cJSON_ArrayForEach(a, list)
    {
        if (!cJSON_IsString(a) || strlen(a->valuestring) > CLI_ARG_MAX || n > CLI_ARGS_MAX) {
            bad = true;
            break;
        }
        argv[n++] = a->valuestring;
    }
    argv[n] = NULL;
    char why[256], err[4096];
    if (bad || !cJSON_IsArray(args) || n < 2) {
        reply_error(c->res, 400,
                    "a command is {\"args\": [COMMAND, ARG...], \"stdin\": TEXT}, "
                    "at most %d arguments of %d bytes",
                    CLI_ARGS_MAX, CLI_ARG_MAX);
    } else if (!cli_allowed(argv + 1, n - 1, c->me.admin, why, sizeof(why))) {
        reply_error(c->res, 403, "%s", why);
    } else {
        struct view_run v;
        if (view_run(c->s, c->me.name, (char *const *)argv, input, input ? strlen(input) : 0, &v,
                     err, sizeof(err)) < 0)
            reply_error(c->res, 500, "%s", err);
        else
            reply_cli(c, &v);
        view_run_release(&v);
    }
    cJSON_Delete(body);
}

/* POST /members {"name", "admin"}: judge member add, its JSON (with the token) as the answer;
 * POST /members/NAME/rotate and /revoke. Admins only. */
static void post_members(struct call *c, const char *name, const char *action)
{
    if (!c->me.admin)
        return reply_error(c->res, 403, "only an admin manages the members");
    if (name) {
        if (!valid_user(name) || !action ||
            (strcmp(action, "rotate") != 0 && strcmp(action, "revoke") != 0))
            return reply_error(c->res, 404, "no such resource: members/%.64s", name);
        const char *args[] = {"member", action, "--", name, NULL};
        return view(c, args, NULL, 0, true);
    }
    cJSON *body = parse_body(c);
    if (!body)
        return;
    bool bad = false;
    const char *who = body_string(body, "name", &bad);
    const cJSON *admin = cJSON_GetObjectItemCaseSensitive(body, "admin");
    if (bad || !who || (admin && !cJSON_IsBool(admin))) {
        reply_error(c->res, 400, "a member is {\"name\", \"admin\": true or false}");
    } else {
        const char *args[] = {"member", "add", cJSON_IsTrue(admin) ? "--admin" : "--json",
                              "--",     who,   NULL};
        view(c, args, NULL, 0, true);
        if (c->res->status == 200)
            c->res->status = 201;
    }
    cJSON_Delete(body);
}

/* ---- publishing: admins put problems and weekly sets in the server's library ---- */

static bool admin_only(struct call *c, const char *what)
{
    if (c->me.admin)
        return true;
    reply_error(c->res, 403, "only an admin %s", what);
    return false;
}

/* A published package must load as a problem before it replaces anything. */
static int check_package(void *ctx, const char *path, char *err, size_t errlen)
{
    (void)ctx;
    struct problem p;
    if (problem_load(path, &p, err, errlen) < 0)
        return -1;
    problem_release(&p);
    return 0;
}

/* POST /packages {"problem", "sha256", "manifest"}: the files still to send ({"missing"}),
 * or, with all of them stored, the package stored and installed as the library's problem. */
static void post_package(struct call *c)
{
    if (!admin_only(c, "publishes problems"))
        return;
    cJSON *body = parse_body(c);
    if (!body)
        return;
    bool bad = false;
    const char *problem = body_string(body, "problem", &bad);
    const char *sha256 = body_string(body, "sha256", &bad);
    const char *manifest = body_string(body, "manifest", &bad);
    char err[4096];
    struct pkg_manifest m;
    if (bad || !problem || !sha256 || !manifest) {
        reply_error(c->res, 400, "a package is {\"problem\", \"sha256\", \"manifest\"}");
    } else if (!valid_id(problem)) {
        reply_error(c->res, 400, "'%.64s' is not a problem id (letters, digits, '-', '_', '.')",
                    problem);
    } else if (pkg_manifest_parse(manifest, strlen(manifest), sha256, &m, err, sizeof(err)) < 0) {
        reply_error(c->res, 400, "%s", err);
    } else {
        char **missing;
        size_t n;
        int r = hist_blobs_missing(c->db, &m, &missing, &n, err, sizeof(err));
        if (r == HIST_OK && n > 0) {
            cJSON *o = cJSON_CreateObject();
            cJSON *list = cJSON_AddArrayToObject(o, "missing");
            for (size_t i = 0; i < n; i++) {
                cJSON_AddItemToArray(list, cJSON_CreateString(missing[i]));
                free(missing[i]);
            }
            free(missing);
            reply_json(c->res, 200, o);
        } else if (r == HIST_OK) {
            bool added;
            r = hist_package_push(c->db, NULL, &m, problem, c->me.name, &added, err, sizeof(err));
            if (r == HIST_OK)
                r = hist_package_install(c->db, m.sha256, c->s->library, problem, check_package,
                                         NULL, err, sizeof(err));
            if (r == HIST_OK) {
                cJSON *o = cJSON_CreateObject();
                cJSON_AddStringToObject(o, "problem", problem);
                cJSON_AddStringToObject(o, "package", m.sha256);
                cJSON_AddBoolToObject(o, "published", true);
                reply_json(c->res, 201, o);
            } else if (r == HIST_EBADFILE) {
                reply_error(c->res, 400, "%s", err);
            } else {
                reply_hist_error(c->res, r, err);
            }
        } else {
            reply_hist_error(c->res, r, err);
        }
        pkg_manifest_release(&m);
    }
    cJSON_Delete(body);
}

/* PUT /blobs/SHA256: one file of a package being published, its bytes as the body. */
static void put_blob(struct call *c, const char *sha256)
{
    if (!admin_only(c, "publishes problems"))
        return;
    char err[4096];
    int r = hist_blob_put(c->db, sha256, c->req->body, c->req->body_len, err, sizeof(err));
    if (r == HIST_EBADFILE)
        return reply_error(c->res, 400, "%s", err);
    if (r != HIST_OK)
        return reply_hist_error(c->res, r, err);
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "stored", sha256);
    reply_json(c->res, 201, o);
}

/* PUT /weeks/ID: a weekly set's JSON, checked as the library's sets are (its problems in the
 * library, no overlap with the others), then in the library's weeks/ as ID.json; what was
 * there before is put back if the sets together do not load. */
static void put_week(struct call *c, const char *id)
{
    if (!admin_only(c, "publishes weekly sets"))
        return;
    if (!valid_id(id))
        return reply_error(c->res, 400, "'%.64s' is not a weekly set's id", id);
    char err[4096], *file = xasprintf("weeks/%s.json", id);
    struct week w;
    if (week_parse(file, c->req->body, c->req->body_len, week_library_has_problem, c->s->library,
                   &w, err, sizeof(err)) < 0) {
        free(file);
        return reply_error(c->res, 400, "%s", err);
    }
    week_release(&w);
    char *dir = path_join(c->s->library, "weeks"), *path = path_join(dir, file + 6);
    char *tmp = xasprintf("%s/.push-%s-%d", dir, id, (int)getpid());
    size_t oldlen = 0;
    char *old = read_file(path, 1 << 20, &oldlen);
    int fd = -1, r = 0;
    mkdir(dir, 0755);
    pthread_mutex_lock(&c->s->publish);
    if ((fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0644)) < 0 ||
        write_all(fd, c->req->body, c->req->body_len) < 0 || fsync(fd) < 0 || close(fd) < 0 ||
        rename(tmp, path) < 0) {
        r = set_error(err, sizeof(err), "%s: %s", path, strerror(errno));
        if (fd >= 0)
            close(fd);
        unlink(tmp);
    } else {
        struct week_set weeks = WEEK_SET_INIT;
        r = hist_weeks_load_db(&weeks, c->s->library, c->db, false, err, sizeof(err));
        week_set_release(&weeks);
        if (r != HIST_OK) {
            /* Back as it was. */
            int back = old ? open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644) : -1;
            if (back >= 0 && write_all(back, old, oldlen) == 0 && close(back) == 0)
                rename(tmp, path);
            else if (!old)
                unlink(path);
        }
    }
    pthread_mutex_unlock(&c->s->publish);
    if (r == HIST_OK) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "week", id);
        cJSON_AddBoolToObject(o, "published", true);
        cJSON_AddBoolToObject(o, "replaced", old != NULL);
        reply_json(c->res, 201, o);
    } else if (r == HIST_ESYSTEM) {
        reply_hist_error(c->res, r, err);
    } else {
        reply_error(c->res, 400, "%s", err);
    }
    free(old);
    free(tmp);
    free(path);
    free(dir);
    free(file);
}

/* ---- who asks ---- */

/* 32 random bytes in hex. */
static void random_hex(char out[65])
{
    unsigned char raw[32];
    size_t got = 0;
    while (got < sizeof(raw)) {
        ssize_t n = getrandom(raw + got, sizeof(raw) - got, 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) { /* only without a kernel's getrandom: nothing safe to sign in with */
            fprintf(stderr, "judge serve: getrandom: %s\n", strerror(errno));
            abort();
        }
        got += (size_t)n;
    }
    for (size_t i = 0; i < sizeof(raw); i++)
        snprintf(out + 2 * i, 3, "%02x", raw[i]);
}

/* Compares two secrets in a time that does not tell where they differ. */
static bool secret_equal(const char *a, const char *b)
{
    size_t n = strlen(a);
    if (n != strlen(b))
        return false;
    unsigned char diff = 0;
    for (size_t i = 0; i < n; i++)
        diff |= (unsigned char)(a[i] ^ b[i]);
    return diff == 0;
}

static void session_drop_at(struct api_server *s, size_t i)
{
    free(s->sessions[i].token);
    s->sessions[i] = s->sessions[--s->nsessions];
}

/* A new session for token; its id and csrf copied out. */
static void session_create(struct api_server *s, const char *token, char id[65], char csrf[65])
{
    time_t now = time(NULL);
    pthread_mutex_lock(&s->lock);
    for (size_t i = 0; i < s->nsessions;)
        if (s->sessions[i].expires <= now)
            session_drop_at(s, i);
        else
            i++;
    /* The one that ends first goes: of this token's, so that a member signing in again and
     * again ends only their own sessions; else of all. */
    size_t mine = 0, oldest_mine = 0, oldest = 0;
    for (size_t i = 0; i < s->nsessions; i++) {
        if (strcmp(s->sessions[i].token, token) == 0 &&
            (mine++ == 0 || s->sessions[i].expires < s->sessions[oldest_mine].expires))
            oldest_mine = i;
        if (s->sessions[i].expires < s->sessions[oldest].expires)
            oldest = i;
    }
    if (mine >= API_SESSIONS_PER_MEMBER)
        session_drop_at(s, oldest_mine);
    else if (s->nsessions == API_SESSIONS_MAX)
        session_drop_at(s, oldest);
    if (s->nsessions % 64 == 0)
        s->sessions = xrealloc(s->sessions, (s->nsessions + 64) * sizeof(*s->sessions));
    struct api_session *e = &s->sessions[s->nsessions++];
    random_hex(e->id);
    random_hex(e->csrf);
    e->token = xstrdup(token);
    e->expires = now + API_SESSION_SECONDS;
    memcpy(id, e->id, 65);
    memcpy(csrf, e->csrf, 65);
    pthread_mutex_unlock(&s->lock);
}

/* The live session of the cookie id: its token (malloc'ed) and csrf copied out, or NULL. */
static char *session_find(struct api_server *s, const char *id, char csrf[65])
{
    char *token = NULL;
    time_t now = time(NULL);
    if (strlen(id) != 64)
        return NULL; /* not one of ours: no lock taken to compare a long cookie with each */
    pthread_mutex_lock(&s->lock);
    for (size_t i = 0; i < s->nsessions; i++)
        if (secret_equal(s->sessions[i].id, id) && s->sessions[i].expires > now) {
            token = xstrdup(s->sessions[i].token);
            memcpy(csrf, s->sessions[i].csrf, 65);
        }
    pthread_mutex_unlock(&s->lock);
    return token;
}

static void session_forget(struct api_server *s, const char *id)
{
    if (strlen(id) != 64)
        return;
    pthread_mutex_lock(&s->lock);
    for (size_t i = 0; i < s->nsessions; i++)
        if (secret_equal(s->sessions[i].id, id)) {
            session_drop_at(s, i);
            break;
        }
    pthread_mutex_unlock(&s->lock);
}

/* The member of a token into c->me; false with the answer (401, 503) given. */
static bool token_member(struct call *c, const char *token)
{
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
    return true;
}

/* Whether the method only reads. */
static bool safe_method(const char *m)
{
    return strcmp(m, "GET") == 0 || strcmp(m, "HEAD") == 0;
}

/* A page's request: the member of its session's cookie, and, when it changes something, the
 * session's CSRF token in X-CSRF-Token. csrf receives the session's. */
static bool cookie_member(struct call *c, const char *cookie, char csrf[65])
{
    char *token = session_find(c->s, cookie, csrf);
    if (!token) {
        reply_error(c->res, 401, "signed out: the page's session has ended; sign in again");
        return false;
    }
    bool ok = token_member(c, token);
    free(token);
    if (!ok)
        return false;
    const char *sent = httpd_header(c->req, "X-CSRF-Token");
    if (!safe_method(c->req->method) && (!sent || !secret_equal(sent, csrf))) {
        reply_error(c->res, 403,
                    "a page's request that changes something must carry its X-CSRF-Token");
        return false;
    }
    return true;
}

/* Whether the page came over HTTPS, as the reverse proxy in front says. */
static bool over_https(const struct call *c)
{
    const char *proto = httpd_header(c->req, "X-Forwarded-Proto");
    return proto && strcasecmp(proto, "https") == 0;
}

/* The session's cookie. Over HTTPS it is named __Host-..., which the browser takes only from
 * this host over HTTPS for the whole site: a cookie planted by a sibling domain or over plain
 * HTTP (signing the page in as someone else) cannot take its place. */
static const char *session_cookie_name(const struct call *c)
{
    return over_https(c) ? "__Host-" API_SESSION_COOKIE : API_SESSION_COOKIE;
}

/* The member whose token (or page's session) the request carries; 401 otherwise. */
static bool authenticate(struct call *c)
{
    const char *auth = httpd_header(c->req, "Authorization");
    const char *cookie = httpd_cookie(c->req, session_cookie_name(c));
    c->res->www_authenticate = "Bearer realm=\"judge\"";
    if (!auth && cookie) {
        char csrf[65];
        if (!cookie_member(c, cookie, csrf))
            return false;
        c->res->www_authenticate = NULL;
        return true;
    }
    if (!auth || strncasecmp(auth, "Bearer ", 7) != 0) {
        reply_error(c->res, 401,
                    "a member's token is needed: Authorization: Bearer TOKEN "
                    "(judge member add prints one)");
        return false;
    }
    const char *token = auth + 7;
    while (*token == ' ')
        token++;
    if (!token_member(c, token))
        return false;
    c->res->www_authenticate = NULL;
    return true;
}

/* The Set-Cookie of a session (id) or of its end (NULL). Secure when a proxy says the page
 * came over HTTPS (the flag only narrows where the browser sends it). */
static char *session_cookie(const struct call *c, const char *id)
{
    return xasprintf("%s=%s; Path=/; HttpOnly; SameSite=Strict; Max-Age=%ld%s",
                     session_cookie_name(c), id ? id : "", id ? API_SESSION_SECONDS : 0L,
                     over_https(c) ? "; Secure" : "");
}

static void reply_session(struct call *c, unsigned status, const char *csrf)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "name", c->me.name);
    cJSON_AddBoolToObject(o, "admin", c->me.admin);
    cJSON_AddStringToObject(o, "csrf", csrf);
    reply_json(c->res, status, o);
}

/* /api/v1/session: a page signs in with a token (POST), asks who it is (GET), signs out
 * (DELETE). The sign-in must be JSON, which no other site's form can send. */
static void session_request(struct call *c)
{
    const char *m = c->req->method;
    const char *cookie = httpd_cookie(c->req, session_cookie_name(c));
    char csrf[65];
    if (strcmp(m, "POST") == 0) {
        const char *type = httpd_header(c->req, "Content-Type");
        if (!type || strncasecmp(type, "application/json", 16) != 0)
            return reply_error(c->res, 415, "sign in with a JSON body: {\"token\": \"...\"}");
        cJSON *o = parse_body(c);
        if (!o)
            return;
        bool bad = false;
        const char *token = body_string(o, "token", &bad);
        if (!token || bad || !token[0]) {
            cJSON_Delete(o);
            return reply_error(c->res, 400, "\"token\" must be a member's token");
        }
        if (!token_member(c, token)) {
            cJSON_Delete(o);
            return;
        }
        char id[65];
        session_create(c->s, token, id, csrf);
        cJSON_Delete(o);
        c->res->set_cookie = session_cookie(c, id);
        return reply_session(c, 201, csrf);
    }
    if (strcmp(m, "GET") != 0 && strcmp(m, "DELETE") != 0) {
        c->res->allow = "GET, POST, DELETE";
        return reply_error(c->res, 405, "%s/session takes GET, POST, DELETE", API_PREFIX);
    }
    if (!cookie)
        return reply_error(c->res, 401, "not signed in");
    if (!cookie_member(c, cookie, csrf))
        return;
    if (strcmp(m, "DELETE") == 0) {
        session_forget(c->s, cookie);
        c->res->set_cookie = session_cookie(c, NULL);
        cJSON *o = cJSON_CreateObject();
        cJSON_AddBoolToObject(o, "ok", true);
        return reply_json(c->res, 200, o);
    }
    reply_session(c, 200, csrf);
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
    bool get = strcmp(m, "GET") == 0, post = strcmp(m, "POST") == 0, put = strcmp(m, "PUT") == 0;
    /* /weeks/W/WHAT: split here, the rest routes by one argument at most. */
    char week[ID_MAX + 2] = "";
    const char *what = NULL;
    if (strncmp(p, "/weeks/", 7) == 0 && strlen(p + 7) <= ID_MAX + 32) {
        const char *slash = strchr(p + 7, '/');
        size_t n = slash ? (size_t)(slash - (p + 7)) : strlen(p + 7);
        if (n <= ID_MAX)
            snprintf(week, sizeof(week), "%.*s", (int)n, p + 7);
        what = slash && slash[1] && !strchr(slash + 1, '/') ? slash + 1 : NULL;
        if (slash && !what)
            week[0] = '\0';
    }
    if (strcmp(p, "/me") == 0) {
        if (get)
            return get_me(c);
        c->res->allow = "GET";
    } else if (strcmp(p, "/members") == 0) {
        if (get)
            return get_members(c);
        if (post)
            return post_members(c, NULL, NULL);
        c->res->allow = "GET, POST";
    } else if (strncmp(p, "/members/", 9) == 0) {
        char name[ID_MAX + 2] = "";
        const char *slash = strrchr(p + 9, '/');
        size_t n = slash ? (size_t)(slash - (p + 9)) : 0;
        if (n > 0 && n <= ID_MAX)
            snprintf(name, sizeof(name), "%.*s", (int)n, p + 9);
        if (post)
            return post_members(c, name, slash && name[0] ? slash + 1 : NULL);
        c->res->allow = "POST";
    } else if (strcmp(p, "/languages") == 0) {
        if (get)
            return get_languages(c);
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
    } else if (strcmp(p, "/weeks") == 0 || week[0]) {
        if (get)
            return get_weeks_view(c, week[0] ? week : NULL, what);
        if (put && week[0] && !what)
            return put_week(c, week);
        c->res->allow = week[0] && !what ? "GET, PUT" : "GET";
    } else if (strcmp(p, "/packages") == 0) {
        if (post)
            return post_package(c);
        c->res->allow = "POST";
    } else if (route(p, "/blobs", &arg) && arg) {
        if (put)
            return put_blob(c, arg);
        c->res->allow = "PUT";
    } else if (strcmp(p, "/stats") == 0 || strcmp(p, "/review") == 0) {
        if (get)
            return get_member_view(c, p + 1);
        c->res->allow = "GET";
    } else if (route(p, "/compare", &arg) && arg) {
        if (get)
            return get_compare(c, arg);
        c->res->allow = "GET";
    } else if (route(p, "/notes", &arg) && arg) {
        if (get || put)
            return note_view(c, arg, put);
        c->res->allow = "GET, PUT";
    } else if (strcmp(p, "/cli") == 0) {
        if (post)
            return post_cli(c);
        c->res->allow = "POST";
    } else if (strcmp(p, "/mistakes") == 0) {
        if (post)
            return post_mistake(c);
        if (get) {
            const char *args[] = {"mistake", "--list", NULL};
            return view(c, args, NULL, 0, true);
        }
        c->res->allow = "GET, POST";
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
    if (web_path(req->path)) {
        web_serve(s->web, req, res);
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
    if (strcmp(c.rest, "/session") == 0)
        session_request(&c);
    else if (authenticate(&c))
        dispatch(&c);
out:
    clock_gettime(CLOCK_MONOTONIC, &t1);
    log_request(s, req, res, c.me.name,
                (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6);
    hist_member_release(&c.me);
}
