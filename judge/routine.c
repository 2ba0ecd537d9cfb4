/* routine.c: the study group's board, members' solutions, the presenter and review-pair
 * rotations, the review queue. */
#define _GNU_SOURCE
#include "judge/routine.h"
#include "judge/honesty.h"
#include "judge/util.h"
#include "judge/verdict.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- shared pieces ---- */

void md_add_escaped(struct strbuf *md, const char *text)
{
    /* What can start emphasis, code, a link, an HTML tag or a table cell mid-line; names are
     * never at the start of a line, where '-', '#' and '1.' would matter. */
    static const char special[] = "\\`*_[]<>|~";
    char *flat = xstrdup(text ? text : "");
    for (char *p = flat; *p; p++) {
        if (*p == '\n' || *p == '\r' || *p == '\t')
            *p = ' ';
    }
    /* The other controls shown as on a terminal: Markdown is printed on one, or posted to a
     * chat, where an escape sequence or a bidirectional override is not a name's to send. */
    char *shown = text_visible(flat, 0);
    for (const char *p = shown; *p; p++) {
        if (strchr(special, *p))
            strbuf_addstr(md, "\\");
        strbuf_add(md, p, 1);
    }
    free(shown);
    free(flat);
}

const char *routine_day_text(int day, char *buf, size_t len)
{
    static const char *const names[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    char date[11];
    week_date_format(day, date);
    /* Day 0, 1970-01-01, was a Thursday. */
    int weekday = ((day % 7) + 7 + 4) % 7;
    snprintf(buf, len, "%s %s", names[weekday], date + 5);
    return buf;
}

static long problem_index(const struct week *w, const char *problem)
{
    for (size_t i = 0; i < w->nproblems; i++) {
        if (strcmp(w->problems[i], problem) == 0)
            return (long)i;
    }
    return -1;
}

static const char *plural(long n)
{
    return n == 1 ? "" : "s";
}

/* ---- the study group's board ---- */

static struct group_row *group_row_for(struct group_board *b, const char *user)
{
    for (size_t i = 0; i < b->nrows; i++) {
        if (strcmp(b->rows[i].user, user) == 0)
            return &b->rows[i];
    }
    b->rows = xrealloc(b->rows, (b->nrows + 1) * sizeof(*b->rows));
    struct group_row *row = &b->rows[b->nrows++];
    memset(row, 0, sizeof(*row));
    row->user = user;
    row->cells = xcalloc(b->week->nproblems, sizeof(*row->cells));
    return row;
}

/* The ranking's order, without the name: negative when x ranks before y. */
static int compare_standing(const struct group_row *x, const struct group_row *y)
{
    if (x->solved != y->solved)
        return x->solved > y->solved ? -1 : 1;
    if (x->first_try != y->first_try)
        return x->first_try > y->first_try ? -1 : 1;
    if (x->attempts != y->attempts)
        return x->attempts < y->attempts ? -1 : 1;
    return 0;
}

static int compare_group_rows(const void *a, const void *b)
{
    const struct group_row *x = a, *y = b;
    int c = compare_standing(x, y);
    return c ? c : strcmp(x->user, y->user);
}

void group_board_compute(struct group_board *b, const struct week *w,
                         const struct stats_attempt *attempts, size_t n)
{
    memset(b, 0, sizeof(*b));
    b->week = w;
    b->problems = xcalloc(w->nproblems, sizeof(*b->problems));
    b->hardest = -1;

    for (size_t i = 0; i < n; i++) {
        const struct stats_attempt *a = &attempts[i];
        long p = a->week && strcmp(a->week, w->id) == 0 ? problem_index(w, a->problem) : -1;
        if (p < 0)
            continue;
        struct group_cell *cell = &group_row_for(b, a->user)->cells[p];
        if (cell->first_ac_id)
            continue; /* counting stops at the first AC */
        cell->attempts++;
        if (a->verdict == VERDICT_AC) {
            cell->first_ac_id = a->id;
            cell->solved_day = a->day;
            cell->late = a->day > w->ends_day;
            cell->solved = !cell->late;
        }
    }

    for (size_t r = 0; r < b->nrows; r++) {
        struct group_row *row = &b->rows[r];
        for (size_t p = 0; p < w->nproblems; p++) {
            const struct group_cell *cell = &row->cells[p];
            struct group_problem *gp = &b->problems[p];
            if (cell->attempts == 0)
                continue;
            gp->attempted_by++;
            gp->failed += cell->attempts - (cell->first_ac_id ? 1 : 0);
            if (cell->late) {
                row->late++;
                gp->late++;
            }
            if (!cell->solved)
                continue;
            row->solved++;
            row->attempts += cell->attempts;
            gp->solvers++;
            if (cell->attempts == 1) {
                row->first_try++;
                gp->first_try++;
            }
        }
    }
    if (b->nrows > 1)
        qsort(b->rows, b->nrows, sizeof(*b->rows), compare_group_rows);
    for (size_t r = 0; r < b->nrows; r++) {
        struct group_row *row = &b->rows[r];
        bool tie = r > 0 && compare_standing(&b->rows[r - 1], row) == 0;
        row->rank = tie ? b->rows[r - 1].rank : (int)r + 1;
    }

    if (b->nrows == 0)
        return;
    b->hardest = 0;
    for (size_t p = 1; p < w->nproblems; p++) {
        const struct group_problem *x = &b->problems[p], *best = &b->problems[b->hardest];
        if (x->solvers < best->solvers || (x->solvers == best->solvers && x->failed > best->failed))
            b->hardest = (long)p;
    }
}

void group_board_release(struct group_board *b)
{
    for (size_t i = 0; i < b->nrows; i++)
        free(b->rows[i].cells);
    free(b->rows);
    free(b->problems);
    memset(b, 0, sizeof(*b));
}

const char *group_cell_text(const struct group_cell *c, char *buf, size_t len)
{
    char day[32];
    if (c->first_ac_id) {
        routine_day_text(c->solved_day, day, sizeof(day));
        if (c->late)
            snprintf(buf, len, "late %s (%d)", day + 4, c->attempts);
        else
            snprintf(buf, len, "%s (%d)", day, c->attempts);
    } else if (c->attempts) {
        snprintf(buf, len, "-%d", c->attempts);
    } else {
        snprintf(buf, len, ".");
    }
    return buf;
}

cJSON *group_board_json(const struct group_board *b)
{
    const struct week *w = b->week;
    char date[11];
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "style", "group");
    cJSON_AddItemToObject(o, "week", week_json(w));
    cJSON *members = cJSON_AddArrayToObject(o, "members");
    for (size_t r = 0; r < b->nrows; r++) {
        const struct group_row *row = &b->rows[r];
        cJSON *m = cJSON_CreateObject();
        cJSON_AddNumberToObject(m, "rank", row->rank);
        cJSON_AddStringToObject(m, "user", row->user);
        cJSON_AddNumberToObject(m, "solved", row->solved);
        cJSON_AddNumberToObject(m, "first_try", row->first_try);
        cJSON_AddNumberToObject(m, "attempts", row->attempts);
        cJSON_AddNumberToObject(m, "late", row->late);
        cJSON *cells = cJSON_AddArrayToObject(m, "problems");
        for (size_t p = 0; p < w->nproblems; p++) {
            const struct group_cell *cell = &row->cells[p];
            cJSON *c = cJSON_CreateObject();
            cJSON_AddStringToObject(c, "problem", w->problems[p]);
            cJSON_AddNumberToObject(c, "attempts", cell->attempts);
            cJSON_AddBoolToObject(c, "solved", cell->solved);
            cJSON_AddBoolToObject(c, "late", cell->late);
            if (cell->first_ac_id) {
                week_date_format(cell->solved_day, date);
                cJSON_AddStringToObject(c, "solved_on", date);
            } else {
                cJSON_AddNullToObject(c, "solved_on");
            }
            cJSON_AddItemToArray(cells, c);
        }
        cJSON_AddItemToArray(members, m);
    }
    cJSON *problems = cJSON_AddArrayToObject(o, "problems");
    for (size_t p = 0; p < w->nproblems; p++) {
        const struct group_problem *gp = &b->problems[p];
        cJSON *x = cJSON_CreateObject();
        cJSON_AddStringToObject(x, "problem", w->problems[p]);
        cJSON_AddNumberToObject(x, "attempted_by", gp->attempted_by);
        cJSON_AddNumberToObject(x, "solvers", gp->solvers);
        cJSON_AddNumberToObject(x, "first_try", gp->first_try);
        cJSON_AddNumberToObject(x, "failed_attempts", gp->failed);
        cJSON_AddNumberToObject(x, "late", gp->late);
        cJSON_AddItemToArray(problems, x);
    }
    if (b->hardest >= 0)
        cJSON_AddStringToObject(o, "hardest", w->problems[b->hardest]);
    else
        cJSON_AddNullToObject(o, "hardest");
    return o;
}

