/* test_routine.c: unit tests of the weekly routine's pure computations (judge/routine.c,
 * judge/honesty.c): the study group's board, members' solutions, the presenter rotation, the
 * review-pair rotation, the review queue, the agenda, and the honesty rule. Expected values
 * are worked out by hand in the comments. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "judge/honesty.h"
#include "judge/routine.h"
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

/* ---- the study group's board ---- */

struct spec {
    const char *user;
    const char *problem;
    const char *week;
    enum verdict verdict;
    const char *date;
};

static struct stats_attempt *attempts_of(const struct spec *s, size_t n)
{
    struct stats_attempt *a = xcalloc(n, sizeof(*a));
    for (size_t i = 0; i < n; i++) {
        a[i] = (struct stats_attempt){.id = (long long)i + 1,
                                      .user = s[i].user,
                                      .problem = s[i].problem,
                                      .week = s[i].week,
                                      .verdict = s[i].verdict,
                                      .day = day_of(s[i].date)};
    }
    return a;
}

static const struct spec BOARD[] = {
    {"ana", "a", "w", VERDICT_AC, "2026-11-02"},     {"dee", "a", "w", VERDICT_AC, "2026-11-02"},
    {"ana", "b", "w", VERDICT_WA, "2026-11-03"},     {"dee", "b", "w", VERDICT_AC, "2026-11-03"},
    {"cy", "c", "w", VERDICT_WA, "2026-11-04"},      {"ana", "b", "w", VERDICT_AC, "2026-11-06"},
    {"ben", "a", "w", VERDICT_WA, "2026-11-07"}, /* the weekend: no later than anyone else */
    {"ben", "a", "w", VERDICT_AC, "2026-11-08"},     {"ben", "b", "w", VERDICT_AC, "2026-11-08"},
    {"ana", "a", "w", VERDICT_WA, "2026-11-09"}, /* after her AC: not counted */
    {"cy", "a", "w", VERDICT_AC, "2026-11-10"},  /* after the week: late */
    {"eve", "a", "other", VERDICT_AC, "2026-11-02"}, {"eve", "a", NULL, VERDICT_AC, "2026-11-02"},
};

static void test_group_board(void **state)
{
    (void)state;
    struct week w = make_week("w", "2026-11-02", "2026-11-08", "\"a\", \"b\", \"c\"");
    size_t n = sizeof(BOARD) / sizeof(BOARD[0]);
    struct stats_attempt *a = attempts_of(BOARD, n);
    struct group_board b;
    group_board_compute(&b, &w, a, n);

    /* dee: 2 solved, 2 first try, 2 attempts. ana: a first try, b at attempt 2 (3 attempts);
     * ben: a at attempt 2 on Sunday, b first try (3 attempts): the same standing as ana, a
     * shared rank, by name. cy: a solved late, not counted. */
    assert_int_equal(b.nrows, 4);
    const char *users[] = {"dee", "ana", "ben", "cy"};
    int ranks[] = {1, 2, 2, 4}, solved[] = {2, 2, 2, 0}, first[] = {2, 1, 1, 0},
        attempts[] = {2, 3, 3, 0}, late[] = {0, 0, 0, 1};
    for (size_t r = 0; r < 4; r++) {
        assert_string_equal(b.rows[r].user, users[r]);
        assert_int_equal(b.rows[r].rank, ranks[r]);
        assert_int_equal(b.rows[r].solved, solved[r]);
        assert_int_equal(b.rows[r].first_try, first[r]);
        assert_int_equal(b.rows[r].attempts, attempts[r]);
        assert_int_equal(b.rows[r].late, late[r]);
    }
    const struct group_cell *ben_a = &b.rows[2].cells[0], *cy_a = &b.rows[3].cells[0];
    assert_true(ben_a->solved && !ben_a->late);
    assert_int_equal(ben_a->attempts, 2);
    assert_int_equal(ben_a->solved_day, day_of("2026-11-08"));
    assert_true(cy_a->late && !cy_a->solved);
    assert_int_equal(cy_a->first_ac_id, 11);
    assert_int_equal(b.rows[1].cells[0].attempts, 1); /* ana's WA after her AC */

    /* a: tried by 4, solved in time by 3, 2 at once, 1 rejected (ben), 1 late. */
    assert_int_equal(b.problems[0].attempted_by, 4);
    assert_int_equal(b.problems[0].solvers, 3);
    assert_int_equal(b.problems[0].first_try, 2);
    assert_int_equal(b.problems[0].failed, 1);
    assert_int_equal(b.problems[0].late, 1);
    assert_int_equal(b.problems[2].solvers, 0);
    assert_int_equal(b.hardest, 2);

    char text[64];
    assert_string_equal(group_cell_text(ben_a, text, sizeof(text)), "Sun 11-08 (2)");
    assert_string_equal(group_cell_text(cy_a, text, sizeof(text)), "late 11-10 (1)");
    assert_string_equal(group_cell_text(&b.rows[3].cells[2], text, sizeof(text)), "-1");
    assert_string_equal(group_cell_text(&b.rows[0].cells[2], text, sizeof(text)), ".");

    char *md = group_report_markdown(&b);
    assert_non_null(strstr(md, "- **cy** (0/3): a (late)\n"));
    assert_non_null(strstr(md, "| 2 | ben | Sun 11-08 (2) | Sun 11-08 (1) | | 2 | 1 | 3 |"));
    free(md);
    group_board_release(&b);
    free(a);
    week_release(&w);
}

