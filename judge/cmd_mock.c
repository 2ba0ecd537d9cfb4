/* cmd_mock.c: `judge mock`: a timed mock coding test: problems picked from the library, a
 * countdown, submissions judged with the verdict only until time is up, then the full report;
 * kept in the history, resumable after the terminal is closed (the deadline never moves). */
#define _GNU_SOURCE
#include "judge/catalog.h"
#include "judge/cli.h"
#include "judge/history.h"
#include "judge/mock.h"
#include "judge/report.h"
#include "judge/stress.h"
#include "judge/util.h"
#include "judge/weeks.h"
#include "sandbox/sandbox.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <math.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

/* A command line typed during the mock, at most (longer ones are refused). */
#define LINE_MAX_BYTES 4096

static void mock_usage(FILE *out)
{
    fprintf(out,
            "usage: judge mock [--problems N] [--minutes M] [--week W | --tag T]\n"
            "                  [--difficulty D[,D...]] [--seed N]\n"
            "       judge mock submit PROBLEM FILE | status | finish | report [ID] | list\n"
            "\n"
            "A timed mock coding test, as the companies' platforms give one: N problems from the\n"
            "library (the ones you have not solved first, of mixed difficulty), M minutes on a\n"
            "countdown, and submissions judged with the verdict only (and the samples' results)\n"
            "until time is up. Then the full report: per problem its score, with its tests in a\n"
            "correctness and a performance group scored as Codility does, the verdicts, the\n"
            "time spent, what failed. Kept in your history; `judge stats` shows your mocks.\n"
            "\n"
            "`judge mock` starts a mock, or comes back to the one under way (after the\n"
            "terminal was closed: its deadline does not move), and reads commands: show A,\n"
            "submit A FILE, list, time, finish, quit (leaves it running), help.\n"
            "\n"
            "  --problems N        problems in a new mock (1 to %d, default %d)\n"
            "  --minutes M         its length (1 to %d, default %d)\n"
            "  --week W            pick from weekly set W\n"
            "  --tag T             pick from problems with tag T\n"
            "  --difficulty D,...  pick from these difficulties (easy, medium, hard)\n"
            "  --seed N            the random order the picking uses (default: the clock)\n"
            "  --library DIR       the problem library (default: $JUDGE_PROBLEMS, ./problems)\n"
            "  --lang L            the language of your files (default: their extensions)\n"
            "  --user U, --db FILE whose mock, and the history (see `judge submit --help`)\n"
            "  --languages FILE    the languages file\n"
            "  --json              print one JSON object and do not read commands\n"
            "\n"
            "Exit status: 0 done, 1 a submission not accepted, 2 bad usage (or time is up),\n"
            "3 judge failure.\n",
            MOCK_MAX_PROBLEMS, MOCK_DEFAULT_PROBLEMS, MOCK_MAX_MINUTES, MOCK_DEFAULT_MINUTES);
}

struct mock_cli {
    long problems, minutes;
    const char *week, *tag, *library, *languages, *user_opt, *db, *lang;
    bool difficulty[3]; /* easy, medium, hard; none set: any */
    bool any_difficulty_set;
    const char *difficulty_arg; /* as given, for saying that it matched nothing */
    uint64_t seed;
    bool seed_given;
    bool json;
    bool new_options; /* an option of a new mock was given */
    char **args;
    int nargs;
};

struct mock_ctx {
    struct mock_cli o;
    char *user;
    struct hist_db *db;
};

static int parse(int argc, char **argv, struct mock_cli *o)
{
    enum {
        OPT_PROBLEMS = 256,
        OPT_MINUTES,
        OPT_WEEK,
        OPT_TAG,
        OPT_DIFFICULTY,
        OPT_SEED,
        OPT_LIBRARY,
        OPT_LANG,
        OPT_USER,
        OPT_DB,
        OPT_LANGUAGES,
        OPT_JSON,
        OPT_HELP
    };
    static const struct option options[] = {
        {"problems", required_argument, NULL, OPT_PROBLEMS},
        {"minutes", required_argument, NULL, OPT_MINUTES},
        {"week", required_argument, NULL, OPT_WEEK},
        {"tag", required_argument, NULL, OPT_TAG},
        {"difficulty", required_argument, NULL, OPT_DIFFICULTY},
        {"seed", required_argument, NULL, OPT_SEED},
        {"library", required_argument, NULL, OPT_LIBRARY},
        {"lang", required_argument, NULL, OPT_LANG},
        {"user", required_argument, NULL, OPT_USER},
        {"db", required_argument, NULL, OPT_DB},
        {"languages", required_argument, NULL, OPT_LANGUAGES},
        {"json", no_argument, NULL, OPT_JSON},
        {"help", no_argument, NULL, OPT_HELP},
        {NULL, 0, NULL, 0},
    };
    static const char *const levels[] = {"easy", "medium", "hard"};
    long v;
    int c;
    memset(o, 0, sizeof(*o));
    o->problems = MOCK_DEFAULT_PROBLEMS;
    o->minutes = MOCK_DEFAULT_MINUTES;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", options, NULL)) != -1) {
        switch (c) {
        case OPT_PROBLEMS:
            if (cli_parse_long("--problems", optarg, 1, MOCK_MAX_PROBLEMS, &o->problems) < 0)
                return EXIT_USAGE;
            o->new_options = true;
            break;
        case OPT_MINUTES:
            if (cli_parse_long("--minutes", optarg, 1, MOCK_MAX_MINUTES, &o->minutes) < 0)
                return EXIT_USAGE;
            o->new_options = true;
            break;
        case OPT_WEEK:
            o->week = optarg;
            o->new_options = true;
            break;
        case OPT_TAG:
            o->tag = optarg;
            o->new_options = true;
            break;
        case OPT_DIFFICULTY: {
            o->new_options = o->any_difficulty_set = true;
            o->difficulty_arg = optarg;
            const char *p = optarg;
            while (*p) {
                size_t n = strcspn(p, ",");
                bool known = false;
                for (int k = 0; k < 3; k++) {
                    if (n == strlen(levels[k]) && strncmp(p, levels[k], n) == 0) {
                        o->difficulty[k] = known = true;
                    }
                }
                if (!known) {
                    cli_error("--difficulty takes easy, medium, hard, separated by commas (got "
                              "'%s')",
                              optarg);
                    return EXIT_USAGE;
                }
                p += n + (p[n] == ',');
            }
            break;
        }
        case OPT_SEED:
            if (cli_parse_long("--seed", optarg, 0, LONG_MAX, &v) < 0)
                return EXIT_USAGE;
            o->seed = (uint64_t)v;
            o->seed_given = o->new_options = true;
            break;
        case OPT_LIBRARY:
            o->library = optarg;
            break;
        case OPT_LANG:
            o->lang = optarg;
            break;
        case OPT_USER:
            o->user_opt = optarg;
            break;
        case OPT_DB:
            o->db = optarg;
            break;
        case OPT_LANGUAGES:
            o->languages = optarg;
            break;
        case OPT_JSON:
            o->json = true;
            break;
        case OPT_HELP:
        case 'h':
            return -1;
        default:
            return EXIT_USAGE;
        }
    }
    if (o->week && o->tag) {
        cli_error("--week and --tag do not go together");
        return EXIT_USAGE;
    }
    o->args = argv + optind;
    o->nargs = argc - optind;
    return 0;
}

