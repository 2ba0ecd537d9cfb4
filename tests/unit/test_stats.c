/* test_stats.c: unit tests of the board, the week's report, user statistics and the review
 * schedule (judge/stats.c), on attempts built in memory. Expected values are worked out by
 * hand in the comments. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "judge/stats.h"
#include "judge/util.h"
#include "judge/weeks.h"

static int day_of(const char *date)
{
    int day;
    assert_int_equal(week_date_parse(date, &day), 0);
    return day;
}

static struct week make_week(const char *id, const char *starts, const char *ends,
                             const char *problems)
{
    struct week w;
    char err[512], file[128], json[512];
    snprintf(file, sizeof(file), "weeks/%s.json", id);
    snprintf(json, sizeof(json),
             "{\"id\": \"%s\", \"title\": \"Title of %s\", \"starts\": \"%s\", \"ends\": "
             "\"%s\", \"problems\": [%s]}",
             id, id, starts, ends, problems);
    if (week_parse(file, json, strlen(json), NULL, NULL, &w, err, sizeof(err)) < 0)
        fail_msg("%s", err);
    return w;
}

/* An attempt at a given minute after t0 (board tests) or on a given day (the others). */
struct spec {
    const char *user;
    const char *problem;
    const char *week;
    enum verdict verdict;
    long when; /* minutes after the board's start, or a day number */
};

static const char *const NO_TAGS[] = {NULL};

static struct stats_attempt *board_attempts(const struct spec *s, size_t n, time_t t0)
{
    struct stats_attempt *a = xcalloc(n, sizeof(*a));
    for (size_t i = 0; i < n; i++) {
        a[i] = (struct stats_attempt){.id = (long long)i + 1,
                                      .user = s[i].user,
                                      .problem = s[i].problem,
                                      .week = s[i].week,
                                      .verdict = s[i].verdict,
                                      .at = t0 + s[i].when * 60,
                                      .day = 0,
                                      .tags = NO_TAGS,
                                      .ntags = 0};
    }
    return a;
}

/* ---- the board ---- */

#define T0 ((time_t)1762646400) /* any instant: the week's start */

static const struct spec BOARD[] = {
    {"eve", "a", "week-01", VERDICT_AC, -60}, /* before the start: 0:00 */
    {"zed", "a", "week-01", VERDICT_AC, -5},
    {"bob", "a", "week-01", VERDICT_AC, 5},
    {"alice", "a", "week-01", VERDICT_WA, 10},
    {"dave", "a", "week-02", VERDICT_AC, 11},    /* another week: not on this board */
    {"alice", "zzz", "week-01", VERDICT_AC, 12}, /* not a problem of the week */
    {"alice", "a", NULL, VERDICT_AC, 13},        /* in no week */
    {"alice", "a", "week-01", VERDICT_AC, 30},
    {"alice", "a", "week-01", VERDICT_WA, 40}, /* after the AC: not counted */
    {"carol", "b", "week-01", VERDICT_TLE, 60},
    {"bob", "b", "week-01", VERDICT_WA, 70},
    {"bob", "b", "week-01", VERDICT_WA, 90},
    {"bob", "b", "week-01", VERDICT_AC, 120},
    {"alice", "b", "week-01", VERDICT_AC, 130},
    {"carol", "b", "week-01", VERDICT_WA, 200},
    {"alice", "c", "week-01", VERDICT_RE, 300},
};

