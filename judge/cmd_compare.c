/* cmd_compare.c: `judge compare PROBLEM`: members' accepted solutions of one problem side by
 * side, as the honesty rule allows. */
#define _GNU_SOURCE
#include "judge/cli.h"
#include "judge/columns.h"
#include "judge/history.h"
#include "judge/honesty.h"
#include "judge/report.h"
#include "judge/routine.h"
#include "judge/util.h"
#include "judge/weeks.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

static void compare_usage(FILE *out)
{
    fprintf(
        out,
        "usage: judge compare PROBLEM [--week W] [--users a,b,...] [--json] [--width N]\n"
        "                     [--user U] [--db FILE] [--problems DIR]\n"
        "\n"
        "Members' accepted solutions of PROBLEM next to each other: each one's verdicts in\n"
        "order, attempts, time, memory, code length and source (their latest accepted\n"
        "submission), and their note. On a terminal wide enough the sources are side by\n"
        "side, else one after the other. WEEK defaults to the set with PROBLEM (the\n"
        "current one, else the latest); --users keeps those members.\n"
        "\n"
        "The honesty rule: another member's source and note are shown once you (--user)\n"
        "have solved PROBLEM yourself or the week has ended (docs/meeting.md).\n"
        "\n"
        "  --width N   lay out for N columns (default: the terminal's; 0: one after another)\n");
}

/* One member as compared. */
struct compared {
    struct member_solution sol;
    const char **verdicts; /* of every submission in the week, in order */
    size_t nverdicts;
    struct hist_submission full; /* the latest AC with its source; id 0 when none */
    enum honesty_reason why;
    char *hidden;          /* why the source is hidden, or NULL */
    struct hist_note note; /* text NULL when none or hidden */
    bool note_hidden;
    long lines;
};

static void compared_release(struct compared *c)
{
    free(c->verdicts);
    if (c->full.id)
        hist_submission_release(&c->full);
    free(c->hidden);
    if (c->note.text)
        hist_note_release(&c->note);
}

