/* stats.c: the board, the week's report, a user's statistics and the review schedule. */
#define _GNU_SOURCE
#include "judge/stats.h"
#include "judge/progress.h"
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
    sort_array(v->items, v->count, sizeof(v->items[0]), compare_verdict_counts);
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

/* Tagged mistakes by kind, as [{"kind", "count"}], most first (ties: the kinds' order). */
static cJSON *mistakes_json(const int counts[MISTAKE_KIND_COUNT])
{
    cJSON *list = cJSON_CreateArray();
    bool done[MISTAKE_KIND_COUNT] = {false};
    for (;;) {
        int best = -1;
        for (int k = 0; k < MISTAKE_KIND_COUNT; k++) {
            if (!done[k] && counts[k] > 0 && (best < 0 || counts[k] > counts[best]))
                best = k;
        }
        if (best < 0)
            break;
        done[best] = true;
        cJSON *x = cJSON_CreateObject();
        cJSON_AddStringToObject(x, "kind", mistake_kind_name((enum mistake_kind)best));
        cJSON_AddNumberToObject(x, "count", counts[best]);
        cJSON_AddItemToArray(list, x);
    }
    return list;
}

static cJSON *progress_json(const struct user_stats *s);

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
        cJSON_AddItemToObject(x, "mistakes", mistakes_json(sw->mistakes));
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
    cJSON_AddItemToObject(all, "mistakes", mistakes_json(s->mistakes));
    cJSON_AddItemToObject(o, "progress", progress_json(s));
    return o;
}

/* ---- progress over the weeks ---- */

/* The weekly series stats shows a trend for. */
enum series_id {
    SERIES_SOLVED,
    SERIES_FIRST_TRY_RATE,
    SERIES_ATTEMPTS_PER_AC,
    SERIES_MISTAKES,
    SERIES_KIND, /* one kind of mistake: SERIES_KIND + kind */
};

static const struct series_info {
    const char *key;   /* in the JSON */
    const char *label; /* for people */
    bool higher_is_better;
    double band; /* a change smaller than this over the window is steady */
} series_info[] = {
    [SERIES_SOLVED] = {"solved", "solved", true, 0.5},
    [SERIES_FIRST_TRY_RATE] = {"first_try_rate", "first-try rate", true, 0.1},
    [SERIES_ATTEMPTS_PER_AC] = {"attempts_per_ac", "attempts per AC", false, 0.25},
    [SERIES_MISTAKES] = {"mistakes", "mistakes tagged", false, 0.5},
    [SERIES_KIND] = {NULL, NULL, false, 0.5},
};

static const struct series_info *info_of(int id)
{
    return &series_info[id < SERIES_KIND ? id : SERIES_KIND];
}

/* One series' values over s->weeks: present[] false where there is nothing to take a ratio
 * of; trend_present[] leaves out the current, unfinished set. */
static void series_values(const struct user_stats *s, int id, double *values, bool *present,
                          bool *trend_present)
{
    for (size_t k = 0; k < s->nweeks; k++) {
        const struct stats_week *sw = &s->weeks[k];
        int total = 0;
        for (int m = 0; m < MISTAKE_KIND_COUNT; m++)
            total += sw->mistakes[m];
        present[k] = true;
        switch (id) {
        case SERIES_SOLVED:
            values[k] = sw->solved;
            break;
        case SERIES_FIRST_TRY_RATE:
            present[k] = sw->attempted > 0;
            values[k] =
                present[k] ? round((double)sw->first_try / sw->attempted * 10000) / 10000 : 0;
            break;
        case SERIES_ATTEMPTS_PER_AC:
            present[k] = sw->solved > 0;
            values[k] =
                present[k] ? round((double)sw->attempts_to_solve / sw->solved * 10000) / 10000 : 0;
            break;
        case SERIES_MISTAKES:
            values[k] = total;
            break;
        default:
            values[k] = sw->mistakes[id - SERIES_KIND];
            break;
        }
        trend_present[k] = present[k] && !sw->current;
    }
}

