/* cmd_submit.c: `judge submit` (judge and record), `judge history` and `judge show`. */
#define _GNU_SOURCE
#include "judge/cli.h"
#include "judge/history.h"
#include "judge/honesty.h"
#include "judge/report.h"
#include "judge/sql.h"
#include "judge/util.h"
#include "judge/weeks.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The exit status for a history error. */
static int hist_exit(int status)
{
    return status == HIST_ESYSTEM ? EXIT_SYSTEM : EXIT_USAGE;
}

static void print_json(cJSON *o)
{
    json_print_line(stdout, o);
    cJSON_Delete(o);
}

/* ---- judge submit ---- */

static void submit_usage(FILE *out)
{
    fprintf(out,
            "usage: judge submit PROBLEM SOLUTION [--user NAME] [--db FILE] [OPTIONS]\n"
            "\n"
            "Judges SOLUTION as `judge test` does, prints the same report, and records the\n"
            "submission in the history: its source, verdict, per-test results, and the weekly\n"
            "set the problem belongs to. A system error (SE) is the judge's failure, not the\n"
            "submission's, and is not recorded.\n"
            "\n"
            "  --user NAME         whose submission (default: $JUDGE_USER, \"user\" in\n"
            "                      ~/.config/judge/config.json, $USER, the login name)\n"
            "  --db FILE|URI       the history: a file, or a PostgreSQL URI shared by a group\n"
            "                      (postgresql://...; docs/scaling.md); default: $JUDGE_DB,\n"
            "                      $XDG_DATA_HOME/judge/history.db\n"
            "  --json              print the report as one JSON object, with \"submission\"\n"
            "  --problems DIR      the problem library (weekly sets: DIR/weeks/)\n"
            "  --lang, --time-limit, --memory-limit, --fail-fast, -j, --languages,\n"
            "  --no-user-tests: as for `judge test` (your own tests run after the problem's)\n"
            "  --queue             store the package and queue the solution for `judge worker`\n"
            "                      (on any machine sharing the history), print its queue id\n"
            "                      and return at once (docs/scaling.md)\n"
            "\n"
            "Exit status: 0 accepted, 1 another verdict, 2 bad usage, package or history\n"
            "file, 3 judge failure.\n");
}

char *cli_read_source(const char *solution, size_t *len)
{
    char err[4096];
    int fd = open_regular_file(solution, HIST_SOURCE_MAX, err, sizeof(err));
    if (fd < 0) {
        cli_error("%s", err);
        return NULL;
    }
    close(fd);
    char *source = read_file(solution, HIST_SOURCE_MAX, len);
    if (!source)
        cli_error("%s: %s", solution,
                  errno == EFBIG ? "larger than the 1 MiB a history keeps" : strerror(errno));
    return source;
}

/* Judges one solution and records it with week (NULL: none); prints the report as the
 * options ask. Used by `judge submit` and `judge week run`. */
