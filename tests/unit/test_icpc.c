/* test_icpc.c: unit tests of the ICPC loader (judge/icpc.c), its scoring, and time-limit
 * rounding (judge/derive.c), on packages written into a temporary directory. */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "judge/derive.h"
#include "judge/icpc.h"
#include "judge/judging.h"
#include "judge/problem.h"
#include "judge/util.h"

/* ---- Helpers ---- */

static char root[256];
static int serial;

/* A fresh package directory under the temporary root. */
static char *package_dir(void)
{
    char *dir = xasprintf("%s/p%d", root, ++serial);
    assert_int_equal(mkdir(dir, 0755), 0);
    return dir;
}

static void put(const char *dir, const char *rel, const char *text)
{
    char *path = path_join(dir, rel);
    for (char *s = path + strlen(dir) + 1; *s; s++) {
        if (*s == '/') {
            *s = '\0';
            mkdir(path, 0755);
            *s = '/';
        }
    }
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
    free(path);
}

/* A test case: name.in and name.ans. */
static void put_test(const char *dir, const char *name)
{
    char *in = xasprintf("data/%s.in", name), *ans = xasprintf("data/%s.ans", name);
    put(dir, in, "1\n");
    put(dir, ans, "1\n");
    free(in);
    free(ans);
}

static void load_ok(const char *dir, struct problem *p)
{
    char err[1024];
    int r = problem_load(dir, p, err, sizeof(err));
    if (r < 0)
        fail_msg("load failed: %s", err);
}

/* Loads a package that must fail, and checks the message contains want. */
static void load_fails(const char *dir, const char *want)
{
    struct problem p;
    char err[1024];
    assert_int_equal(problem_load(dir, &p, err, sizeof(err)), -1);
    if (!strstr(err, want))
        fail_msg("message '%s' lacks '%s'", err, want);
}

static int group_index(const struct problem *p, const char *name)
{
    for (size_t i = 0; i < p->ngroups; i++) {
        if (strcmp(p->groups[i].name, name) == 0)
            return (int)i;
    }
    fail_msg("no group %s", name);
    return -1;
}

static size_t test_index(const struct problem *p, const char *name)
{
    for (size_t i = 0; i < p->ntests; i++) {
        if (strcmp(p->tests[i].name, name) == 0)
            return i;
    }
    fail_msg("no test %s", name);
    return 0;
}

/* A judgement where every test ran and got AC, with no score.txt. */
static void all_accepted(const struct problem *p, struct judgement *j)
{
    memset(j, 0, sizeof(*j));
    j->total = p->ntests;
    j->scoring = p->scoring;
    j->tests = xcalloc(p->ntests, sizeof(*j->tests));
    for (size_t i = 0; i < p->ntests; i++) {
        j->tests[i].ran = true;
        j->tests[i].verdict = VERDICT_AC;
        j->tests[i].score = NAN;
    }
}

static void set_verdict(const struct problem *p, struct judgement *j, const char *test,
                        enum verdict v)
{
    j->tests[test_index(p, test)].verdict = v;
}

/* ---- Time-limit rounding ---- */

