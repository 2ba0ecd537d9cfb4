/* cmd_remote.c: the commands pointed at a group's server (docs/api.md): `judge login`, and
 * submit, history, show, week, stats, review, note, mistake and compare run there as the
 * member, with the output and exit status they have here. */
#define _GNU_SOURCE
#include "judge/cli.h"
#include "judge/packages.h"
#include "judge/problem.h"
#include "judge/report.h"
#include "judge/remote.h"
#include "judge/util.h"

#include <cjson/cJSON.h>

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define TOKEN_LINE_MAX 4096
#define NOTE_MAX       (1 << 20)
#define POLL_MIN_MS    200
#define POLL_MAX_MS    1000

static const char *const remote_commands[] = {"submit",  "history",  "show",    "week",
                                              "stats",   "review",   "note",    "mistake",
                                              "compare", "problems", "problem", "member"};

bool remote_command(const char *name)
{
    for (size_t i = 0; i < sizeof(remote_commands) / sizeof(remote_commands[0]); i++)
        if (strcmp(name, remote_commands[i]) == 0)
            return true;
    return false;
}

/* The server's {"error"} as a one-line message, or what the status says. */
static void say_refused(const struct remote *r, long status, const struct strbuf *reply)
{
    cJSON *o = cJSON_ParseWithLength(reply->buf ? reply->buf : "", reply->len);
    const cJSON *e = cJSON_GetObjectItemCaseSensitive(o, "error");
    const char *why = cJSON_IsString(e) ? e->valuestring : "no reason given";
    if (status == 401)
        cli_error("%s refused the token (%s): `judge login %s` with a valid one", r->url, why,
                  r->url);
    else
        cli_error("%s: %s (HTTP %ld)", r->url, why, status);
    cJSON_Delete(o);
}

/* An exit status for a refusal: the client's fault 2, the server's 3. */
static int refused_exit(long status)
{
    return status >= 500 || status == 0 ? EXIT_SYSTEM : EXIT_USAGE;
}

/* Sends method path (body: JSON text or NULL); 0 with the parsed 2xx reply in *out, else an
 * exit status after saying why. */
static int call(const struct remote *r, const char *method, const char *path, const char *body,
                long *status, cJSON **out)
{
    char err[4096];
    struct strbuf reply = STRBUF_INIT;
    *out = NULL;
    if (remote_request(r, method, path, body, body ? strlen(body) : 0, false, status, &reply, err,
                       sizeof(err)) < 0) {
        cli_error("%s", err);
        strbuf_release(&reply);
        return EXIT_SYSTEM;
    }
    if (*status < 200 || *status >= 300) {
        say_refused(r, *status, &reply);
        strbuf_release(&reply);
        return refused_exit(*status);
    }
    *out = cJSON_ParseWithLength(reply.buf ? reply.buf : "", reply.len);
    strbuf_release(&reply);
    if (!*out) {
        cli_error("%s answered %s %s with something that is not JSON", r->url, method, path);
        return EXIT_SYSTEM;
    }
    return EXIT_OK;
}

/* Runs args on the server (POST /cli) with input on its standard input; prints its output and
 * returns its exit status. */
static int run_there(const struct remote *r, char *const *args, int nargs, const char *input)
{
    cJSON *req = cJSON_CreateObject();
    cJSON *list = cJSON_AddArrayToObject(req, "args");
    for (int i = 0; i < nargs; i++)
        cJSON_AddItemToArray(list, cJSON_CreateString(args[i]));
    if (input)
        cJSON_AddStringToObject(req, "stdin", input);
    char *body = cJSON_PrintUnformatted(req);
    cJSON_Delete(req);
    long status;
    cJSON *o;
    int rc = call(r, "POST", "/cli", body, &status, &o);
    free(body);
    if (rc != EXIT_OK)
        return rc;
    const cJSON *code = cJSON_GetObjectItemCaseSensitive(o, "exit");
    const cJSON *out = cJSON_GetObjectItemCaseSensitive(o, "stdout");
    const cJSON *err = cJSON_GetObjectItemCaseSensitive(o, "stderr");
    if (!cJSON_IsNumber(code) || !cJSON_IsString(out) || !cJSON_IsString(err)) {
        cJSON_Delete(o);
        cli_error("%s answered a command without its exit, stdout and stderr", r->url);
        return EXIT_SYSTEM;
    }
    fputs(out->valuestring, stdout);
    fflush(stdout);
    fputs(err->valuestring, stderr);
    int exit_status = code->valueint >= 0 && code->valueint < 256 ? code->valueint : EXIT_SYSTEM;
    cJSON_Delete(o);
    return exit_status;
}

