/* cmd_meeting.c: `judge week meeting` (the agenda, the presenter rotation) and `judge week
 * pairs` (peer review: who reviews whom, the review queue). */
#define _GNU_SOURCE
#include "judge/cli.h"
#include "judge/cmd_week.h"
#include "judge/history.h"
#include "judge/honesty.h"
#include "judge/report.h"
#include "judge/routine.h"
#include "judge/util.h"

#include <stdlib.h>
#include <string.h>

/* Everything the meeting's computations read from the history. */
struct routine_data {
    struct hist_submission *rows; /* every submission, oldest first */
    size_t nrows;
    struct hist_presentation *presentations;
    size_t npresentations;
    struct hist_pair *pairs;
    size_t npairs;
    struct hist_comment *comments; /* on the week's submissions */
    size_t ncomments;
};

static int hist_status(int r)
{
    return r == HIST_ESYSTEM ? EXIT_SYSTEM : EXIT_USAGE;
}

static int routine_load(struct hist_db *db, const struct week *week, struct routine_data *d)
{
    char err[4096];
    struct hist_filter all = {.oldest_first = true};
    struct hist_comment_filter cf = {.week = week->id};
    memset(d, 0, sizeof(*d));
    int r = hist_list(db, &all, &d->rows, &d->nrows, err, sizeof(err));
    if (r == HIST_OK)
        r = hist_presentations_list(db, &d->presentations, &d->npresentations, err, sizeof(err));
    if (r == HIST_OK)
        r = hist_pairs_list(db, &d->pairs, &d->npairs, err, sizeof(err));
    if (r == HIST_OK)
        r = hist_comments_list(db, &cf, &d->comments, &d->ncomments, err, sizeof(err));
    if (r != HIST_OK) {
        cli_error("%s", err);
        return hist_status(r);
    }
    return EXIT_OK;
}

static void routine_release(struct routine_data *d)
{
    hist_list_free(d->rows, d->nrows);
    hist_presentations_free(d->presentations, d->npresentations);
    hist_pairs_free(d->pairs, d->npairs);
    hist_comments_free(d->comments, d->ncomments);
    memset(d, 0, sizeof(*d));
}

static long week_index(const struct week_set *weeks, const struct week *week)
{
    for (size_t i = 0; i < weeks->count; i++) {
        if (&weeks->weeks[i] == week)
            return (long)i;
    }
    return -1;
}

/* ---- pairs ---- */

/*
 * The pairs of the set's week number target (its confirmed pairs, else the rotation's), with
 * *recorded saying which. Returns the count; *out is malloc'ed and points into d and the
 * rows.
 */
static size_t pairs_of_week(const struct week_set *weeks, size_t target,
                            const struct routine_data *d, int k, struct review_pair **out,
                            bool *recorded)
{
    struct pairs_week *pw = xcalloc(target + 1, sizeof(*pw));
    struct review_pair **confirmed = xcalloc(target + 1, sizeof(*confirmed));
    for (size_t i = 0; i <= target; i++) {
        const struct week *w = &weeks->weeks[i];
        const char **members;
        pw[i].nmembers = routine_week_members(w, d->rows, d->nrows, &members);
        pw[i].members = members;
        confirmed[i] = xcalloc(d->npairs + 1, sizeof(**confirmed));
        for (size_t p = 0; p < d->npairs; p++) {
            if (strcmp(d->pairs[p].week, w->id) != 0)
                continue;
            confirmed[i][pw[i].nrecorded].reviewer = d->pairs[p].reviewer;
            confirmed[i][pw[i].nrecorded].author = d->pairs[p].author;
            pw[i].nrecorded++;
        }
        pw[i].recorded = confirmed[i];
        pw[i].has_recorded = pw[i].nrecorded > 0;
    }
    *recorded = pw[target].has_recorded;
    size_t count = pairs_rotation(pw, target, k, out);
    for (size_t i = 0; i <= target; i++) {
        free((void *)pw[i].members);
        free(confirmed[i]);
    }
    free(confirmed);
    free(pw);
    return count;
}

