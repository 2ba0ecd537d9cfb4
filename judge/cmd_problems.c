/* cmd_problems.c: `judge problems` (the library, and where the user stands on each) and
 * `judge problem ID` (a statement for the terminal). */
#define _GNU_SOURCE
#include "judge/catalog.h"
#include "judge/cli.h"
#include "judge/history.h"
#include "judge/lang.h"
#include "judge/latex.h"
#include "judge/pkgfile.h"
#include "judge/report.h"
#include "judge/statement.h"
#include "judge/util.h"
#include "judge/weeks.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

/* A sample's input and answer as shown (the rest is cut, and said to be). */
#define SAMPLE_SHOW_BYTES (64 << 10)

/* ---- judge problems ---- */

static void problems_usage(FILE *out)
{
    fprintf(out,
            "usage: judge problems [--week W] [--tag T] [--difficulty D] [--unsolved] [--json]\n"
            "       judge problems add PATH [--id ID]   (see judge problems add --help)\n"
            "\n"
            "Lists the problem library: each problem's id, title, difficulty, whether it asks\n"
            "for a function (function-style) or a whole program, its tags, and where you stand\n"
            "on it from your history: solved, tried (submitted, never accepted) or new.\n"
            "\n"
            "  --week W            the problems of weekly set W, in the set's order\n"
            "  --tag T             only problems with tag T\n"
            "  --difficulty D      only easy, medium or hard problems\n"
            "  --unsolved          only problems you have not solved\n"
            "  --user U, --db FILE whose history, and where (see `judge submit --help`)\n"
            "  --problems DIR      the problem library\n"
            "  --json              one JSON object (docs/json.md)\n");
}