/* note PROBLEM --file F: the file is read here and sent as the command's standard input. */
static int note_there(const struct remote *r, int argc, char **argv)
{
    char **args = xcalloc((size_t)argc + 1, sizeof(*args));
    char *input = NULL;
    bool writes = true;
    int status = EXIT_OK;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i], *file = NULL;
        args[i] = argv[i];
        if (strcmp(a, "--show") == 0)
            writes = false;
        if (strcmp(a, "--file") == 0 && i + 1 < argc) {
            file = argv[i + 1];
            args[i + 1] = (char *)"-";
            i++;
        } else if (strncmp(a, "--file=", 7) == 0) {
            file = a + 7;
            args[i] = (char *)"--file=-";
        }
        if (file && !input) {
            size_t len;
            if (strcmp(file, "-") == 0)
                input = read_fd_text(STDIN_FILENO, NOTE_MAX, NULL);
            else if (!(input = read_file(file, NOTE_MAX, &len)))
                cli_error("%s: %s", file, errno ? strerror(errno) : "too large");
            if (!input)
                status = EXIT_USAGE;
        }
    }
    if (status == EXIT_OK && writes && !input) {
        cli_error("note on a server takes its text from a file: --file F (or --file - for the "
                  "standard input)");
        status = EXIT_USAGE;
    }
    if (status == EXIT_OK)
        status = run_there(r, args, argc, input);
    free(args);
    free(input);
    return status;
}

/* ---- submit ---- */

static void submit_usage(FILE *out)
{
    fprintf(out, "usage: judge submit PROBLEM FILE [--lang L] [--no-wait] [--json]  (to a server)\n"
                 "\n"
                 "Sends FILE to the group's server, which judges it with its limits and records\n"
                 "it; waits for the verdict and shows the result as `judge show` does (with\n"
                 "--no-wait: prints the queue id at once).\n");
}

static void sleep_ms(long ms)
{
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
        ;
}

