/* generate.h: `judge gen`: a native package's tests written by its own generator and answered
 * by its reference solution, each run in the sandbox (docs/authoring.md). */
#ifndef JUDGE_GENERATE_H
#define JUDGE_GENERATE_H

#include "judge/lang.h"
#include "judge/problem.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * The generator is the package's generator/stress.<ext>, the one `judge stress` runs, with
 * its contract (stress.h): `generator SEED SIZE` prints one input, the same for the same
 * arguments. Test k of N (k = 1..N) is named gen-<k> (zero-padded to at least two digits) and
 * is generated with
 *
 *     seed_k = the k-th number of splitmix64 from --seed, masked to 31 bits (stress_random)
 *     size_k = round(max_size ^ ((k - 1) / (N - 1)))   (1 up to max_size; max_size when N = 1)
 *
 * so the sizes climb geometrically from 1 to the largest, and the same package and options
 * always give byte-identical tests. Its answer is the reference solution's output
 * (reference.h). Tests whose names start with "gen-" are judge gen's: each run replaces them
 * all; every other file of tests/ (the samples, hand-written tests) is kept as it is.
 */
#define GENERATE_PREFIX           "gen-"
#define GENERATE_DEFAULT_COUNT    10
#define GENERATE_MAX_COUNT        1000
#define GENERATE_DEFAULT_MAX_SIZE 100000
#define GENERATE_DEFAULT_SEED     1
/* What the generated tests may take on disk, inputs and answers together. */
#define GENERATE_MAX_TOTAL_BYTES (1LL << 30)

struct generate_options {
    long count;    /* tests (1..GENERATE_MAX_COUNT) */
    long max_size; /* the last test's SIZE (1..STRESS_MAX_SIZE) */
    uint64_t seed;
    long time_limit_ms; /* CPU time per run of the generator and the reference; 0: the
                           oracle's REFERENCE_TIME_MS (reference.h) */
    /* Called after each test is written (its name, seed, size and input bytes); may be NULL. */
    void (*progress)(void *ctx, const char *name, uint32_t seed, long size, long long bytes);
    void *ctx;
};

/* The parameters of test k (1..o->count), as the comment above says. */
void generate_case(const struct generate_options *o, long k, uint32_t *seed, long *size);

struct generate_result {
    char *generator; /* "generator/stress.py" */
    char *reference; /* "generator/ref.cpp" */
    long written;    /* tests generated */
    long kept;       /* files of tests/ kept (samples, hand-written tests) */
};

/*
 * Generates the tests of p (loaded from its package) into a new tests/ directory beside the
 * old one (".tests.tmp-<hex>" in the package), the kept files hard-linked into it, then
 * exchanges the two atomically (renameat2 RENAME_EXCHANGE) and removes the old. On any failure
 * the temporary directory is removed and tests/ is untouched. Returns 0 with res filled
 * (release it); -1 for the package's mistake (not native, no generator or reference, one that
 * does not compile, a generator or reference that fails on a test: the message names the test,
 * its seed and size; a file of tests/ that is not a regular file), -2 when the judge failed;
 * each with a one-line message in err.
 */
int generate_tests(const struct problem *p, struct language_set *langs,
                   const struct generate_options *o, struct generate_result *res, char *err,
                   size_t errlen);
void generate_result_release(struct generate_result *res);

#endif