/* The series with its trend, as JSON. */
static cJSON *series_json(const struct user_stats *s, int id)
{
    size_t n = s->nweeks;
    double *values = xcalloc(n + 1, sizeof(double));
    bool *present = xcalloc(n + 1, sizeof(bool)), *trend_present = xcalloc(n + 1, sizeof(bool));
    series_values(s, id, values, present, trend_present);
    const struct series_info *info = info_of(id);
    cJSON *o = cJSON_CreateObject();
    if (id >= SERIES_KIND)
        cJSON_AddStringToObject(o, "kind",
                                mistake_kind_name((enum mistake_kind)(id - SERIES_KIND)));
    cJSON *list = cJSON_AddArrayToObject(o, "values");
    for (size_t k = 0; k < n; k++)
        cJSON_AddItemToArray(list, present[k] ? cJSON_CreateNumber(values[k]) : cJSON_CreateNull());
    double slope = 0;
    enum progress_trend t = progress_trend(values, trend_present, n, PROGRESS_TREND_WEEKS,
                                           info->higher_is_better, info->band, &slope);
    if (t == PROGRESS_NONE) {
        cJSON_AddNullToObject(o, "trend");
        cJSON_AddNullToObject(o, "slope");
    } else {
        cJSON_AddStringToObject(o, "trend", progress_trend_name(t));
        cJSON_AddNumberToObject(o, "slope", slope);
    }
    free(values);
    free(present);
    free(trend_present);
    return o;
}

static cJSON *progress_json(const struct user_stats *s)
{
    cJSON *o = cJSON_CreateObject();
    cJSON *weeks = cJSON_AddArrayToObject(o, "weeks");
    for (size_t k = 0; k < s->nweeks; k++)
        cJSON_AddItemToArray(weeks, cJSON_CreateString(s->weeks[k].week->id));
    cJSON_AddNumberToObject(o, "trend_weeks", PROGRESS_TREND_WEEKS);
    for (int id = 0; id < SERIES_KIND; id++)
        cJSON_AddItemToObject(o, info_of(id)->key, series_json(s, id));
    cJSON *kinds = cJSON_AddArrayToObject(o, "mistake_kinds");
    for (int m = 0; m < MISTAKE_KIND_COUNT; m++) {
        if (s->mistakes[m] == 0)
            continue;
        cJSON *x = series_json(s, SERIES_KIND + m);
        cJSON_AddNumberToObject(x, "total", s->mistakes[m]);
        cJSON_AddItemToArray(kinds, x);
    }
    return o;
}

static void series_text(struct strbuf *sb, const struct user_stats *s, int id)
{
    size_t n = s->nweeks;
    double *values = xcalloc(n + 1, sizeof(double));
    bool *present = xcalloc(n + 1, sizeof(bool)), *trend_present = xcalloc(n + 1, sizeof(bool));
    series_values(s, id, values, present, trend_present);
    const struct series_info *info = info_of(id);
    const char *label =
        id >= SERIES_KIND ? mistake_kind_name((enum mistake_kind)(id - SERIES_KIND)) : info->label;
    strbuf_addf(sb, "  %-18s ", label);
    progress_sparkline(sb, values, present, n);
    size_t last = n;
    while (last > 0 && !present[last - 1])
        last--;
    if (last == 0)
        strbuf_addstr(sb, "  -");
    else if (id == SERIES_FIRST_TRY_RATE)
        strbuf_addf(sb, "  %.0f%%", values[last - 1] * 100);
    else if (id == SERIES_ATTEMPTS_PER_AC)
        strbuf_addf(sb, "  %.1f", values[last - 1]);
    else
        strbuf_addf(sb, "  %.0f", values[last - 1]);
    double slope = 0;
    enum progress_trend t = progress_trend(values, trend_present, n, PROGRESS_TREND_WEEKS,
                                           info->higher_is_better, info->band, &slope);
    strbuf_addf(sb, "  %s\n",
                t == PROGRESS_NONE ? "(too few finished sets for a trend)"
                                   : progress_trend_name(t));
    free(values);
    free(present);
    free(trend_present);
}

void stats_progress_text(struct strbuf *sb, const struct user_stats *s)
{
    if (s->nweeks == 0)
        return;
    strbuf_addf(sb,
                "progress over %zu set%s (oldest first; the trend over the last %d finished):\n",
                s->nweeks, plural((long)s->nweeks), PROGRESS_TREND_WEEKS);
    for (int id = 0; id < SERIES_KIND; id++)
        series_text(sb, s, id);
    for (int m = 0; m < MISTAKE_KIND_COUNT; m++) {
        if (s->mistakes[m])
            series_text(sb, s, SERIES_KIND + m);
    }
}

