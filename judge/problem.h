/* problem.h: a problem package in memory, whichever format it came in. */
#ifndef JUDGE_PROBLEM_H
#define JUDGE_PROBLEM_H

/* The list of tests a package makes at set-up instead of carrying them (scripts/regen-tests):
 * "SHA256  tests/NAME" lines; each file it names must be there for the package to load. */
#define PROBLEM_MADE_TESTS "generator/large-tests.sha256"

#include "judge/compare.h"

#include <stdbool.h>
#include <stddef.h>

enum problem_format {
    PROBLEM_NATIVE, /* problem.json + tests/ */
    PROBLEM_ICPC,   /* problem.yaml + data/ (legacy, 2023-07-draft, 2025-09) */
};

enum checker_kind {
    CHECKER_BUILTIN, /* compare.c, with the options in `cmp` */
    CHECKER_TESTLIB, /* checker input output answer; exit 0 AC, 1 WA, 2 PE, 3 fail */
    CHECKER_KATTIS,  /* validator input answer feedback_dir [flags] < output; 42 AC, 43 WA */
};

struct problem_checker {
    enum checker_kind kind;
    struct cmp_options cmp; /* CHECKER_BUILTIN */
    char *source;           /* custom checkers: path of the source file, or of a directory
                               holding its sources (ICPC output_validator/) */
};

enum interaction {
    INTERACTION_NONE,
    INTERACTION_KATTIS,  /* interactor input answer feedback_dir; 42 AC, 43 WA */
    INTERACTION_TESTLIB, /* interactor input output answer; exit codes as a testlib checker */
};

/* ICPC: how a group's score comes from its tests and subgroups (icpc.c). */
enum group_grading {
    GROUP_SUM = 0,   /* the sum (the default) */
    GROUP_MIN,       /* the minimum */
    GROUP_MAX,       /* legacy grader_flags max */
    GROUP_AVG,       /* legacy grader_flags avg */
    GROUP_PASS_FAIL, /* 2023-07+: the maximum when every test passes, else 0 */
};

/* ICPC legacy grader_flags that are not a score mode (icpc.c). */
enum {
    GROUP_FIRST_ERROR = 1 << 0,   /* the verdict is the first failure's (else the worst) */
    GROUP_ALWAYS_ACCEPT = 1 << 1, /* the verdict is always accepted */
    GROUP_ACCEPT_IF_ANY = 1 << 2, /* accepted when any item is */
    GROUP_IGNORE_SAMPLE = 1 << 3, /* root only: the sample group counts for nothing */
};

/* A group of tests (ICPC data/sample, data/secret and their subgroups). Native packages
 * have two: "sample" and "secret". */
struct problem_group {
    char *name;            /* "sample", "secret", "secret/group1" */
    char *validator_flags; /* flags for the output validator (Kattis conventions), or NULL */
    double points;         /* scoring problems: the group's maximum score; 0 if unset */
    bool aggregate_min;    /* scoring: min of the tests' scores (else the sum) */

    /* ICPC scoring (icpc.c). ICPC packages also have a root group "data" at index 0,
     * which holds no tests of its own. */
    enum group_grading grading;      /* GROUP_MIN exactly when aggregate_min */
    bool points_set;                 /* 2023-07+: points given by the package, not inferred */
    bool unbounded;                  /* 2023-07+: no maximum score */
    double accept_score;             /* legacy: an accepted test's score without score.txt */
    double reject_score;             /* legacy: a failed test's score */
    bool stop_on_reject;             /* legacy on_reject: break: items after a failure count not */
    unsigned grader_flags;           /* legacy: GROUP_FIRST_ERROR ... */
    unsigned long long require_pass; /* 2023-07+: bit i: group i must pass first */
};

struct problem_test {
    char *name;   /* "sample-1", "secret/group1/03" */
    char *input;  /* path of the .in file */
    char *answer; /* path of the .ans (or .out) file */
    bool sample;
    int group; /* index into problem.groups */
};

/* How much a judgement shows of the tests it failed (docs/problem-format.md, "Feedback"). */
enum problem_feedback {
    FEEDBACK_FULL = 0,     /* the first failed test's input, answer and output, hidden tests
                              too; every failed test's reason (the first difference, the
                              run-time error from stderr) */
    FEEDBACK_VERDICT_ONLY, /* hidden tests show only their verdict and its kind; samples are
                              shown as in full feedback (they are in the statement) */
};

/* Parses "full" or "verdict-only"; 0 with *out set, or -1. */
int problem_feedback_parse(const char *text, enum problem_feedback *out);
/* "full" or "verdict-only". */
const char *problem_feedback_name(enum problem_feedback f);