static int hist_exit(int status)
{
    return status == HIST_ESYSTEM ? EXIT_SYSTEM : EXIT_USAGE;
}

/* "11:30 UTC" from "2026-11-20T11:30:00Z". */
static const char *clock_of(const char *iso, char *buf, size_t len)
{
    snprintf(buf, len, "%.5s UTC", strlen(iso) >= 16 ? iso + 11 : iso);
    return buf;
}

/* The position a command names: a letter (A, b) or a problem id of the mock; -1 with a
 * message when none. */
static int find_position(const struct hist_mock *m, const char *what)
{
    if (strlen(what) == 1) {
        char l = what[0] >= 'a' && what[0] <= 'z' ? (char)(what[0] - 'a' + 'A') : what[0];
        for (size_t i = 0; i < m->nproblems; i++) {
            if (mock_letter(i) == l)
                return (int)i;
        }
    }
    for (size_t i = 0; i < m->nproblems; i++) {
        if (strcmp(m->problems[i].problem, what) == 0)
            return (int)i;
    }
    cli_error("mock #%lld has no problem '%s' (A to %c, or their ids)", m->id, what,
              mock_letter(m->nproblems ? m->nproblems - 1 : 0));
    return -1;
}

/* ---- what is shown while the clock runs: verdicts only ---- */

/* The last verdict and the number of submissions of each problem. */
static void progress_of(const struct hist_mock *m, size_t position, const char **last, int *count)
{
    *last = NULL;
    *count = 0;
    for (size_t k = 0; k < m->nsubmissions; k++) {
        if ((size_t)m->submissions[k].position == position) {
            *last = m->submissions[k].verdict;
            (*count)++;
        }
    }
}

static void print_problems(const struct hist_mock *m)
{
    for (size_t i = 0; i < m->nproblems; i++) {
        const struct hist_mock_problem *p = &m->problems[i];
        const char *last;
        int count;
        progress_of(m, i, &last, &count);
        char *id = text_visible_line(p->problem, 0),
             *title = text_visible_line(p->problem_title, 40),
             *diff = text_visible_line(p->difficulty ? p->difficulty : "-", 8);
        printf("  %c  %-30s %-40s %-7s", mock_letter(i), id, title, diff);
        if (count) {
            char *v = text_visible(last, 8);
            printf(" %s (%d submission%s)", v, count, count == 1 ? "" : "s");
            free(v);
        } else
            printf(" not submitted");
        printf("\n");
        free(id);
        free(title);
        free(diff);
    }
}

static cJSON *status_json(const struct hist_mock *m, long long now)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddNumberToObject(o, "id", (double)m->id);
    cJSON_AddStringToObject(o, "user", m->user);
    cJSON_AddStringToObject(o, "started_at", m->started_at);
    cJSON_AddStringToObject(o, "deadline", m->deadline);
    cJSON_AddNumberToObject(o, "minutes", (double)m->minutes);
    cJSON_AddStringToObject(o, "selection", m->selection);
    if (m->finished_at[0]) {
        cJSON_AddStringToObject(o, "finished_at", m->finished_at);
        cJSON_AddNumberToObject(o, "seconds_left", 0);
    } else {
        cJSON_AddNullToObject(o, "finished_at");
        long long left = hist_parse_time(m->deadline) - now;
        cJSON_AddNumberToObject(o, "seconds_left", (double)(left > 0 ? left : 0));
    }
    cJSON *list = cJSON_AddArrayToObject(o, "problems");
    for (size_t i = 0; i < m->nproblems; i++) {
        const struct hist_mock_problem *p = &m->problems[i];
        const char *last;
        int count;
        progress_of(m, i, &last, &count);
        cJSON *x = cJSON_CreateObject();
        char letter[2] = {mock_letter(i), '\0'};
        cJSON_AddStringToObject(x, "letter", letter);
        cJSON_AddStringToObject(x, "problem", p->problem);
        cJSON_AddStringToObject(x, "title", p->problem_title);
        if (p->difficulty)
            cJSON_AddStringToObject(x, "difficulty", p->difficulty);
        else
            cJSON_AddNullToObject(x, "difficulty");
        cJSON_AddNumberToObject(x, "submissions", count);
        if (last)
            cJSON_AddStringToObject(x, "last_verdict", last);
        else
            cJSON_AddNullToObject(x, "last_verdict");
        cJSON_AddItemToArray(list, x);
    }
    return o;
}

/* ---- the full report, once the mock has ended ---- */

/* The kinds of a problem's tests by name, from its package as it is now; NULL when it no
 * longer loads. */
struct kinds {
    struct problem p;
    enum mock_test_kind *kinds;
    bool loaded;
};

static void kinds_load(struct kinds *k, const char *path)
{
    char err[1024];
    memset(k, 0, sizeof(*k));
    if (problem_load(path, &k->p, err, sizeof(err)) < 0)
        return;
    k->kinds = xcalloc(k->p.ntests + 1, sizeof(*k->kinds));
    if (mock_classify(&k->p, k->kinds, err, sizeof(err)) < 0) {
        free(k->kinds);
        k->kinds = NULL;
        problem_release(&k->p);
        return;
    }
    k->loaded = true;
}

static const char *kind_of(const struct kinds *k, const char *test)
{
    for (size_t i = 0; k->loaded && i < k->p.ntests; i++) {
        if (strcmp(k->p.tests[i].name, test) == 0)
            return mock_test_kind_name(k->kinds[i]);
    }
    return "?";
}

static void kinds_release(struct kinds *k)
{
    if (k->loaded)
        problem_release(&k->p);
    free(k->kinds);
    memset(k, 0, sizeof(*k));
}

static cJSON *group_json(long passed, long total)
{
    cJSON *g = cJSON_CreateObject();
    cJSON_AddNumberToObject(g, "passed", (double)passed);
    cJSON_AddNumberToObject(g, "total", (double)total);
    if (total)
        cJSON_AddNumberToObject(g, "percent", round(100.0 * (double)passed / (double)total));
    else
        cJSON_AddNullToObject(g, "percent");
    return g;
}

static const char *percent(long passed, long total, char *buf, size_t len)
{
    if (total == 0)
        snprintf(buf, len, "-");
    else
        snprintf(buf, len, "%ld/%ld (%.0f%%)", passed, total,
                 round(100.0 * (double)passed / (double)total));
    return buf;
}

