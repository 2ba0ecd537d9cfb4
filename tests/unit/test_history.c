/* test_history.c: unit tests of the history (judge/history.c) on a database in a temporary
 * directory: recording and reading back, filters, the user and path defaults, times. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>
#include <sqlite3.h>

#include "judge/history.h"
#include "judge/honesty.h"
#include "judge/util.h"
#include "judge/weeks.h"

static char dir[] = "/tmp/test-history-XXXXXX";

static int setup(void **state)
{
    (void)state;
    memcpy(dir + strlen(dir) - 6, "XXXXXX", 6);
    return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    char command[256];
    snprintf(command, sizeof(command), "rm -rf '%s'", dir);
    return system(command) == 0 ? 0 : -1;
}

static char *in_dir(const char *name)
{
    return path_join(dir, name);
}

/* A judgement as judge_run leaves it, for a problem with three tests. */
static void make_judgement(struct judgement *j, struct problem *p, enum verdict verdict,
                           bool compiled)
{
    /* Writable arrays: the structs hold char *, as the loaders fill them. */
    static char id[] = "islands", title[] = "Count Islands", cpp[] = "cpp";
    static char t1[] = "sample-1", t2[] = "2", t3[] = "10", graphs[] = "graphs", bfs[] = "bfs";
    static char *test_names[] = {t1, t2, t3};
    static char *tags[] = {graphs, bfs};
    memset(j, 0, sizeof(*j));
    memset(p, 0, sizeof(*p));
    p->id = id;
    p->title = title;
    p->ntests = 3;
    p->tests = xcalloc(3, sizeof(*p->tests));
    for (size_t i = 0; i < 3; i++)
        p->tests[i].name = test_names[i];
    p->tags = tags;
    p->ntags = 2;

    j->problem_id = id;
    j->problem_title = title;
    j->language_id = cpp;
    j->verdict = verdict;
    j->compiled = compiled;
    j->total = 3;
    j->passed = compiled ? 1 : 0;
    j->max_time_ms = 120;
    j->max_memory_kib = 4096;
    j->tests = xcalloc(3, sizeof(*j->tests));
    j->shown = j->shown_sample = 3; /* no sample failed: nothing shown in full */
    if (compiled) {
        j->tests[0] = (struct test_result){
            .ran = true, .verdict = VERDICT_AC, .time_ms = 5, .memory_kib = 2048};
        j->tests[1] = (struct test_result){
            .ran = true, .verdict = verdict, .time_ms = 120, .memory_kib = 4096};
        snprintf(j->tests[1].message, sizeof(j->tests[1].message), "line 1: expected 3, got 4");
        /* tests[2] not run: --fail-fast */
    }
}

static void free_judgement(struct judgement *j, struct problem *p)
{
    free(j->tests);
    free(p->tests);
}

static long long record(struct hist_db *db, const char *user, const char *week,
                        enum verdict verdict, const char *when)
{
    struct judgement j;
    struct problem p;
    struct hist_submission s;
    char err[512];
    long long id;
    make_judgement(&j, &p, verdict, verdict != VERDICT_CE);
    setenv("JUDGE_NOW", when, 1);
    hist_submission_from_judgement(&s, &j, &p, user, week, "int main() {}\n", 14);
    unsetenv("JUDGE_NOW");
    assert_string_equal(s.judged_at, when);
    if (hist_record(db, &s, &id, err, sizeof(err)) != HIST_OK)
        fail_msg("%s", err);
    hist_submission_release(&s);
    free_judgement(&j, &p);
    return id;
}

static void test_open_creates_directories_and_schema(void **state)
{
    (void)state;
    char *path = in_dir("a/b/history.db");
    struct hist_db *db;
    char err[512];
    if (hist_open(path, true, &db, err, sizeof(err)) != HIST_OK)
        fail_msg("%s", err);
    hist_close(db);
    assert_true(is_file(path));

    sqlite3 *raw;
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_open(path, &raw), SQLITE_OK);
    char version[16];
    snprintf(version, sizeof(version), "%d", HIST_SCHEMA_VERSION);
    const char *checks[][2] = {{"PRAGMA user_version", version},
                               {"PRAGMA application_id", "1245988677"},
                               {"PRAGMA journal_mode", "wal"}};
    for (size_t i = 0; i < 3; i++) {
        assert_int_equal(sqlite3_prepare_v2(raw, checks[i][0], -1, &st, NULL), SQLITE_OK);
        assert_int_equal(sqlite3_step(st), SQLITE_ROW);
        assert_string_equal((const char *)sqlite3_column_text(st, 0), checks[i][1]);
        sqlite3_finalize(st);
    }
    sqlite3_close(raw);
    free(path);
}