static int submit_there(const struct remote *r, int argc, char **argv)
{
    const char *pos[2] = {NULL, NULL}, *lang = NULL, *user = NULL;
    int npos = 0;
    bool json = false, wait = true;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            submit_usage(stdout);
            return EXIT_OK;
        } else if (strcmp(a, "--json") == 0) {
            json = true;
        } else if (strcmp(a, "--no-wait") == 0) {
            wait = false;
        } else if ((strcmp(a, "--lang") == 0 || strcmp(a, "--user") == 0) && i + 1 < argc) {
            *(a[2] == 'l' ? &lang : &user) = argv[++i];
        } else if (strncmp(a, "--lang=", 7) == 0) {
            lang = a + 7;
        } else if (strncmp(a, "--user=", 7) == 0) {
            user = a + 7;
        } else if (a[0] == '-' && a[1]) {
            cli_error("%s is not for a submission to a server: it judges with the problem's "
                      "own limits, the same for every member",
                      a);
            return EXIT_USAGE;
        } else if (npos < 2) {
            pos[npos++] = a;
        } else {
            npos++;
        }
    }
    if (npos != 2) {
        submit_usage(stderr);
        return EXIT_USAGE;
    }
    size_t len;
    char *source = cli_read_source(pos[1], &len);
    if (!source)
        return EXIT_USAGE;
    const char *base = strrchr(pos[1], '/');
    cJSON *req = cJSON_CreateObject();
    cJSON_AddStringToObject(req, "problem", pos[0]);
    cJSON_AddStringToObject(req, "filename", base ? base + 1 : pos[1]);
    cJSON_AddStringToObject(req, "source", source);
    if (lang)
        cJSON_AddStringToObject(req, "language", lang);
    if (user)
        cJSON_AddStringToObject(req, "user", user);
    free(source);
    char *body = cJSON_PrintUnformatted(req);
    cJSON_Delete(req);
    long status;
    cJSON *o;
    int rc = call(r, "POST", "/submissions", body, &status, &o);
    free(body);
    if (rc != EXIT_OK)
        return rc;
    const cJSON *id = cJSON_GetObjectItemCaseSensitive(o, "id");
    long long qid = cJSON_IsNumber(id) ? (long long)id->valuedouble : 0;
    if (!wait) {
        if (json)
            json_print_line(stdout, o);
        else
            printf("queued as #%lld on %s\n", qid, r->url);
        cJSON_Delete(o);
        return EXIT_OK;
    }
    cJSON_Delete(o);
    bool progress = isatty(STDERR_FILENO) && !json;
    struct timespec start, now;
    clock_gettime(CLOCK_MONOTONIC, &start);
    char path[64];
    snprintf(path, sizeof(path), "/submissions/%lld", qid);
    long pause = POLL_MIN_MS;
    for (;;) {
        if ((rc = call(r, "GET", path, NULL, &status, &o)) != EXIT_OK)
            return rc;
        const cJSON *state = cJSON_GetObjectItemCaseSensitive(o, "state");
        const char *st = cJSON_IsString(state) ? state->valuestring : "?";
        if (strcmp(st, "done") == 0 || strcmp(st, "failed") == 0)
            break;
        if (progress) {
            clock_gettime(CLOCK_MONOTONIC, &now);
            fprintf(stderr, "\r\033[K#%lld %s... %lds", qid, st, (long)(now.tv_sec - start.tv_sec));
        }
        cJSON_Delete(o);
        sleep_ms(pause);
        pause = pause * 2 > POLL_MAX_MS ? POLL_MAX_MS : pause * 2;
    }
    if (progress)
        fprintf(stderr, "\r\033[K");
    const cJSON *sub = cJSON_GetObjectItemCaseSensitive(o, "submission");
    if (!cJSON_IsNumber(sub)) {
        const cJSON *m = cJSON_GetObjectItemCaseSensitive(o, "message");
        cli_error("#%lld could not be judged on %s: %s", qid, r->url,
                  cJSON_IsString(m) ? m->valuestring : "no reason given");
        cJSON_Delete(o);
        return EXIT_SYSTEM;
    }
    char sid[32];
    snprintf(sid, sizeof(sid), "%lld", (long long)sub->valuedouble);
    cJSON_Delete(o);
    char *show[] = {(char *)"show", sid, (char *)"--json"};
    rc = run_there(r, show, json ? 3 : 2, NULL);
    /* As judge submit: 0 accepted, 1 another verdict (show says 0 for any shown). */
    if (rc != EXIT_OK)
        return rc;
    char path2[64];
    snprintf(path2, sizeof(path2), "/history/%s", sid);
    if ((rc = call(r, "GET", path2, NULL, &status, &o)) != EXIT_OK)
        return rc;
    const cJSON *verdict = cJSON_GetObjectItemCaseSensitive(o, "verdict");
    rc =
        cJSON_IsString(verdict) && strcmp(verdict->valuestring, "AC") == 0 ? EXIT_OK : EXIT_VERDICT;
    cJSON_Delete(o);
    return rc;
}

/* ---- publishing (admins): judge problems push, judge week push ---- */

#define SEND_MAX (8u << 20) /* a file sent in one request: the server's bound on a body */

/* PUT of data to path, which the server must answer 201; an exit status. */
static int put_bytes(const struct remote *r, const char *path, const char *data, size_t len)
{
    char err[4096];
    long code;
    struct strbuf reply = STRBUF_INIT;
    int status = EXIT_OK;
    if (remote_request(r, "PUT", path, data, len, true, &code, &reply, err, sizeof(err)) < 0) {
        cli_error("%s", err);
        status = EXIT_SYSTEM;
    } else if (code != 201) {
        say_refused(r, code, &reply);
        status = refused_exit(code);
    }
    strbuf_release(&reply);
    return status;
}