void group_board_markdown(struct strbuf *md, const struct group_board *b, group_link_fn link,
                          void *ctx)
{
    const struct week *w = b->week;
    char text[64];
    strbuf_addstr(md, "| # | member |");
    for (size_t p = 0; p < w->nproblems; p++) {
        strbuf_addstr(md, " ");
        md_add_escaped(md, w->problems[p]);
        strbuf_addstr(md, " |");
    }
    strbuf_addstr(md, " solved | first try | attempts |\n|---|---|");
    for (size_t p = 0; p < w->nproblems; p++)
        strbuf_addstr(md, "---|");
    strbuf_addstr(md, "---|---|---|\n");
    for (size_t r = 0; r < b->nrows; r++) {
        const struct group_row *row = &b->rows[r];
        strbuf_addf(md, "| %d | ", row->rank);
        md_add_escaped(md, row->user);
        strbuf_addstr(md, " |");
        for (size_t p = 0; p < w->nproblems; p++) {
            const struct group_cell *cell = &row->cells[p];
            const char *to = cell->first_ac_id && link ? link(ctx, r, p) : NULL;
            group_cell_text(cell, text, sizeof(text));
            if (cell->attempts == 0)
                strbuf_addstr(md, " |");
            else if (to)
                strbuf_addf(md, " [%s](%s) |", text, to);
            else
                strbuf_addf(md, " %s |", text);
        }
        strbuf_addf(md, " %d | %d | %d |\n", row->solved, row->first_try, row->attempts);
    }
}