/* The review queue of week from its pairs. Returns the count; *out is malloc'ed. */
static size_t queue_of_week(const struct week_cli *w, const struct week *week,
                            const struct routine_data *d, const struct review_pair *pairs,
                            size_t npairs, struct queue_item **out)
{
    struct queue_comment *comments = xcalloc(d->ncomments + 1, sizeof(*comments));
    for (size_t i = 0; i < d->ncomments; i++) {
        comments[i].commenter = d->comments[i].author;
        comments[i].author = d->comments[i].submission_user;
        comments[i].problem = d->comments[i].problem;
    }
    size_t count = review_queue_compute(pairs, npairs, week, d->rows, d->nrows, comments,
                                        d->ncomments, w->today, out);
    free(comments);
    return count;
}

static void print_week_line(const struct week *week, int today)
{
    const char *when = week_includes_day(week, today) ? " (current)"
                       : week->ends_day < today       ? " (finished)"
                                                      : " (to come)";
    char *title = text_visible(week->title, 0);
    printf("%s · %s · %s to %s%s\n", week->id, title, week->starts, week->ends, when);
    free(title);
}

static void print_queue(const struct queue_item *q, size_t n, bool only_open)
{
    for (size_t i = 0; i < n; i++) {
        if (only_open && q[i].status == QUEUE_DONE)
            continue;
        char *reviewer = text_visible(q[i].reviewer, 16), *author = text_visible(q[i].author, 16),
             *problem = text_visible(q[i].problem, 28);
        printf("  %-16s → %-16s %-28s #%-6lld %s\n", reviewer, author, problem, q[i].submission_id,
               q[i].status == QUEUE_WAITING ? "waiting (the honesty rule: once the reviewer "
                                              "solves it or the week ends)"
                                            : queue_status_name(q[i].status));
        free(reviewer);
        free(author);
        free(problem);
    }
}

int week_pairs(struct week_cli *w, const struct week *week)
{
    char err[4096];
    struct hist_db *db;
    struct routine_data d;
    long index = week_index(&w->weeks, week);
    int r = week_cli_open_history(w, w->confirm && hist_exists(w->judge.db), &db);
    if (r != EXIT_OK)
        return r;
    if ((r = routine_load(db, week, &d)) != EXIT_OK)
        goto out_close;

    bool recorded, previous_recorded = false;
    struct review_pair *pairs, *previous = NULL;
    size_t npairs = pairs_of_week(&w->weeks, (size_t)index, &d, (int)w->k, &pairs, &recorded);
    size_t nprevious = index > 0 ? pairs_of_week(&w->weeks, (size_t)index - 1, &d, (int)w->k,
                                                 &previous, &previous_recorded)
                                 : 0;
    size_t repeated = 0;
    for (size_t i = 0; i < npairs; i++) {
        for (size_t j = 0; j < nprevious; j++)
            repeated += strcmp(pairs[i].reviewer, previous[j].reviewer) == 0 &&
                        strcmp(pairs[i].author, previous[j].author) == 0;
    }
    if (w->confirm && !recorded && npairs > 0) {
        struct hist_pair *list = xcalloc(npairs + 1, sizeof(*list));
        for (size_t i = 0; i < npairs; i++) {
            list[i].reviewer = (char *)pairs[i].reviewer;
            list[i].author = (char *)pairs[i].author;
        }
        int hr = hist_pairs_set(db, week->id, list, npairs, err, sizeof(err));
        free(list);
        if (hr != HIST_OK) {
            cli_error("%s", err);
            r = hist_status(hr);
            goto out_free;
        }
        recorded = true;
    }
    struct queue_item *queue;
    size_t nqueue = queue_of_week(w, week, &d, pairs, npairs, &queue);

    if (w->judge.json) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddItemToObject(o, "week", week_json(week));
        cJSON_AddNumberToObject(o, "k", (double)w->k);
        cJSON_AddBoolToObject(o, "recorded", recorded);
        cJSON *list = cJSON_AddArrayToObject(o, "pairs");
        for (size_t i = 0; i < npairs; i++) {
            cJSON *x = cJSON_CreateObject();
            cJSON_AddStringToObject(x, "reviewer", pairs[i].reviewer);
            cJSON_AddStringToObject(x, "author", pairs[i].author);
            cJSON_AddItemToArray(list, x);
        }
        cJSON_AddNumberToObject(o, "repeated_from_last_week", (double)repeated);
        cJSON_AddItemToObject(o, "queue", queue_json(queue, nqueue));
        week_cli_print_json(o);
    } else {
        print_week_line(week, w->today);
        if (npairs == 0) {
            printf("no review pairs: fewer than two members submitted in %s\n", week->id);
        } else {
            printf("review pairs (%s):\n",
                   recorded ? "confirmed" : "proposed; record them with --confirm");
            for (size_t i = 0; i < npairs; i++) {
                char *reviewer = text_visible(pairs[i].reviewer, 0),
                     *author = text_visible(pairs[i].author, 0);
                printf("  %-16s reviews %s\n", reviewer, author);
                free(reviewer);
                free(author);
            }
            if (repeated)
                printf("(%zu pair%s repeat last week's: too few members to avoid it with k = "
                       "%ld)\n",
                       repeated, repeated == 1 ? "" : "s", w->k);
            printf("\nreview queue (comment with `judge comment ID`):\n");
            if (nqueue == 0)
                printf("  nothing to review: no accepted solutions yet\n");
            print_queue(queue, nqueue, false);
        }
    }
    free(queue);
