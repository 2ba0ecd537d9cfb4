/* history.h: the submission history: an SQLite database, its schema and migrations, recording
 * a submission, and reading it back. */
#ifndef JUDGE_HISTORY_H
#define JUDGE_HISTORY_H

#include "judge/judging.h"
#include "judge/problem.h"
#include "judge/weeks.h"

#include <cjson/cJSON.h>

#include <stdbool.h>
#include <stddef.h>

/* The schema this judge writes; older databases are migrated forward when opened, newer
 * ones are refused. */
#define HIST_SCHEMA_VERSION 8

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

/* Whether the history at hist_db_path(db) exists. A command that only adds to what is there
 * (a note, a comment, a mistake tag, a confirmation) opens it for writing only then: where
 * there is none it has nothing to add to, and must not leave an empty history behind. */
bool hist_exists(const char *db);
void hist_close(struct hist_db *db);
/* The history's name for messages: its path, or its URI without a password. */
const char *hist_name(const struct hist_db *db);

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
    /* With the tests (hist_get): what the judge said besides the verdicts. */
    char *compile_message; /* the compiler's output, or NULL: none recorded */
    char *failure; /* the first failed visible test as docs/json.md's "failure" (JSON text), or
                      NULL: none (all passed, none visible failed, or judged before v8) */
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

/* A submission as JSON (docs/history.md); with_details adds its source, tests, compiler
 * output and first failed visible test. The caller deletes it. */
cJSON *hist_submission_json(const struct hist_submission *s, bool with_details);
/* Hides what holds the source in such JSON (the source, the compiler's output that quotes it,
 * the program's output), saying why (the honesty rule). */
void hist_submission_json_hide(cJSON *o, const char *why);

/* Parses judged_at ("YYYY-MM-DDTHH:MM:SSZ") into seconds since the epoch; -1 if malformed. */
long long hist_parse_time(const char *judged_at);

/* Whether user has an accepted submission of problem, in any week or none. */
int hist_has_accepted(struct hist_db *db, const char *user, const char *problem, bool *out,
                      char *err, size_t errlen);

/*
 * ---- The meeting routine (docs/meeting.md) ----
 *
 * Approach notes, mistakes, the presenters and review pairs confirmed for a week, and comments
 * on submissions. Every write is one transaction (all of it or nothing) that waits for other
 * writers as hist_record does; every text is stored as valid UTF-8 (invalid bytes replaced by
 * U+FFFD). Times are UTC "YYYY-MM-DDTHH:MM:SSZ", $JUDGE_NOW when set. The lists are malloc'ed
 * arrays the caller frees with the matching _free; a single record is released with its
 * _release.
 */

#define HIST_NOTE_MAX         (64 << 10) /* bytes of an approach note */
#define HIST_COMMENT_MAX      (8 << 10)  /* bytes of a comment */
#define HIST_MISTAKE_NOTE_MAX 1024       /* bytes of a mistake's free note */

/* An approach note: one per submission (idea, complexity, what was hard). */
struct hist_note {
    long long submission_id;
    char *user;    /* the submission's */
    char *problem; /* the submission's */
    char *week;    /* the submission's; NULL: none */
    char *text;
    char written_at[21];
};

/* Sets the note of a submission, replacing any. HIST_ENOTFOUND: no such submission. */
int hist_note_set(struct hist_db *db, long long submission_id, const char *text, char *err,
                  size_t errlen);

/* The note of user on problem: the one on their latest submission of it (by judged_at, then
 * id) that has a note. HIST_ENOTFOUND (err set) when there is none. */
int hist_note_get(struct hist_db *db, const char *user, const char *problem, struct hist_note *out,
                  char *err, size_t errlen);
void hist_note_release(struct hist_note *n);

/* A failed submission tagged with the kind of mistake (mistakes.h names the kinds). */
struct hist_mistake {
    long long submission_id;
    char *user;
    char *problem;
    char *week; /* NULL: none */
    char *verdict;
    char *kind;
    char *note; /* "" when none */
    char judged_at[21];
    char tagged_at[21];
};

/* Tags a submission (replacing an earlier tag). The caller checks the kind and that the
 * submission failed. HIST_ENOTFOUND: no such submission. */
int hist_mistake_set(struct hist_db *db, long long submission_id, const char *kind,
                     const char *note, char *err, size_t errlen);

/* The tagged mistakes of user (NULL: everyone's), oldest submission first. */
int hist_mistakes_list(struct hist_db *db, const char *user, struct hist_mistake **out,
                       size_t *count, char *err, size_t errlen);