static void test_board(void **state)
{
    (void)state;
    struct week w = make_week("week-01", "2026-11-09", "2026-11-15", "\"a\", \"b\", \"c\"");
    size_t n = sizeof(BOARD) / sizeof(BOARD[0]);
    struct stats_attempt *a = board_attempts(BOARD, n, T0);
    struct board b;
    board_compute(&b, &w, T0, a, n);

    /*
     * bob:   a 1 attempt 0:05; b 3 attempts 2:00 (+40)  -> 2 solved, 5+120+40 = 165
     * alice: a 2 attempts 0:30 (+20); b 1 attempt 2:10; c -1 -> 2 solved, 50+130 = 180
     * eve, zed: a first try at 0:00 -> 1 solved, 0 (a tie: both rank 3)
     * carol: b -2 -> 0 solved, rank 5
     */
    assert_int_equal(b.nrows, 5);
    const char *order[] = {"bob", "alice", "eve", "zed", "carol"};
    const int ranks[] = {1, 2, 3, 3, 5};
    const int solved[] = {2, 2, 1, 1, 0};
    const long totals[] = {165, 180, 0, 0, 0};
    const int first_try[] = {1, 1, 1, 1, 0};
    for (size_t r = 0; r < 5; r++) {
        assert_string_equal(b.rows[r].user, order[r]);
        assert_int_equal(b.rows[r].rank, ranks[r]);
        assert_int_equal(b.rows[r].solved, solved[r]);
        assert_int_equal(b.rows[r].total_minutes, totals[r]);
        assert_int_equal(b.rows[r].first_try, first_try[r]);
    }
    const struct board_cell *alice = b.rows[1].cells;
    assert_int_equal(alice[0].attempts, 2);
    assert_true(alice[0].solved);
    assert_int_equal(alice[0].minutes, 30);
    assert_int_equal(alice[1].attempts, 1);
    assert_int_equal(alice[1].minutes, 130);
    assert_int_equal(alice[2].attempts, 1);
    assert_false(alice[2].solved);
    const struct board_cell *bob = b.rows[0].cells;
    assert_int_equal(bob[1].attempts, 3);
    assert_int_equal(bob[1].minutes, 120);
    assert_int_equal(bob[2].attempts, 0);
    assert_int_equal(b.rows[2].cells[0].minutes, 0);
    assert_int_equal(b.rows[4].cells[1].attempts, 2);

    /* a: tried by 4, solved by 4, 3 at the first try, 1 failed (alice's WA before AC)
     * b: tried by carol, bob, alice; solved by bob, alice; failed 2 (carol) + 2 (bob)
     * c: tried by alice only, unsolved, 1 failed -> the hardest (fewest solvers) */
    assert_int_equal(b.problems[0].attempted_by, 4);
    assert_int_equal(b.problems[0].solvers, 4);
    assert_int_equal(b.problems[0].first_try, 3);
    assert_int_equal(b.problems[0].failed, 1);
    assert_int_equal(b.problems[1].attempted_by, 3);
    assert_int_equal(b.problems[1].solvers, 2);
    assert_int_equal(b.problems[1].first_try, 1);
    assert_int_equal(b.problems[1].failed, 4);
    assert_int_equal(b.problems[2].solvers, 0);
    assert_int_equal(b.hardest, 2);

    char *md = board_report_markdown(&b);
    assert_non_null(strstr(md, "## week-01: Title of week-01"));
    assert_non_null(strstr(md, "- **bob** (2/3): a, b\n"));
    assert_non_null(strstr(md, "- **carol** (0/3): nothing yet\n"));
    assert_non_null(strstr(md, "### First-try ACs\n\n- bob: a\n- alice: b\n- eve: a\n"));
    assert_non_null(strstr(md, "**c**: solved by 0 of 5 members, 1 failed attempt.\n"));
    assert_non_null(strstr(md, "| 1 | bob | 0:05 (1) | 2:00 (3) | | 2 | 2:45 |\n"));
    assert_non_null(strstr(md, "| 5 | carol | | -2 | | 0 | 0:00 |\n"));
    free(md);

    cJSON *json = board_json(&b);
    cJSON *members = cJSON_GetObjectItem(json, "members");
    assert_int_equal(cJSON_GetArraySize(members), 5);
    cJSON *first = cJSON_GetArrayItem(members, 0);
    assert_string_equal(cJSON_GetObjectItem(first, "total_time")->valuestring, "2:45");
    assert_string_equal(cJSON_GetObjectItem(json, "hardest")->valuestring, "c");
    cJSON_Delete(json);

    board_release(&b);
    free(a);
    week_release(&w);
}

static void test_board_hardest_ties_and_empty(void **state)
{
    (void)state;
    struct week w = make_week("w", "2026-11-09", "2026-11-15", "\"x\", \"y\", \"z\"");
    struct board b;
    board_compute(&b, &w, T0, NULL, 0);
    assert_int_equal(b.nrows, 0);
    assert_int_equal(b.hardest, -1);
    char *md = board_report_markdown(&b);
    assert_non_null(strstr(md, "No submissions yet."));
    free(md);
    board_release(&b);

    /* x and y are both unsolved; y has more failed attempts; z is solved. */
    static const struct spec s[] = {
        {"u", "x", "w", VERDICT_WA, 1},
        {"u", "y", "w", VERDICT_WA, 2},
        {"u", "y", "w", VERDICT_TLE, 3},
        {"u", "z", "w", VERDICT_AC, 4},
    };
    struct stats_attempt *a = board_attempts(s, 4, T0);
    board_compute(&b, &w, T0, a, 4);
    assert_int_equal(b.hardest, 1);
    board_release(&b);
    free(a);
    week_release(&w);
}

