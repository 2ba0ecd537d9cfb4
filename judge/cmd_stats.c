/* cmd_stats.c: `judge stats` (looking back over a user's history) and `judge review`. */
#define _GNU_SOURCE
#include "judge/cli.h"
#include "judge/history.h"
#include "judge/progress.h"
#include "judge/mock.h"
#include "judge/stats.h"
#include "judge/util.h"
#include "judge/weeks.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

struct stats_cli {
    const char *user_opt;
    const char *db;
    const char *problems_dir;
    bool json;
    bool include_new; /* review */
};

/* Parses the options both commands take; 0, -1 for --help, or EXIT_USAGE. */
static int stats_options_parse(int argc, char **argv, struct stats_cli *o)
{
    enum { OPT_USER = 256, OPT_DB, OPT_PROBLEMS, OPT_JSON, OPT_INCLUDE_NEW, OPT_HELP };
    static const struct option options[] = {
        {"user", required_argument, NULL, OPT_USER},
        {"db", required_argument, NULL, OPT_DB},
        {"problems", required_argument, NULL, OPT_PROBLEMS},
        {"json", no_argument, NULL, OPT_JSON},
        {"include-new", no_argument, NULL, OPT_INCLUDE_NEW},
        {"help", no_argument, NULL, OPT_HELP},
        {NULL, 0, NULL, 0},
    };
    int c;
    memset(o, 0, sizeof(*o));
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", options, NULL)) != -1) {
        switch (c) {
        case OPT_USER:
            o->user_opt = optarg;
            break;
        case OPT_DB:
            o->db = optarg;
            break;
        case OPT_PROBLEMS:
            o->problems_dir = optarg;
            break;
        case OPT_JSON:
            o->json = true;
            break;
        case OPT_INCLUDE_NEW:
            if (strcmp(argv[0], "review") != 0) {
                cli_error("--include-new goes with 'review' only");
                return EXIT_USAGE;
            }
            o->include_new = true;
            break;
        case OPT_HELP:
        case 'h':
            return -1;
        default:
            return EXIT_USAGE;
        }
    }
    if (optind < argc) {
        cli_error("%s takes no arguments (got '%s')", argv[0], argv[optind]);
        return EXIT_USAGE;
    }
    return 0;
}

/* Everything both commands read: the user, their history (oldest first), their tagged
 * mistakes, the weekly sets; and the history, still open. */
struct user_history {
    char *user;
    struct hist_db *db;
    struct hist_submission *rows;
    size_t nrows;
    struct stats_attempt *attempts;
    size_t nattempts;
    struct hist_mistake *mistake_rows;
    size_t nmistake_rows;
    struct stats_mistake *mistakes;
    size_t nmistakes;
    struct week_set weeks;
    int today;
    struct hist_mock *mocks; /* the user's finished mock tests, oldest first */
    size_t nmocks;
};

static int load_user_history(const struct stats_cli *o, struct user_history *h)
{
    char err[4096];
    struct hist_db *db;
    int r;
    memset(h, 0, sizeof(*h));
    h->today = week_today();
    if (!(h->user = hist_user(o->user_opt, err, sizeof(err)))) {
        cli_error("%s", err);
        return EXIT_USAGE;
    }
    if ((r = hist_weeks_load(&h->weeks, o->problems_dir, o->db, false, err, sizeof(err))) !=
        HIST_OK) {
        cli_error("%s", err);
        r = r == HIST_ESYSTEM ? EXIT_SYSTEM : EXIT_USAGE;
        goto out_free_user;
    }
    struct hist_filter f = {.user = h->user, .oldest_first = true};
    if ((r = hist_open(o->db, false, &db, err, sizeof(err))) == HIST_OK) {
        h->db = db;
        r = hist_list(db, &f, &h->rows, &h->nrows, err, sizeof(err));
        if (r == HIST_OK)
            r = hist_mistakes_list(db, h->user, &h->mistake_rows, &h->nmistake_rows, err,
                                   sizeof(err));
        if (r == HIST_OK)
            r = hist_mock_list(db, h->user, true, &h->mocks, &h->nmocks, err, sizeof(err));
        if (r != HIST_OK) {
            hist_list_free(h->rows, h->nrows);
            h->rows = NULL;
            h->nrows = 0;
            hist_mistakes_free(h->mistake_rows, h->nmistake_rows);
            h->mistake_rows = NULL;
            h->nmistake_rows = 0;
            hist_close(db);
            h->db = NULL;
        }
    }
    if (r != HIST_OK) {
        cli_error("%s", err);
        r = r == HIST_ESYSTEM ? EXIT_SYSTEM : EXIT_USAGE;
        goto out_release_weeks;
    }
    h->nattempts = stats_attempts_from_history(h->rows, h->nrows, &h->attempts);
    h->nmistakes = stats_mistakes_from_history(h->mistake_rows, h->nmistake_rows, &h->mistakes);
    return EXIT_OK;

out_release_weeks:
    week_set_release(&h->weeks);
out_free_user:
    free(h->user);
    h->user = NULL;
    return r;
}

