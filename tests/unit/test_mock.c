/* test_mock.c: unit tests of mock coding tests: the pure parts (judge/mock.c: patterns, the
 * split into correctness and performance tests, scores, picking, time spent) and their
 * history (judge/history.c, schema step 4) on a database in a temporary directory. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "judge/history.h"
#include "judge/mock.h"
#include "judge/util.h"

static void test_glob(void **state)
{
    (void)state;
    assert_true(mock_glob_match("13-*", "13-max-pair-last"));
    assert_true(mock_glob_match("*max*", "14-max-duplicates"));
    assert_true(mock_glob_match("1?-*", "12-large"));
    assert_true(mock_glob_match("*", ""));
    assert_true(mock_glob_match("a*b*c", "aXXbYYc"));
    assert_false(mock_glob_match("13-*", "12-large"));
    assert_false(mock_glob_match("a*b*c", "aXXbYY"));
    assert_false(mock_glob_match("?", ""));
    /* No exponential backtracking: a hostile pattern on a long name returns (a backtracking
     * matcher would take longer than the suite's timeout). */
    char name[4097], pattern[200];
    memset(name, 'a', sizeof(name) - 1);
    name[sizeof(name) - 1] = '\0';
    for (size_t i = 0; i < 99; i++) {
        pattern[2 * i] = 'a';
        pattern[2 * i + 1] = '*';
    }
    memcpy(pattern + 198, "b", 2);
    assert_false(mock_glob_match(pattern, name));
}

static void test_classify_by_size(void **state)
{
    (void)state;
    long long sizes[] = {10, 100, 5000, 20000, 4999, 80000};
    bool sample[] = {true, false, false, false, false, false};
    enum mock_test_kind k[6];
    mock_classify_by_size(sizes, sample, 6, k);
    /* The largest secret input is 80000: a quarter of it, 20000, or more is performance. */
    enum mock_test_kind want[] = {MOCK_TEST_SAMPLE,      MOCK_TEST_CORRECTNESS,
                                  MOCK_TEST_CORRECTNESS, MOCK_TEST_PERFORMANCE,
                                  MOCK_TEST_CORRECTNESS, MOCK_TEST_PERFORMANCE};
    for (int i = 0; i < 6; i++)
        assert_int_equal(k[i], want[i]);
    /* Small inputs only (below MOCK_PERFORMANCE_MIN_BYTES): no performance tests. */
    long long small[] = {10, 500, 4000};
    bool none[] = {false, false, false};
    mock_classify_by_size(small, none, 3, k);
    for (int i = 0; i < 3; i++)
        assert_int_equal(k[i], MOCK_TEST_CORRECTNESS);
    /* A large sample does not make the secret tests small. */
    long long big_sample[] = {1000000, 5000, 6000};
    bool s1[] = {true, false, false};
    mock_classify_by_size(big_sample, s1, 3, k);
    assert_int_equal(k[0], MOCK_TEST_SAMPLE);
    assert_int_equal(k[1], MOCK_TEST_PERFORMANCE);
    assert_int_equal(k[2], MOCK_TEST_PERFORMANCE);
}

static void test_classify_by_patterns(void **state)
{
    (void)state;
    static char n0[] = "sample-1", n1[] = "01-min", n2[] = "14-max", n3[] = "15-max-b",
                pat[] = "1?-max*";
    static char *pats[] = {pat};
    struct problem p;
    memset(&p, 0, sizeof(p));
    struct problem_test tests[4] = {
        {.name = n0, .sample = true}, {.name = n1}, {.name = n2}, {.name = n3}};
    p.tests = tests;
    p.ntests = 4;
    p.performance_tests = pats;
    p.nperformance_tests = 1;
    p.performance_tests_set = true;
    enum mock_test_kind k[4];
    char err[256];
    assert_int_equal(mock_classify(&p, k, err, sizeof(err)), 0);
    assert_int_equal(k[0], MOCK_TEST_SAMPLE);
    assert_int_equal(k[1], MOCK_TEST_CORRECTNESS);
    assert_int_equal(k[2], MOCK_TEST_PERFORMANCE);
    assert_int_equal(k[3], MOCK_TEST_PERFORMANCE);
    /* An empty list: none at all. */
    p.nperformance_tests = 0;
    assert_int_equal(mock_classify(&p, k, err, sizeof(err)), 0);
    assert_int_equal(k[2], MOCK_TEST_CORRECTNESS);
}