static void test_format_minutes(void **state)
{
    (void)state;
    char buf[32];
    assert_string_equal(board_format_minutes(0, buf, sizeof(buf)), "0:00");
    assert_string_equal(board_format_minutes(59, buf, sizeof(buf)), "0:59");
    assert_string_equal(board_format_minutes(1565, buf, sizeof(buf)), "26:05");
}

/* ---- user statistics ---- */

static const char *const TAGS_A[] = {"array"};
static const char *const TAGS_B[] = {"array", "hash"};
static const char *const TAGS_CD[] = {"graph"};
static const char *const TAGS_EF[] = {"dp"};
static const char *const TAGS_G[] = {"hash"};

struct tagged_spec {
    const char *user;
    const char *problem;
    const char *week;
    enum verdict verdict;
    const char *date;
    const char *const *tags;
    size_t ntags;
};

static struct stats_attempt *day_attempts(const struct tagged_spec *s, size_t n)
{
    struct stats_attempt *a = xcalloc(n, sizeof(*a));
    for (size_t i = 0; i < n; i++) {
        int day = day_of(s[i].date);
        a[i] = (struct stats_attempt){.id = (long long)i + 1,
                                      .user = s[i].user,
                                      .problem = s[i].problem,
                                      .week = s[i].week,
                                      .verdict = s[i].verdict,
                                      .at = (time_t)day * 86400 + (time_t)i,
                                      .day = day,
                                      .tags = s[i].tags ? s[i].tags : NO_TAGS,
                                      .ntags = s[i].ntags};
    }
    return a;
}

static const struct tagged_spec STATS[] = {
    {"u", "a", "w1", VERDICT_AC, "2026-11-09", TAGS_A, 1},
    {"v", "a", "w1", VERDICT_WA, "2026-11-09", TAGS_A, 1}, /* someone else */
    {"u", "b", "w1", VERDICT_WA, "2026-11-10", TAGS_B, 2},
    {"u", "b", "w1", VERDICT_AC, "2026-11-11", TAGS_B, 2},
    {"u", "c", "w2", VERDICT_AC, "2026-11-16", TAGS_CD, 1},
    {"u", "d", "w2", VERDICT_AC, "2026-11-17", TAGS_CD, 1},
    {"u", "e", "w3", VERDICT_TLE, "2026-11-23", TAGS_EF, 1},
    {"u", "e", "w3", VERDICT_WA, "2026-11-24", TAGS_EF, 1},
    {"u", "e", "w3", VERDICT_AC, "2026-11-25", TAGS_EF, 1},
    {"u", "g", NULL, VERDICT_WA, "2026-11-26", TAGS_G, 1},
    {"u", "f", "w4", VERDICT_WA, "2026-12-01", TAGS_EF, 1},
};

static void make_stats_weeks(struct week_set *set)
{
    char err[256];
    struct week ws[] = {
        make_week("w1", "2026-11-09", "2026-11-15", "\"a\", \"b\""),
        make_week("w2", "2026-11-16", "2026-11-22", "\"c\", \"d\""),
        make_week("w3", "2026-11-23", "2026-11-29", "\"e\""),
        make_week("w4", "2026-11-30", "2026-12-06", "\"f\", \"h\""),
        make_week("w5", "2026-12-07", "2026-12-13", "\"i\""),
    };
    memset(set, 0, sizeof(*set));
    for (size_t i = 0; i < sizeof(ws) / sizeof(ws[0]); i++)
        assert_int_equal(week_set_add(set, &ws[i], err, sizeof(err)), 0);
}