out_free:
    free(pairs);
    free(previous);
    routine_release(&d);
out_close:
    hist_close(db);
    return r;
}

/* ---- the meeting ---- */

/* The agenda and everything it points into. */
struct meeting {
    struct routine_data data;
    struct agenda agenda;
    struct review_pair *pairs;
    size_t npairs;
    struct queue_item *queue;
    size_t nqueue;
    struct queue_item *open; /* the queue's items not done */
    size_t nopen;
    struct hist_note *notes; /* one per solver, in the agenda's order, to free */
    size_t nnotes;
};

/* The presenters confirmed at earlier meetings, in sequence (weeks in the set's order, each
 * week's problems in its order). Returns the count; *out points into d. */
static size_t past_presenters(const struct week_set *weeks, size_t target,
                              const struct routine_data *d, const char ***out)
{
    const char **past = xcalloc(d->npresentations + 1, sizeof(*past));
    size_t count = 0;
    for (size_t i = 0; i < target; i++) {
        const struct week *w = &weeks->weeks[i];
        for (size_t p = 0; p < w->nproblems; p++) {
            for (size_t k = 0; k < d->npresentations; k++) {
                const struct hist_presentation *x = &d->presentations[k];
                if (strcmp(x->week, w->id) == 0 && strcmp(x->problem, w->problems[p]) == 0)
                    past[count++] = x->user;
            }
        }
    }
    *out = past;
    return count;
}

/* Fills a solver's code length and, as the honesty rule allows, their note. */
static int fill_solver(struct hist_db *db, const struct week_cli *w, const char *viewer,
                       enum honesty_audience audience, struct agenda_solver *s,
                       struct hist_note *note)
{
    char err[4096];
    struct hist_submission full;
    int r = hist_get(db, s->solution.latest_ac->id, &full, err, sizeof(err));
    if (r != HIST_OK) {
        cli_error("%s", err);
        return hist_status(r);
    }
    s->bytes = (long)full.source_len;
    s->lines = 0;
    for (size_t i = 0; i < full.source_len; i++)
        s->lines += full.source[i] == '\n';
    if (full.source_len && full.source[full.source_len - 1] != '\n')
        s->lines++;
    hist_submission_release(&full);