/* Prints (or, with json, returns) the full report of a mock that has ended. */
static cJSON *report(struct mock_ctx *ctx, const struct hist_mock *m, bool json)
{
    size_t n = m->nproblems;
    double *best = xcalloc(n + 1, sizeof(double));
    long *which = xcalloc(n + 1, sizeof(long));
    long long *spent = xcalloc(n + 1, sizeof(long long));
    long long end = mock_end(m);
    mock_best(m, best, which);
    mock_time_spent(m, end, spent);
    double total = mock_total(m);
    cJSON *o = NULL, *plist = NULL;
    char a[64], b[64], c[64];

    if (json) {
        o = status_json(m, end);
        cJSON_AddNumberToObject(o, "score", total);
        cJSON_AddNumberToObject(o, "max_score", 100.0 * (double)n);
        plist = cJSON_GetObjectItemCaseSensitive(o, "problems");
    } else {
        char *user = text_visible(m->user, 0);
        long long used = end - hist_parse_time(m->started_at);
        printf("mock #%lld · %s · started %s · %ld minutes · %s %s\n", m->id, user, m->started_at,
               m->minutes,
               m->finished_at[0] && hist_parse_time(m->finished_at) < hist_parse_time(m->deadline)
                   ? "finished early, after"
                   : "time was up after",
               mock_format_duration(used, a, sizeof(a)));
        free(user);
        printf("score %.0f of %zu (%.0f%%)\n", total, 100 * n,
               n ? 100.0 * total / (100.0 * (double)n) : 0.0);
    }
    for (size_t i = 0; i < n; i++) {
        const struct hist_mock_problem *p = &m->problems[i];
        const struct hist_mock_submission *bs = which[i] >= 0 ? &m->submissions[which[i]] : NULL;
        struct kinds k;
        kinds_load(&k, p->path);
        struct hist_submission full;
        memset(&full, 0, sizeof(full));
        char err[1024];
        bool have_tests =
            bs && hist_get(ctx->db, bs->submission_id, &full, err, sizeof(err)) == HIST_OK;
        cJSON *x = json ? cJSON_GetArrayItem(plist, (int)i) : NULL;
        if (json) {
            if (bs)
                cJSON_AddNumberToObject(x, "score", best[i]);
            else
                cJSON_AddNullToObject(x, "score");
            cJSON_AddItemToObject(
                x, "correctness",
                group_json(bs ? bs->correctness_passed : 0, bs ? bs->correctness_total : 0));
            cJSON_AddItemToObject(
                x, "performance",
                group_json(bs ? bs->performance_passed : 0, bs ? bs->performance_total : 0));
            cJSON_AddNumberToObject(x, "seconds_spent", (double)spent[i]);
            cJSON *subs = cJSON_AddArrayToObject(x, "submissions_made");
            for (size_t s = 0; s < m->nsubmissions; s++) {
                const struct hist_mock_submission *ms = &m->submissions[s];
                if ((size_t)ms->position != i)
                    continue;
                cJSON *y = cJSON_CreateObject();
                cJSON_AddNumberToObject(y, "id", (double)ms->submission_id);
                cJSON_AddStringToObject(y, "judged_at", ms->judged_at);
                cJSON_AddStringToObject(y, "verdict", ms->verdict);
                cJSON_AddNumberToObject(y, "score", ms->score);
                cJSON_AddItemToArray(subs, y);
            }
            cJSON *failed = cJSON_AddArrayToObject(x, "failed");
            for (size_t t = 0; have_tests && t < full.ntests; t++) {
                const struct hist_test *ht = &full.tests[t];
                if (strcmp(ht->verdict, "AC") == 0)
                    continue;
                cJSON *y = cJSON_CreateObject();
                cJSON_AddStringToObject(y, "test", ht->name);
                cJSON_AddStringToObject(y, "group", kind_of(&k, ht->name));
                cJSON_AddStringToObject(y, "verdict", ht->verdict);
                cJSON_AddStringToObject(y, "message", ht->message);
                cJSON_AddItemToArray(failed, y);
            }
        } else {
            char *id = text_visible_line(p->problem, 0),
                 *title = text_visible_line(p->problem_title, 0);
            printf("\n%c  %s (%s", mock_letter(i), id, title);
            if (p->difficulty) {
                char *d = text_visible_line(p->difficulty, 0);
                printf(", %s", d);
                free(d);
            }
            printf(")\n");
            free(id);
            free(title);
            if (!bs) {
                printf("   not submitted: 0 · time spent %s\n",
                       mock_format_duration(spent[i], a, sizeof(a)));
            } else {
                printf("   score %.0f · correctness %s · performance %s · time spent %s\n", best[i],
                       percent(bs->correctness_passed, bs->correctness_total, a, sizeof(a)),
                       percent(bs->performance_passed, bs->performance_total, b, sizeof(b)),
                       mock_format_duration(spent[i], c, sizeof(c)));
                printf("   submissions:");
                for (size_t s = 0; s < m->nsubmissions; s++) {
                    const struct hist_mock_submission *ms = &m->submissions[s];
                    if ((size_t)ms->position != i)
                        continue;
                    long long at = hist_parse_time(ms->judged_at) - hist_parse_time(m->started_at);
                    char *v = text_visible(ms->verdict, 8);
                    printf("  #%lld at %s %s %.0f", ms->submission_id,
                           mock_format_duration(at, a, sizeof(a)), v, ms->score);
                    free(v);
                }
                printf("\n");
                size_t shown = 0, failed = 0;
                for (size_t t = 0; have_tests && t < full.ntests; t++) {
                    const struct hist_test *ht = &full.tests[t];
                    if (strcmp(ht->verdict, "AC") == 0)
                        continue;
                    failed++;
                    if (shown == 10)
                        continue;
                    if (shown++ == 0)
                        printf("   failed (the best submission, #%lld):\n", bs->submission_id);
                    char *name = text_visible_line(ht->name, 0),
                         *msg = text_visible_line(ht->message, 160),
                         *v = text_visible(ht->verdict, 8);
                    printf("     %-28s %-12s %-7s %s\n", name, kind_of(&k, ht->name), v, msg);
                    free(name);
                    free(msg);
                    free(v);
                }
                if (failed > shown)
                    printf("     ... and %zu more\n", failed - shown);
            }
        }
        hist_submission_release(&full);
        kinds_release(&k);
    }
    free(best);
    free(which);
    free(spent);
    return o;
}

/* ---- starting, finding, ending ---- */

/* Ends the mock at `at` (its deadline when time ran out) and reloads it. */
static int finish(struct mock_ctx *ctx, struct hist_mock *m, const char *at)
{
    char err[4096];
    long long id = m->id;
    int r = hist_mock_finish(ctx->db, id, at, err, sizeof(err));
    if (r == HIST_OK) {
        hist_mock_release(m);
        r = hist_mock_get(ctx->db, id, m, err, sizeof(err));
    }
    if (r != HIST_OK) {
        cli_error("%s", err);
        return hist_exit(r);
    }
    return EXIT_OK;
}