static void test_user_stats(void **state)
{
    (void)state;
    struct week_set weeks;
    make_stats_weeks(&weeks);
    size_t n = sizeof(STATS) / sizeof(STATS[0]);
    struct stats_attempt *a = day_attempts(STATS, n);
    struct user_stats s;
    stats_compute(&s, "u", &weeks, day_of("2026-12-02"), a, n);

    /* w5 has not started: four sets. */
    assert_int_equal(s.nweeks, 4);
    /* w1: a first try, b at attempt 2: 2/2, first try 1 of 2, (1 + 2) / 2 attempts per AC. */
    assert_string_equal(s.weeks[0].week->id, "w1");
    assert_int_equal(s.weeks[0].assigned, 2);
    assert_int_equal(s.weeks[0].attempted, 2);
    assert_int_equal(s.weeks[0].solved, 2);
    assert_int_equal(s.weeks[0].first_try, 1);
    assert_int_equal(s.weeks[0].attempts_to_solve, 3);
    assert_int_equal(s.weeks[0].submissions, 3);
    assert_int_equal(s.weeks[0].failing.count, 1);
    assert_int_equal(s.weeks[0].failing.items[0].verdict, VERDICT_WA);
    assert_false(s.weeks[0].current);
    /* w3: e at attempt 3; failing WA 1 and TLE 1: a tie, verdict order puts WA first. */
    assert_int_equal(s.weeks[2].solved, 1);
    assert_int_equal(s.weeks[2].first_try, 0);
    assert_int_equal(s.weeks[2].attempts_to_solve, 3);
    assert_int_equal(s.weeks[2].failing.count, 2);
    assert_int_equal(s.weeks[2].failing.items[0].verdict, VERDICT_WA);
    assert_int_equal(s.weeks[2].failing.items[1].verdict, VERDICT_TLE);
    /* w4 is current: f attempted, h not started. */
    assert_true(s.weeks[3].current);
    assert_int_equal(s.weeks[3].solved, 0);
    assert_int_equal(s.weeks[3].attempted, 1);

    /* w4 is in progress, so it neither counts nor breaks: w3, w2, w1 -> 3, ending w3. */
    assert_int_equal(s.streak, 3);
    assert_string_equal(s.streak_last->id, "w3");

    /* Unsolved: the started sets' problems in order (f, h), then g (in no set). */
    assert_int_equal(s.nunsolved, 3);
    assert_string_equal(s.unsolved[0].problem, "f");
    assert_string_equal(s.unsolved[0].week->id, "w4");
    assert_int_equal(s.unsolved[0].attempts, 1);
    assert_int_equal(s.unsolved[0].last_day, day_of("2026-12-01"));
    assert_string_equal(s.unsolved[1].problem, "h");
    assert_int_equal(s.unsolved[1].attempts, 0);
    assert_string_equal(s.unsolved[2].problem, "g");
    assert_null(s.unsolved[2].week);

    /* Tags: dp 3 failed of 4; hash 2 of 3; array 1 of 3; graph 0 of 2. */
    assert_int_equal(s.ntags, 4);
    const char *tags[] = {"dp", "hash", "array", "graph"};
    const int failed[] = {3, 2, 1, 0}, attempts[] = {4, 3, 3, 2};
    for (size_t i = 0; i < 4; i++) {
        assert_string_equal(s.tags[i].tag, tags[i]);
        assert_int_equal(s.tags[i].failed, failed[i]);
        assert_int_equal(s.tags[i].attempts, attempts[i]);
    }

    /* Overall: 10 submissions, 5 AC; a..g attempted (7), 5 solved, a c d first try,
     * 1 + 2 + 1 + 1 + 3 = 8 attempts to solve; failing WA 4, TLE 1. */
    assert_int_equal(s.submissions, 10);
    assert_int_equal(s.accepted, 5);
    assert_int_equal(s.attempted, 7);
    assert_int_equal(s.solved, 5);
    assert_int_equal(s.first_try, 3);
    assert_int_equal(s.attempts_to_solve, 8);
    assert_int_equal(s.failing.items[0].verdict, VERDICT_WA);
    assert_int_equal(s.failing.items[0].count, 4);
    assert_int_equal(s.failing.items[1].verdict, VERDICT_TLE);

    cJSON *json = stats_json(&s);
    cJSON *w1 = cJSON_GetArrayItem(cJSON_GetObjectItem(json, "weeks"), 0);
    assert_true(cJSON_GetObjectItem(w1, "first_try_rate")->valuedouble == 0.5);
    assert_true(cJSON_GetObjectItem(w1, "attempts_per_ac")->valuedouble == 1.5);
    cJSON *w4 = cJSON_GetArrayItem(cJSON_GetObjectItem(json, "weeks"), 3);
    assert_true(cJSON_IsNull(cJSON_GetObjectItem(w4, "attempts_per_ac")));
    cJSON_Delete(json);
    stats_release(&s);

    /* A week later w4 has ended unsolved, and w5 (current, untouched) is left out: 0. */
    stats_compute(&s, "u", &weeks, day_of("2026-12-08"), a, n);
    assert_int_equal(s.nweeks, 5);
    assert_int_equal(s.streak, 0);
    assert_null(s.streak_last);
    stats_release(&s);

    /* Nobody's history: nothing but the assigned problems, unsolved. */
    stats_compute(&s, "nobody", &weeks, day_of("2026-11-10"), a, n);
    assert_int_equal(s.nweeks, 1);
    assert_int_equal(s.submissions, 0);
    assert_int_equal(s.streak, 0);
    assert_int_equal(s.nunsolved, 2);
    stats_release(&s);

    free(a);
    week_set_release(&weeks);
}