static void test_reading_a_missing_history_creates_nothing(void **state)
{
    (void)state;
    char *path = in_dir("nothing/here.db");
    struct hist_db *db;
    struct hist_submission *list;
    size_t n;
    char err[512];
    struct hist_filter f = {0};
    /* Named (--db): a file that is not there is an error, and nothing is created. */
    assert_int_equal(hist_open(path, false, &db, err, sizeof(err)), HIST_EBADFILE);
    assert_non_null(strstr(err, "no history there"));
    /* The default path (here $JUDGE_DB): an empty history, and nothing is created. */
    setenv("JUDGE_DB", path, 1);
    assert_int_equal(hist_open(NULL, false, &db, err, sizeof(err)), HIST_OK);
    unsetenv("JUDGE_DB");
    assert_int_equal(hist_list(db, &f, &list, &n, err, sizeof(err)), HIST_OK);
    assert_int_equal(n, 0);
    hist_list_free(list, n);
    hist_close(db);
    char *parent = in_dir("nothing");
    assert_false(is_dir(parent));
    free(parent);
    free(path);
}

static void test_record_and_read_back(void **state)
{
    (void)state;
    char *path = in_dir("roundtrip.db");
    struct hist_db *db;
    char err[512];
    assert_int_equal(hist_open(path, true, &db, err, sizeof(err)), HIST_OK);
    long long id = record(db, "alice", "week-03", VERDICT_WA, "2026-11-24T10:00:00Z");
    assert_int_equal(id, 1);
    long long ce = record(db, "alice", NULL, VERDICT_CE, "2026-11-24T11:00:00Z");

    struct hist_submission s;
    assert_int_equal(hist_get(db, id, &s, err, sizeof(err)), HIST_OK);
    assert_string_equal(s.user, "alice");
    assert_string_equal(s.problem, "islands");
    assert_string_equal(s.problem_title, "Count Islands");
    assert_string_equal(s.week, "week-03");
    assert_string_equal(s.language, "cpp");
    assert_string_equal(s.verdict, "WA");
    assert_int_equal(s.passed, 1);
    assert_int_equal(s.total, 3);
    assert_int_equal(s.max_time_ms, 120);
    assert_int_equal(s.max_memory_kib, 4096);
    assert_string_equal(s.judged_at, "2026-11-24T10:00:00Z");
    assert_string_equal(s.judge_version, JUDGE_VERSION);
    assert_string_equal(s.source, "int main() {}\n");
    char sha[65];
    sha256_hex("int main() {}\n", 14, sha);
    assert_string_equal(s.source_sha256, sha);
    /* Tags come back sorted. */
    assert_int_equal(s.ntags, 2);
    assert_string_equal(s.tags[0], "bfs");
    assert_string_equal(s.tags[1], "graphs");
    assert_int_equal(s.ntests, 3);
    assert_string_equal(s.tests[0].name, "sample-1");
    assert_string_equal(s.tests[0].verdict, "AC");
    assert_string_equal(s.tests[1].verdict, "WA");
    assert_string_equal(s.tests[1].message, "line 1: expected 3, got 4");
    assert_int_equal(s.tests[1].time_ms, 120);
    assert_string_equal(s.tests[2].name, "10");
    assert_string_equal(s.tests[2].verdict, "skipped");
    assert_int_equal(s.tests[2].time_ms, -1);
    assert_string_equal(s.tests[2].message, "not run (--fail-fast)");
    hist_submission_release(&s);

    /* A compilation error keeps a row per test, none run. */
    assert_int_equal(hist_get(db, ce, &s, err, sizeof(err)), HIST_OK);
    assert_null(s.week);
    assert_int_equal(s.ntests, 3);
    for (size_t i = 0; i < 3; i++) {
        assert_string_equal(s.tests[i].verdict, "skipped");
        assert_string_equal(s.tests[i].message, "not run (compilation error)");
    }
    hist_submission_release(&s);

    assert_int_equal(hist_get(db, 99, &s, err, sizeof(err)), HIST_ENOTFOUND);
    assert_non_null(strstr(err, "no submission #99"));
    hist_close(db);
    free(path);
}