/* The user's mock under way into m: 0 found, 1 none, 2 found but its time ran out while
 * away (then it is finished, at its deadline), or an exit status + 10 on failure. */
static int current(struct mock_ctx *ctx, struct hist_mock *m)
{
    char err[4096];
    int r = hist_mock_current(ctx->db, ctx->user, m, err, sizeof(err));
    if (r == HIST_ENOTFOUND)
        return 1;
    if (r != HIST_OK) {
        cli_error("%s", err);
        return 10 + hist_exit(r);
    }
    if (mock_now() < hist_parse_time(m->deadline))
        return 0;
    char deadline[21];
    snprintf(deadline, sizeof(deadline), "%s", m->deadline);
    r = finish(ctx, m, deadline);
    return r == EXIT_OK ? 2 : 10 + r;
}

static int start(struct mock_ctx *ctx, struct hist_mock *m)
{
    char err[4096];
    struct catalog cat;
    struct week_set weeks = WEEK_SET_INIT;
    struct hist_submission *rows = NULL;
    size_t nrows = 0;
    int r = EXIT_USAGE;
    memset(m, 0, sizeof(*m));
    if (catalog_load(&cat, ctx->o.library, err, sizeof(err)) < 0) {
        cli_error("%s", err);
        return EXIT_USAGE;
    }
    const struct week *w = NULL;
    if (ctx->o.week) {
        int hr = hist_weeks_load_db(&weeks, ctx->o.library, ctx->db, false, err, sizeof(err));
        if (hr != HIST_OK) {
            cli_error("%s", err);
            r = hist_exit(hr);
            goto out;
        }
        if (!(w = week_set_find(&weeks, ctx->o.week))) {
            cli_error("no weekly set '%s' (judge week list shows them)", ctx->o.week);
            goto out;
        }
    }
    struct hist_filter f = {.user = ctx->user};
    int hr = hist_list(ctx->db, &f, &rows, &nrows, err, sizeof(err));
    if (hr != HIST_OK) {
        cli_error("%s", err);
        r = hist_exit(hr);
        goto out;
    }
    catalog_apply_history(&cat, rows, nrows);

    uint64_t state = ctx->o.seed_given ? ctx->o.seed : (uint64_t)time(NULL) ^ (uint64_t)getpid();
    struct mock_candidate *cands = xcalloc(cat.count + 1, sizeof(*cands));
    const struct catalog_entry **entries = xcalloc(cat.count + 1, sizeof(*entries));
    size_t ncands = 0;
    static const char *const levels[] = {"easy", "medium", "hard"};
    for (size_t i = 0; i < cat.count; i++) {
        const struct catalog_entry *e = &cat.entries[i];
        if (e->error || (w && !week_has_problem(w, e->id)) ||
            (ctx->o.tag && !catalog_has_tag(e, ctx->o.tag)))
            continue;
        if (ctx->o.any_difficulty_set) {
            bool ok = false;
            for (int k = 0; k < 3; k++)
                ok |=
                    ctx->o.difficulty[k] && e->difficulty && strcmp(e->difficulty, levels[k]) == 0;
            if (!ok)
                continue;
        }
        entries[ncands] = e;
        cands[ncands++] = (struct mock_candidate){.id = e->id,
                                                  .difficulty = e->difficulty,
                                                  .solved = e->state == CATALOG_SOLVED,
                                                  .order = stress_random(&state)};
    }
    if (ncands == 0) {
        cli_error("no problem of the library %s matches%s%s%s%s%s%s", cat.dir,
                  w ? " the week " : "", w ? w->id : "", ctx->o.tag ? " the tag " : "",
                  ctx->o.tag ? ctx->o.tag : "", ctx->o.any_difficulty_set ? " the difficulty " : "",
                  ctx->o.any_difficulty_set ? ctx->o.difficulty_arg : "");
        free(cands);
        free(entries);
        goto out;
    }
    size_t *picked = xcalloc((size_t)ctx->o.problems + 1, sizeof(size_t));
    size_t npicked = mock_pick(cands, ncands, (size_t)ctx->o.problems, picked);

    long long now = mock_now();
    m->user = xstrdup(ctx->user);
    mock_format_time(now, m->started_at);
    mock_format_time(now + 60LL * ctx->o.minutes, m->deadline);
    m->minutes = ctx->o.minutes;
    struct strbuf sel = STRBUF_INIT;
    strbuf_addf(&sel, "%zu problem%s of the library", npicked, npicked == 1 ? "" : "s");
    if (w)
        strbuf_addf(&sel, ", week %s", w->id);
    if (ctx->o.tag)
        strbuf_addf(&sel, ", tag %s", ctx->o.tag);
    if (ctx->o.any_difficulty_set) {
        strbuf_addstr(&sel, ", difficulty");
        for (int k = 0; k < 3; k++) {
            if (ctx->o.difficulty[k])
                strbuf_addf(&sel, " %s", levels[k]);
        }
    }
    m->selection = strbuf_detach(&sel);
    m->problems = xcalloc(npicked, sizeof(*m->problems));
    for (size_t i = 0; i < npicked; i++) {
        const struct catalog_entry *e = entries[picked[i]];
        m->problems[i].problem = xstrdup(e->id);
        m->problems[i].problem_title = xstrdup(e->title);
        m->problems[i].difficulty = e->difficulty ? xstrdup(e->difficulty) : NULL;
        m->problems[i].path = xstrdup(e->path);
    }
    m->nproblems = npicked;
    free(picked);
    free(cands);
    free(entries);
    /* Only now, with the problems picked, may the history be created: a start refused for
     * its options leaves no new, empty history behind. */
    hist_close(ctx->db);
    if ((hr = hist_open(ctx->o.db, true, &ctx->db, err, sizeof(err))) != HIST_OK ||
        (hr = hist_mock_start(ctx->db, m, err, sizeof(err))) != HIST_OK) {
        cli_error("%s", err);
        hist_mock_release(m);
        r = hist_exit(hr);
        goto out;
    }
    /* Read back as the history holds it (with its focus). */
    long long id = m->id;
    hist_mock_release(m);
    if ((hr = hist_mock_get(ctx->db, id, m, err, sizeof(err))) != HIST_OK) {
        cli_error("%s", err);
        r = hist_exit(hr);
        goto out;
    }
    r = EXIT_OK;
out:
    hist_list_free(rows, nrows);
    week_set_release(&weeks);
    catalog_release(&cat);
    return r;
}

/* ---- submitting ---- */

/* Judges file on the mock's problem at position and records it; prints the verdict only.
 * An exit status. */