/* ---- review ---- */

static void test_review_intervals(void **state)
{
    (void)state;
    const int expected[] = {1, 3, 7, 14, 30, 30, 30};
    for (int box = 0; box < 7; box++)
        assert_int_equal(review_interval_days(box), expected[box]);
    assert_int_equal(review_interval_days(-1), 1);
}

struct day_spec {
    const char *problem;
    int day; /* relative to today */
    enum verdict verdict;
};

/* Chronological order, as the history gives it; an insertion sort keeps the order of
 * attempts made on the same day. */
static void sort_by_day(struct day_spec *s, size_t n)
{
    for (size_t i = 1; i < n; i++) {
        struct day_spec x = s[i];
        size_t j = i;
        for (; j > 0 && s[j - 1].day > x.day; j--)
            s[j] = s[j - 1];
        s[j] = x;
    }
}

static void test_review(void **state)
{
    (void)state;
    struct day_spec s[] = {
        /* p1: unsolved, last 5 days ago: box 0, due 4 days ago. */
        {"p1", -5, VERDICT_WA},
        {"p1", -5, VERDICT_WA},
        /* p2: unsolved yesterday: due today. */
        {"p2", -1, VERDICT_WA},
        /* p3: unsolved today: due tomorrow (later). */
        {"p3", 0, VERDICT_WA},
        /* p4: solved at attempt 3 ten days ago: box 1 (3 days), 7 overdue. */
        {"p4", -10, VERDICT_WA},
        {"p4", -10, VERDICT_WA},
        {"p4", -10, VERDICT_AC},
        /* p5: solved at attempt 3, then a clean review: box 2 (7 days), last -15, 8 overdue. */
        {"p5", -20, VERDICT_WA},
        {"p5", -20, VERDICT_WA},
        {"p5", -20, VERDICT_AC},
        {"p5", -15, VERDICT_AC},
        /* p6: solved at attempt 4, then a review that failed first and was solved: box 1,
         * last -25, due -22, 22 overdue. */
        {"p6", -30, VERDICT_WA},
        {"p6", -30, VERDICT_TLE},
        {"p6", -30, VERDICT_WA},
        {"p6", -30, VERDICT_AC},
        {"p6", -25, VERDICT_WA},
        {"p6", -25, VERDICT_AC},
        /* p7: solved at attempt 2: not hard won, never listed. */
        {"p7", -3, VERDICT_WA},
        {"p7", -3, VERDICT_AC},
        /* p8: hard won, then four clean reviews: box 5 (30 days), last -1: later. */
        {"p8", -40, VERDICT_WA},
        {"p8", -40, VERDICT_WA},
        {"p8", -40, VERDICT_AC},
        {"p8", -35, VERDICT_AC},
        {"p8", -28, VERDICT_AC},
        {"p8", -14, VERDICT_AC},
        {"p8", -1, VERDICT_AC},
        /* p9: hard won, then a review that failed and was not solved: box 0, last -2,
         * 1 overdue. */
        {"p9", -9, VERDICT_WA},
        {"p9", -9, VERDICT_WA},
        {"p9", -9, VERDICT_AC},
        {"p9", -2, VERDICT_WA},
    };
    size_t n = sizeof(s) / sizeof(s[0]);
    sort_by_day(s, n);

    int today = day_of("2026-12-01");
    struct stats_attempt *a = xcalloc(n, sizeof(*a));
    for (size_t i = 0; i < n; i++)
        a[i] = (struct stats_attempt){.id = (long long)i,
                                      .user = "r",
                                      .problem = s[i].problem,
                                      .week = NULL,
                                      .verdict = s[i].verdict,
                                      .at = (time_t)(today + s[i].day) * 86400 + (time_t)i,
                                      .day = today + s[i].day,
                                      .tags = NO_TAGS};
    struct review_list r;
    review_compute(&r, "r", today, a, n);

    const char *due[] = {"p1", "p2", "p6", "p5", "p4", "p9"};
    const int overdue[] = {4, 0, 22, 8, 7, 1};
    const int box[] = {0, 0, 1, 2, 1, 0};
    assert_int_equal(r.ndue, 6);
    for (size_t i = 0; i < 6; i++) {
        if (strcmp(r.due[i].problem, due[i]) != 0)
            fail_msg("due[%zu] is %s, expected %s", i, r.due[i].problem, due[i]);
        assert_int_equal(r.due[i].overdue, overdue[i]);
        assert_int_equal(r.due[i].box, box[i]);
    }
    assert_int_equal(r.due[0].kind, REVIEW_UNSOLVED);
    assert_int_equal(r.due[0].attempts, 2);
    assert_int_equal(r.due[2].kind, REVIEW_HARD_WON);
    assert_int_equal(r.due[2].attempts_to_solve, 4);
    assert_int_equal(r.due[3].clean_reviews, 1);
    assert_int_equal(r.due[3].interval, 7);

    assert_int_equal(r.nlater, 2);
    assert_string_equal(r.later[0].problem, "p3");
    assert_int_equal(r.later[0].due_day, today + 1);
    assert_string_equal(r.later[1].problem, "p8");
    assert_int_equal(r.later[1].box, 5);
    assert_int_equal(r.later[1].interval, 30);
    assert_int_equal(r.later[1].due_day, today + 29);

    char *reason = review_reason(&r.due[0]);
    assert_string_equal(reason, "attempted 2 times (WA 2), never solved; review every 1 day, "
                                "4 days overdue");
    free(reason);
    reason = review_reason(&r.due[2]);
    assert_string_equal(reason, "solved at attempt 4 (failed: WA 3, TLE 1), 0 clean reviews "
                                "since; review every 3 days, 22 days overdue");
    free(reason);
    reason = review_reason(&r.due[5]);
    assert_string_equal(reason, "solved at attempt 3 (failed: WA 3), slipped at the last "
                                "review; review every 1 day, 1 day overdue");
    free(reason);
    reason = review_reason(&r.due[1]);
    assert_non_null(strstr(reason, "due today"));
    free(reason);

    review_release(&r);
    free(a);
}