static void expect_ids(struct hist_db *db, const struct hist_filter *f, const char *expected)
{
    struct hist_submission *list;
    size_t n;
    char err[512];
    struct strbuf got = STRBUF_INIT;
    assert_int_equal(hist_list(db, f, &list, &n, err, sizeof(err)), HIST_OK);
    for (size_t i = 0; i < n; i++)
        strbuf_addf(&got, "%s%lld", i ? " " : "", list[i].id);
    if (strcmp(got.buf ? got.buf : "", expected) != 0)
        fail_msg("got ids [%s], expected [%s]", got.buf ? got.buf : "", expected);
    strbuf_release(&got);
    hist_list_free(list, n);
}

static void test_list_filters(void **state)
{
    (void)state;
    char *path = in_dir("filters.db");
    struct hist_db *db;
    char err[512];
    assert_int_equal(hist_open(path, true, &db, err, sizeof(err)), HIST_OK);
    /* Recorded out of time order on purpose: lists sort by judged_at. */
    record(db, "alice", "week-01", VERDICT_WA, "2026-11-10T09:00:00Z"); /* 1 */
    record(db, "bob", "week-01", VERDICT_AC, "2026-11-09T09:00:00Z");   /* 2 */
    record(db, "alice", "week-02", VERDICT_AC, "2026-11-17T09:00:00Z"); /* 3 */
    record(db, "alice", NULL, VERDICT_TLE, "2026-11-20T09:00:00Z");     /* 4 */

    expect_ids(db, &(struct hist_filter){0}, "4 3 1 2");
    expect_ids(db, &(struct hist_filter){.oldest_first = true}, "2 1 3 4");
    expect_ids(db, &(struct hist_filter){.user = "alice"}, "4 3 1");
    expect_ids(db, &(struct hist_filter){.week = "week-01"}, "1 2");
    expect_ids(db, &(struct hist_filter){.verdict = "AC"}, "3 2");
    expect_ids(db, &(struct hist_filter){.since = "2026-11-10"}, "4 3 1");
    expect_ids(db, &(struct hist_filter){.since = "2026-11-11", .user = "bob"}, "");
    expect_ids(db, &(struct hist_filter){.problem = "islands", .limit = 2}, "4 3");
    expect_ids(db, &(struct hist_filter){.problem = "other"}, "");
    hist_close(db);
    free(path);
}

static void test_default_path(void **state)
{
    (void)state;
    setenv("JUDGE_DB", "/x/db.sqlite", 1);
    char *p = hist_db_path("/given.db");
    assert_string_equal(p, "/given.db");
    free(p);
    p = hist_db_path(NULL);
    assert_string_equal(p, "/x/db.sqlite");
    free(p);
    unsetenv("JUDGE_DB");
    setenv("XDG_DATA_HOME", "/data", 1);
    p = hist_db_path(NULL);
    assert_string_equal(p, "/data/judge/history.db");
    free(p);
    unsetenv("XDG_DATA_HOME");
    setenv("HOME", "/home/u", 1);
    p = hist_db_path(NULL);
    assert_string_equal(p, "/home/u/.local/share/judge/history.db");
    free(p);
}

static void test_user_precedence(void **state)
{
    (void)state;
    char err[512];
    char *config_home = in_dir("config");
    char *config_dir = in_dir("config/judge");
    char *config = in_dir("config/judge/config.json");
    mkdir(config_home, 0755);
    mkdir(config_dir, 0755);
    setenv("XDG_CONFIG_HOME", config_home, 1);
    setenv("USER", "login", 1);
    unsetenv("JUDGE_USER");

    char *u = hist_user(NULL, err, sizeof(err));
    assert_string_equal(u, "login"); /* no config file */
    free(u);
    FILE *f = fopen(config, "w");
    fputs("{\"user\": \"configured\"}", f);
    fclose(f);
    u = hist_user(NULL, err, sizeof(err));
    assert_string_equal(u, "configured");
    free(u);
    setenv("JUDGE_USER", "from-env", 1);
    u = hist_user(NULL, err, sizeof(err));
    assert_string_equal(u, "from-env");
    free(u);
    u = hist_user("given", err, sizeof(err));
    assert_string_equal(u, "given");
    free(u);
    unsetenv("JUDGE_USER");
    unsetenv("USER");
    unlink(config);
    u = hist_user(NULL, err, sizeof(err));
    const struct passwd *pw = getpwuid(getuid()); /* USER unset: the login name */
    assert_string_equal(u, pw && pw->pw_name ? pw->pw_name : "me");
    free(u);

    /* Bad names and a bad config are refused, saying where they came from. */
    assert_null(hist_user("", err, sizeof(err)));
    assert_non_null(strstr(err, "--user"));
    assert_null(hist_user("a\nb", err, sizeof(err)));
    assert_non_null(strstr(err, "control characters"));
    f = fopen(config, "w");
    fputs("{\"user\": ", f);
    fclose(f);
    assert_null(hist_user(NULL, err, sizeof(err)));
    assert_non_null(strstr(err, config));
    unsetenv("XDG_CONFIG_HOME");
    free(config);
    free(config_dir);
    free(config_home);
}

