/* weeks.h: weekly problem sets (problems/weeks/<id>.json): dates, loading, validating, lookup. */
#ifndef JUDGE_WEEKS_H
#define JUDGE_WEEKS_H

#include <cjson/cJSON.h>
#include <stdbool.h>
#include <stddef.h>
#include <time.h>

/* Largest weekly-set file read, in bytes. */
#define WEEK_FILE_MAX (1 << 20)

/*
 * Calendar dates are handled as day numbers: days since 1970-01-01 in the proleptic
 * Gregorian calendar (negative before it). Only years 1..9999 are accepted.
 */

/* Parses "YYYY-MM-DD", which must be a real calendar date ("2026-02-30" is not). Returns 0
 * with *day set, or -1. */
int week_date_parse(const char *text, int *day);

/* Formats a day number as "YYYY-MM-DD" into out. */
void week_date_format(int day, char out[11]);

/* The day number of a calendar date (no validation). */
int week_days_from_civil(int year, int month, int mday);

/* The local calendar day (TZ applies) of an instant. */
int week_local_day(time_t when);

/* The instant the local day begins (00:00 local time; TZ applies). */
time_t week_local_midnight(int day);

/* Today as a day number: util.h's today(), which honours JUDGE_TODAY. */
int week_today(void);

/* The Monday on or before day. */
int week_monday(int day);

struct week {
    char *id; /* equals the file's base name: "week-01" for week-01.json */
    char *title;
    char *file; /* the path it was read from, for messages */
    int number; /* "week": the set's place in the library's order (1, 2, ...); 0: none */
    bool dated; /* the file gives starts and ends; else the group's calendar does */
    char starts[11];
    char ends[11];
    int starts_day; /* day numbers, starts_day <= ends_day (an undated set's are 0 until
                       the calendar places it: week_set_load does) */
    int ends_day;
    char **problems; /* problem ids, at least one, no duplicates, in the file's order */
    size_t nproblems;
    bool verdict_only; /* "feedback": "verdict-only": the set's submissions show only
                          verdicts for hidden tests (problem.h, FEEDBACK_VERDICT_ONLY) */
};

/* Whether a problem id exists in the library (week_parse checks every id with it). */
typedef bool (*week_problem_exists_fn)(void *ctx, const char *problem_id);

/* The week_problem_exists_fn of a library directory (ctx: its path): a folder of that name. */
bool week_library_has_problem(void *ctx, const char *problem_id);

/*
 * Parses and validates one weekly set from the JSON text of file (file names it in
 * messages, and its base name without ".json" must equal the "id" field). exists, when not
 * NULL, is asked about every problem id. Returns 0 with *w filled (release with
 * week_release), or -1 with a one-line message naming the file and the field in err:
 * "problems/weeks/week-01.json: starts: not a real date (got \"2026-02-30\")". The checks
 * come in this order: the JSON's syntax (the message gives the line and column of the error,
 * "weeks/week-03.json:4:12: malformed JSON at ..."; text after the object is refused too), a
 * JSON object, its keys (id, title, week, starts, ends, problems, feedback: an unknown key, with
 * the known one it is a small edit away from, and a key given twice: before any missing key, so
 * that "titel" is named as unknown rather than "title" as missing), then each field.
 */
int week_parse(const char *file, const char *text, size_t len, week_problem_exists_fn exists,
               void *ctx, struct week *w, char *err, size_t errlen);
void week_release(struct week *w);

/* Whether the week lists the problem / includes the day. */
bool week_has_problem(const struct week *w, const char *problem_id);
bool week_includes_day(const struct week *w, int day);

/*
 * A weekly-set file that is not a valid set, kept with what could be read of it, so that a
 * command about one problem can tell whether the file might concern that problem
 * (week_set_blocking): the ids its "problems" list names, when the file is a JSON object
 * with such a list (of any validity otherwise); else its text; else nothing (it could not be
 * read at all).
 */
struct week_bad {
    char *file;
    char *error;     /* the one-line message naming the file (and the field) */
    bool listed;     /* problems and misses are the strings of its "problems" list */
    char **problems; /* the entries that name a problem of the library */
    size_t nproblems;
    char **misses; /* the entries that name none (perhaps a misspelt one) */
    size_t nmisses;
    char *text; /* not listed: the file's text (NULL: it could not be read) */
    size_t text_len;
};

