/* judging.h: judging one solution on one problem: compile once, run every test, check. */
#ifndef JUDGE_JUDGING_H
#define JUDGE_JUDGING_H

#include "judge/compare.h"
#include "judge/lang.h"
#include "judge/problem.h"
#include "judge/verdict.h"

#include <stdbool.h>
#include <stddef.h>

/*
 * What a judgement keeps to show why a test failed (docs/problem-format.md, "Feedback"): the
 * first JUDGE_FEEDBACK_BYTES of the failed test's input, its answer and the program's output,
 * and for an interactive sample the first JUDGE_EXCHANGE_BYTES of the exchange between the
 * program and the interactor. Reasons read from stderr are at most LANG_REASON_MAX bytes of
 * the first JUDGE_STDERR_READ the run wrote there (the sandbox keeps no more).
 */
#define JUDGE_FEEDBACK_BYTES 1024
#define JUDGE_EXCHANGE_BYTES 4096
#define JUDGE_STDERR_READ    (64 * 1024)

struct test_result {
    bool ran; /* false when --fail-fast stopped before it */
    enum verdict verdict;
    long time_ms; /* CPU time */
    long wall_ms;
    long memory_kib;
    int exit_code;     /* -1 unless it exited on its own */
    int signal;        /* the signal that killed it, else 0 */
    char message[256]; /* why, for humans: "line 3: expected '42', got '41'" */
    bool has_diff;     /* a built-in checker found a first difference */
    struct cmp_result diff;
    double score;      /* scoring problems: the test's score */
    char *output_head; /* the failure shown (judgement.shown): the first
                          JUDGE_FEEDBACK_BYTES of what the program printed */
    bool output_truncated;
    char *exchange; /* an interactive sample that failed: the exchange, one line per message,
                       "> " what the program wrote, "< " what the interactor answered; NULL
                       for other tests */
    bool exchange_truncated;
};

struct judgement {
    char *problem_id;
    char *problem_title;
    char *language_id;
    char *language_name;
    enum verdict verdict;
    size_t passed; /* tests with AC */
    size_t total;  /* tests in the problem */
    long max_time_ms;
    long max_memory_kib;
    long time_limit_ms; /* what was applied */
    long memory_limit_mb;
    bool compiled;             /* false: CE (or SE before the build finished) */
    bool compile_cached;       /* the program came from the cache: nothing was compiled */
    bool compile_pch;          /* compiled with a precompiled header at hand */
    char *compile_message;     /* the compiler's output ("" when none) */
    char *error;               /* SE: what failed in the judge */
    struct test_result *tests; /* total of them, in the problem's order */
    double score;              /* scoring problems */
    bool scoring;
    enum problem_feedback feedback; /* what was shown: the problem's, or verdict-only when
                                       the options asked for it */
    size_t shown;                   /* the failed test whose input, answer and output are shown: the
                                       first that failed (full feedback), or the first failed sample
                                       (verdict-only); total when none */
    size_t shown_sample; /* the first failed sample, when it is not `shown`; else total */
};

#define JUDGE_MAX_JOBS 16

struct judge_options {
    const char *lang_id;  /* force a language; NULL: from the file's extension */
    long time_limit_ms;   /* override; 0: the problem's */
    long memory_limit_mb; /* override; 0: the problem's */
    bool fail_fast;       /* stop at the first test that fails */
    bool verdict_only;    /* verdict-only feedback whatever the problem says (a weekly set
                             asks for it) */
    int jobs;             /* tests at once (boxes); < 1 means 1, at most JUDGE_MAX_JOBS */
    /* Called while the solution compiles (elapsed ms; -1 when done), for progress displays. */
    void (*on_compile)(void *ctx, long elapsed_ms);
    /* Called after each test ends (in the order they end), for progress displays. */
    void (*on_test)(void *ctx, const struct judgement *j, size_t test_index);
    void *ctx;
};

/*
 * Judges the solution file. Returns 0 with the judgement filled (every verdict, CE and SE
 * included), or -1 when the judge cannot start because of the user's input (unknown
 * language, missing toolchain, unreadable file, a package whose checker does not build):
 * then err says what, naming the file. Nothing is left on disk either way.
 */
int judge_run(const struct problem *p, struct language_set *langs, const char *solution,
              const struct judge_options *o, struct judgement *j, char *err, size_t errlen);

void judgement_release(struct judgement *j);

#endif