char *group_report_markdown(const struct group_board *b)
{
    const struct week *w = b->week;
    struct strbuf md = STRBUF_INIT;

    strbuf_addstr(&md, "## ");
    md_add_escaped(&md, w->id);
    strbuf_addstr(&md, ": ");
    md_add_escaped(&md, w->title);
    strbuf_addf(&md, "\n\n%s to %s · %zu problem%s · %zu member%s\n", w->starts, w->ends,
                w->nproblems, plural((long)w->nproblems), b->nrows, plural((long)b->nrows));
    if (b->nrows == 0) {
        strbuf_addstr(&md, "\nNo submissions yet.\n");
        return strbuf_detach(&md);
    }

    strbuf_addstr(&md, "\n### Who solved what\n\n");
    for (size_t r = 0; r < b->nrows; r++) {
        const struct group_row *row = &b->rows[r];
        strbuf_addstr(&md, "- **");
        md_add_escaped(&md, row->user);
        strbuf_addf(&md, "** (%d/%zu): ", row->solved, w->nproblems);
        int shown = 0;
        for (size_t p = 0; p < w->nproblems; p++) {
            if (!row->cells[p].first_ac_id)
                continue;
            strbuf_addstr(&md, shown++ ? ", " : "");
            md_add_escaped(&md, w->problems[p]);
            if (row->cells[p].late)
                strbuf_addstr(&md, " (late)");
        }
        strbuf_addstr(&md, shown ? "\n" : "nothing yet\n");
    }

    strbuf_addstr(&md, "\n### First-try solves\n\n");
    int any = 0;
    for (size_t r = 0; r < b->nrows; r++) {
        const struct group_row *row = &b->rows[r];
        if (row->first_try == 0)
            continue;
        strbuf_addstr(&md, "- ");
        md_add_escaped(&md, row->user);
        strbuf_addstr(&md, ": ");
        int shown = 0;
        for (size_t p = 0; p < w->nproblems; p++) {
            if (row->cells[p].solved && row->cells[p].attempts == 1) {
                strbuf_addstr(&md, shown++ ? ", " : "");
                md_add_escaped(&md, w->problems[p]);
            }
        }
        strbuf_addstr(&md, "\n");
        any++;
    }
    if (!any)
        strbuf_addstr(&md, "None this week.\n");

    const struct group_problem *hp = &b->problems[b->hardest];
    strbuf_addstr(&md, "\n### Hardest problem\n\n**");
    md_add_escaped(&md, w->problems[b->hardest]);
    strbuf_addf(&md, "**: solved by %d of %zu member%s, %d failed attempt%s.\n", hp->solvers,
                b->nrows, plural((long)b->nrows), hp->failed, plural(hp->failed));

    strbuf_addstr(&md, "\n### Board\n\n");
    group_board_markdown(&md, b, NULL, NULL);
    strbuf_addstr(&md, "\nA solved cell shows the day of the first AC and the attempts it took; "
                       "a solve after the week ended is late and does not count. Ranked by "
                       "problems solved, then first-try solves, then fewer attempts.\n");
    return strbuf_detach(&md);
}

cJSON *group_report_json(const struct group_board *b)
{
    const struct week *w = b->week;
    cJSON *o = cJSON_CreateObject();
    cJSON_AddItemToObject(o, "week", week_json(w));
    cJSON *members = cJSON_AddArrayToObject(o, "members");
    for (size_t r = 0; r < b->nrows; r++) {
        const struct group_row *row = &b->rows[r];
        cJSON *m = cJSON_CreateObject();
        cJSON_AddStringToObject(m, "user", row->user);
        cJSON *solved = cJSON_AddArrayToObject(m, "solved");
        cJSON *first = cJSON_AddArrayToObject(m, "first_try");
        cJSON *late = cJSON_AddArrayToObject(m, "late");
        for (size_t p = 0; p < w->nproblems; p++) {
            const struct group_cell *cell = &row->cells[p];
            if (cell->late)
                cJSON_AddItemToArray(late, cJSON_CreateString(w->problems[p]));
            if (!cell->solved)
                continue;
            cJSON_AddItemToArray(solved, cJSON_CreateString(w->problems[p]));
            if (cell->attempts == 1)
                cJSON_AddItemToArray(first, cJSON_CreateString(w->problems[p]));
        }
        cJSON_AddItemToArray(members, m);
    }
    if (b->hardest >= 0) {
        const struct group_problem *gp = &b->problems[b->hardest];
        cJSON *h = cJSON_AddObjectToObject(o, "hardest");
        cJSON_AddStringToObject(h, "problem", w->problems[b->hardest]);
        cJSON_AddNumberToObject(h, "solvers", gp->solvers);
        cJSON_AddNumberToObject(h, "members", (double)b->nrows);
        cJSON_AddNumberToObject(h, "failed_attempts", gp->failed);
    } else {
        cJSON_AddNullToObject(o, "hardest");
    }
    cJSON_AddItemToObject(o, "board", group_board_json(b));
    return o;
}