static void test_scores(void **state)
{
    (void)state;
    /* Codility: each group a percentage; the task their mean. */
    assert_true(mock_score_value(10, 10, 3, 3) == 100);
    assert_true(mock_score_value(10, 10, 0, 3) == 50);
    assert_true(mock_score_value(5, 10, 1, 4) == 38); /* (50 + 25) / 2 = 37.5, rounded */
    assert_true(mock_score_value(2, 3, 0, 0) == 67);  /* no performance tests */
    assert_true(mock_score_value(0, 0, 1, 2) == 50);  /* only performance tests */
    assert_true(mock_score_value(0, 0, 0, 0) == 0);

    enum mock_test_kind k[] = {MOCK_TEST_SAMPLE, MOCK_TEST_CORRECTNESS, MOCK_TEST_CORRECTNESS,
                               MOCK_TEST_PERFORMANCE};
    struct test_result t[4];
    memset(t, 0, sizeof(t));
    for (int i = 0; i < 4; i++) {
        t[i].ran = true;
        t[i].verdict = VERDICT_AC;
    }
    t[0].verdict = VERDICT_WA; /* a sample never counts */
    t[3].verdict = VERDICT_TLE;
    struct judgement j = {.compiled = true, .tests = t, .total = 4};
    struct hist_mock_submission sc = {.position = 7};
    mock_score(&j, k, &sc);
    assert_int_equal(sc.correctness_passed, 2);
    assert_int_equal(sc.correctness_total, 2);
    assert_int_equal(sc.performance_passed, 0);
    assert_int_equal(sc.performance_total, 1);
    assert_true(sc.score == 50);
    assert_int_equal(sc.position, 7);
    t[2].ran = false; /* not run: not passed */
    mock_score(&j, k, &sc);
    assert_true(sc.score == 25);
    j.compiled = false; /* a compile error scores 0 */
    mock_score(&j, k, &sc);
    assert_true(sc.score == 0);
    assert_int_equal(sc.correctness_passed, 0);
}

static void test_pick(void **state)
{
    (void)state;
    struct mock_candidate c[] = {
        {"e1", "easy", true, 1},    {"e2", "easy", false, 5},  {"e3", "easy", false, 2},
        {"m1", "medium", false, 9}, {"m2", "medium", true, 0}, {"h1", "hard", false, 7},
        {"x1", NULL, false, 3},
    };
    size_t out[7];
    /* Three: unsolved, one of each difficulty, easy first. */
    assert_int_equal(mock_pick(c, 7, 3, out), 3);
    assert_string_equal(c[out[0]].id, "e3"); /* the smaller order among unsolved easy ones */
    assert_string_equal(c[out[1]].id, "m1");
    assert_string_equal(c[out[2]].id, "h1");
    /* Six: every unsolved one (five) before a solved one, ordered by difficulty. */
    assert_int_equal(mock_pick(c, 7, 6, out), 6);
    const char *want[] = {"e3", "e2", "m1", "m2", "h1", "x1"};
    for (int i = 0; i < 6; i++)
        assert_string_equal(c[out[i]].id, want[i]);
    /* More wanted than there are. */
    assert_int_equal(mock_pick(c, 2, 5, out), 2);
    /* Only solved ones: still picked. */
    struct mock_candidate solved[] = {{"a", "easy", true, 2}, {"b", "easy", true, 1}};
    assert_int_equal(mock_pick(solved, 2, 1, out), 1);
    assert_string_equal(solved[out[0]].id, "b");
}

static void test_times(void **state)
{
    (void)state;
    char buf[32];
    assert_string_equal(mock_format_duration(0, buf, sizeof(buf)), "0:00");
    assert_string_equal(mock_format_duration(65, buf, sizeof(buf)), "1:05");
    assert_string_equal(mock_format_duration(3725, buf, sizeof(buf)), "1:02:05");
    assert_string_equal(mock_format_duration(-5, buf, sizeof(buf)), "0:00");
    char iso[21];
    mock_format_time(hist_parse_time("2026-11-20T10:00:00Z") + 90 * 60, iso);
    assert_string_equal(iso, "2026-11-20T11:30:00Z");
    setenv("JUDGE_NOW", "2026-11-20T10:00:05Z", 1);
    assert_true(mock_now() == hist_parse_time("2026-11-20T10:00:05Z"));
    unsetenv("JUDGE_NOW");
    assert_true(mock_now() > hist_parse_time("2026-01-01T00:00:00Z"));

    /* Time spent: from each focus to the next, or to the end. */
    struct hist_mock_problem problems[3];
    memset(problems, 0, sizeof(problems));
    struct hist_mock_focus focus[] = {{"2026-11-20T10:00:00Z", 0},
                                      {"2026-11-20T10:10:00Z", 1},
                                      {"2026-11-20T10:25:00Z", 0},
                                      {"2026-11-20T10:30:00Z", 1}};
    struct hist_mock_submission subs[] = {{.position = 0, .score = 40},
                                          {.position = 1, .score = 100},
                                          {.position = 0, .score = 70},
                                          {.position = 0, .score = 70}};
    struct hist_mock m = {.problems = problems,
                          .nproblems = 3,
                          .focus = focus,
                          .nfocus = 4,
                          .submissions = subs,
                          .nsubmissions = 4};
    snprintf(m.started_at, sizeof(m.started_at), "2026-11-20T10:00:00Z");
    snprintf(m.deadline, sizeof(m.deadline), "2026-11-20T11:00:00Z");
    assert_true(mock_end(&m) == hist_parse_time("2026-11-20T11:00:00Z"));
    snprintf(m.finished_at, sizeof(m.finished_at), "2026-11-20T10:40:00Z");
    long long end = mock_end(&m);
    assert_true(end == hist_parse_time("2026-11-20T10:40:00Z"));
    long long spent[3];
    mock_time_spent(&m, end, spent);
    assert_true(spent[0] == 15 * 60);
    assert_true(spent[1] == 25 * 60);
    assert_true(spent[2] == 0);
    double best[3];
    long which[3];
    mock_best(&m, best, which);
    assert_true(best[0] == 70 && which[0] == 2); /* the first to reach it */
    assert_true(best[1] == 100 && which[1] == 1);
    assert_true(best[2] == -1 && which[2] == -1);
    assert_true(mock_total(&m) == 170);
}