/* Sends one package: its manifest, the files the server asks for, the manifest again. */
static int push_problem(const struct remote *r, const char *arg)
{
    char err[4096];
    struct problem p;
    char *path = problem_find(arg, NULL, err, sizeof(err));
    if (!path || problem_load(path, &p, err, sizeof(err)) < 0) {
        cli_error("%s", err);
        free(path);
        return EXIT_USAGE;
    }
    struct pkg_manifest m;
    int status = EXIT_OK;
    if (pkg_manifest_read(path, &m, err, sizeof(err)) < 0) {
        cli_error("%s", err);
        problem_release(&p);
        free(path);
        return EXIT_USAGE;
    }
    cJSON *req = cJSON_CreateObject();
    cJSON_AddStringToObject(req, "problem", p.id);
    cJSON_AddStringToObject(req, "sha256", m.sha256);
    cJSON_AddStringToObject(req, "manifest", m.json);
    char *body = cJSON_PrintUnformatted(req);
    cJSON_Delete(req);
    size_t sent = 0;
    for (int round = 0; round < 2 && status == EXIT_OK; round++) {
        long code;
        cJSON *o;
        if ((status = call(r, "POST", "/packages", body, &code, &o)) != EXIT_OK)
            break;
        const cJSON *missing = cJSON_GetObjectItemCaseSensitive(o, "missing"), *sha;
        const cJSON *ask = NULL;
        if (code == 201) {
            printf("%s: published as package %.12s (%zu file%s sent)\n", p.id, m.sha256, sent,
                   sent == 1 ? "" : "s");
            cJSON_Delete(o);
            break;
        }
        if (round == 1 || !cJSON_IsArray(missing)) {
            cli_error("%s did not take package %.12s of %s", r->url, m.sha256, p.id);
            status = EXIT_SYSTEM;
        }
        if (status == EXIT_OK)
            ask = missing;
        cJSON_ArrayForEach(sha, ask)
        {
            const struct pkg_file *f = NULL;
            for (size_t i = 0; i < m.count && !f; i++)
                if (cJSON_IsString(sha) && strcmp(m.files[i].sha256, sha->valuestring) == 0)
                    f = &m.files[i];
            size_t len;
            char *data = f && f->size <= (long long)SEND_MAX
                             ? pkg_file_read(path, f, &len, err, sizeof(err))
                             : NULL;
            if (!data) {
                if (f && f->size > (long long)SEND_MAX)
                    cli_error("%s/%s: larger than %u MiB, which a server takes in one request: "
                              "push it on the server's machine",
                              path, f->path, SEND_MAX >> 20);
                else
                    cli_error("%s", f ? err : "the server asked for a file the package has not");
                status = EXIT_USAGE;
                break;
            }
            char where[128];
            snprintf(where, sizeof(where), "/blobs/%s", f->sha256);
            status = put_bytes(r, where, data, len);
            sent++;
            free(data);
            if (status != EXIT_OK)
                break;
        }
        cJSON_Delete(o);
    }
    free(body);
    pkg_manifest_release(&m);
    problem_release(&p);
    free(path);
    return status;
}

static int problems_push_there(const struct remote *r, int argc, char **argv)
{
    if (argc < 2 || argv[1][0] == '-') {
        fprintf(argc < 2 ? stderr : stdout,
                "usage: judge problems push PROBLEM...   (to a server: admins)\n\n"
                "Publishes each PROBLEM (a package directory, or an id in your library) in the\n"
                "server's library, replacing the problem of that id; it must load as a problem.\n");
        return argc < 2 ? EXIT_USAGE : EXIT_OK;
    }
    for (int i = 1; i < argc; i++) {
        int status = push_problem(r, argv[i]);
        if (status != EXIT_OK)
            return status;
    }
    return EXIT_OK;
}

static int week_push_there(const struct remote *r, int argc, char **argv)
{
    if (argc < 2 || argv[1][0] == '-') {
        fprintf(argc < 2 ? stderr : stdout,
                "usage: judge week push FILE...   (to a server: admins)\n\n"
                "Publishes each weekly set FILE (weeks/<id>.json) in the server's library; its\n"
                "problems must be there, its dates must not overlap another set's.\n");
        return argc < 2 ? EXIT_USAGE : EXIT_OK;
    }
    for (int i = 1; i < argc; i++) {
        const char *base = strrchr(argv[i], '/');
        base = base ? base + 1 : argv[i];
        size_t n = strlen(base);
        if (n <= 5 || strcmp(base + n - 5, ".json") != 0) {
            cli_error("%s: a weekly set is a file <id>.json", argv[i]);
            return EXIT_USAGE;
        }
        size_t len;
        char *text = read_file(argv[i], 1 << 20, &len);
        if (!text) {
            cli_error("%s: %s", argv[i], errno ? strerror(errno) : "larger than 1 MiB");
            return EXIT_USAGE;
        }
        char where[256];
        snprintf(where, sizeof(where), "/weeks/%.*s", (int)(n - 5), base);
        int status = put_bytes(r, where, text, len);
        if (status == EXIT_OK)
            printf("%.*s: published\n", (int)(n - 5), base);
        free(text);
        if (status != EXIT_OK)
            return status;
    }
    return EXIT_OK;
}