void stats_count_mistakes(struct user_stats *s, const struct stats_mistake *list, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        const struct stats_mistake *m = &list[i];
        if (strcmp(m->user, s->user) != 0)
            continue;
        s->mistakes[m->kind]++;
        for (size_t k = 0; m->week && k < s->nweeks; k++) {
            if (strcmp(s->weeks[k].week->id, m->week) == 0)
                s->weeks[k].mistakes[m->kind]++;
        }
    }
}

size_t stats_mistakes_from_history(const struct hist_mistake *list, size_t n,
                                   struct stats_mistake **out)
{
    size_t count = 0;
    *out = xcalloc(n ? n : 1, sizeof(**out));
    for (size_t i = 0; i < n; i++) {
        struct stats_mistake *m = &(*out)[count];
        if (mistake_kind_parse(list[i].kind, &m->kind) < 0)
            continue;
        m->submission_id = list[i].submission_id;
        m->user = list[i].user;
        m->problem = list[i].problem;
        m->week = list[i].week;
        m->note = list[i].note;
        count++;
    }
    return count;
}

/* ---- review ---- */

int review_interval_days(int box)
{
    static const int intervals[] = {1, 3, 7, 14, 30};
    int last = (int)(sizeof(intervals) / sizeof(intervals[0])) - 1;
    return intervals[box < 0 ? 0 : box > last ? last : box];
}

/* Whether attempts[i] resubmits the exact source of an earlier attempt of the same user on
 * the same problem: judging it again proves nothing new. */
static bool is_rerun(const struct stats_attempt *attempts, size_t i)
{
    const struct stats_attempt *a = &attempts[i];
    if (!a->source_sha256)
        return false;
    for (size_t j = 0; j < i; j++) {
        const struct stats_attempt *b = &attempts[j];
        if (b->source_sha256 && strcmp(b->source_sha256, a->source_sha256) == 0 &&
            strcmp(b->user, a->user) == 0 && strcmp(b->problem, a->problem) == 0)
            return true;
    }
    return false;
}

/* Whether attempt i is one of user's on problem that counts for review (not a rerun). */
static bool counts_for_review(const struct stats_attempt *attempts, size_t i, const char *user,
                              const char *problem)
{
    return strcmp(attempts[i].user, user) == 0 && strcmp(attempts[i].problem, problem) == 0 &&
           !is_rerun(attempts, i);
}

/* Walks one problem's attempts day by day (they are chronological) to place it in a box, and
 * finds its last attempt and last failed attempt; reruns are skipped. */