/* ---- the history of mocks ---- */

static char dir[] = "/tmp/test-mock-XXXXXX";

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

static void new_mock(struct hist_mock *m, const char *user, const char *at)
{
    static char p1[] = "two-sum", t1[] = "Two Sum", d1[] = "easy", path1[] = "/lib/two-sum",
                p2[] = "coin-change", t2[] = "Coin Change", path2[] = "/lib/coin-change";
    memset(m, 0, sizeof(*m));
    m->user = (char *)user;
    snprintf(m->started_at, sizeof(m->started_at), "%s", at);
    mock_format_time(hist_parse_time(at) + 3600, m->deadline);
    m->minutes = 60;
    static char sel[] = "2 problems of the library";
    m->selection = sel;
    static struct hist_mock_problem problems[2];
    problems[0] = (struct hist_mock_problem){p1, t1, d1, path1};
    problems[1] = (struct hist_mock_problem){p2, t2, NULL, path2};
    m->problems = problems;
    m->nproblems = 2;
}

static void submission(struct hist_submission *s, const char *user, const char *problem,
                       const char *verdict, const char *at)
{
    memset(s, 0, sizeof(*s));
    s->user = xstrdup(user);
    s->problem = xstrdup(problem);
    s->problem_title = xstrdup(problem);
    s->language = xstrdup("cpp");
    s->source = xstrdup("int main() {}\n");
    s->source_len = strlen(s->source);
    sha256_hex(s->source, s->source_len, s->source_sha256);
    s->verdict = xstrdup(verdict);
    s->judge_version = xstrdup("test");
    snprintf(s->judged_at, sizeof(s->judged_at), "%s", at);
}

