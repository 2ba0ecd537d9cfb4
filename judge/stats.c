/* stats.c: the board, the week's report, a user's statistics and the review schedule. */
#define _GNU_SOURCE
#include "judge/stats.h"
#include "judge/util.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- shared pieces ---- */

static void verdicts_add(struct stats_verdicts *v, enum verdict verdict, int count)
{
    for (size_t i = 0; i < v->count; i++) {
        if (v->items[i].verdict == verdict) {
            v->items[i].count += count;
            return;
        }
    }
    if (v->count < VERDICT_COUNT) {
        v->items[v->count].verdict = verdict;
        v->items[v->count].count = count;
        v->count++;
    }
}

static int compare_verdict_counts(const void *a, const void *b)
{
    const struct stats_verdict_count *x = a, *y = b;
    if (x->count != y->count)
        return x->count > y->count ? -1 : 1;
    return (int)x->verdict - (int)y->verdict;
}

static void sort_verdicts(struct stats_verdicts *v)
{
    qsort(v->items, v->count, sizeof(v->items[0]), compare_verdict_counts);
}

static cJSON *verdicts_json(const struct stats_verdicts *v)
{
    cJSON *list = cJSON_CreateArray();
    for (size_t i = 0; i < v->count; i++) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "verdict", verdict_name(v->items[i].verdict));
        cJSON_AddNumberToObject(o, "count", v->items[i].count);
        cJSON_AddItemToArray(list, o);
    }
    return list;
}

/* "WA 3, TLE 1" */
static void verdicts_text(struct strbuf *sb, const struct stats_verdicts *v)
{
    for (size_t i = 0; i < v->count; i++)
        strbuf_addf(sb, "%s%s %d", i ? ", " : "", verdict_name(v->items[i].verdict),
                    v->items[i].count);
}

/* A ratio for JSON, rounded to 4 decimals; null when the denominator is 0. */
static void add_ratio(cJSON *o, const char *key, int num, int den)
{
    if (den == 0)
        cJSON_AddNullToObject(o, key);
    else
        cJSON_AddNumberToObject(o, key, round((double)num / den * 10000) / 10000);
}

static long problem_index(const struct week *w, const char *problem)
{
    for (size_t i = 0; i < w->nproblems; i++) {
        if (strcmp(w->problems[i], problem) == 0)
            return (long)i;
    }
    return -1;
}

static bool recorded_in(const struct stats_attempt *a, const struct week *w)
{
    return a->week && strcmp(a->week, w->id) == 0;
}

/* ---- the board ---- */

static struct board_row *board_row_for(struct board *b, const char *user)
{
    for (size_t i = 0; i < b->nrows; i++) {
        if (strcmp(b->rows[i].user, user) == 0)
            return &b->rows[i];
    }
    b->rows = xrealloc(b->rows, (b->nrows + 1) * sizeof(*b->rows));
    struct board_row *row = &b->rows[b->nrows++];
    memset(row, 0, sizeof(*row));
    row->user = user;
    row->cells = xcalloc(b->week->nproblems, sizeof(*row->cells));
    return row;
}

static int compare_rows(const void *a, const void *b)
{
    const struct board_row *x = a, *y = b;
    if (x->solved != y->solved)
        return x->solved > y->solved ? -1 : 1;
    if (x->total_minutes != y->total_minutes)
        return x->total_minutes < y->total_minutes ? -1 : 1;
    return strcmp(x->user, y->user);
}