void hist_mistakes_free(struct hist_mistake *list, size_t count);

/* A presenter confirmed for one problem of one week's meeting. */
struct hist_presentation {
    char *week;
    char *problem;
    char *user;
    char confirmed_at[21];
};

/* Every confirmed presentation (in no particular order: the rotation orders them by week). */
int hist_presentations_list(struct hist_db *db, struct hist_presentation **out, size_t *count,
                            char *err, size_t errlen);
/* Records presenters (each for its week and problem, replacing an earlier choice), all in one
 * transaction; confirmed_at is set now. */
int hist_presentations_set(struct hist_db *db, const struct hist_presentation *list, size_t count,
                           char *err, size_t errlen);
void hist_presentations_free(struct hist_presentation *list, size_t count);

/* A reviewer assigned to review an author's accepted solutions of a week. */
struct hist_pair {
    char *week;
    char *reviewer;
    char *author;
    char confirmed_at[21];
};

/* Every confirmed pair, ordered by week, reviewer, author. */
int hist_pairs_list(struct hist_db *db, struct hist_pair **out, size_t *count, char *err,
                    size_t errlen);
/* Replaces the pairs of week with list (whose week fields are ignored), in one transaction. */
int hist_pairs_set(struct hist_db *db, const char *week, const struct hist_pair *list, size_t count,
                   char *err, size_t errlen);
void hist_pairs_free(struct hist_pair *list, size_t count);

/* A comment on a submission, on one line of its source or on the whole. */
struct hist_comment {
    long long id;
    long long submission_id;
    char *author; /* who wrote the comment */
    long line;    /* 1-based line of the source; 0: the whole submission */
    char *text;
    char written_at[21];
    char *submission_user; /* whose submission */
    char *problem;         /* the submission's */
    char *week;            /* the submission's; NULL: none */
};

/* Adds a comment; *id is its id. HIST_ENOTFOUND: no such submission. */
int hist_comment_add(struct hist_db *db, long long submission_id, const char *author, long line,
                     const char *text, long long *id, char *err, size_t errlen);

struct hist_comment_filter {
    long long submission_id; /* 0: any */
    const char *week;        /* the submission's week; NULL: any */
};

/* The comments matching f, oldest first. */
int hist_comments_list(struct hist_db *db, const struct hist_comment_filter *f,
                       struct hist_comment **out, size_t *count, char *err, size_t errlen);
void hist_comments_free(struct hist_comment *list, size_t count);

/* ---- mock tests (judge mock, mock.h; schema version 4) ---- */

struct hist_mock_problem {
    char *problem;
    char *problem_title;
    char *difficulty; /* NULL when the package gives none */
    char *path;       /* the package it is judged from */
};

struct hist_mock_submission {
    long long submission_id;
    int position;       /* the problem's, 0-based */
    char judged_at[21]; /* the submission's */
    char *verdict;
    double score; /* 0..100 */
    long correctness_passed, correctness_total;
    long performance_passed, performance_total;
};

struct hist_mock_focus {
    char at[21];
    int position;
};

struct hist_mock {
    long long id;
    char *user;
    char started_at[21];
    char deadline[21];
    char finished_at[21]; /* "" while under way */
    long minutes;
    char *selection; /* how the problems were picked, for people: "3 problems, tag dp" */
    struct hist_mock_problem *problems;
    size_t nproblems;
    struct hist_mock_submission *submissions; /* oldest first */
    size_t nsubmissions;
    struct hist_mock_focus *focus; /* oldest first */
    size_t nfocus;
};

void hist_mock_release(struct hist_mock *m);

/* Records a new mock (user, started_at, deadline, minutes, selection, problems; its id is set
 * in m->id) with a focus on its first problem at its start, in one transaction. A user with a
 * mock under way cannot start another: HIST_EBADFILE naming it. */
int hist_mock_start(struct hist_db *db, struct hist_mock *m, char *err, size_t errlen);

/* The user's mock under way (finished_at unset), whatever its deadline; HIST_ENOTFOUND when
 * none. Release out with hist_mock_release. */
int hist_mock_current(struct hist_db *db, const char *user, struct hist_mock *out, char *err,
                      size_t errlen);

/* A mock by id, HIST_ENOTFOUND when none. */
int hist_mock_get(struct hist_db *db, long long id, struct hist_mock *out, char *err,
                  size_t errlen);

/* The user's mocks, oldest first (finished ones only when finished_only), each with its
 * problems and submissions. Free with hist_mock_list_free. */
