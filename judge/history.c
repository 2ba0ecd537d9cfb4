/* history.c: the submission history in SQLite: opening and migrating, recording, reading. */
#define _GNU_SOURCE
#include "judge/history.h"
#include "judge/packages.h"
#include "judge/report.h"
#include "judge/sql.h"
#include "judge/util.h"
#include "judge/weeks.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

/*
 * Concurrency: several `judge submit` may write at once. The database is in WAL mode, so
 * readers never wait for the writer; writers take the write lock up front (BEGIN IMMEDIATE)
 * and SQLite's busy handler waits BUSY_TIMEOUT_MS for it. Should SQLite still answer BUSY
 * (some lock transitions do not call the handler), the whole step is retried until
 * RETRY_FOR_MS has passed. Every write is one transaction, so a judge killed at any point
 * leaves either the whole submission or nothing.
 */
#define BUSY_TIMEOUT_MS 10000
#define RETRY_FOR_MS    60000
#define USER_MAX        64
#define CONFIG_MAX      (64 << 10)

#define STRINGIFY(x) #x
#define AS_STRING(x) STRINGIFY(x)

struct hist_db {
    struct sql *db;
    char *path; /* for messages (a PostgreSQL URI without its password) */
};

/* ---- the schema ---- */

/*
 * migrations[v] takes a database from schema version v to v + 1; hist_open runs the missing
 * steps in order, in one transaction, and sets PRAGMA user_version after each. Version 0 is
 * an empty file. Never edit a step once released: add the next one.
 */
static const char *const migrations[HIST_SCHEMA_VERSION] = {
    /* 0 -> 1: one table; per-test results and tags as JSON text. */
    "PRAGMA application_id = " AS_STRING(
        HIST_APPLICATION_ID) ";\n"
                             "CREATE TABLE submissions (\n"
                             "    id INTEGER PRIMARY KEY AUTOINCREMENT,\n"
                             "    user TEXT NOT NULL,\n"
                             "    problem TEXT NOT NULL,\n"
                             "    problem_title TEXT NOT NULL,\n"
                             "    week TEXT,\n"
                             "    language TEXT NOT NULL,\n"
                             "    source TEXT NOT NULL,\n"
                             "    source_sha256 TEXT NOT NULL,\n"
                             "    verdict TEXT NOT NULL,\n"
                             "    passed INTEGER NOT NULL,\n"
                             "    total INTEGER NOT NULL,\n"
                             "    max_time_ms INTEGER NOT NULL,\n"
                             "    max_memory_kib INTEGER NOT NULL,\n"
                             "    tests TEXT NOT NULL,\n" /* [{name, verdict, time_ms, memory_kb,
                                                             message}] */
                             "    tags TEXT NOT NULL,\n"  /* ["graphs", ...] */
                             "    judged_at TEXT NOT NULL,\n"
                             "    judge_version TEXT NOT NULL\n"
                             ");\n",

    /* 1 -> 2: per-test results and tags in tables of their own (statistics by tag, a test
     * per row), and indexes for the lookups the commands make. */
    "CREATE TABLE submission_tests (\n"
    "    submission_id INTEGER NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,\n"
    "    position INTEGER NOT NULL,\n"
    "    name TEXT NOT NULL,\n"
    "    verdict TEXT NOT NULL,\n"
    "    time_ms INTEGER,\n"
    "    memory_kib INTEGER,\n"
    "    message TEXT NOT NULL,\n"
    "    PRIMARY KEY (submission_id, position)\n"
    ") WITHOUT ROWID;\n"
    "CREATE TABLE submission_tags (\n"
    "    submission_id INTEGER NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,\n"
    "    tag TEXT NOT NULL,\n"
    "    PRIMARY KEY (submission_id, tag)\n"
    ") WITHOUT ROWID;\n"
    "INSERT INTO submission_tests\n"
    "    SELECT s.id, t.key, json_extract(t.value, '$.name'), json_extract(t.value, "
    "'$.verdict'),\n"
    "           json_extract(t.value, '$.time_ms'), json_extract(t.value, '$.memory_kb'),\n"
    "           coalesce(json_extract(t.value, '$.message'), '')\n"
    "    FROM submissions s, json_each(s.tests) t;\n"
    "INSERT OR IGNORE INTO submission_tags\n"
    "    SELECT s.id, t.value FROM submissions s, json_each(s.tags) t;\n"
    "ALTER TABLE submissions DROP COLUMN tests;\n"
    "ALTER TABLE submissions DROP COLUMN tags;\n"
    "CREATE INDEX submissions_by_user ON submissions(user, judged_at);\n"
    "CREATE INDEX submissions_by_week ON submissions(week, judged_at);\n"
    "CREATE INDEX submissions_by_problem ON submissions(problem, judged_at);\n",

    /* 2 -> 3: the meeting routine. An approach note and a mistake belong to one submission
     * each; the presenters and review pairs confirmed for a week; comments on submissions,
     * optionally on a line of the source. */
    "CREATE TABLE notes (\n"
    "    submission_id INTEGER PRIMARY KEY REFERENCES submissions(id) ON DELETE CASCADE,\n"
    "    text TEXT NOT NULL,\n"
    "    written_at TEXT NOT NULL\n"
    ");\n"
    "CREATE TABLE mistakes (\n"
    "    submission_id INTEGER PRIMARY KEY REFERENCES submissions(id) ON DELETE CASCADE,\n"
    "    kind TEXT NOT NULL,\n"
    "    note TEXT NOT NULL,\n"
    "    tagged_at TEXT NOT NULL\n"
    ");\n"
    "CREATE TABLE presentations (\n"
    "    week TEXT NOT NULL,\n"
    "    problem TEXT NOT NULL,\n"
    "    user TEXT NOT NULL,\n"
    "    confirmed_at TEXT NOT NULL,\n"
    "    PRIMARY KEY (week, problem)\n"
    ") WITHOUT ROWID;\n"
    "CREATE TABLE review_pairs (\n"
    "    week TEXT NOT NULL,\n"
    "    reviewer TEXT NOT NULL,\n"
    "    author TEXT NOT NULL,\n"
    "    confirmed_at TEXT NOT NULL,\n"
    "    PRIMARY KEY (week, reviewer, author)\n"
    ") WITHOUT ROWID;\n"
    "CREATE TABLE comments (\n"
    "    id INTEGER PRIMARY KEY AUTOINCREMENT,\n"
    "    submission_id INTEGER NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,\n"
    "    author TEXT NOT NULL,\n"
    "    line INTEGER,\n"
    "    text TEXT NOT NULL,\n"
    "    written_at TEXT NOT NULL\n"
    ");\n"
    "CREATE INDEX comments_by_submission ON comments(submission_id, id);\n",

    /* 3 -> 4: mock tests (judge mock): a mock session: who, when it started and must end (its
     * deadline never moves), when it finished (NULL while under way; at most one under way per
     * user), the problems picked (and the package path each was judged from), each submission made
     * in it (a row of submissions, with its score per group), and which problem the user was on
     * when (focus), for the time spent on each. */
    "CREATE TABLE mock_sessions (\n"
    "    id INTEGER PRIMARY KEY AUTOINCREMENT,\n"
    "    user TEXT NOT NULL,\n"
    "    started_at TEXT NOT NULL,\n"
    "    deadline TEXT NOT NULL,\n"
    "    minutes INTEGER NOT NULL,\n"
    "    finished_at TEXT,\n"
    "    selection TEXT NOT NULL\n"
    ");\n"
    "CREATE UNIQUE INDEX mock_sessions_under_way ON mock_sessions(user) WHERE finished_at IS "
    "NULL;\n"
    "CREATE INDEX mock_sessions_by_user ON mock_sessions(user, started_at);\n"
    "CREATE TABLE mock_problems (\n"
    "    mock_id INTEGER NOT NULL REFERENCES mock_sessions(id) ON DELETE CASCADE,\n"
    "    position INTEGER NOT NULL,\n"
    "    problem TEXT NOT NULL,\n"
    "    problem_title TEXT NOT NULL,\n"
    "    difficulty TEXT,\n"
    "    path TEXT NOT NULL,\n"
    "    PRIMARY KEY (mock_id, position)\n"
    ") WITHOUT ROWID;\n"
    "CREATE TABLE mock_submissions (\n"
    "    submission_id INTEGER PRIMARY KEY REFERENCES submissions(id) ON DELETE CASCADE,\n"
    "    mock_id INTEGER NOT NULL REFERENCES mock_sessions(id) ON DELETE CASCADE,\n"
    "    position INTEGER NOT NULL,\n"
    "    score REAL NOT NULL,\n"
    "    correctness_passed INTEGER NOT NULL,\n"
    "    correctness_total INTEGER NOT NULL,\n"
    "    performance_passed INTEGER NOT NULL,\n"
    "    performance_total INTEGER NOT NULL\n"
    ");\n"
    "CREATE INDEX mock_submissions_by_mock ON mock_submissions(mock_id, submission_id);\n"
    "CREATE TABLE mock_focus (\n"
    "    mock_id INTEGER NOT NULL REFERENCES mock_sessions(id) ON DELETE CASCADE,\n"
    "    at TEXT NOT NULL,\n"
    "    position INTEGER NOT NULL\n"
    ");\n"
    "CREATE INDEX mock_focus_by_mock ON mock_focus(mock_id, at);\n",

    /* 4 -> 5: the group's calendar (judge week start): one row at most, when the library's
     * undated sets take place: the first set's first day, the days each set lasts, and the
     * group's order of the sets (a JSON list of ids; NULL: the library's order). */
    "CREATE TABLE calendar (\n"
    "    id INTEGER PRIMARY KEY CHECK (id = 1),\n"
    "    starts TEXT NOT NULL,\n"
    "    every_days INTEGER NOT NULL,\n"
    "    sets TEXT,\n"
    "    set_by TEXT NOT NULL,\n"
    "    set_at TEXT NOT NULL\n"
    ");\n",

    /* 5 -> 6: the queue (judge submit --queue, judge worker). Problem packages by content
     * hash (judge problems push): the manifest (a JSON list of paths, hashes, sizes) and each
     * file's bytes once, by hash. A queued submission: whose, the package it is judged with,
     * its source, its state (queued, judging, done, failed), the lease of the worker judging
     * it (a token bumped by every claim, and until when by the database's clock, in ms), and
     * the submission it became. */
    "CREATE TABLE packages (\n"
    "    sha256 TEXT PRIMARY KEY,\n"
    "    problem TEXT NOT NULL,\n"
    "    manifest TEXT NOT NULL,\n"
    "    pushed_by TEXT NOT NULL,\n"
    "    pushed_at TEXT NOT NULL\n"
    ") WITHOUT ROWID;\n"
    "CREATE TABLE blobs (\n"
    "    sha256 TEXT PRIMARY KEY,\n"
    "    content BLOB NOT NULL\n"
    ") WITHOUT ROWID;\n"
    "CREATE TABLE queue (\n"
    "    id INTEGER PRIMARY KEY AUTOINCREMENT,\n"
    "    user TEXT NOT NULL,\n"
    "    problem TEXT NOT NULL,\n"
    "    package TEXT NOT NULL REFERENCES packages(sha256),\n"
    "    week TEXT,\n"
    "    filename TEXT NOT NULL,\n"
    "    language TEXT,\n"
    "    source BLOB NOT NULL,\n"
    "    queued_at TEXT NOT NULL,\n"
    "    state TEXT NOT NULL,\n"
    "    attempts INTEGER NOT NULL,\n"
    "    lease INTEGER NOT NULL,\n"
    "    lease_until INTEGER,\n"
    "    worker TEXT,\n"
    "    submission_id INTEGER REFERENCES submissions(id),\n"
    "    message TEXT\n"
    ");\n"
    "CREATE INDEX queue_by_state ON queue(state, id);\n",

    /* 6 -> 7: the group's members (judge member, judge serve): a name, whether an admin, the
     * SHA-256 of the member's token (the token itself is never stored), when and by whom
     * added, when the token was last replaced, and when revoked (NULL: active). */
    "CREATE TABLE members (\n"
    "    name TEXT PRIMARY KEY,\n"
    "    admin INTEGER NOT NULL,\n"
    "    token_sha256 TEXT NOT NULL UNIQUE,\n"
    "    added_by TEXT NOT NULL,\n"
    "    added_at TEXT NOT NULL,\n"
    "    rotated_at TEXT,\n"
    "    revoked_at TEXT\n"
    ") WITHOUT ROWID;\n",

    /* 7 -> 8: what the judge said of a submission besides its verdicts, for its page: the
     * compiler's output, and the first failed visible test (input, expected, output, the
     * first difference) as docs/json.md's "failure", JSON text. A row only when there is one
     * of them. */
    "CREATE TABLE submission_feedback (\n"
    "    submission_id INTEGER PRIMARY KEY REFERENCES submissions(id) ON DELETE CASCADE,\n"
    "    compile_message TEXT,\n"
    "    failure TEXT\n"
    ");\n",
};

/*
 * The tables and columns each schema version has ("name TYPE"), as the migrations above make
 * them. A file with the judge's identity is checked against them when opened, so that a
 * missing table or column is a bad file (exit 2) found at once, not a query failing later.
 */
struct table_shape {
    const char *name;
    const char *const *columns; /* NULL-ended */
};
static const char *const submissions_v1[] = {
    "id INTEGER",
    "user TEXT",
    "problem TEXT",
    "problem_title TEXT",
    "week TEXT",
    "language TEXT",
    "source TEXT",
    "source_sha256 TEXT",
    "verdict TEXT",
    "passed INTEGER",
    "total INTEGER",
    "max_time_ms INTEGER",
    "max_memory_kib INTEGER",
    "tests TEXT",
    "tags TEXT",
    "judged_at TEXT",
    "judge_version TEXT",
    NULL,
};
static const char *const submissions_v2[] = {
    "id INTEGER",
    "user TEXT",
    "problem TEXT",
    "problem_title TEXT",
    "week TEXT",
    "language TEXT",
    "source TEXT",
    "source_sha256 TEXT",
    "verdict TEXT",
    "passed INTEGER",
    "total INTEGER",
    "max_time_ms INTEGER",
    "max_memory_kib INTEGER",
    "judged_at TEXT",
    "judge_version TEXT",
    NULL,
};
static const char *const submission_tests_v2[] = {
    "submission_id INTEGER", "position INTEGER",   "name TEXT",    "verdict TEXT",
    "time_ms INTEGER",       "memory_kib INTEGER", "message TEXT", NULL,
};
static const char *const submission_tags_v2[] = {"submission_id INTEGER", "tag TEXT", NULL};
static const struct table_shape shape_v1[] = {{"submissions", submissions_v1}, {NULL, NULL}};
static const struct table_shape shape_v2[] = {{"submissions", submissions_v2},
                                              {"submission_tests", submission_tests_v2},
                                              {"submission_tags", submission_tags_v2},
                                              {NULL, NULL}};
static const char *const notes_v3[] = {"submission_id INTEGER", "text TEXT", "written_at TEXT",
                                       NULL};
static const char *const mistakes_v3[] = {"submission_id INTEGER", "kind TEXT", "note TEXT",
                                          "tagged_at TEXT", NULL};
static const char *const presentations_v3[] = {"week TEXT", "problem TEXT", "user TEXT",
                                               "confirmed_at TEXT", NULL};
static const char *const review_pairs_v3[] = {"week TEXT", "reviewer TEXT", "author TEXT",
                                              "confirmed_at TEXT", NULL};
static const char *const comments_v3[] = {
    "id INTEGER", "submission_id INTEGER", "author TEXT", "line INTEGER",
    "text TEXT",  "written_at TEXT",       NULL,
};
static const struct table_shape shape_v3[] = {{"submissions", submissions_v2},
                                              {"submission_tests", submission_tests_v2},
                                              {"submission_tags", submission_tags_v2},
                                              {"notes", notes_v3},
                                              {"mistakes", mistakes_v3},
                                              {"presentations", presentations_v3},
                                              {"review_pairs", review_pairs_v3},
                                              {"comments", comments_v3},
                                              {NULL, NULL}};
static const char *const mock_sessions_v4[] = {
    "id INTEGER",      "user TEXT",        "started_at TEXT", "deadline TEXT",
    "minutes INTEGER", "finished_at TEXT", "selection TEXT",  NULL,
};
static const char *const mock_problems_v4[] = {
    "mock_id INTEGER", "position INTEGER", "problem TEXT", "problem_title TEXT",
    "difficulty TEXT", "path TEXT",        NULL,
};
static const char *const mock_submissions_v4[] = {
    "submission_id INTEGER",
    "mock_id INTEGER",
    "position INTEGER",
    "score REAL",
    "correctness_passed INTEGER",
    "correctness_total INTEGER",
    "performance_passed INTEGER",
    "performance_total INTEGER",
    NULL,
};
static const char *const mock_focus_v4[] = {"mock_id INTEGER", "at TEXT", "position INTEGER", NULL};
static const struct table_shape shape_v4[] = {{"submissions", submissions_v2},
                                              {"submission_tests", submission_tests_v2},
                                              {"submission_tags", submission_tags_v2},
                                              {"notes", notes_v3},
                                              {"mistakes", mistakes_v3},
                                              {"presentations", presentations_v3},
                                              {"review_pairs", review_pairs_v3},
                                              {"comments", comments_v3},
                                              {"mock_sessions", mock_sessions_v4},
                                              {"mock_problems", mock_problems_v4},
                                              {"mock_submissions", mock_submissions_v4},
                                              {"mock_focus", mock_focus_v4},
                                              {NULL, NULL}};
static const char *const calendar_v5[] = {"id INTEGER", "starts TEXT", "every_days INTEGER",
                                          "sets TEXT",  "set_by TEXT", "set_at TEXT",
                                          NULL};
static const struct table_shape shape_v5[] = {{"submissions", submissions_v2},
                                              {"submission_tests", submission_tests_v2},
                                              {"submission_tags", submission_tags_v2},
                                              {"notes", notes_v3},
                                              {"mistakes", mistakes_v3},
                                              {"presentations", presentations_v3},
                                              {"review_pairs", review_pairs_v3},
                                              {"comments", comments_v3},
                                              {"mock_sessions", mock_sessions_v4},
                                              {"mock_problems", mock_problems_v4},
                                              {"mock_submissions", mock_submissions_v4},
                                              {"mock_focus", mock_focus_v4},
                                              {"calendar", calendar_v5},
                                              {NULL, NULL}};
static const char *const packages_v6[] = {"sha256 TEXT",    "problem TEXT",   "manifest TEXT",
                                          "pushed_by TEXT", "pushed_at TEXT", NULL};
static const char *const blobs_v6[] = {"sha256 TEXT", "content BLOB", NULL};
static const char *const queue_v6[] = {
    "id INTEGER",
    "user TEXT",
    "problem TEXT",
    "package TEXT",
    "week TEXT",
    "filename TEXT",
    "language TEXT",
    "source BLOB",
    "queued_at TEXT",
    "state TEXT",
    "attempts INTEGER",
    "lease INTEGER",
    "lease_until INTEGER",
    "worker TEXT",
    "submission_id INTEGER",
    "message TEXT",
    NULL,
};
static const struct table_shape shape_v6[] = {{"submissions", submissions_v2},
                                              {"submission_tests", submission_tests_v2},
                                              {"submission_tags", submission_tags_v2},
                                              {"notes", notes_v3},
                                              {"mistakes", mistakes_v3},
                                              {"presentations", presentations_v3},
                                              {"review_pairs", review_pairs_v3},
                                              {"comments", comments_v3},
                                              {"mock_sessions", mock_sessions_v4},
                                              {"mock_problems", mock_problems_v4},
                                              {"mock_submissions", mock_submissions_v4},
                                              {"mock_focus", mock_focus_v4},
                                              {"calendar", calendar_v5},
                                              {"packages", packages_v6},
                                              {"blobs", blobs_v6},
                                              {"queue", queue_v6},
                                              {NULL, NULL}};