static void test_parse_time(void **state)
{
    (void)state;
    assert_int_equal(hist_parse_time("1970-01-01T00:00:00Z"), 0);
    assert_int_equal(hist_parse_time("2026-11-09T01:02:03Z"), 20766LL * 86400 + 3723);
    assert_int_equal(hist_parse_time("2026-11-09 01:02:03Z"), -1);
    assert_int_equal(hist_parse_time("2026-11-09T01:02:03"), -1);
    assert_int_equal(hist_parse_time("2026-02-30T01:02:03Z"), -1);
    assert_int_equal(hist_parse_time("2026-11-09T24:00:00Z"), -1);
    assert_int_equal(hist_parse_time(""), -1);
}

/* ---- the meeting routine's tables ---- */

static struct hist_db *open_fresh(const char *name)
{
    char *path = in_dir(name);
    struct hist_db *db;
    char err[512];
    if (hist_open(path, true, &db, err, sizeof(err)) != HIST_OK)
        fail_msg("%s", err);
    free(path);
    return db;
}

static void test_notes(void **state)
{
    (void)state;
    struct hist_db *db = open_fresh("notes.db");
    char err[512];
    struct hist_note note;
    long long first = record(db, "ana", "week-01", VERDICT_WA, "2026-11-02T10:00:00Z");
    long long second = record(db, "ana", "week-01", VERDICT_AC, "2026-11-03T10:00:00Z");
    record(db, "ben", "week-01", VERDICT_AC, "2026-11-03T11:00:00Z");

    assert_int_equal(hist_note_get(db, "ana", "islands", &note, err, sizeof(err)), HIST_ENOTFOUND);
    assert_int_equal(hist_note_set(db, first, "BFS from each land cell", err, sizeof(err)),
                     HIST_OK);
    assert_int_equal(hist_note_get(db, "ana", "islands", &note, err, sizeof(err)), HIST_OK);
    assert_int_equal(note.submission_id, first);
    assert_string_equal(note.text, "BFS from each land cell");
    assert_string_equal(note.week, "week-01");
    hist_note_release(&note);

    /* A note on a later submission is the one shown; setting again replaces. */
    assert_int_equal(hist_note_set(db, second, "union-find", err, sizeof(err)), HIST_OK);
    assert_int_equal(hist_note_set(db, second, "union-find, O(n a(n))", err, sizeof(err)), HIST_OK);
    assert_int_equal(hist_note_get(db, "ana", "islands", &note, err, sizeof(err)), HIST_OK);
    assert_int_equal(note.submission_id, second);
    assert_string_equal(note.text, "union-find, O(n a(n))");
    hist_note_release(&note);
    /* Another member's notes are theirs. */
    assert_int_equal(hist_note_get(db, "ben", "islands", &note, err, sizeof(err)), HIST_ENOTFOUND);

    /* Invalid UTF-8 is stored replaced; no such submission is refused. */
    assert_int_equal(hist_note_set(db, first, "bad \xff byte", err, sizeof(err)), HIST_OK);
    assert_int_equal(hist_note_set(db, 999, "x", err, sizeof(err)), HIST_ENOTFOUND);
    assert_non_null(strstr(err, "no submission #999"));
    hist_close(db);
}