static void test_markdown_escapes_names(void **state)
{
    (void)state;
    struct strbuf md = STRBUF_INIT;
    md_add_escaped(&md, "a|b *x* [y](z) <img>\nnext_line");
    assert_string_equal(md.buf, "a\\|b \\*x\\* \\[y\\](z) \\<img\\> next\\_line");
    strbuf_release(&md);
    /* An escape sequence or a bidirectional override in a name is not sent to the terminal
     * or the chat: shown as text, its backslash escaped. */
    md_add_escaped(&md, "ev\x1b[2Jil\xe2\x80\xae");
    assert_string_equal(md.buf, "ev\\\\x1b\\[2Jil\\\\u202e");
    strbuf_release(&md);
}

/* ---- members' solutions, the queue and the agenda: history rows built by hand ---- */

struct row_spec {
    long long id;
    const char *user;
    const char *problem;
    const char *week;
    const char *verdict;
    const char *judged_at;
    long time_ms;
};

static struct hist_submission *rows_of(const struct row_spec *s, size_t n)
{
    struct hist_submission *rows = xcalloc(n, sizeof(*rows));
    for (size_t i = 0; i < n; i++) {
        rows[i].id = s[i].id;
        rows[i].user = (char *)s[i].user;
        rows[i].problem = (char *)s[i].problem;
        rows[i].problem_title = (char *)s[i].problem;
        rows[i].week = (char *)s[i].week;
        rows[i].language = (char *)"cpp";
        rows[i].verdict = (char *)s[i].verdict;
        snprintf(rows[i].judged_at, sizeof(rows[i].judged_at), "%s", s[i].judged_at);
        rows[i].max_time_ms = s[i].time_ms;
        rows[i].max_memory_kib = 1000 + s[i].time_ms;
    }
    return rows;
}

static const struct row_spec ROWS[] = {
    {1, "ana", "a", "w", "AC", "2026-11-02T10:00:00Z", 50},
    {2, "ben", "a", "w", "WA", "2026-11-03T10:00:00Z", 10},
    {3, "ben", "a", "w", "AC", "2026-11-03T11:00:00Z", 40},
    {4, "ben", "b", "w", "WA", "2026-11-04T10:00:00Z", 10},
    {5, "ana", "a", "w", "AC", "2026-11-05T10:00:00Z", 30}, /* a faster one, later */
    {6, "ana", "b", "w", "AC", "2026-11-06T10:00:00Z", 20},
    {7, "cy", "a", "w", "AC", "2026-11-10T10:00:00Z", 20}, /* late */
    {8, "cy", "b", "x", "AC", "2026-11-02T10:00:00Z", 20}, /* another week: solved b anyway */
};