int cmd_problems(int argc, char **argv)
{
    enum {
        OPT_WEEK = 256,
        OPT_TAG,
        OPT_DIFFICULTY,
        OPT_UNSOLVED,
        OPT_USER,
        OPT_DB,
        OPT_PROBLEMS,
        OPT_JSON,
        OPT_HELP
    };
    static const struct option options[] = {
        {"week", required_argument, NULL, OPT_WEEK},
        {"tag", required_argument, NULL, OPT_TAG},
        {"difficulty", required_argument, NULL, OPT_DIFFICULTY},
        {"unsolved", no_argument, NULL, OPT_UNSOLVED},
        {"user", required_argument, NULL, OPT_USER},
        {"db", required_argument, NULL, OPT_DB},
        {"problems", required_argument, NULL, OPT_PROBLEMS},
        {"json", no_argument, NULL, OPT_JSON},
        {"help", no_argument, NULL, OPT_HELP},
        {NULL, 0, NULL, 0},
    };
    const char *week_id = NULL, *tag = NULL, *difficulty = NULL, *user_opt = NULL, *db_opt = NULL,
               *problems_dir = NULL;
    bool unsolved = false, json = false;
    char err[4096];
    int c;
    if (argc > 1 && strcmp(argv[1], "add") == 0)
        return cmd_problems_add(argc - 1, argv + 1);
    if (argc > 1 && strcmp(argv[1], "push") == 0)
        return cmd_problems_push(argc - 1, argv + 1);
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", options, NULL)) != -1) {
        switch (c) {
        case OPT_WEEK:
            week_id = optarg;
            break;
        case OPT_TAG:
            tag = optarg;
            break;
        case OPT_DIFFICULTY:
            if (strcmp(optarg, "easy") && strcmp(optarg, "medium") && strcmp(optarg, "hard")) {
                cli_error("--difficulty must be easy, medium or hard (got '%s')", optarg);
                return EXIT_USAGE;
            }
            difficulty = optarg;
            break;
        case OPT_UNSOLVED:
            unsolved = true;
            break;
        case OPT_USER:
            user_opt = optarg;
            break;
        case OPT_DB:
            db_opt = optarg;
            break;
        case OPT_PROBLEMS:
            problems_dir = optarg;
            break;
        case OPT_JSON:
            json = true;
            break;
        case OPT_HELP:
        case 'h':
            problems_usage(stdout);
            return EXIT_OK;
        default:
            problems_usage(stderr);
            return EXIT_USAGE;
        }
    }
    if (optind < argc) {
        cli_error("problems takes no arguments (got '%s'); `judge problem ID` shows one",
                  argv[optind]);
        return EXIT_USAGE;
    }

    struct catalog cat;
    struct week_set weeks = WEEK_SET_INIT;
    struct hist_db *db = NULL;
    struct hist_submission *rows = NULL;
    size_t nrows = 0;
    char *user = hist_user(user_opt, err, sizeof(err));
    if (!user) {
        cli_error("%s", err);
        return EXIT_USAGE;
    }
    if (catalog_load(&cat, problems_dir, err, sizeof(err)) < 0) {
        cli_error("%s", err);
        free(user);
        return EXIT_USAGE;
    }
    int r = EXIT_USAGE;
    const struct week *w = NULL;
    if (week_id) {
        int hr = hist_weeks_load(&weeks, problems_dir, db_opt, false, err, sizeof(err));
        if (hr != HIST_OK) {
            cli_error("%s", err);
            r = hr == HIST_ESYSTEM ? EXIT_SYSTEM : EXIT_USAGE;
            goto out;
        }
        if (!(w = week_set_find(&weeks, week_id))) {
            cli_error("no weekly set '%s' (judge week list shows them)", week_id);
            goto out;
        }
    }
    struct hist_filter f = {.user = user};
    int hr = hist_open(db_opt, false, &db, err, sizeof(err));
    if (hr == HIST_OK)
        hr = hist_list(db, &f, &rows, &nrows, err, sizeof(err));
    if (hr != HIST_OK) {
        cli_error("%s", err);
        r = hr == HIST_ESYSTEM ? EXIT_SYSTEM : EXIT_USAGE;
        goto out;
    }
    catalog_apply_history(&cat, rows, nrows);

    /* The problems to show: the week's, in its order, or the library's, by id. */
    size_t n = w ? w->nproblems : cat.count;
    const struct catalog_entry **shown = xcalloc(n + 1, sizeof(*shown));
    size_t nshown = 0;
    for (size_t i = 0; i < n; i++) {
        const struct catalog_entry *e = w ? catalog_find(&cat, w->problems[i]) : &cat.entries[i];
        if (!e || (tag && !catalog_has_tag(e, tag)) ||
            (difficulty && (!e->difficulty || strcmp(e->difficulty, difficulty) != 0)) ||
            (unsolved && e->state == CATALOG_SOLVED))
            continue;
        shown[nshown++] = e;
    }
    if (json) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "library", cat.dir);
        cJSON_AddStringToObject(o, "user", user);
        if (w)
            cJSON_AddStringToObject(o, "week", w->id);
        else
            cJSON_AddNullToObject(o, "week");
        cJSON *list = cJSON_AddArrayToObject(o, "problems");
        for (size_t i = 0; i < nshown; i++)
            cJSON_AddItemToArray(list, catalog_entry_json(shown[i]));
        json_print_line(stdout, o);
        cJSON_Delete(o);
    } else if (nshown == 0) {
        struct strbuf why = STRBUF_INIT;
        if (w)
            strbuf_addf(&why, " --week %s", w->id);
        if (tag)
            strbuf_addf(&why, " --tag %s", tag);
        if (difficulty)
            strbuf_addf(&why, " --difficulty %s", difficulty);
        if (unsolved)
            strbuf_addstr(&why, " --unsolved");
        char *shown_why = text_visible(why.buf ? why.buf : "", 0);
        printf("no problem matches%s (%zu in the library %s)\n", shown_why, cat.count, cat.dir);
        free(shown_why);
        strbuf_release(&why);
    } else {
        printf("  %-30s %-34s %-7s %-11s %-10s %s\n", "problem", "title", "level", "style", "you",
               "tags");
        for (size_t i = 0; i < nshown; i++) {
            const struct catalog_entry *e = shown[i];
            char *id = text_visible_line(e->id, 0), *title = text_visible_line(e->title, 34);
            struct strbuf tags = STRBUF_INIT, state = STRBUF_INIT;
            for (size_t t = 0; t < e->ntags; t++)
                strbuf_addf(&tags, "%s%s", t ? ", " : "", e->tags[t]);
            strbuf_addstr(&state, catalog_state_name(e->state));
            if (e->attempts)
                strbuf_addf(&state, " (%d)", e->attempts);
            char *tv = text_visible_line(tags.buf ? tags.buf : "", 0);
            char *dv = text_visible_line(e->difficulty ? e->difficulty : "-", 7);
            printf("  %-30s %-34s %-7s %-11s %-10s %s\n", id, title, dv, catalog_style_name(e),
                   state.buf, tv);
            if (e->error) {
                char *ev = text_visible_line(e->error, 200);
                printf("      (does not load: %s)\n", ev);
                free(ev);
            }
            free(id);
            free(title);
            free(tv);
            free(dv);
            strbuf_release(&tags);
            strbuf_release(&state);
        }
        size_t solved = 0;
        for (size_t i = 0; i < nshown; i++)
            solved += shown[i]->state == CATALOG_SOLVED;
        printf("\n%zu problem%s, %zu solved · `judge problem ID` shows one\n", nshown,
               nshown == 1 ? "" : "s", solved);
    }
    free(shown);
    r = EXIT_OK;