static void test_mistakes_and_has_accepted(void **state)
{
    (void)state;
    struct hist_db *db = open_fresh("mistakes.db");
    char err[512];
    long long wa = record(db, "ana", "week-01", VERDICT_WA, "2026-11-02T10:00:00Z");
    long long tle = record(db, "ana", "week-02", VERDICT_TLE, "2026-11-09T10:00:00Z");
    long long ben = record(db, "ben", NULL, VERDICT_WA, "2026-11-01T10:00:00Z");
    bool solved = true;
    assert_int_equal(hist_has_accepted(db, "ana", "islands", &solved, err, sizeof(err)), HIST_OK);
    assert_false(solved);
    record(db, "ana", "week-02", VERDICT_AC, "2026-11-10T10:00:00Z");
    assert_int_equal(hist_has_accepted(db, "ana", "islands", &solved, err, sizeof(err)), HIST_OK);
    assert_true(solved);

    assert_int_equal(hist_mistake_set(db, tle, "complexity", "", err, sizeof(err)), HIST_OK);
    assert_int_equal(hist_mistake_set(db, wa, "edge-case", "n = 0", err, sizeof(err)), HIST_OK);
    assert_int_equal(hist_mistake_set(db, wa, "overflow", "int for the sum", err, sizeof(err)),
                     HIST_OK);
    assert_int_equal(hist_mistake_set(db, ben, "misread", "", err, sizeof(err)), HIST_OK);
    struct hist_mistake *list;
    size_t n;
    assert_int_equal(hist_mistakes_list(db, "ana", &list, &n, err, sizeof(err)), HIST_OK);
    /* Oldest submission first; the second tag of #wa replaced the first. */
    assert_int_equal(n, 2);
    assert_int_equal(list[0].submission_id, wa);
    assert_string_equal(list[0].kind, "overflow");
    assert_string_equal(list[0].note, "int for the sum");
    assert_string_equal(list[0].verdict, "WA");
    assert_string_equal(list[0].week, "week-01");
    assert_int_equal(list[1].submission_id, tle);
    hist_mistakes_free(list, n);
    assert_int_equal(hist_mistakes_list(db, NULL, &list, &n, err, sizeof(err)), HIST_OK);
    assert_int_equal(n, 3);
    assert_int_equal(list[0].submission_id, ben);
    assert_null(list[0].week);
    hist_mistakes_free(list, n);
    assert_int_equal(hist_mistake_set(db, 999, "other", "", err, sizeof(err)), HIST_ENOTFOUND);
    hist_close(db);
}

static void test_presenters_pairs_comments(void **state)
{
    (void)state;
    struct hist_db *db = open_fresh("routine.db");
    char err[512];
    char w1[] = "week-01", pa[] = "p-a", pb[] = "p-b", ana[] = "ana", ben[] = "ben", cy[] = "cy";
    struct hist_presentation chosen[] = {{w1, pa, ana, ""}, {w1, pb, ben, ""}};
    assert_int_equal(hist_presentations_set(db, chosen, 2, err, sizeof(err)), HIST_OK);
    struct hist_presentation again[] = {{w1, pb, cy, ""}};
    assert_int_equal(hist_presentations_set(db, again, 1, err, sizeof(err)), HIST_OK);
    struct hist_presentation *pl;
    size_t n;
    assert_int_equal(hist_presentations_list(db, &pl, &n, err, sizeof(err)), HIST_OK);
    assert_int_equal(n, 2);
    assert_string_equal(pl[0].problem, "p-a");
    assert_string_equal(pl[0].user, "ana");
    assert_string_equal(pl[1].user, "cy"); /* replaced */
    hist_presentations_free(pl, n);

    struct hist_pair pairs[] = {{NULL, ana, ben, ""}, {NULL, ben, cy, ""}, {NULL, cy, ana, ""}};
    assert_int_equal(hist_pairs_set(db, "week-01", pairs, 3, err, sizeof(err)), HIST_OK);
    assert_int_equal(hist_pairs_set(db, "week-02", pairs, 1, err, sizeof(err)), HIST_OK);
    /* Setting a week's pairs again replaces them all. */
    assert_int_equal(hist_pairs_set(db, "week-01", pairs + 1, 2, err, sizeof(err)), HIST_OK);
    struct hist_pair *list;
    assert_int_equal(hist_pairs_list(db, &list, &n, err, sizeof(err)), HIST_OK);
    assert_int_equal(n, 3);
    assert_string_equal(list[0].week, "week-01");
    assert_string_equal(list[0].reviewer, "ben");
    assert_string_equal(list[1].reviewer, "cy");
    assert_string_equal(list[2].week, "week-02");
    assert_string_equal(list[2].reviewer, "ana");
    hist_pairs_free(list, n);

    long long s1 = record(db, "ben", "week-01", VERDICT_AC, "2026-11-02T10:00:00Z");
    long long s2 = record(db, "cy", "week-02", VERDICT_AC, "2026-11-09T10:00:00Z");
    long long c1, c2, c3;
    assert_int_equal(hist_comment_add(db, s1, "ana", 2, "why a set?", &c1, err, sizeof(err)),
                     HIST_OK);
    assert_int_equal(hist_comment_add(db, s1, "cy", 0, "neat", &c2, err, sizeof(err)), HIST_OK);
    assert_int_equal(hist_comment_add(db, s2, "ana", 1, "ok", &c3, err, sizeof(err)), HIST_OK);
    assert_true(c1 < c2 && c2 < c3);
    assert_int_equal(hist_comment_add(db, 999, "ana", 0, "x", &c3, err, sizeof(err)),
                     HIST_ENOTFOUND);
    struct hist_comment *cl;
    struct hist_comment_filter by_sub = {.submission_id = s1}, by_week = {.week = "week-02"};
    assert_int_equal(hist_comments_list(db, &by_sub, &cl, &n, err, sizeof(err)), HIST_OK);
    assert_int_equal(n, 2);
    assert_string_equal(cl[0].author, "ana");
    assert_int_equal(cl[0].line, 2);
    assert_string_equal(cl[0].submission_user, "ben");
    assert_string_equal(cl[0].problem, "islands");
    assert_int_equal(cl[1].line, 0);
    hist_comments_free(cl, n);
    assert_int_equal(hist_comments_list(db, &by_week, &cl, &n, err, sizeof(err)), HIST_OK);
    assert_int_equal(n, 1);
    assert_int_equal(cl[0].submission_id, s2);
    hist_comments_free(cl, n);
    hist_close(db);
}