void board_compute(struct board *b, const struct week *w, time_t start,
                   const struct stats_attempt *attempts, size_t n)
{
    memset(b, 0, sizeof(*b));
    b->week = w;
    b->start = start;
    b->problems = xcalloc(w->nproblems, sizeof(*b->problems));
    b->hardest = -1;

    for (size_t i = 0; i < n; i++) {
        const struct stats_attempt *a = &attempts[i];
        long p = recorded_in(a, w) ? problem_index(w, a->problem) : -1;
        if (p < 0)
            continue;
        struct board_cell *cell = &board_row_for(b, a->user)->cells[p];
        if (cell->solved)
            continue; /* a scoreboard stops counting at the first AC */
        cell->attempts++;
        if (a->verdict == VERDICT_AC) {
            cell->solved = true;
            cell->minutes = a->at > start ? (long)((a->at - start) / 60) : 0;
        }
    }

    for (size_t r = 0; r < b->nrows; r++) {
        struct board_row *row = &b->rows[r];
        for (size_t p = 0; p < w->nproblems; p++) {
            const struct board_cell *cell = &row->cells[p];
            struct board_problem *bp = &b->problems[p];
            if (cell->attempts == 0)
                continue;
            bp->attempted_by++;
            bp->failed += cell->attempts - (cell->solved ? 1 : 0);
            if (!cell->solved)
                continue;
            row->solved++;
            row->total_minutes +=
                cell->minutes + (long)BOARD_PENALTY_MINUTES * (cell->attempts - 1);
            bp->solvers++;
            if (cell->attempts == 1) {
                row->first_try++;
                bp->first_try++;
            }
        }
    }
    if (b->nrows > 1) /* an empty list may be NULL, which qsort must not get */
        qsort(b->rows, b->nrows, sizeof(*b->rows), compare_rows);
    for (size_t r = 0; r < b->nrows; r++) {
        struct board_row *row = &b->rows[r], *prev = r ? &b->rows[r - 1] : NULL;
        bool tie = prev && prev->solved == row->solved && prev->total_minutes == row->total_minutes;
        row->rank = tie ? prev->rank : (int)r + 1;
    }

    if (b->nrows == 0)
        return;
    b->hardest = 0;
    for (size_t p = 1; p < w->nproblems; p++) {
        const struct board_problem *x = &b->problems[p], *best = &b->problems[b->hardest];
        if (x->solvers < best->solvers || (x->solvers == best->solvers && x->failed > best->failed))
            b->hardest = (long)p;
    }
}

void board_release(struct board *b)
{
    for (size_t i = 0; i < b->nrows; i++)
        free(b->rows[i].cells);
    free(b->rows);
    free(b->problems);
    memset(b, 0, sizeof(*b));
}

const char *board_format_minutes(long minutes, char *buf, size_t len)
{
    snprintf(buf, len, "%ld:%02ld", minutes / 60, minutes % 60);
    return buf;
}

cJSON *board_json(const struct board *b)
{
    const struct week *w = b->week;
    char hm[32];
    cJSON *o = cJSON_CreateObject();
    cJSON_AddItemToObject(o, "week", week_json(w));
    cJSON_AddNumberToObject(o, "penalty_minutes", BOARD_PENALTY_MINUTES);
    cJSON *members = cJSON_AddArrayToObject(o, "members");
    for (size_t r = 0; r < b->nrows; r++) {
        const struct board_row *row = &b->rows[r];
        cJSON *m = cJSON_CreateObject();
        cJSON_AddNumberToObject(m, "rank", row->rank);
        cJSON_AddStringToObject(m, "user", row->user);
        cJSON_AddNumberToObject(m, "solved", row->solved);
        cJSON_AddNumberToObject(m, "first_try", row->first_try);
        cJSON_AddNumberToObject(m, "total_minutes", (double)row->total_minutes);
        cJSON_AddStringToObject(m, "total_time",
                                board_format_minutes(row->total_minutes, hm, sizeof(hm)));
        cJSON *cells = cJSON_AddArrayToObject(m, "problems");
        for (size_t p = 0; p < w->nproblems; p++) {
            const struct board_cell *cell = &row->cells[p];
            cJSON *c = cJSON_CreateObject();
            cJSON_AddStringToObject(c, "problem", w->problems[p]);
            cJSON_AddNumberToObject(c, "attempts", cell->attempts);
            cJSON_AddBoolToObject(c, "solved", cell->solved);
            if (cell->solved) {
                cJSON_AddNumberToObject(c, "minutes", (double)cell->minutes);
                cJSON_AddStringToObject(c, "time",
                                        board_format_minutes(cell->minutes, hm, sizeof(hm)));
            } else {
                cJSON_AddNullToObject(c, "minutes");
                cJSON_AddNullToObject(c, "time");
            }
            cJSON_AddItemToArray(cells, c);
        }
        cJSON_AddItemToArray(members, m);
    }
    cJSON *problems = cJSON_AddArrayToObject(o, "problems");
    for (size_t p = 0; p < w->nproblems; p++) {
        const struct board_problem *bp = &b->problems[p];
        cJSON *x = cJSON_CreateObject();
        cJSON_AddStringToObject(x, "problem", w->problems[p]);
        cJSON_AddNumberToObject(x, "attempted_by", bp->attempted_by);
        cJSON_AddNumberToObject(x, "solvers", bp->solvers);
        cJSON_AddNumberToObject(x, "first_try", bp->first_try);
        cJSON_AddNumberToObject(x, "failed_attempts", bp->failed);
        cJSON_AddItemToArray(problems, x);
    }
    if (b->hardest >= 0)
        cJSON_AddStringToObject(o, "hardest", w->problems[b->hardest]);
    else
        cJSON_AddNullToObject(o, "hardest");
    return o;
}