/* Review that means it: a byte-identical resubmission is not a review; mistakes of a kind
 * that recurs bring problems back; never-started problems of ended sets with --include-new. */
static void test_review_reruns_mistakes_and_new(void **state)
{
    (void)state;
    int today = day_of("2026-12-01");
    struct {
        const char *problem;
        int day;
        enum verdict verdict;
        const char *sha;
    } s[] = {
        /* h: hard won 20 days ago (box 1), then the same accepted source judged again 10 and
         * 2 days ago (a folder run twice): not reviews. Still box 1, last -20, due -17. */
        {"h", -20, VERDICT_WA, "s1"},
        {"h", -20, VERDICT_WA, "s2"},
        {"h", -20, VERDICT_AC, "s3"},
        {"h", -10, VERDICT_AC, "s3"},
        {"h", -2, VERDICT_AC, "s3"},
        /* g: the same, but re-solved with a new source 10 days ago: a clean review, box 2. */
        {"g", -20, VERDICT_WA, "g1"},
        {"g", -20, VERDICT_WA, "g2"},
        {"g", -20, VERDICT_AC, "g3"},
        {"g", -10, VERDICT_AC, "g4"},
        /* x, y: solved at attempt 2 (never listed by attempts), each with an overflow: the kind
         * recurs, both come back. z: solved at attempt 2 with an edge case, once: not. */
        {"x", -6, VERDICT_WA, "x1"},
        {"x", -6, VERDICT_AC, "x2"},
        {"y", -4, VERDICT_WA, "y1"},
        {"y", -4, VERDICT_AC, "y2"},
        {"z", -4, VERDICT_WA, "z1"},
        {"z", -4, VERDICT_AC, "z2"},
    };
    size_t n = sizeof(s) / sizeof(s[0]);
    struct stats_attempt *a = xcalloc(n, sizeof(*a));
    for (size_t i = 0; i < n; i++)
        a[i] = (struct stats_attempt){.id = (long long)i + 1,
                                      .user = "r",
                                      .problem = s[i].problem,
                                      .verdict = s[i].verdict,
                                      .day = today + s[i].day,
                                      .tags = NO_TAGS,
                                      .source_sha256 = s[i].sha};
    /* Sorted by day (stable), as the history gives them. */
    for (size_t i = 1; i < n; i++) {
        struct stats_attempt x = a[i];
        size_t j = i;
        for (; j > 0 && a[j - 1].day > x.day; j--)
            a[j] = a[j - 1];
        a[j] = x;
    }
    const struct stats_mistake mistakes[] = {
        {.submission_id = 10, .user = "r", .problem = "x", .kind = MISTAKE_OVERFLOW, .note = "int"},
        {.submission_id = 12, .user = "r", .problem = "y", .kind = MISTAKE_OVERFLOW, .note = ""},
        {.submission_id = 14, .user = "r", .problem = "z", .kind = MISTAKE_EDGE_CASE, .note = ""},
        {.submission_id = 99, .user = "q", .problem = "z", .kind = MISTAKE_EDGE_CASE, .note = ""},
    };
    struct week_set weeks = WEEK_SET_INIT;
    struct week w1 = make_week("w1", "2026-11-02", "2026-11-08", "\"h\", \"n1\", \"n2\"");
    struct week w2 = make_week("w2", "2026-11-30", "2026-12-06", "\"n3\"");
    struct week w0 = make_week("w0", "2026-10-26", "2026-11-01", "\"n1\"");
    char err[256];
    assert_int_equal(week_set_add(&weeks, &w1, err, sizeof(err)), 0);
    assert_int_equal(week_set_add(&weeks, &w2, err, sizeof(err)), 0);
    assert_int_equal(week_set_add(&weeks, &w0, err, sizeof(err)), 0);
    struct review_options opts = {mistakes, 4, &weeks, true};
    struct review_list r;
    review_compute_full(&r, "r", today, a, n, &opts);

    /* Due: the hard won h (box 1, last -20: due -17) and g (box 2 after its clean review,
     * last -10: due -3); the recurring x (box 1, last -6: due -3) and y (last -4: due -1);
     * then the new ones: n1 (in w0, which ended 11-01) and n2 (w1 ended 11-08), each once;
     * n3's set runs. z's edge case does not recur: not listed. */
    const char *due[] = {"h", "g", "x", "y", "n1", "n2"};
    const enum review_kind kinds[] = {REVIEW_HARD_WON,  REVIEW_HARD_WON, REVIEW_RECURRING,
                                      REVIEW_RECURRING, REVIEW_NEW,      REVIEW_NEW};
    assert_int_equal(r.ndue, 6);
    for (size_t i = 0; i < r.ndue; i++) {
        assert_string_equal(r.due[i].problem, due[i]);
        assert_int_equal(r.due[i].kind, kinds[i]);
    }
    assert_int_equal(r.due[0].box, 1);
    assert_int_equal(r.due[0].clean_reviews, 0);
    assert_int_equal(r.due[0].last_day, today - 20);
    assert_int_equal(r.due[0].overdue, 17);
    assert_int_equal(r.due[0].last_failed_id, 2);
    assert_int_equal(r.due[1].box, 2);
    assert_int_equal(r.due[1].clean_reviews, 1);
    assert_int_equal(r.due[1].overdue, 3);
    assert_int_equal(r.due[2].nmistakes, 1);
    assert_int_equal(r.due[2].nrecurring, 1);
    assert_int_equal(r.due[2].recurring[0], MISTAKE_OVERFLOW);
    assert_int_equal(r.due[2].overdue, 3);
    assert_int_equal(r.due[3].overdue, 1);
    assert_string_equal(r.due[4].week->id, "w0");
    char *reason = review_reason(&r.due[2]);
    assert_non_null(strstr(reason, "a recurring mistake: overflow"));
    free(reason);
    reason = review_reason(&r.due[5]);
    assert_string_equal(reason, "never started (w1, which ended 2026-11-08)");
    free(reason);
    assert_int_equal(r.nlater, 0);
    const char *names[] = {"07-big", "sample-1"};
    review_set_failed_tests(&r.due[0], names, 2);
    cJSON *json = review_json(&r);
    char *text = cJSON_PrintUnformatted(json);
    assert_non_null(strstr(text, "\"failed_tests\":[\"07-big\",\"sample-1\"]"));
    assert_non_null(strstr(text, "\"recurring_kinds\":[\"overflow\"]"));
    assert_non_null(strstr(text, "\"kind\":\"new\""));
    free(text);
    cJSON_Delete(json);
    review_release(&r);

    /* Without the options: the hard won only. */
    review_compute(&r, "r", today, a, n);
    assert_int_equal(r.ndue, 2);
    assert_string_equal(r.due[0].problem, "h");
    review_release(&r);
    week_set_release(&weeks);
    free(a);
}

