/* stats.h: what a history says: a week's board and report, a user's statistics, and the
 * problems due for review. Pure computations over attempts held in memory. */
#ifndef JUDGE_STATS_H
#define JUDGE_STATS_H

#include "judge/history.h"
#include "judge/mistakes.h"
#include "judge/util.h"
#include "judge/verdict.h"
#include "judge/weeks.h"

#include <cjson/cJSON.h>
#include <stdbool.h>
#include <stddef.h>
#include <time.h>

/*
 * One recorded submission, as the computations see it. Every pointer is borrowed from the
 * caller and must outlive the results (which point into it). The functions below take
 * attempts in chronological order (judged_at, then id) and never SE (SE is not recorded).
 */
struct stats_attempt {
    long long id;
    const char *user;
    const char *problem;
    const char *week; /* the weekly set it was recorded in, or NULL */
    enum verdict verdict;
    time_t at; /* when it was judged */
    int day;   /* the local calendar day of at (weeks.h day number) */
    const char *const *tags;
    size_t ntags;
    const char *source_sha256; /* NULL: unknown (every source counts as different) */
};

/* Attempts from history rows (oldest first), pointing into them: rows with a malformed time
 * or an unknown verdict are left out. Returns the count; free *out. */
size_t stats_attempts_from_history(const struct hist_submission *rows, size_t n,
                                   struct stats_attempt **out);

/* A tagged mistake, as the computations see it (pointers borrowed). */
struct stats_mistake {
    long long submission_id;
    const char *user;
    const char *problem;
    const char *week; /* NULL: none */
    enum mistake_kind kind;
    const char *note;
};

/* Mistakes from history records, pointing into them; records of an unknown kind are left
 * out. Returns the count; free *out. */
size_t stats_mistakes_from_history(const struct hist_mistake *list, size_t n,
                                   struct stats_mistake **out);

/* Failed verdicts and how often, most frequent first (ties: verdict order). */
struct stats_verdict_count {
    enum verdict verdict;
    int count;
};
struct stats_verdicts {
    struct stats_verdict_count items[VERDICT_COUNT];
    size_t count;
};

/* ---- the week's board: members by problems, like a contest scoreboard ---- */

/* Minutes added to a solved problem's time for every rejected attempt before its first AC,
 * as ICPC scoreboards do. */
#define BOARD_PENALTY_MINUTES 20

struct board_cell {
    int attempts; /* up to and including the first AC; every attempt when unsolved */
    bool solved;
    long minutes; /* solved: minutes from the week's start to the first AC (0 when before) */
};

struct board_row {
    const char *user;
    struct board_cell *cells; /* one per problem of the week, in the week's order */
    int solved;
    int first_try;      /* problems solved at the first attempt */
    long total_minutes; /* solved cells' minutes + BOARD_PENALTY_MINUTES per rejected attempt
                           before their first AC */
    int rank;           /* 1-based; equal solved and total time share a rank */
};

struct board_problem {
    int attempted_by; /* members with at least one attempt */
    int solvers;
    int first_try; /* members who solved it at the first attempt */
    int failed;    /* rejected attempts counted on the board (before each member's first AC) */
};

struct board {
    const struct week *week;
    time_t start;
    struct board_row *rows; /* ranked by solved (desc), total time (asc), then name */
    size_t nrows;
    struct board_problem *problems; /* one per problem of the week */
    long hardest; /* the problem with the fewest solvers, then the most failed attempts, then
                     the earliest in the week; -1 when nobody submitted */
};

/* Computes the board of week w starting at start from every attempt recorded in that week
 * (others are ignored). Release with board_release. */
void board_compute(struct board *b, const struct week *w, time_t start,
                   const struct stats_attempt *attempts, size_t n);
void board_release(struct board *b);

/* "26:05": hours (any number) and minutes. */
const char *board_format_minutes(long minutes, char *buf, size_t len);

/* The board as JSON (docs/history.md); the caller deletes it. */
cJSON *board_json(const struct board *b);

/* The week's report for the meeting, as Markdown: who solved what, first-try ACs, the
 * hardest problem, the board. Malloc'ed. */
char *board_report_markdown(const struct board *b);

/* The report as JSON (docs/history.md); the caller deletes it. */
cJSON *board_report_json(const struct board *b);

/* ---- a user's statistics ---- */

struct stats_week {
    const struct week *week;
    bool current; /* today is within its dates */
    int assigned; /* problems in the set */
    int attempted;
    int solved;
    int first_try;         /* problems whose first attempt was AC */
    int attempts_to_solve; /* attempts up to the first AC, summed over solved problems */
    int submissions;
    struct stats_verdicts failing;
    int mistakes[MISTAKE_KIND_COUNT]; /* tagged mistakes of the set's submissions, by kind */
};

struct stats_tag {
    const char *tag;
    int attempts;
    int failed;
};

struct stats_unsolved {
    const char *problem;
    const struct week *week; /* the first set that assigns it, or NULL */
    int attempts;
    int last_day; /* of the last attempt; meaningless when attempts == 0 */
};