static void test_member_solution(void **state)
{
    (void)state;
    struct week w = make_week("w", "2026-11-02", "2026-11-08", "\"a\", \"b\"");
    size_t n = sizeof(ROWS) / sizeof(ROWS[0]);
    struct hist_submission *rows = rows_of(ROWS, n);
    struct member_solution m;
    member_solution_compute(&m, "ana", "a", &w, rows, n);
    assert_int_equal(m.attempts, 1);
    assert_int_equal(m.submissions, 2);
    assert_int_equal(m.first_ac->id, 1);
    assert_int_equal(m.latest_ac->id, 5);
    assert_int_equal(m.best_time_ms, 30);
    assert_int_equal(m.best_memory_kib, 1030);
    assert_false(m.late);
    member_solution_compute(&m, "ben", "b", &w, rows, n);
    assert_null(m.first_ac);
    assert_int_equal(m.attempts, 1);
    assert_int_equal(m.best_time_ms, -1);
    member_solution_compute(&m, "cy", "a", &w, rows, n);
    assert_true(m.late);
    member_solution_compute(&m, "cy", "b", &w, rows, n); /* only w's rows count */
    assert_int_equal(m.submissions, 0);
    member_solution_compute(&m, "cy", "b", NULL, rows, n);
    assert_int_equal(m.latest_ac->id, 8);
    free(rows);
    week_release(&w);
}

static void test_review_queue(void **state)
{
    (void)state;
    struct week w = make_week("w", "2026-11-02", "2026-11-08", "\"a\", \"b\"");
    size_t n = sizeof(ROWS) / sizeof(ROWS[0]);
    struct hist_submission *rows = rows_of(ROWS, n);
    const struct review_pair pairs[] = {
        {"ana", "ben"}, {"ben", "ana"}, {"cy", "ana"}, {"ana", "cy"}};
    const struct queue_comment comments[] = {
        {"ana", "ben", "a"}, /* ana reviewed ben's a */
        {"ben", "cy", "a"},  /* not a pair's: changes nothing */
    };
    struct queue_item *q;
    size_t count =
        review_queue_compute(pairs, 4, &w, rows, n, comments, 2, day_of("2026-11-07"), &q);
    /* ana -> ben: ben solved a (#3), ana commented: done. ben -> ana: a (#5, her latest AC)
     * open, ben solved a; b (#6) waiting: ben has only a WA on b and the week runs. cy -> ana:
     * open both, cy solved a (late, #7) and b (in another set, #8): solving anywhere counts.
     * ana -> cy: a (#7, late) open: ana solved a. */
    assert_int_equal(count, 6);
    struct {
        const char *reviewer, *author, *problem;
        long long id;
        enum queue_status status;
    } expected[] = {
        {"ana", "ben", "a", 3, QUEUE_DONE},    {"ben", "ana", "a", 5, QUEUE_OPEN},
        {"ben", "ana", "b", 6, QUEUE_WAITING}, {"cy", "ana", "a", 5, QUEUE_OPEN},
        {"cy", "ana", "b", 6, QUEUE_OPEN},     {"ana", "cy", "a", 7, QUEUE_OPEN},
    };
    for (size_t i = 0; i < count; i++) {
        assert_string_equal(q[i].reviewer, expected[i].reviewer);
        assert_string_equal(q[i].author, expected[i].author);
        assert_string_equal(q[i].problem, expected[i].problem);
        assert_int_equal(q[i].submission_id, expected[i].id);
        assert_int_equal(q[i].status, expected[i].status);
    }
    free(q);
    /* After the week, nothing waits. */
    count = review_queue_compute(pairs, 4, &w, rows, n, comments, 2, day_of("2026-11-09"), &q);
    assert_int_equal(q[2].status, QUEUE_OPEN);
    free(q);
    free(rows);
    week_release(&w);
}