static void user_history_release(struct user_history *h)
{
    free(h->mistakes);
    hist_mistakes_free(h->mistake_rows, h->nmistake_rows);
    hist_close(h->db);
    free(h->attempts);
    hist_list_free(h->rows, h->nrows);
    hist_mock_list_free(h->mocks, h->nmocks);
    week_set_release(&h->weeks);
    free(h->user);
    memset(h, 0, sizeof(*h));
}

static void print_json(cJSON *o)
{
    json_print_line(stdout, o);
    cJSON_Delete(o);
}

/* "60%", or "-" when there is nothing to divide. */
static const char *percent(int num, int den, char *buf, size_t len)
{
    if (den == 0)
        snprintf(buf, len, "-");
    else
        snprintf(buf, len, "%.0f%%", 100.0 * num / den);
    return buf;
}

static const char *ratio(int num, int den, char *buf, size_t len)
{
    if (den == 0)
        snprintf(buf, len, "-");
    else
        snprintf(buf, len, "%.1f", (double)num / den);
    return buf;
}

static void verdicts_line(struct strbuf *sb, const struct stats_verdicts *v)
{
    for (size_t i = 0; i < v->count; i++)
        strbuf_addf(sb, "%s%s %d", i ? ", " : "", verdict_name(v->items[i].verdict),
                    v->items[i].count);
    if (v->count == 0)
        strbuf_addstr(sb, "-");
}

/* ---- judge stats ---- */

static void stats_usage(FILE *out)
{
    fprintf(out,
            "usage: judge stats [--user U] [--json] [--db FILE] [--problems DIR]\n"
            "\n"
            "Looks back over a user's history: per weekly set, solved of assigned, the\n"
            "first-try AC rate, attempts per AC and the most common failing verdicts; the\n"
            "current streak of sets with every problem solved; the problems still unsolved;\n"
            "the tags where the attempts fail most; the tagged mistakes by kind; the\n"
            "progress over the sets as sparklines, with a trend over the last %d\n"
            "finished ones (better, steady, worse); your mock tests' scores over time\n"
            "(judge mock). --json prints one object (docs/history.md).\n",
            PROGRESS_TREND_WEEKS);
}

static void print_stats(const struct user_stats *s)
{
    char date[11], a[32], b[32];
    struct strbuf line = STRBUF_INIT;
    week_date_format(s->today, date);
    printf("%s · %s\n\n", s->user, date);

    if (s->nweeks) {
        printf("  %-14s %-28s %7s %9s %12s  %s\n", "week", "title", "solved", "first try",
               "attempts/AC", "failing verdicts");
        for (size_t k = 0; k < s->nweeks; k++) {
            const struct stats_week *sw = &s->weeks[k];
            char solved[32];
            snprintf(solved, sizeof(solved), "%d/%d", sw->solved, sw->assigned);
            verdicts_line(&line, &sw->failing);
            char *title = text_visible(sw->week->title, 28);
            printf("  %-14s %-28s %7s %9s %12s  %s%s\n", sw->week->id, title, solved,
                   percent(sw->first_try, sw->attempted, a, sizeof(a)),
                   ratio(sw->attempts_to_solve, sw->solved, b, sizeof(b)), line.buf,
                   sw->current ? "  (current)" : "");
            free(title);
            strbuf_release(&line);
        }
        printf("\n");
    }
    if (s->streak)
        printf("streak: %d set%s in a row with every problem solved (through %s)\n", s->streak,
               s->streak == 1 ? "" : "s", s->streak_last->id);
    else
        printf("streak: none (no recent set with every problem solved)\n");

    printf("unsolved:%s\n", s->nunsolved ? "" : " none");
    for (size_t i = 0; i < s->nunsolved; i++) {
        const struct stats_unsolved *u = &s->unsolved[i];
        char *problem = text_visible_line(u->problem, 0);
        if (u->attempts) {
            week_date_format(u->last_day, date);
            printf("  %-32s %-14s %d attempt%s, the last on %s\n", problem,
                   u->week ? u->week->id : "-", u->attempts, u->attempts == 1 ? "" : "s", date);
        } else {
            printf("  %-32s %-14s not started\n", problem, u->week ? u->week->id : "-");
        }
        free(problem);
    }

    printf("tags, most failed first:%s\n", s->ntags ? "" : " none yet");
    for (size_t i = 0; i < s->ntags && i < 8; i++)
        printf("  %-24s %d failed of %d attempt%s (%s)\n", s->tags[i].tag, s->tags[i].failed,
               s->tags[i].attempts, s->tags[i].attempts == 1 ? "" : "s",
               percent(s->tags[i].failed, s->tags[i].attempts, a, sizeof(a)));

    printf("mistakes tagged:");
    int tagged = 0;
    for (int k = 0; k < MISTAKE_KIND_COUNT; k++) {
        if (s->mistakes[k])
            printf("%s %s %d", tagged++ ? "," : "", mistake_kind_name((enum mistake_kind)k),
                   s->mistakes[k]);
    }
    printf("%s\n", tagged ? "" : " none (judge mistake ID KIND)");

    struct strbuf progress = STRBUF_INIT;
    stats_progress_text(&progress, s);
    if (progress.len)
        printf("%s", progress.buf);
    strbuf_release(&progress);

    verdicts_line(&line, &s->failing);
    printf("overall: %d submission%s, %d accepted; %d of %d problems solved; first try %s; "
           "%s attempts per AC; failing: %s\n",
           s->submissions, s->submissions == 1 ? "" : "s", s->accepted, s->solved, s->attempted,
           percent(s->first_try, s->attempted, a, sizeof(a)),
           ratio(s->attempts_to_solve, s->solved, b, sizeof(b)), line.buf);
    strbuf_release(&line);
}