/* ---- one member's solution of one problem ---- */

void member_solution_compute(struct member_solution *m, const char *user, const char *problem,
                             const struct week *w, const struct hist_submission *rows, size_t n)
{
    memset(m, 0, sizeof(*m));
    m->user = user;
    m->problem = problem;
    m->best_time_ms = -1;
    m->best_memory_kib = -1;
    for (size_t i = 0; i < n; i++) {
        const struct hist_submission *s = &rows[i];
        if (strcmp(s->user, user) != 0 || strcmp(s->problem, problem) != 0)
            continue;
        if (w && (!s->week || strcmp(s->week, w->id) != 0))
            continue;
        m->submissions++;
        bool ac = strcmp(s->verdict, "AC") == 0;
        if (!m->first_ac)
            m->attempts++;
        if (!ac)
            continue;
        if (!m->first_ac) {
            long long at = hist_parse_time(s->judged_at);
            m->first_ac = s;
            m->solved_day = at >= 0 ? week_local_day((time_t)at) : 0;
            m->late = w && m->solved_day > w->ends_day;
        }
        m->latest_ac = s;
        if (m->best_time_ms < 0 || s->max_time_ms < m->best_time_ms)
            m->best_time_ms = s->max_time_ms;
        if (m->best_memory_kib < 0 || s->max_memory_kib < m->best_memory_kib)
            m->best_memory_kib = s->max_memory_kib;
    }
}

/* ---- the presenter rotation ---- */

/* Where user last presented in the sequence (-1: never) and how often. */
static void presenter_record(const char *const *sequence, size_t n, const char *user, long *last,
                             int *count)
{
    *last = -1;
    *count = 0;
    for (size_t i = 0; i < n; i++) {
        if (sequence[i] && strcmp(sequence[i], user) == 0) {
            *last = (long)i;
            (*count)++;
        }
    }
}

void presenters_propose(const char *const *past, size_t npast,
                        const struct presenter_problem *problems, size_t nproblems,
                        const char **out)
{
    const char **sequence = xcalloc(npast + nproblems + 1, sizeof(*sequence));
    size_t len = npast;
    if (npast)
        memcpy(sequence, past, npast * sizeof(*sequence));
    for (size_t p = 0; p < nproblems; p++) {
        const struct presenter_problem *pp = &problems[p];
        const char *best = pp->confirmed;
        long best_last = 0;
        int best_count = 0;
        for (size_t i = 0; !pp->confirmed && i < pp->nsolvers; i++) {
            long last;
            int count;
            presenter_record(sequence, len, pp->solvers[i], &last, &count);
            if (!best || last < best_last || (last == best_last && count < best_count) ||
                (last == best_last && count == best_count && strcmp(pp->solvers[i], best) < 0)) {
                best = pp->solvers[i];
                best_last = last;
                best_count = count;
            }
        }
        out[p] = best;
        if (best)
            sequence[len++] = best;
    }
    free(sequence);
}

/* ---- review pairs ---- */

static bool same_pair(const struct review_pair *a, const char *reviewer, const char *author)
{
    return strcmp(a->reviewer, reviewer) == 0 && strcmp(a->author, author) == 0;
}

static size_t pair_count(const struct review_pair *list, size_t n, const char *reviewer,
                         const char *author)
{
    size_t count = 0;
    for (size_t i = 0; i < n; i++)
        count += same_pair(&list[i], reviewer, author);
    return count;
}

static int compare_pairs(const void *a, const void *b)
{
    const struct review_pair *x = a, *y = b;
    int c = strcmp(x->reviewer, y->reviewer);
    return c ? c : strcmp(x->author, y->author);
}

