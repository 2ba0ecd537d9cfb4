/* cmd_week.c: `judge week`: the weekly sets: list, show, run, board, report; and the option
 * parsing and dispatch of every week subcommand (meeting and pairs are in cmd_meeting.c,
 * export in cmd_export.c). */
#define _GNU_SOURCE
#include "judge/cmd_week.h"
#include "judge/catalog.h"
#include "judge/cli.h"
#include "judge/history.h"
#include "judge/report.h"
#include "judge/routine.h"
#include "judge/stats.h"
#include "judge/util.h"
#include "judge/webhook.h"
#include "judge/weeks.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void week_usage(FILE *out)
{
    fprintf(out,
            "usage: judge week list\n"
            "       judge week show [WEEK] [--user U]\n"
            "       judge week run [WEEK] --dir DIR [--user U] [--style group|icpc] [test "
            "options]\n"
            "       judge week board [WEEK] [--style group|icpc]\n"
            "       judge week report [WEEK] [--style group|icpc] [--agenda] [--markdown]\n"
            "                         [--webhook URL] [--timeout S]\n"
            "       judge week meeting [WEEK] [--confirm] [--presenter PROBLEM=USER]... "
            "[--markdown]\n"
            "       judge week pairs [WEEK] [--k N] [--confirm]\n"
            "       judge week export DIR [WEEK]\n"
            "       judge week new ID --problems A,B,... [--starts DATE] (see --help of it)\n"
            "       judge week start DATE [--every N] [--sets A,B,...] (see --help of it)\n"
            "\n"
            "The weekly problem sets of the library (DIR/weeks/<id>.json, docs/history.md)\n"
            "and the group's weekly routine (docs/meeting.md). WEEK defaults to the current\n"
            "set (by today's date), else the latest started.\n"
            "\n"
            "  list      every set, the current one marked\n"
            "  show      the set's problems and where you stand on each\n"
            "  run       judge and record every DIR/<problem-id>.<ext> of the set, then\n"
            "            print the board; files matching no problem are listed; nothing\n"
            "            to judge is exit 1 (naming the set the files are of, if another)\n"
            "  board     the study group's board: the day each problem was first solved and\n"
            "            the attempts; a solve after the week ended is late and does not\n"
            "            count; ranked by solved, then first-try solves, then fewer attempts.\n"
            "            --style icpc: the contest board (time since the set began, +%d\n"
            "            minutes per rejected attempt before an AC)\n"
            "  report    the summary for the meeting, as Markdown; with --webhook, POSTed\n"
            "            as JSON to a Slack, Mattermost or Discord incoming webhook;\n"
            "            --agenda adds the meeting's agenda\n"
            "  meeting   the agenda: per problem who solved it and how, their notes, and a\n"
            "            presenter by a fair rotation (--confirm records the choice;\n"
            "            --presenter picks another solver); the reviews still open\n"
            "  pairs     who reviews whose accepted solutions this week (k each, by a\n"
            "            rotation; --confirm records them), and the review queue\n"
            "  new       write a new weekly set into the library, checked first\n"
            "  start     set the group's calendar: the undated sets' dates follow from it\n"
            "  export    write the week to DIR: each member's accepted source and notes per\n"
            "            problem, and a README with the board; only what changed is written\n"
            "\n"
            "  --json            print JSON (docs/history.md, docs/meeting.md)\n"
            "  --user U          who you are (show, run, meeting, pairs, export)\n"
            "  --db FILE         the history (default: $JUDGE_DB,\n"
            "                    $XDG_DATA_HOME/judge/history.db)\n"
            "  --problems DIR    the problem library (default: $JUDGE_PROBLEMS, ./problems)\n"
            "  --k N             pairs, meeting: reviews per member per week (default %d)\n"
            "  --timeout S       report: give up on the webhook after S seconds (default 10)\n"
            "  --time-limit, --memory-limit, --fail-fast, -j, --languages: run, as for\n"
            "                    `judge test`\n"
            "\n"
            "Exit status: 0 success (run: every solution accepted), 1 a verdict other than\n"
            "AC or nothing judged (run) or the webhook failed (report), 2 bad usage or a bad\n"
            "file, 3 the judge failed.\n",
            BOARD_PENALTY_MINUTES, PAIRS_DEFAULT_K);
}