/* The honesty rule over a real history: whether the viewer solved the problem is read. */
/* Members: a token works until rotated or revoked; only its hash is in the file. */
static void test_members_and_tokens(void **state)
{
    (void)state;
    char *path = in_dir("members.db");
    char err[512];
    struct hist_db *db;
    assert_int_equal(hist_open(path, true, &db, err, sizeof(err)), HIST_OK);
    char ana[HIST_TOKEN_SIZE], ben[HIST_TOKEN_SIZE], ben2[HIST_TOKEN_SIZE];
    assert_int_equal(hist_member_add(db, "ana", true, "root", ana, err, sizeof(err)), HIST_OK);
    assert_int_equal(hist_member_add(db, "ben", false, "ana", ben, err, sizeof(err)), HIST_OK);
    assert_int_equal(strlen(ana), 67);
    assert_memory_equal(ana, "jt_", 3);
    assert_string_not_equal(ana, ben);
    assert_int_equal(hist_member_add(db, "ben", false, "ana", ben2, err, sizeof(err)),
                     HIST_EBADFILE);
    assert_int_equal(hist_member_add(db, "", false, "ana", ben2, err, sizeof(err)), HIST_EBADFILE);

    struct hist_member m;
    assert_int_equal(hist_member_auth(db, ana, &m, err, sizeof(err)), HIST_OK);
    assert_string_equal(m.name, "ana");
    assert_true(m.admin);
    hist_member_release(&m);
    assert_int_equal(hist_member_auth(db, ben, &m, err, sizeof(err)), HIST_OK);
    assert_false(m.admin);
    hist_member_release(&m);
    /* Another token, a prefix, an empty one: no one. */
    char wrong[HIST_TOKEN_SIZE];
    memcpy(wrong, ben, sizeof(wrong));
    wrong[10] = wrong[10] == 'a' ? 'b' : 'a';
    assert_int_equal(hist_member_auth(db, wrong, &m, err, sizeof(err)), HIST_ENOTFOUND);
    assert_int_equal(hist_member_auth(db, "", &m, err, sizeof(err)), HIST_ENOTFOUND);
    ben[20] = '\0';
    assert_int_equal(hist_member_auth(db, ben, &m, err, sizeof(err)), HIST_ENOTFOUND);

    /* Rotated: the old token stops working, the new one works. */
    assert_int_equal(hist_member_rotate(db, "ana", ben2, err, sizeof(err)), HIST_OK);
    assert_int_equal(hist_member_auth(db, ana, &m, err, sizeof(err)), HIST_ENOTFOUND);
    assert_int_equal(hist_member_auth(db, ben2, &m, err, sizeof(err)), HIST_OK);
    hist_member_release(&m);
    /* Revoked: it stops working, and stays revoked. */
    assert_int_equal(hist_member_revoke(db, "ana", err, sizeof(err)), HIST_OK);
    assert_int_equal(hist_member_auth(db, ben2, &m, err, sizeof(err)), HIST_ENOTFOUND);
    char unused[HIST_TOKEN_SIZE];
    assert_int_equal(hist_member_rotate(db, "ana", unused, err, sizeof(err)), HIST_ENOTFOUND);
    assert_int_equal(unused[0], '\0'); /* no token made for no one */
    assert_int_equal(hist_member_revoke(db, "nobody", err, sizeof(err)), HIST_ENOTFOUND);
    hist_close(db);

    /* The tokens are not in the file. */
    size_t len;
    char *bytes = read_file(path, 1 << 24, &len);
    assert_non_null(bytes);
    assert_null(memmem(bytes, len, ben2, strlen(ben2)));
    assert_int_equal(strlen(ana), 67);
    assert_null(memmem(bytes, len, ana, strlen(ana)));
    free(bytes);
    free(path);
}