/* Mistakes per week and their trend in the statistics. */
static void test_stats_mistakes_and_progress(void **state)
{
    (void)state;
    struct week_set weeks = WEEK_SET_INIT;
    char err[256];
    const char *ids[] = {"w1", "w2", "w3", "w4"};
    const char *starts[] = {"2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23"};
    const char *ends[] = {"2026-11-08", "2026-11-15", "2026-11-22", "2026-11-29"};
    for (int i = 0; i < 4; i++) {
        struct week w = make_week(ids[i], starts[i], ends[i], "\"p\"");
        assert_int_equal(week_set_add(&weeks, &w, err, sizeof(err)), 0);
    }
    /* Overflows: 3 in w1, 2 in w2, 1 in w3, 0 in w4 (current): rarer, better. */
    const char *in[] = {"w1", "w1", "w1", "w2", "w2", "w3"};
    struct stats_mistake m[7];
    for (int i = 0; i < 6; i++)
        m[i] = (struct stats_mistake){.submission_id = i + 1,
                                      .user = "u",
                                      .problem = "p",
                                      .week = in[i],
                                      .kind = MISTAKE_OVERFLOW,
                                      .note = ""};
    m[6] = (struct stats_mistake){
        .submission_id = 7, .user = "v", .problem = "p", .week = "w1", .kind = MISTAKE_OTHER};
    struct user_stats s;
    stats_compute(&s, "u", &weeks, day_of("2026-11-25"), NULL, 0);
    stats_count_mistakes(&s, m, 7);
    assert_int_equal(s.mistakes[MISTAKE_OVERFLOW], 6);
    assert_int_equal(s.mistakes[MISTAKE_OTHER], 0);
    assert_int_equal(s.weeks[0].mistakes[MISTAKE_OVERFLOW], 3);
    assert_int_equal(s.weeks[3].mistakes[MISTAKE_OVERFLOW], 0);
    cJSON *json = stats_json(&s);
    char *text = cJSON_PrintUnformatted(json);
    /* The trend leaves out the current week: 3, 2, 1 -> slope -1, better. */
    assert_non_null(strstr(text, "\"mistake_kinds\":[{\"kind\":\"overflow\",\"values\":[3,2,1,0],"
                                 "\"trend\":\"better\",\"slope\":-1,\"total\":6}]"));
    assert_non_null(strstr(text, "\"mistakes\":[{\"kind\":\"overflow\",\"count\":3}]"));
    assert_non_null(strstr(text, "\"weeks\":[\"w1\",\"w2\",\"w3\",\"w4\"]"));
    free(text);
    cJSON_Delete(json);
    struct strbuf sb = STRBUF_INIT;
    stats_progress_text(&sb, &s);
    assert_non_null(strstr(sb.buf, "  overflow           █▆▃▁  0  better\n"));
    strbuf_release(&sb);
    stats_release(&s);
    week_set_release(&weeks);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_review_reruns_mistakes_and_new),
        cmocka_unit_test(test_stats_mistakes_and_progress),
        cmocka_unit_test(test_board),
        cmocka_unit_test(test_board_hardest_ties_and_empty),
        cmocka_unit_test(test_format_minutes),
        cmocka_unit_test(test_user_stats),
        cmocka_unit_test(test_review_intervals),
        cmocka_unit_test(test_review),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