static void test_derive_round(void **state)
{
    (void)state;
    bool raised;
    assert_int_equal(derive_round(310, 5, 1, &raised), 2000);
    assert_false(raised);
    assert_int_equal(derive_round(200, 5, 1, &raised), 1000); /* exactly 1 s: no step up */
    assert_int_equal(derive_round(10, 2, 1, &raised), 1000);  /* one step of 1 s */
    assert_false(raised);
    assert_int_equal(derive_round(0, 5, 1, &raised), 1000);
    assert_true(raised);
    assert_int_equal(derive_round(1300, 2, 0.5, &raised), 3000);
    assert_int_equal(derive_round(1100, 2, 0.25, &raised), 2250);
    assert_int_equal(derive_round(100, 3, 0.1, &raised), 1000); /* 300 ms: the minimum */
    assert_true(raised);
    assert_int_equal(derive_round(650, 2.2, 0.01, &raised), 1430); /* 1430.0000000000002 ms */
    assert_int_equal(derive_round(700, 1.5, 0.1, &raised), 1100);  /* 1050 -> 1100 */
    assert_false(raised);
    /* Whatever the arguments: between 1 s and DERIVE_MAX_MS, never an overflow (1e300 made a
     * negative limit, then 1 s) nor a limit no run accepts (1e15). */
    assert_int_equal(derive_round(20000, 1e300, 1, &raised), DERIVE_MAX_MS);
    assert_false(raised);
    assert_int_equal(derive_round(20000, 1e15, 1, &raised), DERIVE_MAX_MS);
    assert_int_equal(derive_round(LONG_MAX, 100, 1, &raised), DERIVE_MAX_MS);
    assert_int_equal(derive_round(1000, INFINITY, 1, &raised), DERIVE_MAX_MS);
    assert_int_equal(derive_round(20000, 100, 0.001, &raised), DERIVE_MAX_MS);
    assert_int_equal(derive_round(1000, 2, 1e300, &raised), DERIVE_MAX_MS);
    assert_int_equal(derive_round(1000, -5, 1, &raised), 1000);
    assert_true(raised);
    assert_int_equal(derive_round(1000, NAN, 1, &raised), 1000);
    assert_true(raised);
    assert_int_equal(derive_round(-1000, 5, 1, &raised), 1000);
    assert_true(raised);
}

/* ---- problem.yaml ---- */

static void test_legacy_defaults_and_order(void **state)
{
    (void)state;
    char *dir = package_dir();
    put(dir, "problem.yaml", "name: Legacy\nvalidator_flags: float_tolerance 1e-6\n");
    put_test(dir, "sample/1");
    put_test(dir, "secret/1");
    put_test(dir, "secret/10");
    put_test(dir, "secret/2");
    put_test(dir, "secret/b");
    put_test(dir, "secret/a/1");
    put(dir, "data/secret/a/testdata.yaml", "output_validator_flags: case_sensitive\n");
    struct problem p;
    load_ok(dir, &p);
    assert_int_equal(p.format, PROBLEM_ICPC);
    assert_string_equal(p.format_version, "legacy");
    assert_string_equal(p.title, "Legacy");
    assert_int_equal(p.time_limit_ms, 0); /* to be derived */
    assert_true(p.ac_to_time_limit == 5 && p.time_limit_to_tle == 2);
    assert_false(p.ac_to_time_limit_set);
    assert_int_equal(p.memory_limit_mb, 1024);
    assert_int_equal(p.output_limit_mb, 8);
    assert_int_equal(p.checker.kind, CHECKER_BUILTIN);
    assert_int_equal(p.checker.cmp.mode, CMP_KATTIS);
    assert_true(p.checker.cmp.abs_tol == 1e-6);
    /* Lexicographic, tests and groups interleaved. */
    static const char *const order[] = {"sample/1", "secret/1",   "secret/10",
                                        "secret/2", "secret/a/1", "secret/b"};
    assert_int_equal(p.ntests, 6);
    for (size_t i = 0; i < 6; i++)
        assert_string_equal(p.tests[i].name, order[i]);
    assert_true(p.tests[0].sample);
    assert_false(p.tests[1].sample);
    /* problem.yaml's flags, then the group's. */
    int a = group_index(&p, "secret/a");
    assert_string_equal(p.groups[a].validator_flags, "float_tolerance 1e-6 case_sensitive");
    assert_string_equal(p.groups[group_index(&p, "secret")].validator_flags,
                        "float_tolerance 1e-6");
    assert_int_equal(p.tests[test_index(&p, "secret/a/1")].group, a);
    assert_string_equal(p.groups[0].name, "data");
    problem_release(&p);
    free(dir);
}