static const char *const members_v7[] = {
    "name TEXT",     "admin INTEGER",   "token_sha256 TEXT", "added_by TEXT",
    "added_at TEXT", "rotated_at TEXT", "revoked_at TEXT",   NULL};
static const struct table_shape shape_v7[] = {{"submissions", submissions_v2},
                                              {"submission_tests", submission_tests_v2},
                                              {"submission_tags", submission_tags_v2},
                                              {"notes", notes_v3},
                                              {"mistakes", mistakes_v3},
                                              {"presentations", presentations_v3},
                                              {"review_pairs", review_pairs_v3},
                                              {"comments", comments_v3},
                                              {"mock_sessions", mock_sessions_v4},
                                              {"mock_problems", mock_problems_v4},
                                              {"mock_submissions", mock_submissions_v4},
                                              {"mock_focus", mock_focus_v4},
                                              {"calendar", calendar_v5},
                                              {"packages", packages_v6},
                                              {"blobs", blobs_v6},
                                              {"queue", queue_v6},
                                              {"members", members_v7},
                                              {NULL, NULL}};
static const char *const submission_feedback_v8[] = {"submission_id INTEGER",
                                                     "compile_message TEXT", "failure TEXT", NULL};
static const struct table_shape shape_v8[] = {{"submissions", submissions_v2},
                                              {"submission_tests", submission_tests_v2},
                                              {"submission_tags", submission_tags_v2},
                                              {"notes", notes_v3},
                                              {"mistakes", mistakes_v3},
                                              {"presentations", presentations_v3},
                                              {"review_pairs", review_pairs_v3},
                                              {"comments", comments_v3},
                                              {"mock_sessions", mock_sessions_v4},
                                              {"mock_problems", mock_problems_v4},
                                              {"mock_submissions", mock_submissions_v4},
                                              {"mock_focus", mock_focus_v4},
                                              {"calendar", calendar_v5},
                                              {"packages", packages_v6},
                                              {"blobs", blobs_v6},
                                              {"queue", queue_v6},
                                              {"members", members_v7},
                                              {"submission_feedback", submission_feedback_v8},
                                              {NULL, NULL}};
static const struct table_shape *const shapes[HIST_SCHEMA_VERSION + 1] = {
    NULL, shape_v1, shape_v2, shape_v3, shape_v4, shape_v5, shape_v6, shape_v7, shape_v8};

/* ---- small helpers ---- */

static int db_fail(struct hist_db *h, char *err, size_t errlen, const char *what)
{
    set_error(err, errlen, "%s: %s: %s", h->path, what, sql_errmsg(h->db));
    return HIST_ESYSTEM;
}

static long long now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* A short pause with jitter, so that writers retrying together spread out. */
static void backoff(void)
{
    struct timespec ts = {0, (10 + rand() % 40) * 1000000L};
    nanosleep(&ts, NULL);
}