static int week_options_parse(int argc, char **argv, struct week_cli *w)
{
    enum {
        OPT_DIR = JUDGE_CLI_OPT_END,
        OPT_MARKDOWN,
        OPT_WEBHOOK,
        OPT_TIMEOUT,
        OPT_STYLE,
        OPT_CONFIRM,
        OPT_PRESENTER,
        OPT_K,
        OPT_AGENDA,
    };
    static const struct option options[] = {
        JUDGE_CLI_LONG_OPTIONS,
        {"dir", required_argument, NULL, OPT_DIR},
        {"markdown", no_argument, NULL, OPT_MARKDOWN},
        {"webhook", required_argument, NULL, OPT_WEBHOOK},
        {"timeout", required_argument, NULL, OPT_TIMEOUT},
        {"style", required_argument, NULL, OPT_STYLE},
        {"confirm", no_argument, NULL, OPT_CONFIRM},
        {"presenter", required_argument, NULL, OPT_PRESENTER},
        {"k", required_argument, NULL, OPT_K},
        {"agenda", no_argument, NULL, OPT_AGENDA},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    struct judge_cli *j = &w->judge;
    int c;
    bool style = false, k = false;

    memset(w, 0, sizeof(*w));
    judge_cli_init(j);
    w->timeout_s = 10;
    w->k = PAIRS_DEFAULT_K;
    optind = 1;
    while ((c = getopt_long(argc, argv, "j:h", options, NULL)) != -1) {
        switch (c) {
        case OPT_DIR:
            w->dir = optarg;
            break;
        case OPT_MARKDOWN:
            w->markdown = true;
            break;
        case OPT_STYLE:
            if (strcmp(optarg, "group") != 0 && strcmp(optarg, "icpc") != 0) {
                cli_error("--style must be group or icpc (got '%s')", optarg);
                return EXIT_USAGE;
            }
            w->icpc = strcmp(optarg, "icpc") == 0;
            style = true;
            break;
        case OPT_CONFIRM:
            w->confirm = true;
            break;
        case OPT_PRESENTER:
            if (!strchr(optarg, '=') || optarg[0] == '=' || !strchr(optarg, '=')[1]) {
                cli_error("--presenter must be PROBLEM=USER (got '%s')", optarg);
                return EXIT_USAGE;
            }
            if (w->npresenters == WEEK_CLI_PRESENTERS_MAX) {
                cli_error("at most %d --presenter options", WEEK_CLI_PRESENTERS_MAX);
                return EXIT_USAGE;
            }
            w->presenters[w->npresenters++] = optarg;
            break;
        case OPT_K:
            if (cli_parse_long("--k", optarg, 1, 50, &w->k) < 0)
                return EXIT_USAGE;
            k = true;
            break;
        case OPT_AGENDA:
            w->agenda = true;
            break;
        case OPT_WEBHOOK: {
            char why[256];
            if (webhook_check_url(optarg, why, sizeof(why)) < 0) {
                cli_error("%s", why);
                return EXIT_USAGE;
            }
            w->webhook = optarg;
            break;
        }
        case OPT_TIMEOUT:
            if (cli_parse_long("--timeout", optarg, 1, 600, &w->timeout_s) < 0)
                return EXIT_USAGE;
            break;
        case 'h':
            return -1;
        default: {
            int r = judge_cli_option(c, optarg, j);
            if (r != 0)
                return EXIT_USAGE;
        }
        }
    }
    int nargs = argc - optind;
    if (nargs < 1) {
        cli_error("week needs a subcommand: list, show, run, board, report, meeting, pairs or "
                  "export");
        return EXIT_USAGE;
    }
    w->subcommand = argv[optind];
    bool run = strcmp(w->subcommand, "run") == 0;
    bool report = strcmp(w->subcommand, "report") == 0;
    bool meeting = strcmp(w->subcommand, "meeting") == 0;
    bool pairs = strcmp(w->subcommand, "pairs") == 0;
    bool export = strcmp(w->subcommand, "export") == 0;
    bool board = strcmp(w->subcommand, "board") == 0;
    int first = optind + 1;
    if (export) {
        if (nargs < 2) {
            cli_error("week export needs DIR (usage: judge week export DIR [WEEK])");
            return EXIT_USAGE;
        }
        w->export_dir = argv[first++];
        nargs--;
    }
    if (nargs > 2 || (nargs == 2 && strcmp(w->subcommand, "list") == 0)) {
        cli_error("too many arguments to 'week %s' (got '%s')", w->subcommand, argv[argc - 1]);
        return EXIT_USAGE;
    }
    w->week_arg = nargs == 2 ? argv[first] : NULL;
    if (run != (w->dir != NULL)) {
        cli_error(run ? "week run needs --dir DIR (the folder of solutions)"
                      : "--dir goes with 'week run' only");
        return EXIT_USAGE;
    }
    if (!report && (w->webhook || w->agenda)) {
        cli_error("--webhook and --agenda go with 'week report' only");
        return EXIT_USAGE;
    }
    if (!report && !meeting && w->markdown) {
        cli_error("--markdown goes with 'week report' and 'week meeting' only");
        return EXIT_USAGE;
    }
    if (style && !board && !run && !report) {
        cli_error("--style goes with 'week board', 'week run' and 'week report' only");
        return EXIT_USAGE;
    }
    if (w->confirm && !meeting && !pairs) {
        cli_error("--confirm goes with 'week meeting' and 'week pairs' only");
        return EXIT_USAGE;
    }
    if (w->npresenters && !meeting) {
        cli_error("--presenter goes with 'week meeting' only");
        return EXIT_USAGE;
    }
    if (k && !meeting && !pairs) {
        cli_error("--k goes with 'week meeting' and 'week pairs' only");
        return EXIT_USAGE;
    }
    if (w->markdown && w->judge.json && meeting) {
        cli_error("--markdown and --json do not go together");
        return EXIT_USAGE;
    }
    return 0;
}

/* The week named on the command line, else the default one; NULL after printing why. */
static const struct week *chosen_week(const struct week_cli *w)
{
    if (w->weeks.count == 0) {
        cli_error("no weekly sets: add weeks/<id>.json to the problem library (see "
                  "docs/problem-format.md)");
        return NULL;
    }
    if (!w->week_arg)
        return week_set_default(&w->weeks, w->today);
    const struct week *found = week_set_find(&w->weeks, w->week_arg);
    if (!found && week_set_find_skipped(&w->weeks, w->week_arg)) {
        cli_error("%s is skipped by the group's calendar (judge week start --sets ... puts it "
                  "back)",
                  w->week_arg);
    } else if (!found) {
        struct strbuf known = STRBUF_INIT;
        for (size_t i = 0; i < w->weeks.count; i++)
            strbuf_addf(&known, "%s%s", i ? ", " : "", w->weeks.weeks[i].id);
        cli_error("unknown week '%s' (the sets are: %s)", w->week_arg, known.buf);
        strbuf_release(&known);
    }
    return found;
}

void week_cli_print_json(cJSON *o)
{
    json_print_line(stdout, o);
    cJSON_Delete(o);
}

static void print_json(cJSON *o)
{
    week_cli_print_json(o);
}

int week_cli_open_history(const struct week_cli *w, bool write, struct hist_db **db)
{
    char err[4096];
    int r = hist_open(w->judge.db, write, db, err, sizeof(err));
    if (r == HIST_OK)
        return EXIT_OK;
    cli_error("%s", err);
    return r == HIST_ESYSTEM ? EXIT_SYSTEM : EXIT_USAGE;
}

/* The submissions recorded in week (everyone's, or one user's), oldest first, and the
 * attempts over them. */
struct week_history {
    struct hist_submission *rows;
    size_t nrows;
    struct stats_attempt *attempts;
    size_t nattempts;
};

static int load_week_history(struct hist_db *db, const struct week *w, const char *user,
                             struct week_history *h)
{
    char err[4096];
    struct hist_filter f = {.week = w->id, .user = user, .oldest_first = true};
    memset(h, 0, sizeof(*h));
    int r = hist_list(db, &f, &h->rows, &h->nrows, err, sizeof(err));
    if (r != HIST_OK) {
        cli_error("%s", err);
        return r == HIST_ESYSTEM ? EXIT_SYSTEM : EXIT_USAGE;
    }
    h->nattempts = stats_attempts_from_history(h->rows, h->nrows, &h->attempts);
    return EXIT_OK;
}

static void week_history_release(struct week_history *h)
{
    hist_list_free(h->rows, h->nrows);
    free(h->attempts);
    memset(h, 0, sizeof(*h));
}

static void print_week_header(const struct week *w, int today)
{
    const char *when = week_includes_day(w, today) ? " (current)"
                       : w->ends_day < today       ? " (finished)"
                                                   : " (to come)";
    char *title = text_visible(w->title, 0);
    printf("%s · %s · %s to %s%s\n", w->id, title, w->starts, w->ends, when);
    free(title);
}

/* ---- list ---- */

static int week_list_print(struct week_cli *w, const struct week *current,
                           const struct week_calendar *cal);

static int week_list(struct week_cli *w)
{
    const struct week *current = week_set_current(&w->weeks, w->today);
    struct week_calendar cal;
    char err[4096];
    int hr = hist_calendar_read(w->judge.db, &cal, err, sizeof(err));
    if (hr != HIST_OK) {
        cli_error("%s", err);
        return hr == HIST_ESYSTEM ? EXIT_SYSTEM : EXIT_USAGE;
    }
    int r = week_list_print(w, current, &cal);
    week_calendar_release(&cal);
    return r;
}

static int week_list_print(struct week_cli *w, const struct week *current,
                           const struct week_calendar *cal)
{
    if (w->judge.json) {
        char date[11];
        cJSON *o = cJSON_CreateObject();
        week_date_format(w->today, date);
        cJSON_AddStringToObject(o, "today", date);
        if (current)
            cJSON_AddStringToObject(o, "current", current->id);
        else
            cJSON_AddNullToObject(o, "current");
        cJSON *list = cJSON_AddArrayToObject(o, "weeks");
        for (size_t i = 0; i < w->weeks.count; i++) {
            cJSON *x = week_json(&w->weeks.weeks[i]);
            cJSON_AddBoolToObject(x, "current", &w->weeks.weeks[i] == current);
            cJSON_AddItemToArray(list, x);
        }
        cJSON *skipped = cJSON_AddArrayToObject(o, "skipped");
        for (size_t i = 0; i < w->weeks.nskipped; i++)
            cJSON_AddItemToArray(skipped, week_json(&w->weeks.skipped[i]));
        cJSON_AddItemToObject(o, "calendar", calendar_to_json(cal));
        print_json(o);
        return EXIT_OK;
    }
    if (w->weeks.count == 0 && w->weeks.nskipped == 0) {
        printf("no weekly sets in the problem library\n");
        return EXIT_OK;
    }
    bool color = cli_use_color(stdout);
    printf("  %-14s %-10s %-10s %8s  %s\n", "week", "starts", "ends", "problems", "title");
    for (size_t i = 0; i < w->weeks.count; i++) {
        const struct week *x = &w->weeks.weeks[i];
        bool now = x == current;
        char *title = text_visible(x->title, 0);
        printf("%s%s %-14s %-10s %-10s %8zu  %s%s%s\n", now && color ? "\033[1m" : "",
               now ? "*" : " ", x->id, x->starts, x->ends, x->nproblems, title,
               now ? "  (current)" : "", now && color ? "\033[0m" : "");
        free(title);
    }
    calendar_print(stdout, cal, &w->weeks);
    return EXIT_OK;
}

/* ---- show ---- */

static int week_show(struct week_cli *w, const struct week *week)
{
    char err[4096];
    char *user = hist_user(w->judge.user, err, sizeof(err));
    if (!user) {
        cli_error("%s", err);
        return EXIT_USAGE;
    }
    struct hist_db *db;
    struct week_history h;
    int r = week_cli_open_history(w, false, &db);
    if (r != EXIT_OK)
        goto out_free_user;
    if ((r = load_week_history(db, week, user, &h)) != EXIT_OK)
        goto out_close;

    /* The user's board row holds the status of every problem. */
    struct board b;
    board_compute(&b, week, week_local_midnight(week->starts_day), h.attempts, h.nattempts);
    const struct board_cell *cells = b.nrows ? b.rows[0].cells : NULL;
    char *lib = problem_library_dir(w->judge.problems_dir);
    cJSON *json = NULL, *list = NULL;
    if (w->judge.json) {
        json = cJSON_CreateObject();
        cJSON_AddItemToObject(json, "week", week_json(week));
        cJSON_AddBoolToObject(json, "current", week_includes_day(week, w->today));
        cJSON_AddStringToObject(json, "user", user);
        list = cJSON_AddArrayToObject(json, "problems");
    } else {
        print_week_header(week, w->today);
        printf("%s: %d of %zu solved\n\n", user, b.nrows ? b.rows[0].solved : 0, week->nproblems);
        printf("  %-28s %-28s %8s %8s  %-11s %-24s %s\n", "problem", "title", "time", "memory",
               "style", "tags", "status");
    }
    bool color = cli_use_color(stdout);
    for (size_t i = 0; i < week->nproblems; i++) {
        const char *id = week->problems[i];
        /* The package's summary as `judge problems` lists it (catalog.h): a package that does
         * not load is shown as such (the set is valid; `judge check` reports the package). */
        struct catalog_entry e;
        char *path = lib ? path_join(lib, id) : xstrdup(id);
        catalog_entry_load(&e, id, path);
        free(path);
        bool loaded = !e.error;
        int attempts = cells ? cells[i].attempts : 0;
        bool solved = cells && cells[i].solved;
        const char *status = solved ? "solved" : attempts ? "attempted" : "not started";
        struct strbuf tags = STRBUF_INIT;
        for (size_t t = 0; t < e.ntags; t++)
            strbuf_addf(&tags, "%s%s", t ? ", " : "", e.tags[t]);
        if (json) {
            cJSON *x = cJSON_CreateObject();
            cJSON_AddStringToObject(x, "id", id);
            cJSON_AddStringToObject(x, "title", e.title);
            cJSON_AddNumberToObject(x, "time_limit_ms", (double)e.time_limit_ms);
            cJSON_AddNumberToObject(x, "memory_limit_mb", (double)e.memory_limit_mb);
            cJSON *tl = cJSON_AddArrayToObject(x, "tags");
            for (size_t t = 0; t < e.ntags; t++)
                cJSON_AddItemToArray(tl, cJSON_CreateString(e.tags[t]));
            if (e.difficulty)
                cJSON_AddStringToObject(x, "difficulty", e.difficulty);
            else
                cJSON_AddNullToObject(x, "difficulty");
            cJSON_AddBoolToObject(x, "function", e.function);
            cJSON *fl = cJSON_AddArrayToObject(x, "function_languages");
            for (char **l = e.languages; l && *l; l++)
                cJSON_AddItemToArray(fl, cJSON_CreateString(*l));
            cJSON_AddStringToObject(x, "status", status);
            cJSON_AddNumberToObject(x, "attempts", attempts);
            cJSON_AddItemToArray(list, x);
        } else {
            char t[32], status_text[64];
            format_ms(e.time_limit_ms, t, sizeof(t));
            if (attempts)
                snprintf(status_text, sizeof(status_text), "%s (%d attempt%s)", status, attempts,
                         attempts == 1 ? "" : "s");
            else
                snprintf(status_text, sizeof(status_text), "%s", status);
            const char *on = !color ? "" : solved ? "\033[32m" : attempts ? "\033[31m" : "";
            /* Titles and tags come from packages: shown, never obeyed. */
            char *title = text_visible(loaded ? e.title : "(package not loadable)", 28);
            char *tag_text = text_visible(tags.buf, 24);
            printf("  %-28s %-28s %8s %5ld MB  %-11s %-24s %s%s%s\n", id, title, loaded ? t : "-",
                   e.memory_limit_mb, catalog_style_name(&e), tag_text, on, status_text,
                   *on ? "\033[0m" : "");
            free(title);
            free(tag_text);
        }
        strbuf_release(&tags);
        catalog_entry_release(&e);
    }
    if (json)
        print_json(json);
    free(lib);
    board_release(&b);
    week_history_release(&h);
out_close:
    hist_close(db);
out_free_user:
    free(user);
    return r;
}

/* ---- board ---- */

static void print_board(const struct board *b, int today)
{
    const struct week *w = b->week;
    bool color = cli_use_color(stdout);
    char hm[32], cell_text[48];
    print_week_header(w, today);
    for (size_t p = 0; p < w->nproblems; p++)
        printf("  %c  %s\n", p < 26 ? (int)('A' + p) : '?', w->problems[p]);
    printf("\n");
    if (b->nrows == 0) {
        printf("no submissions recorded for %s yet\n", w->id);
        return;
    }
    printf("  %4s  %-16s", "rank", "member");
    for (size_t p = 0; p < w->nproblems; p++)
        printf(" %11c", p < 26 ? (int)('A' + p) : '?');
    printf(" %7s %9s\n", "solved", "time");
    for (size_t r = 0; r < b->nrows; r++) {
        const struct board_row *row = &b->rows[r];
        printf("  %4d  %-16s", row->rank, row->user);
        for (size_t p = 0; p < w->nproblems; p++) {
            const struct board_cell *cell = &row->cells[p];
            const char *on = "";
            if (cell->solved) {
                snprintf(cell_text, sizeof(cell_text), "%s (%d)",
                         board_format_minutes(cell->minutes, hm, sizeof(hm)), cell->attempts);
                on = color ? "\033[32m" : "";
            } else if (cell->attempts) {
                snprintf(cell_text, sizeof(cell_text), "-%d", cell->attempts);
                on = color ? "\033[31m" : "";
            } else {
                snprintf(cell_text, sizeof(cell_text), ".");
            }
            printf(" %s%11s%s", on, cell_text, *on ? "\033[0m" : "");
        }
        printf(" %7d %9s\n", row->solved, board_format_minutes(row->total_minutes, hm, sizeof(hm)));
    }
    printf("\nA cell: time of the first AC since the set began (hours:minutes) and attempts;\n"
           "-N: N attempts, not solved. Time adds %d minutes per rejected attempt before an "
           "AC.\n",
           BOARD_PENALTY_MINUTES);
}

static void print_group_board(const struct group_board *b, int today)
{
    const struct week *w = b->week;
    bool color = cli_use_color(stdout);
    char cell_text[64];
    print_week_header(w, today);
    for (size_t p = 0; p < w->nproblems; p++)
        printf("  %c  %s\n", p < 26 ? (int)('A' + p) : '?', w->problems[p]);
    printf("\n");
    if (b->nrows == 0) {
        printf("no submissions recorded for %s yet\n", w->id);
        return;
    }
    printf("  %4s  %-16s", "rank", "member");
    for (size_t p = 0; p < w->nproblems; p++)
        printf(" %15c", p < 26 ? (int)('A' + p) : '?');
    printf(" %7s %9s %8s\n", "solved", "first try", "attempts");
    for (size_t r = 0; r < b->nrows; r++) {
        const struct group_row *row = &b->rows[r];
        char *user = text_visible(row->user, 16);
        printf("  %4d  %-16s", row->rank, user);
        free(user);
        for (size_t p = 0; p < w->nproblems; p++) {
            const struct group_cell *cell = &row->cells[p];
            const char *on = !color           ? ""
                             : cell->solved   ? "\033[32m"
                             : cell->late     ? "\033[33m"
                             : cell->attempts ? "\033[31m"
                                              : "";
            printf(" %s%15s%s", on, group_cell_text(cell, cell_text, sizeof(cell_text)),
                   *on ? "\033[0m" : "");
        }
        printf(" %7d %9d %8d\n", row->solved, row->first_try, row->attempts);
    }
    printf("\nA cell: the day of the first AC and the attempts it took; late: solved after the\n"
           "week ended (not counted); -N: N attempts, not solved. Ranked by solved, then\n"
           "first-try solves, then fewer attempts.\n");
}

/* The week's board in either style, from the history. */
struct week_board {
    bool icpc;
    struct board icpc_board;
    struct group_board group;
    struct week_history h;
};

/* Computes the week's board from the history; EXIT_OK with *b to release. */
static int compute_board(struct hist_db *db, const struct week *week, bool icpc,
                         struct week_board *b)
{
    memset(b, 0, sizeof(*b));
    b->icpc = icpc;
    int r = load_week_history(db, week, NULL, &b->h);
    if (r != EXIT_OK)
        return r;
    if (icpc)
        board_compute(&b->icpc_board, week, week_local_midnight(week->starts_day), b->h.attempts,
                      b->h.nattempts);
    else
        group_board_compute(&b->group, week, b->h.attempts, b->h.nattempts);
    return EXIT_OK;
}

static void week_board_release(struct week_board *b)
{
    if (b->icpc)
        board_release(&b->icpc_board);
    else
        group_board_release(&b->group);
    week_history_release(&b->h);
}

static cJSON *week_board_json(const struct week_board *b)
{
    if (!b->icpc)
        return group_board_json(&b->group);
    cJSON *o = board_json(&b->icpc_board);
    cJSON_AddStringToObject(o, "style", "icpc");
    return o;
}

static void week_board_print(const struct week_board *b, int today)
{
    if (b->icpc)
        print_board(&b->icpc_board, today);
    else
        print_group_board(&b->group, today);
}

static int week_board(struct week_cli *w, const struct week *week)
{
    struct hist_db *db;
    struct week_board b;
    int r = week_cli_open_history(w, false, &db);
    if (r != EXIT_OK)
        return r;
    if ((r = compute_board(db, week, w->icpc, &b)) == EXIT_OK) {
        if (w->judge.json)
            print_json(week_board_json(&b));
        else
            week_board_print(&b, w->today);
        week_board_release(&b);
    }
    hist_close(db);
    return r;
}

/* ---- report ---- */

static int week_report(struct week_cli *w, const struct week *week)
{
    struct hist_db *db;
    struct week_board b;
    char err[1024];
    int r = week_cli_open_history(w, false, &db);
    if (r != EXIT_OK)
        return r;
    /* The history is only read: a failed post can simply be sent again. */
    if ((r = compute_board(db, week, w->icpc, &b)) != EXIT_OK)
        goto out_close;
    char *agenda_md = NULL;
    cJSON *agenda_json = NULL;
    if (w->agenda && (r = week_agenda_for_group(w, db, week, &agenda_md, &agenda_json)) != EXIT_OK)
        goto out_release;
    char *report = w->icpc ? board_report_markdown(&b.icpc_board) : group_report_markdown(&b.group);
    struct strbuf markdown = STRBUF_INIT;
    strbuf_addstr(&markdown, report);
    free(report);
    if (agenda_md) {
        strbuf_addstr(&markdown, "\n");
        strbuf_addstr(&markdown, agenda_md);
    }
    if (w->judge.json) {
        cJSON *o = w->icpc ? board_report_json(&b.icpc_board) : group_report_json(&b.group);
        if (w->icpc)
            cJSON_AddStringToObject(cJSON_GetObjectItemCaseSensitive(o, "board"), "style", "icpc");
        if (agenda_json) {
            cJSON_AddItemToObject(o, "agenda", agenda_json);
            agenda_json = NULL;
        }
        print_json(o);
    } else if (!w->webhook || w->markdown) {
        fputs(markdown.buf, stdout);
    }
    fflush(stdout);
    if (w->webhook) {
        char *payload = webhook_payload(markdown.buf);
        char *origin = webhook_origin(w->webhook);
        if (webhook_post(w->webhook, payload, w->timeout_s, err, sizeof(err)) < 0) {
            cli_error("%s report not sent: %s", week->id, err);
            r = EXIT_VERDICT;
        } else {
            fprintf(stderr, "%s: %s report posted to %s\n", cli_program, week->id, origin);
        }
        free(origin);
        free(payload);
    }
    strbuf_release(&markdown);
    free(agenda_md);
    cJSON_Delete(agenda_json);
out_release:
    week_board_release(&b);
out_close:
    hist_close(db);
    return r;
}

/* ---- run ---- */

/* An entry of the solutions folder: a regular file to consider, or something skipped. */
struct solution_entry {
    char *name;
    const char *skipped; /* why it is not judged, or NULL */
};

static int compare_entries(const void *a, const void *b)
{
    return natural_compare(((const struct solution_entry *)a)->name,
                           ((const struct solution_entry *)b)->name);
}

/* Why an entry that is not a regular file is not judged. */
static const char *not_regular(mode_t mode)
{
    if (S_ISLNK(mode))
        return "a symbolic link: only regular files in the folder are judged";
    if (S_ISDIR(mode))
        return "a directory: only regular files are judged";
    if (S_ISFIFO(mode))
        return "a FIFO: only regular files are judged";
    return "not a regular file";
}

/*
 * The non-hidden entries of the folder (open as dirfd), in natural order: regular files to
 * consider, and the others (symbolic links, directories, FIFOs, devices) with the reason they
 * are skipped. Nothing is followed: a symbolic link is never read, whatever it points at.
 */
static struct solution_entry *list_solutions(int dirfd, const char *dir, size_t *count)
{
    int fd = dup(dirfd);
    DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
    if (!d) {
        cli_error("%s: %s", dir, strerror(errno));
        if (fd >= 0)
            close(fd);
        return NULL;
    }
    struct solution_entry *list = xcalloc(1, sizeof(*list));
    struct dirent *de;
    *count = 0;
    while ((de = readdir(d))) {
        if (de->d_name[0] == '.')
            continue;
        struct stat st;
        const char *skipped = NULL;
        if (fstatat(dirfd, de->d_name, &st, AT_SYMLINK_NOFOLLOW) < 0)
            skipped = "cannot be examined";
        else if (!S_ISREG(st.st_mode))
            skipped = not_regular(st.st_mode);
        list = xrealloc(list, (*count + 1) * sizeof(*list));
        list[*count].name = xstrdup(de->d_name);
        list[*count].skipped = skipped;
        (*count)++;
    }
    closedir(d);
    sort_array(list, *count, sizeof(*list), compare_entries);
    return list;
}

/* Whether two stats are of the same file, unchanged: the one the judge read, still there. */
static bool same_file(const struct stat *a, const struct stat *b)
{
    return a->st_dev == b->st_dev && a->st_ino == b->st_ino && a->st_size == b->st_size &&
           a->st_mtim.tv_sec == b->st_mtim.tv_sec && a->st_mtim.tv_nsec == b->st_mtim.tv_nsec &&
           a->st_ctim.tv_sec == b->st_ctim.tv_sec && a->st_ctim.tv_nsec == b->st_ctim.tv_nsec;
}

/* Whether path names, without following a final symbolic link, the regular file st
 * describes, unchanged. */
static bool still_there(const char *path, const struct stat *st)
{
    struct stat now;
    return lstat(path, &now) == 0 && S_ISREG(now.st_mode) && same_file(st, &now);
}

/* The worse of two exit statuses, for a run over many files. */
static int worse(int a, int b)
{
    static const int order[] = {
        [EXIT_OK] = 0, [EXIT_VERDICT] = 1, [EXIT_USAGE] = 2, [EXIT_SYSTEM] = 3};
    return order[b] > order[a] ? b : a;
}

/* Prints (or adds to results) the line of one file of a run. */
static void run_line(const char *name, const char *problem, const struct judgement *j, long long id,
                     cJSON *results)
{
    char t[32];
    if (results) {
        cJSON *x = cJSON_CreateObject();
        cJSON_AddStringToObject(x, "file", name);
        cJSON_AddStringToObject(x, "problem", problem);
        if (j) {
            cJSON_AddStringToObject(x, "verdict", verdict_name(j->verdict));
            cJSON_AddNumberToObject(x, "passed", (double)j->passed);
            cJSON_AddNumberToObject(x, "total", (double)j->total);
        } else {
            cJSON_AddNullToObject(x, "verdict");
        }
        if (id)
            cJSON_AddNumberToObject(x, "submission_id", (double)id);
        else
            cJSON_AddNullToObject(x, "submission_id");
        cJSON_AddItemToArray(results, x);
    } else if (j) {
        bool color = cli_use_color(stdout);
        char *shown = text_visible(name, 0);
        printf("  %-32s %s%-4s%s %3zu/%-3zu %9s  ", shown, verdict_color(j->verdict, color),
               verdict_name(j->verdict), color_reset(color), j->passed, j->total,
               format_ms(j->max_time_ms, t, sizeof(t)));
        free(shown);
        if (id)
            printf("recorded as #%lld\n", id);
        else
            printf("not recorded\n");
    } else {
        char *shown = text_visible(name, 0);
        printf("  %-32s not judged (the error is above)\n", shown);
        free(shown);
    }
    fflush(stdout);
}

/* Judges and records one solution in week. */
static int run_one(struct week_cli *w, struct hist_db *db, const char *user,
                   const struct week *week, int dirfd, const char *name, const char *problem,
                   cJSON *results)
{
    char err[4096];
    char *path = path_join(w->dir, name);
    size_t len;
    long long id = 0;
    struct problem p;
    struct language_set langs;
    struct judgement j;
    int r;
    /* The source is read through a descriptor opened without following a symbolic link (or
     * blocking on a FIFO put there meanwhile), and must still be that same regular file,
     * unchanged, after judging: what is judged and recorded is the folder's own file. */
    char *source = NULL;
    struct stat st;
    bool truncated = false;
    int fd = openat(dirfd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd >= 0 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode))
        source = read_fd_head(fd, HIST_SOURCE_MAX, &truncated);
    int e = fd < 0 ? errno : 0;
    if (fd >= 0)
        close(fd);
    if (!source || truncated || !still_there(path, &st)) {
        cli_error("%s: %s", path,
                  truncated    ? "larger than the 1 MiB a history keeps"
                  : e == ELOOP ? "a symbolic link: only regular files in the folder are judged"
                  : e          ? strerror(e)
                               : "changed while it was being read: not judged");
        free(source);
        run_line(name, problem, NULL, 0, results);
        r = EXIT_USAGE;
        goto out_free_path;
    }
    len = (size_t)st.st_size;
    /* Judged in the set's name: its "feedback" applies, to the report and to what is
     * recorded. */
    w->judge.weeks = &w->weeks;
    w->judge.week_id = week->id;
    if ((r = judge_cli_judge(&w->judge, problem, path, &p, &langs, &j)) != EXIT_OK) {
        run_line(name, problem, NULL, 0, results);
        goto out_free_source;
    }
    r = judge_cli_exit_status(&j);
    if (!still_there(path, &st)) {
        cli_error("%s: changed while it was being judged: not recorded", path);
        r = EXIT_USAGE;
    } else if (j.verdict == VERDICT_SE) {
        cli_error("%s: not recorded: a system error is the judge's own failure (%s)", name,
                  j.error ? j.error : "?");
    } else {
        struct hist_submission s;
        hist_submission_from_judgement(&s, &j, &p, user, week->id, source, len);
        int hr = hist_record(db, &s, &id, err, sizeof(err));
        hist_submission_release(&s);
        if (hr != HIST_OK) {
            cli_error("%s", err);
            r = hr == HIST_ESYSTEM ? EXIT_SYSTEM : EXIT_USAGE;
            id = 0;
        }
    }
    run_line(name, problem, &j, id, results);
    judgement_release(&j);
    lang_set_release(&langs);
    problem_release(&p);
out_free_source:
    free(source);
out_free_path:
    free(path);
    return r;
}