/*
 * The group's calendar (docs/history.md): when the library's undated sets take place. The
 * sets in order (by their "week" numbers, or the group's own order) each get every_days days,
 * the first from start_day on; a stretch of days a dated set holds is passed over, so that
 * the undated sets flow around the dated ones.
 */
struct week_calendar {
    bool stored;    /* the group set it (`judge week start`); else a default */
    int start_day;  /* the first set's first day */
    int every_days; /* WEEK_EVERY_MIN..WEEK_EVERY_MAX */
    char **order;   /* the undated sets' ids in the group's order, the others skipped;
                       NULL: every undated set, by "week" number */
    size_t norder;
};
#define WEEK_EVERY_MIN  1
#define WEEK_EVERY_MAX  366
#define WEEK_NUMBER_MAX 10000

/* The default calendar: a set every 7 days from the Monday on or before day. */
void week_calendar_default(struct week_calendar *cal, int day);
void week_calendar_release(struct week_calendar *cal);

/* The weekly sets of a library, sorted by start date, then id. */
struct week_set {
    struct week *weeks;
    size_t count;
    char *dir;            /* the weeks/ directory they came from, or NULL (for messages) */
    struct week_bad *bad; /* week_set_load_all: the files that are not valid sets */
    size_t nbad;
    struct week *skipped; /* undated sets the group's calendar leaves out (no dates) */
    size_t nskipped;
};
#define WEEK_SET_INIT                                                                              \
    {                                                                                              \
        NULL, 0, NULL, NULL, 0, NULL, 0                                                            \
    }

/* Adds w to the set, which takes what w owns (w is zeroed). Returns 0, or -1 with a
 * message naming both files when the set already has a week with that id (w untouched). */
int week_set_add(struct week_set *set, struct week *w, char *err, size_t errlen);

/*
 * Loads every weeks/<id>.json of the problem library (problem_library_dir(problems_dir)),
 * checking that each problem id names a directory of the library, that no two dated sets'
 * dates overlap (a day belongs to one set at most) and that no two undated sets share a
 * "week" number; then places the undated sets by the calendar (NULL: week_calendar_default
 * of today). No library, or one without weeks/, gives an empty set. Returns 0, or -1 with
 * the first bad file's error in err (the set is left empty): the files in name order, then
 * the first overlap, naming both files and their dates. What every command that works on
 * the sets as a whole uses (through hist_weeks_load, which reads the group's calendar).
 */
int week_set_load(struct week_set *set, const char *problems_dir, const struct week_calendar *cal,
                  char *err, size_t errlen);

/*
 * As week_set_load, but a bad file does not fail the load: the valid sets are in
 * set->weeks, and every file that is not one in set->bad with its error (both sets of an
 * overlap are bad). Returns -1 with err only when the weeks/ directory cannot be read. What
 * `judge submit` and `judge test` use, asking week_set_blocking about their problem.
 */
int week_set_load_all(struct week_set *set, const char *problems_dir,
                      const struct week_calendar *cal, char *err, size_t errlen);
void week_set_release(struct week_set *set);

/*
 * The first bad file of the set that might hold problem_id, or NULL when none might (the
 * valid sets then decide the week of a submission of it as they would with the bad files
 * fixed): a file whose "problems" list was read might hold the problems it names, and any
 * problem a small edit away from an entry that names no problem (a misspelling); a file read
 * but without such a list, any problem whose id occurs in its text; a file that could not be
 * read, every problem.
 */
const struct week_bad *week_set_blocking(const struct week_set *set, const char *problem_id);

/* The week with that id, or NULL (a skipped set too: week_set_find_skipped). */
const struct week *week_set_find(const struct week_set *set, const char *id);
const struct week *week_set_find_skipped(const struct week_set *set, const char *id);

/*
 * The week a submission of problem_id judged on day belongs to: the set containing the
 * problem whose dates include day (the latest starting, if several), else the latest
 * starting set that contains the problem, else NULL.
 */
const struct week *week_set_for_problem(const struct week_set *set, const char *problem_id,
                                        int day);

/* The week whose dates include day, or NULL. */
const struct week *week_set_current(const struct week_set *set, int day);

/* What a command shows when no week is named: the current week, else the latest that
 * has started, else the first to come; NULL when the set is empty. */
const struct week *week_set_default(const struct week_set *set, int day);

/* The week as JSON: {id, title, week, dated, starts, ends, problems} (week: its "week"
 * number or null; a skipped set's starts and ends are null). The caller deletes it. */
cJSON *week_json(const struct week *w);

#endif