size_t pairs_propose(const char *const *members, size_t nmembers, int k, size_t ordinal,
                     const struct review_pair *previous, size_t nprevious,
                     const struct review_pair *earlier, size_t nearlier, struct review_pair **out)
{
    *out = NULL;
    if (nmembers < 2 || k < 1)
        return 0;
    size_t shifts = nmembers - 1; /* the shifts 1 .. n - 1 */
    size_t per = (size_t)k < shifts ? (size_t)k : shifts;
    size_t preferred = (ordinal % shifts) * per % shifts;
    size_t best = 0, best_repeats = 0, best_made = 0, best_distance = 0;
    bool have = false;
    for (size_t offset = 0; offset < shifts; offset++) {
        size_t repeats = 0, made = 0;
        for (size_t j = 0; j < per; j++) {
            size_t s = (offset + j) % shifts + 1;
            for (size_t i = 0; i < nmembers; i++) {
                const char *reviewer = members[i], *author = members[(i + s) % nmembers];
                repeats += pair_count(previous, nprevious, reviewer, author);
                made += pair_count(earlier, nearlier, reviewer, author);
            }
        }
        size_t distance = (offset + shifts - preferred) % shifts;
        if (!have || repeats < best_repeats || (repeats == best_repeats && made < best_made) ||
            (repeats == best_repeats && made == best_made && distance < best_distance)) {
            have = true;
            best = offset;
            best_repeats = repeats;
            best_made = made;
            best_distance = distance;
        }
    }
    size_t count = per * nmembers;
    *out = xcalloc(count, sizeof(**out));
    size_t c = 0;
    for (size_t j = 0; j < per; j++) {
        size_t s = (best + j) % shifts + 1;
        for (size_t i = 0; i < nmembers; i++) {
            (*out)[c].reviewer = members[i];
            (*out)[c].author = members[(i + s) % nmembers];
            c++;
        }
    }
    sort_array(*out, count, sizeof(**out), compare_pairs);
    return count;
}

size_t pairs_rotation(const struct pairs_week *weeks, size_t target, int k,
                      struct review_pair **out)
{
    struct review_pair *earlier = NULL, *previous = NULL, *current = NULL;
    size_t nearlier = 0, nprevious = 0, ncurrent = 0;
    for (size_t i = 0; i <= target; i++) {
        const struct pairs_week *w = &weeks[i];
        if (w->has_recorded) {
            ncurrent = w->nrecorded;
            current = xcalloc(ncurrent ? ncurrent : 1, sizeof(*current));
            if (ncurrent)
                memcpy(current, w->recorded, ncurrent * sizeof(*current));
        } else {
            ncurrent = pairs_propose(w->members, w->nmembers, k, i, previous, nprevious, earlier,
                                     nearlier, &current);
        }
        if (i == target)
            break;
        earlier = xrealloc(earlier, (nearlier + ncurrent + 1) * sizeof(*earlier));
        if (ncurrent)
            memcpy(earlier + nearlier, current, ncurrent * sizeof(*current));
        nearlier += ncurrent;
        free(previous);
        previous = current;
        nprevious = ncurrent;
        current = NULL;
    }
    free(earlier);
    free(previous);
    *out = current;
    return ncurrent;
}

/* ---- the review queue ---- */

static bool has_solved(const struct hist_submission *rows, size_t n, const char *user,
                       const char *problem)
{
    for (size_t i = 0; i < n; i++) {
        if (strcmp(rows[i].user, user) == 0 && strcmp(rows[i].problem, problem) == 0 &&
            strcmp(rows[i].verdict, "AC") == 0)
            return true;
    }
    return false;
}

size_t review_queue_compute(const struct review_pair *pairs, size_t npairs, const struct week *w,
                            const struct hist_submission *rows, size_t n,
                            const struct queue_comment *comments, size_t ncomments, int today,
                            struct queue_item **out)
{
    size_t count = 0;
    *out = NULL;
    for (size_t i = 0; i < npairs; i++) {
        const struct review_pair *pair = &pairs[i];
        for (size_t p = 0; p < w->nproblems; p++) {
            struct member_solution m;
            member_solution_compute(&m, pair->author, w->problems[p], w, rows, n);
            if (!m.latest_ac)
                continue;
            struct queue_item item = {.reviewer = pair->reviewer,
                                      .author = pair->author,
                                      .problem = w->problems[p],
                                      .submission_id = m.latest_ac->id,
                                      .status = QUEUE_OPEN};
            bool done = false;
            for (size_t c = 0; c < ncomments && !done; c++)
                done = strcmp(comments[c].commenter, pair->reviewer) == 0 &&
                       strcmp(comments[c].author, pair->author) == 0 &&
                       strcmp(comments[c].problem, w->problems[p]) == 0;
            if (done) {
                item.status = QUEUE_DONE;
            } else {
                bool solved = has_solved(rows, n, pair->reviewer, w->problems[p]);
                if (honesty_decide(pair->reviewer, pair->author, solved, w, today,
                                   HONESTY_VIEWER) == HONESTY_HIDDEN)
                    item.status = QUEUE_WAITING;
            }
            *out = xrealloc(*out, (count + 1) * sizeof(**out));
            (*out)[count++] = item;
        }
    }
    return count;
}

const char *queue_status_name(enum queue_status s)
{
    switch (s) {
    case QUEUE_OPEN:
        return "open";
    case QUEUE_WAITING:
        return "waiting";
    case QUEUE_DONE:
        break;
    }
    return "done";
}

/* ---- the meeting's agenda ---- */

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

size_t routine_week_members(const struct week *w, const struct hist_submission *rows, size_t n,
                            const char ***out)
{
    const char **members = xcalloc(n + 1, sizeof(*members));
    size_t count = 0;
    for (size_t i = 0; i < n; i++) {
        if (!rows[i].week || strcmp(rows[i].week, w->id) != 0)
            continue;
        bool seen = false;
        for (size_t j = 0; j < count && !seen; j++)
            seen = strcmp(members[j], rows[i].user) == 0;
        if (!seen)
            members[count++] = rows[i].user;
    }
    if (count > 1)
        qsort(members, count, sizeof(*members), compare_names);
    *out = members;
    return count;
}

