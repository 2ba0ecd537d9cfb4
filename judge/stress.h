/* stress.h: stress testing: random tests from a generator, an oracle's answers, until the
 * solution fails one; then a smaller failing test sought. */
#ifndef JUDGE_STRESS_H
#define JUDGE_STRESS_H

#include "judge/compare.h"
#include "judge/lang.h"
#include "judge/problem.h"
#include "judge/runner.h"
#include "judge/verdict.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * A generator is a program (any language the judge knows; a package's is
 * generator/stress.<ext>) run in the sandbox as
 *
 *     generator SEED SIZE
 *
 * that prints one test input on stdout: SEED a number from 0 to 2^31 - 1, SIZE from 1 to the
 * search's largest size, which the generator scales its test by (about the number of items).
 * It must print the same input for the same arguments: a failing test is then found again
 * from its seed and size. The oracle (the package's reference solution, reference.h, or the
 * user's brute force) answers each input; the solution's output is checked against it with
 * the problem's built-in checker. Every program runs in its own box.
 */

#define STRESS_MAX_SIZE      1000000
#define STRESS_DEFAULT_SIZE  10
#define STRESS_SHRINK_TRIES  20 /* seeds tried at each smaller size */
#define STRESS_DEFAULT_COUNT 10000
#define STRESS_DEFAULT_SECS  60
#define STRESS_SEED_MAX      0x7fffffffu

/* The search's own random numbers (splitmix64): the same --seed gives the same search. */
uint64_t stress_random(uint64_t *state);

/* The generator's seed and size of the next test: a seed in [0, STRESS_SEED_MAX], a size
 * uniformly in [1, max_size]. */
void stress_next_case(uint64_t *state, long max_size, uint32_t *seed, long *size);

struct stress_options {
    const char *solution;
    const char *lang_id;   /* the solution's language (and the brute force's); NULL: from files */
    const char *brute;     /* the user's brute force (judged like the solution: through the
                              harness on function-style problems); NULL: the reference */
    const char *generator; /* the user's generator; NULL: the package's generator/stress.* */
    long time_limit_ms;    /* the solution's; 0: the problem's */
    long memory_limit_mb;  /* the solution's; 0: the problem's */
    long max_size;         /* largest SIZE (1..STRESS_MAX_SIZE) */
    long count;            /* tests at most (> 0) */
    long seconds;          /* wall-clock seconds at most for the search (> 0) */
    uint64_t seed;         /* the search's seed */
    /* Called after each test of the search, and of the shrinking (shrinking true). */
    void (*progress)(void *ctx, long tests, bool shrinking);
    void *ctx;
};

/* One test the solution failed. */
struct stress_case {
    uint32_t seed;
    long size;
    int input_fd;    /* memfds, offset anywhere; -1 when not set */
    int expected_fd; /* the oracle's output */
    int output_fd;   /* the solution's output */
    enum verdict verdict;
    char message[256];
};

struct stress_result {
    char *generator; /* what generated the tests, for people: "generator/stress.py" */
    char *oracle;    /* "the reference solution generator/ref.cpp", "your brute force b.py" */
    bool compiled;   /* false: the solution did not compile (compile_message says why) */
    char *compile_message;
    long tests; /* tests of the search */
    bool found;
    struct stress_case first;    /* the first failing test found */
    struct stress_case smallest; /* the smallest failing test the shrinking found (maybe first) */
    long shrink_tests;
};

/*
 * The search: tests until the solution fails one (or o->count tests, or o->seconds), then
 * failing tests at every smaller size, STRESS_SHRINK_TRIES seeds each, smallest first, within
 * o->seconds again. Returns 0 with res filled (found or not; a solution that does not compile
 * has compiled false); -1 with a one-line message when the problem cannot be stressed
 * (interactive, a custom checker), a program cannot be built or run as it must be (no
 * generator, the generator or the oracle fails or does not compile: the message names the
 * seed and size), or -2 when the judge failed. Release res with stress_result_release().
 */
int stress_run(const struct problem *p, struct language_set *langs, const struct stress_options *o,
               struct stress_result *res, char *err, size_t errlen);
void stress_result_release(struct stress_result *res);

/* The package's generator/stress.<ext> (the first such file), malloc'ed; NULL when none. */
char *stress_package_generator(const struct problem *p);

/*
 * Builds the generator at path (a file or a folder, any language the judge knows; never
 * through a harness) into r, to run with time_ms of CPU time and REFERENCE_MEMORY_MB per run
 * and the problem's output limit. Returns 0, or -1 (it does not compile, its language or
 * toolchain is missing: "the generator generator/stress.py: ...") or -2 (the judge failed),
 * with a one-line message in err. Release r with runner_release() in every case.
 */
int stress_generator_build(struct runner *r, struct language_set *langs, const struct problem *p,
                           const char *path, long time_ms, char *err, size_t errlen);

/*
 * Runs the generator once as `generator SEED SIZE`: 0 with *input_fd a memfd (offset 0)
 * holding what it printed; -1 when it failed (a non-zero exit, a limit: "the generator failed
 * with seed 7 and size 10 (TLE: ...)"), -2 when the judge did, each with a one-line message.
 */
int stress_generate(struct runner *gen, uint32_t seed, long size, int *input_fd, char *err,
                    size_t errlen);

#endif