static int submit(struct mock_ctx *ctx, struct hist_mock *m, int position, const char *file)
{
    char err[4096];
    long long submitted = mock_now();
    if (submitted >= hist_parse_time(m->deadline)) {
        char deadline[21];
        snprintf(deadline, sizeof(deadline), "%s", m->deadline);
        finish(ctx, m, deadline);
        cli_error("time is up: mock #%lld ended at %s; not judged", m->id, deadline);
        return EXIT_USAGE;
    }
    size_t source_len;
    char *source = cli_read_source(file, &source_len);
    if (!source)
        return EXIT_USAGE;
    const struct hist_mock_problem *mp = &m->problems[position];
    struct problem p;
    struct language_set langs;
    struct judgement j;
    enum mock_test_kind *kinds = NULL;
    int r = EXIT_USAGE;
    if (problem_load(mp->path, &p, err, sizeof(err)) < 0) {
        cli_error("%s", err);
        free(source);
        return EXIT_USAGE;
    }
    if (lang_load(&langs, ctx->o.languages, err, sizeof(err)) < 0) {
        cli_error("%s", err);
        goto out_problem;
    }
    if (p.time_limit_ms == 0) {
        cli_error("%s sets no time limit (an ICPC package to derive one for: `judge test` it "
                  "once first)",
                  p.id);
        goto out_langs;
    }
    kinds = xcalloc(p.ntests + 1, sizeof(*kinds));
    if (mock_classify(&p, kinds, err, sizeof(err)) < 0) {
        cli_error("%s", err);
        goto out_langs;
    }
    struct judge_options opts = {.lang_id = ctx->o.lang, .jobs = 1};
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    opts.jobs = cpus > 1 ? (int)(cpus > JUDGE_MAX_JOBS ? JUDGE_MAX_JOBS : cpus) : 1;
    struct progress pr;
    progress_init(&pr, stderr);
    if (!ctx->o.json) {
        opts.on_test = progress_on_test;
        opts.ctx = &pr;
    }
    int jr = judge_run(&p, &langs, file, &opts, &j, err, sizeof(err));
    progress_clear(&pr);
    if (jr < 0) {
        cli_error("%s", err);
        goto out_langs;
    }
    if (j.verdict == VERDICT_SE) {
        cli_error("not recorded: the judge failed (%s)", j.error ? j.error : "?");
        r = EXIT_SYSTEM;
        goto out_judgement;
    }
    struct hist_mock_submission sc = {.position = position};
    mock_score(&j, kinds, &sc);
    struct hist_submission s;
    hist_submission_from_judgement(&s, &j, &p, ctx->user, NULL, source, source_len);
    /* Submitted in time is what counts: the time it was made, not when judging ended. */
    mock_format_time(submitted, s.judged_at);
    long long id;
    int hr = hist_mock_record(ctx->db, m->id, &s, &sc, &id, err, sizeof(err));
    hist_submission_release(&s);
    if (hr != HIST_OK) {
        cli_error("%s", err);
        r = hist_exit(hr);
        goto out_judgement;
    }
    size_t samples = 0, samples_passed = 0;
    for (size_t i = 0; i < j.total && j.compiled; i++) {
        if (kinds[i] == MOCK_TEST_SAMPLE) {
            samples++;
            samples_passed += j.tests[i].ran && j.tests[i].verdict == VERDICT_AC;
        }
    }
    long long left = hist_parse_time(m->deadline) - mock_now();
    char lb[32];
    if (ctx->o.json) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddNumberToObject(o, "mock", (double)m->id);
        char letter[2] = {mock_letter((size_t)position), '\0'};
        cJSON_AddStringToObject(o, "letter", letter);
        cJSON_AddStringToObject(o, "problem", mp->problem);
        cJSON_AddStringToObject(o, "verdict", verdict_name(j.verdict));
        cJSON *sm = cJSON_AddObjectToObject(o, "samples");
        cJSON_AddNumberToObject(sm, "passed", (double)samples_passed);
        cJSON_AddNumberToObject(sm, "total", (double)samples);
        cJSON *compile = cJSON_AddObjectToObject(o, "compile");
        cJSON_AddBoolToObject(compile, "ok", j.compiled);
        cJSON_AddStringToObject(compile, "message", j.compile_message ? j.compile_message : "");
        cJSON_AddNumberToObject(o, "submission_id", (double)id);
        cJSON_AddNumberToObject(o, "seconds_left", (double)(left > 0 ? left : 0));
        json_print_line(stdout, o);
        cJSON_Delete(o);
    } else {
        bool color = cli_use_color(stdout);
        char *pid = text_visible_line(mp->problem, 0);
        printf("%c (%s): %s%s%s", mock_letter((size_t)position), pid,
               verdict_color(j.verdict, color), verdict_long_name(j.verdict), color_reset(color));
        free(pid);
        if (j.compiled)
            printf(" · samples %zu/%zu passed", samples_passed, samples);
        printf(" · recorded as #%lld · %s left\n", id, mock_format_duration(left, lb, sizeof(lb)));
        if (!j.compiled && j.compile_message) {
            char *msg = text_visible(j.compile_message, 0);
            printf("%s\n", msg);
            free(msg);
        }
    }
    fflush(stdout);
    /* The mock as the history now holds it. */
    long long mid = m->id;
    hist_mock_release(m);
    if ((hr = hist_mock_get(ctx->db, mid, m, err, sizeof(err))) != HIST_OK) {
        cli_error("%s", err);
        r = hist_exit(hr);
        goto out_judgement;
    }
    r = j.verdict == VERDICT_AC ? EXIT_OK : EXIT_VERDICT;
out_judgement:
    judgement_release(&j);
out_langs:
    lang_set_release(&langs);
out_problem:
    free(kinds);
    problem_release(&p);
    free(source);
    return r;
}

/* ---- the session on the terminal ---- */

/* The countdown: the terminal's top line, kept out of the scrolling region below it. */
struct countdown {
    bool on;
    int rows, cols;
};

static volatile sig_atomic_t countdown_active;
static volatile sig_atomic_t window_changed;

static void on_winch(int sig)
{
    (void)sig;
    window_changed = 1;
}

/* A closed terminal, Ctrl-C, kill: the terminal's scrolling region back, then as main.c
 * does: the boxes' directories removed, and death by the same signal. The mock goes on. */
static void on_fatal(int sig)
{
    static const char reset[] = "\0337\033[1;1H\033[2K\0338\033[r\033[999;1H\n";
    if (countdown_active) {
        ssize_t w = write(STDOUT_FILENO, reset, sizeof(reset) - 1);
        (void)w;
    }
    sbx_emergency_cleanup();
    signal(sig, SIG_DFL);
    raise(sig);
}

static void countdown_setup(struct countdown *cd)
{
    struct winsize ws;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) < 0 || ws.ws_row < 6 || ws.ws_col < 20) {
        cd->on = false;
        return;
    }
    cd->rows = ws.ws_row;
    cd->cols = ws.ws_col;
    printf("\n\033[2;%dr\033[%d;1H", cd->rows, cd->rows);
    fflush(stdout);
}