static void review_place(struct review_item *item, const char *user, const char *problem,
                         const struct stats_attempt *attempts, size_t n)
{
    bool solved = false;
    size_t i = 0;
    while (i < n) {
        const struct stats_attempt *a = &attempts[i];
        if (!counts_for_review(attempts, i, user, problem)) {
            i++;
            continue;
        }
        int day = a->day;
        bool first_ac = a->verdict == VERDICT_AC, any_ac = false;
        for (; i < n; i++) {
            const struct stats_attempt *b = &attempts[i];
            if (!counts_for_review(attempts, i, user, problem))
                continue;
            if (b->day != day)
                break;
            any_ac |= b->verdict == VERDICT_AC;
            item->last_day = b->day;
            if (b->verdict != VERDICT_AC)
                item->last_failed_id = b->id;
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

/* How many distinct problems of the user's mistakes have each kind. */
static void count_kind_problems(const struct review_options *o, const char *user,
                                int problems[MISTAKE_KIND_COUNT])
{
    memset(problems, 0, MISTAKE_KIND_COUNT * sizeof(int));
    for (size_t i = 0; o && i < o->nmistakes; i++) {
        const struct stats_mistake *m = &o->mistakes[i];
        if (strcmp(m->user, user) != 0)
            continue;
        bool seen = false; /* the same kind on the same problem counts once */
        for (size_t j = 0; j < i && !seen; j++)
            seen = strcmp(o->mistakes[j].user, user) == 0 && o->mistakes[j].kind == m->kind &&
                   strcmp(o->mistakes[j].problem, m->problem) == 0;
        if (!seen)
            problems[m->kind]++;
    }
}

/* Gives the item its mistakes (latest first) and which of their kinds recur. */
static void attach_mistakes(struct review_item *item, const char *user,
                            const struct review_options *o, const int problems[MISTAKE_KIND_COUNT])
{
    for (size_t i = o ? o->nmistakes : 0; i-- > 0;) {
        const struct stats_mistake *m = &o->mistakes[i];
        if (strcmp(m->user, user) != 0 || strcmp(m->problem, item->problem) != 0)
            continue;
        item->mistakes = xrealloc(item->mistakes, (item->nmistakes + 1) * sizeof(*item->mistakes));
        item->mistakes[item->nmistakes++] = m;
        bool listed = false;
        for (size_t k = 0; k < item->nrecurring; k++)
            listed |= item->recurring[k] == m->kind;
        if (!listed && problems[m->kind] >= REVIEW_RECURRING_MIN)
            item->recurring[item->nrecurring++] = m->kind;
    }
}

static void review_add(struct review_list *r, struct review_item *item)
{
    item->interval = review_interval_days(item->box);
    item->due_day = item->last_day + item->interval;
    item->overdue = r->today - item->due_day;
    struct review_item **list = item->overdue >= 0 ? &r->due : &r->later;
    size_t *count = item->overdue >= 0 ? &r->ndue : &r->nlater;
    *list = xrealloc(*list, (*count + 1) * sizeof(**list));
    (*list)[(*count)++] = *item;
}

/* Whether user ever attempted problem. */
static bool attempted(const struct stats_attempt *attempts, size_t n, const char *user,
                      const char *problem)
{
    for (size_t i = 0; i < n; i++) {
        if (strcmp(attempts[i].user, user) == 0 && strcmp(attempts[i].problem, problem) == 0)
            return true;
    }
    return false;
}

/* The problems of ended sets that user never started, each once (its first set). */
static void add_new_problems(struct review_list *r, const char *user,
                             const struct stats_attempt *attempts, size_t n,
                             const struct week_set *weeks)
{
    for (size_t k = 0; weeks && k < weeks->count; k++) {
        const struct week *w = &weeks->weeks[k];
        if (w->ends_day >= r->today)
            continue;
        for (size_t p = 0; p < w->nproblems; p++) {
            const char *problem = w->problems[p];
            bool listed = false;
            for (size_t j = 0; j < k && !listed; j++)
                listed = weeks->weeks[j].ends_day < r->today &&
                         week_has_problem(&weeks->weeks[j], problem);
            if (listed || attempted(attempts, n, user, problem))
                continue;
            struct review_item item = {
                .problem = problem, .kind = REVIEW_NEW, .week = w, .last_day = w->ends_day};
            review_add(r, &item);
        }
    }
}

void review_compute_full(struct review_list *r, const char *user, int today,
                         const struct stats_attempt *attempts, size_t n,
                         const struct review_options *opts)
{
    int kind_problems[MISTAKE_KIND_COUNT];
    memset(r, 0, sizeof(*r));
    r->user = user;
    r->today = today;
    count_kind_problems(opts, user, kind_problems);
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
        struct review_item item = {
            .problem = a->problem,
            .kind = ps.first_ac ? REVIEW_HARD_WON : REVIEW_UNSOLVED,
            .attempts = ps.attempts,
            .attempts_to_solve = ps.first_ac,
            .failing = ps.failing,
        };
        attach_mistakes(&item, user, opts, kind_problems);
        if (ps.first_ac && ps.first_ac < REVIEW_MIN_ATTEMPTS) {
            if (item.nrecurring == 0) {
                free(item.mistakes);
                continue;
            }
            item.kind = REVIEW_RECURRING;
        }
        sort_verdicts(&item.failing);
        review_place(&item, user, a->problem, attempts, n);
        review_add(r, &item);
    }
    if (opts && opts->include_new)
        add_new_problems(r, user, attempts, n, opts->weeks);
    if (r->ndue > 1)
        qsort(r->due, r->ndue, sizeof(*r->due), compare_due);
    if (r->nlater > 1)
        qsort(r->later, r->nlater, sizeof(*r->later), compare_later);
}

void review_compute(struct review_list *r, const char *user, int today,
                    const struct stats_attempt *attempts, size_t n)
{
    review_compute_full(r, user, today, attempts, n, NULL);
}

void review_set_failed_tests(struct review_item *item, const char *const *names, size_t n)
{
    for (size_t i = 0; i < item->nfailed_tests; i++)
        free(item->failed_tests[i]);
    free(item->failed_tests);
    item->failed_tests = xcalloc(n ? n : 1, sizeof(*item->failed_tests));
    for (size_t i = 0; i < n; i++)
        item->failed_tests[i] = xstrdup(names[i]);
    item->nfailed_tests = n;
}

static void review_items_free(struct review_item *items, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        for (size_t k = 0; k < items[i].nfailed_tests; k++)
            free(items[i].failed_tests[k]);
        free(items[i].failed_tests);
        free(items[i].mistakes);
    }
    free(items);
}

void review_release(struct review_list *r)
{
    review_items_free(r->due, r->ndue);
    review_items_free(r->later, r->nlater);
    memset(r, 0, sizeof(*r));
}

char *review_reason(const struct review_item *item)
{
    struct strbuf sb = STRBUF_INIT;
    char date[11];
    if (item->kind == REVIEW_NEW) {
        week_date_format(item->week->ends_day, date);
        strbuf_addf(&sb, "never started (%s, which ended %s)", item->week->id, date);
        return strbuf_detach(&sb);
    }
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
    for (size_t k = 0; k < item->nrecurring; k++)
        strbuf_addf(&sb, "%s%s",
                    k ? ", " : "; a recurring mistake: ", mistake_kind_name(item->recurring[k]));
    strbuf_addf(&sb, "; review every %d day%s", item->interval, plural(item->interval));
    if (item->overdue > 0)
        strbuf_addf(&sb, ", %d day%s overdue", item->overdue, plural(item->overdue));
    else if (item->overdue == 0)
        strbuf_addstr(&sb, ", due today");
    else
        strbuf_addf(&sb, ", due in %d day%s", -item->overdue, plural(-item->overdue));
    return strbuf_detach(&sb);
}

static const char *review_kind_name(enum review_kind kind)
{
    switch (kind) {
    case REVIEW_UNSOLVED:
        return "unsolved";
    case REVIEW_HARD_WON:
        return "hard_won";
    case REVIEW_RECURRING:
        return "recurring";
    case REVIEW_NEW:
        break;
    }
    return "new";
}

static cJSON *review_item_json(const struct review_item *item)
{
    char date[11];
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "problem", item->problem);
    cJSON_AddStringToObject(o, "kind", review_kind_name(item->kind));
    cJSON_AddNumberToObject(o, "attempts", item->attempts);
    if (item->attempts_to_solve)
        cJSON_AddNumberToObject(o, "attempts_to_solve", item->attempts_to_solve);
    else
        cJSON_AddNullToObject(o, "attempts_to_solve");
    cJSON_AddNumberToObject(o, "box", item->box);
    cJSON_AddNumberToObject(o, "clean_reviews", item->clean_reviews);
    cJSON_AddNumberToObject(o, "interval_days", item->interval);
    if (item->kind == REVIEW_NEW) {
        cJSON_AddNullToObject(o, "last_attempt");
    } else {
        week_date_format(item->last_day, date);
        cJSON_AddStringToObject(o, "last_attempt", date);
    }
    week_date_format(item->due_day, date);
    cJSON_AddStringToObject(o, "due", date);
    cJSON_AddNumberToObject(o, "overdue_days", item->overdue);
    cJSON_AddItemToObject(o, "failing_verdicts", verdicts_json(&item->failing));
    char *reason = review_reason(item);
    cJSON_AddStringToObject(o, "reason", reason);
    free(reason);
    if (item->week)
        cJSON_AddStringToObject(o, "week", item->week->id);
    else
        cJSON_AddNullToObject(o, "week");
    if (item->last_failed_id)
        cJSON_AddNumberToObject(o, "last_failed", (double)item->last_failed_id);
    else
        cJSON_AddNullToObject(o, "last_failed");
    cJSON *tests = cJSON_AddArrayToObject(o, "failed_tests");
    for (size_t i = 0; i < item->nfailed_tests; i++)
        cJSON_AddItemToArray(tests, cJSON_CreateString(item->failed_tests[i]));
    cJSON *mistakes = cJSON_AddArrayToObject(o, "mistakes");
    for (size_t i = 0; i < item->nmistakes; i++) {
        const struct stats_mistake *m = item->mistakes[i];
        cJSON *x = cJSON_CreateObject();
        cJSON_AddNumberToObject(x, "submission_id", (double)m->submission_id);
        cJSON_AddStringToObject(x, "kind", mistake_kind_name(m->kind));
        cJSON_AddStringToObject(x, "note", m->note ? m->note : "");
        cJSON_AddItemToArray(mistakes, x);
    }
    cJSON *recurring = cJSON_AddArrayToObject(o, "recurring_kinds");
    for (size_t i = 0; i < item->nrecurring; i++)
        cJSON_AddItemToArray(recurring, cJSON_CreateString(mistake_kind_name(item->recurring[i])));
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
        a->source_sha256 = s->source_sha256;
        count++;
    }
    return count;
}