    r = hist_note_get(db, s->solution.user, s->solution.problem, note, err, sizeof(err));
    if (r == HIST_ENOTFOUND)
        return EXIT_OK;
    if (r != HIST_OK) {
        cli_error("%s", err);
        return hist_status(r);
    }
    /* The note is judged as the work it belongs to. */
    struct hist_submission about = {
        .user = note->user, .problem = note->problem, .week = note->week};
    enum honesty_reason why;
    r = honesty_check_submission(db, &w->weeks, viewer, &about, w->today, audience, &why, err,
                                 sizeof(err));
    if (r != HIST_OK) {
        cli_error("%s", err);
        return hist_status(r);
    }
    if (why == HONESTY_HIDDEN)
        s->note_hidden = true;
    else
        s->note = note->text;
    return EXIT_OK;
}

static void meeting_release(struct meeting *m)
{
    for (size_t i = 0; i < m->nnotes; i++)
        hist_note_release(&m->notes[i]);
    free(m->notes);
    agenda_release(&m->agenda);
    free(m->pairs);
    free(m->queue);
    free(m->open);
    routine_release(&m->data);
    memset(m, 0, sizeof(*m));
}

/* Loads the meeting of week for viewer. chosen[i]: the presenter picked now for problem i,
 * or NULL (chosen may be NULL). */
static int meeting_load(struct week_cli *w, struct hist_db *db, const struct week *week,
                        const char *viewer, enum honesty_audience audience,
                        const char *const *chosen, struct meeting *m)
{
    memset(m, 0, sizeof(*m));
    long index = week_index(&w->weeks, week);
    int r = routine_load(db, week, &m->data);
    if (r != EXIT_OK)
        return r;
    const struct routine_data *d = &m->data;
    const char **past;
    size_t npast = past_presenters(&w->weeks, (size_t)index, d, &past);
    const char **confirmed = xcalloc(week->nproblems, sizeof(*confirmed));
    for (size_t p = 0; p < week->nproblems; p++) {
        for (size_t k = 0; k < d->npresentations; k++) {
            if (strcmp(d->presentations[k].week, week->id) == 0 &&
                strcmp(d->presentations[k].problem, week->problems[p]) == 0)
                confirmed[p] = d->presentations[k].user;
        }
    }
    agenda_compute(&m->agenda, week, d->rows, d->nrows, past, npast, confirmed, chosen);
    free(past);
    free(confirmed);

    size_t nsolvers = 0;
    for (size_t p = 0; p < m->agenda.nproblems; p++)
        nsolvers += m->agenda.problems[p].nsolvers;
    m->notes = xcalloc(nsolvers + 1, sizeof(*m->notes));
    for (size_t p = 0; p < m->agenda.nproblems && r == EXIT_OK; p++) {
        struct agenda_problem *ap = &m->agenda.problems[p];
        for (size_t i = 0; i < ap->nsolvers && r == EXIT_OK; i++)
            r = fill_solver(db, w, viewer, audience, &ap->solvers[i], &m->notes[m->nnotes++]);
    }
    if (r != EXIT_OK)
        return r;

    bool recorded;
    m->npairs = pairs_of_week(&w->weeks, (size_t)index, d, (int)w->k, &m->pairs, &recorded);
    m->nqueue = queue_of_week(w, week, d, m->pairs, m->npairs, &m->queue);
    m->open = xcalloc(m->nqueue + 1, sizeof(*m->open));
    for (size_t i = 0; i < m->nqueue; i++) {
        if (m->queue[i].status != QUEUE_DONE)
            m->open[m->nopen++] = m->queue[i];
    }
    return EXIT_OK;
}

int week_agenda_for_group(struct week_cli *w, struct hist_db *db, const struct week *week,
                          char **markdown, cJSON **json)
{
    char err[4096];
    struct meeting m;
    *markdown = NULL;
    *json = NULL;
    char *viewer = hist_user(w->judge.user, err, sizeof(err));
    if (!viewer) {
        cli_error("%s", err);
        return EXIT_USAGE;
    }
    int r = meeting_load(w, db, week, viewer, HONESTY_GROUP, NULL, &m);
    if (r == EXIT_OK) {
        struct queue_item_list open = {m.open, m.nopen};
        *markdown = agenda_markdown(&m.agenda, &open);
        *json = agenda_json(&m.agenda, &open);
    }
    meeting_release(&m);
    free(viewer);
    return r;
}