/* The problem id a file of the folder is named after: its name up to the last dot. */
static char *file_stem(const char *name)
{
    const char *dot = strrchr(name, '.');
    return xstrndup(name, dot ? (size_t)(dot - name) : strlen(name));
}

/* How many of the folder's entries `week run` of week would judge (regular files named
 * <problem-id>.<ext> of its problems, in a language), their problems listed in found. */
static size_t files_of_week(const struct week *week, const struct solution_entry *names, size_t n,
                            const struct language_set *langs, struct strbuf *found)
{
    size_t count = 0;
    for (size_t i = 0; i < n; i++) {
        char *stem = file_stem(names[i].name);
        if (!names[i].skipped && week_has_problem(week, stem) &&
            lang_for_file(langs, names[i].name)) {
            if (found)
                strbuf_addf(found, "%s%s", count ? ", " : "", stem);
            count++;
        }
        free(stem);
    }
    return count;
}

/* The other set most of the folder's files are solutions of (the latest of a tie), or NULL
 * when no file is one of another set's. */
static const struct week *matching_week(const struct week_set *weeks, const struct week *chosen,
                                        const struct solution_entry *names, size_t n,
                                        const struct language_set *langs)
{
    const struct week *best = NULL;
    size_t most = 0;
    /* Sorted by start: a later set of as many files replaces an earlier one. */
    for (size_t i = 0; i < weeks->count; i++) {
        const struct week *other = &weeks->weeks[i];
        size_t count = other == chosen ? 0 : files_of_week(other, names, n, langs, NULL);
        if (count > 0 && count >= most) {
            best = other;
            most = count;
        }
    }
    return best;
}