int hist_mock_list(struct hist_db *db, const char *user, bool finished_only, struct hist_mock **out,
                   size_t *count, char *err, size_t errlen);
void hist_mock_list_free(struct hist_mock *list, size_t count);

/*
 * Records a submission made in mock mock_id on its problem `position`, in one transaction:
 * the submission (as hist_record), its scores (sc: position and the scores are read), and a
 * focus on that problem at its judged_at. A mock that has finished meanwhile takes nothing:
 * HIST_EBADFILE ("mock #3 is over"). *id is the submission's.
 */
int hist_mock_record(struct hist_db *db, long long mock_id, const struct hist_submission *s,
                     const struct hist_mock_submission *sc, long long *id, char *err,
                     size_t errlen);

/* Notes that the user turned to problem `position` at `at`. */
int hist_mock_focus(struct hist_db *db, long long mock_id, int position, const char *at, char *err,
                    size_t errlen);

/* Ends the mock at finished_at (a finished mock stays as it is: HIST_OK all the same). */
int hist_mock_finish(struct hist_db *db, long long mock_id, const char *finished_at, char *err,
                     size_t errlen);

/*
 * The group's calendar (weeks.h, docs/history.md): the one `judge week start` stored, else
 * the default: a set every 7 days from the Monday of the week of the history's first
 * submission (of this week, with none). Returns HIST_OK, or an error naming the file.
 */
int hist_calendar_get(struct hist_db *db, struct week_calendar *cal, char *err, size_t errlen);
/* Stores the group's calendar (replacing any), set by user by. */
int hist_calendar_set(struct hist_db *db, const struct week_calendar *cal, const char *by,
                      char *err, size_t errlen);
/* hist_calendar_get of the history at hist_db_path(db), opened to read; this week's default
 * when there is no history (nothing is created). */
int hist_calendar_read(const char *db, struct week_calendar *cal, char *err, size_t errlen);

/*
 * The library's weekly sets, dated by the group's calendar in the history db: week_set_load
 * (all: week_set_load_all). Returns HIST_OK, HIST_EBADFILE with the bad set file's message, or
 * the history's error, in err.
 */
int hist_weeks_load(struct week_set *set, const char *problems_dir, const char *db, bool all,
                    char *err, size_t errlen);
/* The same with the history open. */
int hist_weeks_load_db(struct week_set *set, const char *problems_dir, struct hist_db *db, bool all,
                       char *err, size_t errlen);

/*
 * ---- Packages and the queue (schema version 6; docs/scaling.md) ----
 */

struct pkg_manifest;

/* Stores the package at dir (its manifest m, read with pkg_manifest_read) for problem, in one
 * transaction: the files the database does not hold yet, then the manifest. *added is false
 * when the package was there already. dir NULL: the files were sent before (below). */
int hist_package_push(struct hist_db *db, const char *dir, const struct pkg_manifest *m,
                      const char *problem, const char *user, bool *added, char *err, size_t errlen);

/* The package with that hash, on this machine's disk (its cache; packages.h): *path to
 * free. HIST_ENOTFOUND when the database has no such package. */
int hist_package_fetch(struct hist_db *db, const char *sha256, char **path, char *err,
                       size_t errlen);

/* Publishing over the API (judge serve), a package's files come before it: the hashes of m's
 * files the database does not hold (malloc'ed strings in a malloc'ed array, to free); storing
 * one file's bytes, which must have that hash (HIST_EBADFILE otherwise). hist_package_push
 * with dir NULL then stores the manifest, HIST_EBADFILE if a file was not sent. */
int hist_blobs_missing(struct hist_db *db, const struct pkg_manifest *m, char ***missing,
                       size_t *count, char *err, size_t errlen);
int hist_blob_put(struct hist_db *db, const char *sha256, const void *data, size_t len, char *err,
                  size_t errlen);

/* Installs the stored package sha256 as dir/name (pkg_install: checked by check, then in
 * place at once). HIST_ENOTFOUND when there is no such package. */
typedef int (*pkg_check_fn)(void *ctx, const char *path, char *err, size_t errlen);
int hist_package_install(struct hist_db *db, const char *sha256, const char *dir, const char *name,
                         pkg_check_fn check, void *check_ctx, char *err, size_t errlen);

/* A queued submission. */
struct hist_queued {
    long long id;
    char *user;
    char *problem;
    char *package; /* the package's hash */
    char *week;    /* NULL: none */
    char *filename;
    char *language; /* --lang; NULL: from the file name */
    char *source;   /* NULL in lists */
    size_t source_len;
    char queued_at[21];
    char *state; /* "queued", "judging", "done", "failed" */
    long attempts;
    long long lease; /* the claim's token */
    char *worker;
    long long submission_id; /* 0 until done */
    char *message;           /* why it failed, or the last attempt's system error */
};
void hist_queued_release(struct hist_queued *q);