static bool wanted(const char *users, const char *user)
{
    if (!users)
        return true;
    size_t len = strlen(user);
    for (const char *p = users; *p;) {
        const char *comma = strchr(p, ',');
        size_t n = comma ? (size_t)(comma - p) : strlen(p);
        if (n == len && strncmp(p, user, n) == 0)
            return true;
        p += n + (comma ? 1 : 0);
    }
    return false;
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int hist_status(int r)
{
    return r == HIST_ESYSTEM ? EXIT_SYSTEM : EXIT_USAGE;
}

/* Loads one member's solution, source and note as the honesty rule allows. */
static int load_compared(struct hist_db *db, const struct week_set *weeks, const struct week *w,
                         const char *viewer, int today, const struct hist_submission *rows,
                         size_t n, const char *user, const char *problem, struct compared *c)
{
    char err[4096];
    memset(c, 0, sizeof(*c));
    member_solution_compute(&c->sol, user, problem, w, rows, n);
    c->verdicts = xcalloc((size_t)c->sol.submissions + 1, sizeof(*c->verdicts));
    for (size_t i = 0; i < n; i++) {
        if (strcmp(rows[i].user, user) == 0 && strcmp(rows[i].problem, problem) == 0 &&
            (!w || (rows[i].week && strcmp(rows[i].week, w->id) == 0)))
            c->verdicts[c->nverdicts++] = rows[i].verdict;
    }
    if (!c->sol.latest_ac)
        return EXIT_OK;
    int r = hist_get(db, c->sol.latest_ac->id, &c->full, err, sizeof(err));
    if (r == HIST_OK)
        r = honesty_check_submission(db, weeks, viewer, &c->full, today, HONESTY_VIEWER, &c->why,
                                     err, sizeof(err));
    if (r != HIST_OK) {
        cli_error("%s", err);
        return hist_status(r);
    }
    c->lines = 0;
    for (size_t i = 0; i < c->full.source_len; i++)
        c->lines += c->full.source[i] == '\n';
    if (c->full.source_len && c->full.source[c->full.source_len - 1] != '\n')
        c->lines++;
    if (c->why == HONESTY_HIDDEN)
        c->hidden =
            honesty_explain(user, problem, c->full.week ? week_set_find(weeks, c->full.week) : NULL,
                            HONESTY_VIEWER);
    r = hist_note_get(db, user, problem, &c->note, err, sizeof(err));
    if (r == HIST_ENOTFOUND)
        return EXIT_OK;
    if (r != HIST_OK) {
        cli_error("%s", err);
        return hist_status(r);
    }
    struct hist_submission about = {
        .user = c->note.user, .problem = c->note.problem, .week = c->note.week};
    enum honesty_reason note_why;
    r = honesty_check_submission(db, weeks, viewer, &about, today, HONESTY_VIEWER, &note_why, err,
                                 sizeof(err));
    if (r != HIST_OK) {
        cli_error("%s", err);
        return hist_status(r);
    }
    if (note_why == HONESTY_HIDDEN) {
        hist_note_release(&c->note);
        c->note_hidden = true;
    }
    return EXIT_OK;
}

static cJSON *compared_json(const struct compared *c)
{
    cJSON *x = cJSON_CreateObject();
    cJSON_AddStringToObject(x, "user", c->sol.user);
    cJSON *v = cJSON_AddArrayToObject(x, "verdicts");
    for (size_t i = 0; i < c->nverdicts; i++)
        cJSON_AddItemToArray(v, cJSON_CreateString(c->verdicts[i]));
    cJSON_AddNumberToObject(x, "attempts", c->sol.attempts);
    cJSON_AddBoolToObject(x, "solved", c->sol.first_ac != NULL);
    cJSON_AddBoolToObject(x, "late", c->sol.late);
    if (!c->full.id) {
        cJSON_AddNullToObject(x, "submission");
        cJSON_AddNullToObject(x, "source");
        cJSON_AddNullToObject(x, "source_hidden");
        cJSON_AddNullToObject(x, "note");
        return x;
    }
    cJSON *s = cJSON_AddObjectToObject(x, "submission");
    cJSON_AddNumberToObject(s, "id", (double)c->full.id);
    cJSON_AddStringToObject(s, "language", c->full.language);
    cJSON_AddNumberToObject(s, "time_ms", (double)c->full.max_time_ms);
    cJSON_AddNumberToObject(s, "memory_kb", (double)c->full.max_memory_kib);
    cJSON_AddNumberToObject(s, "bytes", (double)c->full.source_len);
    cJSON_AddNumberToObject(s, "lines", (double)c->lines);
    cJSON_AddStringToObject(s, "judged_at", c->full.judged_at);
    cJSON_AddNumberToObject(x, "best_time_ms", (double)c->sol.best_time_ms);
    cJSON_AddNumberToObject(x, "best_memory_kb", (double)c->sol.best_memory_kib);
    if (c->hidden) {
        cJSON_AddNullToObject(x, "source");
        cJSON_AddStringToObject(x, "source_hidden", c->hidden);
    } else {
        cJSON_AddStringToObject(x, "source", c->full.source);
        cJSON_AddNullToObject(x, "source_hidden");
    }
    cJSON_AddStringToObject(x, "shown_because", honesty_reason_name(c->why));
    if (c->note.text)
        cJSON_AddStringToObject(x, "note", c->note.text);
    else
        cJSON_AddNullToObject(x, "note");
    return x;
}

/* The header line of one member, for people. */
static char *compared_title(const struct compared *c)
{
    char t[32], m[32];
    struct strbuf sb = STRBUF_INIT;
    char *user = text_visible(c->sol.user, 0);
    strbuf_addstr(&sb, user);
    free(user);
    if (c->full.id) {
        char *lang = text_visible(c->full.language, 0);
        strbuf_addf(&sb, " #%lld %s, %s, %s, %ld lines", c->full.id, lang,
                    format_ms(c->full.max_time_ms, t, sizeof(t)),
                    format_kib(c->full.max_memory_kib, m, sizeof(m)), c->lines);
        free(lang);
    }
    return strbuf_detach(&sb);
}

static void print_compared(const struct compared *list, size_t n, size_t width)
{
    for (size_t i = 0; i < n; i++) {
        const struct compared *c = &list[i];
        char *user = text_visible(c->sol.user, 16);
        printf("  %-16s ", user);
        free(user);
        for (size_t k = 0; k < c->nverdicts; k++) {
            char *verdict = text_visible(c->verdicts[k], 8);
            printf("%s%s", k ? " " : "", verdict);
            free(verdict);
        }
        if (c->full.id)
            printf("   %d attempt%s, %zu bytes%s\n", c->sol.attempts,
                   c->sol.attempts == 1 ? "" : "s", c->full.source_len,
                   c->sol.late ? ", late" : "");
        else
            printf("   not solved\n");
        if (c->note.text) {
            struct strbuf sb = STRBUF_INIT;
            strbuf_add_visible(&sb, c->note.text, strlen(c->note.text), true);
            for (char *line = sb.buf, *end; line && *line; line = end ? end + 1 : NULL) {
                end = strchr(line, '\n');
                printf("      │ %.*s\n", (int)(end ? end - line : (long)strlen(line)), line);
                if (!end)
                    break;
            }
            strbuf_release(&sb);
        } else if (c->note_hidden) {
            printf("      │ (a note, shown once you have solved it or the week has ended)\n");
        }
    }
    /* The sources: every accepted one that may be shown. */
    const char **titles = xcalloc(n + 1, sizeof(*titles));
    const char **texts = xcalloc(n + 1, sizeof(*texts));
    char **owned = xcalloc(2 * n + 1, sizeof(*owned));
    size_t shown = 0, nowned = 0;
    for (size_t i = 0; i < n; i++) {
        const struct compared *c = &list[i];
        if (!c->full.id)
            continue;
        if (c->hidden) {
            char *why = text_visible(c->hidden, 0), *user = text_visible(c->sol.user, 0);
            printf("\n%s's source is hidden: %s\n", user, why);
            free(why);
            free(user);
            continue;
        }
        struct strbuf sb = STRBUF_INIT;
        strbuf_add_visible(&sb, c->full.source, c->full.source_len, true);
        owned[nowned++] = (char *)(titles[shown] = compared_title(c));
        owned[nowned++] = (char *)(texts[shown] = strbuf_detach(&sb));
        shown++;
    }
    if (shown >= 2 && columns_fit(shown, width)) {
        struct strbuf out = STRBUF_INIT;
        columns_render(&out, titles, texts, shown, width);
        printf("\n");
        fwrite(out.buf, 1, out.len, stdout);
        strbuf_release(&out);
    } else {
        for (size_t i = 0; i < shown; i++) {
            printf("\n--- %s ---\n%s", titles[i], texts[i]);
            size_t len = strlen(texts[i]);
            if (len && texts[i][len - 1] != '\n')
                printf("\n");
        }
    }
    for (size_t i = 0; i < nowned; i++)
        free(owned[i]);
    free(owned);
    free(titles);
    free(texts);
}

/* The terminal's width, or 0 when stdout is not a terminal. */
static size_t terminal_width(void)
{
    struct winsize ws;
    if (!isatty(STDOUT_FILENO))
        return 0;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
        return ws.ws_col;
    const char *columns = getenv("COLUMNS");
    long v = columns ? strtol(columns, NULL, 10) : 0;
    return v > 0 && v < 10000 ? (size_t)v : 80;
}

int cmd_compare(int argc, char **argv)
{
    enum {
        OPT_WEEK = 256,
        OPT_USERS,
        OPT_WIDTH,
        OPT_USER,
        OPT_DB,
        OPT_PROBLEMS,
        OPT_JSON,
        OPT_HELP
    };
    static const struct option options[] = {
        {"week", required_argument, NULL, OPT_WEEK},
        {"users", required_argument, NULL, OPT_USERS},
        {"width", required_argument, NULL, OPT_WIDTH},
        {"user", required_argument, NULL, OPT_USER},
        {"db", required_argument, NULL, OPT_DB},
        {"problems", required_argument, NULL, OPT_PROBLEMS},
        {"json", no_argument, NULL, OPT_JSON},
        {"help", no_argument, NULL, OPT_HELP},
        {NULL, 0, NULL, 0},
    };
    const char *week_arg = NULL, *users = NULL, *user_opt = NULL, *db_opt = NULL,
               *problems_dir = NULL;
    bool json = false;
    long width = -1;
    char err[4096];
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", options, NULL)) != -1) {
        switch (c) {
        case OPT_WEEK:
            week_arg = optarg;
            break;
        case OPT_USERS:
            users = optarg;
            break;
        case OPT_WIDTH:
            if (cli_parse_long("--width", optarg, 0, 10000, &width) < 0)
                return EXIT_USAGE;
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
            compare_usage(stdout);
            return EXIT_OK;
        default:
            compare_usage(stderr);
            return EXIT_USAGE;
        }
    }
    if (argc - optind != 1) {
        cli_error("compare needs one PROBLEM (usage: judge compare PROBLEM [--week W])");
        return EXIT_USAGE;
    }
    const char *problem = argv[optind];
    char *viewer = hist_user(user_opt, err, sizeof(err));
    if (!viewer) {
        cli_error("%s", err);
        return EXIT_USAGE;
    }
    struct week_set weeks = WEEK_SET_INIT;
    struct hist_db *db = NULL;
    int r = EXIT_OK, today = week_today();
    if ((r = hist_weeks_load(&weeks, problems_dir, db_opt, false, err, sizeof(err))) != HIST_OK) {
        cli_error("%s", err);
        r = hist_status(r);
        goto out_free;
    }
    const struct week *w =
        week_arg ? week_set_find(&weeks, week_arg) : week_set_for_problem(&weeks, problem, today);
    if (week_arg && !w) {
        cli_error("unknown week '%s'", week_arg);
        r = EXIT_USAGE;
        goto out_free;
    }
    if ((r = hist_open(db_opt, false, &db, err, sizeof(err))) != HIST_OK) {
        cli_error("%s", err);
        r = hist_status(r);
        goto out_free;
    }
    struct hist_filter f = {.problem = problem, .week = w ? w->id : NULL, .oldest_first = true};
    struct hist_submission *rows;
    size_t n;
    if ((r = hist_list(db, &f, &rows, &n, err, sizeof(err))) != HIST_OK) {
        cli_error("%s", err);
        r = hist_status(r);
        goto out_free;
    }
    const char **members = xcalloc(n + 1, sizeof(*members));
    size_t nmembers = 0;
    for (size_t i = 0; i < n; i++) {
        bool seen = false;
        for (size_t k = 0; k < nmembers && !seen; k++)
            seen = strcmp(members[k], rows[i].user) == 0;
        if (!seen && wanted(users, rows[i].user))
            members[nmembers++] = rows[i].user;
    }
    if (nmembers > 1)
        qsort(members, nmembers, sizeof(*members), compare_names);
    struct compared *list = xcalloc(nmembers + 1, sizeof(*list));
    size_t loaded = 0;
    for (; loaded < nmembers && r == EXIT_OK; loaded++)
        r = load_compared(db, &weeks, w, viewer, today, rows, n, members[loaded], problem,
                          &list[loaded]);
    if (r == EXIT_OK) {
        if (json) {
            cJSON *o = cJSON_CreateObject();
            cJSON_AddStringToObject(o, "problem", problem);
            if (w)
                cJSON_AddStringToObject(o, "week", w->id);
            else
                cJSON_AddNullToObject(o, "week");
            cJSON_AddStringToObject(o, "viewer", viewer);
            cJSON *arr = cJSON_AddArrayToObject(o, "members");
            for (size_t i = 0; i < nmembers; i++)
                cJSON_AddItemToArray(arr, compared_json(&list[i]));
            json_print_line(stdout, o);
            cJSON_Delete(o);
        } else if (nmembers == 0) {
            char *shown = text_visible(problem, 0);
            printf("no submissions of %s%s%s\n", shown, w ? " in " : "", w ? w->id : "");
            free(shown);
        } else {
            char *shown = text_visible(problem, 0);
            printf("%s%s%s, as %s sees it\n\n", shown, w ? " · " : "", w ? w->id : "", viewer);
            free(shown);
            print_compared(list, nmembers, width >= 0 ? (size_t)width : terminal_width());
        }
    }
    for (size_t i = 0; i < loaded; i++)
        compared_release(&list[i]);
    free(list);
    free(members);
    hist_list_free(rows, n);
out_free:
    hist_close(db);
    week_set_release(&weeks);
    free(viewer);
    return r;
}