/* s as one word of a shell command line: as it is when it needs no quoting, else quoted. */
static void add_shell_word(struct strbuf *sb, const char *s)
{
    bool plain = *s != '\0';
    for (const char *c = s; *c; c++) {
        if (!strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_./:@%+=,-", *c))
            plain = false;
    }
    if (plain) {
        strbuf_addstr(sb, s);
        return;
    }
    strbuf_addstr(sb, "'");
    for (const char *c = s; *c; c++) {
        if (*c == '\'')
            strbuf_addstr(sb, "'\\''");
        else
            strbuf_add(sb, c, 1);
    }
    strbuf_addstr(sb, "'");
}

/*
 * Why a run judged nothing (exit 1): the folder is empty; or none of its files is a problem
 * of the set, and those of another set are (named, with the command that judges them); or
 * none is a solution of any set; or the ones named after the set's problems are in no
 * language. Sets *other to the other set, if any.
 */
static void explain_nothing_judged(const struct week_cli *w, const struct week *week,
                                   const struct solution_entry *names, size_t nnames,
                                   const struct language_set *langs, const struct week **other)
{
    *other = NULL;
    if (nnames == 0) {
        cli_error("%s holds no files: nothing judged (a solution of %s is %s/<problem-id>.<ext>)",
                  w->dir, week->id, w->dir);
        return;
    }
    bool named = false;
    for (size_t i = 0; i < nnames && !named; i++) {
        char *stem = file_stem(names[i].name);
        named = !names[i].skipped && week_has_problem(week, stem);
        free(stem);
    }
    if (named) {
        cli_error("no file in %s was judged: those named after problems of %s are in no language "
                  "the judge knows (see `not judged` above)",
                  w->dir, week->id);
        return;
    }
    *other = matching_week(&w->weeks, week, names, nnames, langs);
    if (!*other) {
        cli_error("none of the files in %s is a problem of %s, nor of another set: nothing judged "
                  "(a solution of %s is %s/<problem-id>.<ext>)",
                  w->dir, week->id, week->id, w->dir);
        return;
    }
    struct strbuf found = STRBUF_INIT, command = STRBUF_INIT;
    files_of_week(*other, names, nnames, langs, &found);
    add_shell_word(&command, w->dir);
    cli_error("none of these files is a problem of %s; they match %s (%s): judge week run %s "
              "--dir %s",
              week->id, (*other)->id, found.buf, (*other)->id, command.buf);
    strbuf_release(&found);
    strbuf_release(&command);
}

static int week_run(struct week_cli *w, const struct week *week)
{
    char err[4096];
    size_t nnames;
    int r;
    char *user = hist_user(w->judge.user, err, sizeof(err));
    if (!user) {
        cli_error("%s", err);
        return EXIT_USAGE;
    }
    int dirfd = open(w->dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirfd < 0) {
        cli_error("%s: %s", w->dir, strerror(errno));
        free(user);
        return EXIT_USAGE;
    }
    struct solution_entry *names = list_solutions(dirfd, w->dir, &nnames);
    if (!names) {
        close(dirfd);
        free(user);
        return EXIT_USAGE;
    }
    struct language_set langs;
    if (lang_load(&langs, w->judge.languages, err, sizeof(err)) < 0) {
        cli_error("%s", err);
        r = EXIT_USAGE;
        goto out_free_names;
    }
    struct hist_db *db;
    if ((r = week_cli_open_history(w, true, &db)) != EXIT_OK)
        goto out_release_langs;
    r = EXIT_OK;

    cJSON *json = NULL, *results = NULL, *unmatched = NULL;
    if (w->judge.json) {
        json = cJSON_CreateObject();
        cJSON_AddStringToObject(json, "week", week->id);
        cJSON_AddStringToObject(json, "user", user);
        results = cJSON_AddArrayToObject(json, "results");
        unmatched = cJSON_AddArrayToObject(json, "unmatched");
    } else {
        printf("%s: judging the solutions in %s as %s\n", week->id, w->dir, user);
    }
    struct strbuf skipped = STRBUF_INIT;
    int judged = 0;
    for (size_t i = 0; i < nnames; i++) {
        const char *name = names[i].name;
        char *stem = file_stem(name);
        const char *reason = names[i].skipped;
        if (!reason && !week_has_problem(week, stem))
            reason = "no problem of the set has that name";
        else if (!reason && !lang_for_file(&langs, name))
            reason = "no language has that extension";
        if (reason) {
            if (unmatched) {
                cJSON *x = cJSON_CreateObject();
                cJSON_AddStringToObject(x, "file", name);
                cJSON_AddStringToObject(x, "reason", reason);
                cJSON_AddItemToArray(unmatched, x);
            } else {
                char *shown = text_visible(name, 0);
                strbuf_addf(&skipped, "  %-32s %s\n", shown, reason);
                free(shown);
            }
        } else {
            r = worse(r, run_one(w, db, user, week, dirfd, name, stem, results));
            judged++;
        }
        free(stem);
    }
    if (!json) {
        if (judged == 0)
            printf("  nothing judged\n");
        if (skipped.len)
            printf("\nnot judged:\n%s", skipped.buf);
        printf("\n");
    }
    strbuf_release(&skipped);
    fflush(stdout);

    /* Nothing judged is a failure (exit 1), said on stderr: an empty folder, or last week's
     * folder run against this week (the set its files match is named). */
    const struct week *other = NULL;
    if (judged == 0) {
        explain_nothing_judged(w, week, names, nnames, &langs, &other);
        r = worse(r, EXIT_VERDICT);
    }
    if (json) {
        if (other)
            cJSON_AddStringToObject(json, "matching_week", other->id);
        else
            cJSON_AddNullToObject(json, "matching_week");
    }

    /* The board; the human form leaves it out when nothing was judged (it did not change). */
    if (judged > 0 || json) {
        struct week_board b;
        int br = compute_board(db, week, w->icpc, &b);
        if (br == EXIT_OK) {
            if (json)
                cJSON_AddItemToObject(json, "board", week_board_json(&b));
            else
                week_board_print(&b, w->today);
            week_board_release(&b);
        }
        r = worse(r, br);
    }
    if (json)
        print_json(json);
    hist_close(db);
out_release_langs:
    lang_set_release(&langs);
out_free_names:
    for (size_t i = 0; i < nnames; i++)
        free(names[i].name);
    free(names);
    close(dirfd);
    free(user);
    return r;
}

int cmd_week(int argc, char **argv)
{
    struct week_cli w;
    char err[4096];
    if (argc > 1 && strcmp(argv[1], "new") == 0)
        return cmd_week_new(argc - 1, argv + 1);
    if (argc > 1 && strcmp(argv[1], "start") == 0)
        return cmd_week_start(argc - 1, argv + 1);
    int r = week_options_parse(argc, argv, &w);
    if (r < 0) {
        week_usage(stdout);
        return EXIT_OK;
    }
    if (r > 0) {
        week_usage(stderr);
        return r;
    }
    static const struct {
        const char *name;
        int (*fn)(struct week_cli *w, const struct week *week);
    } subcommands[] = {
        {"show", week_show},     {"run", week_run},         {"board", week_board},
        {"report", week_report}, {"meeting", week_meeting}, {"pairs", week_pairs},
        {"export", week_export},
    };
    bool list = strcmp(w.subcommand, "list") == 0;
    size_t k = 0;
    while (!list && k < sizeof(subcommands) / sizeof(subcommands[0]) &&
           strcmp(subcommands[k].name, w.subcommand) != 0)
        k++;
    if (!list && k == sizeof(subcommands) / sizeof(subcommands[0])) {
        cli_error("unknown week subcommand '%s' (list, show, run, board, report, meeting, pairs, "
                  "export, new, start)",
                  w.subcommand);
        return EXIT_USAGE;
    }

    if ((r = hist_weeks_load(&w.weeks, w.judge.problems_dir, w.judge.db, false, err,
                             sizeof(err))) != HIST_OK) {
        cli_error("%s", err);
        return r == HIST_ESYSTEM ? EXIT_SYSTEM : EXIT_USAGE;
    }
    w.today = week_today();
    if (list) {
        r = week_list(&w);
    } else {
        const struct week *week = chosen_week(&w);
        r = week ? subcommands[k].fn(&w, week) : EXIT_USAGE;
    }
    week_set_release(&w.weeks);
    return r;
}
