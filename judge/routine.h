/* routine.h: the weekly routine's pure computations: the study group's board, members'
 * solutions of a problem, the meeting's agenda with the presenter rotation, the review-pair
 * rotation and the review queue. Nothing here reads a file or the history: the commands load,
 * these compute, the commands print. */
#ifndef JUDGE_ROUTINE_H
#define JUDGE_ROUTINE_H

#include "judge/history.h"
#include "judge/stats.h"
#include "judge/util.h"
#include "judge/weeks.h"

#include <cjson/cJSON.h>
#include <stdbool.h>
#include <stddef.h>

/* Appends text to Markdown as plain text, where it is never at the start of a line: the
 * characters that make emphasis, code, links, HTML and table cells (\ ` * _ [ ] < > | ~)
 * escaped with a backslash, line breaks as spaces, other control characters and
 * bidirectional overrides shown as text_visible shows them ("\x1b"). Names, ids and titles
 * are data. */
void md_add_escaped(struct strbuf *md, const char *text);

/* "Tue 11-03": a day number as a short weekday and month-day. Returns buf. */
const char *routine_day_text(int day, char *buf, size_t len);

/* ---- the study group's board ----
 *
 * A cell is the day a problem was first solved and the attempts it took, not the hours since
 * the week began: who works at the weekend does not rank lower. A first AC after the week's
 * last day is shown as late and does not count for the week. Ranking: problems solved (more
 * first), then first-try solves (more first), then attempts on the solved problems (fewer
 * first); members equal on all three share a rank and are listed by name. */

struct group_cell {
    int attempts;          /* up to and including the first AC; every attempt when unsolved */
    bool solved;           /* the first AC is within the week's dates (or before): it counts */
    bool late;             /* the first AC is after the week's last day: shown, not counted */
    int solved_day;        /* the day of the first AC (solved or late) */
    long long first_ac_id; /* the first AC's submission id, 0 when none */
};

struct group_row {
    const char *user;
    struct group_cell *cells; /* one per problem of the week, in the week's order */
    int solved;
    int first_try; /* solved at the first attempt (in time) */
    int attempts;  /* attempts on the solved problems, up to and including their AC */
    int late;      /* problems solved late */
    int rank;
};

struct group_problem {
    int attempted_by;
    int solvers; /* in time */
    int first_try;
    int failed; /* rejected attempts before each member's first AC (or all, unsolved) */
    int late;   /* members who solved it late */
};

struct group_board {
    const struct week *week;
    struct group_row *rows; /* in rank order, then by name */
    size_t nrows;
    struct group_problem *problems; /* one per problem of the week */
    long hardest; /* fewest solvers, then most failed attempts, then earliest; -1: nobody
                     submitted */
};

/* The board of week w from every attempt recorded in it (others are ignored); attempts in
 * chronological order. Release with group_board_release. */
void group_board_compute(struct group_board *b, const struct week *w,
                         const struct stats_attempt *attempts, size_t n);
void group_board_release(struct group_board *b);

/* A cell for people: "Tue 11-03 (2)", "late 11-10 (3)", "-2" (tried, unsolved), "." (not
 * tried). Returns buf. */
const char *group_cell_text(const struct group_cell *c, char *buf, size_t len);

/* The board as JSON (docs/history.md, "style": "group"); the caller deletes it. */
cJSON *group_board_json(const struct group_board *b);

/* Where a cell links to in Markdown (a path relative to the document), or NULL for none. */
typedef const char *(*group_link_fn)(void *ctx, size_t row, size_t problem);

/* The board as a Markdown table (names escaped); link, when not NULL, is asked for every
 * solved or late cell. */
void group_board_markdown(struct strbuf *md, const struct group_board *b, group_link_fn link,
                          void *ctx);

/* The week's report for the meeting, as Markdown (who solved what, first-try solves, late
 * solves, the hardest problem, the board) and as JSON; the caller frees / deletes. */
char *group_report_markdown(const struct group_board *b);
cJSON *group_report_json(const struct group_board *b);

/* ---- one member's solution of one problem ---- */

struct member_solution {
    const char *user;
    const char *problem;
    int attempts;    /* up to and including the first AC; every one when unsolved */
    int submissions; /* every one */
    const struct hist_submission *first_ac;  /* NULL when unsolved */
    const struct hist_submission *latest_ac; /* the solution shown, presented, reviewed and
                                                exported; NULL when unsolved */
    long best_time_ms;    /* the least time of the accepted submissions; -1 unsolved */
    long best_memory_kib; /* the least memory of the accepted submissions; -1 unsolved */
    int solved_day;       /* the day of the first AC */
    bool late;            /* the first AC is after the week's last day */
};

/* What user did on problem, from rows (chronological; only those recorded in w count when w
 * is not NULL). The result points into rows. */
void member_solution_compute(struct member_solution *m, const char *user, const char *problem,
                             const struct week *w, const struct hist_submission *rows, size_t n);

/* Everyone with a submission recorded in w, distinct and sorted by name, pointing into rows.
 * Returns the count; free *out. */
size_t routine_week_members(const struct week *w, const struct hist_submission *rows, size_t n,
                            const char ***out);

/* ---- the presenter rotation ---- */

struct presenter_problem {
    const char *const *solvers; /* who may present: the members who solved it */
    size_t nsolvers;
    const char *confirmed; /* the presenter already confirmed for this meeting, or NULL */
};

/*
 * The presenter of each problem of a meeting. Presentations form one sequence: the earlier
 * meetings' confirmed presenters (past, oldest first: meetings in week order, problems in
 * the set's order), then this meeting's problems in order. A problem's presenter is the one
 * confirmed, else the solver whose last presentation is earliest in that sequence (never
 * presented first; ties: fewer presentations, then name); so nobody presents twice in a row
 * when another solver could. out[i] is NULL when problem i has no solver.
 */