static void test_modern_limits_and_names(void **state)
{
    (void)state;
    char *dir = package_dir();
    put(dir, "problem.yaml",
        "problem_format_version: 2023-07-draft\n"
        "name:\n  sv: Hej\n  en: Hello\n"
        "limits:\n  time_limit: 1.5\n  memory: 512\n  output: 16\n"
        "  time_multipliers: {ac_to_time_limit: 3, time_limit_to_tle: 1.25}\n"
        "  time_resolution: 0.5\n"
        "keywords: [graphs, bfs]\n");
    put_test(dir, "secret/1");
    struct problem p;
    load_ok(dir, &p);
    assert_string_equal(p.format_version, "2023-07-draft");
    assert_string_equal(p.title, "Hello");
    assert_int_equal(p.time_limit_ms, 1500);
    assert_int_equal(p.memory_limit_mb, 512);
    assert_int_equal(p.output_limit_mb, 16);
    assert_true(p.ac_to_time_limit == 3 && p.ac_to_time_limit_set);
    assert_true(p.time_limit_to_tle == 1.25);
    assert_true(p.time_resolution_s == 0.5);
    assert_int_equal(p.ntags, 2);
    assert_string_equal(p.tags[1], "bfs");
    problem_release(&p);
    free(dir);

    dir = package_dir();
    put(dir, "problem.yaml", "problem_format_version: 2025-09\nname: {sv: Bara svenska}\n");
    put_test(dir, "secret/1");
    load_ok(dir, &p);
    assert_string_equal(p.title, "Bara svenska");
    assert_true(p.ac_to_time_limit == 2 && p.time_limit_to_tle == 1.5);
    assert_int_equal(p.memory_limit_mb, 2048);
    problem_release(&p);
    free(dir);
}

static void test_types_and_validators(void **state)
{
    (void)state;
    char *dir = package_dir();
    put(dir, "problem.yaml",
        "problem_format_version: 2025-09\nname: I\ntype: [scoring, interactive]\n");
    put_test(dir, "secret/1");
    put(dir, "output_validator/interactor.cpp", "int main() { return 42; }\n");
    struct problem p;
    load_ok(dir, &p);
    assert_true(p.scoring);
    assert_int_equal(p.interaction, INTERACTION_KATTIS);
    assert_non_null(strstr(p.interactor_source, "output_validator"));
    problem_release(&p);
    free(dir);

    dir = package_dir();
    put(dir, "problem.yaml", "name: Legacy custom\nvalidation: custom score\n");
    put_test(dir, "secret/1");
    put(dir, "output_validators/mine/check.cpp", "int main() { return 42; }\n");
    load_ok(dir, &p);
    assert_int_equal(p.checker.kind, CHECKER_KATTIS);
    assert_non_null(strstr(p.checker.source, "output_validators/mine"));
    assert_int_equal(p.interaction, INTERACTION_NONE);
    problem_release(&p);
    free(dir);
}

static void test_2025_groups_are_flat_below_secret(void **state)
{
    (void)state;
    char *dir = package_dir();
    put(dir, "problem.yaml", "problem_format_version: 2025-09\nname: F\n");
    put_test(dir, "secret/g1/1");
    put_test(dir, "secret/g1/deeper/2");
    put(dir, "data/secret/g1/test_group.yaml", "output_validator_args: [case_sensitive]\n");
    struct problem p;
    load_ok(dir, &p);
    int g1 = group_index(&p, "secret/g1");
    assert_int_equal(p.tests[test_index(&p, "secret/g1/deeper/2")].group, g1);
    assert_string_equal(p.groups[g1].validator_flags, "case_sensitive");
    for (size_t i = 0; i < p.ngroups; i++)
        assert_null(strstr(p.groups[i].name, "deeper"));
    problem_release(&p);
    free(dir);
}