static int submit_one(struct judge_cli *cli, struct hist_db *db, const char *user,
                      const char *problem_arg, const char *solution, const struct week_set *weeks,
                      const char *forced_week)
{
    char err[4096];
    size_t source_len;
    char *source = cli_read_source(solution, &source_len);
    if (!source)
        return EXIT_USAGE;
    struct problem p;
    struct language_set langs;
    struct judgement j;
    cli->weeks = weeks;
    cli->week_id = forced_week;
    int r = judge_cli_judge(cli, problem_arg, solution, &p, &langs, &j);
    if (r != EXIT_OK)
        goto out_free_source;
    if (j.verdict == VERDICT_SE) {
        judge_cli_print(cli, &j, &p, solution);
        cli_error("not recorded: a system error is the judge's own failure, not the "
                  "submission's");
        r = EXIT_SYSTEM;
        goto out_release;
    }

    const struct week *w = NULL;
    if (!forced_week)
        w = week_set_for_problem(weeks, p.id, week_today());
    struct hist_submission s;
    hist_submission_from_judgement(&s, &j, &p, user,
                                   forced_week ? forced_week
                                   : w         ? w->id
                                               : NULL,
                                   source, source_len);
    long long id;
    r = hist_record(db, &s, &id, err, sizeof(err));
    if (r != HIST_OK) {
        judge_cli_print(cli, &j, &p, solution);
        cli_error("%s", err);
        r = hist_exit(r);
        goto out_release_submission;
    }
    if (cli->json) {
        cJSON *o = report_json(&j, &p);
        cJSON *rec = cJSON_AddObjectToObject(o, "submission");
        cJSON_AddNumberToObject(rec, "id", (double)id);
        cJSON_AddStringToObject(rec, "user", s.user);
        if (s.week)
            cJSON_AddStringToObject(rec, "week", s.week);
        else
            cJSON_AddNullToObject(rec, "week");
        cJSON_AddStringToObject(rec, "judged_at", s.judged_at);
        print_json(o);
    } else {
        judge_cli_print(cli, &j, &p, solution);
        printf("recorded as #%lld (%s%s%s)\n", id, s.user, s.week ? ", " : "",
               s.week ? s.week : "");
    }
    fflush(stdout);
    r = judge_cli_exit_status(&j);

out_release_submission:
    hist_submission_release(&s);
out_release:
    judgement_release(&j);
    lang_set_release(&langs);
    problem_release(&p);
out_free_source:
    free(source);
    return r;
}