cJSON *board_report_json(const struct board *b)
{
    const struct week *w = b->week;
    cJSON *o = cJSON_CreateObject();
    cJSON_AddItemToObject(o, "week", week_json(w));
    cJSON *members = cJSON_AddArrayToObject(o, "members");
    for (size_t r = 0; r < b->nrows; r++) {
        const struct board_row *row = &b->rows[r];
        cJSON *m = cJSON_CreateObject();
        cJSON_AddStringToObject(m, "user", row->user);
        cJSON *solved = cJSON_AddArrayToObject(m, "solved");
        cJSON *first = cJSON_AddArrayToObject(m, "first_try");
        for (size_t p = 0; p < w->nproblems; p++) {
            if (!row->cells[p].solved)
                continue;
            cJSON_AddItemToArray(solved, cJSON_CreateString(w->problems[p]));
            if (row->cells[p].attempts == 1)
                cJSON_AddItemToArray(first, cJSON_CreateString(w->problems[p]));
        }
        cJSON_AddItemToArray(members, m);
    }
    if (b->hardest >= 0) {
        const struct board_problem *bp = &b->problems[b->hardest];
        cJSON *h = cJSON_AddObjectToObject(o, "hardest");
        cJSON_AddStringToObject(h, "problem", w->problems[b->hardest]);
        cJSON_AddNumberToObject(h, "solvers", bp->solvers);
        cJSON_AddNumberToObject(h, "members", (double)b->nrows);
        cJSON_AddNumberToObject(h, "failed_attempts", bp->failed);
    } else {
        cJSON_AddNullToObject(o, "hardest");
    }
    cJSON_AddItemToObject(o, "board", board_json(b));
    return o;
}

static const char *plural(long n)
{
    return n == 1 ? "" : "s";
}