static void test_history_of_mocks(void **state)
{
    (void)state;
    char *path = path_join(dir, "history.db");
    struct hist_db *db;
    char err[512];
    if (hist_open(path, true, &db, err, sizeof(err)) != HIST_OK)
        fail_msg("%s", err);

    struct hist_mock cur;
    assert_int_equal(hist_mock_current(db, "ana", &cur, err, sizeof(err)), HIST_ENOTFOUND);

    struct hist_mock m;
    new_mock(&m, "ana", "2026-11-20T10:00:00Z");
    if (hist_mock_start(db, &m, err, sizeof(err)) != HIST_OK)
        fail_msg("%s", err);
    long long id = m.id;
    assert_true(id > 0);
    /* One under way per user: a second is refused; another user's is fine. */
    new_mock(&m, "ana", "2026-11-20T10:05:00Z");
    assert_int_equal(hist_mock_start(db, &m, err, sizeof(err)), HIST_EBADFILE);
    assert_non_null(strstr(err, "under way"));
    new_mock(&m, "ben", "2026-11-20T10:05:00Z");
    assert_int_equal(hist_mock_start(db, &m, err, sizeof(err)), HIST_OK);

    /* Two submissions on B, then one on A. */
    struct hist_submission s;
    struct hist_mock_submission sc = {.position = 1,
                                      .score = 50,
                                      .correctness_passed = 3,
                                      .correctness_total = 3,
                                      .performance_passed = 0,
                                      .performance_total = 2};
    long long sid;
    submission(&s, "ana", "coin-change", "TLE", "2026-11-20T10:20:00Z");
    assert_int_equal(hist_mock_record(db, id, &s, &sc, &sid, err, sizeof(err)), HIST_OK);
    hist_submission_release(&s);
    submission(&s, "ana", "coin-change", "AC", "2026-11-20T10:30:00Z");
    sc.score = 100;
    sc.performance_passed = 2;
    assert_int_equal(hist_mock_record(db, id, &s, &sc, &sid, err, sizeof(err)), HIST_OK);
    hist_submission_release(&s);
    assert_int_equal(hist_mock_focus(db, id, 0, "2026-11-20T10:31:00Z", err, sizeof(err)), HIST_OK);

    assert_int_equal(hist_mock_current(db, "ana", &cur, err, sizeof(err)), HIST_OK);
    assert_true(cur.id == id);
    assert_string_equal(cur.deadline, "2026-11-20T11:00:00Z");
    assert_string_equal(cur.finished_at, "");
    assert_int_equal(cur.nproblems, 2);
    assert_string_equal(cur.problems[0].problem, "two-sum");
    assert_string_equal(cur.problems[0].difficulty, "easy");
    assert_null(cur.problems[1].difficulty);
    assert_string_equal(cur.problems[1].path, "/lib/coin-change");
    assert_int_equal(cur.nsubmissions, 2);
    assert_string_equal(cur.submissions[0].verdict, "TLE");
    assert_true(cur.submissions[1].score == 100);
    assert_int_equal(cur.submissions[1].performance_total, 2);
    /* Focus: the start (A), each submission (B, B), then A. */
    assert_int_equal(cur.nfocus, 4);
    assert_int_equal(cur.focus[0].position, 0);
    assert_int_equal(cur.focus[1].position, 1);
    assert_int_equal(cur.focus[3].position, 0);
    long long spent[2];
    mock_time_spent(&cur, hist_parse_time("2026-11-20T10:40:00Z"), spent);
    assert_true(spent[0] == 20 * 60 + 9 * 60);
    assert_true(spent[1] == 11 * 60);
    hist_mock_release(&cur);

    /* Finished: nothing more is recorded, and finishing again changes nothing. */
    assert_int_equal(hist_mock_finish(db, id, "2026-11-20T10:45:00Z", err, sizeof(err)), HIST_OK);
    assert_int_equal(hist_mock_finish(db, id, "2026-11-20T10:50:00Z", err, sizeof(err)), HIST_OK);
    submission(&s, "ana", "two-sum", "AC", "2026-11-20T10:46:00Z");
    assert_int_equal(hist_mock_record(db, id, &s, &sc, &sid, err, sizeof(err)), HIST_EBADFILE);
    assert_non_null(strstr(err, "is over"));
    hist_submission_release(&s);
    struct hist_submission *rows;
    size_t nrows;
    struct hist_filter f = {.user = "ana"};
    assert_int_equal(hist_list(db, &f, &rows, &nrows, err, sizeof(err)), HIST_OK);
    assert_int_equal(nrows, 2); /* the refused one left nothing */
    hist_list_free(rows, nrows);

    assert_int_equal(hist_mock_current(db, "ana", &cur, err, sizeof(err)), HIST_ENOTFOUND);
    assert_int_equal(hist_mock_get(db, id, &cur, err, sizeof(err)), HIST_OK);
    assert_string_equal(cur.finished_at, "2026-11-20T10:45:00Z");
    assert_true(mock_total(&cur) == 100);
    hist_mock_release(&cur);
    assert_int_equal(hist_mock_get(db, 999, &cur, err, sizeof(err)), HIST_ENOTFOUND);

    /* A new one may start now; the list has both, oldest first; finished only: one. */
    new_mock(&m, "ana", "2026-11-21T10:00:00Z");
    assert_int_equal(hist_mock_start(db, &m, err, sizeof(err)), HIST_OK);
    struct hist_mock *list;
    size_t n;
    assert_int_equal(hist_mock_list(db, "ana", false, &list, &n, err, sizeof(err)), HIST_OK);
    assert_int_equal(n, 2);
    assert_true(list[0].id == id);
    hist_mock_list_free(list, n);
    assert_int_equal(hist_mock_list(db, "ana", true, &list, &n, err, sizeof(err)), HIST_OK);
    assert_int_equal(n, 1);
    assert_int_equal(list[0].nsubmissions, 2);
    hist_mock_list_free(list, n);
    hist_close(db);
    free(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_glob),
        cmocka_unit_test(test_classify_by_size),
        cmocka_unit_test(test_classify_by_patterns),
        cmocka_unit_test(test_scores),
        cmocka_unit_test(test_pick),
        cmocka_unit_test(test_times),
        cmocka_unit_test_setup_teardown(test_history_of_mocks, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
