/* test_mistakes.c: unit tests of the mistake kinds and the proposals from a failed
 * submission's evidence (judge/mistakes.c). */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "judge/mistakes.h"

static void test_kind_names(void **state)
{
    (void)state;
    enum mistake_kind k;
    const char *names[] = {"overflow",      "off-by-one",      "edge-case", "complexity",
                           "output-format", "recursion-depth", "misread",   "other"};
    for (int i = 0; i < MISTAKE_KIND_COUNT; i++) {
        assert_string_equal(mistake_kind_name((enum mistake_kind)i), names[i]);
        assert_int_equal(mistake_kind_parse(names[i], &k), 0);
        assert_int_equal(k, i);
    }
    assert_int_equal(mistake_kind_parse("Edge case", &k), 0);
    assert_int_equal(k, MISTAKE_EDGE_CASE);
    assert_int_equal(mistake_kind_parse("output_format", &k), 0);
    assert_int_equal(k, MISTAKE_OUTPUT_FORMAT);
    assert_int_equal(mistake_kind_parse("misread statement", &k), 0);
    assert_int_equal(k, MISTAKE_MISREAD);
    assert_int_equal(mistake_kind_parse("typo", &k), -1);
    assert_int_equal(mistake_kind_parse("", &k), -1);
    assert_int_equal(mistake_kind_parse("overflow-overflow-overflow-overflow-overflow", &k), -1);
}

static void test_overflow_evidence(void **state)
{
    (void)state;
    /* A sign flipped: 3000000000 in a 32-bit int prints -1294967296. */
    assert_true(mistake_message_shows_overflow(
        "line 1, column 1: expected '3000000000', got '-1294967296'"));
    /* Wrapped without a sign change: 5000000000 - 2^32 = 705032704. */
    assert_true(
        mistake_message_shows_overflow("line 1, column 1: expected '5000000000', got '705032704'"));
    /* 64 bits: 2^64 + 5 printed as 5 is equal modulo 2^32 too. */
    assert_true(mistake_message_shows_overflow(
        "line 2, column 3: expected '18446744073709551621', got '5'"));
    /* 2^32 wrapped to 0; and the float checker's wording. */
    assert_true(mistake_message_shows_overflow("line 1, column 1: expected '4294967296', got '0'"));
    assert_true(mistake_message_shows_overflow(
        "line 1, column 1: expected the number '2147483648', got '-2147483648'"));
    /* A line mismatch: the first differing token decides. */
    assert_true(mistake_message_shows_overflow(
        "line 1, column 3: expected '1 3000000000 7', got '1 -1294967296 7'"));
    assert_false(
        mistake_message_shows_overflow("line 1, column 3: expected '1 2 7', got '1 3 -7'"));
    /* Plain wrong answers. */
    assert_false(mistake_message_shows_overflow("line 1, column 1: expected '3', got '4'"));
    assert_false(mistake_message_shows_overflow("line 1, column 1: expected '0', got '-5'"));
    assert_false(mistake_message_shows_overflow("line 1, column 1: expected 'yes', got 'no'"));
    assert_false(mistake_message_shows_overflow("wrong answer"));
    assert_false(mistake_message_shows_overflow("output is empty: expected '3' at line 1"));
    assert_false(mistake_message_shows_overflow(
        "line 1, column 1: expected '1234567890123456789012345678901234567890', got '-1'"));
}

/* A test as the history keeps it (the strings are not written to). */
#define T(name, verdict, message)                                                                  \
    {                                                                                              \
        (char *)(name), (char *)(verdict), 1, 1, (char *)(message)                                 \
    }

/* A failed submission with its tests. */
static void make(struct hist_submission *s, const char *verdict, struct hist_test *tests, size_t n)
{
    memset(s, 0, sizeof(*s));
    s->verdict = (char *)verdict;
    s->tests = tests;
    s->ntests = n;
}

static void test_proposals(void **state)
{
    (void)state;
    struct hist_submission s;
    struct mistake_proposal p;
    struct hist_test tle[] = {T("sample-1", "AC", ""),
                              T("07-big", "TLE", "used more than 2.000 s of CPU time"),
                              T("08", "skipped", "")};
    make(&s, "TLE", tle, 3);
    assert_true(mistake_propose(&s, &p));
    assert_int_equal(p.kind, MISTAKE_COMPLEXITY);
    assert_string_equal(p.why, "TLE on test 07-big");

    struct hist_test pe[] = {T("1", "PE", "presentation error")};
    make(&s, "PE", pe, 1);
    assert_true(mistake_propose(&s, &p));
    assert_int_equal(p.kind, MISTAKE_OUTPUT_FORMAT);

    struct hist_test re[] = {
        T("1", "RE", "exit code 1: RecursionError: maximum recursion depth exceeded")};
    make(&s, "RE", re, 1);
    assert_true(mistake_propose(&s, &p));
    assert_int_equal(p.kind, MISTAKE_RECURSION_DEPTH);
    struct hist_test segv[] = {T("1", "RE", "SIGSEGV (Segmentation fault)")};
    make(&s, "RE", segv, 1);
    assert_false(mistake_propose(&s, &p)); /* could be anything */

    /* The hidden test says only "wrong answer": the sample's difference is the evidence. */
    struct hist_test wa[] = {
        T("02-hidden", "WA", "wrong answer"),
        T("sample-1", "WA", "line 1, column 1: expected '3000000000', got '-1294967296'")};
    make(&s, "WA", wa, 2);
    assert_true(mistake_propose(&s, &p));
    assert_int_equal(p.kind, MISTAKE_OVERFLOW);
    assert_non_null(strstr(p.why, "sample-1"));
    /* The first visible difference decides, not a later one. */
    struct hist_test wa2[] = {
        T("sample-1", "WA", "line 1, column 1: expected '3', got '4'"),
        T("sample-2", "WA", "line 1, column 1: expected '3000000000', got '-1294967296'")};
    make(&s, "WA", wa2, 2);
    assert_false(mistake_propose(&s, &p));
    struct hist_test ce[] = {T("1", "skipped", "not run (compilation error)")};
    make(&s, "CE", ce, 1);
    assert_false(mistake_propose(&s, &p));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_kind_names),
        cmocka_unit_test(test_overflow_evidence),
        cmocka_unit_test(test_proposals),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