/* ---- week run: each solution of a folder submitted to the server ---- */

struct run_file {
    char *name, *problem;
    long long queued;
    cJSON *result;      /* the queue entry once judged */
    const char *reason; /* not judged: why */
};

/* The week's id and problems as the server has them ("week show [WEEK] --json"). */
static int week_problems(const struct remote *r, const char *week, char **id, cJSON **problems)
{
    cJSON *req = cJSON_CreateObject();
    cJSON *args = cJSON_AddArrayToObject(req, "args");
    cJSON_AddItemToArray(args, cJSON_CreateString("week"));
    cJSON_AddItemToArray(args, cJSON_CreateString("show"));
    if (week)
        cJSON_AddItemToArray(args, cJSON_CreateString(week));
    cJSON_AddItemToArray(args, cJSON_CreateString("--json"));
    char *body = cJSON_PrintUnformatted(req);
    cJSON_Delete(req);
    long code;
    cJSON *o;
    int rc = call(r, "POST", "/cli", body, &code, &o);
    free(body);
    if (rc != EXIT_OK)
        return rc;
    const cJSON *exit_code = cJSON_GetObjectItemCaseSensitive(o, "exit");
    const cJSON *out = cJSON_GetObjectItemCaseSensitive(o, "stdout");
    const cJSON *err = cJSON_GetObjectItemCaseSensitive(o, "stderr");
    cJSON *shown = cJSON_IsString(out) ? cJSON_Parse(out->valuestring) : NULL;
    cJSON *w = cJSON_GetObjectItemCaseSensitive(shown, "week");
    const cJSON *wid = cJSON_GetObjectItemCaseSensitive(w, "id");
    cJSON *list = cJSON_GetObjectItemCaseSensitive(w, "problems");
    if (!cJSON_IsNumber(exit_code) || exit_code->valueint != 0 || !cJSON_IsString(wid) ||
        !cJSON_IsArray(list)) {
        if (cJSON_IsString(err))
            fputs(err->valuestring, stderr);
        rc = cJSON_IsNumber(exit_code) && exit_code->valueint > 0 ? exit_code->valueint
                                                                  : EXIT_SYSTEM;
    } else {
        *id = xstrdup(wid->valuestring);
        *problems = cJSON_DetachItemViaPointer(w, list);
    }
    cJSON_Delete(shown);
    cJSON_Delete(o);
    return rc;
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(((const struct run_file *)a)->name, ((const struct run_file *)b)->name);
}