int cmd_submit(int argc, char **argv)
{
    enum { OPT_QUEUE = JUDGE_CLI_OPT_END };
    static const struct option options[] = {
        JUDGE_CLI_LONG_OPTIONS,
        {"queue", no_argument, NULL, OPT_QUEUE},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    struct judge_cli cli;
    char err[4096];
    bool queue = false;
    int c, r;
    judge_cli_init(&cli);
    optind = 1;
    while ((c = getopt_long(argc, argv, "j:h", options, NULL)) != -1) {
        if (c == 'h') {
            submit_usage(stdout);
            return EXIT_OK;
        }
        if (c == OPT_QUEUE) {
            queue = true;
            continue;
        }
        if ((r = judge_cli_option(c, optarg, &cli)) != 0) {
            submit_usage(stderr);
            return EXIT_USAGE;
        }
    }
    cli.args = argv + optind;
    cli.nargs = argc - optind;
    if (queue && (cli.opts.time_limit_ms || cli.opts.memory_limit_mb || cli.opts.fail_fast ||
                  cli.languages)) {
        cli_error("--queue: a worker judges with the package's limits and its own languages "
                  "(leave out --time-limit, --memory-limit, --fail-fast and --languages)");
        return EXIT_USAGE;
    }
    if (cli.nargs != 2) {
        cli_error("submit needs PROBLEM and SOLUTION (usage: judge submit PROBLEM SOLUTION "
                  "[OPTIONS])");
        return EXIT_USAGE;
    }
    char *user = hist_user(cli.user, err, sizeof(err));
    if (!user) {
        cli_error("%s", err);
        return EXIT_USAGE;
    }
    /* The history and the weekly sets are checked before judging, so that a bad file does
     * not cost a judging first: a weekly-set file that is not valid refuses the submission
     * when it might hold the problem (judge_cli_judge, once the problem is known); one that
     * cannot concern it does not (docs/history.md). */
    struct hist_db *db;
    struct week_set weeks = WEEK_SET_INIT;
    if ((r = hist_open(cli.db, true, &db, err, sizeof(err))) != HIST_OK) {
        cli_error("%s", err);
        r = hist_exit(r);
        goto out_free_user;
    }
    if ((r = hist_weeks_load_db(&weeks, cli.problems_dir, db, true, err, sizeof(err))) != HIST_OK) {
        cli_error("%s", err);
        r = hist_exit(r);
        goto out_close;
    }
    cli.recording = true;
    if (queue)
        r = queue_submit(user, cli.problems_dir, cli.args[0], cli.args[1], cli.opts.lang_id, &weeks,
                         db, cli.json);
    else
        r = submit_one(&cli, db, user, cli.args[0], cli.args[1], &weeks, NULL);
    week_set_release(&weeks);
out_close:
    hist_close(db);
out_free_user:
    free(user);
    return r;
}

/* ---- judge history ---- */

static void history_usage(FILE *out)
{
    fprintf(out,
            "usage: judge history [--user U | --all] [--problem P] [--week W] [--verdict V]\n"
            "                     [--since YYYY-MM-DD] [--limit N] [--json | --csv] [--db FILE]\n"
            "\n"
            "Lists recorded submissions, newest first: yours (see `judge submit --help` for\n"
            "who you are), another user's with --user, everyone's with --all.\n"
            "\n"
            "  --json     one JSON array (docs/history.md)\n"
            "  --csv      CSV with a header line\n");
}

/* One CSV field, quoted when it needs to be (RFC 4180). */
static void csv_field(const char *s, bool last)
{
    if (strpbrk(s, ",\"\r\n")) {
        putchar('"');
        for (; *s; s++) {
            if (*s == '"')
                putchar('"');
            putchar(*s);
        }
        putchar('"');
    } else {
        fputs(s, stdout);
    }
    putchar(last ? '\n' : ',');
}

static void history_csv(const struct hist_submission *list, size_t n)
{
    printf("id,judged_at,user,problem,problem_title,week,language,verdict,passed,total,"
           "time_ms,memory_kb,source_sha256,tags\n");
    for (size_t i = 0; i < n; i++) {
        const struct hist_submission *s = &list[i];
        char numbers[5][32];
        snprintf(numbers[0], sizeof(numbers[0]), "%lld", s->id);
        snprintf(numbers[1], sizeof(numbers[1]), "%ld", s->passed);
        snprintf(numbers[2], sizeof(numbers[2]), "%ld", s->total);
        snprintf(numbers[3], sizeof(numbers[3]), "%ld", s->max_time_ms);
        snprintf(numbers[4], sizeof(numbers[4]), "%ld", s->max_memory_kib);
        struct strbuf tags = STRBUF_INIT;
        for (size_t t = 0; t < s->ntags; t++)
            strbuf_addf(&tags, "%s%s", t ? ";" : "", s->tags[t]);
        csv_field(numbers[0], false);
        csv_field(s->judged_at, false);
        csv_field(s->user, false);
        csv_field(s->problem, false);
        csv_field(s->problem_title, false);
        csv_field(s->week ? s->week : "", false);
        csv_field(s->language, false);
        csv_field(s->verdict, false);
        csv_field(numbers[1], false);
        csv_field(numbers[2], false);
        csv_field(numbers[3], false);
        csv_field(numbers[4], false);
        csv_field(s->source_sha256, false);
        csv_field(tags.buf ? tags.buf : "", true);
        strbuf_release(&tags);
    }
}

static enum verdict stored_verdict(const char *name)
{
    enum verdict v;
    return verdict_parse(name, &v) == 0 ? v : VERDICT_SE;
}

/* Whether the history has a submission matching f (at most one is read). */
static bool history_has(struct hist_db *db, const struct hist_filter *f)
{
    struct hist_filter one = *f;
    struct hist_submission *list;
    size_t n = 0;
    char err[512];
    one.limit = 1;
    if (hist_list(db, &one, &list, &n, err, sizeof(err)) != HIST_OK)
        return true; /* cannot tell: say nothing wrong */
    hist_list_free(list, n);
    return n > 0;
}

void cli_explain_empty(FILE *out, const char *db_opt, const struct hist_filter *f)
{
    char err[1024];
    char *path = hist_db_path(db_opt);
    struct hist_db *db;
    if (!path || hist_open(db_opt, false, &db, err, sizeof(err)) != HIST_OK) {
        free(path);
        return;
    }
    char *shown = text_visible(hist_name(db), 0); /* a URI without its password */
    struct hist_filter all = {0};
    if (!history_has(db, &all)) {
        fprintf(out, "no submissions recorded yet in %s%s\n", shown,
                sql_is_postgres_uri(path) || access(path, F_OK) == 0
                    ? ""
                    : " (no history there yet: judge submit makes it)");
        goto out;
    }
    /* Each filter alone: those that match nothing are what is wrong. */
    struct {
        const char *what, *value;
        struct hist_filter alone;
    } filters[] = {
        {"user", f->user, {.user = f->user}},     {"problem", f->problem, {.problem = f->problem}},
        {"week", f->week, {.week = f->week}},     {"verdict", f->verdict, {.verdict = f->verdict}},
        {"since", f->since, {.since = f->since}},
    };
    struct strbuf none = STRBUF_INIT, given = STRBUF_INIT;
    for (size_t i = 0; i < sizeof(filters) / sizeof(filters[0]); i++) {
        if (!filters[i].value)
            continue;
        char *v = text_visible(filters[i].value, 0);
        strbuf_addf(&given, "%s%s %s", given.len ? ", " : "", filters[i].what, v);
        if (!history_has(db, &filters[i].alone))
            strbuf_addf(&none, "%s%s %s", none.len ? ", " : "", filters[i].what, v);
        free(v);
    }
    if (none.len) {
        fprintf(out, "no submissions match: nothing in %s has %s", shown, none.buf);
        if (f->user && !history_has(db, &filters[0].alone)) {
            /* Whose are there, from the latest ones: --user NAME or --all shows them. */
            struct hist_filter latest = {.limit = 1000};
            struct hist_submission *list;
            size_t n = 0;
            struct strbuf users = STRBUF_INIT;
            size_t count = 0;
            if (hist_list(db, &latest, &list, &n, err, sizeof(err)) == HIST_OK) {
                for (size_t i = 0; i < n && count < 5; i++) {
                    bool seen = false;
                    for (size_t k = 0; k < i && !seen; k++)
                        seen = strcmp(list[k].user, list[i].user) == 0;
                    if (seen)
                        continue;
                    char *u = text_visible(list[i].user, 0);
                    strbuf_addf(&users, "%s%s", count++ ? ", " : "", u);
                    free(u);
                }
                hist_list_free(list, n);
            }
            if (count)
                fprintf(out, " (submissions there are by %s%s; --user NAME or --all)", users.buf,
                        count == 5 ? ", ..." : "");
            strbuf_release(&users);
        }
        fputc('\n', out);
    } else {
        fprintf(out, "no submissions match %s together in %s (each matches some alone)\n",
                given.buf, shown);
    }
    strbuf_release(&none);
    strbuf_release(&given);
out:
    free(shown);
    free(path);
    hist_close(db);
}

static void history_table(const struct hist_submission *list, size_t n)
{
    bool color = cli_use_color(stdout);
    char t[32], m[32];
    if (n == 0)
        return; /* cli_explain_empty() says why */
    printf("  %-6s %-16s  %-12s %-24s %-9s %-8s %-7s %-7s %9s %10s\n", "#", "judged (UTC)", "user",
           "problem", "week", "lang", "verdict", "tests", "time", "memory");
    for (size_t i = 0; i < n; i++) {
        const struct hist_submission *s = &list[i];
        char tests[48];
        snprintf(tests, sizeof(tests), "%ld/%ld", s->passed, s->total);
        /* What the file holds is shown, never obeyed: control characters made visible. */
        char *judged = text_visible(s->judged_at, 0), *user = text_visible(s->user, 0),
             *problem = text_visible(s->problem, 0), *week = text_visible(s->week, 0),
             *lang = text_visible(s->language, 0), *verdict = text_visible(s->verdict, 0);
        printf("  %-6lld %.10s %.5s  %-12s %-24s %-9s %-8s %s%-7s%s %-7s %9s %10s\n", s->id, judged,
               strlen(judged) > 11 ? judged + 11 : "", user, problem, s->week ? week : "-", lang,
               verdict_color(stored_verdict(s->verdict), color), verdict, color_reset(color), tests,
               format_ms(s->max_time_ms, t, sizeof(t)),
               format_kib(s->max_memory_kib, m, sizeof(m)));
        free(judged);
        free(user);
        free(problem);
        free(week);
        free(lang);
        free(verdict);
    }
}

int cmd_history(int argc, char **argv)
{
    enum {
        OPT_USER = 256,
        OPT_ALL,
        OPT_PROBLEM,
        OPT_WEEK,
        OPT_VERDICT,
        OPT_SINCE,
        OPT_LIMIT,
        OPT_JSON,
        OPT_CSV,
        OPT_DB,
        OPT_HELP
    };
    static const struct option options[] = {
        {"user", required_argument, NULL, OPT_USER},
        {"all", no_argument, NULL, OPT_ALL},
        {"problem", required_argument, NULL, OPT_PROBLEM},
        {"week", required_argument, NULL, OPT_WEEK},
        {"verdict", required_argument, NULL, OPT_VERDICT},
        {"since", required_argument, NULL, OPT_SINCE},
        {"limit", required_argument, NULL, OPT_LIMIT},
        {"json", no_argument, NULL, OPT_JSON},
        {"csv", no_argument, NULL, OPT_CSV},
        {"db", required_argument, NULL, OPT_DB},
        {"help", no_argument, NULL, OPT_HELP},
        {NULL, 0, NULL, 0},
    };
    struct hist_filter f = {0};
    const char *user_opt = NULL, *db_opt = NULL;
    bool all = false, json = false, csv = false;
    char err[4096];
    enum verdict v;
    int day, c;

    optind = 1;
    while ((c = getopt_long(argc, argv, "h", options, NULL)) != -1) {
        switch (c) {
        case OPT_USER:
            user_opt = optarg;
            break;
        case OPT_ALL:
            all = true;
            break;
        case OPT_PROBLEM:
            f.problem = optarg;
            break;
        case OPT_WEEK:
            f.week = optarg;
            break;
        case OPT_VERDICT:
            if (verdict_parse(optarg, &v) < 0) {
                cli_error("--verdict must be AC, WA, PE, TLE, MLE, OLE, RE or CE (got '%s')",
                          optarg);
                return EXIT_USAGE;
            }
            f.verdict = verdict_name(v);
            break;
        case OPT_SINCE:
            if (week_date_parse(optarg, &day) < 0) {
                cli_error("--since must be a date YYYY-MM-DD (got '%s')", optarg);
                return EXIT_USAGE;
            }
            f.since = optarg;
            break;
        case OPT_LIMIT:
            if (cli_parse_long("--limit", optarg, 1, 1000000000, &f.limit) < 0)
                return EXIT_USAGE;
            break;
        case OPT_JSON:
            json = true;
            break;
        case OPT_CSV:
            csv = true;
            break;
        case OPT_DB:
            db_opt = optarg;
            break;
        case OPT_HELP:
        case 'h':
            history_usage(stdout);
            return EXIT_OK;
        default:
            history_usage(stderr);
            return EXIT_USAGE;
        }
    }
    if (optind < argc || (json && csv) || (all && user_opt)) {
        cli_error(optind < argc ? "history takes no arguments (got '%s')"
                  : json && csv ? "--json and --csv do not go together%s"
                                : "--all and --user do not go together%s",
                  optind < argc ? argv[optind] : "");
        return EXIT_USAGE;
    }
    char *user = NULL;
    if (!all && !(user = hist_user(user_opt, err, sizeof(err)))) {
        cli_error("%s", err);
        return EXIT_USAGE;
    }
    f.user = user;

    struct hist_db *db;
    struct hist_submission *list;
    size_t n;
    int r = hist_open(db_opt, false, &db, err, sizeof(err));
    if (r == HIST_OK)
        r = hist_list(db, &f, &list, &n, err, sizeof(err));
    if (r != HIST_OK) {
        cli_error("%s", err);
        r = hist_exit(r);
        goto out_close;
    }
    if (json) {
        cJSON *array = cJSON_CreateArray();
        for (size_t i = 0; i < n; i++)
            cJSON_AddItemToArray(array, hist_submission_json(&list[i], false));
        print_json(array);
    } else if (csv) {
        history_csv(list, n);
    } else {
        history_table(list, n);
    }
    /* An empty answer says which filter matched nothing (on stderr when stdout is data). */
    if (n == 0) {
        fflush(stdout);
        cli_explain_empty(json || csv ? stderr : stdout, db_opt, &f);
    }
    hist_list_free(list, n);
    r = EXIT_OK;
out_close:
    hist_close(db);
    free(user);
    return r;
}

/* ---- judge show ---- */

static void show_usage(FILE *out)
{
    fprintf(out, "usage: judge show ID [--json] [--user U] [--db FILE] [--problems DIR]\n"
                 "\n"
                 "Shows one recorded submission: its verdict, per-test results and source.\n"
                 "Another member's source is shown once you (--user) have solved its problem\n"
                 "or its week has ended (the honesty rule, docs/meeting.md); before, the\n"
                 "rest is shown without it and the exit status is 1.\n");
}

/* Prints text from the history with its control characters made visible. */
static void put_visible(const char *text)
{
    char *v = text_visible(text, 0);
    fputs(v, stdout);
    free(v);
}

static void show_human(const struct hist_submission *s, const char *hidden)
{
    bool color = cli_use_color(stdout);
    enum verdict v = stored_verdict(s->verdict);
    char t[32], m[32];
    printf("#%lld  ", s->id);
    put_visible(s->problem_title);
    printf(" (");
    put_visible(s->problem);
    printf(")  ·  ");
    put_visible(s->week ? s->week : "no weekly set");
    printf("  ·  ");
    put_visible(s->user);
    printf("\n");
    put_visible(s->language);
    printf("  ·  judged ");
    put_visible(s->judged_at);
    printf("  ·  judge ");
    put_visible(s->judge_version);
    printf("\n%s%s%s: %ld/%ld passed, max %s, %s\n", verdict_color(v, color), verdict_long_name(v),
           color_reset(color), s->passed, s->total, format_ms(s->max_time_ms, t, sizeof(t)),
           format_kib(s->max_memory_kib, m, sizeof(m)));
    if (s->ntags) {
        printf("tags:");
        for (size_t i = 0; i < s->ntags; i++) {
            printf(" ");
            put_visible(s->tags[i]);
        }
        printf("\n");
    }
    /* Test names in full: the column is as wide as the longest. */
    size_t width = 4;
    for (size_t i = 0; i < s->ntests; i++) {
        char *name = text_visible(s->tests[i].name, 0);
        size_t n = text_columns(name);
        width = n > width ? n : width;
        free(name);
    }
    if (s->ntests)
        printf("\n  %-4s %s%*s %-8s %10s %12s  %s\n", "#", "test", (int)(width - 4), "", "verdict",
               "time", "memory", "message");
    for (size_t i = 0; i < s->ntests; i++) {
        const struct hist_test *x = &s->tests[i];
        bool ran = x->time_ms >= 0;
        char *name = text_visible(x->name, 0), *verdict = text_visible(x->verdict, 0);
        printf("  %-4zu %s%*s %s%-8s%s %10s %12s  ", i + 1, name, (int)(width - text_columns(name)),
               "", verdict_color(stored_verdict(x->verdict), color && ran), verdict,
               color_reset(color && ran), ran ? format_ms(x->time_ms, t, sizeof(t)) : "-",
               ran ? format_kib(x->memory_kib, m, sizeof(m)) : "-");
        put_visible(x->message);
        printf("\n");
        free(name);
        free(verdict);
    }
    if (hidden) {
        char *why = text_visible(hidden, 0);
        printf("\n--- source (%zu bytes) hidden: %s ---\n", s->source_len, why);
        free(why);
        return;
    }
    if (s->compile_message) {
        printf("\n");
        report_show_block(stdout, "compiler output", s->compile_message, false);
    }
    /* The source as it is, but shown: a source can hold escape sequences too (in a string
     * literal), and bytes that are not UTF-8. `judge show --json` has it as data. */
    printf("\n--- source (%zu bytes, sha256 %s) ---\n", s->source_len, s->source_sha256);
    struct strbuf sb = STRBUF_INIT;
    strbuf_add_visible(&sb, s->source, s->source_len, true);
    if (sb.len)
        fwrite(sb.buf, 1, sb.len, stdout);
    if (sb.len && sb.buf[sb.len - 1] != '\n')
        putchar('\n');
    strbuf_release(&sb);
}

/* The honesty rule for showing s: *hidden is why its source may not be shown (malloc'ed), or
 * NULL. Another member's submission needs the weekly sets, loaded only then. */
static int show_hidden(struct hist_db *db, const struct hist_submission *s, const char *user_opt,
                       const char *problems_dir, char **hidden)
{
    char err[4096];
    *hidden = NULL;
    char *viewer = hist_user(user_opt, err, sizeof(err));
    if (!viewer) {
        cli_error("%s", err);
        return EXIT_USAGE;
    }
    int r = EXIT_OK;
    if (strcmp(viewer, s->user) != 0) {
        struct week_set weeks = WEEK_SET_INIT;
        enum honesty_reason why;
        if ((r = hist_weeks_load_db(&weeks, problems_dir, db, false, err, sizeof(err))) !=
            HIST_OK) {
            cli_error("%s", err);
            r = hist_exit(r);
        } else if ((r = honesty_check_submission(db, &weeks, viewer, s, week_today(),
                                                 HONESTY_VIEWER, &why, err, sizeof(err))) !=
                   HIST_OK) {
            cli_error("%s", err);
            r = hist_exit(r);
        } else if (why == HONESTY_HIDDEN) {
            *hidden =
                honesty_explain(s->user, s->problem,
                                s->week ? week_set_find(&weeks, s->week) : NULL, HONESTY_VIEWER);
        }
        week_set_release(&weeks);
    }
    free(viewer);
    return r;
}

int cmd_show(int argc, char **argv)
{
    enum { OPT_JSON = 256, OPT_DB, OPT_USER, OPT_PROBLEMS, OPT_HELP };
    static const struct option options[] = {
        {"json", no_argument, NULL, OPT_JSON},
        {"db", required_argument, NULL, OPT_DB},
        {"user", required_argument, NULL, OPT_USER},
        {"problems", required_argument, NULL, OPT_PROBLEMS},
        {"help", no_argument, NULL, OPT_HELP},
        {NULL, 0, NULL, 0},
    };
    const char *db_opt = NULL, *user_opt = NULL, *problems_dir = NULL;
    bool json = false;
    char err[4096];
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", options, NULL)) != -1) {
        switch (c) {
        case OPT_JSON:
            json = true;
            break;
        case OPT_DB:
            db_opt = optarg;
            break;
        case OPT_USER:
            user_opt = optarg;
            break;
        case OPT_PROBLEMS:
            problems_dir = optarg;
            break;
        case OPT_HELP:
        case 'h':
            show_usage(stdout);
            return EXIT_OK;
        default:
            show_usage(stderr);
            return EXIT_USAGE;
        }
    }
    if (argc - optind != 1) {
        cli_error("show needs one submission ID (usage: judge show ID [--json])");
        return EXIT_USAGE;
    }
    const char *arg = argv[optind][0] == '#' ? argv[optind] + 1 : argv[optind];
    long id;
    if (cli_parse_long("ID", arg, 1, 1000000000000L, &id) < 0)
        return EXIT_USAGE;

    struct hist_db *db;
    struct hist_submission s;
    int r = hist_open(db_opt, false, &db, err, sizeof(err));
    if (r == HIST_OK)
        r = hist_get(db, id, &s, err, sizeof(err));
    if (r != HIST_OK) {
        cli_error("%s", err);
        r = r == HIST_ENOTFOUND ? EXIT_VERDICT : hist_exit(r);
        goto out_close;
    }
    char *hidden = NULL;
    if ((r = show_hidden(db, &s, user_opt, problems_dir, &hidden)) != EXIT_OK)
        goto out_release;
    if (json) {
        cJSON *o = hist_submission_json(&s, true);
        if (hidden)
            hist_submission_json_hide(o, hidden);
        print_json(o);
    } else {
        show_human(&s, hidden);
    }
    if (hidden) {
        fflush(stdout);
        cli_error("#%ld: %s", id, hidden);
    }
    r = hidden ? EXIT_VERDICT : EXIT_OK;
    free(hidden);
out_release:
    hist_submission_release(&s);
out_close:
    hist_close(db);
    return r;
}