static int compare_first_ac(const void *a, const void *b)
{
    const struct agenda_solver *x = a, *y = b;
    /* rows are chronological: an earlier row is an earlier AC. */
    if (x->solution.first_ac != y->solution.first_ac)
        return x->solution.first_ac < y->solution.first_ac ? -1 : 1;
    return strcmp(x->solution.user, y->solution.user);
}

void agenda_compute(struct agenda *a, const struct week *w, const struct hist_submission *rows,
                    size_t n, const char *const *past, size_t npast, const char *const *confirmed,
                    const char *const *chosen)
{
    memset(a, 0, sizeof(*a));
    a->week = w;
    const char **members;
    a->nmembers = routine_week_members(w, rows, n, &members);
    a->members = members;
    a->nproblems = w->nproblems;
    a->problems = xcalloc(w->nproblems, sizeof(*a->problems));
    struct presenter_problem *pp = xcalloc(w->nproblems, sizeof(*pp));
    const char ***solver_names = xcalloc(w->nproblems, sizeof(*solver_names));
    for (size_t p = 0; p < w->nproblems; p++) {
        struct agenda_problem *ap = &a->problems[p];
        ap->problem = w->problems[p];
        ap->title = w->problems[p];
        for (size_t i = 0; i < n; i++) {
            if (strcmp(rows[i].problem, ap->problem) == 0) {
                ap->title = rows[i].problem_title;
                break;
            }
        }
        ap->solvers = xcalloc(a->nmembers + 1, sizeof(*ap->solvers));
        ap->tried = xcalloc(a->nmembers + 1, sizeof(*ap->tried));
        for (size_t m = 0; m < a->nmembers; m++) {
            struct member_solution sol;
            member_solution_compute(&sol, a->members[m], ap->problem, w, rows, n);
            if (sol.first_ac) {
                struct agenda_solver *s = &ap->solvers[ap->nsolvers++];
                s->solution = sol;
                s->bytes = -1;
                s->lines = -1;
            } else if (sol.submissions) {
                ap->tried[ap->ntried++] = sol;
            }
        }
        if (ap->nsolvers > 1)
            qsort(ap->solvers, ap->nsolvers, sizeof(*ap->solvers), compare_first_ac);
        solver_names[p] = xcalloc(ap->nsolvers + 1, sizeof(char *));
        for (size_t i = 0; i < ap->nsolvers; i++)
            solver_names[p][i] = ap->solvers[i].solution.user;
        pp[p].solvers = solver_names[p];
        pp[p].nsolvers = ap->nsolvers;
        pp[p].confirmed = chosen && chosen[p] ? chosen[p] : confirmed ? confirmed[p] : NULL;
    }
    const char **presenters = xcalloc(w->nproblems + 1, sizeof(*presenters));
    presenters_propose(past, npast, pp, w->nproblems, presenters);
    for (size_t p = 0; p < w->nproblems; p++) {
        a->problems[p].presenter = presenters[p];
        a->problems[p].confirmed =
            !(chosen && chosen[p]) && confirmed && confirmed[p] && presenters[p] == confirmed[p];
        free(solver_names[p]);
    }
    free(presenters);
    free(solver_names);
    free(pp);
}

void agenda_release(struct agenda *a)
{
    for (size_t p = 0; p < a->nproblems; p++) {
        free(a->problems[p].solvers);
        free(a->problems[p].tried);
    }
    free(a->problems);
    free((void *)a->members);
    memset(a, 0, sizeof(*a));
}

static void add_long_or_null(cJSON *o, const char *key, long value)
{
    if (value < 0)
        cJSON_AddNullToObject(o, key);
    else
        cJSON_AddNumberToObject(o, key, (double)value);
}

static cJSON *queue_item_json(const struct queue_item *q)
{
    cJSON *x = cJSON_CreateObject();
    cJSON_AddStringToObject(x, "reviewer", q->reviewer);
    cJSON_AddStringToObject(x, "author", q->author);
    cJSON_AddStringToObject(x, "problem", q->problem);
    cJSON_AddNumberToObject(x, "submission_id", (double)q->submission_id);
    cJSON_AddStringToObject(x, "status", queue_status_name(q->status));
    return x;
}

cJSON *queue_json(const struct queue_item *items, size_t n)
{
    cJSON *list = cJSON_CreateArray();
    for (size_t i = 0; i < n; i++)
        cJSON_AddItemToArray(list, queue_item_json(&items[i]));
    return list;
}