char *board_report_markdown(const struct board *b)
{
    const struct week *w = b->week;
    struct strbuf md = STRBUF_INIT;
    char hm[32];

    strbuf_addf(&md, "## %s: %s\n\n%s to %s · %zu problem%s · %zu member%s\n", w->id, w->title,
                w->starts, w->ends, w->nproblems, plural((long)w->nproblems), b->nrows,
                plural((long)b->nrows));
    if (b->nrows == 0) {
        strbuf_addstr(&md, "\nNo submissions yet.\n");
        return strbuf_detach(&md);
    }

    strbuf_addstr(&md, "\n### Who solved what\n\n");
    for (size_t r = 0; r < b->nrows; r++) {
        const struct board_row *row = &b->rows[r];
        strbuf_addf(&md, "- **%s** (%d/%zu): ", row->user, row->solved, w->nproblems);
        int shown = 0;
        for (size_t p = 0; p < w->nproblems; p++) {
            if (row->cells[p].solved)
                strbuf_addf(&md, "%s%s", shown++ ? ", " : "", w->problems[p]);
        }
        strbuf_addstr(&md, shown ? "\n" : "nothing yet\n");
    }

    strbuf_addstr(&md, "\n### First-try ACs\n\n");
    int any = 0;
    for (size_t r = 0; r < b->nrows; r++) {
        const struct board_row *row = &b->rows[r];
        if (row->first_try == 0)
            continue;
        strbuf_addf(&md, "- %s: ", row->user);
        int shown = 0;
        for (size_t p = 0; p < w->nproblems; p++) {
            if (row->cells[p].solved && row->cells[p].attempts == 1)
                strbuf_addf(&md, "%s%s", shown++ ? ", " : "", w->problems[p]);
        }
        strbuf_addstr(&md, "\n");
        any++;
    }
    if (!any)
        strbuf_addstr(&md, "None this week.\n");

    const struct board_problem *hp = &b->problems[b->hardest];
    strbuf_addf(&md,
                "\n### Hardest problem\n\n**%s**: solved by %d of %zu member%s, "
                "%d failed attempt%s.\n",
                w->problems[b->hardest], hp->solvers, b->nrows, plural((long)b->nrows), hp->failed,
                plural(hp->failed));

    strbuf_addstr(&md, "\n### Board\n\n| # | member |");
    for (size_t p = 0; p < w->nproblems; p++)
        strbuf_addf(&md, " %s |", w->problems[p]);
    strbuf_addstr(&md, " solved | time |\n|---|---|");
    for (size_t p = 0; p < w->nproblems; p++)
        strbuf_addstr(&md, "---|");
    strbuf_addstr(&md, "---|---|\n");
    for (size_t r = 0; r < b->nrows; r++) {
        const struct board_row *row = &b->rows[r];
        strbuf_addf(&md, "| %d | %s |", row->rank, row->user);
        for (size_t p = 0; p < w->nproblems; p++) {
            const struct board_cell *cell = &row->cells[p];
            if (cell->solved)
                strbuf_addf(&md, " %s (%d) |", board_format_minutes(cell->minutes, hm, sizeof(hm)),
                            cell->attempts);
            else if (cell->attempts)
                strbuf_addf(&md, " -%d |", cell->attempts);
            else
                strbuf_addstr(&md, " |");
        }
        strbuf_addf(&md, " %d | %s |\n", row->solved,
                    board_format_minutes(row->total_minutes, hm, sizeof(hm)));
    }
    strbuf_addf(&md,
                "\nA solved cell shows the time of the first AC since the week began "
                "(hours:minutes) and the attempts; time adds %d minutes per rejected attempt "
                "before an AC.\n",
                BOARD_PENALTY_MINUTES);
    return strbuf_detach(&md);
}

/* ---- a user's statistics ---- */

/* What one user did on one problem, from attempts filtered by accept(). */
struct problem_summary {
    int attempts;
    int first_ac; /* 1-based attempt of the first AC, 0 when none */
    bool first_try;
    int last_day;
    struct stats_verdicts failing;
};

static void summarize(struct problem_summary *ps, const char *user, const char *problem,
                      const struct week *only_week, const struct stats_attempt *attempts, size_t n)
{
    memset(ps, 0, sizeof(*ps));
    for (size_t i = 0; i < n; i++) {
        const struct stats_attempt *a = &attempts[i];
        if (strcmp(a->user, user) != 0 || strcmp(a->problem, problem) != 0 ||
            (only_week && !recorded_in(a, only_week)))
            continue;
        ps->attempts++;
        ps->last_day = a->day;
        if (a->verdict == VERDICT_AC) {
            if (!ps->first_ac)
                ps->first_ac = ps->attempts;
        } else {
            verdicts_add(&ps->failing, a->verdict, 1);
        }
    }
    ps->first_try = ps->first_ac == 1;
}

static int compare_tags(const void *a, const void *b)
{
    const struct stats_tag *x = a, *y = b;
    if (x->failed != y->failed)
        return x->failed > y->failed ? -1 : 1;
    /* Higher failure rate first: compare x.failed/x.attempts with y.failed/y.attempts. */
    long lhs = (long)x->failed * y->attempts, rhs = (long)y->failed * x->attempts;
    if (lhs != rhs)
        return lhs > rhs ? -1 : 1;
    return strcmp(x->tag, y->tag);
}