static void test_honesty_check_submission(void **state)
{
    (void)state;
    struct hist_db *db = open_fresh("honesty.db");
    char err[512];
    const char *json = "{\"id\": \"week-01\", \"title\": \"W\", \"starts\": \"2026-11-02\", "
                       "\"ends\": \"2026-11-08\", \"problems\": [\"islands\"]}";
    struct week w;
    struct week_set weeks = WEEK_SET_INIT;
    if (week_parse("weeks/week-01.json", json, strlen(json), NULL, NULL, &w, err, sizeof(err)) <
            0 ||
        week_set_add(&weeks, &w, err, sizeof(err)) < 0)
        fail_msg("%s", err);
    long long ben = record(db, "ben", "week-01", VERDICT_AC, "2026-11-02T10:00:00Z");
    struct hist_submission s;
    assert_int_equal(hist_get(db, ben, &s, err, sizeof(err)), HIST_OK);
    int during, after;
    week_date_parse("2026-11-05", &during);
    week_date_parse("2026-11-09", &after);
    enum honesty_reason why;
    assert_int_equal(honesty_check_submission(db, &weeks, "ana", &s, during, HONESTY_VIEWER, &why,
                                              err, sizeof(err)),
                     HIST_OK);
    assert_int_equal(why, HONESTY_HIDDEN);
    assert_int_equal(honesty_check_submission(db, &weeks, "ben", &s, during, HONESTY_VIEWER, &why,
                                              err, sizeof(err)),
                     HIST_OK);
    assert_int_equal(why, HONESTY_OWN);
    /* A failed attempt is not solving it. */
    record(db, "ana", "week-01", VERDICT_WA, "2026-11-03T10:00:00Z");
    honesty_check_submission(db, &weeks, "ana", &s, during, HONESTY_VIEWER, &why, err, sizeof(err));
    assert_int_equal(why, HONESTY_HIDDEN);
    record(db, "ana", "week-01", VERDICT_AC, "2026-11-04T10:00:00Z");
    honesty_check_submission(db, &weeks, "ana", &s, during, HONESTY_VIEWER, &why, err, sizeof(err));
    assert_int_equal(why, HONESTY_SOLVED);
    /* The group as a whole waits for the week's end, whoever solved it. */
    honesty_check_submission(db, &weeks, "ana", &s, during, HONESTY_GROUP, &why, err, sizeof(err));
    assert_int_equal(why, HONESTY_HIDDEN);
    honesty_check_submission(db, &weeks, "cy", &s, after, HONESTY_GROUP, &why, err, sizeof(err));
    assert_int_equal(why, HONESTY_WEEK_ENDED);
    hist_submission_release(&s);
    week_set_release(&weeks);
    hist_close(db);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_open_creates_directories_and_schema),
        cmocka_unit_test(test_reading_a_missing_history_creates_nothing),
        cmocka_unit_test(test_record_and_read_back),
        cmocka_unit_test(test_list_filters),
        cmocka_unit_test(test_default_path),
        cmocka_unit_test(test_user_precedence),
        cmocka_unit_test(test_parse_time),
        cmocka_unit_test(test_notes),
        cmocka_unit_test(test_mistakes_and_has_accepted),
        cmocka_unit_test(test_presenters_pairs_comments),
        cmocka_unit_test(test_honesty_check_submission),
        cmocka_unit_test(test_members_and_tokens),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