out:
    hist_list_free(rows, nrows);
    hist_close(db);
    week_set_release(&weeks);
    catalog_release(&cat);
    free(user);
    return r;
}

/* ---- judge problem ID ---- */

static void problem_usage(FILE *out)
{
    fprintf(out,
            "usage: judge problem ID [--lang L] [--width N] [--json]\n"
            "\n"
            "Shows a problem for the terminal: its title, limits and tags, its statement read\n"
            "from Markdown (CommonMark), its samples, and for a function-style problem the\n"
            "signature to write in your language (--lang).\n"
            "\n"
            "  --lang L            the language you write in: its signature is shown\n"
            "  --width N           wrap the text at N columns (default: the terminal's, or 80)\n"
            "  --problems DIR      the problem library\n"
            "  --languages FILE    the languages file\n"
            "  --json              one JSON object (docs/json.md)\n");
}

/* Where a package's statement is, and whether it is Markdown. NULL when it has none. */
static char *find_statement(const struct problem *p, bool *markdown)
{
    static const char *const names[] = {
        "statement.md",
        "statement/problem.en.md",
        "statement/problem.md",
        "problem_statement/problem.en.md",
        "problem_statement/problem.md",
        "statement/problem.en.tex",
        "statement/problem.tex",
        "problem_statement/problem.en.tex",
        "problem_statement/problem.tex",
    };
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
        char *path = path_join(p->dir, names[i]);
        struct pkg_entry e;
        pkg_stat(p->dir, path, &e);
        if (e.kind != PKG_MISSING) {
            *markdown = ends_with(names[i], ".md");
            return path;
        }
        free(path);
    }
    return NULL;
}

static int terminal_width(void)
{
    struct winsize ws;
    if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
        return ws.ws_col > 120 ? 100 : ws.ws_col;
    long v;
    const char *cols = getenv("COLUMNS");
    char *end;
    if (cols && (v = strtol(cols, &end, 10)) > 0 && !*end)
        return v > 120 ? 100 : (int)v;
    return 80;
}

/* A sample file's start, for showing. */
static char *sample_text(const struct problem *p, const char *path, bool *truncated)
{
    char err[512];
    *truncated = false;
    int fd = pkg_open(p->dir, path, PKG_TEST_FILE_MAX, err, sizeof(err));
    if (fd < 0)
        return xstrdup("");
    char *text = read_fd_text(fd, SAMPLE_SHOW_BYTES, truncated);
    close(fd);
    return text;
}

cJSON *problem_view_json(const struct problem *p, const struct language *lang,
                         const char *statement, bool markdown, const char *signature)
{
    bool has_harness = lang && problem_harness_for(p, lang->id);
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "id", p->id);
    cJSON_AddStringToObject(o, "title", p->title ? p->title : p->id);
    if (p->difficulty)
        cJSON_AddStringToObject(o, "difficulty", p->difficulty);
    else
        cJSON_AddNullToObject(o, "difficulty");
    cJSON *tags = cJSON_AddArrayToObject(o, "tags");
    for (size_t i = 0; i < p->ntags; i++)
        cJSON_AddItemToArray(tags, cJSON_CreateString(p->tags[i]));
    cJSON_AddBoolToObject(o, "function", p->nharness > 0);
    cJSON *fl = cJSON_AddArrayToObject(o, "function_languages");
    for (size_t i = 0; i < p->nharness; i++)
        cJSON_AddItemToArray(fl, cJSON_CreateString(p->harness[i].language));
    cJSON_AddBoolToObject(o, "interactive", p->interaction != INTERACTION_NONE);
    cJSON_AddNumberToObject(o, "time_limit_ms", (double)p->time_limit_ms);
    cJSON_AddNumberToObject(o, "memory_limit_mb", (double)p->memory_limit_mb);
    if (statement) {
        cJSON_AddStringToObject(o, "statement", statement);
        cJSON_AddStringToObject(o, "statement_format", markdown ? "markdown" : "latex");
    } else {
        cJSON_AddNullToObject(o, "statement");
        cJSON_AddNullToObject(o, "statement_format");
    }
    if (lang && p->nharness > 0) {
        cJSON *sg = cJSON_AddObjectToObject(o, "signature");
        cJSON_AddStringToObject(sg, "language", lang->id);
        cJSON_AddBoolToObject(sg, "harness", has_harness);
        if (signature)
            cJSON_AddStringToObject(sg, "text", signature);
        else
            cJSON_AddNullToObject(sg, "text");
    } else {
        cJSON_AddNullToObject(o, "signature");
    }
    cJSON *samples = cJSON_AddArrayToObject(o, "samples");
    for (size_t i = 0; i < p->ntests; i++) {
        if (!p->tests[i].sample)
            continue;
        cJSON *s = cJSON_CreateObject();
        bool t1, t2;
        char *in = sample_text(p, p->tests[i].input, &t1);
        char *ans = sample_text(p, p->tests[i].answer, &t2);
        cJSON_AddStringToObject(s, "name", p->tests[i].name);
        cJSON_AddStringToObject(s, "input", in);
        cJSON_AddStringToObject(s, "answer", ans);
        cJSON_AddBoolToObject(s, "truncated", t1 || t2);
        free(in);
        free(ans);
        cJSON_AddItemToArray(samples, s);
    }
    return o;
}