static void count_tags(struct user_stats *s, const struct stats_attempt *a)
{
    for (size_t t = 0; t < a->ntags; t++) {
        struct stats_tag *tag = NULL;
        for (size_t i = 0; i < s->ntags && !tag; i++) {
            if (strcmp(s->tags[i].tag, a->tags[t]) == 0)
                tag = &s->tags[i];
        }
        if (!tag) {
            s->tags = xrealloc(s->tags, (s->ntags + 1) * sizeof(*s->tags));
            tag = &s->tags[s->ntags++];
            memset(tag, 0, sizeof(*tag));
            tag->tag = a->tags[t];
        }
        tag->attempts++;
        tag->failed += a->verdict != VERDICT_AC;
    }
}

/* Adds problem to the unsolved list unless it is there already or the user solved it. */
static void consider_unsolved(struct user_stats *s, const char *problem, const struct week *w,
                              const struct stats_attempt *attempts, size_t n)
{
    for (size_t i = 0; i < s->nunsolved; i++) {
        if (strcmp(s->unsolved[i].problem, problem) == 0)
            return;
    }
    struct problem_summary ps;
    summarize(&ps, s->user, problem, NULL, attempts, n);
    if (ps.first_ac)
        return;
    s->unsolved = xrealloc(s->unsolved, (s->nunsolved + 1) * sizeof(*s->unsolved));
    struct stats_unsolved *u = &s->unsolved[s->nunsolved++];
    u->problem = problem;
    u->week = w;
    u->attempts = ps.attempts;
    u->last_day = ps.last_day;
}

void stats_compute(struct user_stats *s, const char *user, const struct week_set *weeks, int today,
                   const struct stats_attempt *attempts, size_t n)
{
    memset(s, 0, sizeof(*s));
    s->user = user;
    s->today = today;

    s->weeks = xcalloc(weeks->count, sizeof(*s->weeks));
    for (size_t k = 0; k < weeks->count; k++) {
        const struct week *w = &weeks->weeks[k];
        if (w->starts_day > today)
            continue;
        struct stats_week *sw = &s->weeks[s->nweeks++];
        sw->week = w;
        sw->current = week_includes_day(w, today);
        sw->assigned = (int)w->nproblems;
        for (size_t p = 0; p < w->nproblems; p++) {
            struct problem_summary ps;
            summarize(&ps, user, w->problems[p], w, attempts, n);
            sw->submissions += ps.attempts;
            for (size_t v = 0; v < ps.failing.count; v++)
                verdicts_add(&sw->failing, ps.failing.items[v].verdict, ps.failing.items[v].count);
            if (ps.attempts == 0)
                continue;
            sw->attempted++;
            sw->first_try += ps.first_try;
            if (ps.first_ac) {
                sw->solved++;
                sw->attempts_to_solve += ps.first_ac;
            }
        }
        sort_verdicts(&sw->failing);
    }

    /* The streak: a current set still in progress is left out rather than breaking it. */
    size_t end = s->nweeks;
    if (end > 0 && s->weeks[end - 1].current &&
        s->weeks[end - 1].solved < s->weeks[end - 1].assigned)
        end--;
    for (size_t k = end; k-- > 0;) {
        if (s->weeks[k].solved < s->weeks[k].assigned)
            break;
        if (!s->streak_last)
            s->streak_last = s->weeks[k].week;
        s->streak++;
    }

    for (size_t k = 0; k < s->nweeks; k++) {
        const struct week *w = s->weeks[k].week;
        for (size_t p = 0; p < w->nproblems; p++)
            consider_unsolved(s, w->problems[p], w, attempts, n);
    }
    for (size_t i = 0; i < n; i++) {
        const struct stats_attempt *a = &attempts[i];
        if (strcmp(a->user, user) != 0)
            continue;
        consider_unsolved(s, a->problem, NULL, attempts, n);
        count_tags(s, a);
        s->submissions++;
        if (a->verdict == VERDICT_AC)
            s->accepted++;
        else
            verdicts_add(&s->failing, a->verdict, 1);
        /* Overall per-problem figures, once per problem: at its first attempt. */
        bool seen = false;
        for (size_t j = 0; j < i && !seen; j++)
            seen =
                strcmp(attempts[j].user, user) == 0 && strcmp(attempts[j].problem, a->problem) == 0;
        if (seen)
            continue;
        struct problem_summary ps;
        summarize(&ps, user, a->problem, NULL, attempts, n);
        s->attempted++;
        s->first_try += ps.first_try;
        if (ps.first_ac) {
            s->solved++;
            s->attempts_to_solve += ps.first_ac;
        }
    }
    sort_verdicts(&s->failing);
    if (s->ntags > 1)
        qsort(s->tags, s->ntags, sizeof(*s->tags), compare_tags);
}

