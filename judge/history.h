/* history.h: the submission history: an SQLite database, its schema and migrations, recording
 * a submission, and reading it back. */
#ifndef JUDGE_HISTORY_H
#define JUDGE_HISTORY_H

#include "judge/judging.h"
#include "judge/problem.h"

#include <cjson/cJSON.h>

#include <stdbool.h>
#include <stddef.h>

/* The schema this judge writes; older databases are migrated forward when opened, newer
 * ones are refused. */
#define HIST_SCHEMA_VERSION 2

/* PRAGMA application_id of a judge history database: 0x4A444745, "JDGE" (decimal, for SQL).
 * A database with any other id (and any content) is refused. */
#define HIST_APPLICATION_ID 1245988677

/* Largest source file recorded, in bytes: what the judge builds at most. */
#define HIST_SOURCE_MAX (1 << 20)

/* What the functions return. */
enum hist_status {
    HIST_OK = 0,
    HIST_EBADFILE = -1, /* (what set_error() returns) the file or the input is the user's
                           problem: not a judge database, corrupt, newer, unwritable, a bad
                           config file (exit 2) */
    HIST_ESYSTEM = -2,  /* the judge failed: SQLite errors, locked for too long (exit 3) */
    HIST_ENOTFOUND = -3,
};

/* The database path in use: db if given, else $JUDGE_DB, else
 * $XDG_DATA_HOME/judge/history.db, else ~/.local/share/judge/history.db. Malloc'ed; NULL when
 * none can be made (no HOME). */
char *hist_db_path(const char *db);

/*
 * The user a submission is recorded for: user if given, else $JUDGE_USER, else "user" in
 * $XDG_CONFIG_HOME/judge/config.json (~/.config/judge/config.json), else $USER, else the
 * login name of the process's passwd entry, else "me".
 * Returns a malloc'ed name, or NULL with a message naming the file (a malformed config) or
 * the value (an empty name, control characters, longer than 64 bytes) in err.
 */
char *hist_user(const char *user, char *err, size_t errlen);

struct hist_db;

/*
 * Opens the history at hist_db_path(db). A missing file is created (with its directories) when
 * write is true; otherwise it is an error when db names it (a mistyped --db), and else an empty
 * in-memory history stands in for it and nothing is created. An
 * existing file must be a judge history: a file that is not an SQLite database, is corrupt,
 * belongs to another application or has a newer schema is refused untouched
 * (HIST_EBADFILE). An older schema is migrated forward in one transaction. Then the
 * database is in WAL mode with a busy timeout, so that several judges can write at once.
 * Returns HIST_OK with *out set (close with hist_close), or an error with a one-line
 * message naming the file in err.
 */
int hist_open(const char *db, bool write, struct hist_db **out, char *err, size_t errlen);
void hist_close(struct hist_db *db);

struct hist_test {
    char *name;
    char *verdict;   /* "AC", "WA", ..., or "skipped" (not run) */
    long time_ms;    /* -1 when not run */
    long memory_kib; /* -1 when not run */
    char *message;
};

struct hist_submission {
    long long id;
    char *user;
    char *problem;
    char *problem_title;
    char *week; /* NULL: the problem is in no weekly set */
    char *language;
    char *source; /* NULL in lists */
    size_t source_len;
    char source_sha256[65];
    char *verdict;
    long passed;
    long total;
    long max_time_ms;
    long max_memory_kib;
    char judged_at[21]; /* "2026-11-28T12:34:56Z" (UTC) */
    char *judge_version;
    struct hist_test *tests; /* NULL in lists */
    size_t ntests;
    char **tags;
    size_t ntags;
};

/*
 * Fills s from a finished judgement (never SE: the judge's failures are not recorded): the
 * source text (copied), its hash, the per-test results, the problem's tags, the time now
 * (UTC; $JUDGE_NOW=YYYY-MM-DDTHH:MM:SSZ overrides it, for tests) and JUDGE_VERSION. week may
 * be NULL. Release with hist_submission_release.
 */
void hist_submission_from_judgement(struct hist_submission *s, const struct judgement *j,
                                    const struct problem *p, const char *user, const char *week,
                                    const char *source, size_t source_len);
void hist_submission_release(struct hist_submission *s);

/* Records s (its id is ignored) in one transaction: all of it or nothing. Waits for other
 * writers (up to about a minute). Returns HIST_OK with *id set, or an error with err. */
int hist_record(struct hist_db *db, const struct hist_submission *s, long long *id, char *err,
                size_t errlen);

struct hist_filter {
    const char *user;    /* NULL: everyone */
    const char *problem; /* NULL: any */
    const char *week;    /* NULL: any */
    const char *verdict; /* "AC", ...; NULL: any */
    const char *since;   /* "YYYY-MM-DD": judged that day (UTC) or later; NULL: any */
    long limit;          /* 0: no limit */
    bool oldest_first;   /* default: newest first */
};

/* The submissions matching f, with their tags but without source or tests. Returns HIST_OK
 * with a malloc'ed array in *out (free with hist_list_free), or an error with err. */
int hist_list(struct hist_db *db, const struct hist_filter *f, struct hist_submission **out,
              size_t *count, char *err, size_t errlen);
void hist_list_free(struct hist_submission *list, size_t count);

/* One submission, with its source and tests. HIST_ENOTFOUND when there is none. */
int hist_get(struct hist_db *db, long long id, struct hist_submission *out, char *err,
             size_t errlen);

/* A submission as JSON (docs/history.md); with_details adds its source and tests. The
 * caller deletes it. */
cJSON *hist_submission_json(const struct hist_submission *s, bool with_details);

/* Parses judged_at ("YYYY-MM-DDTHH:MM:SSZ") into seconds since the epoch; -1 if malformed. */
long long hist_parse_time(const char *judged_at);

#endif