static void test_agenda(void **state)
{
    (void)state;
    struct week w = make_week("w", "2026-11-02", "2026-11-08", "\"a\", \"b\"");
    size_t n = sizeof(ROWS) / sizeof(ROWS[0]);
    struct hist_submission *rows = rows_of(ROWS, n);
    /* ana presented last time: a's solvers ana, ben, cy (late) -> ben and cy never presented:
     * ben by name; b: only ana solved it. */
    const char *past[] = {"cy", "ana"};
    struct agenda a;
    agenda_compute(&a, &w, rows, n, past, 2, NULL, NULL);
    assert_int_equal(a.nmembers, 3);
    assert_int_equal(a.problems[0].nsolvers, 3);
    assert_string_equal(a.problems[0].solvers[0].solution.user, "ana"); /* by first AC */
    assert_string_equal(a.problems[0].solvers[1].solution.user, "ben");
    assert_string_equal(a.problems[0].solvers[2].solution.user, "cy");
    assert_true(a.problems[0].solvers[2].solution.late);
    assert_string_equal(a.problems[0].presenter, "ben");
    assert_false(a.problems[0].confirmed);
    assert_string_equal(a.problems[1].presenter, "ana");
    assert_int_equal(a.problems[1].ntried, 1);
    assert_string_equal(a.problems[1].tried[0].user, "ben");
    agenda_release(&a);

    /* A confirmed presenter stays; one picked now replaces it. */
    const char *confirmed[] = {"cy", NULL}, *chosen[] = {NULL, NULL}, *picked[] = {"ana", NULL};
    agenda_compute(&a, &w, rows, n, past, 2, confirmed, chosen);
    assert_string_equal(a.problems[0].presenter, "cy");
    assert_true(a.problems[0].confirmed);
    agenda_release(&a);
    agenda_compute(&a, &w, rows, n, past, 2, confirmed, picked);
    assert_string_equal(a.problems[0].presenter, "ana");
    assert_false(a.problems[0].confirmed);
    char *md = agenda_markdown(&a, NULL);
    assert_non_null(strstr(md, "### A. a\n\nPresenter: **ana** (proposed)"));
    assert_non_null(strstr(md, "- tried, not solved: ben (1)"));
    free(md);

    /* A note is Markdown, quoted line by line: a CR ends a line as LF does (else what follows
     * would leave the quote: a heading, a presenter of its own); an escape sequence is shown,
     * not sent; a '<' that could open an HTML tag is &lt;, except in code: a span closed on
     * its line, a fenced block. An unclosed backtick, a backslash before the '<' or a fence
     * that is none (a backtick in its info string) do not let a tag through. */
    a.problems[0].solvers[0].note = "idea\r### B. fake\r\n- **eve**: x\x1b[2J\n"
                                    "<script>x</script> a < b, `vector<int>`\n"
                                    "` <b>open \\<i>slash\n"
                                    "``` c`x\n<u>\n"
                                    "```cpp\nvector<int> v;\n```\n<p>after\n";
    md = agenda_markdown(&a, NULL);
    assert_non_null(strstr(md, "  > idea\n  > ### B. fake\n  > - **eve**: x\\x1b[2J\n"
                               "  > &lt;script>x&lt;/script> a < b, `vector<int>`\n"
                               "  > ` &lt;b>open \\&lt;i>slash\n"
                               "  > ``` c`x\n  > &lt;u>\n"
                               "  > ```cpp\n  > vector<int> v;\n  > ```\n  > &lt;p>after\n- **"));
    assert_null(strchr(md, '\r'));
    assert_null(strchr(md, '\x1b'));
    free(md);
    agenda_release(&a);
    free(rows);
    week_release(&w);
}

/* ---- the presenter rotation ---- */

static void test_presenters(void **state)
{
    (void)state;
    const char *past[] = {"ana", "ben"};
    const char *s1[] = {"ana", "ben", "cy"}, *s2[] = {"ben", "ana"}, *s3[] = {"ana"},
               *s5[] = {"ana", "ben"}, *s6[] = {"ben", "cy"}, *s7[] = {"zed", "amy"};
    const struct presenter_problem problems[] = {
        {s1, 3, NULL},                   /* cy never presented */
        {s2, 2, NULL},                   /* ana (0) less recently than ben (1) */
        {s3, 1, NULL},                   /* only ana: twice in a row, unavoidable */
        {NULL, 0, NULL}, {s5, 2, "ben"}, /* confirmed */
        {s6, 2, NULL},                   /* ben presented just before: cy */
        {s7, 2, NULL},                   /* neither ever: by name */
    };
    const char *out[7];
    presenters_propose(past, 2, problems, 7, out);
    const char *expected[] = {"cy", "ana", "ana", NULL, "ben", "cy", "amy"};
    for (size_t i = 0; i < 7; i++) {
        if (expected[i])
            assert_string_equal(out[i], expected[i]);
        else
            assert_null(out[i]);
    }
}