static int week_run_there(const struct remote *r, int argc, char **argv)
{
    const char *week_arg = NULL, *dir = NULL, *style = NULL;
    bool json = false;
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--json") == 0)
            json = true;
        else if ((strcmp(a, "--dir") == 0 || strcmp(a, "--style") == 0) && i + 1 < argc)
            *(a[2] == 'd' ? &dir : &style) = argv[++i];
        else if (strncmp(a, "--dir=", 6) == 0)
            dir = a + 6;
        else if (strncmp(a, "--style=", 8) == 0)
            style = a + 8;
        else if (a[0] != '-' && !week_arg)
            week_arg = a;
        else {
            cli_error("week run to a server takes WEEK, --dir, --style and --json (not %s): the "
                      "server judges with the problems' own limits",
                      a);
            return EXIT_USAGE;
        }
    }
    if (!dir) {
        cli_error("week run needs --dir DIR (the folder of your solutions)");
        return EXIT_USAGE;
    }
    char *week = NULL;
    cJSON *problems = NULL;
    int status = week_problems(r, week_arg, &week, &problems);
    if (status != EXIT_OK)
        return status;
    DIR *d = opendir(dir);
    if (!d) {
        cli_error("%s: %s", dir, strerror(errno));
        free(week);
        cJSON_Delete(problems);
        return EXIT_USAGE;
    }
    struct run_file *files = NULL;
    size_t n = 0;
    for (struct dirent *e; (e = readdir(d));) {
        if (e->d_name[0] == '.')
            continue;
        files = xrealloc(files, (n + 1) * sizeof(*files));
        struct run_file *f = &files[n++];
        memset(f, 0, sizeof(*f));
        f->name = xstrdup(e->d_name);
        const char *dot = strrchr(f->name, '.');
        f->problem = xstrndup(f->name, dot ? (size_t)(dot - f->name) : strlen(f->name));
    }
    closedir(d);
    sort_array(files, n, sizeof(*files), compare_names);
    if (!json)
        printf("%s: sending the solutions in %s to %s\n", week, dir, r->url);
    /* Every file named after a problem of the set is sent; then all are followed. */
    int judged = 0;
    for (size_t i = 0; i < n; i++) {
        struct run_file *f = &files[i];
        bool in_week = false;
        const cJSON *p;
        cJSON_ArrayForEach(p, problems)
        {
            in_week = in_week || (cJSON_IsString(p) && strcmp(p->valuestring, f->problem) == 0);
        }
        if (!in_week) {
            f->reason = "no problem of the set has that name";
            continue;
        }
        char *path = path_join(dir, f->name);
        size_t len;
        char *source = cli_read_source(path, &len);
        free(path);
        if (!source) {
            f->reason = "not readable";
            status = EXIT_USAGE;
            continue;
        }
        cJSON *req = cJSON_CreateObject();
        cJSON_AddStringToObject(req, "problem", f->problem);
        cJSON_AddStringToObject(req, "filename", f->name);
        cJSON_AddStringToObject(req, "source", source);
        free(source);
        char *body = cJSON_PrintUnformatted(req);
        cJSON_Delete(req);
        struct strbuf reply = STRBUF_INIT;
        char err[4096];
        long code;
        int rc = remote_request(r, "POST", "/submissions", body, strlen(body), false, &code, &reply,
                                err, sizeof(err));
        free(body);
        cJSON *o = rc == 0 && code == 201 ? cJSON_ParseWithLength(reply.buf, reply.len) : NULL;
        const cJSON *id = cJSON_GetObjectItemCaseSensitive(o, "id");
        if (rc < 0) {
            cli_error("%s", err);
            status = EXIT_SYSTEM;
        } else if (code == 400) {
            f->reason = "no language has that extension";
        } else if (!cJSON_IsNumber(id)) {
            say_refused(r, code, &reply);
            status = refused_exit(code);
        } else {
            f->queued = (long long)id->valuedouble;
            judged++;
        }
        cJSON_Delete(o);
        strbuf_release(&reply);
        if (status == EXIT_SYSTEM)
            break;
    }
    cJSON *out = json ? cJSON_CreateObject() : NULL, *results = NULL, *unmatched = NULL;
    if (out) {
        cJSON_AddStringToObject(out, "week", week);
        results = cJSON_AddArrayToObject(out, "results");
        unmatched = cJSON_AddArrayToObject(out, "unmatched");
    }
    struct strbuf skipped = STRBUF_INIT;
    for (size_t i = 0; i < n && status != EXIT_SYSTEM; i++) {
        struct run_file *f = &files[i];
        if (!f->queued) {
            if (unmatched) {
                cJSON *x = cJSON_CreateObject();
                cJSON_AddStringToObject(x, "file", f->name);
                cJSON_AddStringToObject(x, "reason", f->reason ? f->reason : "not sent");
                cJSON_AddItemToArray(unmatched, x);
            } else {
                char *shown = text_visible(f->name, 0);
                strbuf_addf(&skipped, "  %-32s %s\n", shown, f->reason ? f->reason : "not sent");
                free(shown);
            }
            continue;
        }
        char path[64];
        snprintf(path, sizeof(path), "/submissions/%lld", f->queued);
        for (long pause = POLL_MIN_MS;;) {
            long code;
            cJSON *o;
            if ((status = call(r, "GET", path, NULL, &code, &o)) != EXIT_OK)
                break;
            const cJSON *st = cJSON_GetObjectItemCaseSensitive(o, "state");
            if (cJSON_IsString(st) &&
                (strcmp(st->valuestring, "done") == 0 || strcmp(st->valuestring, "failed") == 0)) {
                f->result = o;
                break;
            }
            cJSON_Delete(o);
            sleep_ms(pause);
            pause = pause * 2 > POLL_MAX_MS ? POLL_MAX_MS : pause * 2;
        }
        const cJSON *res = cJSON_GetObjectItemCaseSensitive(f->result, "result");
        const cJSON *v = cJSON_GetObjectItemCaseSensitive(res, "verdict");
        const cJSON *passed = cJSON_GetObjectItemCaseSensitive(res, "passed");
        const cJSON *total = cJSON_GetObjectItemCaseSensitive(res, "total");
        const cJSON *ms = cJSON_GetObjectItemCaseSensitive(res, "time_ms");
        const cJSON *sid = cJSON_GetObjectItemCaseSensitive(f->result, "submission");
        bool ok = cJSON_IsString(v) && cJSON_IsNumber(sid);
        int one = !ok ? EXIT_SYSTEM : strcmp(v->valuestring, "AC") == 0 ? EXIT_OK : EXIT_VERDICT;
        status = one > status ? one : status;
        if (results) {
            cJSON *x = cJSON_CreateObject();
            cJSON_AddStringToObject(x, "file", f->name);
            cJSON_AddStringToObject(x, "problem", f->problem);
            if (ok) {
                cJSON_AddStringToObject(x, "verdict", v->valuestring);
                cJSON_AddNumberToObject(x, "passed", cJSON_GetNumberValue(passed));
                cJSON_AddNumberToObject(x, "total", cJSON_GetNumberValue(total));
                cJSON_AddNumberToObject(x, "submission_id", sid->valuedouble);
            } else {
                cJSON_AddNullToObject(x, "verdict");
                cJSON_AddNullToObject(x, "submission_id");
            }
            cJSON_AddItemToArray(results, x);
        } else if (ok) {
            char t[32];
            char *shown = text_visible(f->name, 0);
            printf("  %-32s %-4s %3ld/%-3ld %9s  recorded as #%lld\n", shown, v->valuestring,
                   (long)cJSON_GetNumberValue(passed), (long)cJSON_GetNumberValue(total),
                   format_ms((long)cJSON_GetNumberValue(ms), t, sizeof(t)),
                   (long long)sid->valuedouble);
            free(shown);
        } else {
            cli_error("%s: not judged on the server", f->name);
        }
    }
    if (!json) {
        if (judged == 0)
            printf("  nothing judged\n");
        if (skipped.len)
            printf("\nnot judged:\n%s", skipped.buf);
        printf("\n");
        fflush(stdout);
    }
    strbuf_release(&skipped);
    if (judged == 0 && status == EXIT_OK) {
        cli_error("none of the files in %s is a problem of %s: nothing judged (a solution of %s "
                  "is %s/<problem-id>.<ext>)",
                  dir, week, week, dir);
        status = EXIT_VERDICT;
    }
    if (judged > 0 && status != EXIT_SYSTEM) {
        char *board[] = {(char *)"week",
                         (char *)"board",
                         week,
                         (char *)"--style",
                         (char *)(style ? style : "group"),
                         (char *)"--json"};
        if (out) {
            /* The board's JSON, inside this one. */
            cJSON *req = cJSON_CreateObject();
            cJSON *args = cJSON_AddArrayToObject(req, "args");
            for (int i = 0; i < 6; i++)
                cJSON_AddItemToArray(args, cJSON_CreateString(board[i]));
            char *body = cJSON_PrintUnformatted(req);
            cJSON_Delete(req);
            long code;
            cJSON *o;
            if (call(r, "POST", "/cli", body, &code, &o) == EXIT_OK) {
                const cJSON *text = cJSON_GetObjectItemCaseSensitive(o, "stdout");
                cJSON *b = cJSON_IsString(text) ? cJSON_Parse(text->valuestring) : NULL;
                cJSON_AddItemToObject(out, "board", b ? b : cJSON_CreateNull());
                cJSON_Delete(o);
            }
            free(body);
        } else {
            int b = run_there(r, board, 5, NULL);
            status = b > status ? b : status;
        }
    }
    if (out) {
        json_print_line(stdout, out);
        cJSON_Delete(out);
    }
    for (size_t i = 0; i < n; i++) {
        free(files[i].name);
        free(files[i].problem);
        cJSON_Delete(files[i].result);
    }
    free(files);
    free(week);
    cJSON_Delete(problems);
    return status;
}