static void test_errors_name_file_and_field(void **state)
{
    (void)state;
    struct {
        const char *yaml;
        const char *want;
    } cases[] = {
        {"name: [unclosed\n", "problem.yaml:2:1: malformed YAML"},
        {"name: x\nlimits:\n  memory: -5\n",
         "problem.yaml:3: limits.memory must be a positive integer (got -5)"},
        {"name: x\nlimits:\n  time_limit: fast\n",
         "problem.yaml:3: limits.time_limit must be a positive number (got fast)"},
        {"name: x\nlimits:\n  time_limit: \"2\"\n",
         "limits.time_limit must be a positive number (got \"2\")"},
        {"name: x\ntype: scoring\nlimits: [1]\n",
         "problem.yaml:3: limits must be a map (got a list)"},
        {"problem_format_version: 2025-09\ntype: [multi-pass]\nname: x\n",
         "problem.yaml:2: type multi-pass needs an output validator"},
        {"problem_format_version: 2025-09\n", "problem.yaml: name is missing"},
        {"problem_format_version: 2023-07-draft\nname: x\nlimits:\n  time_multipliers:\n    "
         "time_limit_to_tle: 0\n",
         "problem.yaml:5: limits.time_multipliers.time_limit_to_tle must be a number >= 1"},
        {"name: x\nvalidation: sometimes\n",
         "problem.yaml:2: validation must begin with default or custom"},
        {"name: x\nvalidator_flags: loud\n", "validator_flags: unknown flag 'loud'"},
        {"name: x\ngrading: {objective: most}\n", "grading.objective must be max or min"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char *dir = package_dir();
        put(dir, "problem.yaml", cases[i].yaml);
        put_test(dir, "secret/1");
        load_fails(dir, cases[i].want);
        free(dir);
    }
}

static void test_data_errors(void **state)
{
    (void)state;
    char *dir = package_dir();
    put(dir, "problem.yaml", "name: x\n");
    load_fails(dir, "/data: missing");
    char *data = path_join(dir, "data");
    assert_int_equal(mkdir(data, 0755), 0);
    free(data);
    load_fails(dir, "/data: no tests");
    /* Samples without secret tests (DOMjudge's hello): judged on the samples, with a warning. */
    put(dir, "data/sample/1.in", "1\n");
    put(dir, "data/sample/1.ans", "1\n");
    struct problem p;
    load_ok(dir, &p);
    assert_int_equal(p.ntests, 1);
    assert_non_null(p.warning);
    assert_non_null(strstr(p.warning, "/data/secret: no secret tests; judging the samples only"));
    problem_release(&p);
    put(dir, "data/secret/3.in", "1\n");
    load_fails(dir, "/data/secret/3.in: no .ans");
    put(dir, "data/secret/3.ans", "1\n");
    put(dir, "data/secret/testdata.yaml", "on_reject: sometimes\n");
    load_fails(dir, "data/secret/testdata.yaml:1: on_reject must be break or continue");
    put(dir, "data/secret/testdata.yaml", "grader_flags: median\n");
    load_fails(dir, "data/secret/testdata.yaml:1: grader_flags: unknown flag 'median'");
    put(dir, "data/secret/testdata.yaml", "output_validator_flags: float_tolerance x\n");
    load_fails(dir, "output_validator_flags: float_tolerance needs a non-negative number");
    put(dir, "data/secret/testdata.yaml", "output_validator_flags: [a\n");
    load_fails(dir, "data/secret/testdata.yaml:2:1: malformed YAML");
    put(dir, "data/secret/testdata.yaml", "output_validator_flags: case_sensitive\n");
    load_ok(dir, &p);
    assert_null(p.warning);
    problem_release(&p);
    free(dir);
}

/* ---- bounds on what a package can ask of the judge (issue 8, items 18 and 20) ---- */

static void test_absurd_numbers_refused(void **state)
{
    (void)state;
    struct {
        const char *yaml;
        const char *testdata; /* data/secret/testdata.yaml, or NULL */
        const char *want;
    } cases[] = {
        {"name: x\nlimits:\n  time_multiplier: 1e300\n", NULL,
         "problem.yaml:3: limits.time_multiplier must be at most 100 (got 1e300)"},
        {"name: x\nlimits:\n  time_multiplier: 1e15\n", NULL,
         "limits.time_multiplier must be at most 100"},
        {"name: x\nlimits:\n  time_safety_margin: 101\n", NULL,
         "problem.yaml:3: limits.time_safety_margin must be at most 100 (got 101)"},
        {"problem_format_version: 2025-09\nname: x\nlimits:\n  time_multipliers:\n"
         "    ac_to_time_limit: 1e300\n",
         NULL, "problem.yaml:5: limits.time_multipliers.ac_to_time_limit must be at most 100"},
        {"problem_format_version: 2023-07-draft\nname: x\nlimits:\n  time_multipliers:\n"
         "    time_limit_to_tle: 1000\n",
         NULL, "limits.time_multipliers.time_limit_to_tle must be at most 100"},
        {"name: x\nlimits:\n  time_resolution: 1e300\n", NULL,
         "problem.yaml:3: limits.time_resolution must be at most 60 (got 1e300)"},
        {"name: x\nlimits:\n  time_multiplier: .inf\n", NULL,
         "limits.time_multiplier must be a positive number"},
        {"name: x\ntype: scoring\ngrading:\n  accept_score: 1e308\n", NULL,
         "problem.yaml:4: grading.accept_score must be at most 1e+09 (got 1e308)"},
        {"name: x\ntype: scoring\ngrading:\n  reject_score: -1e308\n", NULL,
         "grading.reject_score must be a number >= -1e+09 (got -1e308)"},
        {"name: x\ntype: scoring\n", "accept_score: 1e308\n",
         "data/secret/testdata.yaml:1: accept_score must be at most 1e+09"},
        {"name: x\ntype: scoring\n", "reject_score: 1e10\n",
         "data/secret/testdata.yaml:1: reject_score must be at most 1e+09"},
        {"problem_format_version: 2023-07-draft\nname: x\ntype: scoring\n",
         "scoring: {score: 1e300}\n", "scoring.score must be a number from 0 to 1e+09"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char *dir = package_dir();
        put(dir, "problem.yaml", cases[i].yaml);
        put_test(dir, "secret/1");
        if (cases[i].testdata)
            put(dir, "data/secret/testdata.yaml", cases[i].testdata);
        load_fails(dir, cases[i].want);
        free(dir);
    }
    /* At the bounds: accepted. */
    char *dir = package_dir();
    put(dir, "problem.yaml",
        "name: x\ntype: scoring\nlimits: {time_multiplier: 100, time_safety_margin: 100, "
        "time_resolution: 60}\ngrading: {accept_score: 1e9, reject_score: -1e9}\n");
    put_test(dir, "secret/1");
    struct problem p;
    load_ok(dir, &p);
    assert_true(p.ac_to_time_limit == 100 && p.time_resolution_s == 60);
    problem_release(&p);
    free(dir);
}

static void test_yaml_bounded(void **state)
{
    (void)state;
    /* 1 MB of nested flow sequences: refused at once, naming the file and the place. */
    size_t depth = 500000;
    char *deep = xmalloc(2 * depth + 16);
    memcpy(deep, "name: ", 6);
    memset(deep + 6, '[', depth);
    memset(deep + 6 + depth, ']', depth);
    memcpy(deep + 6 + 2 * depth, "\n", 2);
    char *dir = package_dir();
    put(dir, "problem.yaml", deep);
    put_test(dir, "secret/1");
    load_fails(dir, "problem.yaml:1:38: nested deeper than 32 levels of maps and lists");
    free(dir);
    /* The same in a group's settings. */
    dir = package_dir();
    put(dir, "problem.yaml", "name: x\n");
    put_test(dir, "secret/1");
    deep[6 + 100000] = '\0';
    put(dir, "data/secret/testdata.yaml", deep + 6);
    load_fails(dir, "data/secret/testdata.yaml:1:33: nested deeper than 32 levels");
    free(dir);
    free(deep);
    /* 32 levels are fine (and still a string where a string is wanted: an error of its own). */
    dir = package_dir();
    put(dir, "problem.yaml",
        "name: x\nkeywords: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\n");
    put_test(dir, "secret/1");
    struct problem p;
    load_ok(dir, &p);
    problem_release(&p);
    free(dir);
    /* Too many nodes, though small and flat. */
    struct strbuf sb = STRBUF_INIT;
    strbuf_addstr(&sb, "name: x\nkeywords: [");
    for (int i = 0; i < 120000; i++)
        strbuf_addstr(&sb, "a, ");
    strbuf_addstr(&sb, "b]\n");
    dir = package_dir();
    put(dir, "problem.yaml", sb.buf);
    put_test(dir, "secret/1");
    load_fails(dir, "more than 100000 YAML nodes");
    strbuf_release(&sb);
    free(dir);
    /* A group's settings file is small. */
    dir = package_dir();
    put(dir, "problem.yaml", "name: x\n");
    put_test(dir, "secret/1");
    char *big = xmalloc(300 * 1024 + 1);
    memset(big, '#', 300 * 1024);
    big[300 * 1024] = '\0';
    put(dir, "data/secret/testdata.yaml", big);
    free(big);
    load_fails(dir, "data/secret/testdata.yaml: larger than 256 KiB");
    free(dir);
}

/* ---- scoring ---- */

static void test_modern_scoring(void **state)
{
    (void)state;
    char *dir = package_dir();
    put(dir, "problem.yaml", "problem_format_version: 2025-09\nname: S\ntype: scoring\n");
    put_test(dir, "sample/1");
    put_test(dir, "secret/a/1");
    put_test(dir, "secret/a/2");
    put_test(dir, "secret/b/1");
    put_test(dir, "secret/b/2");
    put_test(dir, "secret/c/1");
    put(dir, "data/secret/a/test_group.yaml", "max_score: 20\n");
    put(dir, "data/secret/b/test_group.yaml", "max_score: 30\nscore_aggregation: sum\n");
    put(dir, "data/secret/c/test_group.yaml", "max_score: 50\nrequire_pass: [secret/a]\n");
    struct problem p;
    load_ok(dir, &p);
    struct judgement j;
    all_accepted(&p, &j);
    icpc_score(&p, &j);
    assert_true(j.score == 100);
    assert_true(j.tests[test_index(&p, "secret/b/1")].score == 15);
    assert_null(j.error);

    /* a fails: a scores 0 (pass-fail), and c, which requires a, too; b still sums. */
    judgement_release(&j);
    all_accepted(&p, &j);
    set_verdict(&p, &j, "secret/a/2", VERDICT_WA);
    set_verdict(&p, &j, "secret/b/2", VERDICT_TLE);
    icpc_score(&p, &j);
    assert_true(j.score == 15);
    assert_true(j.tests[test_index(&p, "secret/b/2")].score == 0);

    /* A score.txt in a bounded sum group counts as written; above the maximum is SE. */
    judgement_release(&j);
    all_accepted(&p, &j);
    j.tests[test_index(&p, "secret/b/1")].score = 4;
    icpc_score(&p, &j);
    assert_true(j.score == 20 + 4 + 15 + 50);
    judgement_release(&j);
    all_accepted(&p, &j);
    j.tests[test_index(&p, "secret/b/1")].score = 40;
    icpc_score(&p, &j);
    assert_int_equal(j.verdict, VERDICT_SE);
    assert_non_null(strstr(j.error, "above"));
    judgement_release(&j);
    problem_release(&p);
    free(dir);
}

static void test_draft_inferred_and_unbounded(void **state)
{
    (void)state;
    char *dir = package_dir();
    put(dir, "problem.yaml", "problem_format_version: 2023-07-draft\nname: S\ntype: scoring\n");
    put_test(dir, "secret/1");
    put_test(dir, "secret/2");
    put_test(dir, "secret/3");
    put_test(dir, "secret/4");
    put(dir, "data/secret/testdata.yaml", "scoring: {score: 60, aggregation: min}\n");
    struct problem p;
    load_ok(dir, &p);
    struct judgement j;
    all_accepted(&p, &j);
    icpc_score(&p, &j);
    assert_true(j.score == 60); /* min of 60s */
    set_verdict(&p, &j, "secret/3", VERDICT_WA);
    for (size_t i = 0; i < p.ntests; i++)
        j.tests[i].score = NAN;
    icpc_score(&p, &j);
    assert_true(j.score == 0);
    judgement_release(&j);
    problem_release(&p);
    free(dir);

    dir = package_dir();
    put(dir, "problem.yaml", "problem_format_version: 2023-07-draft\nname: U\ntype: scoring\n");
    put_test(dir, "secret/1");
    put_test(dir, "secret/2");
    put(dir, "data/secret/testdata.yaml", "scoring:\n  score: unbounded\n");
    load_ok(dir, &p);
    all_accepted(&p, &j);
    j.tests[0].score = 7;
    j.tests[1].score = 1000;
    icpc_score(&p, &j);
    assert_true(j.score == 1007);
    assert_null(j.error);
    judgement_release(&j);
    all_accepted(&p, &j);
    j.tests[0].score = 7; /* the second has no score.txt: a judge error when unbounded */
    icpc_score(&p, &j);
    assert_int_equal(j.verdict, VERDICT_SE);
    assert_non_null(strstr(j.error, "score.txt"));
    judgement_release(&j);
    problem_release(&p);
    free(dir);
}

static void test_legacy_grading(void **state)
{
    (void)state;
    char *dir = package_dir();
    put(dir, "problem.yaml", "name: L\ntype: scoring\n");
    put_test(dir, "sample/1");
    put_test(dir, "secret/g1/1");
    put_test(dir, "secret/g1/2");
    put_test(dir, "secret/g2/1");
    put_test(dir, "secret/g2/2");
    put(dir, "data/testdata.yaml", "on_reject: continue\ngrader_flags: ignore_sample\n");
    put(dir, "data/secret/testdata.yaml", "grader_flags: sum accept_if_any_accepted\n");
    put(dir, "data/secret/g1/testdata.yaml", "accept_score: 25\ngrader_flags: min\n");
    put(dir, "data/secret/g2/testdata.yaml", "accept_score: 75\ngrader_flags: min\n");
    struct problem p;
    load_ok(dir, &p);
    struct judgement j;
    all_accepted(&p, &j);
    icpc_score(&p, &j);
    assert_true(j.score == 100);
    judgement_release(&j);

    all_accepted(&p, &j);
    set_verdict(&p, &j, "sample/1", VERDICT_WA); /* ignored */
    set_verdict(&p, &j, "secret/g2/2", VERDICT_WA);
    icpc_score(&p, &j);
    assert_true(j.score == 25);
    judgement_release(&j);

    all_accepted(&p, &j);
    set_verdict(&p, &j, "secret/g1/1", VERDICT_RE);
    set_verdict(&p, &j, "secret/g2/1", VERDICT_WA);
    icpc_score(&p, &j); /* nothing accepted: the root is not AC, and its score is ignored */
    assert_true(j.score == 0);
    judgement_release(&j);
    problem_release(&p);
    free(dir);

    /* No testdata.yaml: 1 per accepted test, and a failure makes the verdict (and score) 0. */
    dir = package_dir();
    put(dir, "problem.yaml", "name: L\ntype: scoring\n");
    put_test(dir, "sample/1");
    put_test(dir, "secret/1");
    put_test(dir, "secret/2");
    load_ok(dir, &p);
    all_accepted(&p, &j);
    icpc_score(&p, &j);
    assert_true(j.score == 3);
    judgement_release(&j);
    problem_release(&p);
    free(dir);
}

/* score.txt is written by the package's validator: untrusted. Not finite, or beyond
 * ICPC_MAX_SCORE: SE for that test, never "score inf" (nor null in JSON). */
static void test_score_txt_bounded(void **state)
{
    (void)state;
    static const double bad[] = {INFINITY, -INFINITY, 1e300, 1e10, -2e9};
    char *dir = package_dir();
    put(dir, "problem.yaml", "name: L\ntype: scoring\n");
    put_test(dir, "secret/1");
    put_test(dir, "secret/2");
    struct problem p;
    load_ok(dir, &p);
    struct judgement j;
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        all_accepted(&p, &j);
        j.tests[0].score = bad[i];
        j.tests[1].score = bad[i];
        icpc_score(&p, &j);
        assert_int_equal(j.verdict, VERDICT_SE);
        assert_int_equal(j.tests[0].verdict, VERDICT_SE);
        assert_non_null(strstr(j.tests[0].message, "score.txt"));
        assert_non_null(strstr(j.error, "test secret/1: score.txt says"));
        assert_true(isfinite(j.score));
        assert_true(isfinite(j.tests[0].score) && isfinite(j.tests[1].score));
        judgement_release(&j);
    }
    all_accepted(&p, &j);
    j.tests[0].score = 1e9; /* the bound itself */
    icpc_score(&p, &j);
    assert_int_equal(j.verdict, VERDICT_AC);
    assert_true(j.score == 1e9 + 1);
    judgement_release(&j);
    problem_release(&p);
    free(dir);

    dir = package_dir();
    put(dir, "problem.yaml", "problem_format_version: 2023-07-draft\nname: U\ntype: scoring\n");
    put_test(dir, "secret/1");
    put_test(dir, "secret/2");
    put(dir, "data/secret/testdata.yaml", "scoring:\n  score: unbounded\n");
    load_ok(dir, &p);
    all_accepted(&p, &j);
    j.tests[0].score = 1e300;
    j.tests[1].score = 1e300;
    icpc_score(&p, &j);
    assert_int_equal(j.verdict, VERDICT_SE);
    assert_non_null(strstr(j.error, "score.txt says 1e+300"));
    assert_true(isfinite(j.score));
    judgement_release(&j);
    problem_release(&p);
    free(dir);
}

static void test_parse_score(void **state)
{
    (void)state;
    char err[128];
    double v = -1;
    assert_int_equal(icpc_parse_score("7\n", &v, err, sizeof(err)), 0);
    assert_true(v == 7);
    assert_int_equal(icpc_parse_score("  -2.5e3 \r\n", &v, err, sizeof(err)), 0);
    assert_true(v == -2500);
    assert_int_equal(icpc_parse_score("1e9", &v, err, sizeof(err)), 0);
    static const char *const bad[] = {"",    "\n",   "abc",   "7 8",  "0x10",  "nan",
                                      "inf", "-inf", "1e999", "1e10", "12abc", "infinity"};
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        v = 42;
        if (icpc_parse_score(bad[i], &v, err, sizeof(err)) != -1)
            fail_msg("'%s' parsed as %g", bad[i], v);
        assert_true(v == 42);
        assert_non_null(strstr(err, "score.txt holds"));
    }
}