/* ---- review pairs ---- */

static bool has_pair(const struct review_pair *p, size_t n, const char *r, const char *a)
{
    for (size_t i = 0; i < n; i++) {
        if (strcmp(p[i].reviewer, r) == 0 && strcmp(p[i].author, a) == 0)
            return true;
    }
    return false;
}

static void test_pairs_rotation(void **state)
{
    (void)state;
    const char *five[] = {"a", "b", "c", "d", "e"};
    struct review_pair *w0, *w1, *w2;
    /* Week 0: shifts 1 and 2. */
    size_t n0 = pairs_propose(five, 5, 2, 0, NULL, 0, NULL, 0, &w0);
    assert_int_equal(n0, 10);
    const char *want0[][2] = {{"a", "b"}, {"a", "c"}, {"b", "c"}, {"b", "d"}, {"c", "d"},
                              {"c", "e"}, {"d", "a"}, {"d", "e"}, {"e", "a"}, {"e", "b"}};
    for (size_t i = 0; i < n0; i++) {
        assert_string_equal(w0[i].reviewer, want0[i][0]);
        assert_string_equal(w0[i].author, want0[i][1]);
    }
    /* Week 1: shifts 3 and 4, no pair of week 0; the two weeks pair everyone with everyone,
     * and each member reviews and is reviewed twice. */
    size_t n1 = pairs_propose(five, 5, 2, 1, w0, n0, w0, n0, &w1);
    assert_int_equal(n1, 10);
    for (size_t i = 0; i < n1; i++)
        assert_false(has_pair(w0, n0, w1[i].reviewer, w1[i].author));
    for (size_t r = 0; r < 5; r++) {
        for (size_t a = 0; a < 5; a++) {
            if (r != a)
                assert_true(has_pair(w0, n0, five[r], five[a]) ||
                            has_pair(w1, n1, five[r], five[a]));
        }
        int reviews = 0, reviewed = 0;
        for (size_t i = 0; i < n1; i++) {
            reviews += strcmp(w1[i].reviewer, five[r]) == 0;
            reviewed += strcmp(w1[i].author, five[r]) == 0;
        }
        assert_int_equal(reviews, 2);
        assert_int_equal(reviewed, 2);
    }

    /* The rotation over three unconfirmed weeks is the same, and week 2 comes back to
     * shifts 1 and 2 (never week 1's). */
    struct pairs_week weeks[3] = {
        {five, 5, NULL, 0, false}, {five, 5, NULL, 0, false}, {five, 5, NULL, 0, false}};
    size_t n2 = pairs_rotation(weeks, 1, 2, &w2);
    assert_int_equal(n2, n1);
    for (size_t i = 0; i < n2; i++)
        assert_true(has_pair(w1, n1, w2[i].reviewer, w2[i].author));
    free(w2);
    n2 = pairs_rotation(weeks, 2, 2, &w2);
    for (size_t i = 0; i < n2; i++)
        assert_true(has_pair(w0, n0, w2[i].reviewer, w2[i].author));
    free(w2);

    /* A confirmed week is taken as it is, and the next avoids it. */
    const struct review_pair custom[] = {{"a", "d"}, {"b", "e"}};
    weeks[1].recorded = custom;
    weeks[1].nrecorded = 2;
    weeks[1].has_recorded = true;
    n2 = pairs_rotation(weeks, 1, 2, &w2);
    assert_int_equal(n2, 2);
    assert_string_equal(w2[0].author, "d");
    free(w2);
    n2 = pairs_rotation(weeks, 2, 2, &w2);
    assert_false(has_pair(w2, n2, "a", "d") || has_pair(w2, n2, "b", "e"));
    free(w2);
    free(w0);
    free(w1);
}