/* The presenters picked with --presenter PROBLEM=USER, each checked to have solved it;
 * chosen[i] for problem i. EXIT_OK or EXIT_USAGE after printing why. */
static int parse_presenters(const struct week_cli *w, const struct week *week,
                            const struct routine_data *d, const char **chosen)
{
    for (size_t i = 0; i < w->npresenters; i++) {
        const char *arg = w->presenters[i], *eq = strchr(arg, '=');
        char *problem = xstrndup(arg, (size_t)(eq - arg));
        const char *user = eq + 1;
        long p = -1;
        for (size_t k = 0; k < week->nproblems && p < 0; k++) {
            if (strcmp(week->problems[k], problem) == 0)
                p = (long)k;
        }
        struct member_solution sol;
        if (p >= 0)
            member_solution_compute(&sol, user, problem, week, d->rows, d->nrows);
        int r = EXIT_OK;
        if (p < 0) {
            cli_error("--presenter %s: %s is not a problem of %s", arg, problem, week->id);
            r = EXIT_USAGE;
        } else if (!sol.first_ac) {
            cli_error("--presenter %s: %s has not solved %s in %s", arg, user, problem, week->id);
            r = EXIT_USAGE;
        } else {
            chosen[p] = sol.user;
        }
        free(problem);
        if (r != EXIT_OK)
            return r;
    }
    return EXIT_OK;
}

static void print_agenda(const struct meeting *m, const char *viewer, int today)
{
    const struct agenda *a = &m->agenda;
    char day[32], t[32], mem[32];
    print_week_line(a->week, today);
    char *who = text_visible(viewer, 0);
    printf("the meeting's agenda, as %s sees it\n", who);
    free(who);
    for (size_t p = 0; p < a->nproblems; p++) {
        const struct agenda_problem *ap = &a->problems[p];
        char *title = text_visible(ap->title, 0), *problem = text_visible(ap->problem, 0);
        printf("\n%c  %s (%s)", p < 26 ? (int)('A' + p) : '?', problem, title);
        free(title);
        free(problem);
        if (ap->presenter) {
            char *presenter = text_visible(ap->presenter, 0);
            printf("  presenter: %s%s\n", presenter, ap->confirmed ? "" : " (proposed)");
            free(presenter);
        } else {
            printf("  nobody solved it yet\n");
        }
        for (size_t i = 0; i < ap->nsolvers; i++) {
            const struct agenda_solver *s = &ap->solvers[i];
            const struct member_solution *sol = &s->solution;
            char *user = text_visible(sol->user, 16),
                 *lang = text_visible(sol->latest_ac->language, 8);
            printf("   %-16s %-8s %2d attempt%s  %s%s  %s  %s  %ld lines (%ld bytes)\n", user, lang,
                   sol->attempts, sol->attempts == 1 ? " " : "s", sol->late ? "late " : "",
                   routine_day_text(sol->solved_day, day, sizeof(day)),
                   format_ms(sol->best_time_ms, t, sizeof(t)),
                   format_kib(sol->best_memory_kib, mem, sizeof(mem)), s->lines, s->bytes);
            free(user);
            free(lang);
            if (s->note) {
                struct strbuf sb = STRBUF_INIT;
                strbuf_add_visible(&sb, s->note, strlen(s->note), true);
                const char *line = sb.buf ? sb.buf : "";
                while (*line) {
                    const char *end = strchr(line, '\n');
                    size_t len = end ? (size_t)(end - line) : strlen(line);
                    printf("      │ %.*s\n", (int)len, line);
                    line += len + (end ? 1 : 0);
                }
                strbuf_release(&sb);
            } else if (s->note_hidden) {
                printf("      │ (a note, shown once you have solved it or the week has ended)\n");
            }
        }
        if (ap->ntried) {
            printf("   tried, not solved:");
            for (size_t i = 0; i < ap->ntried; i++) {
                char *user = text_visible(ap->tried[i].user, 0);
                printf("%s %s (-%d)", i ? "," : "", user, ap->tried[i].attempts);
                free(user);
            }
            printf("\n");
        }
    }
    printf("\nreviews still open:%s\n", m->nopen ? "" : " none");
    print_queue(m->open, m->nopen, true);
}