static void countdown_start(struct countdown *cd)
{
    const char *term = getenv("TERM");
    cd->on = isatty(STDIN_FILENO) && isatty(STDOUT_FILENO) && term && strcmp(term, "dumb") != 0;
    if (!cd->on)
        return;
    countdown_setup(cd);
    countdown_active = cd->on;
}

static void countdown_draw(struct countdown *cd, const struct hist_mock *m, long long left)
{
    if (!cd->on)
        return;
    if (window_changed) {
        window_changed = 0;
        countdown_setup(cd);
        if (!cd->on) {
            countdown_active = 0;
            return;
        }
    }
    char lb[32];
    struct strbuf line = STRBUF_INIT;
    strbuf_addf(&line, " mock #%lld · %s left ·", m->id,
                mock_format_duration(left, lb, sizeof(lb)));
    for (size_t i = 0; i < m->nproblems; i++) {
        const char *last;
        int count;
        progress_of(m, i, &last, &count);
        char *v = text_visible(last ? last : "-", 8);
        strbuf_addf(&line, " %c %s", mock_letter(i), v);
        free(v);
    }
    /* ASCII apart from the dots, cut to the width (bytes are enough: the text is known). */
    if (line.len > (size_t)cd->cols + 8)
        line.buf[cd->cols + 8] = '\0';
    printf("\0337\033[1;1H\033[2K\033[7m%s\033[0m\0338", line.buf);
    fflush(stdout);
    strbuf_release(&line);
}

static void countdown_stop(struct countdown *cd)
{
    if (!cd->on)
        return;
    printf("\0337\033[1;1H\033[2K\0338\033[r\033[%d;1H", cd->rows);
    fflush(stdout);
    cd->on = false;
    countdown_active = 0;
}

static void session_help(void)
{
    printf("commands: show A (the statement) · submit A FILE · list · time · finish (end it "
           "now) · quit (leave it running; `judge mock` comes back) · help\n");
}

enum { SESSION_GO_ON, SESSION_LEAVE, SESSION_END };

/* One command typed during the mock. */
static int session_command(struct mock_ctx *ctx, struct hist_mock *m, char *line, int *status)
{
    char *p = line;
    while (*p == ' ' || *p == '\t')
        p++;
    size_t len = strlen(p);
    while (len > 0 && (p[len - 1] == ' ' || p[len - 1] == '\t' || p[len - 1] == '\r'))
        p[--len] = '\0';
    if (!*p)
        return SESSION_GO_ON;
    size_t n = strcspn(p, " \t");
    char *rest = p + n;
    if (*rest)
        *rest++ = '\0';
    while (*rest == ' ' || *rest == '\t')
        rest++;
    char lb[32];
    if (strcmp(p, "help") == 0 || strcmp(p, "?") == 0) {
        session_help();
    } else if (strcmp(p, "list") == 0 || strcmp(p, "ls") == 0) {
        print_problems(m);
    } else if (strcmp(p, "time") == 0) {
        printf("%s left (the deadline: %s)\n",
               mock_format_duration(hist_parse_time(m->deadline) - mock_now(), lb, sizeof(lb)),
               m->deadline);
    } else if (strcmp(p, "show") == 0 || strcmp(p, "open") == 0) {
        int pos = find_position(m, rest);
        if (pos < 0)
            return SESSION_GO_ON;
        char err[1024], at[21];
        mock_format_time(mock_now(), at);
        hist_mock_focus(ctx->db, m->id, pos, at, err, sizeof(err));
        char name[] = "problem", lang_opt[] = "--lang";
        char *lang = ctx->o.lang ? xstrdup(ctx->o.lang) : NULL;
        char *argv[] = {name, m->problems[pos].path, lang_opt, lang, NULL};
        cmd_problem(lang ? 4 : 2, argv);
        free(lang);
        fflush(stdout);
    } else if (strcmp(p, "submit") == 0 || strcmp(p, "s") == 0) {
        size_t k = strcspn(rest, " \t");
        char *file = rest + k;
        if (*file)
            *file++ = '\0';
        while (*file == ' ' || *file == '\t')
            file++;
        if (!*rest || !*file) {
            cli_error("submit needs a problem and a file: submit A solution.cpp");
            return SESSION_GO_ON;
        }
        int pos = find_position(m, rest);
        if (pos < 0)
            return SESSION_GO_ON;
        int r = submit(ctx, m, pos, file);
        if (r == EXIT_USAGE && m->finished_at[0]) {
            *status = EXIT_OK;
            return SESSION_END; /* time was up */
        }
    } else if (strcmp(p, "finish") == 0 || strcmp(p, "end") == 0) {
        char at[21];
        mock_format_time(mock_now(), at);
        *status = finish(ctx, m, at);
        return SESSION_END;
    } else if (strcmp(p, "quit") == 0 || strcmp(p, "exit") == 0 || strcmp(p, "q") == 0) {
        return SESSION_LEAVE;
    } else {
        cli_error("unknown command '%s' (help lists them)", p);
    }
    return SESSION_GO_ON;
}