/* Mock tests over time: each finished one's score, oldest first, and the change. */
static void print_mocks(const struct hist_mock *mocks, size_t n)
{
    if (n == 0)
        return;
    printf("mock tests:\n");
    double previous = -1;
    for (size_t i = 0; i < n; i++) {
        const struct hist_mock *m = &mocks[i];
        double total = mock_total(m), max = 100.0 * (double)m->nproblems;
        double pct = max > 0 ? 100 * total / max : 0;
        printf("  #%-4lld %.10s  %zu problem%s, %3ld min  score %4.0f/%-4.0f %3.0f%%", m->id,
               m->started_at, m->nproblems, m->nproblems == 1 ? " " : "s", m->minutes, total, max,
               pct);
        if (previous >= 0)
            printf("  %+.0f", pct - previous);
        printf("\n");
        previous = pct;
    }
}

int cmd_stats(int argc, char **argv)
{
    struct stats_cli o;
    struct user_history h;
    int r = stats_options_parse(argc, argv, &o);
    if (r < 0) {
        stats_usage(stdout);
        return EXIT_OK;
    }
    if (r > 0) {
        stats_usage(stderr);
        return r;
    }
    if ((r = load_user_history(&o, &h)) != EXIT_OK)
        return r;
    struct user_stats s;
    if (h.nrows == 0) /* say why, before the empty figures */
        cli_explain_empty(o.json ? stderr : stdout, o.db, &(struct hist_filter){.user = h.user});
    stats_compute(&s, h.user, &h.weeks, h.today, h.attempts, h.nattempts);
    stats_count_mistakes(&s, h.mistakes, h.nmistakes);
    if (o.json) {
        cJSON *j = stats_json(&s);
        cJSON *mocks = cJSON_AddArrayToObject(j, "mocks");
        for (size_t i = 0; i < h.nmocks; i++)
            cJSON_AddItemToArray(mocks, mock_summary_json(&h.mocks[i]));
        print_json(j);
    } else {
        print_stats(&s);
        print_mocks(h.mocks, h.nmocks);
    }
    stats_release(&s);
    user_history_release(&h);
    return EXIT_OK;
}

/* ---- judge review ---- */

static void review_usage(FILE *out)
{
    fprintf(out,
            "usage: judge review [--user U] [--include-new] [--json] [--db FILE]\n"
            "                    [--problems DIR]\n"
            "\n"
            "The problems worth solving again now: first those attempted and never solved,\n"
            "then those solved only after %d or more attempts, then those with a mistake of a\n"
            "kind you keep making (tagged on %d or more problems: `judge mistake`). Each comes\n"
            "due again after 1, 3, 7, 14, then 30 days, moving up a step each day it is\n"
            "solved at the first attempt, and back to the start when a review fails (spaced\n"
            "repetition); judging a byte-identical source again is not a review. Most overdue\n"
            "first; each line says why, with the failed tests of the last failed attempt and\n"
            "its mistake notes. --include-new offers the problems of finished sets you never\n"
            "started. --json prints one object (docs/history.md).\n",
            REVIEW_MIN_ATTEMPTS, REVIEW_RECURRING_MIN);
}