cJSON *problem_view(const struct problem *p, char *err, size_t errlen)
{
    bool markdown = false;
    size_t slen = 0;
    char *statement = NULL, *spath = find_statement(p, &markdown);
    if (spath && !(statement = pkg_read(p->dir, spath, STATEMENT_MAX_BYTES, &slen, err, errlen))) {
        free(spath);
        return NULL;
    }
    cJSON *o = problem_view_json(p, NULL, statement, markdown, NULL);
    free(statement);
    free(spath);
    return o;
}

int cmd_problem(int argc, char **argv)
{
    enum { OPT_LANG = 256, OPT_WIDTH, OPT_PROBLEMS, OPT_LANGUAGES, OPT_JSON, OPT_HELP };
    static const struct option options[] = {
        {"lang", required_argument, NULL, OPT_LANG},
        {"width", required_argument, NULL, OPT_WIDTH},
        {"problems", required_argument, NULL, OPT_PROBLEMS},
        {"languages", required_argument, NULL, OPT_LANGUAGES},
        {"json", no_argument, NULL, OPT_JSON},
        {"help", no_argument, NULL, OPT_HELP},
        {NULL, 0, NULL, 0},
    };
    const char *lang_id = NULL, *problems_dir = NULL, *languages = NULL;
    long width = 0;
    bool json = false;
    char err[4096];
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", options, NULL)) != -1) {
        switch (c) {
        case OPT_LANG:
            lang_id = optarg;
            break;
        case OPT_WIDTH:
            if (cli_parse_long("--width", optarg, 20, 400, &width) < 0)
                return EXIT_USAGE;
            break;
        case OPT_PROBLEMS:
            problems_dir = optarg;
            break;
        case OPT_LANGUAGES:
            languages = optarg;
            break;
        case OPT_JSON:
            json = true;
            break;
        case OPT_HELP:
        case 'h':
            problem_usage(stdout);
            return EXIT_OK;
        default:
            problem_usage(stderr);
            return EXIT_USAGE;
        }
    }
    if (argc - optind != 1) {
        cli_error("problem needs one ID (usage: judge problem ID [--lang L]); `judge problems` "
                  "lists them");
        return EXIT_USAGE;
    }
    struct problem p;
    struct language_set langs = {0};
    char *path = problem_find(argv[optind], problems_dir, err, sizeof(err));
    if (!path) {
        cli_error("%s", err);
        return EXIT_USAGE;
    }
    int r = problem_load(path, &p, err, sizeof(err));
    free(path);
    if (r < 0) {
        cli_error("%s", err);
        return EXIT_USAGE;
    }
    r = EXIT_USAGE;
    const struct language *lang = NULL;
    char *statement = NULL, *signature = NULL, *spath = NULL;
    size_t slen = 0;
    if (lang_id) {
        if (lang_load(&langs, languages, err, sizeof(err)) < 0) {
            cli_error("%s", err);
            goto out;
        }
        if (!(lang = lang_by_id(&langs, lang_id))) {
            struct strbuf known = STRBUF_INIT;
            for (size_t i = 0; i < langs.count; i++)
                strbuf_addf(&known, "%s%s", i ? ", " : "", langs.langs[i].id);
            cli_error("unknown language '%s' (known: %s)", lang_id, known.buf);
            strbuf_release(&known);
            goto out;
        }
    }
    bool markdown = false;
    spath = find_statement(&p, &markdown);
    if (spath &&
        !(statement = pkg_read(p.dir, spath, STATEMENT_MAX_BYTES, &slen, err, sizeof(err)))) {
        cli_error("%s", err);
        goto out;
    }
    if (lang && markdown && p.nharness > 0)
        signature = statement_signature(statement, slen, lang->id, lang->extensions);
    bool has_harness = lang && problem_harness_for(&p, lang->id);

    if (json) {
        cJSON *o = problem_view_json(&p, lang, statement, markdown, signature);
        json_print_line(stdout, o);
        cJSON_Delete(o);
        r = EXIT_OK;
        goto out;
    }

    bool color = cli_use_color(stdout);
    const char *bold = color ? "\033[1m" : "", *reset = color ? "\033[0m" : "";
    char *title = text_visible_line(p.title ? p.title : p.id, 0), *id = text_visible_line(p.id, 0);
    printf("%s%s%s (%s)", bold, title, reset, id);
    free(title);
    free(id);
    if (p.difficulty) {
        char *d = text_visible_line(p.difficulty, 0);
        printf(" · %s", d);
        free(d);
    }
    char tb[32];
    if (p.time_limit_ms)
        printf(" · %s, %ld MiB\n", format_ms(p.time_limit_ms, tb, sizeof(tb)), p.memory_limit_mb);
    else
        printf(" · time limit derived, %ld MiB\n", p.memory_limit_mb);
    if (p.ntags) {
        struct strbuf tags = STRBUF_INIT;
        for (size_t i = 0; i < p.ntags; i++)
            strbuf_addf(&tags, "%s%s", i ? ", " : "", p.tags[i]);
        char *t = text_visible_line(tags.buf, 0);
        printf("tags: %s\n", t);
        free(t);
        strbuf_release(&tags);
    }
    if (p.nharness > 0) {
        struct strbuf l = STRBUF_INIT;
        for (size_t i = 0; i < p.nharness; i++)
            strbuf_addf(&l, "%s%s", i ? ", " : "", p.harness[i].language);
        char *lv = text_visible(l.buf, 0);
        printf("function-style: submit a function, not a program (languages: %s)\n", lv);
        free(lv);
        strbuf_release(&l);
    }
    if (p.interaction != INTERACTION_NONE)
        printf("interactive: your program talks with the judge's interactor\n");
    printf("\n");
    if (!statement) {
        printf("(the package has no statement)\n");
    } else {
        /* A LaTeX statement is read as Markdown first (judge/latex.c). */
        char *md = markdown ? NULL : latex_to_markdown(statement, slen);
        struct statement_style style = {.width = width ? (int)width : terminal_width(),
                                        .color = color};
        char *text = statement_render(md ? md : statement, md ? strlen(md) : slen, &style);
        fputs(text, stdout);
        free(text);
        free(md);
    }
    if (lang && p.nharness > 0) {
        printf("\n%sYour function (%s)%s:\n", bold, lang->name, reset);
        if (!has_harness)
            printf("  %s has no harness for %s: submit in one of the languages above\n", p.id,
                   lang->name);
        else if (!signature)
            printf("  (the statement gives no ```%s block: see above)\n", lang->id);
        else {
            char *v = text_visible(signature, 0);
            for (char *line = v; *line;) {
                size_t n = strcspn(line, "\n");
                printf("    %.*s\n", (int)n, line);
                line += n + (line[n] == '\n');
            }
            free(v);
        }
    } else if (p.nharness > 0) {
        printf("\n(--lang L shows the signature to write in your language)\n");
    }
    size_t k = 0;
    for (size_t i = 0; i < p.ntests; i++) {
        if (!p.tests[i].sample)
            continue;
        k++;
        bool t1, t2;
        char *in = sample_text(&p, p.tests[i].input, &t1);
        char *ans = sample_text(&p, p.tests[i].answer, &t2);
        char *name = text_visible_line(p.tests[i].name, 0);
        printf("\n%sSample %zu%s (%s; judge run %s SOLUTION --sample %zu)\n", bold, k, reset, name,
               p.id, k);
        free(name);
        report_show_block(stdout, "input", in, t1);
        report_show_block(stdout, "output", ans, t2);
        free(in);
        free(ans);
    }
    r = EXIT_OK;
out:
    free(statement);
    free(signature);
    free(spath);
    if (langs.langs)
        lang_set_release(&langs);
    problem_release(&p);
    return r;
}