static bool is_busy(int rc)
{
    return (rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED;
}

/* sql_exec, retried while SQLite is busy. Not on PostgreSQL: there a failed statement
 * ends the transaction (a COMMIT retried would commit nothing and succeed), and the caller
 * retries the whole transaction. */
static int exec_retry(struct sql *db, const char *sql)
{
    long long deadline = now_ms() + RETRY_FOR_MS;
    int rc;
    while (is_busy(rc = sql_exec(db, sql)) && sql_kind(db) == SQL_SQLITE && now_ms() < deadline)
        backoff();
    return rc;
}

/* Starts a write transaction: SQLite takes the write lock at once; PostgreSQL runs it
 * serializable, so that a read-then-write (a mock still open, then its submission) cannot
 * interleave with another writer's, which fails with a serialization error (retried). */
static int begin_write(struct hist_db *h)
{
    return exec_retry(h->db, sql_kind(h->db) == SQL_SQLITE ? "BEGIN IMMEDIATE"
                                                           : "BEGIN ISOLATION LEVEL SERIALIZABLE");
}

/* Starts a read transaction: every statement in it sees one state of the history. */
static int begin_read(struct hist_db *h)
{
    return exec_retry(
        h->db, sql_kind(h->db) == SQL_SQLITE ? "BEGIN" : "BEGIN ISOLATION LEVEL REPEATABLE READ");
}

/* SQLITE_OK when the statement ran to its end, else its error. */
static int step_done(struct sql_stmt *st)
{
    int rc = sql_step(st);
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* Runs an INSERT ... RETURNING id to its end: SQLITE_OK with *id, else its error. */
static int step_id(struct sql_stmt *st, long long *id)
{
    int rc = sql_step(st);
    if (rc != SQLITE_ROW)
        return rc == SQLITE_DONE ? SQLITE_ERROR : rc;
    *id = sql_column_int64(st, 0);
    return step_done(st);
}

/* The first column of the first row of sql as an integer; an SQLite result code. */
static int query_int(struct sql *db, const char *sql, long long *out)
{
    struct sql_stmt *st;
    int rc = sql_prepare(db, sql, &st);
    if (rc != SQLITE_OK)
        return rc;
    rc = sql_step(st);
    if (rc == SQLITE_ROW) {
        *out = sql_column_int64(st, 0);
        rc = SQLITE_OK;
    }
    sql_finalize(st);
    return rc;
}

static char *column_dup(struct sql_stmt *st, int col)
{
    const char *text = sql_column_text(st, col);
    return text ? xstrndup(text, sql_column_bytes(st, col)) : NULL;
}

/* A NUL-terminated copy of len bytes that may hold NULs themselves (a source file). */
static char *bytes_dup(const void *data, size_t len)
{
    char *p = xmalloc(len + 1);
    if (len)
        memcpy(p, data, len);
    p[len] = '\0';
    return p;
}

static void column_copy(struct sql_stmt *st, int col, char *out, size_t len)
{
    const char *text = sql_column_text(st, col);
    snprintf(out, len, "%s", text ? text : "");
}

/* ---- where the history lives, and whose it is ---- */

char *hist_db_path(const char *db)
{
    if (db && db[0])
        return xstrdup(db);
    const char *env = getenv("JUDGE_DB");
    if (env && env[0])
        return xstrdup(env);
    const char *data = getenv("XDG_DATA_HOME");
    if (data && data[0] == '/')
        return xasprintf("%s/judge/history.db", data);
    const char *home = getenv("HOME");
    if (home && home[0])
        return xasprintf("%s/.local/share/judge/history.db", home);
    return NULL;
}

bool hist_exists(const char *db)
{
    char *path = hist_db_path(db);
    struct stat st;
    /* A server: hist_open says whether it holds a history (and reading one that does not is
     * an empty history). */
    bool exists = path && (sql_is_postgres_uri(path) || stat(path, &st) == 0);
    free(path);
    return exists;
}

static int check_user(const char *user, const char *from, char *err, size_t errlen)
{
    size_t len = strlen(user);
    if (len == 0 || len > USER_MAX)
        return set_error(err, errlen, "%s: a user name must have 1 to %d bytes", from, USER_MAX);
    for (size_t i = 0; i < len; i++) {
        if ((unsigned char)user[i] < 0x20 || user[i] == 0x7f)
            return set_error(err, errlen, "%s: a user name cannot hold control characters", from);
    }
    if (!utf8_valid(user, len))
        return set_error(err, errlen, "%s: a user name must be valid UTF-8", from);
    return HIST_OK;
}

/* "user" from the config file, NULL when the file or the key is absent. */
static int config_user(char **out, char *err, size_t errlen)
{
    const char *config = getenv("XDG_CONFIG_HOME");
    const char *home = getenv("HOME");
    char *path;
    *out = NULL;
    if (config && config[0] == '/')
        path = xasprintf("%s/judge/config.json", config);
    else if (home && home[0])
        path = xasprintf("%s/.config/judge/config.json", home);
    else
        return HIST_OK;

    int ret = HIST_OK;
    size_t len;
    char *text = read_file(path, CONFIG_MAX, &len);
    if (!text) {
        if (errno != ENOENT)
            ret = set_error(err, errlen, "%s: %s", path, strerror(errno));
        goto out_free_path;
    }
    cJSON *root = cJSON_ParseWithLength(text, len);
    if (!cJSON_IsObject(root)) {
        ret = set_error(err, errlen, "%s: malformed JSON (expected an object)", path);
        goto out_delete;
    }
    const cJSON *user = cJSON_GetObjectItemCaseSensitive(root, "user");
    if (user && !cJSON_IsString(user)) {
        ret = set_error(err, errlen, "%s: user must be a string", path);
        goto out_delete;
    }
    if (user) {
        char *from = xasprintf("%s: user", path);
        ret = check_user(user->valuestring, from, err, errlen);
        free(from);
        if (ret == HIST_OK)
            *out = xstrdup(user->valuestring);
    }
out_delete:
    cJSON_Delete(root);
    free(text);
out_free_path:
    free(path);
    return ret;
}

char *hist_user(const char *user, char *err, size_t errlen)
{
    const char *env;
    if (user)
        return check_user(user, "--user", err, errlen) == HIST_OK ? xstrdup(user) : NULL;
    if ((env = getenv("JUDGE_USER")) && env[0])
        return check_user(env, "JUDGE_USER", err, errlen) == HIST_OK ? xstrdup(env) : NULL;
    char *configured;
    if (config_user(&configured, err, errlen) != HIST_OK)
        return NULL;
    if (configured)
        return configured;
    if ((env = getenv("USER")) && env[0] && check_user(env, "USER", err, errlen) == HIST_OK)
        return xstrdup(env);
    /* USER unset (cron, a container, sudo -i): the login name of the passwd entry. */
    const struct passwd *pw = getpwuid(getuid());
    if (pw && pw->pw_name && check_user(pw->pw_name, "the passwd entry", err, errlen) == HIST_OK)
        return xstrdup(pw->pw_name);
    return xstrdup("me");
}

/* ---- opening ---- */

/* Creates the directories leading to path, as mkdir -p does. */
static int make_parents(const char *path, char *err, size_t errlen)
{
    char *dir = xstrdup(path);
    int ret = HIST_OK;
    for (char *p = dir + 1; *p; p++) {
        if (*p != '/')
            continue;
        *p = '\0';
        if (mkdir(dir, 0755) < 0 && errno != EEXIST) {
            ret =
                set_error(err, errlen, "%s: cannot create the directory: %s", dir, strerror(errno));
            break;
        }
        *p = '/';
    }
    free(dir);
    return ret;
}

/* Checks one table against its shape: every column there with its type, and no other column
 * that an insert could not leave out (NOT NULL without a default). HIST_OK, HIST_EBADFILE
 * with a message, or HIST_ESYSTEM when SQLite fails. */
static int check_table(struct hist_db *h, const struct table_shape *t, char *err, size_t errlen)
{
    struct sql_stmt *st;
    int rc = sql_prepare(h->db, "SELECT type FROM sqlite_schema WHERE name = ?1", &st);
    if (rc != SQLITE_OK)
        return db_fail(h, err, errlen, "cannot read the schema");
    sql_bind_text(st, 1, t->name, strlen(t->name));
    rc = sql_step(st);
    bool table =
        rc == SQLITE_ROW && sql_column_text(st, 0) && strcmp(sql_column_text(st, 0), "table") == 0;
    sql_finalize(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return db_fail(h, err, errlen, "cannot read the schema");
    if (!table)
        return set_error(err, errlen, "%s: not a valid judge history: table %s is missing", h->path,
                         t->name);

    rc = sql_prepare(h->db,
                     "SELECT name, type, \"notnull\", dflt_value IS NOT NULL, pk "
                     "FROM pragma_table_info(?1)",
                     &st);
    if (rc != SQLITE_OK)
        return db_fail(h, err, errlen, "cannot read the schema");
    sql_bind_text(st, 1, t->name, strlen(t->name));
    size_t ncolumns = 0;
    while (t->columns[ncolumns])
        ncolumns++;
    bool *seen = xcalloc(ncolumns + 1, sizeof(bool));
    int ret = HIST_OK;
    while (ret == HIST_OK && (rc = sql_step(st)) == SQLITE_ROW) {
        const char *name = sql_column_text(st, 0);
        const char *type = sql_column_text(st, 1);
        bool required = (int)sql_column_int64(st, 2) && !(int)sql_column_int64(st, 3) &&
                        (int)sql_column_int64(st, 4) == 0;
        size_t k = 0;
        for (; k < ncolumns; k++) {
            size_t len = strcspn(t->columns[k], " ");
            if (name && strlen(name) == len && strncmp(name, t->columns[k], len) == 0)
                break;
        }
        if (k == ncolumns) {
            if (required)
                ret = set_error(err, errlen,
                                "%s: not a valid judge history: %s.%s is not a column of the "
                                "judge's",
                                h->path, t->name, name ? name : "?");
            continue;
        }
        seen[k] = true;
        const char *want = t->columns[k] + strcspn(t->columns[k], " ") + 1;
        if (!type || strcasecmp(type, want) != 0)
            ret = set_error(err, errlen, "%s: not a valid judge history: %s.%s is %s, not %s",
                            h->path, t->name, name, type && type[0] ? type : "untyped", want);
    }
    if (ret == HIST_OK && rc != SQLITE_DONE)
        ret = db_fail(h, err, errlen, "cannot read the schema");
    for (size_t k = 0; ret == HIST_OK && k < ncolumns; k++) {
        if (!seen[k])
            ret = set_error(err, errlen, "%s: not a valid judge history: column %s.%.*s is missing",
                            h->path, t->name, (int)strcspn(t->columns[k], " "), t->columns[k]);
    }
    free(seen);
    sql_finalize(st);
    return ret;
}

/* Refuses what is not a judge history of a schema this judge knows, before anything is
 * written: *version is the schema version found (0: a new, empty database). */
static int check_identity(struct hist_db *h, long long *version, char *err, size_t errlen)
{
    long long app = 0, tables = 0;
    /* One read transaction, so that the three answers come from one state of the file: a
     * judge creating the history at the same moment must not be seen half-way (its tables,
     * but not yet its application_id). */
    int rc = exec_retry(h->db, "BEGIN");
    if (rc == SQLITE_OK)
        rc = query_int(h->db, "PRAGMA application_id", &app);
    if (rc == SQLITE_OK)
        rc = query_int(h->db, "PRAGMA user_version", version);
    if (rc == SQLITE_OK)
        rc = query_int(h->db, "SELECT count(*) FROM sqlite_schema", &tables);
    /* The tables of the version found, in the same transaction: a judge migrating the file
     * meanwhile is seen before or after, never half-way. */
    char shape_err[1024] = "";
    int shape = HIST_OK;
    if (rc == SQLITE_OK && app == HIST_APPLICATION_ID && *version >= 1 &&
        *version <= HIST_SCHEMA_VERSION) {
        for (const struct table_shape *t = shapes[*version]; t->name && shape == HIST_OK; t++)
            shape = check_table(h, t, shape_err, sizeof(shape_err));
    }
    /* Why reading failed, before COMMIT (which succeeds) replaces it with "not an error". */
    char why[512] = "";
    if (rc != SQLITE_OK)
        snprintf(why, sizeof(why), "%s%s", sql_errmsg(h->db),
                 (rc & 0xff) == SQLITE_CANTOPEN ? " (is it readable, and its directory writable "
                                                  "for SQLite's -wal and -shm files?)"
                                                : "");
    if (sqlite3_get_autocommit(sql_sqlite(h->db)) == 0)
        sql_exec(h->db, "COMMIT");
    if (is_busy(rc))
        return db_fail(h, err, errlen, "locked by another program");
    if ((rc & 0xff) == SQLITE_NOTADB)
        return set_error(err, errlen, "%s: not a judge history database (not an SQLite database)",
                         h->path);
    if (rc != SQLITE_OK)
        return set_error(err, errlen, "%s: cannot read the database: %s", h->path, why);

    bool fresh = app == 0 && *version == 0 && tables == 0;
    if (!fresh && (app != HIST_APPLICATION_ID || *version < 1))
        return set_error(err, errlen,
                         "%s: not a judge history database (application_id %lld, %lld tables)",
                         h->path, app, tables);
    if (*version > HIST_SCHEMA_VERSION)
        return set_error(err, errlen,
                         "%s: schema version %lld is newer than this judge knows (%d): use a newer "
                         "judge",
                         h->path, *version, HIST_SCHEMA_VERSION);
    if (fresh)
        return HIST_OK;

    /* quick_check's answer can span lines: one line for the message. */
    struct sql_stmt *st;
    char answer[256] = "";
    rc = sql_prepare(h->db, "PRAGMA quick_check(1)", &st);
    if (rc == SQLITE_OK && (rc = sql_step(st)) == SQLITE_ROW) {
        const char *text = sql_column_text(st, 0);
        snprintf(answer, sizeof(answer), "%s", text ? text : "?");
        rc = strcmp(answer, "ok") == 0 ? SQLITE_OK : SQLITE_CORRUPT;
    } else if (rc != SQLITE_OK) {
        snprintf(answer, sizeof(answer), "%s", sql_errmsg(h->db));
    }
    sql_finalize(st);
    if (rc == SQLITE_OK && shape != HIST_OK) {
        set_error(err, errlen, "%s", shape_err);
        return shape;
    }
    if (rc == SQLITE_OK)
        return HIST_OK;
    for (char *p = answer; *p; p++) {
        if (*p == '\n' || *p == '\r')
            *p = ' ';
    }
    return set_error(err, errlen, "%s: the database is corrupt: %s", h->path, answer);
}

/* Runs the missing migrations in one write transaction. */
static int migrate(struct hist_db *h, char *err, size_t errlen)
{
    long long version = 0;
    int ret;
    if (exec_retry(h->db, "BEGIN IMMEDIATE") != SQLITE_OK)
        return db_fail(h, err, errlen, "cannot start migrating the schema");
    /* Another judge may have migrated it while this one waited for the lock. */
    if (query_int(h->db, "PRAGMA user_version", &version) != SQLITE_OK) {
        ret = db_fail(h, err, errlen, "cannot read the schema version");
        goto out_rollback;
    }
    for (long long v = version; v < HIST_SCHEMA_VERSION; v++) {
        char sql[64];
        snprintf(sql, sizeof(sql), "PRAGMA user_version = %lld", v + 1);
        if (sql_exec(h->db, migrations[v]) != SQLITE_OK || sql_exec(h->db, sql) != SQLITE_OK) {
            ret = set_error(err, errlen,
                            "%s: cannot migrate the history from schema version %lld to %lld: %s",
                            h->path, v, v + 1, sql_errmsg(h->db));
            goto out_rollback;
        }
    }
    if (exec_retry(h->db, "COMMIT") != SQLITE_OK) {
        ret = db_fail(h, err, errlen, "cannot commit the schema migration");
        goto out_rollback;
    }
    return HIST_OK;

out_rollback:
    sql_exec(h->db, "ROLLBACK");
    return ret;
}

/* ---- PostgreSQL ---- */

/*
 * The history in PostgreSQL: the tables of SQLite's schema version 5 in PostgreSQL's types
 * (64-bit integers, the source as bytea, text compared byte by byte with COLLATE "C" as
 * SQLite compares, so that both give lists in the same order), and json_group_array, which
 * the queries share with SQLite (tags in order). judge_schema says whose database it is and
 * its version, as PRAGMA application_id and user_version do in a file. A later schema version
 * adds a step here as SQLite's migrations do.
 */
#define PG_TEXT "TEXT COLLATE \"C\""
static const char pg_schema[] =
    "CREATE TABLE judge_schema (\n"
    "    application_id BIGINT NOT NULL,\n"
    "    version BIGINT NOT NULL\n"
    ");\n"
    "CREATE FUNCTION judge_sorted_json(text[]) RETURNS json LANGUAGE sql IMMUTABLE\n"
    "    AS 'SELECT coalesce(json_agg(x ORDER BY x), ''[]'') FROM unnest($1) x';\n"
    "CREATE AGGREGATE json_group_array(text) (\n"
    "    SFUNC = array_append, STYPE = text[], FINALFUNC = judge_sorted_json, INITCOND = '{}'\n"
    ");\n"
    "CREATE TABLE submissions (\n"
    "    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,\n"
    "    \"user\" " PG_TEXT " NOT NULL,\n"
    "    problem " PG_TEXT " NOT NULL,\n"
    "    problem_title " PG_TEXT " NOT NULL,\n"
    "    week " PG_TEXT ",\n"
    "    language " PG_TEXT " NOT NULL,\n"
    "    source BYTEA NOT NULL,\n"
    "    source_sha256 " PG_TEXT " NOT NULL,\n"
    "    verdict " PG_TEXT " NOT NULL,\n"
    "    passed BIGINT NOT NULL,\n"
    "    total BIGINT NOT NULL,\n"
    "    max_time_ms BIGINT NOT NULL,\n"
    "    max_memory_kib BIGINT NOT NULL,\n"
    "    judged_at " PG_TEXT " NOT NULL,\n"
    "    judge_version " PG_TEXT " NOT NULL\n"
    ");\n"
    "CREATE TABLE submission_tests (\n"
    "    submission_id BIGINT NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,\n"
    "    position BIGINT NOT NULL,\n"
    "    name " PG_TEXT " NOT NULL,\n"
    "    verdict " PG_TEXT " NOT NULL,\n"
    "    time_ms BIGINT,\n"
    "    memory_kib BIGINT,\n"
    "    message " PG_TEXT " NOT NULL,\n"
    "    PRIMARY KEY (submission_id, position)\n"
    ");\n"
    "CREATE TABLE submission_tags (\n"
    "    submission_id BIGINT NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,\n"
    "    tag " PG_TEXT " NOT NULL,\n"
    "    PRIMARY KEY (submission_id, tag)\n"
    ");\n"
    "CREATE INDEX submissions_by_user ON submissions(\"user\", judged_at);\n"
    "CREATE INDEX submissions_by_week ON submissions(week, judged_at);\n"
    "CREATE INDEX submissions_by_problem ON submissions(problem, judged_at);\n"
    "CREATE TABLE notes (\n"
    "    submission_id BIGINT PRIMARY KEY REFERENCES submissions(id) ON DELETE CASCADE,\n"
    "    text " PG_TEXT " NOT NULL,\n"
    "    written_at " PG_TEXT " NOT NULL\n"
    ");\n"
    "CREATE TABLE mistakes (\n"
    "    submission_id BIGINT PRIMARY KEY REFERENCES submissions(id) ON DELETE CASCADE,\n"
    "    kind " PG_TEXT " NOT NULL,\n"
    "    note " PG_TEXT " NOT NULL,\n"
    "    tagged_at " PG_TEXT " NOT NULL\n"
    ");\n"
    "CREATE TABLE presentations (\n"
    "    week " PG_TEXT " NOT NULL,\n"
    "    problem " PG_TEXT " NOT NULL,\n"
    "    \"user\" " PG_TEXT " NOT NULL,\n"
    "    confirmed_at " PG_TEXT " NOT NULL,\n"
    "    PRIMARY KEY (week, problem)\n"
    ");\n"
    "CREATE TABLE review_pairs (\n"
    "    week " PG_TEXT " NOT NULL,\n"
    "    reviewer " PG_TEXT " NOT NULL,\n"
    "    author " PG_TEXT " NOT NULL,\n"
    "    confirmed_at " PG_TEXT " NOT NULL,\n"
    "    PRIMARY KEY (week, reviewer, author)\n"
    ");\n"
    "CREATE TABLE comments (\n"
    "    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,\n"
    "    submission_id BIGINT NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,\n"
    "    author " PG_TEXT " NOT NULL,\n"
    "    line BIGINT,\n"
    "    text " PG_TEXT " NOT NULL,\n"
    "    written_at " PG_TEXT " NOT NULL\n"
    ");\n"
    "CREATE INDEX comments_by_submission ON comments(submission_id, id);\n"
    "CREATE TABLE mock_sessions (\n"
    "    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,\n"
    "    \"user\" " PG_TEXT " NOT NULL,\n"
    "    started_at " PG_TEXT " NOT NULL,\n"
    "    deadline " PG_TEXT " NOT NULL,\n"
    "    minutes BIGINT NOT NULL,\n"
    "    finished_at " PG_TEXT ",\n"
    "    selection " PG_TEXT " NOT NULL\n"
    ");\n"
    "CREATE UNIQUE INDEX mock_sessions_under_way ON mock_sessions(\"user\") WHERE finished_at "
    "IS NULL;\n"
    "CREATE INDEX mock_sessions_by_user ON mock_sessions(\"user\", started_at);\n"
    "CREATE TABLE mock_problems (\n"
    "    mock_id BIGINT NOT NULL REFERENCES mock_sessions(id) ON DELETE CASCADE,\n"
    "    position BIGINT NOT NULL,\n"
    "    problem " PG_TEXT " NOT NULL,\n"
    "    problem_title " PG_TEXT " NOT NULL,\n"
    "    difficulty " PG_TEXT ",\n"
    "    path " PG_TEXT " NOT NULL,\n"
    "    PRIMARY KEY (mock_id, position)\n"
    ");\n"
    "CREATE TABLE mock_submissions (\n"
    "    submission_id BIGINT PRIMARY KEY REFERENCES submissions(id) ON DELETE CASCADE,\n"
    "    mock_id BIGINT NOT NULL REFERENCES mock_sessions(id) ON DELETE CASCADE,\n"
    "    position BIGINT NOT NULL,\n"
    "    score DOUBLE PRECISION NOT NULL,\n"
    "    correctness_passed BIGINT NOT NULL,\n"
    "    correctness_total BIGINT NOT NULL,\n"
    "    performance_passed BIGINT NOT NULL,\n"
    "    performance_total BIGINT NOT NULL\n"
    ");\n"
    "CREATE INDEX mock_submissions_by_mock ON mock_submissions(mock_id, submission_id);\n"
    "CREATE TABLE mock_focus (\n"
    "    mock_id BIGINT NOT NULL REFERENCES mock_sessions(id) ON DELETE CASCADE,\n"
    "    at " PG_TEXT " NOT NULL,\n"
    "    position BIGINT NOT NULL,\n"
    "    seq BIGINT GENERATED ALWAYS AS IDENTITY\n" /* the order of insertion: SQLite's rowid */
    ");\n"
    "CREATE INDEX mock_focus_by_mock ON mock_focus(mock_id, at);\n"
    "CREATE TABLE calendar (\n"
    "    id BIGINT PRIMARY KEY CHECK (id = 1),\n"
    "    starts " PG_TEXT " NOT NULL,\n"
    "    every_days BIGINT NOT NULL,\n"
    "    sets " PG_TEXT ",\n"
    "    set_by " PG_TEXT " NOT NULL,\n"
    "    set_at " PG_TEXT " NOT NULL\n"
    ");\n";
#define PG_BASE_VERSION 5

/* pg_migrations[v] takes a PostgreSQL history from version v to v + 1, from PG_BASE_VERSION
 * on: the same steps as SQLite's, in PostgreSQL's types. */
static const char *const pg_migrations[HIST_SCHEMA_VERSION] = {
    [5] = "CREATE TABLE packages (\n"
          "    sha256 " PG_TEXT " PRIMARY KEY,\n"
          "    problem " PG_TEXT " NOT NULL,\n"
          "    manifest " PG_TEXT " NOT NULL,\n"
          "    pushed_by " PG_TEXT " NOT NULL,\n"
          "    pushed_at " PG_TEXT " NOT NULL\n"
          ");\n"
          "CREATE TABLE blobs (\n"
          "    sha256 " PG_TEXT " PRIMARY KEY,\n"
          "    content BYTEA NOT NULL\n"
          ");\n"
          "CREATE TABLE queue (\n"
          "    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,\n"
          "    \"user\" " PG_TEXT " NOT NULL,\n"
          "    problem " PG_TEXT " NOT NULL,\n"
          "    package " PG_TEXT " NOT NULL REFERENCES packages(sha256),\n"
          "    week " PG_TEXT ",\n"
          "    filename " PG_TEXT " NOT NULL,\n"
          "    language " PG_TEXT ",\n"
          "    source BYTEA NOT NULL,\n"
          "    queued_at " PG_TEXT " NOT NULL,\n"
          "    state " PG_TEXT " NOT NULL,\n"
          "    attempts BIGINT NOT NULL,\n"
          "    lease BIGINT NOT NULL,\n"
          "    lease_until BIGINT,\n"
          "    worker " PG_TEXT ",\n"
          "    submission_id BIGINT REFERENCES submissions(id),\n"
          "    message " PG_TEXT "\n"
          ");\n"
          "CREATE INDEX queue_by_state ON queue(state, id);\n",
    [6] = "CREATE TABLE members (\n"
          "    name " PG_TEXT " PRIMARY KEY,\n"
          "    admin BIGINT NOT NULL,\n"
          "    token_sha256 " PG_TEXT " NOT NULL UNIQUE,\n"
          "    added_by " PG_TEXT " NOT NULL,\n"
          "    added_at " PG_TEXT " NOT NULL,\n"
          "    rotated_at " PG_TEXT ",\n"
          "    revoked_at " PG_TEXT "\n"
          ");\n",
    [7] = "CREATE TABLE submission_feedback (\n"
          "    submission_id BIGINT PRIMARY KEY REFERENCES submissions(id) ON DELETE CASCADE,\n"
          "    compile_message " PG_TEXT ",\n"
          "    failure " PG_TEXT "\n"
          ");\n",
};

/* The version of the judge history in the connected database (0: there is none), after
 * checking that it is one. In the caller's transaction. */
static int pg_identity(struct hist_db *h, long long *version, char *err, size_t errlen)
{
    long long ours = 0, tables = 0, app = 0;
    *version = 0;
    int rc = query_int(h->db,
                       "SELECT count(*) FROM pg_tables WHERE schemaname = "
                       "current_schema() AND tablename = 'judge_schema'",
                       &ours);
    if (rc == SQLITE_OK && !ours)
        rc = query_int(h->db, "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()",
                       &tables);
    if (rc != SQLITE_OK)
        return db_fail(h, err, errlen, "cannot read the schema");
    if (!ours && tables)
        return set_error(err, errlen,
                         "%s: not a judge history database (%lld tables, no judge_schema)", h->path,
                         tables);
    if (!ours)
        return HIST_OK;
    if (query_int(h->db, "SELECT application_id FROM judge_schema", &app) != SQLITE_OK ||
        query_int(h->db, "SELECT version FROM judge_schema", version) != SQLITE_OK)
        return db_fail(h, err, errlen, "cannot read the schema version");
    if (app != HIST_APPLICATION_ID)
        return set_error(err, errlen, "%s: not a judge history database (application_id %lld)",
                         h->path, app);
    if (*version > HIST_SCHEMA_VERSION)
        return set_error(err, errlen,
                         "%s: schema version %lld is newer than this judge knows (%d): use a newer "
                         "judge",
                         h->path, *version, HIST_SCHEMA_VERSION);
    if (*version < PG_BASE_VERSION)
        return set_error(err, errlen, "%s: not a judge history database (schema version %lld)",
                         h->path, *version);
    return HIST_OK;
}

/* Connects to the history at uri, creating its tables in one transaction when the database
 * has none and write is true; HIST_ENOTFOUND when it has none and write is false. Judges
 * opening it at once wait for each other (an advisory lock) rather than both creating it. */
static int open_postgres(struct hist_db *h, const char *uri, bool write, char *err, size_t errlen)
{
    int rc = sql_connect_postgres(uri, &h->db, err, errlen);
    if (rc != SQLITE_OK)
        return rc == SQLITE_NOMEM ? HIST_ESYSTEM : HIST_EBADFILE;
    if (sql_exec(h->db, "BEGIN; SELECT pg_advisory_xact_lock(" AS_STRING(
                            HIST_APPLICATION_ID) ")") != SQLITE_OK)
        return db_fail(h, err, errlen, "cannot read the schema");
    long long version;
    int ret = pg_identity(h, &version, err, errlen);
    if (ret == HIST_OK && version == 0 && !write)
        ret = HIST_ENOTFOUND;
    if (ret == HIST_OK && version == 0) {
        char *init = xasprintf("%s INSERT INTO judge_schema VALUES (%d, %d);", pg_schema,
                               HIST_APPLICATION_ID, PG_BASE_VERSION);
        if (sql_exec(h->db, init) != SQLITE_OK)
            ret = set_error(err, errlen, "%s: cannot create the history's tables: %s", h->path,
                            sql_errmsg(h->db));
        free(init);
        version = PG_BASE_VERSION;
    }
    for (long long v = version; ret == HIST_OK && v < HIST_SCHEMA_VERSION; v++) {
        char *step =
            xasprintf("%s UPDATE judge_schema SET version = %lld;", pg_migrations[v], v + 1);
        if (sql_exec(h->db, step) != SQLITE_OK)
            ret = set_error(err, errlen,
                            "%s: cannot migrate the history from schema version %lld to %lld: %s",
                            h->path, v, v + 1, sql_errmsg(h->db));
        free(step);
    }
    if (ret != HIST_OK) {
        sql_exec(h->db, "ROLLBACK");
        return ret;
    }
    if (sql_exec(h->db, "COMMIT") != SQLITE_OK)
        return db_fail(h, err, errlen, "cannot create the history's tables");
    return HIST_OK;
}

/* Opens name (a file, or ":memory:") as SQLite and makes it a history of this judge's
 * schema; path names it in messages. */
static int open_sqlite(struct hist_db *h, const char *name, bool exists, bool write, char *err,
                       size_t errlen)
{
    sqlite3 *lite = NULL;
    int flags = SQLITE_OPEN_READWRITE | (exists ? 0 : SQLITE_OPEN_CREATE);
    if (sqlite3_open_v2(name, &lite, flags, NULL) != SQLITE_OK) {
        set_error(err, errlen, "%s: cannot open: %s", h->path,
                  lite ? sqlite3_errmsg(lite) : "out of memory");
        sqlite3_close(lite);
        return HIST_EBADFILE;
    }
    h->db = sql_wrap_sqlite(lite);
    sqlite3_extended_result_codes(lite, 1);
    sqlite3_busy_timeout(lite, BUSY_TIMEOUT_MS);

    long long version;
    int ret = check_identity(h, &version, err, errlen);
    if (ret != HIST_OK)
        return ret;
    /* Only now, with the file known to be ours, may anything be written to it. */
    if (write && sqlite3_db_readonly(lite, "main") == 1)
        return set_error(err, errlen, "%s: the history is read-only", h->path);
    if (sqlite3_db_readonly(lite, "main") != 1) {
        if (exec_retry(h->db, "PRAGMA journal_mode = WAL") != SQLITE_OK ||
            sql_exec(h->db, "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON") != SQLITE_OK)
            return db_fail(h, err, errlen, "cannot set up the database");
    }
    if (version < HIST_SCHEMA_VERSION)
        return migrate(h, err, errlen);
    return HIST_OK;
}

int hist_open(const char *db, bool write, struct hist_db **out, char *err, size_t errlen)
{
    struct stat st;
    int ret;
    *out = NULL;
    char *path = hist_db_path(db);
    if (!path)
        return set_error(err, errlen,
                         "no place for the history: set HOME or XDG_DATA_HOME, or give --db FILE");
    struct hist_db *h = xcalloc(1, sizeof(*h));
    if (sql_is_postgres_uri(path)) {
        h->path = sql_redact_uri(path);
        ret = open_postgres(h, path, write, err, errlen);
        free(path);
        if (ret == HIST_ENOTFOUND && !(db && db[0])) {
            /* Reading, and no history on the server: an empty one in memory. */
            sql_close(h->db);
            h->db = NULL;
            ret = open_sqlite(h, ":memory:", false, false, err, errlen);
        } else if (ret == HIST_ENOTFOUND) {
            ret = set_error(err, errlen,
                            "%s: no judge history there; --db names an existing history to read "
                            "(judge submit creates one)",
                            h->path);
        }
        goto out;
    }
    h->path = path;

    bool exists = stat(path, &st) == 0;
    if (!exists && errno != ENOENT) {
        ret = set_error(err, errlen, "%s: %s", path, strerror(errno));
        goto out;
    }
    if (exists && !S_ISREG(st.st_mode)) {
        ret = set_error(err, errlen, "%s: not a regular file", path);
        goto out;
    }
    /* --db names a file to read: a mistyped path is an error, not an empty history. */
    if (!exists && !write && db && db[0]) {
        ret = set_error(err, errlen,
                        "%s: no history there (no such file); --db names an existing history to "
                        "read (judge submit creates one)",
                        path);
        goto out;
    }
    if (!exists && write && (ret = make_parents(path, err, errlen)) != HIST_OK)
        goto out;
    /* Reading a history that does not exist: an empty one in memory, nothing created. */
    ret = open_sqlite(h, exists || write ? path : ":memory:", exists, write, err, errlen);

out:
    if (ret != HIST_OK) {
        hist_close(h);
        return ret;
    }
    *out = h;
    return HIST_OK;
}

const char *hist_name(const struct hist_db *h)
{
    return h->path;
}

void hist_close(struct hist_db *h)
{
    if (!h)
        return;
    sql_close(h->db);
    free(h->path);
    free(h);
}

/* ---- recording ---- */

long long hist_parse_time(const char *text)
{
    char date[11];
    int day;
    if (strlen(text) != 20 || text[10] != 'T' || text[13] != ':' || text[16] != ':' ||
        text[19] != 'Z')
        return -1;
    memcpy(date, text, 10);
    date[10] = '\0';
    if (week_date_parse(date, &day) < 0)
        return -1;
    int parts[3];
    for (int i = 0; i < 3; i++) {
        const char *p = text + 11 + 3 * i;
        if (p[0] < '0' || p[0] > '9' || p[1] < '0' || p[1] > '9')
            return -1;
        parts[i] = (p[0] - '0') * 10 + (p[1] - '0');
    }
    if (parts[0] > 23 || parts[1] > 59 || parts[2] > 60)
        return -1;
    return (long long)day * 86400 + parts[0] * 3600 + parts[1] * 60 + parts[2];
}

void hist_submission_from_judgement(struct hist_submission *s, const struct judgement *j,
                                    const struct problem *p, const char *user, const char *week,
                                    const char *source, size_t source_len)
{
    memset(s, 0, sizeof(*s));
    s->user = xstrdup(user);
    s->problem = xstrdup(j->problem_id ? j->problem_id : p->id);
    s->problem_title = xstrdup(j->problem_title ? j->problem_title : s->problem);
    s->week = week ? xstrdup(week) : NULL;
    s->language = xstrdup(j->language_id ? j->language_id : "");
    s->source = bytes_dup(source, source_len);
    s->source_len = source_len;
    sha256_hex(source, source_len, s->source_sha256);
    s->verdict = xstrdup(verdict_name(j->verdict));
    s->passed = (long)j->passed;
    s->total = (long)j->total;
    s->max_time_ms = j->max_time_ms;
    s->max_memory_kib = j->max_memory_kib;
    const char *now = getenv("JUDGE_NOW");
    if (now && hist_parse_time(now) >= 0)
        snprintf(s->judged_at, sizeof(s->judged_at), "%s", now);
    else
        utc_now(s->judged_at);
    s->judge_version = xstrdup(JUDGE_VERSION);

    s->ntests = j->total;
    s->tests = xcalloc(j->total, sizeof(*s->tests));
    for (size_t i = 0; i < j->total; i++) {
        const struct test_result *t = &j->tests[i];
        struct hist_test *h = &s->tests[i];
        bool ran = j->compiled && t->ran;
        h->name = xstrdup(i < p->ntests ? p->tests[i].name : "?");
        h->verdict = xstrdup(ran ? verdict_name(t->verdict) : "skipped");
        h->time_ms = ran ? t->time_ms : -1;
        h->memory_kib = ran ? t->memory_kib : -1;
        h->message = xstrdup(ran           ? t->message
                             : j->compiled ? "not run (--fail-fast)"
                                           : "not run (compilation error)");
    }
    s->ntags = p->ntags;
    s->tags = xcalloc(p->ntags, sizeof(*s->tags));
    for (size_t i = 0; i < p->ntags; i++)
        s->tags[i] = xstrdup(p->tags[i]);
    if (j->compile_message && j->compile_message[0])
        s->compile_message = xstrdup(j->compile_message);
    cJSON *failure = report_visible_failure_json(j, p);
    if (failure) {
        s->failure = cJSON_PrintUnformatted(failure);
        cJSON_Delete(failure);
    }
}

void hist_submission_release(struct hist_submission *s)
{
    free(s->user);
    free(s->problem);
    free(s->problem_title);
    free(s->week);
    free(s->language);
    free(s->source);
    free(s->verdict);
    free(s->judge_version);
    for (size_t i = 0; i < s->ntests; i++) {
        free(s->tests[i].name);
        free(s->tests[i].verdict);
        free(s->tests[i].message);
    }
    free(s->tests);
    for (size_t i = 0; i < s->ntags; i++)
        free(s->tags[i]);
    free(s->tags);
    free(s->compile_message);
    free(s->failure);
    memset(s, 0, sizeof(*s));
}

/* Binds text as valid UTF-8: as it is when it is, else a copy with U+FFFD for the invalid
 * bytes. Names, titles and messages hold what packages and programs wrote; the history stores
 * only valid text. */
static void bind_utf8(struct sql_stmt *st, int col, const char *text)
{
    size_t len = strlen(text);
    if (utf8_valid(text, len)) {
        sql_bind_text(st, col, text, len);
        return;
    }
    char *clean = utf8_sanitize(text, len, &len);
    sql_bind_text(st, col, clean, len);
    free(clean);
}

/* The source is kept exactly (its hash is of its bytes): in SQLite as TEXT when it is valid
 * UTF-8 without NUL bytes, else as a BLOB, never as text that is not UTF-8; in PostgreSQL,
 * whose text holds neither, always as bytea. */
static void bind_source(struct hist_db *h, struct sql_stmt *st, int col, const char *source,
                        size_t len)
{
    if (sql_kind(h->db) == SQL_SQLITE && utf8_valid(source, len) && !memchr(source, '\0', len))
        sql_bind_text(st, col, source, len);
    else
        sql_bind_blob(st, col, source, len);
}

static void bind_long_or_null(struct sql_stmt *st, int col, long value)
{
    if (value < 0)
        sql_bind_null(st, col);
    else
        sql_bind_int64(st, col, value);
}

/* The inserts of one submission, inside the caller's transaction. */
static int insert_submission(struct hist_db *h, const struct hist_submission *s, long long *id)
{
    struct sql_stmt *st = NULL;
    int rc = sql_prepare(
        h->db,
        "INSERT INTO submissions (\"user\", problem, problem_title, week, language, source, "
        "source_sha256, verdict, passed, total, max_time_ms, max_memory_kib, judged_at, "
        "judge_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        &st);
    if (rc != SQLITE_OK)
        return rc;
    bind_utf8(st, 1, s->user);
    bind_utf8(st, 2, s->problem);
    bind_utf8(st, 3, s->problem_title);
    if (s->week)
        bind_utf8(st, 4, s->week);
    else
        sql_bind_null(st, 4);
    bind_utf8(st, 5, s->language);
    bind_source(h, st, 6, s->source, s->source_len);
    bind_utf8(st, 7, s->source_sha256);
    bind_utf8(st, 8, s->verdict);
    sql_bind_int64(st, 9, s->passed);
    sql_bind_int64(st, 10, s->total);
    sql_bind_int64(st, 11, s->max_time_ms);
    sql_bind_int64(st, 12, s->max_memory_kib);
    bind_utf8(st, 13, s->judged_at);
    bind_utf8(st, 14, s->judge_version);
    rc = step_id(st, id);
    sql_finalize(st);
    if (rc != SQLITE_OK)
        return rc;

    rc = sql_prepare(h->db,
                     "INSERT INTO submission_tests (submission_id, position, name, "
                     "verdict, time_ms, memory_kib, message) VALUES (?, ?, ?, ?, ?, ?, ?)",
                     &st);
    if (rc != SQLITE_OK)
        return rc;
    for (size_t i = 0; i < s->ntests && rc == SQLITE_OK; i++) {
        const struct hist_test *t = &s->tests[i];
        sql_bind_int64(st, 1, *id);
        sql_bind_int64(st, 2, (long long)i);
        bind_utf8(st, 3, t->name);
        bind_utf8(st, 4, t->verdict);
        bind_long_or_null(st, 5, t->time_ms);
        bind_long_or_null(st, 6, t->memory_kib);
        bind_utf8(st, 7, t->message ? t->message : "");
        rc = step_done(st);
        sql_reset(st);
    }
    sql_finalize(st);
    if (rc != SQLITE_OK)
        return rc;

    rc = sql_prepare(h->db,
                     "INSERT INTO submission_tags (submission_id, tag) "
                     "VALUES (?, ?) ON CONFLICT DO NOTHING",
                     &st);
    if (rc != SQLITE_OK)
        return rc;
    for (size_t i = 0; i < s->ntags && rc == SQLITE_OK; i++) {
        sql_bind_int64(st, 1, *id);
        bind_utf8(st, 2, s->tags[i]);
        rc = step_done(st);
        sql_reset(st);
    }
    sql_finalize(st);
    if (rc != SQLITE_OK || (!s->compile_message && !s->failure))
        return rc;

    rc = sql_prepare(h->db,
                     "INSERT INTO submission_feedback (submission_id, compile_message, failure) "
                     "VALUES (?, ?, ?)",
                     &st);
    if (rc != SQLITE_OK)
        return rc;
    sql_bind_int64(st, 1, *id);
    if (s->compile_message)
        bind_utf8(st, 2, s->compile_message);
    else
        sql_bind_null(st, 2);
    if (s->failure)
        bind_utf8(st, 3, s->failure);
    else
        sql_bind_null(st, 3);
    rc = step_done(st);
    sql_finalize(st);
    return rc;
}

int hist_record(struct hist_db *h, const struct hist_submission *s, long long *id, char *err,
                size_t errlen)
{
    long long deadline = now_ms() + RETRY_FOR_MS;
    for (;;) {
        if (begin_write(h) != SQLITE_OK)
            return db_fail(h, err, errlen, "cannot start recording the submission");
        int rc = insert_submission(h, s, id);
        if (rc == SQLITE_OK)
            rc = exec_retry(h->db, "COMMIT");
        if (rc == SQLITE_OK)
            return HIST_OK;
        /* Keep the message before ROLLBACK replaces it. */
        db_fail(h, err, errlen, "cannot record the submission");
        sql_exec(h->db, "ROLLBACK");
        if (!is_busy(rc) || now_ms() >= deadline)
            return HIST_ESYSTEM;
        backoff();
    }
}

/* ---- reading ---- */

#define SUBMISSION_COLUMNS                                                                         \
    "id, \"user\", problem, problem_title, week, language, source_sha256, verdict, passed, "       \
    "total, max_time_ms, max_memory_kib, judged_at, judge_version, "                               \
    "(SELECT json_group_array(tag) FROM submission_tags t WHERE t.submission_id = s.id)"

static void read_submission(struct sql_stmt *st, struct hist_submission *s)
{
    memset(s, 0, sizeof(*s));
    s->id = sql_column_int64(st, 0);
    s->user = column_dup(st, 1);
    s->problem = column_dup(st, 2);
    s->problem_title = column_dup(st, 3);
    s->week = column_dup(st, 4);
    s->language = column_dup(st, 5);
    column_copy(st, 6, s->source_sha256, sizeof(s->source_sha256));
    s->verdict = column_dup(st, 7);
    s->passed = (long)sql_column_int64(st, 8);
    s->total = (long)sql_column_int64(st, 9);
    s->max_time_ms = (long)sql_column_int64(st, 10);
    s->max_memory_kib = (long)sql_column_int64(st, 11);
    column_copy(st, 12, s->judged_at, sizeof(s->judged_at));
    s->judge_version = column_dup(st, 13);
    /* NOT NULL columns; a NULL here would be a tampered database. */
    if (!s->user)
        s->user = xstrdup("");
    if (!s->problem)
        s->problem = xstrdup("");
    if (!s->problem_title)
        s->problem_title = xstrdup(s->problem);
    if (!s->language)
        s->language = xstrdup("");
    if (!s->verdict)
        s->verdict = xstrdup("");
    if (!s->judge_version)
        s->judge_version = xstrdup("");

    const char *tags = sql_column_text(st, 14);
    cJSON *list = tags ? cJSON_Parse(tags) : NULL;
    int n = cJSON_IsArray(list) ? cJSON_GetArraySize(list) : 0;
    s->tags = xcalloc((size_t)n, sizeof(char *));
    const cJSON *item;
    cJSON_ArrayForEach(item, list)
    {
        if (cJSON_IsString(item))
            s->tags[s->ntags++] = xstrdup(item->valuestring);
    }
    cJSON_Delete(list);
}

int hist_list(struct hist_db *h, const struct hist_filter *f, struct hist_submission **out,
              size_t *count, char *err, size_t errlen)
{
    struct strbuf sql = STRBUF_INIT;
    const char *values[5];
    int nvalues = 0;
    strbuf_addstr(&sql, "SELECT " SUBMISSION_COLUMNS " FROM submissions s WHERE TRUE");
    if (f->user) {
        strbuf_addstr(&sql, " AND \"user\" = ?");
        values[nvalues++] = f->user;
    }
    if (f->problem) {
        strbuf_addstr(&sql, " AND problem = ?");
        values[nvalues++] = f->problem;
    }
    if (f->week) {
        strbuf_addstr(&sql, " AND week = ?");
        values[nvalues++] = f->week;
    }
    if (f->verdict) {
        strbuf_addstr(&sql, " AND verdict = ?");
        values[nvalues++] = f->verdict;
    }
    if (f->since) {
        strbuf_addstr(&sql, " AND judged_at >= ?");
        values[nvalues++] = f->since;
    }
    strbuf_addstr(&sql, f->oldest_first ? " ORDER BY judged_at, id"
                                        : " ORDER BY judged_at DESC, id DESC");
    if (f->limit > 0)
        strbuf_addf(&sql, " LIMIT %ld", f->limit);

    *out = NULL;
    *count = 0;
    struct sql_stmt *st;
    int ret = HIST_OK;
    if (sql_prepare(h->db, sql.buf, &st) != SQLITE_OK) {
        ret = db_fail(h, err, errlen, "cannot read the history");
        goto out_release;
    }
    for (int i = 0; i < nvalues; i++)
        sql_bind_text(st, i + 1, values[i], strlen(values[i]));
    size_t cap = 0;
    int rc;
    while ((rc = sql_step(st)) == SQLITE_ROW) {
        if (*count == cap) {
            cap = cap ? 2 * cap : 64;
            *out = xrealloc(*out, cap * sizeof(**out));
        }
        read_submission(st, &(*out)[(*count)++]);
    }
    if (rc != SQLITE_DONE) {
        ret = db_fail(h, err, errlen, "cannot read the history");
        hist_list_free(*out, *count);
        *out = NULL;
        *count = 0;
    }
    sql_finalize(st);
out_release:
    strbuf_release(&sql);
    return ret;
}

void hist_list_free(struct hist_submission *list, size_t count)
{
    for (size_t i = 0; i < count; i++)
        hist_submission_release(&list[i]);
    free(list);
}

int hist_get(struct hist_db *h, long long id, struct hist_submission *out, char *err, size_t errlen)
{
    struct sql_stmt *st;
    memset(out, 0, sizeof(*out));
    if (sql_prepare(h->db, "SELECT " SUBMISSION_COLUMNS ", source FROM submissions s WHERE id = ?",
                    &st) != SQLITE_OK)
        return db_fail(h, err, errlen, "cannot read the history");
    sql_bind_int64(st, 1, id);
    int rc = sql_step(st);
    if (rc != SQLITE_ROW) {
        sql_finalize(st);
        if (rc == SQLITE_DONE) {
            set_error(err, errlen, "%s: no submission #%lld", h->path, id);
            return HIST_ENOTFOUND;
        }
        return db_fail(h, err, errlen, "cannot read the history");
    }
    read_submission(st, out);
    const void *source = sql_column_blob(st, 15);
    out->source_len = sql_column_bytes(st, 15);
    out->source = bytes_dup(source, out->source_len);
    sql_finalize(st);

    if (sql_prepare(h->db,
                    "SELECT name, verdict, time_ms, memory_kib, message FROM "
                    "submission_tests WHERE submission_id = ? ORDER BY position",
                    &st) != SQLITE_OK) {
        hist_submission_release(out);
        return db_fail(h, err, errlen, "cannot read the history");
    }
    sql_bind_int64(st, 1, id);
    size_t cap = 0;
    while ((rc = sql_step(st)) == SQLITE_ROW) {
        if (out->ntests == cap) {
            cap = cap ? 2 * cap : 16;
            out->tests = xrealloc(out->tests, cap * sizeof(*out->tests));
        }
        struct hist_test *t = &out->tests[out->ntests++];
        t->name = column_dup(st, 0);
        t->verdict = column_dup(st, 1);
        t->time_ms = sql_column_null(st, 2) ? -1 : sql_column_int64(st, 2);
        t->memory_kib = sql_column_null(st, 3) ? -1 : sql_column_int64(st, 3);
        t->message = column_dup(st, 4);
        if (!t->name)
            t->name = xstrdup("");
        if (!t->verdict)
            t->verdict = xstrdup("");
        if (!t->message)
            t->message = xstrdup("");
    }
    sql_finalize(st);
    if (rc != SQLITE_DONE) {
        hist_submission_release(out);
        return db_fail(h, err, errlen, "cannot read the history");
    }

    if (sql_prepare(h->db,
                    "SELECT compile_message, failure FROM submission_feedback "
                    "WHERE submission_id = ?",
                    &st) != SQLITE_OK) {
        hist_submission_release(out);
        return db_fail(h, err, errlen, "cannot read the history");
    }
    sql_bind_int64(st, 1, id);
    rc = sql_step(st);
    if (rc == SQLITE_ROW) {
        out->compile_message = column_dup(st, 0);
        out->failure = column_dup(st, 1);
    }
    sql_finalize(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        hist_submission_release(out);
        return db_fail(h, err, errlen, "cannot read the history");
    }
    return HIST_OK;
}

/* ---- JSON ---- */

static void add_long_or_null(cJSON *o, const char *key, long value)
{
    if (value < 0)
        cJSON_AddNullToObject(o, key);
    else
        cJSON_AddNumberToObject(o, key, (double)value);
}

cJSON *hist_submission_json(const struct hist_submission *s, bool with_details)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddNumberToObject(o, "id", (double)s->id);
    cJSON_AddStringToObject(o, "user", s->user);
    cJSON_AddStringToObject(o, "problem", s->problem);
    cJSON_AddStringToObject(o, "problem_title", s->problem_title);
    if (s->week)
        cJSON_AddStringToObject(o, "week", s->week);
    else
        cJSON_AddNullToObject(o, "week");
    cJSON_AddStringToObject(o, "language", s->language);
    cJSON_AddStringToObject(o, "verdict", s->verdict);
    cJSON_AddNumberToObject(o, "passed", (double)s->passed);
    cJSON_AddNumberToObject(o, "total", (double)s->total);
    cJSON_AddNumberToObject(o, "time_ms", (double)s->max_time_ms);
    cJSON_AddNumberToObject(o, "memory_kb", (double)s->max_memory_kib);
    cJSON_AddStringToObject(o, "judged_at", s->judged_at);
    cJSON_AddStringToObject(o, "judge_version", s->judge_version);
    cJSON_AddStringToObject(o, "source_sha256", s->source_sha256);
    cJSON *tags = cJSON_AddArrayToObject(o, "tags");
    for (size_t i = 0; i < s->ntags; i++)
        cJSON_AddItemToArray(tags, cJSON_CreateString(s->tags[i]));
    if (!with_details)
        return o;
    cJSON_AddStringToObject(o, "source", s->source ? s->source : "");
    cJSON *tests = cJSON_AddArrayToObject(o, "tests");
    for (size_t i = 0; i < s->ntests; i++) {
        const struct hist_test *t = &s->tests[i];
        cJSON *x = cJSON_CreateObject();
        cJSON_AddStringToObject(x, "name", t->name);
        cJSON_AddStringToObject(x, "verdict", t->verdict);
        add_long_or_null(x, "time_ms", t->time_ms);
        add_long_or_null(x, "memory_kb", t->memory_kib);
        cJSON_AddStringToObject(x, "message", t->message);
        cJSON_AddItemToArray(tests, x);
    }
    if (s->compile_message)
        cJSON_AddStringToObject(o, "compile_message", s->compile_message);
    else
        cJSON_AddNullToObject(o, "compile_message");
    cJSON *failure = s->failure ? cJSON_Parse(s->failure) : NULL;
    cJSON_AddItemToObject(o, "failure", cJSON_IsObject(failure) ? failure : cJSON_CreateNull());
    if (failure && !cJSON_IsObject(failure))
        cJSON_Delete(failure);
    return o;
}

void hist_submission_json_hide(cJSON *o, const char *why)
{
    cJSON_ReplaceItemInObject(o, "source", cJSON_CreateNull());
    if (cJSON_HasObjectItem(o, "compile_message"))
        cJSON_ReplaceItemInObject(o, "compile_message", cJSON_CreateNull());
    if (cJSON_HasObjectItem(o, "failure"))
        cJSON_ReplaceItemInObject(o, "failure", cJSON_CreateNull());
    cJSON_AddStringToObject(o, "source_hidden", why);
}

/* ---- mock tests (schema version 4) ---- */

void hist_mock_release(struct hist_mock *m)
{
    free(m->user);
    free(m->selection);
    for (size_t i = 0; i < m->nproblems; i++) {
        free(m->problems[i].problem);
        free(m->problems[i].problem_title);
        free(m->problems[i].difficulty);
        free(m->problems[i].path);
    }
    free(m->problems);
    for (size_t i = 0; i < m->nsubmissions; i++)
        free(m->submissions[i].verdict);
    free(m->submissions);
    free(m->focus);
    memset(m, 0, sizeof(*m));
}

void hist_mock_list_free(struct hist_mock *list, size_t count)
{
    for (size_t i = 0; i < count; i++)
        hist_mock_release(&list[i]);
    free(list);
}

/* ---- the meeting routine: notes, mistakes, presenters, review pairs, comments ---- */

/* Now, as the history records it: $JUDGE_NOW when it is a valid time (tests), else the clock. */
static void record_time(char out[21])
{
    const char *now = getenv("JUDGE_NOW");
    if (now && hist_parse_time(now) >= 0)
        snprintf(out, 21, "%s", now);
    else
        utc_now(out);
}

/* The writes of one transaction: an SQLite result code (SQLITE_OK when all went in). */
typedef int (*write_fn)(struct hist_db *h, void *ctx);

/* Runs fn in one write transaction, retried while the database is busy, as hist_record does:
 * all of it is written or nothing. */
static int write_transaction(struct hist_db *h, write_fn fn, void *ctx, const char *what, char *err,
                             size_t errlen)
{
    long long deadline = now_ms() + RETRY_FOR_MS;
    for (;;) {
        if (begin_write(h) != SQLITE_OK)
            return db_fail(h, err, errlen, what);
        int rc = fn(h, ctx);
        if (rc == SQLITE_OK)
            rc = exec_retry(h->db, "COMMIT");
        if (rc == SQLITE_OK)
            return HIST_OK;
        if (rc == SQLITE_CONSTRAINT_UNIQUE || rc == SQLITE_CONSTRAINT_PRIMARYKEY ||
            rc == HIST_EBADFILE) {
            if (rc != HIST_EBADFILE)
                db_fail(h, err, errlen, what); /* the caller may say more */
            sql_exec(h->db, "ROLLBACK");
            return HIST_EBADFILE;
        }
        db_fail(h, err, errlen, what);
        sql_exec(h->db, "ROLLBACK");
        if (!is_busy(rc) || now_ms() >= deadline)
            return HIST_ESYSTEM;
        backoff();
    }
}

/* HIST_OK when submission id exists, HIST_ENOTFOUND (err set) when not. */
static int submission_exists(struct hist_db *h, long long id, char *err, size_t errlen)
{
    struct sql_stmt *st;
    if (sql_prepare(h->db, "SELECT 1 FROM submissions WHERE id = ?", &st) != SQLITE_OK)
        return db_fail(h, err, errlen, "cannot read the history");
    sql_bind_int64(st, 1, id);
    int rc = sql_step(st);
    sql_finalize(st);
    if (rc == SQLITE_ROW)
        return HIST_OK;
    if (rc != SQLITE_DONE)
        return db_fail(h, err, errlen, "cannot read the history");
    set_error(err, errlen, "%s: no submission #%lld", h->path, id);
    return HIST_ENOTFOUND;
}

/* Prepares sql, binds each of the count texts in order, and runs it once; an SQLite code. */
static int exec_bound(struct hist_db *h, const char *sql, const char *const *texts, int count,
                      const long long *ints, int nints)
{
    struct sql_stmt *st;
    int rc = sql_prepare(h->db, sql, &st);
    if (rc != SQLITE_OK)
        return rc;
    for (int i = 0; i < nints; i++)
        sql_bind_int64(st, i + 1, ints[i]);
    for (int i = 0; i < count; i++) {
        if (texts[i])
            bind_utf8(st, nints + i + 1, texts[i]);
        else
            sql_bind_null(st, nints + i + 1);
    }
    rc = sql_step(st);
    sql_finalize(st);
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

int hist_has_accepted(struct hist_db *h, const char *user, const char *problem, bool *out,
                      char *err, size_t errlen)
{
    struct sql_stmt *st;
    *out = false;
    if (sql_prepare(h->db,
                    "SELECT 1 FROM submissions WHERE \"user\" = ? AND problem = ? AND "
                    "verdict = 'AC' LIMIT 1",
                    &st) != SQLITE_OK)
        return db_fail(h, err, errlen, "cannot read the history");
    sql_bind_text(st, 1, user, strlen(user));
    sql_bind_text(st, 2, problem, strlen(problem));
    int rc = sql_step(st);
    sql_finalize(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return db_fail(h, err, errlen, "cannot read the history");
    *out = rc == SQLITE_ROW;
    return HIST_OK;
}

/* ---- notes ---- */

struct note_write {
    long long submission_id;
    const char *text;
    char at[21];
};

static int write_note(struct hist_db *h, void *ctx)
{
    struct note_write *w = ctx;
    const char *texts[] = {w->text, w->at};
    return exec_bound(h,
                      "INSERT INTO notes (submission_id, text, written_at) VALUES (?1, ?2, ?3) "
                      "ON CONFLICT (submission_id) DO UPDATE SET text = excluded.text, "
                      "written_at = excluded.written_at",
                      texts, 2, &w->submission_id, 1);
}

int hist_note_set(struct hist_db *h, long long submission_id, const char *text, char *err,
                  size_t errlen)
{
    int r = submission_exists(h, submission_id, err, errlen);
    if (r != HIST_OK)
        return r;
    struct note_write w = {.submission_id = submission_id, .text = text};
    record_time(w.at);
    return write_transaction(h, write_note, &w, "cannot record the note", err, errlen);
}

int hist_note_get(struct hist_db *h, const char *user, const char *problem, struct hist_note *out,
                  char *err, size_t errlen)
{
    struct sql_stmt *st;
    memset(out, 0, sizeof(*out));
    if (sql_prepare(h->db,
                    "SELECT n.submission_id, s.\"user\", s.problem, s.week, n.text, "
                    "n.written_at FROM notes n JOIN submissions s ON s.id = n.submission_id "
                    "WHERE s.\"user\" = ? AND s.problem = ? "
                    "ORDER BY s.judged_at DESC, s.id DESC LIMIT 1",
                    &st) != SQLITE_OK)
        return db_fail(h, err, errlen, "cannot read the notes");
    sql_bind_text(st, 1, user, strlen(user));
    sql_bind_text(st, 2, problem, strlen(problem));
    int rc = sql_step(st);
    if (rc != SQLITE_ROW) {
        sql_finalize(st);
        if (rc != SQLITE_DONE)
            return db_fail(h, err, errlen, "cannot read the notes");
        set_error(err, errlen, "no note of %s on %s", user, problem);
        return HIST_ENOTFOUND;
    }
    out->submission_id = sql_column_int64(st, 0);
    out->user = column_dup(st, 1);
    out->problem = column_dup(st, 2);
    out->week = column_dup(st, 3);
    out->text = column_dup(st, 4);
    column_copy(st, 5, out->written_at, sizeof(out->written_at));
    if (!out->user)
        out->user = xstrdup("");
    if (!out->problem)
        out->problem = xstrdup("");
    if (!out->text)
        out->text = xstrdup("");
    sql_finalize(st);
    return HIST_OK;
}

void hist_note_release(struct hist_note *n)
{
    free(n->user);
    free(n->problem);
    free(n->week);
    free(n->text);
    memset(n, 0, sizeof(*n));
}

/* ---- mistakes ---- */

struct mistake_write {
    long long submission_id;
    const char *kind;
    const char *note;
    char at[21];
};

static int write_mistake(struct hist_db *h, void *ctx)
{
    struct mistake_write *w = ctx;
    const char *texts[] = {w->kind, w->note, w->at};
    return exec_bound(h,
                      "INSERT INTO mistakes (submission_id, kind, note, tagged_at) "
                      "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (submission_id) DO UPDATE SET "
                      "kind = excluded.kind, note = excluded.note, tagged_at = excluded.tagged_at",
                      texts, 3, &w->submission_id, 1);
}

int hist_mistake_set(struct hist_db *h, long long submission_id, const char *kind, const char *note,
                     char *err, size_t errlen)
{
    int r = submission_exists(h, submission_id, err, errlen);
    if (r != HIST_OK)
        return r;
    struct mistake_write w = {.submission_id = submission_id, .kind = kind, .note = note};
    record_time(w.at);
    return write_transaction(h, write_mistake, &w, "cannot record the mistake", err, errlen);
}

/* Grows a list by one zeroed element; returns it. */
static void *list_grow(void **list, size_t *count, size_t *cap, size_t size)
{
    if (*count == *cap) {
        *cap = *cap ? 2 * *cap : 16;
        *list = xrealloc(*list, *cap * size);
    }
    char *item = (char *)*list + (*count)++ * size;
    memset(item, 0, size);
    return item;
}

static char *column_dup_or_empty(struct sql_stmt *st, int col)
{
    char *s = column_dup(st, col);
    return s ? s : xstrdup("");
}

int hist_mistakes_list(struct hist_db *h, const char *user, struct hist_mistake **out,
                       size_t *count, char *err, size_t errlen)
{
    struct sql_stmt *st;
    size_t cap = 0;
    *out = NULL;
    *count = 0;
    if (sql_prepare(h->db,
                    "SELECT m.submission_id, s.\"user\", s.problem, s.week, s.verdict, m.kind, "
                    "m.note, s.judged_at, m.tagged_at FROM mistakes m "
                    "JOIN submissions s ON s.id = m.submission_id "
                    "WHERE CAST(?1 AS TEXT) IS NULL OR s.\"user\" = ?1 ORDER BY s.judged_at, s.id",
                    &st) != SQLITE_OK)
        return db_fail(h, err, errlen, "cannot read the mistakes");
    if (user)
        sql_bind_text(st, 1, user, strlen(user));
    int rc;
    while ((rc = sql_step(st)) == SQLITE_ROW) {
        struct hist_mistake *m = list_grow((void **)out, count, &cap, sizeof(**out));
        m->submission_id = sql_column_int64(st, 0);
        m->user = column_dup_or_empty(st, 1);
        m->problem = column_dup_or_empty(st, 2);
        m->week = column_dup(st, 3);
        m->verdict = column_dup_or_empty(st, 4);
        m->kind = column_dup_or_empty(st, 5);
        m->note = column_dup_or_empty(st, 6);
        column_copy(st, 7, m->judged_at, sizeof(m->judged_at));
        column_copy(st, 8, m->tagged_at, sizeof(m->tagged_at));
    }
    sql_finalize(st);
    if (rc != SQLITE_DONE) {
        hist_mistakes_free(*out, *count);
        *out = NULL;
        *count = 0;
        return db_fail(h, err, errlen, "cannot read the mistakes");
    }
    return HIST_OK;
}

void hist_mistakes_free(struct hist_mistake *list, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        free(list[i].user);
        free(list[i].problem);
        free(list[i].week);
        free(list[i].verdict);
        free(list[i].kind);
        free(list[i].note);
    }
    free(list);
}

/* ---- presenters ---- */

int hist_presentations_list(struct hist_db *h, struct hist_presentation **out, size_t *count,
                            char *err, size_t errlen)
{
    struct sql_stmt *st;
    size_t cap = 0;
    *out = NULL;
    *count = 0;
    if (sql_prepare(h->db,
                    "SELECT week, problem, \"user\", confirmed_at FROM presentations "
                    "ORDER BY week, problem",
                    &st) != SQLITE_OK)
        return db_fail(h, err, errlen, "cannot read the presenters");
    int rc;
    while ((rc = sql_step(st)) == SQLITE_ROW) {
        struct hist_presentation *p = list_grow((void **)out, count, &cap, sizeof(**out));
        p->week = column_dup_or_empty(st, 0);
        p->problem = column_dup_or_empty(st, 1);
        p->user = column_dup_or_empty(st, 2);
        column_copy(st, 3, p->confirmed_at, sizeof(p->confirmed_at));
    }
    sql_finalize(st);
    if (rc != SQLITE_DONE) {
        hist_presentations_free(*out, *count);
        *out = NULL;
        *count = 0;
        return db_fail(h, err, errlen, "cannot read the presenters");
    }
    return HIST_OK;
}

struct presentations_write {
    const struct hist_presentation *list;
    size_t count;
    char at[21];
};

static int write_presentations(struct hist_db *h, void *ctx)
{
    struct presentations_write *w = ctx;
    int rc = SQLITE_OK;
    for (size_t i = 0; i < w->count && rc == SQLITE_OK; i++) {
        const char *texts[] = {w->list[i].week, w->list[i].problem, w->list[i].user, w->at};
        rc = exec_bound(h,
                        "INSERT INTO presentations (week, problem, \"user\", confirmed_at) "
                        "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (week, problem) DO UPDATE SET "
                        "\"user\" = excluded.\"user\", confirmed_at = excluded.confirmed_at",
                        texts, 4, NULL, 0);
    }
    return rc;
}

int hist_presentations_set(struct hist_db *h, const struct hist_presentation *list, size_t count,
                           char *err, size_t errlen)
{
    struct presentations_write w = {.list = list, .count = count};
    record_time(w.at);
    return write_transaction(h, write_presentations, &w, "cannot record the presenters", err,
                             errlen);
}

void hist_presentations_free(struct hist_presentation *list, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        free(list[i].week);
        free(list[i].problem);
        free(list[i].user);
    }
    free(list);
}

/* ---- review pairs ---- */

int hist_pairs_list(struct hist_db *h, struct hist_pair **out, size_t *count, char *err,
                    size_t errlen)
{
    struct sql_stmt *st;
    size_t cap = 0;
    *out = NULL;
    *count = 0;
    if (sql_prepare(h->db,
                    "SELECT week, reviewer, author, confirmed_at FROM review_pairs "
                    "ORDER BY week, reviewer, author",
                    &st) != SQLITE_OK)
        return db_fail(h, err, errlen, "cannot read the review pairs");
    int rc;
    while ((rc = sql_step(st)) == SQLITE_ROW) {
        struct hist_pair *p = list_grow((void **)out, count, &cap, sizeof(**out));
        p->week = column_dup_or_empty(st, 0);
        p->reviewer = column_dup_or_empty(st, 1);
        p->author = column_dup_or_empty(st, 2);
        column_copy(st, 3, p->confirmed_at, sizeof(p->confirmed_at));
    }
    sql_finalize(st);
    if (rc != SQLITE_DONE) {
        hist_pairs_free(*out, *count);
        *out = NULL;
        *count = 0;
        return db_fail(h, err, errlen, "cannot read the review pairs");
    }
    return HIST_OK;
}

struct pairs_write {
    const char *week;
    const struct hist_pair *list;
    size_t count;
    char at[21];
};

static int write_pairs(struct hist_db *h, void *ctx)
{
    struct pairs_write *w = ctx;
    const char *week[] = {w->week};
    int rc = exec_bound(h, "DELETE FROM review_pairs WHERE week = ?1", week, 1, NULL, 0);
    for (size_t i = 0; i < w->count && rc == SQLITE_OK; i++) {
        const char *texts[] = {w->week, w->list[i].reviewer, w->list[i].author, w->at};
        rc = exec_bound(h,
                        "INSERT INTO review_pairs (week, reviewer, author, "
                        "confirmed_at) VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING",
                        texts, 4, NULL, 0);
    }
    return rc;
}

int hist_pairs_set(struct hist_db *h, const char *week, const struct hist_pair *list, size_t count,
                   char *err, size_t errlen)
{
    struct pairs_write w = {.week = week, .list = list, .count = count};
    record_time(w.at);
    return write_transaction(h, write_pairs, &w, "cannot record the review pairs", err, errlen);
}

void hist_pairs_free(struct hist_pair *list, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        free(list[i].week);
        free(list[i].reviewer);
        free(list[i].author);
    }
    free(list);
}

/* ---- comments ---- */

struct comment_write {
    long long submission_id;
    const char *author;
    long line;
    const char *text;
    char at[21];
    long long id;
};

static int write_comment(struct hist_db *h, void *ctx)
{
    struct comment_write *w = ctx;
    struct sql_stmt *st;
    int rc = sql_prepare(h->db,
                         "INSERT INTO comments (submission_id, author, line, text, "
                         "written_at) VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id",
                         &st);
    if (rc != SQLITE_OK)
        return rc;
    sql_bind_int64(st, 1, w->submission_id);
    bind_utf8(st, 2, w->author);
    if (w->line > 0)
        sql_bind_int64(st, 3, w->line);
    else
        sql_bind_null(st, 3);
    bind_utf8(st, 4, w->text);
    bind_utf8(st, 5, w->at);
    rc = step_id(st, &w->id);
    sql_finalize(st);
    return rc;
}

int hist_comment_add(struct hist_db *h, long long submission_id, const char *author, long line,
                     const char *text, long long *id, char *err, size_t errlen)
{
    int r = submission_exists(h, submission_id, err, errlen);
    if (r != HIST_OK)
        return r;
    struct comment_write w = {
        .submission_id = submission_id, .author = author, .line = line, .text = text};
    record_time(w.at);
    r = write_transaction(h, write_comment, &w, "cannot record the comment", err, errlen);
    if (r == HIST_OK)
        *id = w.id;
    return r;
}

int hist_comments_list(struct hist_db *h, const struct hist_comment_filter *f,
                       struct hist_comment **out, size_t *count, char *err, size_t errlen)
{
    struct sql_stmt *st;
    size_t cap = 0;
    *out = NULL;
    *count = 0;
    if (sql_prepare(
            h->db,
            "SELECT c.id, c.submission_id, c.author, c.line, c.text, c.written_at, "
            "s.\"user\", s.problem, s.week FROM comments c "
            "JOIN submissions s ON s.id = c.submission_id "
            "WHERE (?1 = 0 OR c.submission_id = ?1) AND (CAST(?2 AS TEXT) IS NULL OR s.week = ?2) "
            "ORDER BY c.id",
            &st) != SQLITE_OK)
        return db_fail(h, err, errlen, "cannot read the comments");
    sql_bind_int64(st, 1, f->submission_id);
    if (f->week)
        sql_bind_text(st, 2, f->week, strlen(f->week));
    int rc;
    while ((rc = sql_step(st)) == SQLITE_ROW) {
        struct hist_comment *c = list_grow((void **)out, count, &cap, sizeof(**out));
        c->id = sql_column_int64(st, 0);
        c->submission_id = sql_column_int64(st, 1);
        c->author = column_dup_or_empty(st, 2);
        c->line = sql_column_null(st, 3) ? 0 : sql_column_int64(st, 3);
        c->text = column_dup_or_empty(st, 4);
        column_copy(st, 5, c->written_at, sizeof(c->written_at));
        c->submission_user = column_dup_or_empty(st, 6);
        c->problem = column_dup_or_empty(st, 7);
        c->week = column_dup(st, 8);
    }
    sql_finalize(st);
    if (rc != SQLITE_DONE) {
        hist_comments_free(*out, *count);
        *out = NULL;
        *count = 0;
        return db_fail(h, err, errlen, "cannot read the comments");
    }
    return HIST_OK;
}

void hist_comments_free(struct hist_comment *list, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        free(list[i].author);
        free(list[i].text);
        free(list[i].submission_user);
        free(list[i].problem);
        free(list[i].week);
    }
    free(list);
}

static int insert_focus(struct hist_db *h, long long mock_id, int position, const char *at)
{
    struct sql_stmt *st;
    int rc =
        sql_prepare(h->db, "INSERT INTO mock_focus (mock_id, at, position) VALUES (?, ?, ?)", &st);
    if (rc != SQLITE_OK)
        return rc;
    sql_bind_int64(st, 1, mock_id);
    bind_utf8(st, 2, at);
    sql_bind_int64(st, 3, position);
    rc = step_done(st);
    sql_finalize(st);
    return rc;
}

static int start_mock(struct hist_db *h, void *ctx)
{
    struct hist_mock *m = ctx;
    struct sql_stmt *st;
    int rc = sql_prepare(h->db,
                         "INSERT INTO mock_sessions (\"user\", started_at, deadline, minutes, "
                         "finished_at, selection) VALUES (?, ?, ?, ?, NULL, ?) RETURNING id",
                         &st);
    if (rc != SQLITE_OK)
        return rc;
    bind_utf8(st, 1, m->user);
    bind_utf8(st, 2, m->started_at);
    bind_utf8(st, 3, m->deadline);
    sql_bind_int64(st, 4, m->minutes);
    bind_utf8(st, 5, m->selection ? m->selection : "");
    rc = step_id(st, &m->id);
    sql_finalize(st);
    if (rc != SQLITE_OK)
        return rc;
    rc = sql_prepare(h->db,
                     "INSERT INTO mock_problems (mock_id, position, problem, problem_title, "
                     "difficulty, path) VALUES (?, ?, ?, ?, ?, ?)",
                     &st);
    if (rc != SQLITE_OK)
        return rc;
    for (size_t i = 0; i < m->nproblems && rc == SQLITE_OK; i++) {
        const struct hist_mock_problem *p = &m->problems[i];
        sql_bind_int64(st, 1, m->id);
        sql_bind_int64(st, 2, (long long)i);
        bind_utf8(st, 3, p->problem);
        bind_utf8(st, 4, p->problem_title);
        if (p->difficulty)
            bind_utf8(st, 5, p->difficulty);
        else
            sql_bind_null(st, 5);
        bind_utf8(st, 6, p->path);
        rc = step_done(st);
        sql_reset(st);
    }
    sql_finalize(st);
    if (rc == SQLITE_OK)
        rc = insert_focus(h, m->id, 0, m->started_at);
    return rc;
}

int hist_mock_start(struct hist_db *h, struct hist_mock *m, char *err, size_t errlen)
{
    int r = write_transaction(h, start_mock, m, "cannot record the mock", err, errlen);
    if (r == HIST_EBADFILE)
        set_error(err, errlen, "%s: %s has a mock under way already (judge mock resumes it)",
                  h->path, m->user);
    return r;
}

/* Reads the rest of a mock: problems, submissions, focus. An SQLite result code. */
static int read_mock_parts(struct hist_db *h, struct hist_mock *m)
{
    struct sql_stmt *st;
    int rc = sql_prepare(h->db,
                         "SELECT problem, problem_title, difficulty, path FROM "
                         "mock_problems WHERE mock_id = ? ORDER BY position",
                         &st);
    if (rc != SQLITE_OK)
        return rc;
    sql_bind_int64(st, 1, m->id);
    while ((rc = sql_step(st)) == SQLITE_ROW) {
        m->problems = xrealloc(m->problems, (m->nproblems + 1) * sizeof(*m->problems));
        struct hist_mock_problem *p = &m->problems[m->nproblems++];
        p->problem = column_dup(st, 0);
        p->problem_title = column_dup(st, 1);
        p->difficulty = column_dup(st, 2);
        p->path = column_dup(st, 3);
        if (!p->problem)
            p->problem = xstrdup("");
        if (!p->problem_title)
            p->problem_title = xstrdup(p->problem);
        if (!p->path)
            p->path = xstrdup(p->problem);
    }
    sql_finalize(st);
    if (rc != SQLITE_DONE)
        return rc;

    rc = sql_prepare(h->db,
                     "SELECT m.submission_id, m.position, s.judged_at, s.verdict, m.score, "
                     "m.correctness_passed, m.correctness_total, m.performance_passed, "
                     "m.performance_total FROM mock_submissions m JOIN submissions s ON "
                     "s.id = m.submission_id WHERE m.mock_id = ? ORDER BY s.judged_at, "
                     "m.submission_id",
                     &st);
    if (rc != SQLITE_OK)
        return rc;
    sql_bind_int64(st, 1, m->id);
    while ((rc = sql_step(st)) == SQLITE_ROW) {
        m->submissions = xrealloc(m->submissions, (m->nsubmissions + 1) * sizeof(*m->submissions));
        struct hist_mock_submission *x = &m->submissions[m->nsubmissions++];
        x->submission_id = sql_column_int64(st, 0);
        x->position = (int)sql_column_int64(st, 1);
        column_copy(st, 2, x->judged_at, sizeof(x->judged_at));
        x->verdict = column_dup(st, 3);
        if (!x->verdict)
            x->verdict = xstrdup("");
        x->score = sql_column_double(st, 4);
        x->correctness_passed = (long)sql_column_int64(st, 5);
        x->correctness_total = (long)sql_column_int64(st, 6);
        x->performance_passed = (long)sql_column_int64(st, 7);
        x->performance_total = (long)sql_column_int64(st, 8);
    }
    sql_finalize(st);
    if (rc != SQLITE_DONE)
        return rc;

    rc =
        sql_prepare(h->db,
                    sql_kind(h->db) == SQL_SQLITE
                        ? "SELECT at, position FROM mock_focus WHERE mock_id = ? ORDER BY at, rowid"
                        : "SELECT at, position FROM mock_focus WHERE mock_id = ? ORDER BY at, seq",
                    &st);
    if (rc != SQLITE_OK)
        return rc;
    sql_bind_int64(st, 1, m->id);
    while ((rc = sql_step(st)) == SQLITE_ROW) {
        m->focus = xrealloc(m->focus, (m->nfocus + 1) * sizeof(*m->focus));
        struct hist_mock_focus *f = &m->focus[m->nfocus++];
        column_copy(st, 0, f->at, sizeof(f->at));
        f->position = (int)sql_column_int64(st, 1);
    }
    sql_finalize(st);
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

#define MOCK_COLUMNS "id, \"user\", started_at, deadline, minutes, finished_at, selection"

static void read_mock_row(struct sql_stmt *st, struct hist_mock *m)
{
    memset(m, 0, sizeof(*m));
    m->id = sql_column_int64(st, 0);
    m->user = column_dup(st, 1);
    if (!m->user)
        m->user = xstrdup("");
    column_copy(st, 2, m->started_at, sizeof(m->started_at));
    column_copy(st, 3, m->deadline, sizeof(m->deadline));
    m->minutes = (long)sql_column_int64(st, 4);
    column_copy(st, 5, m->finished_at, sizeof(m->finished_at));
    m->selection = column_dup(st, 6);
    if (!m->selection)
        m->selection = xstrdup("");
}

/* The mocks a query (binding one text or integer) selects, with their parts. */
static int query_mocks(struct hist_db *h, const char *sql, const char *text, long long number,
                       struct hist_mock **out, size_t *count, char *err, size_t errlen)
{
    struct sql_stmt *st;
    *out = NULL;
    *count = 0;
    /* One read transaction: the mocks and their parts from one state of the file. */
    if (begin_read(h) != SQLITE_OK)
        return db_fail(h, err, errlen, "cannot read the mocks");
    int rc = sql_prepare(h->db, sql, &st);
    if (rc == SQLITE_OK) {
        if (text)
            sql_bind_text(st, 1, text, strlen(text));
        else
            sql_bind_int64(st, 1, number);
        size_t cap = 0;
        while ((rc = sql_step(st)) == SQLITE_ROW) {
            if (*count == cap) {
                cap = cap ? 2 * cap : 8;
                *out = xrealloc(*out, cap * sizeof(**out));
            }
            read_mock_row(st, &(*out)[(*count)++]);
        }
        sql_finalize(st);
        rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
    }
    for (size_t i = 0; i < *count && rc == SQLITE_OK; i++)
        rc = read_mock_parts(h, &(*out)[i]);
    if (rc != SQLITE_OK)
        db_fail(h, err, errlen, "cannot read the mocks");
    sql_exec(h->db, "COMMIT");
    int ret = rc == SQLITE_OK ? HIST_OK : HIST_ESYSTEM;
    /* A mock's clock is its times: one that does not parse is a damaged file, refused here
     * rather than shown or computed with. */
    for (size_t i = 0; i < *count && ret == HIST_OK; i++) {
        const struct hist_mock *m = &(*out)[i];
        const char *bad = hist_parse_time(m->started_at) < 0                         ? "started_at"
                          : hist_parse_time(m->deadline) < 0                         ? "deadline"
                          : m->finished_at[0] && hist_parse_time(m->finished_at) < 0 ? "finished_at"
                                                                                     : NULL;
        if (bad)
            ret = set_error(err, errlen,
                            "%s: not a valid judge history: mock #%lld's %s is not a time "
                            "YYYY-MM-DDTHH:MM:SSZ",
                            h->path, m->id, bad);
    }
    if (ret != HIST_OK) {
        hist_mock_list_free(*out, *count);
        *out = NULL;
        *count = 0;
    }
    return ret;
}

/* The first of a query's mocks into out; HIST_ENOTFOUND when none. */
static int query_one_mock(struct hist_db *h, const char *sql, const char *text, long long number,
                          struct hist_mock *out, char *err, size_t errlen)
{
    struct hist_mock *list;
    size_t n;
    memset(out, 0, sizeof(*out));
    int r = query_mocks(h, sql, text, number, &list, &n, err, errlen);
    if (r != HIST_OK)
        return r;
    if (n == 0) {
        free(list);
        return HIST_ENOTFOUND;
    }
    *out = list[0];
    memset(&list[0], 0, sizeof(list[0]));
    hist_mock_list_free(list, n);
    return HIST_OK;
}

int hist_mock_current(struct hist_db *h, const char *user, struct hist_mock *out, char *err,
                      size_t errlen)
{
    return query_one_mock(h,
                          "SELECT " MOCK_COLUMNS " FROM mock_sessions WHERE \"user\" = ? AND "
                          "finished_at IS NULL ORDER BY id DESC LIMIT 1",
                          user, 0, out, err, errlen);
}

int hist_mock_get(struct hist_db *h, long long id, struct hist_mock *out, char *err, size_t errlen)
{
    int r = query_one_mock(h, "SELECT " MOCK_COLUMNS " FROM mock_sessions WHERE id = ?", NULL, id,
                           out, err, errlen);
    if (r == HIST_ENOTFOUND)
        set_error(err, errlen, "%s: no mock #%lld", h->path, id);
    return r;
}

int hist_mock_list(struct hist_db *h, const char *user, bool finished_only, struct hist_mock **out,
                   size_t *count, char *err, size_t errlen)
{
    return query_mocks(h,
                       finished_only
                           ? "SELECT " MOCK_COLUMNS " FROM mock_sessions WHERE \"user\" = ? "
                             "AND finished_at IS NOT NULL ORDER BY started_at, id"
                           : "SELECT " MOCK_COLUMNS " FROM mock_sessions WHERE \"user\" = ? "
                             "ORDER BY started_at, id",
                       user, 0, out, count, err, errlen);
}

struct mock_record_ctx {
    long long mock_id;
    const struct hist_submission *s;
    const struct hist_mock_submission *sc;
    long long id;
};

static int record_mock(struct hist_db *h, void *ctx)
{
    struct mock_record_ctx *c = ctx;
    struct sql_stmt *st;
    int rc = sql_prepare(h->db, "SELECT finished_at IS NULL FROM mock_sessions WHERE id = ?", &st);
    if (rc != SQLITE_OK)
        return rc;
    sql_bind_int64(st, 1, c->mock_id);
    rc = sql_step(st);
    bool open = rc == SQLITE_ROW && (int)sql_column_int64(st, 0) == 1;
    sql_finalize(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return rc;
    if (!open)
        return HIST_EBADFILE;
    if ((rc = insert_submission(h, c->s, &c->id)) != SQLITE_OK)
        return rc;
    rc = sql_prepare(h->db,
                     "INSERT INTO mock_submissions (submission_id, mock_id, position, score, "
                     "correctness_passed, correctness_total, performance_passed, "
                     "performance_total) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     &st);
    if (rc != SQLITE_OK)
        return rc;
    sql_bind_int64(st, 1, c->id);
    sql_bind_int64(st, 2, c->mock_id);
    sql_bind_int64(st, 3, c->sc->position);
    sql_bind_double(st, 4, c->sc->score);
    sql_bind_int64(st, 5, c->sc->correctness_passed);
    sql_bind_int64(st, 6, c->sc->correctness_total);
    sql_bind_int64(st, 7, c->sc->performance_passed);
    sql_bind_int64(st, 8, c->sc->performance_total);
    rc = step_done(st);
    sql_finalize(st);
    if (rc == SQLITE_OK)
        rc = insert_focus(h, c->mock_id, c->sc->position, c->s->judged_at);
    return rc;
}

int hist_mock_record(struct hist_db *h, long long mock_id, const struct hist_submission *s,
                     const struct hist_mock_submission *sc, long long *id, char *err, size_t errlen)
{
    struct mock_record_ctx c = {.mock_id = mock_id, .s = s, .sc = sc};
    int r = write_transaction(h, record_mock, &c, "cannot record the submission", err, errlen);
    if (r == HIST_EBADFILE)
        set_error(err, errlen, "%s: mock #%lld is over: the submission is not recorded", h->path,
                  mock_id);
    *id = c.id;
    return r;
}

struct mock_focus_ctx {
    long long mock_id;
    int position;
    const char *at;
};

static int focus_mock(struct hist_db *h, void *ctx)
{
    struct mock_focus_ctx *c = ctx;
    return insert_focus(h, c->mock_id, c->position, c->at);
}

int hist_mock_focus(struct hist_db *h, long long mock_id, int position, const char *at, char *err,
                    size_t errlen)
{
    struct mock_focus_ctx c = {mock_id, position, at};
    return write_transaction(h, focus_mock, &c, "cannot record the mock", err, errlen);
}

struct mock_finish_ctx {
    long long mock_id;
    const char *at;
};

static int finish_mock(struct hist_db *h, void *ctx)
{
    struct mock_finish_ctx *c = ctx;
    struct sql_stmt *st;
    int rc = sql_prepare(h->db,
                         "UPDATE mock_sessions SET finished_at = ? WHERE id = ? AND "
                         "finished_at IS NULL",
                         &st);
    if (rc != SQLITE_OK)
        return rc;
    bind_utf8(st, 1, c->at);
    sql_bind_int64(st, 2, c->mock_id);
    rc = step_done(st);
    sql_finalize(st);
    return rc;
}

int hist_mock_finish(struct hist_db *h, long long mock_id, const char *finished_at, char *err,
                     size_t errlen)
{
    struct mock_finish_ctx c = {mock_id, finished_at};
    return write_transaction(h, finish_mock, &c, "cannot finish the mock", err, errlen);
}

/* ---- the group's calendar ---- */

int hist_calendar_get(struct hist_db *h, struct week_calendar *cal, char *err, size_t errlen)
{
    struct sql_stmt *st;
    memset(cal, 0, sizeof(*cal));
    if (sql_prepare(h->db, "SELECT starts, every_days, sets FROM calendar WHERE id = 1", &st) !=
        SQLITE_OK)
        return db_fail(h, err, errlen, "cannot read the group's calendar");
    int rc = sql_step(st);
    if (rc == SQLITE_ROW) {
        const char *starts = sql_column_text(st, 0);
        long long every = sql_column_int64(st, 1);
        const char *sets = sql_column_text(st, 2);
        cJSON *list = sets ? cJSON_Parse(sets) : NULL;
        int ret = HIST_OK;
        if (!starts || week_date_parse(starts, &cal->start_day) < 0)
            ret = set_error(err, errlen, "%s: calendar: starts is not a date", h->path);
        else if (every < WEEK_EVERY_MIN || every > WEEK_EVERY_MAX)
            ret = set_error(err, errlen, "%s: calendar: every_days is not %d to %d", h->path,
                            WEEK_EVERY_MIN, WEEK_EVERY_MAX);
        else if (sets && !cJSON_IsArray(list))
            ret = set_error(err, errlen, "%s: calendar: sets is not a JSON list", h->path);
        if (ret == HIST_OK) {
            cal->stored = true;
            cal->every_days = (int)every;
            const cJSON *item;
            if (sets)
                cal->order = xcalloc((size_t)cJSON_GetArraySize(list) + 1, sizeof(char *));
            cJSON_ArrayForEach(item, list)
            {
                if (cJSON_IsString(item))
                    cal->order[cal->norder++] = xstrdup(item->valuestring);
            }
        } else {
            ret = HIST_EBADFILE;
        }
        cJSON_Delete(list);
        sql_finalize(st);
        if (ret != HIST_OK)
            week_calendar_release(cal);
        return ret;
    }
    sql_finalize(st);
    if (rc != SQLITE_DONE)
        return db_fail(h, err, errlen, "cannot read the group's calendar");

    /* None set: the week of the first submission, else this week. */
    int day = week_today();
    if (sql_prepare(h->db, "SELECT MIN(judged_at) FROM submissions", &st) != SQLITE_OK)
        return db_fail(h, err, errlen, "cannot read the history");
    if ((rc = sql_step(st)) == SQLITE_ROW && sql_column_text(st, 0)) {
        long long first = hist_parse_time(sql_column_text(st, 0));
        if (first >= 0)
            day = week_local_day((time_t)first);
    }
    sql_finalize(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return db_fail(h, err, errlen, "cannot read the history");
    week_calendar_default(cal, day);
    return HIST_OK;
}

struct calendar_write {
    const struct week_calendar *cal;
    const char *by;
    char at[21];
};

static int write_calendar(struct hist_db *h, void *ctx)
{
    struct calendar_write *w = ctx;
    char starts[11];
    char *sets = NULL;
    week_date_format(w->cal->start_day, starts);
    if (w->cal->order) {
        cJSON *list = cJSON_CreateArray();
        for (size_t i = 0; i < w->cal->norder; i++)
            cJSON_AddItemToArray(list, cJSON_CreateString(w->cal->order[i]));
        sets = cJSON_PrintUnformatted(list);
        cJSON_Delete(list);
    }
    const char *texts[] = {starts, sets, w->by, w->at};
    const long long every[] = {w->cal->every_days};
    int rc = exec_bound(h,
                        "INSERT INTO calendar (id, every_days, starts, sets, set_by, "
                        "set_at) VALUES (1, ?1, ?2, ?3, ?4, ?5) ON CONFLICT (id) DO UPDATE SET "
                        "every_days = excluded.every_days, starts = excluded.starts, "
                        "sets = excluded.sets, set_by = excluded.set_by, set_at = excluded.set_at",
                        texts, 4, every, 1);
    free(sets);
    return rc;
}

int hist_calendar_set(struct hist_db *h, const struct week_calendar *cal, const char *by, char *err,
                      size_t errlen)
{
    struct calendar_write w = {.cal = cal, .by = by};
    record_time(w.at);
    return write_transaction(h, write_calendar, &w, "cannot record the group's calendar", err,
                             errlen);
}

int hist_calendar_read(const char *db, struct week_calendar *cal, char *err, size_t errlen)
{
    struct hist_db *h;
    if (!hist_exists(db)) {
        week_calendar_default(cal, week_today());
        return HIST_OK;
    }
    int r = hist_open(db, false, &h, err, errlen);
    if (r != HIST_OK)
        return r;
    r = hist_calendar_get(h, cal, err, errlen);
    hist_close(h);
    return r;
}

static int weeks_load(struct week_set *set, const char *problems_dir, struct week_calendar *cal,
                      bool all, char *err, size_t errlen)
{
    int r = all ? week_set_load_all(set, problems_dir, cal, err, errlen)
                : week_set_load(set, problems_dir, cal, err, errlen);
    week_calendar_release(cal);
    return r < 0 ? HIST_EBADFILE : HIST_OK;
}

int hist_weeks_load(struct week_set *set, const char *problems_dir, const char *db, bool all,
                    char *err, size_t errlen)
{
    struct week_calendar cal;
    memset(set, 0, sizeof(*set));
    int r = hist_calendar_read(db, &cal, err, errlen);
    return r != HIST_OK ? r : weeks_load(set, problems_dir, &cal, all, err, errlen);
}

int hist_weeks_load_db(struct week_set *set, const char *problems_dir, struct hist_db *db, bool all,
                       char *err, size_t errlen)
{
    struct week_calendar cal;
    memset(set, 0, sizeof(*set));
    int r = hist_calendar_get(db, &cal, err, errlen);
    return r != HIST_OK ? r : weeks_load(set, problems_dir, &cal, all, err, errlen);
}

/* ---- packages (schema version 6) ---- */

/* Now in ms since the epoch by the database's clock: leases are compared with one clock,
 * whatever the workers' machines think the time is. */
static const char *db_now_ms(struct hist_db *h)
{
    return sql_kind(h->db) == SQL_SQLITE
               ? "CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER)"
               : "CAST(extract(epoch FROM clock_timestamp()) * 1000 AS BIGINT)";
}

struct package_write {
    const char *dir;
    const struct pkg_manifest *m;
    const char *problem;
    const char *user;
    char at[21];
    bool added;
    char *err;
    size_t errlen;
};

static int write_package(struct hist_db *h, void *ctx)
{
    struct package_write *w = ctx;
    struct sql_stmt *st;
    int rc = sql_prepare(h->db, "SELECT 1 FROM packages WHERE sha256 = ?", &st);
    if (rc != SQLITE_OK)
        return rc;
    sql_bind_text(st, 1, w->m->sha256, strlen(w->m->sha256));
    rc = sql_step(st);
    sql_finalize(st);
    w->added = rc == SQLITE_DONE;
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return rc;
    if (!w->added)
        return SQLITE_OK;
    struct sql_stmt *has, *put;
    if ((rc = sql_prepare(h->db, "SELECT 1 FROM blobs WHERE sha256 = ?", &has)) != SQLITE_OK)
        return rc;
    if ((rc = sql_prepare(
             h->db, "INSERT INTO blobs (sha256, content) VALUES (?, ?) ON CONFLICT DO NOTHING",
             &put)) != SQLITE_OK) {
        sql_finalize(has);
        return rc;
    }
    rc = SQLITE_OK;
    for (size_t i = 0; i < w->m->count && rc == SQLITE_OK; i++) {
        const struct pkg_file *f = &w->m->files[i];
        sql_reset(has);
        sql_bind_text(has, 1, f->sha256, 64);
        rc = sql_step(has);
        if (rc == SQLITE_ROW) {
            rc = SQLITE_OK; /* a file the database holds already (another package's) */
            continue;
        }
        if (rc != SQLITE_DONE)
            break;
        if (!w->dir) {
            /* Published over the API: every file was sent first (hist_blob_put). */
            set_error(w->err, w->errlen, "package %.12s: %s was not sent", w->m->sha256, f->path);
            rc = HIST_EBADFILE;
            break;
        }
        size_t len;
        char *data = pkg_file_read(w->dir, f, &len, w->err, w->errlen);
        if (!data) {
            rc = HIST_EBADFILE;
            break;
        }
        sql_reset(put);
        sql_bind_text(put, 1, f->sha256, 64);
        sql_bind_blob(put, 2, data, len);
        rc = step_done(put);
        free(data);
    }
    sql_finalize(has);
    sql_finalize(put);
    if (rc != SQLITE_OK)
        return rc;
    const char *texts[] = {w->m->sha256, w->problem, w->m->json, w->user, w->at};
    return exec_bound(h,
                      "INSERT INTO packages (sha256, problem, manifest, pushed_by, pushed_at) "
                      "VALUES (?1, ?2, ?3, ?4, ?5)",
                      texts, 5, NULL, 0);
}

int hist_package_push(struct hist_db *h, const char *dir, const struct pkg_manifest *m,
                      const char *problem, const char *user, bool *added, char *err, size_t errlen)
{
    struct package_write w = {
        .dir = dir, .m = m, .problem = problem, .user = user, .err = err, .errlen = errlen};
    record_time(w.at);
    int r = write_transaction(h, write_package, &w, "cannot store the package", err, errlen);
    *added = w.added;
    return r;
}

static int fetch_blob(void *ctx, const char *sha256, char **data, size_t *len, char *err,
                      size_t errlen)
{
    struct hist_db *h = ctx;
    struct sql_stmt *st;
    /* Its length first: a blob larger than a package file may be is not read at all. */
    if (sql_prepare(h->db,
                    "SELECT CASE WHEN length(content) <= ?2 THEN content END, length(content) "
                    "FROM blobs WHERE sha256 = ?1",
                    &st) != SQLITE_OK)
        return db_fail(h, err, errlen, "cannot read a package");
    sql_bind_text(st, 1, sha256, strlen(sha256));
    sql_bind_int64(st, 2, PKG_FILE_MAX);
    int rc = sql_step(st);
    if (rc == SQLITE_ROW && sql_column_null(st, 0)) {
        set_error(err, errlen, "%s: file %.12s of a package is larger than %ld MiB", h->path,
                  sha256, PKG_FILE_MAX >> 20);
        sql_finalize(st);
        return -2;
    }
    if (rc == SQLITE_ROW) {
        *len = sql_column_bytes(st, 0);
        *data = bytes_dup(sql_column_blob(st, 0), *len);
    } else if (rc == SQLITE_DONE) {
        set_error(err, errlen, "%s: file %.12s of a package is missing", h->path, sha256);
    } else {
        db_fail(h, err, errlen, "cannot read a package");
    }
    sql_finalize(st);
    return rc == SQLITE_ROW ? 0 : rc == SQLITE_DONE ? -2 : -1;
}

/* The stored manifest of package sha256, parsed; HIST_ENOTFOUND when there is none. */
static int load_manifest(struct hist_db *h, const char *sha256, struct pkg_manifest *m, char *err,
                         size_t errlen)
{
    struct sql_stmt *st;
    if (sql_prepare(h->db,
                    "SELECT CASE WHEN length(manifest) <= ?2 THEN manifest ELSE '' END FROM "
                    "packages WHERE sha256 = ?1",
                    &st) != SQLITE_OK)
        return db_fail(h, err, errlen, "cannot read a package");
    sql_bind_int64(st, 2, PKG_MANIFEST_MAX);
    sql_bind_text(st, 1, sha256, strlen(sha256));
    int rc = sql_step(st);
    if (rc != SQLITE_ROW) {
        sql_finalize(st);
        if (rc != SQLITE_DONE)
            return db_fail(h, err, errlen, "cannot read a package");
        set_error(err, errlen, "%s: no package %.12s (judge problems push stores it)", h->path,
                  sha256);
        return HIST_ENOTFOUND;
    }
    char *json = column_dup(st, 0);
    sql_finalize(st);
    int r = pkg_manifest_parse(json ? json : "", json ? strlen(json) : 0, sha256, m, err, errlen);
    free(json);
    return r < 0 ? HIST_EBADFILE : HIST_OK;
}

int hist_package_fetch(struct hist_db *h, const char *sha256, char **path, char *err, size_t errlen)
{
    struct pkg_manifest m;
    *path = NULL;
    int r = load_manifest(h, sha256, &m, err, errlen);
    if (r != HIST_OK)
        return r;
    r = pkg_materialize(&m, fetch_blob, h, path, err, errlen);
    pkg_manifest_release(&m);
    return r == -2 ? HIST_EBADFILE : r < 0 ? HIST_ESYSTEM : HIST_OK;
}

int hist_package_install(struct hist_db *h, const char *sha256, const char *dir, const char *name,
                         pkg_check_fn check, void *check_ctx, char *err, size_t errlen)
{
    struct pkg_manifest m;
    int r = load_manifest(h, sha256, &m, err, errlen);
    if (r != HIST_OK)
        return r;
    r = pkg_install(&m, fetch_blob, h, dir, name, check, check_ctx, err, errlen);
    pkg_manifest_release(&m);
    return r == -2 ? HIST_EBADFILE : r < 0 ? HIST_ESYSTEM : HIST_OK;
}

int hist_blobs_missing(struct hist_db *h, const struct pkg_manifest *m, char ***missing,
                       size_t *count, char *err, size_t errlen)
{
    struct sql_stmt *st;
    *missing = NULL;
    *count = 0;
    if (sql_prepare(h->db, "SELECT 1 FROM blobs WHERE sha256 = ?", &st) != SQLITE_OK)
        return db_fail(h, err, errlen, "cannot read the stored files");
    int rc = SQLITE_DONE;
    for (size_t i = 0; i < m->count; i++) {
        bool listed = false;
        for (size_t k = 0; k < *count && !listed; k++)
            listed = strcmp((*missing)[k], m->files[i].sha256) == 0;
        if (listed)
            continue;
        sql_reset(st);
        sql_bind_text(st, 1, m->files[i].sha256, 64);
        if ((rc = sql_step(st)) == SQLITE_ROW)
            continue;
        if (rc != SQLITE_DONE)
            break;
        *missing = xrealloc(*missing, (*count + 1) * sizeof(**missing));
        (*missing)[(*count)++] = xstrdup(m->files[i].sha256);
    }
    sql_finalize(st);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        for (size_t k = 0; k < *count; k++)
            free((*missing)[k]);
        free(*missing);
        *missing = NULL;
        *count = 0;
        return db_fail(h, err, errlen, "cannot read the stored files");
    }
    return HIST_OK;
}

struct blob_write {
    const char *sha256;
    const void *data;
    size_t len;
};

static int write_blob(struct hist_db *h, void *ctx)
{
    struct blob_write *b = ctx;
    struct sql_stmt *st;
    int rc = sql_prepare(
        h->db, "INSERT INTO blobs (sha256, content) VALUES (?, ?) ON CONFLICT DO NOTHING", &st);
    if (rc != SQLITE_OK)
        return rc;
    sql_bind_text(st, 1, b->sha256, 64);
    sql_bind_blob(st, 2, b->data, b->len);
    rc = step_done(st);
    sql_finalize(st);
    return rc;
}

int hist_blob_put(struct hist_db *h, const char *sha256, const void *data, size_t len, char *err,
                  size_t errlen)
{
    char got[65];
    sha256_hex(data, len, got);
    if (strlen(sha256) != 64 || strcmp(got, sha256) != 0)
        return set_error(err, errlen, "the file's bytes have SHA-256 %s, not %.64s", got, sha256);
    if (len > PKG_FILE_MAX)
        return set_error(err, errlen, "a package's file is at most %ld MiB", PKG_FILE_MAX >> 20);
    struct blob_write b = {.sha256 = sha256, .data = data, .len = len};
    return write_transaction(h, write_blob, &b, "cannot store a package's file", err, errlen);
}

/* ---- the queue (schema version 6) ---- */

void hist_queued_release(struct hist_queued *q)
{
    free(q->user);
    free(q->problem);
    free(q->package);
    free(q->week);
    free(q->filename);
    free(q->language);
    free(q->source);
    free(q->state);
    free(q->worker);
    free(q->message);
    memset(q, 0, sizeof(*q));
}

void hist_queue_list_free(struct hist_queued *list, size_t count)
{
    for (size_t i = 0; i < count; i++)
        hist_queued_release(&list[i]);
    free(list);
}

struct queue_add {
    const struct hist_queued *q;
    long long id;
};

static int write_queued(struct hist_db *h, void *ctx)
{
    struct queue_add *w = ctx;
    const struct hist_queued *q = w->q;
    struct sql_stmt *st;
    int rc = sql_prepare(h->db,
                         "INSERT INTO queue (\"user\", problem, package, week, filename, language, "
                         "source, queued_at, state, attempts, lease) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'queued', 0, 0) RETURNING id",
                         &st);
    if (rc != SQLITE_OK)
        return rc;
    bind_utf8(st, 1, q->user);
    bind_utf8(st, 2, q->problem);
    bind_utf8(st, 3, q->package);
    if (q->week)
        bind_utf8(st, 4, q->week);
    else
        sql_bind_null(st, 4);
    bind_utf8(st, 5, q->filename);
    if (q->language)
        bind_utf8(st, 6, q->language);
    else
        sql_bind_null(st, 6);
    sql_bind_blob(st, 7, q->source, q->source_len);
    bind_utf8(st, 8, q->queued_at);
    rc = step_id(st, &w->id);
    sql_finalize(st);
    return rc;
}

int hist_queue_add(struct hist_db *h, const struct hist_queued *q, long long *id, char *err,
                   size_t errlen)
{
    struct queue_add w = {.q = q};
    int r = write_transaction(h, write_queued, &w, "cannot queue the submission", err, errlen);
    *id = w.id;
    return r;
}

#define QUEUED_COLUMNS                                                                             \
    "id, \"user\", problem, package, week, filename, language, queued_at, state, attempts, "       \
    "lease, worker, submission_id, message"

static void read_queued(struct sql_stmt *st, struct hist_queued *q)
{
    memset(q, 0, sizeof(*q));
    q->id = sql_column_int64(st, 0);
    q->user = column_dup_or_empty(st, 1);
    q->problem = column_dup_or_empty(st, 2);
    q->package = column_dup_or_empty(st, 3);
    q->week = column_dup(st, 4);
    q->filename = column_dup_or_empty(st, 5);
    q->language = column_dup(st, 6);
    column_copy(st, 7, q->queued_at, sizeof(q->queued_at));
    q->state = column_dup_or_empty(st, 8);
    q->attempts = (long)sql_column_int64(st, 9);
    q->lease = sql_column_int64(st, 10);
    q->worker = column_dup(st, 11);
    q->submission_id = sql_column_int64(st, 12);
    q->message = column_dup(st, 13);
}

int hist_queue_claim(struct hist_db *h, const char *worker, long lease_ms, long max_attempts,
                     struct hist_queued *out, char *err, size_t errlen)
{
    memset(out, 0, sizeof(*out));
    bool pg = sql_kind(h->db) == SQL_POSTGRES;
    /* The oldest waiting, or judging under a lease that ran out. On PostgreSQL the row is
     * locked, and rows other workers hold locked are skipped: workers do not wait for each
     * other. On SQLite the write lock is taken first (one claim at a time). */
    /* A source over the bound a history keeps is not read (a row written by hand): NULL,
     * and the submission fails. A lease without an end is one that ran out. */
    char *pick = xasprintf("SELECT " QUEUED_COLUMNS ", CASE WHEN length(source) <= %d THEN "
                           "source END FROM queue WHERE state = 'queued' OR (state = 'judging' "
                           "AND (lease_until IS NULL OR lease_until < %s)) ORDER BY id LIMIT 1%s",
                           HIST_SOURCE_MAX, db_now_ms(h), pg ? " FOR UPDATE SKIP LOCKED" : "");
    char *take =
        xasprintf("UPDATE queue SET state = ?1, attempts = attempts + 1, lease = lease + 1, "
                  "lease_until = %s + ?2, worker = ?3, message = ?4 WHERE id = ?5",
                  db_now_ms(h));
    long long deadline = now_ms() + RETRY_FOR_MS;
    int ret;
    for (;;) {
        struct sql_stmt *st = NULL;
        int rc = exec_retry(h->db, pg ? "BEGIN" : "BEGIN IMMEDIATE");
        bool found = false, abandon = false;
        if (rc == SQLITE_OK)
            rc = sql_prepare(h->db, pick, &st);
        if (rc == SQLITE_OK) {
            rc = sql_step(st);
            if (rc == SQLITE_ROW) {
                found = true;
                read_queued(st, out);
                out->source_len = sql_column_bytes(st, 14);
                out->source = sql_column_null(st, 14)
                                  ? NULL /* over the bound: judge_queued refuses it */
                                  : bytes_dup(sql_column_blob(st, 14), out->source_len);
                rc = SQLITE_OK;
            } else if (rc == SQLITE_DONE) {
                rc = SQLITE_OK;
            }
            sql_finalize(st);
        }
        if (rc == SQLITE_OK && found) {
            abandon = out->attempts >= max_attempts;
            char *why = abandon ? xasprintf("given up after %ld attempts (%s)", out->attempts,
                                            out->message ? out->message : "its workers stopped")
                                : NULL;
            rc = sql_prepare(h->db, take, &st);
            if (rc == SQLITE_OK) {
                const char *state = abandon ? "failed" : "judging";
                sql_bind_text(st, 1, state, strlen(state));
                sql_bind_int64(st, 2, lease_ms);
                bind_utf8(st, 3, worker);
                if (why)
                    bind_utf8(st, 4, why);
                else if (out->message)
                    bind_utf8(st, 4, out->message);
                else
                    sql_bind_null(st, 4);
                sql_bind_int64(st, 5, out->id);
                rc = step_done(st);
                sql_finalize(st);
            }
            free(why);
        }
        if (rc == SQLITE_OK)
            rc = exec_retry(h->db, "COMMIT");
        if (rc == SQLITE_OK && abandon) {
            hist_queued_release(out);
            continue; /* the next one */
        }
        if (rc == SQLITE_OK && found) {
            out->lease++;
            out->attempts++;
            free(out->state);
            out->state = xstrdup("judging");
            ret = HIST_OK;
            break;
        }
        if (rc == SQLITE_OK) {
            ret = HIST_ENOTFOUND;
            break;
        }
        db_fail(h, err, errlen, "cannot claim a queued submission");
        sql_exec(h->db, "ROLLBACK");
        hist_queued_release(out);
        if (!is_busy(rc) || now_ms() >= deadline) {
            ret = HIST_ESYSTEM;
            break;
        }
        backoff();
    }
    free(pick);
    free(take);
    return ret;
}

int hist_queue_renew(struct hist_db *h, long long id, long long lease, long lease_ms, bool *held,
                     char *err, size_t errlen)
{
    char *sql = xasprintf("UPDATE queue SET lease_until = %s + ?1 WHERE id = ?2 AND lease = ?3 "
                          "AND state = 'judging' RETURNING id",
                          db_now_ms(h));
    struct sql_stmt *st;
    int rc = sql_prepare(h->db, sql, &st);
    free(sql);
    *held = false;
    if (rc != SQLITE_OK)
        return db_fail(h, err, errlen, "cannot renew a lease");
    sql_bind_int64(st, 1, lease_ms);
    sql_bind_int64(st, 2, id);
    sql_bind_int64(st, 3, lease);
    rc = sql_step(st);
    *held = rc == SQLITE_ROW; /* no row: the lease is another's now */
    if (rc == SQLITE_ROW)
        rc = sql_step(st);
    sql_finalize(st);
    return rc == SQLITE_DONE ? HIST_OK : db_fail(h, err, errlen, "cannot renew a lease");
}

struct queue_finish {
    long long id, lease;
    const struct hist_submission *s;
    long long submission_id;
    bool discarded;
};

/* Whether (id, lease) is still ours, with the row locked on PostgreSQL. */
/* Whether (id, lease) is still ours, with the row locked on PostgreSQL; *done_by the
 * submission it became when it is done under our lease already (a commit whose reply was
 * lost, written again on a new connection). */
static int lease_held(struct hist_db *h, long long id, long long lease, bool *held,
                      long long *done_by)
{
    struct sql_stmt *st;
    int rc = sql_prepare(h->db,
                         sql_kind(h->db) == SQL_POSTGRES
                             ? "SELECT lease, state, submission_id FROM queue WHERE id = ? FOR "
                               "UPDATE"
                             : "SELECT lease, state, submission_id FROM queue WHERE id = ?",
                         &st);
    if (rc != SQLITE_OK)
        return rc;
    sql_bind_int64(st, 1, id);
    rc = sql_step(st);
    bool ours = rc == SQLITE_ROW && sql_column_int64(st, 0) == lease && sql_column_text(st, 1);
    *held = ours && strcmp(sql_column_text(st, 1), "judging") == 0;
    *done_by = ours && strcmp(sql_column_text(st, 1), "done") == 0 ? sql_column_int64(st, 2) : 0;
    sql_finalize(st);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? SQLITE_OK : rc;
}

static int write_finish(struct hist_db *h, void *ctx)
{
    struct queue_finish *w = ctx;
    bool held;
    long long done_by;
    int rc = lease_held(h, w->id, w->lease, &held, &done_by);
    if (rc != SQLITE_OK)
        return rc;
    if (done_by) {
        w->submission_id = done_by; /* recorded by this worker already */
        return SQLITE_OK;
    }
    w->discarded = !held;
    if (!held)
        return SQLITE_OK; /* written by nobody here: the commit is empty */
    if ((rc = insert_submission(h, w->s, &w->submission_id)) != SQLITE_OK)
        return rc;
    const long long ints[] = {w->submission_id, w->id};
    return exec_bound(h,
                      "UPDATE queue SET state = 'done', submission_id = ?1, lease_until = NULL, "
                      "message = NULL WHERE id = ?2",
                      NULL, 0, ints, 2);
}

int hist_queue_finish(struct hist_db *h, long long id, long long lease,
                      const struct hist_submission *s, long long *submission_id, bool *discarded,
                      char *err, size_t errlen)
{
    struct queue_finish w = {.id = id, .lease = lease, .s = s};
    int r = write_transaction(h, write_finish, &w, "cannot record the submission", err, errlen);
    *submission_id = w.submission_id;
    *discarded = w.discarded;
    return r;
}

struct queue_release {
    long long id, lease;
    const char *message;
    bool final;
};

static int write_release(struct hist_db *h, void *ctx)
{
    struct queue_release *w = ctx;
    bool held;
    long long done_by;
    int rc = lease_held(h, w->id, w->lease, &held, &done_by);
    if (rc != SQLITE_OK || !held)
        return rc;
    const char *texts[] = {w->final ? "failed" : "queued", w->message};
    const long long ints[] = {w->id};
    return exec_bound(h,
                      "UPDATE queue SET state = ?2, message = ?3, lease_until = NULL WHERE id = ?1",
                      texts, 2, ints, 1);
}

int hist_queue_release(struct hist_db *h, long long id, long long lease, const char *message,
                       bool final, char *err, size_t errlen)
{
    struct queue_release w = {.id = id, .lease = lease, .message = message, .final = final};
    return write_transaction(h, write_release, &w, "cannot give the submission back", err, errlen);
}

int hist_queue_list(struct hist_db *h, long limit, struct hist_queued **out, size_t *count,
                    char *err, size_t errlen)
{
    struct sql_stmt *st;
    size_t cap = 0;
    *out = NULL;
    *count = 0;
    char *sql = xasprintf("SELECT " QUEUED_COLUMNS " FROM queue ORDER BY id DESC LIMIT %ld",
                          limit > 0 ? limit : -1L);
    if (sql_kind(h->db) == SQL_POSTGRES && limit <= 0) {
        free(sql);
        sql = xstrdup("SELECT " QUEUED_COLUMNS " FROM queue ORDER BY id DESC");
    }
    int rc = sql_prepare(h->db, sql, &st);
    free(sql);
    if (rc != SQLITE_OK)
        return db_fail(h, err, errlen, "cannot read the queue");
    while ((rc = sql_step(st)) == SQLITE_ROW)
        read_queued(st, list_grow((void **)out, count, &cap, sizeof(**out)));
    sql_finalize(st);
    if (rc != SQLITE_DONE) {
        hist_queue_list_free(*out, *count);
        *out = NULL;
        *count = 0;
        return db_fail(h, err, errlen, "cannot read the queue");
    }
    return HIST_OK;
}

int hist_queue_get(struct hist_db *h, long long id, struct hist_queued *out, char *err,
                   size_t errlen)
{
    struct sql_stmt *st;
    memset(out, 0, sizeof(*out));
    if (sql_prepare(h->db, "SELECT " QUEUED_COLUMNS " FROM queue WHERE id = ?", &st) != SQLITE_OK)
        return db_fail(h, err, errlen, "cannot read the queue");
    sql_bind_int64(st, 1, id);
    int rc = sql_step(st);
    if (rc == SQLITE_ROW)
        read_queued(st, out);
    sql_finalize(st);
    if (rc == SQLITE_ROW)
        return HIST_OK;
    if (rc != SQLITE_DONE)
        return db_fail(h, err, errlen, "cannot read the queue");
    set_error(err, errlen, "%s: no queued submission #%lld", h->path, id);
    return HIST_ENOTFOUND;
}

/* ---- copying a history (judge db copy) ---- */

/* The tables in an order their references allow (shapes[] lists them so). */
static const struct table_shape *current_tables(void)
{
    return shapes[HIST_SCHEMA_VERSION];
}

/* "a", "b", ... of a table's columns, quoted; with types in *types (the shape's). */
static char *column_list(const struct table_shape *t)
{
    struct strbuf sb = STRBUF_INIT;
    for (size_t i = 0; t->columns[i]; i++)
        strbuf_addf(&sb, "%s\"%.*s\"", i ? ", " : "", (int)strcspn(t->columns[i], " "),
                    t->columns[i]);
    return strbuf_detach(&sb);
}

static const char *column_type(const struct table_shape *t, size_t i)
{
    return t->columns[i] + strcspn(t->columns[i], " ") + 1;
}

/* Adds a row's column to a checksum, the same from either store: its kind and bytes. */
static void sum_column(struct sha256 *sum, struct sql_stmt *st, int col, const char *type)
{
    char buf[64];
    if (sql_column_null(st, col)) {
        sha256_add(sum, "N", 1);
        return;
    }
    if (strcmp(type, "INTEGER") == 0) {
        int n = snprintf(buf, sizeof(buf), "I%lld;", sql_column_int64(st, col));
        sha256_add(sum, buf, (size_t)n);
    } else if (strcmp(type, "REAL") == 0) {
        int n = snprintf(buf, sizeof(buf), "R%.17g;", sql_column_double(st, col));
        sha256_add(sum, buf, (size_t)n);
    } else {
        size_t len = sql_column_bytes(st, col);
        const void *data = sql_column_blob(st, col);
        int n = snprintf(buf, sizeof(buf), "B%zu:", len);
        sha256_add(sum, buf, (size_t)n);
        if (len)
            sha256_add(sum, data, len);
    }
}

/* Every row of table t in a canonical order: count and checksum. An SQLite code. */
static int table_sum(struct hist_db *h, const struct table_shape *t, long long *rows, char out[65])
{
    char *columns = column_list(t);
    struct strbuf order = STRBUF_INIT;
    for (size_t i = 0; t->columns[i]; i++)
        strbuf_addf(&order, "%s\"%.*s\" NULLS FIRST", i ? ", " : "",
                    (int)strcspn(t->columns[i], " "), t->columns[i]);
    char *sql = xasprintf("SELECT %s FROM %s ORDER BY %s", columns, t->name, order.buf);
    strbuf_release(&order);
    free(columns);
    struct sql_stmt *st;
    int rc = sql_prepare(h->db, sql, &st);
    free(sql);
    if (rc != SQLITE_OK)
        return rc;
    struct sha256 sum;
    sha256_begin(&sum);
    *rows = 0;
    while ((rc = sql_step(st)) == SQLITE_ROW) {
        for (size_t i = 0; t->columns[i]; i++)
            sum_column(&sum, st, (int)i, column_type(t, i));
        (*rows)++;
    }
    sql_finalize(st);
    sha256_end_hex(&sum, out);
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* Copies table t's rows from a to b (inside b's transaction). */
static int copy_table(struct hist_db *a, struct hist_db *b, const struct table_shape *t)
{
    char *columns = column_list(t);
    struct strbuf marks = STRBUF_INIT;
    size_t n = 0;
    for (; t->columns[n]; n++)
        strbuf_addstr(&marks, n ? ", ?" : "?");
    /* mock_focus's rows in the order they were made (nothing else orders them). */
    char *select = xasprintf("SELECT %s FROM %s%s", columns, t->name,
                             strcmp(t->name, "mock_focus") != 0 ? ""
                             : sql_kind(a->db) == SQL_SQLITE    ? " ORDER BY rowid"
                                                                : " ORDER BY seq");
    char *insert = xasprintf("INSERT INTO %s (%s) VALUES (%s)", t->name, columns, marks.buf);
    strbuf_release(&marks);
    free(columns);
    struct sql_stmt *from = NULL, *to = NULL;
    int rc = sql_prepare(a->db, select, &from);
    if (rc == SQLITE_OK)
        rc = sql_prepare(b->db, insert, &to);
    free(select);
    free(insert);
    while (rc == SQLITE_OK && (rc = sql_step(from)) == SQLITE_ROW) {
        sql_reset(to);
        for (size_t i = 0; i < n; i++) {
            const char *type = column_type(t, i);
            int col = (int)i;
            if (sql_column_null(from, col))
                sql_bind_null(to, col + 1);
            else if (strcmp(type, "INTEGER") == 0)
                sql_bind_int64(to, col + 1, sql_column_int64(from, col));
            else if (strcmp(type, "REAL") == 0)
                sql_bind_double(to, col + 1, sql_column_double(from, col));
            else if (strcmp(type, "BLOB") == 0 || (strcmp(t->name, "submissions") == 0 &&
                                                   strcmp(t->columns[i], "source TEXT") == 0))
                bind_source(b, to, col + 1, sql_column_blob(from, col),
                            sql_column_bytes(from, col));
            else
                sql_bind_text(to, col + 1, sql_column_text(from, col), sql_column_bytes(from, col));
        }
        rc = step_done(to);
    }
    if (rc == SQLITE_DONE)
        rc = SQLITE_OK;
    sql_finalize(from);
    sql_finalize(to);
    /* PostgreSQL's identity columns go on after the ids copied. */
    if (rc == SQLITE_OK && sql_kind(b->db) == SQL_POSTGRES &&
        strcmp(t->columns[0], "id INTEGER") == 0 && strcmp(t->name, "calendar") != 0) {
        char *sql = xasprintf("SELECT setval(pg_get_serial_sequence('%s', 'id'), "
                              "coalesce(max(id), 0) + 1, false) FROM %s",
                              t->name, t->name);
        rc = sql_exec(b->db, sql);
        free(sql);
    }
    return rc;
}

int hist_copy(struct hist_db *a, struct hist_db *b, hist_copy_fn progress, void *ctx, char *err,
              size_t errlen)
{
    const struct table_shape *tables = current_tables();
    if (begin_read(a) != SQLITE_OK)
        return db_fail(a, err, errlen, "cannot read the history");
    if (begin_write(b) != SQLITE_OK) {
        sql_exec(a->db, "COMMIT");
        return db_fail(b, err, errlen, "cannot start writing the history");
    }
    int ret = HIST_OK;
    /* Only into an empty history (ids are kept; two histories are not merged), seen empty in
     * the transaction that writes it. */
    for (const struct table_shape *t = tables; t->name && ret == HIST_OK; t++) {
        long long rows;
        char sum[65];
        if (table_sum(b, t, &rows, sum) != SQLITE_OK)
            ret = db_fail(b, err, errlen, "cannot read the history");
        else if (rows)
            ret = set_error(err, errlen,
                            "%s: not empty (%lld rows in %s): a history is copied only into an "
                            "empty one",
                            b->path, rows, t->name);
    }
    for (const struct table_shape *t = tables; t->name && ret == HIST_OK; t++) {
        long long rows_a, rows_b;
        char sum_a[65], sum_b[65];
        int rc = copy_table(a, b, t);
        if (rc != SQLITE_OK) {
            set_error(err, errlen, "%s: cannot copy %s: %s", b->path, t->name, sql_errmsg(b->db));
            ret = HIST_ESYSTEM;
            break;
        }
        if (table_sum(a, t, &rows_a, sum_a) != SQLITE_OK) {
            ret = db_fail(a, err, errlen, "cannot read the history");
            break;
        }
        if (table_sum(b, t, &rows_b, sum_b) != SQLITE_OK) {
            ret = db_fail(b, err, errlen, "cannot read the copy");
            break;
        }
        if (rows_a != rows_b || strcmp(sum_a, sum_b) != 0) {
            set_error(err, errlen,
                      "%s: the copy of %s differs (%lld rows, checksum %.12s; copied %lld, "
                      "%.12s): nothing written",
                      b->path, t->name, rows_a, sum_a, rows_b, sum_b);
            ret = HIST_ESYSTEM;
            break;
        }
        if (progress)
            progress(ctx, t->name, rows_a, sum_a);
    }
    if (ret == HIST_OK && exec_retry(b->db, "COMMIT") != SQLITE_OK)
        ret = db_fail(b, err, errlen, "cannot commit the copy");
    if (ret != HIST_OK)
        sql_exec(b->db, "ROLLBACK");
    sql_exec(a->db, "COMMIT");
    return ret;
}

/* ---- members (schema version 7) ---- */

/* A new token: "jt_" and 256 random bits in hex; its hash in sha256. */
static int new_token(char token[HIST_TOKEN_SIZE], char sha256[65])
{
    unsigned char bits[32];
    if (getrandom(bits, sizeof(bits), 0) != (ssize_t)sizeof(bits))
        return -1;
    memcpy(token, "jt_", 3);
    for (size_t i = 0; i < sizeof(bits); i++)
        snprintf(token + 3 + 2 * i, 3, "%02x", bits[i]);
    sha256_hex(token, strlen(token), sha256);
    explicit_bzero(bits, sizeof(bits));
    return 0;
}

struct member_write {
    const char *name;
    bool admin;
    const char *by;
    const char *hash;
    char at[21];
    bool found;
};

static int write_member_add(struct hist_db *h, void *ctx)
{
    struct member_write *w = ctx;
    const char *texts[] = {w->name, w->hash, w->by, w->at};
    const long long ints[] = {w->admin};
    return exec_bound(h,
                      "INSERT INTO members (admin, name, token_sha256, added_by, added_at) "
                      "VALUES (?1, ?2, ?3, ?4, ?5)",
                      texts, 4, ints, 1);
}

int hist_member_add(struct hist_db *h, const char *name, bool admin, const char *by,
                    char token[HIST_TOKEN_SIZE], char *err, size_t errlen)
{
    if (check_user(name, "the member's name", err, errlen) != HIST_OK)
        return HIST_EBADFILE;
    char hash[65];
    if (new_token(token, hash) < 0) {
        set_error(err, errlen, "cannot make a token: %s", strerror(errno));
        return HIST_ESYSTEM;
    }
    struct member_write w = {.name = name, .admin = admin, .by = by, .hash = hash};
    record_time(w.at);
    int r = write_transaction(h, write_member_add, &w, "cannot add the member", err, errlen);
    if (r == HIST_EBADFILE)
        set_error(err, errlen, "%s: %s is a member already (judge member rotate gives a new token)",
                  h->path, name);
    if (r != HIST_OK)
        explicit_bzero(token, HIST_TOKEN_SIZE);
    return r;
}

static int write_member_change(struct hist_db *h, void *ctx)
{
    struct member_write *w = ctx;
    const char *sql = w->hash
                          ? "UPDATE members SET token_sha256 = ?2, rotated_at = ?3 WHERE name = ?1 "
                            "AND revoked_at IS NULL RETURNING name"
                          : "UPDATE members SET revoked_at = ?2 WHERE name = ?1 AND revoked_at IS "
                            "NULL RETURNING name";
    struct sql_stmt *st;
    int rc = sql_prepare(h->db, sql, &st);
    if (rc != SQLITE_OK)
        return rc;
    /* Every parameter is used in the statement: PostgreSQL types each from its use. */
    bind_utf8(st, 1, w->name);
    if (w->hash)
        bind_utf8(st, 2, w->hash);
    bind_utf8(st, w->hash ? 3 : 2, w->at);
    rc = sql_step(st);
    w->found = rc == SQLITE_ROW;
    if (rc == SQLITE_ROW)
        rc = sql_step(st);
    sql_finalize(st);
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

int hist_member_rotate(struct hist_db *h, const char *name, char token[HIST_TOKEN_SIZE], char *err,
                       size_t errlen)
{
    char hash[65];
    if (new_token(token, hash) < 0) {
        set_error(err, errlen, "cannot make a token: %s", strerror(errno));
        return HIST_ESYSTEM;
    }
    struct member_write w = {.name = name, .hash = hash};
    record_time(w.at);
    int r = write_transaction(h, write_member_change, &w, "cannot replace the token", err, errlen);
    if (r == HIST_OK && !w.found) {
        set_error(err, errlen, "%s: no active member %s", h->path, name);
        r = HIST_ENOTFOUND;
    }
    if (r != HIST_OK)
        explicit_bzero(token, HIST_TOKEN_SIZE);
    return r;
}

int hist_member_revoke(struct hist_db *h, const char *name, char *err, size_t errlen)
{
    struct member_write w = {.name = name};
    record_time(w.at);
    int r = write_transaction(h, write_member_change, &w, "cannot revoke the member", err, errlen);
    if (r == HIST_OK && !w.found) {
        set_error(err, errlen, "%s: no active member %s", h->path, name);
        r = HIST_ENOTFOUND;
    }
    return r;
}

#define MEMBER_COLUMNS "name, admin, added_by, added_at, rotated_at, revoked_at"

static void read_member(struct sql_stmt *st, struct hist_member *m)
{
    memset(m, 0, sizeof(*m));
    m->name = column_dup_or_empty(st, 0);
    m->admin = sql_column_int64(st, 1) != 0;
    m->added_by = column_dup_or_empty(st, 2);
    column_copy(st, 3, m->added_at, sizeof(m->added_at));
    column_copy(st, 4, m->rotated_at, sizeof(m->rotated_at));
    column_copy(st, 5, m->revoked_at, sizeof(m->revoked_at));
}

void hist_member_release(struct hist_member *m)
{
    free(m->name);
    free(m->added_by);
    memset(m, 0, sizeof(*m));
}

void hist_members_free(struct hist_member *list, size_t count)
{
    for (size_t i = 0; i < count; i++)
        hist_member_release(&list[i]);
    free(list);
}

int hist_members_list(struct hist_db *h, struct hist_member **out, size_t *count, char *err,
                      size_t errlen)
{
    struct sql_stmt *st;
    size_t cap = 0;
    *out = NULL;
    *count = 0;
    if (sql_prepare(h->db, "SELECT " MEMBER_COLUMNS " FROM members ORDER BY name", &st) !=
        SQLITE_OK)
        return db_fail(h, err, errlen, "cannot read the members");
    int rc;
    while ((rc = sql_step(st)) == SQLITE_ROW)
        read_member(st, list_grow((void **)out, count, &cap, sizeof(**out)));
    sql_finalize(st);
    if (rc != SQLITE_DONE) {
        hist_members_free(*out, *count);
        *out = NULL;
        *count = 0;
        return db_fail(h, err, errlen, "cannot read the members");
    }
    return HIST_OK;
}

int hist_member_auth(struct hist_db *h, const char *token, struct hist_member *out, char *err,
                     size_t errlen)
{
    memset(out, 0, sizeof(*out));
    char hash[65];
    sha256_hex(token, strlen(token), hash);
    struct sql_stmt *st;
    if (sql_prepare(h->db,
                    "SELECT " MEMBER_COLUMNS " FROM members WHERE token_sha256 = ? AND "
                    "revoked_at IS NULL",
                    &st) != SQLITE_OK)
        return db_fail(h, err, errlen, "cannot read the members");
    sql_bind_text(st, 1, hash, 64);
    int rc = sql_step(st);
    if (rc == SQLITE_ROW)
        read_member(st, out);
    sql_finalize(st);
    if (rc == SQLITE_ROW)
        return HIST_OK;
    if (rc != SQLITE_DONE)
        return db_fail(h, err, errlen, "cannot read the members");
    set_error(err, errlen, "not a member's token (unknown, replaced or revoked)");
    return HIST_ENOTFOUND;
}