/* Queues q (its user, problem, package, week, filename, language, source, queued_at) for a
 * worker; *id is its queue id. */
int hist_queue_add(struct hist_db *db, const struct hist_queued *q, long long *id, char *err,
                   size_t errlen);

/*
 * Claims the oldest submission that waits (or whose worker's lease ran out) for worker, with
 * a lease of lease_ms by the database's clock; a claim bumps the lease token, so a worker
 * whose lease was taken over can no longer write. One that has been claimed max_attempts
 * times already is marked failed instead. HIST_OK with *out (release it), HIST_ENOTFOUND when
 * nothing waits.
 */
int hist_queue_claim(struct hist_db *db, const char *worker, long lease_ms, long max_attempts,
                     struct hist_queued *out, char *err, size_t errlen);

/* Extends the lease of (id, lease) by lease_ms; *held false when it is no longer ours. */
int hist_queue_renew(struct hist_db *db, long long id, long long lease, long lease_ms, bool *held,
                     char *err, size_t errlen);

/* Records s as the result of queued (id, lease), in one transaction, when the lease is still
 * ours: *submission_id. Otherwise nothing is written and *discarded is true (another worker
 * took it over: it writes the one result). */
int hist_queue_finish(struct hist_db *db, long long id, long long lease,
                      const struct hist_submission *s, long long *submission_id, bool *discarded,
                      char *err, size_t errlen);

/* Gives (id, lease) back after a system error (message): queued again, or failed when
 * final. */
int hist_queue_release(struct hist_db *db, long long id, long long lease, const char *message,
                       bool final, char *err, size_t errlen);

/* Queued submissions, newest first (limit 0: all), without their sources; or one by id
 * (HIST_ENOTFOUND). */
int hist_queue_list(struct hist_db *db, long limit, struct hist_queued **out, size_t *count,
                    char *err, size_t errlen);
int hist_queue_get(struct hist_db *db, long long id, struct hist_queued *out, char *err,
                   size_t errlen);
void hist_queue_list_free(struct hist_queued *list, size_t count);

/*
 * ---- Members (schema version 7): who may use a group's server (judge member, judge serve) ----
 *
 * A member's token is "jt_" and 256 random bits in hex, shown once when made; the history
 * keeps only its SHA-256, so a copy of the database gives no one a way in.
 */
#define HIST_TOKEN_SIZE 68 /* "jt_", 64 hex digits, NUL */

struct hist_member {
    char *name;
    bool admin;
    char *added_by;
    char added_at[21];
    char rotated_at[21]; /* "" when never */
    char revoked_at[21]; /* "" while active */
};
void hist_member_release(struct hist_member *m);
void hist_members_free(struct hist_member *list, size_t count);

/* Adds member name (a user name's rules), by user by, with a new token in token. HIST_EBADFILE
 * when the name is taken or not valid. */
int hist_member_add(struct hist_db *db, const char *name, bool admin, const char *by,
                    char token[HIST_TOKEN_SIZE], char *err, size_t errlen);
/* Replaces an active member's token (the old one stops working); HIST_ENOTFOUND when there is
 * no such active member. */
int hist_member_rotate(struct hist_db *db, const char *name, char token[HIST_TOKEN_SIZE], char *err,
                       size_t errlen);
/* Revokes a member: the token stops working; the member's history stays. */
int hist_member_revoke(struct hist_db *db, const char *name, char *err, size_t errlen);
int hist_members_list(struct hist_db *db, struct hist_member **out, size_t *count, char *err,
                      size_t errlen);
/* The active member whose token this is; HIST_ENOTFOUND for any other token. */
int hist_member_auth(struct hist_db *db, const char *token, struct hist_member *out, char *err,
                     size_t errlen);

/*
 * Copies the whole history a into b (SQLite to PostgreSQL or back), ids kept, in one
 * transaction on b: each table's rows, then each table counted and checksummed on both sides
 * (its rows in one order, column by column); b is written only when every table matches. b
 * must be empty. progress (may be NULL) is told each table copied.
 */
typedef void (*hist_copy_fn)(void *ctx, const char *table, long long rows, const char *sha256);
int hist_copy(struct hist_db *a, struct hist_db *b, hist_copy_fn progress, void *ctx, char *err,
              size_t errlen);

#endif