void stats_release(struct user_stats *s)
{
    free(s->weeks);
    free(s->unsolved);
    free(s->tags);
    memset(s, 0, sizeof(*s));
}

cJSON *stats_json(const struct user_stats *s)
{
    char date[11];
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "user", s->user);
    week_date_format(s->today, date);
    cJSON_AddStringToObject(o, "today", date);

    cJSON *weeks = cJSON_AddArrayToObject(o, "weeks");
    for (size_t k = 0; k < s->nweeks; k++) {
        const struct stats_week *sw = &s->weeks[k];
        cJSON *x = cJSON_CreateObject();
        cJSON_AddStringToObject(x, "id", sw->week->id);
        cJSON_AddStringToObject(x, "title", sw->week->title);
        cJSON_AddStringToObject(x, "starts", sw->week->starts);
        cJSON_AddStringToObject(x, "ends", sw->week->ends);
        cJSON_AddBoolToObject(x, "current", sw->current);
        cJSON_AddNumberToObject(x, "assigned", sw->assigned);
        cJSON_AddNumberToObject(x, "attempted", sw->attempted);
        cJSON_AddNumberToObject(x, "solved", sw->solved);
        cJSON_AddNumberToObject(x, "first_try", sw->first_try);
        add_ratio(x, "first_try_rate", sw->first_try, sw->attempted);
        add_ratio(x, "attempts_per_ac", sw->attempts_to_solve, sw->solved);
        cJSON_AddNumberToObject(x, "submissions", sw->submissions);
        cJSON_AddItemToObject(x, "failing_verdicts", verdicts_json(&sw->failing));
        cJSON_AddItemToArray(weeks, x);
    }

    cJSON *streak = cJSON_AddObjectToObject(o, "streak");
    cJSON_AddNumberToObject(streak, "weeks", s->streak);
    if (s->streak_last)
        cJSON_AddStringToObject(streak, "last", s->streak_last->id);
    else
        cJSON_AddNullToObject(streak, "last");

    cJSON *unsolved = cJSON_AddArrayToObject(o, "unsolved");
    for (size_t i = 0; i < s->nunsolved; i++) {
        const struct stats_unsolved *u = &s->unsolved[i];
        cJSON *x = cJSON_CreateObject();
        cJSON_AddStringToObject(x, "problem", u->problem);
        if (u->week)
            cJSON_AddStringToObject(x, "week", u->week->id);
        else
            cJSON_AddNullToObject(x, "week");
        cJSON_AddNumberToObject(x, "attempts", u->attempts);
        if (u->attempts) {
            week_date_format(u->last_day, date);
            cJSON_AddStringToObject(x, "last_attempt", date);
        } else {
            cJSON_AddNullToObject(x, "last_attempt");
        }
        cJSON_AddItemToArray(unsolved, x);
    }

    cJSON *tags = cJSON_AddArrayToObject(o, "tags");
    for (size_t i = 0; i < s->ntags; i++) {
        cJSON *x = cJSON_CreateObject();
        cJSON_AddStringToObject(x, "tag", s->tags[i].tag);
        cJSON_AddNumberToObject(x, "attempts", s->tags[i].attempts);
        cJSON_AddNumberToObject(x, "failed", s->tags[i].failed);
        add_ratio(x, "fail_rate", s->tags[i].failed, s->tags[i].attempts);
        cJSON_AddItemToArray(tags, x);
    }

    cJSON *all = cJSON_AddObjectToObject(o, "overall");
    cJSON_AddNumberToObject(all, "submissions", s->submissions);
    cJSON_AddNumberToObject(all, "accepted", s->accepted);
    cJSON_AddNumberToObject(all, "attempted", s->attempted);
    cJSON_AddNumberToObject(all, "solved", s->solved);
    cJSON_AddNumberToObject(all, "first_try", s->first_try);
    add_ratio(all, "first_try_rate", s->first_try, s->attempted);
    add_ratio(all, "attempts_per_ac", s->attempts_to_solve, s->solved);
    cJSON_AddItemToObject(all, "failing_verdicts", verdicts_json(&s->failing));
    return o;
}