cJSON *agenda_json(const struct agenda *a, const struct queue_item_list *open)
{
    char date[11];
    cJSON *o = cJSON_CreateObject();
    cJSON_AddItemToObject(o, "week", week_json(a->week));
    cJSON *members = cJSON_AddArrayToObject(o, "members");
    for (size_t m = 0; m < a->nmembers; m++)
        cJSON_AddItemToArray(members, cJSON_CreateString(a->members[m]));
    cJSON *problems = cJSON_AddArrayToObject(o, "problems");
    for (size_t p = 0; p < a->nproblems; p++) {
        const struct agenda_problem *ap = &a->problems[p];
        cJSON *x = cJSON_CreateObject();
        cJSON_AddStringToObject(x, "problem", ap->problem);
        cJSON_AddStringToObject(x, "title", ap->title);
        cJSON *solvers = cJSON_AddArrayToObject(x, "solvers");
        for (size_t i = 0; i < ap->nsolvers; i++) {
            const struct agenda_solver *s = &ap->solvers[i];
            const struct member_solution *sol = &s->solution;
            cJSON *y = cJSON_CreateObject();
            cJSON_AddStringToObject(y, "user", sol->user);
            cJSON_AddNumberToObject(y, "submission_id", (double)sol->latest_ac->id);
            cJSON_AddStringToObject(y, "language", sol->latest_ac->language);
            cJSON_AddNumberToObject(y, "attempts", sol->attempts);
            week_date_format(sol->solved_day, date);
            cJSON_AddStringToObject(y, "solved_on", date);
            cJSON_AddBoolToObject(y, "late", sol->late);
            cJSON_AddNumberToObject(y, "best_time_ms", (double)sol->best_time_ms);
            cJSON_AddNumberToObject(y, "best_memory_kb", (double)sol->best_memory_kib);
            add_long_or_null(y, "bytes", s->bytes);
            add_long_or_null(y, "lines", s->lines);
            if (s->note)
                cJSON_AddStringToObject(y, "note", s->note);
            else
                cJSON_AddNullToObject(y, "note");
            cJSON_AddBoolToObject(y, "note_hidden", s->note_hidden);
            cJSON_AddItemToArray(solvers, y);
        }
        cJSON *tried = cJSON_AddArrayToObject(x, "tried");
        for (size_t i = 0; i < ap->ntried; i++) {
            cJSON *y = cJSON_CreateObject();
            cJSON_AddStringToObject(y, "user", ap->tried[i].user);
            cJSON_AddNumberToObject(y, "attempts", ap->tried[i].attempts);
            cJSON_AddItemToArray(tried, y);
        }
        if (ap->presenter) {
            cJSON *pr = cJSON_AddObjectToObject(x, "presenter");
            cJSON_AddStringToObject(pr, "user", ap->presenter);
            cJSON_AddBoolToObject(pr, "confirmed", ap->confirmed);
        } else {
            cJSON_AddNullToObject(x, "presenter");
        }
        cJSON_AddItemToArray(problems, x);
    }
    cJSON_AddItemToObject(o, "reviews_open",
                          queue_json(open ? open->items : NULL, open ? open->count : 0));
    return o;
}

/* The length of the backtick fence that a note's line opens (closing false: no backtick in
 * what follows) or closes (only blanks follow), as CommonMark reads them; 0 when it is none. */
static size_t md_fence(const char *line, size_t len, bool closing)
{
    size_t i = 0, run = 0;
    while (i < len && i < 3 && line[i] == ' ')
        i++;
    while (i + run < len && line[i + run] == '`')
        run++;
    if (run < 3)
        return 0;
    for (size_t k = i + run; k < len; k++) {
        if (line[k] == '`' || (closing && line[k] != ' ' && line[k] != '\t'))
            return 0;
    }
    return run;
}

static size_t backtick_run(const char *s, size_t len)
{
    size_t run = 0;
    while (run < len && s[run] == '`')
        run++;
    return run;
}

/*
 * One line of a note (its controls already shown as text) for md_add_quote. A '<' that could
 * open an HTML tag becomes &lt; (a wiki would run a <script>, and drop the <int> of
 * "vector<int>"; an entity, unlike a backslash, is not undone by a backslash before it),
 * except in code, where Markdown shows it as it is: a code span closed on the same line, or a
 * fenced block (*fence: the length of the fence open, 0 when none; unclosed, it runs to the
 * end of the quote, as in Markdown).
 */