int remote_main(const struct remote *r, int argc, char **argv)
{
    if (strcmp(argv[0], "submit") == 0)
        return submit_there(r, argc, argv);
    if (strcmp(argv[0], "note") == 0)
        return note_there(r, argc, argv);
    if (strcmp(argv[0], "problems") == 0 && argc > 1 && strcmp(argv[1], "push") == 0)
        return problems_push_there(r, argc - 1, argv + 1);
    if (strcmp(argv[0], "week") == 0 && argc > 1 && strcmp(argv[1], "push") == 0)
        return week_push_there(r, argc - 1, argv + 1);
    if (strcmp(argv[0], "week") == 0 && argc > 1 && strcmp(argv[1], "run") == 0)
        return week_run_there(r, argc, argv);
    return run_there(r, argv, argc, NULL);
}

/* ---- judge login ---- */

static void login_usage(FILE *out)
{
    fprintf(out, "usage: judge login URL   (the token on the standard input)\n"
                 "\n"
                 "Keeps the group's server URL and your token (from `judge member add` on the\n"
                 "server) in ~/.config/judge/server.json, readable by you only, after checking\n"
                 "them with the server. Then submit, history, show, week, stats, review, note,\n"
                 "mistake and compare run on the server. For one command: --server URL, or\n"
                 "JUDGE_SERVER and JUDGE_TOKEN; JUDGE_SERVER= (empty) runs here.\n"
                 "\n"
                 "Exit status: 0 logged in, 2 bad usage or a refused token, 3 no server there.\n");
}