void presenters_propose(const char *const *past, size_t npast,
                        const struct presenter_problem *problems, size_t nproblems,
                        const char **out);

/* ---- the meeting's agenda ---- */

struct queue_item_list;

/* One solver of a problem on the agenda. */
struct agenda_solver {
    struct member_solution solution;
    long bytes;       /* of the latest AC's source; -1 until the caller fills it */
    long lines;       /* likewise */
    const char *note; /* the member's approach note, if the caller may show it; else NULL */
    bool note_hidden; /* there is a note, hidden by the honesty rule */
};

struct agenda_problem {
    const char *problem;
    const char *title;             /* as recorded with the submissions */
    struct agenda_solver *solvers; /* by the time of their first AC */
    size_t nsolvers;
    struct member_solution *tried; /* attempted, never solved (in the week), by name */
    size_t ntried;
    const char *presenter; /* NULL: nobody solved it */
    bool confirmed;        /* the presenter was confirmed earlier (not only proposed) */
};

struct agenda {
    const struct week *week;
    const char *const *members; /* everyone with a submission in the week, by name */
    size_t nmembers;
    struct agenda_problem *problems; /* the set's order */
    size_t nproblems;
};

/*
 * The agenda of week w from rows (every submission, chronological; those recorded in w
 * count). past: the presenters confirmed at earlier meetings, in sequence (presenters_propose);
 * confirmed[i]: the presenter confirmed for problem i of this meeting, or NULL; chosen[i]: a
 * presenter the group picks now instead (NULL: none; the caller checks it solved the
 * problem). The caller fills each solver's bytes, lines and note. Release with
 * agenda_release.
 */
void agenda_compute(struct agenda *a, const struct week *w, const struct hist_submission *rows,
                    size_t n, const char *const *past, size_t npast, const char *const *confirmed,
                    const char *const *chosen);
void agenda_release(struct agenda *a);

/* The agenda as JSON (docs/meeting.md); open: the reviews still open (not done). */
cJSON *agenda_json(const struct agenda *a, const struct queue_item_list *open);

/* The agenda as Markdown for the group's chat or wiki (names escaped, notes quoted). */
char *agenda_markdown(const struct agenda *a, const struct queue_item_list *open);

/* ---- review pairs ---- */

/* How many solutions each member reviews a week, by default. */
#define PAIRS_DEFAULT_K 2

struct review_pair {
    const char *reviewer;
    const char *author;
};

/*
 * One week's pairs. members (distinct, sorted by name) are arranged in a circle; a shift s
 * pairs every member with the one s places on. A week takes k consecutive shifts, starting
 * at an offset: the offset is chosen to repeat as few of the previous week's pairs as
 * possible, then to make pairs that were made least often before (earlier: every pair of
 * every earlier week, repeats allowed), then to be the rotation's own (ordinal * k), so that
 * with the same members every week, consecutive weeks never repeat a pair when 2k < n and
 * everyone is paired with everyone within ceil((n - 1) / k) weeks. k is at most n - 1.
 * Returns the count; *out (malloc'ed, pointing at members) sorted by reviewer, then author.
 */
size_t pairs_propose(const char *const *members, size_t nmembers, int k, size_t ordinal,
                     const struct review_pair *previous, size_t nprevious,
                     const struct review_pair *earlier, size_t nearlier, struct review_pair **out);

/* A week as the rotation sees it: its members, and its pairs if they were confirmed. */
struct pairs_week {
    const char *const *members; /* distinct, sorted by name */
    size_t nmembers;
    const struct review_pair *recorded; /* the confirmed pairs */
    size_t nrecorded;
    bool has_recorded;
};

/* The pairs of weeks[target]: its confirmed pairs, else pairs_propose's, where the earlier
 * weeks' pairs are their confirmed ones or, for those never confirmed, what the rotation
 * proposed for them. Returns the count; *out is malloc'ed. */
size_t pairs_rotation(const struct pairs_week *weeks, size_t target, int k,
                      struct review_pair **out);

/* ---- the review queue ---- */

enum queue_status {
    QUEUE_OPEN,    /* the reviewer may read the solution and has not commented on it */
    QUEUE_WAITING, /* the honesty rule hides it from the reviewer for now */
    QUEUE_DONE,    /* the reviewer commented on it */
};

struct queue_item {
    const char *reviewer;
    const char *author;
    const char *problem;
    long long submission_id; /* the author's solution: their latest AC in the week */
    enum queue_status status;
};

/* Who commented on whose solution of what, in the week. */
struct queue_comment {
    const char *commenter;
    const char *author;
    const char *problem;
};

/*
 * The reviews a week's pairs call for: for each pair, each problem the author solved in the
 * week (rows: every submission of the history, chronological; only those recorded in w make
 * solutions, all of them say who solved what for the honesty rule). Done when the reviewer
 * commented on any of the author's submissions of that problem in the week. Items follow the
 * pairs' order, then the set's. Returns the count; *out is malloc'ed, pointing into the
 * arguments.
 */
size_t review_queue_compute(const struct review_pair *pairs, size_t npairs, const struct week *w,
                            const struct hist_submission *rows, size_t n,
                            const struct queue_comment *comments, size_t ncomments, int today,
                            struct queue_item **out);

/* "open", "waiting", "done". */
const char *queue_status_name(enum queue_status s);

/* A list of queue items, borrowed. */
struct queue_item_list {
    const struct queue_item *items;
    size_t count;
};

/* Queue items as JSON: [{"reviewer", "author", "problem", "submission_id", "status"}]. */
cJSON *queue_json(const struct queue_item *items, size_t n);

#endif