struct problem_harness {
    char *language; /* a language id: "c", "cpp", "python" */
    char *path;     /* the harness's main file */
};

struct problem {
    char *id;  /* the package's directory name */
    char *dir; /* the package's path as given (for messages) */
    char *title;
    enum problem_format format;
    char *format_version;  /* ICPC: "legacy", "2023-07-draft", "2025-09" */
    bool scoring;          /* ICPC scoring problems */
    bool multi_pass;       /* ICPC multi-pass: the validator may ask for another run of the
                              submission, on the input it wrote (feedback_dir/nextpass.in) */
    int validation_passes; /* multi-pass: runs per test at most (limits.validation_passes) */

    long time_limit_ms;      /* 0 for an ICPC package that sets none (to be derived) */
    bool time_limit_derived; /* derived from the accepted submissions (icpc.c) */
    long memory_limit_mb;
    long output_limit_mb;

    struct problem_checker checker;
    enum interaction interaction;
    char *interactor_source; /* INTERACTION_*: the interactor's source (file or directory) */

    struct problem_harness *harness; /* function-style problems */
    size_t nharness;

    enum problem_feedback feedback; /* native problem.json "feedback"; ICPC: full */

    char **tags;
    size_t ntags;
    char *difficulty;
    char *source;

    struct problem_group *groups;
    size_t ngroups;
    struct problem_test *tests; /* in the order they run */
    size_t ntests;
    /* The user's own tests (usertests.h), when added: the last nuser_tests of tests, run
     * after the package's, their files opened beneath user_tests_dir (the user's private
     * store) instead of the package. */
    size_t nuser_tests;
    char *user_tests_dir;

    /* Mock tests (mock.h): the names of the performance tests, as glob patterns over test
     * names (problem.json "performance_tests"); NULL when the package names none (then the
     * default rule decides). */
    char **performance_tests;
    size_t nperformance_tests;
    bool performance_tests_set; /* given, possibly as an empty list */

    /* Something about the package the user should know, one line naming the file, or NULL:
     * an ICPC package with samples but no secret tests is judged on its samples. */
    char *warning;

    /* ICPC: time-limit derivation parameters (icpc.c). */
    double ac_to_time_limit;
    double time_limit_to_tle;
    double time_resolution_s;
    bool ac_to_time_limit_set; /* the package gave ac_to_time_limit / time_multiplier */
};

/* Whether t (one of p->tests) is one of the user's own tests. */
static inline bool problem_test_is_user(const struct problem *p, const struct problem_test *t)
{
    return (size_t)(t - p->tests) >= p->ntests - p->nuser_tests;
}

/* The directory a test's files are opened beneath (pkgfile.h): the user's store for the
 * user's own tests, else the package. */
static inline const char *problem_test_dir(const struct problem *p, const struct problem_test *t)
{
    return problem_test_is_user(p, t) ? p->user_tests_dir : p->dir;
}

/* Whether the user may see the test's input and answer in full: a sample, or their own. */
static inline bool problem_test_visible(const struct problem *p, const struct problem_test *t)
{
    return t->sample || problem_test_is_user(p, t);
}

/* The largest limits a native problem.json may set: beyond these are mistakes, not wishes. */
#define PROBLEM_MAX_TIME_LIMIT_MS   600000
#define PROBLEM_MAX_MEMORY_LIMIT_MB 65536
#define PROBLEM_MAX_OUTPUT_LIMIT_MB 16384

/* Loads the package at path (native or ICPC, detected from its files). On failure returns
 * -1 with a one-line message in err naming the file and the field:
 * "problems/x/problem.json:4: time_limit_ms must be a positive integer (got -5)". */
int problem_load(const char *path, struct problem *p, char *err, size_t errlen);

/* Frees everything the problem owns. */
void problem_release(struct problem *p);

/* Finds PROBLEM given on the command line: a path to a package, or an id in the library
 * (dir, else $JUDGE_PROBLEMS, else ./problems, else the installed library). Returns a
 * malloc'ed path, or NULL with a message in err. */
char *problem_find(const char *arg, const char *dir, char *err, size_t errlen);

/* The problem library directory in use (same search as problem_find); malloc'ed, or NULL. */
char *problem_library_dir(const char *dir);

/* The harness for a language, or NULL. */
const struct problem_harness *problem_harness_for(const struct problem *p, const char *lang);

/* Used by the format loaders. */
int problem_load_native(const char *path, struct problem *p, char *err, size_t errlen);
int problem_load_icpc(const char *path, struct problem *p, char *err, size_t errlen);
/* Sorts tests in natural order of their names. */
void problem_sort_tests(struct problem_test *tests, size_t n);
/* Adds a group and returns its index. */
int problem_add_group(struct problem *p, const char *name);

#endif