/* ---- review ---- */

int review_interval_days(int box)
{
    static const int intervals[] = {1, 3, 7, 14, 30};
    int last = (int)(sizeof(intervals) / sizeof(intervals[0])) - 1;
    return intervals[box < 0 ? 0 : box > last ? last : box];
}

/* Walks one problem's attempts day by day (they are chronological) to place it in a box. */
static void review_place(struct review_item *item, const char *user, const char *problem,
                         const struct stats_attempt *attempts, size_t n)
{
    bool solved = false;
    size_t i = 0;
    while (i < n) {
        const struct stats_attempt *a = &attempts[i];
        if (strcmp(a->user, user) != 0 || strcmp(a->problem, problem) != 0) {
            i++;
            continue;
        }
        int day = a->day;
        bool first_ac = a->verdict == VERDICT_AC, any_ac = false;
        for (; i < n; i++) {
            const struct stats_attempt *b = &attempts[i];
            if (strcmp(b->user, user) != 0 || strcmp(b->problem, problem) != 0)
                continue;
            if (b->day != day)
                break;
            any_ac |= b->verdict == VERDICT_AC;
        }
        if (!solved) {
            solved = any_ac;
            item->box = any_ac ? 1 : 0;
        } else if (first_ac) {
            item->box++;
            item->clean_reviews++;
        } else {
            item->box = any_ac ? 1 : 0;
            item->clean_reviews = 0;
        }
    }
}

static int compare_due(const void *a, const void *b)
{
    const struct review_item *x = a, *y = b;
    if (x->kind != y->kind)
        return x->kind < y->kind ? -1 : 1;
    if (x->overdue != y->overdue)
        return x->overdue > y->overdue ? -1 : 1;
    return strcmp(x->problem, y->problem);
}

static int compare_later(const void *a, const void *b)
{
    const struct review_item *x = a, *y = b;
    if (x->due_day != y->due_day)
        return x->due_day < y->due_day ? -1 : 1;
    if (x->kind != y->kind)
        return x->kind < y->kind ? -1 : 1;
    return strcmp(x->problem, y->problem);
}

void review_compute(struct review_list *r, const char *user, int today,
                    const struct stats_attempt *attempts, size_t n)
{
    memset(r, 0, sizeof(*r));
    r->user = user;
    r->today = today;
    for (size_t i = 0; i < n; i++) {
        const struct stats_attempt *a = &attempts[i];
        if (strcmp(a->user, user) != 0)
            continue;
        bool seen = false; /* each problem once, at its first attempt */
        for (size_t j = 0; j < i && !seen; j++)
            seen =
                strcmp(attempts[j].user, user) == 0 && strcmp(attempts[j].problem, a->problem) == 0;
        if (seen)
            continue;
        struct problem_summary ps;
        summarize(&ps, user, a->problem, NULL, attempts, n);
        if (ps.first_ac && ps.first_ac < REVIEW_MIN_ATTEMPTS)
            continue;
        struct review_item item = {
            .problem = a->problem,
            .kind = ps.first_ac ? REVIEW_HARD_WON : REVIEW_UNSOLVED,
            .attempts = ps.attempts,
            .attempts_to_solve = ps.first_ac,
            .last_day = ps.last_day,
            .failing = ps.failing,
        };
        sort_verdicts(&item.failing);
        review_place(&item, user, a->problem, attempts, n);
        item.interval = review_interval_days(item.box);
        item.due_day = item.last_day + item.interval;
        item.overdue = today - item.due_day;
        struct review_item **list = item.overdue >= 0 ? &r->due : &r->later;
        size_t *count = item.overdue >= 0 ? &r->ndue : &r->nlater;
        *list = xrealloc(*list, (*count + 1) * sizeof(**list));
        (*list)[(*count)++] = item;
    }
    if (r->ndue > 1)
        qsort(r->due, r->ndue, sizeof(*r->due), compare_due);
    if (r->nlater > 1)
        qsort(r->later, r->nlater, sizeof(*r->later), compare_later);
}