static int session(struct mock_ctx *ctx, struct hist_mock *m)
{
    struct countdown cd = {0};
    struct sigaction fatal = {.sa_handler = on_fatal}, winch = {.sa_handler = on_winch};
    sigemptyset(&fatal.sa_mask);
    sigemptyset(&winch.sa_mask);
    static const int signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
    for (size_t i = 0; i < sizeof(signals) / sizeof(signals[0]); i++)
        sigaction(signals[i], &fatal, NULL);
    sigaction(SIGWINCH, &winch, NULL);
    countdown_start(&cd);
    bool tty = isatty(STDIN_FILENO);
    session_help();

    static const long warn_at[] = {15 * 60, 5 * 60, 60};
    bool warned[3] = {false, false, false};
    long long left = hist_parse_time(m->deadline) - mock_now();
    for (int k = 0; k < 3; k++)
        warned[k] = left <= warn_at[k]; /* only warnings still to come */
    struct strbuf input = STRBUF_INIT;
    bool prompt = true, discard = false;
    int status = EXIT_OK, what = SESSION_GO_ON;
    char lb[32];
    while (what == SESSION_GO_ON) {
        left = hist_parse_time(m->deadline) - mock_now();
        if (left <= 0) {
            char deadline[21];
            snprintf(deadline, sizeof(deadline), "%s", m->deadline);
            printf("\ntime is up\n");
            status = finish(ctx, m, deadline);
            what = SESSION_END;
            break;
        }
        for (int k = 0; k < 3; k++) {
            if (!warned[k] && left <= warn_at[k]) {
                warned[k] = true;
                printf("\n%s left\n", mock_format_duration(left, lb, sizeof(lb)));
                prompt = true;
            }
        }
        countdown_draw(&cd, m, left);
        if (prompt && tty) {
            printf("mock> ");
            fflush(stdout);
        }
        prompt = false;
        fflush(stdout);
        struct pollfd pfd = {.fd = STDIN_FILENO, .events = POLLIN};
        long long wait_ms = cd.on ? 1000 : left * 1000;
        int pr = poll(&pfd, 1, wait_ms > INT_MAX ? INT_MAX : (int)wait_ms);
        if (pr < 0 && errno != EINTR) {
            cli_error("standard input: %s", strerror(errno));
            status = EXIT_SYSTEM;
            break;
        }
        if (pr <= 0)
            continue;
        char buf[1024];
        ssize_t got = read(STDIN_FILENO, buf, sizeof(buf));
        if (got < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        if (got <= 0) {
            what = SESSION_LEAVE;
            break;
        }
        strbuf_add(&input, buf, (size_t)got);
        char *nl;
        while (what == SESSION_GO_ON && input.len && (nl = memchr(input.buf, '\n', input.len))) {
            size_t line_len = (size_t)(nl - input.buf);
            char *line = xstrndup(input.buf, line_len);
            size_t rest = input.len - line_len - 1;
            memmove(input.buf, nl + 1, rest);
            input.len = rest;
            input.buf[rest] = '\0';
            if (discard) {
                discard = false; /* the end of a line too long */
            } else {
                what = session_command(ctx, m, line, &status);
            }
            free(line);
            prompt = true;
        }
        if (input.len > LINE_MAX_BYTES) {
            cli_error("a command of more than %d bytes is not read", LINE_MAX_BYTES);
            strbuf_release(&input);
            discard = true;
        }
    }
    strbuf_release(&input);
    countdown_stop(&cd);
    if (what == SESSION_LEAVE) {
        printf("\nleaving mock #%lld: it goes on until %s (%s left); `judge mock` comes back to "
               "it\n",
               m->id, m->deadline,
               mock_format_duration(hist_parse_time(m->deadline) - mock_now(), lb, sizeof(lb)));
    } else if (status == EXIT_OK && m->finished_at[0]) {
        printf("\n");
        report(ctx, m, false);
    }
    return status;
}

/* ---- the commands ---- */

static void print_header(const struct hist_mock *m, bool resumed)
{
    char a[32], b[32], lb[32];
    long long left = hist_parse_time(m->deadline) - mock_now();
    if (resumed)
        printf("resuming mock #%lld, started %s; its deadline does not move: %s, %s left\n", m->id,
               clock_of(m->started_at, a, sizeof(a)), clock_of(m->deadline, b, sizeof(b)),
               mock_format_duration(left, lb, sizeof(lb)));
    else
        printf("mock #%lld: %zu problem%s, %ld minutes, until %s (%s)\n", m->id, m->nproblems,
               m->nproblems == 1 ? "" : "s", m->minutes, clock_of(m->deadline, a, sizeof(a)),
               m->deadline);
    print_problems(m);
    printf("Feedback is the verdict only (and your samples'); scores and what failed come at "
           "the end.\n");
}

static int cmd_start(struct mock_ctx *ctx)
{
    struct hist_mock m;
    int r = current(ctx, &m);
    if (r >= 10)
        return r - 10;
    if (r == 2) {
        /* Time ran out while the user was away. */
        if (ctx->o.json) {
            cJSON *o = report(ctx, &m, true);
            json_print_line(stdout, o);
            cJSON_Delete(o);
        } else {
            printf("mock #%lld ended at its deadline, %s, while you were away; run `judge mock` "
                   "again for a new one\n\n",
                   m.id, m.deadline);
            report(ctx, &m, false);
        }
        hist_mock_release(&m);
        return EXIT_OK;
    }
    bool resumed = r == 0;
    if (resumed && ctx->o.new_options)
        fprintf(stderr,
                "judge: mock #%lld is under way: the options of a new mock are "
                "ignored (`judge mock finish` ends it)\n",
                m.id);
    if (!resumed && (r = start(ctx, &m)) != EXIT_OK)
        return r;
    if (ctx->o.json) {
        cJSON *o = status_json(&m, mock_now());
        cJSON_AddBoolToObject(o, "resumed", resumed);
        json_print_line(stdout, o);
        cJSON_Delete(o);
        hist_mock_release(&m);
        return EXIT_OK;
    }
    print_header(&m, resumed);
    fflush(stdout);
    r = session(ctx, &m);
    hist_mock_release(&m);
    return r;
}

/* The mock under way, for the subcommands; an exit status when there is none. */
static int need_current(struct mock_ctx *ctx, struct hist_mock *m, bool *ended)
{
    int r = current(ctx, m);
    *ended = r == 2;
    if (r >= 10)
        return r - 10;
    if (r == 1) {
        cli_error("no mock under way for %s (`judge mock` starts one)", ctx->user);
        return EXIT_USAGE;
    }
    return EXIT_OK;
}

static int cmd_submit_mock(struct mock_ctx *ctx)
{
    if (ctx->o.nargs != 3) {
        cli_error("mock submit needs PROBLEM and FILE (usage: judge mock submit A solution.cpp)");
        return EXIT_USAGE;
    }
    struct hist_mock m;
    bool ended;
    int r = need_current(ctx, &m, &ended);
    if (r != EXIT_OK)
        return r;
    if (ended) {
        cli_error("time is up: mock #%lld ended at %s; not judged (`judge mock report`)", m.id,
                  m.deadline);
        hist_mock_release(&m);
        return EXIT_USAGE;
    }
    int pos = find_position(&m, ctx->o.args[1]);
    r = pos < 0 ? EXIT_USAGE : submit(ctx, &m, pos, ctx->o.args[2]);
    hist_mock_release(&m);
    return r;
}

static int cmd_status(struct mock_ctx *ctx)
{
    struct hist_mock m;
    bool ended;
    int r = need_current(ctx, &m, &ended);
    if (r != EXIT_OK)
        return r;
    if (ctx->o.json) {
        cJSON *o = status_json(&m, mock_now());
        json_print_line(stdout, o);
        cJSON_Delete(o);
    } else if (ended) {
        printf("mock #%lld ended at its deadline, %s: `judge mock report` shows how it went\n",
               m.id, m.deadline);
    } else {
        char a[32], lb[32];
        printf("mock #%lld: %s left (until %s)\n", m.id,
               mock_format_duration(hist_parse_time(m.deadline) - mock_now(), lb, sizeof(lb)),
               clock_of(m.deadline, a, sizeof(a)));
        print_problems(&m);
    }
    hist_mock_release(&m);
    return EXIT_OK;
}

static int cmd_finish(struct mock_ctx *ctx)
{
    struct hist_mock m;
    bool ended;
    int r = need_current(ctx, &m, &ended);
    if (r != EXIT_OK)
        return r;
    if (!ended) {
        char at[21];
        mock_format_time(mock_now(), at);
        if ((r = finish(ctx, &m, at)) != EXIT_OK) {
            hist_mock_release(&m);
            return r;
        }
    }
    if (ctx->o.json) {
        cJSON *o = report(ctx, &m, true);
        json_print_line(stdout, o);
        cJSON_Delete(o);
    } else {
        report(ctx, &m, false);
    }
    hist_mock_release(&m);
    return EXIT_OK;
}

static int cmd_report(struct mock_ctx *ctx)
{
    char err[4096];
    struct hist_mock m;
    int r;
    if (ctx->o.nargs > 2) {
        cli_error("mock report takes at most one ID");
        return EXIT_USAGE;
    }
    if (ctx->o.nargs == 2) {
        long id;
        const char *arg = ctx->o.args[1][0] == '#' ? ctx->o.args[1] + 1 : ctx->o.args[1];
        if (cli_parse_long("ID", arg, 1, LONG_MAX, &id) < 0)
            return EXIT_USAGE;
        if ((r = hist_mock_get(ctx->db, id, &m, err, sizeof(err))) != HIST_OK) {
            cli_error("%s", err);
            return r == HIST_ENOTFOUND ? EXIT_USAGE : hist_exit(r);
        }
        if (strcmp(m.user, ctx->user) != 0 && !ctx->o.user_opt) {
            cli_error("mock #%ld is %s's (--user %s shows it)", id, m.user, m.user);
            hist_mock_release(&m);
            return EXIT_USAGE;
        }
    } else {
        /* The latest: the one under way when its time is up, else the last finished. */
        bool ended = false;
        r = current(ctx, &m);
        if (r >= 10)
            return r - 10;
        ended = r == 2;
        if (r == 0) {
            cli_error("mock #%lld is under way (%s left): its report comes when it ends (`judge "
                      "mock finish`)",
                      m.id, m.deadline);
            hist_mock_release(&m);
            return EXIT_USAGE;
        }
        if (!ended) {
            struct hist_mock *list;
            size_t n;
            if ((r = hist_mock_list(ctx->db, ctx->user, true, &list, &n, err, sizeof(err))) !=
                HIST_OK) {
                cli_error("%s", err);
                return hist_exit(r);
            }
            if (n == 0) {
                cli_error("no mock of %s has ended yet (`judge mock` starts one)", ctx->user);
                hist_mock_list_free(list, n);
                return EXIT_USAGE;
            }
            m = list[n - 1];
            memset(&list[n - 1], 0, sizeof(list[n - 1]));
            hist_mock_list_free(list, n);
        }
    }
    if (!m.finished_at[0] && mock_now() < hist_parse_time(m.deadline)) {
        cli_error("mock #%lld is under way: its report comes when it ends", m.id);
        hist_mock_release(&m);
        return EXIT_USAGE;
    }
    if (ctx->o.json) {
        cJSON *o = report(ctx, &m, true);
        json_print_line(stdout, o);
        cJSON_Delete(o);
    } else {
        report(ctx, &m, false);
    }
    hist_mock_release(&m);
    return EXIT_OK;
}

static int cmd_list(struct mock_ctx *ctx)
{
    char err[4096];
    struct hist_mock *list;
    size_t n;
    int r = hist_mock_list(ctx->db, ctx->user, false, &list, &n, err, sizeof(err));
    if (r != HIST_OK) {
        cli_error("%s", err);
        return hist_exit(r);
    }
    if (ctx->o.json) {
        cJSON *a = cJSON_CreateArray();
        for (size_t i = 0; i < n; i++) {
            cJSON *o = mock_summary_json(&list[i]);
            if (list[i].finished_at[0])
                cJSON_AddStringToObject(o, "finished_at", list[i].finished_at);
            else
                cJSON_AddNullToObject(o, "finished_at");
            cJSON_AddItemToArray(a, o);
        }
        json_print_line(stdout, a);
        cJSON_Delete(a);
    } else if (n == 0) {
        printf("no mocks of %s yet (`judge mock` starts one)\n", ctx->user);
    } else {
        for (size_t i = 0; i < n; i++) {
            const struct hist_mock *m = &list[i];
            double total = mock_total(m);
            printf("  #%-4lld %s  %zu problem%s, %3ld min  ", m->id, m->started_at, m->nproblems,
                   m->nproblems == 1 ? " " : "s", m->minutes);
            if (m->finished_at[0])
                printf("score %.0f/%zu (%.0f%%)\n", total, 100 * m->nproblems,
                       m->nproblems ? total / (double)m->nproblems : 0.0);
            else
                printf("under way\n");
        }
    }
    hist_mock_list_free(list, n);
    return EXIT_OK;
}

int cmd_mock(int argc, char **argv)
{
    struct mock_ctx ctx;
    char err[4096];
    memset(&ctx, 0, sizeof(ctx));
    int r = parse(argc, argv, &ctx.o);
    if (r < 0) {
        mock_usage(stdout);
        return EXIT_OK;
    }
    if (r > 0)
        return r;
    static const struct {
        const char *name;
        int (*fn)(struct mock_ctx *);
        int max_args;
    } subs[] = {{"submit", cmd_submit_mock, 3},
                {"status", cmd_status, 1},
                {"finish", cmd_finish, 1},
                {"report", cmd_report, 2},
                {"list", cmd_list, 1}};
    int (*fn)(struct mock_ctx *) = cmd_start;
    if (ctx.o.nargs > 0) {
        fn = NULL;
        for (size_t i = 0; i < sizeof(subs) / sizeof(subs[0]); i++) {
            if (strcmp(ctx.o.args[0], subs[i].name) == 0) {
                fn = subs[i].fn;
                if (ctx.o.nargs > subs[i].max_args) {
                    cli_error("mock %s: too many arguments (see judge mock --help)", subs[i].name);
                    return EXIT_USAGE;
                }
            }
        }
        if (!fn) {
            cli_error("unknown mock command '%s' (submit, status, finish, report, list)",
                      ctx.o.args[0]);
            return EXIT_USAGE;
        }
    }
    if (!(ctx.user = hist_user(ctx.o.user_opt, err, sizeof(err)))) {
        cli_error("%s", err);
        return EXIT_USAGE;
    }
    /* Only starting a mock may create the history (start() opens it so once it has picked
     * the problems; a --db named for a new mock is created at once); the rest reads, or
     * writes to a mock that is already in it (a mistyped --db is not a new, empty history). */
    bool write = fn == cmd_start && ctx.o.db && ctx.o.db[0];
    if ((r = hist_open(ctx.o.db, write, &ctx.db, err, sizeof(err))) != HIST_OK) {
        cli_error("%s", err);
        free(ctx.user);
        return hist_exit(r);
    }
    r = fn(&ctx);
    hist_close(ctx.db);
    free(ctx.user);
    return r;
}