struct user_stats {
    const char *user;
    int today;
    struct stats_week *weeks; /* the sets that have started, by start date */
    size_t nweeks;
    int streak; /* consecutive sets, ending with the latest finished or current one, with every
                   problem solved; a current set not yet complete neither counts nor breaks */
    const struct week *streak_last;  /* the set the streak ends with, or NULL */
    struct stats_unsolved *unsolved; /* attempted or assigned (started sets), never solved */
    size_t nunsolved;
    struct stats_tag *tags; /* most failed attempts first, then highest rate, then name */
    size_t ntags;
    /* Over every attempt, whether in a set or not. */
    int submissions;
    int accepted;
    int attempted; /* distinct problems */
    int solved;
    int first_try;
    int attempts_to_solve;
    struct stats_verdicts failing;
    int mistakes[MISTAKE_KIND_COUNT]; /* every tagged mistake, by kind */
};

/*
 * A user's statistics. Per set, only attempts recorded in that set count (what the board
 * counts); "unsolved" and the overall figures take every attempt. today is a day number.
 */
void stats_compute(struct user_stats *s, const char *user, const struct week_set *weeks, int today,
                   const struct stats_attempt *attempts, size_t n);
void stats_release(struct user_stats *s);

/* Counts the user's tagged mistakes into s: per set (the set the submission was recorded in)
 * and overall. Call after stats_compute. */
void stats_count_mistakes(struct user_stats *s, const struct stats_mistake *list, size_t n);

/* The statistics as JSON (docs/history.md), with the progress over the weeks: each weekly
 * series (solved, first-try rate, attempts per AC, mistakes and each kind's) and its trend
 * over the latest PROGRESS_TREND_WEEKS finished sets. The caller deletes it. */
cJSON *stats_json(const struct user_stats *s);

/* The progress for people: per series, a sparkline over the sets (oldest first), the latest
 * value and the trend. */
void stats_progress_text(struct strbuf *sb, const struct user_stats *s);

/* ---- review: the problems worth solving again now ---- */

/* A problem solved only at this attempt or later was hard won and is worth reviewing. */
#define REVIEW_MIN_ATTEMPTS 3

/* A kind of mistake recurs when it was tagged on at least this many of the user's problems;
 * every problem with a mistake of that kind comes back for review. */
#define REVIEW_RECURRING_MIN 2

enum review_kind {
    REVIEW_UNSOLVED,  /* attempted, never solved */
    REVIEW_HARD_WON,  /* first solved only after REVIEW_MIN_ATTEMPTS attempts or more */
    REVIEW_RECURRING, /* solved, but with a mistake of a kind that recurs */
    REVIEW_NEW,       /* in a set that has ended, never started (--include-new) */
};

struct review_item {
    const char *problem;
    enum review_kind kind;
    const struct week *week; /* REVIEW_NEW: the set it was in */
    int attempts;            /* every attempt on it */
    int attempts_to_solve;   /* HARD_WON: the attempt that first got AC */
    int clean_reviews;       /* later days whose first attempt was AC, since the last slip */
    int box;                 /* Leitner box: 0 unsolved or slipped, 1 solved, +1 per clean review */
    int last_day;            /* of the last attempt */
    int interval;            /* days between reviews in this box */
    int due_day;             /* last_day + interval */
    int overdue;             /* today - due_day: >= 0 when due */
    struct stats_verdicts failing;
    long long last_failed_id; /* the latest failed attempt, 0 when none */
    char **failed_tests;      /* the names of its failed tests (review_set_failed_tests) */
    size_t nfailed_tests;
    const struct stats_mistake **mistakes; /* tagged on this problem, latest first */
    size_t nmistakes;
    enum mistake_kind recurring[MISTAKE_KIND_COUNT]; /* its mistakes' kinds that recur */
    size_t nrecurring;
};

struct review_list {
    const char *user;
    int today;
    struct review_item *due; /* unsolved first, then hard won; most overdue first */
    size_t ndue;
    struct review_item *later; /* not due yet, soonest first */
    size_t nlater;
};

/* Days between reviews for a Leitner box: 1, 3, 7, 14, then 30. */
int review_interval_days(int box);

/*
 * The user's problems worth solving again. Attempts are grouped by day: the first day with
 * an AC puts the problem in box 1; each later day whose first attempt is AC moves it up a
 * box; a later day whose first attempt fails sends it back to box 1 (solved again that day)
 * or box 0 (not). An attempt whose source is byte-identical to an earlier attempt's on the
 * same problem (a folder judged again) is not a review: it neither moves the problem nor
 * counts as its last attempt.
 */
void review_compute(struct review_list *r, const char *user, int today,
                    const struct stats_attempt *attempts, size_t n);

/* What else review_compute_full considers. */
struct review_options {
    const struct stats_mistake *mistakes; /* the user's tagged mistakes (others ignored) */
    size_t nmistakes;
    const struct week_set *weeks; /* for include_new */
    bool include_new;             /* offer the problems of ended sets the user never started */
};

/* review_compute, with the mistakes (problems whose kind of mistake recurs come back, and
 * every item lists its mistakes) and, with include_new, the problems never started. */
void review_compute_full(struct review_list *r, const char *user, int today,
                         const struct stats_attempt *attempts, size_t n,
                         const struct review_options *opts);

/* Gives an item the names of the failed tests of its last failed attempt (copied). */
void review_set_failed_tests(struct review_item *item, const char *const *names, size_t n);
void review_release(struct review_list *r);

/* Why the item is listed, for people: "attempted 4 times (WA 3, TLE 1), never solved; ...".
 * Malloc'ed. */
char *review_reason(const struct review_item *item);
cJSON *review_json(const struct review_list *r);

#endif