void review_release(struct review_list *r)
{
    free(r->due);
    free(r->later);
    memset(r, 0, sizeof(*r));
}

char *review_reason(const struct review_item *item)
{
    struct strbuf sb = STRBUF_INIT;
    if (item->kind == REVIEW_UNSOLVED) {
        strbuf_addf(&sb, "attempted %d time%s (", item->attempts, plural(item->attempts));
        verdicts_text(&sb, &item->failing);
        strbuf_addstr(&sb, "), never solved");
    } else {
        strbuf_addf(&sb, "solved at attempt %d (failed: ", item->attempts_to_solve);
        verdicts_text(&sb, &item->failing);
        strbuf_addstr(&sb, ")");
        if (item->box == 0)
            strbuf_addstr(&sb, ", slipped at the last review");
        else
            strbuf_addf(&sb, ", %d clean review%s since", item->clean_reviews,
                        plural(item->clean_reviews));
    }
    strbuf_addf(&sb, "; review every %d day%s", item->interval, plural(item->interval));
    if (item->overdue > 0)
        strbuf_addf(&sb, ", %d day%s overdue", item->overdue, plural(item->overdue));
    else if (item->overdue == 0)
        strbuf_addstr(&sb, ", due today");
    else
        strbuf_addf(&sb, ", due in %d day%s", -item->overdue, plural(-item->overdue));
    return strbuf_detach(&sb);
}

static cJSON *review_item_json(const struct review_item *item)
{
    char date[11];
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "problem", item->problem);
    cJSON_AddStringToObject(o, "kind", item->kind == REVIEW_UNSOLVED ? "unsolved" : "hard_won");
    cJSON_AddNumberToObject(o, "attempts", item->attempts);
    if (item->attempts_to_solve)
        cJSON_AddNumberToObject(o, "attempts_to_solve", item->attempts_to_solve);
    else
        cJSON_AddNullToObject(o, "attempts_to_solve");
    cJSON_AddNumberToObject(o, "box", item->box);
    cJSON_AddNumberToObject(o, "clean_reviews", item->clean_reviews);
    cJSON_AddNumberToObject(o, "interval_days", item->interval);
    week_date_format(item->last_day, date);
    cJSON_AddStringToObject(o, "last_attempt", date);
    week_date_format(item->due_day, date);
    cJSON_AddStringToObject(o, "due", date);
    cJSON_AddNumberToObject(o, "overdue_days", item->overdue);
    cJSON_AddItemToObject(o, "failing_verdicts", verdicts_json(&item->failing));
    char *reason = review_reason(item);
    cJSON_AddStringToObject(o, "reason", reason);
    free(reason);
    return o;
}

cJSON *review_json(const struct review_list *r)
{
    char date[11];
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "user", r->user);
    week_date_format(r->today, date);
    cJSON_AddStringToObject(o, "today", date);
    cJSON *due = cJSON_AddArrayToObject(o, "due");
    for (size_t i = 0; i < r->ndue; i++)
        cJSON_AddItemToArray(due, review_item_json(&r->due[i]));
    cJSON *later = cJSON_AddArrayToObject(o, "later");
    for (size_t i = 0; i < r->nlater; i++)
        cJSON_AddItemToArray(later, review_item_json(&r->later[i]));
    return o;
}

/* ---- from the history ---- */

size_t stats_attempts_from_history(const struct hist_submission *rows, size_t n,
                                   struct stats_attempt **out)
{
    size_t count = 0;
    *out = xcalloc(n, sizeof(**out));
    for (size_t i = 0; i < n; i++) {
        const struct hist_submission *s = &rows[i];
        struct stats_attempt *a = &(*out)[count];
        long long at = hist_parse_time(s->judged_at);
        if (at < 0 || verdict_parse(s->verdict, &a->verdict) < 0 || a->verdict == VERDICT_SE)
            continue;
        a->id = s->id;
        a->user = s->user;
        a->problem = s->problem;
        a->week = s->week;
        a->at = (time_t)at;
        a->day = week_local_day(a->at);
        a->tags = (const char *const *)s->tags;
        a->ntags = s->ntags;
        count++;
    }
    return count;
}