int cmd_login(int argc, char **argv)
{
    if (argc == 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
        login_usage(stdout);
        return EXIT_OK;
    }
    if (argc != 2 || argv[1][0] == '-') {
        login_usage(stderr);
        return EXIT_USAGE;
    }
    if (!remote_url_valid(argv[1])) {
        cli_error("the server must be an http:// or https:// URL (got '%s')", argv[1]);
        return EXIT_USAGE;
    }
    if (isatty(STDIN_FILENO))
        fprintf(stderr, "token: ");
    char line[TOKEN_LINE_MAX];
    if (!fgets(line, sizeof(line), stdin)) {
        cli_error("no token on the standard input (judge member add printed it)");
        return EXIT_USAGE;
    }
    line[strcspn(line, "\r\n")] = '\0';
    char *token = line;
    while (*token == ' ')
        token++;
    if (!*token) {
        cli_error("no token on the standard input (judge member add printed it)");
        return EXIT_USAGE;
    }
    struct remote r = {.url = argv[1], .token = token};
    size_t n = strlen(r.url);
    while (n > 8 && r.url[n - 1] == '/')
        r.url[--n] = '\0';
    long status;
    cJSON *o;
    int rc = call(&r, "GET", "/me", NULL, &status, &o);
    if (rc == EXIT_OK) {
        const cJSON *name = cJSON_GetObjectItemCaseSensitive(o, "name");
        char err[4096];
        if (remote_login_save(r.url, token, err, sizeof(err)) < 0) {
            cli_error("%s", err);
            rc = EXIT_USAGE;
        } else {
            char *path = remote_login_path();
            printf("logged in to %s as %s (kept in %s)\n", r.url,
                   cJSON_IsString(name) ? name->valuestring : "?", path);
            free(path);
        }
        if (strncmp(r.url, "http://", 7) == 0 && !strstr(r.url, "://127.") &&
            !strstr(r.url, "://localhost") && !strstr(r.url, "://[::1]"))
            fprintf(stderr,
                    "judge: warning: %s is plain HTTP: the token crosses the network in "
                    "clear (docs/api.md: a TLS reverse proxy)\n",
                    r.url);
    }
    explicit_bzero(line, sizeof(line));
    cJSON_Delete(o);
    return rc;
}