static void md_add_quote_line(struct strbuf *md, const char *line, size_t len, size_t *fence)
{
    if (*fence) {
        if (md_fence(line, len, true) >= *fence)
            *fence = 0;
        strbuf_add(md, line, len);
        return;
    }
    if ((*fence = md_fence(line, len, false)) > 0) {
        strbuf_add(md, line, len);
        return;
    }
    for (size_t i = 0; i < len; i++) {
        if (line[i] == '`') {
            size_t run = backtick_run(line + i, len - i), end = i + run;
            for (size_t j = end; j < len;) {
                size_t close = backtick_run(line + j, len - j);
                if (close == run) {
                    end = j + close; /* the span, as it is */
                    break;
                }
                j += close ? close : 1;
            }
            strbuf_add(md, line + i, end - i);
            i = end - 1;
            continue;
        }
        char next = i + 1 < len ? line[i + 1] : '\0';
        if (line[i] == '<' && ((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') ||
                               next == '/' || next == '!' || next == '?'))
            strbuf_addstr(md, "&lt;");
        else
            strbuf_add(md, line + i, 1);
    }
}

/* A note as a Markdown block quote under a list item, each line quoted: a CR or CRLF ends a
 * line as LF does in Markdown, or the rest of the note would leave the quote (a heading, a
 * presenter of its own). Control characters are shown as on a terminal ("\x1b"): the
 * Markdown is printed on one, or posted to a chat. */
static void md_add_quote(struct strbuf *md, const char *text)
{
    struct strbuf lines = STRBUF_INIT, shown = STRBUF_INIT;
    for (const char *p = text; *p; p++) {
        if (*p == '\r' && p[1] == '\n')
            continue;
        strbuf_add(&lines, *p == '\r' ? "\n" : p, 1);
    }
    strbuf_add_visible(&shown, lines.buf ? lines.buf : "", lines.len, true);
    size_t fence = 0;
    strbuf_addstr(md, "  > ");
    for (const char *p = shown.buf ? shown.buf : ""; *p;) {
        size_t len = strcspn(p, "\n");
        md_add_quote_line(md, p, len, &fence);
        p += len;
        if (*p && *++p)
            strbuf_addstr(md, "\n  > ");
    }
    strbuf_addstr(md, "\n");
    strbuf_release(&lines);
    strbuf_release(&shown);
}

char *agenda_markdown(const struct agenda *a, const struct queue_item_list *open)
{
    const struct week *w = a->week;
    struct strbuf md = STRBUF_INIT;
    char day[32];
    strbuf_addstr(&md, "## Meeting: ");
    md_add_escaped(&md, w->id);
    strbuf_addstr(&md, ": ");
    md_add_escaped(&md, w->title);
    strbuf_addf(&md, "\n\n%s to %s · %zu member%s\n", w->starts, w->ends, a->nmembers,
                plural((long)a->nmembers));
    for (size_t p = 0; p < a->nproblems; p++) {
        const struct agenda_problem *ap = &a->problems[p];
        strbuf_addf(&md, "\n### %c. ", p < 26 ? (int)('A' + p) : '?');
        md_add_escaped(&md, ap->problem);
        if (strcmp(ap->title, ap->problem) != 0) {
            strbuf_addstr(&md, " (");
            md_add_escaped(&md, ap->title);
            strbuf_addstr(&md, ")");
        }
        strbuf_addstr(&md, "\n\n");
        if (ap->presenter) {
            strbuf_addstr(&md, "Presenter: **");
            md_add_escaped(&md, ap->presenter);
            strbuf_addf(&md, "**%s\n\n", ap->confirmed ? "" : " (proposed)");
        }
        if (ap->nsolvers == 0)
            strbuf_addstr(&md, "Nobody solved it yet.\n");
        for (size_t i = 0; i < ap->nsolvers; i++) {
            const struct agenda_solver *s = &ap->solvers[i];
            const struct member_solution *sol = &s->solution;
            strbuf_addstr(&md, "- **");
            md_add_escaped(&md, sol->user);
            strbuf_addstr(&md, "**: ");
            md_add_escaped(&md, sol->latest_ac->language);
            strbuf_addf(&md, ", %d attempt%s, %s%s, %ld ms, %ld KiB", sol->attempts,
                        plural(sol->attempts), sol->late ? "late, " : "",
                        routine_day_text(sol->solved_day, day, sizeof(day)), sol->best_time_ms,
                        sol->best_memory_kib);
            if (s->lines >= 0)
                strbuf_addf(&md, ", %ld line%s (%ld bytes)", s->lines, plural(s->lines), s->bytes);
            strbuf_addstr(&md, "\n");
            if (s->note)
                md_add_quote(&md, s->note);
            else if (s->note_hidden)
                strbuf_addstr(&md, "  > (note shared once the week has ended)\n");
        }
        if (ap->ntried) {
            strbuf_addstr(&md, "- tried, not solved:");
            for (size_t i = 0; i < ap->ntried; i++) {
                strbuf_addstr(&md, i ? ", " : " ");
                md_add_escaped(&md, ap->tried[i].user);
                strbuf_addf(&md, " (%d)", ap->tried[i].attempts);
            }
            strbuf_addstr(&md, "\n");
        }
    }
    strbuf_addstr(&md, "\n### Reviews still open\n\n");
    if (!open || open->count == 0)
        strbuf_addstr(&md, "None.\n");
    for (size_t i = 0; open && i < open->count; i++) {
        const struct queue_item *q = &open->items[i];
        strbuf_addstr(&md, "- ");
        md_add_escaped(&md, q->reviewer);
        strbuf_addstr(&md, " reviews ");
        md_add_escaped(&md, q->author);
        strbuf_addstr(&md, "'s ");
        md_add_escaped(&md, q->problem);
        strbuf_addf(&md, " (#%lld)%s\n", q->submission_id,
                    q->status == QUEUE_WAITING ? ", once the honesty rule allows" : "");
    }
    return strbuf_detach(&md);
}