static void test_list_programs(void **state)
{
    (void)state;
    char *dir = package_dir();
    put(dir, "sub/b.py", "");
    put(dir, "sub/a.c", "");
    put(dir, "sub/.hidden", "");
    put(dir, "sub/z/main.py", "");
    char *sub = path_join(dir, "sub");
    size_t n;
    char **names = icpc_list_programs(sub, &n);
    assert_int_equal(n, 3);
    assert_string_equal(names[0], "a.c");
    assert_string_equal(names[2], "z");
    assert_null(names[3]);
    icpc_names_free(names);
    char *missing = path_join(dir, "nothing");
    names = icpc_list_programs(missing, &n);
    assert_non_null(names);
    assert_int_equal(n, 0);
    icpc_names_free(names);
    free(missing);
    free(sub);
    free(dir);
}

static int setup(void **state)
{
    (void)state;
    const char *tmp = getenv("TMPDIR");
    snprintf(root, sizeof(root), "%s/test-icpc-XXXXXX", tmp && tmp[0] ? tmp : "/tmp");
    return mkdtemp(root) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    char *cmd = xasprintf("rm -rf '%s'", root);
    int r = system(cmd);
    free(cmd);
    return r == 0 ? 0 : -1;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_derive_round),
        cmocka_unit_test(test_legacy_defaults_and_order),
        cmocka_unit_test(test_modern_limits_and_names),
        cmocka_unit_test(test_types_and_validators),
        cmocka_unit_test(test_2025_groups_are_flat_below_secret),
        cmocka_unit_test(test_errors_name_file_and_field),
        cmocka_unit_test(test_data_errors),
        cmocka_unit_test(test_absurd_numbers_refused),
        cmocka_unit_test(test_yaml_bounded),
        cmocka_unit_test(test_modern_scoring),
        cmocka_unit_test(test_draft_inferred_and_unbounded),
        cmocka_unit_test(test_legacy_grading),
        cmocka_unit_test(test_score_txt_bounded),
        cmocka_unit_test(test_parse_score),
        cmocka_unit_test(test_list_programs),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