static void test_pairs_small_groups(void **state)
{
    (void)state;
    const char *three[] = {"ana", "ben", "cy"}, *four[] = {"ana", "ben", "cy", "dee"};
    struct review_pair *p0, *p1;
    /* Three members, k = 1: a -> b -> c -> a, then the other way round. */
    size_t n0 = pairs_propose(three, 3, 1, 0, NULL, 0, NULL, 0, &p0);
    assert_int_equal(n0, 3);
    assert_true(has_pair(p0, n0, "ana", "ben") && has_pair(p0, n0, "ben", "cy") &&
                has_pair(p0, n0, "cy", "ana"));
    size_t n1 = pairs_propose(three, 3, 1, 1, p0, n0, p0, n0, &p1);
    assert_true(has_pair(p1, n1, "ana", "cy") && has_pair(p1, n1, "ben", "ana") &&
                has_pair(p1, n1, "cy", "ben"));
    free(p1);
    /* k larger than the group: everyone reviews everyone else (capped at n - 1). */
    n1 = pairs_propose(three, 3, 5, 1, p0, n0, p0, n0, &p1);
    assert_int_equal(n1, 6);
    free(p1);
    /* A new member joins: the offset that repeats nothing of last week wins. */
    n1 = pairs_propose(four, 4, 1, 1, p0, n0, p0, n0, &p1);
    assert_int_equal(n1, 4);
    for (size_t i = 0; i < n1; i++)
        assert_false(has_pair(p0, n0, p1[i].reviewer, p1[i].author));
    free(p1);
    free(p0);
    /* Alone: nobody to review. */
    assert_int_equal(pairs_propose(three, 1, 2, 0, NULL, 0, NULL, 0, &p0), 0);
    free(p0);
}

/* ---- the honesty rule ---- */

static void test_honesty_decide(void **state)
{
    (void)state;
    struct week w = make_week("w", "2026-11-02", "2026-11-08", "\"a\"");
    int during = day_of("2026-11-05"), last = day_of("2026-11-08"), after = day_of("2026-11-09");
    /* Own work, always. */
    assert_int_equal(honesty_decide("ana", "ana", false, &w, during, HONESTY_VIEWER), HONESTY_OWN);
    assert_int_equal(honesty_decide("ana", "ana", false, &w, during, HONESTY_GROUP), HONESTY_OWN);
    /* Too early: not solved, the week runs (its last day included). */
    assert_int_equal(honesty_decide("ana", "ben", false, &w, during, HONESTY_VIEWER),
                     HONESTY_HIDDEN);
    assert_int_equal(honesty_decide("ana", "ben", false, &w, last, HONESTY_VIEWER), HONESTY_HIDDEN);
    /* Solved it: the viewer may look; the whole group may not yet. */
    assert_int_equal(honesty_decide("ana", "ben", true, &w, during, HONESTY_VIEWER),
                     HONESTY_SOLVED);
    assert_int_equal(honesty_decide("ana", "ben", true, &w, during, HONESTY_GROUP), HONESTY_HIDDEN);
    /* The week has ended: everyone. */
    assert_int_equal(honesty_decide("ana", "ben", false, &w, after, HONESTY_VIEWER),
                     HONESTY_WEEK_ENDED);
    assert_int_equal(honesty_decide("ana", "ben", false, &w, after, HONESTY_GROUP),
                     HONESTY_WEEK_ENDED);
    /* No week: only solving opens it. */
    assert_int_equal(honesty_decide("ana", "ben", false, NULL, after, HONESTY_VIEWER),
                     HONESTY_HIDDEN);
    assert_int_equal(honesty_decide("ana", "ben", true, NULL, after, HONESTY_VIEWER),
                     HONESTY_SOLVED);
    char *why = honesty_explain("ben", "a", &w, HONESTY_VIEWER);
    assert_string_equal(why, "ben's work on a is shown once you have solved a or w has ended "
                             "(after 2026-11-08)");
    free(why);
    assert_string_equal(honesty_reason_name(HONESTY_WEEK_ENDED), "week ended");
    week_release(&w);
}

int main(void)
{
    setenv("TZ", "UTC", 1);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_group_board),     cmocka_unit_test(test_markdown_escapes_names),
        cmocka_unit_test(test_member_solution), cmocka_unit_test(test_review_queue),
        cmocka_unit_test(test_agenda),          cmocka_unit_test(test_presenters),
        cmocka_unit_test(test_pairs_rotation),  cmocka_unit_test(test_pairs_small_groups),
        cmocka_unit_test(test_honesty_decide),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