static const char *review_kind_text(enum review_kind kind)
{
    switch (kind) {
    case REVIEW_UNSOLVED:
        return "unsolved";
    case REVIEW_HARD_WON:
        return "hard won";
    case REVIEW_RECURRING:
        return "recurring";
    case REVIEW_NEW:
        break;
    }
    return "new";
}

static void print_review_details(const struct review_item *item)
{
    if (item->nfailed_tests) {
        printf("      failed tests (#%lld):", item->last_failed_id);
        for (size_t k = 0; k < item->nfailed_tests; k++) {
            char *name = text_visible(item->failed_tests[k], 0);
            printf("%s %s", k ? "," : "", name);
            free(name);
        }
        printf("\n");
    }
    for (size_t k = 0; k < item->nmistakes; k++) {
        const struct stats_mistake *m = item->mistakes[k];
        char *note = text_visible(m->note, 0);
        printf("      mistake #%lld: %s%s%s\n", m->submission_id, mistake_kind_name(m->kind),
               note[0] ? ": " : "", note);
        free(note);
    }
}

static void print_review(const struct review_list *r)
{
    char date[11];
    week_date_format(r->today, date);
    char *user = text_visible_line(r->user, 0);
    if (r->ndue == 0)
        printf("nothing to review today (%s, %s)\n", user, date);
    else
        printf("due for review (%s, %s):\n", user, date);
    free(user);
    for (size_t i = 0; i < r->ndue; i++) {
        const struct review_item *item = &r->due[i];
        char *reason = review_reason(item), *problem = text_visible_line(item->problem, 0);
        printf("  %2zu. %-30s %-9s %s\n", i + 1, problem, review_kind_text(item->kind), reason);
        free(problem);
        free(reason);
        print_review_details(item);
    }
    if (r->nlater) {
        printf("later:");
        for (size_t i = 0; i < r->nlater; i++) {
            week_date_format(r->later[i].due_day, date);
            char *problem = text_visible_line(r->later[i].problem, 0);
            printf("%s %s (%s)", i ? "," : "", problem, date);
            free(problem);
        }
        printf("\n");
    }
}

/* Gives each item the names of the failed tests of its last failed attempt. */
static int fill_failed_tests(struct hist_db *db, struct review_item *items, size_t n)
{
    char err[4096];
    for (size_t i = 0; i < n; i++) {
        if (!items[i].last_failed_id)
            continue;
        struct hist_submission s;
        int r = hist_get(db, items[i].last_failed_id, &s, err, sizeof(err));
        if (r != HIST_OK) {
            cli_error("%s", err);
            return r == HIST_ESYSTEM ? EXIT_SYSTEM : EXIT_USAGE;
        }
        const char **names = xcalloc(s.ntests + 1, sizeof(*names));
        size_t count = 0;
        for (size_t t = 0; t < s.ntests; t++) {
            if (strcmp(s.tests[t].verdict, "AC") != 0 && strcmp(s.tests[t].verdict, "skipped") != 0)
                names[count++] = s.tests[t].name;
        }
        review_set_failed_tests(&items[i], names, count);
        free(names);
        hist_submission_release(&s);
    }
    return EXIT_OK;
}

int cmd_review(int argc, char **argv)
{
    struct stats_cli o;
    struct user_history h;
    int r = stats_options_parse(argc, argv, &o);
    if (r < 0) {
        review_usage(stdout);
        return EXIT_OK;
    }
    if (r > 0) {
        review_usage(stderr);
        return r;
    }
    if ((r = load_user_history(&o, &h)) != EXIT_OK)
        return r;
    struct review_list list;
    if (h.nrows == 0)
        cli_explain_empty(o.json ? stderr : stdout, o.db, &(struct hist_filter){.user = h.user});
    struct review_options opts = {.mistakes = h.mistakes,
                                  .nmistakes = h.nmistakes,
                                  .weeks = &h.weeks,
                                  .include_new = o.include_new};
    review_compute_full(&list, h.user, h.today, h.attempts, h.nattempts, &opts);
    r = fill_failed_tests(h.db, list.due, list.ndue);
    if (r == EXIT_OK)
        r = fill_failed_tests(h.db, list.later, list.nlater);
    if (r == EXIT_OK) {
        if (o.json)
            print_json(review_json(&list));
        else
            print_review(&list);
    }
    review_release(&list);
    user_history_release(&h);
    return r;
}