int week_meeting(struct week_cli *w, const struct week *week)
{
    char err[4096];
    char *viewer = hist_user(w->judge.user, err, sizeof(err));
    if (!viewer) {
        cli_error("%s", err);
        return EXIT_USAGE;
    }
    struct hist_db *db;
    struct meeting m;
    memset(&m, 0, sizeof(m));
    int r = week_cli_open_history(w, w->confirm && hist_exists(w->judge.db), &db);
    if (r != EXIT_OK)
        goto out_free_viewer;
    /* The presenters picked now are checked against the week's solvers first. */
    const char **chosen = xcalloc(week->nproblems, sizeof(*chosen));
    struct routine_data d;
    if ((r = routine_load(db, week, &d)) == EXIT_OK) {
        r = parse_presenters(w, week, &d, chosen);
        if (r == EXIT_OK) {
            /* chosen points into d's rows: copy the names before d goes. */
            for (size_t p = 0; p < week->nproblems; p++)
                chosen[p] = chosen[p] ? xstrdup(chosen[p]) : NULL;
        } else {
            memset(chosen, 0, week->nproblems * sizeof(*chosen));
        }
        routine_release(&d);
    }
    if (r != EXIT_OK)
        goto out_free_chosen;
    enum honesty_audience audience = w->markdown ? HONESTY_GROUP : HONESTY_VIEWER;
    if ((r = meeting_load(w, db, week, viewer, audience, chosen, &m)) != EXIT_OK)
        goto out_release;

    bool recorded = false;
    if (w->confirm) {
        struct hist_presentation *list = xcalloc(week->nproblems + 1, sizeof(*list));
        size_t n = 0;
        for (size_t p = 0; p < m.agenda.nproblems; p++) {
            const struct agenda_problem *ap = &m.agenda.problems[p];
            if (!ap->presenter || ap->confirmed)
                continue;
            list[n].week = week->id;
            list[n].problem = (char *)ap->problem;
            list[n].user = (char *)ap->presenter;
            n++;
        }
        int hr = n ? hist_presentations_set(db, list, n, err, sizeof(err)) : HIST_OK;
        free(list);
        if (hr != HIST_OK) {
            cli_error("%s", err);
            r = hist_status(hr);
            goto out_release;
        }
        for (size_t p = 0; p < m.agenda.nproblems; p++)
            m.agenda.problems[p].confirmed = m.agenda.problems[p].presenter != NULL;
        recorded = n > 0;
    }

    struct queue_item_list open = {m.open, m.nopen};
    if (w->judge.json) {
        cJSON *o = agenda_json(&m.agenda, &open);
        cJSON_AddStringToObject(o, "viewer", viewer);
        week_cli_print_json(o);
    } else if (w->markdown) {
        char *md = agenda_markdown(&m.agenda, &open);
        fputs(md, stdout);
        free(md);
    } else {
        print_agenda(&m, viewer, w->today);
        bool any = false;
        for (size_t p = 0; p < m.agenda.nproblems; p++)
            any = any || m.agenda.problems[p].presenter;
        if (w->confirm)
            printf("\n%s\n", recorded ? "presenters recorded"
                             : any    ? "presenters already recorded"
                                      : "no presenters to record: nobody solved a problem yet");
        else
            printf("\nrecord the proposed presenters with --confirm\n");
    }
out_release:
    meeting_release(&m);
out_free_chosen:
    for (size_t p = 0; p < week->nproblems; p++)
        free((char *)chosen[p]);
    free(chosen);
    hist_close(db);
out_free_viewer:
    free(viewer);
    return r;
}
