/* mock.h: mock coding tests: picking the problems, the clock, the split of a problem's tests
 * into correctness and performance groups, scores per group, time spent per problem. */
#ifndef JUDGE_MOCK_H
#define JUDGE_MOCK_H

#include "judge/history.h"
#include "judge/judging.h"
#include "judge/problem.h"

#include <cjson/cJSON.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define MOCK_MAX_PROBLEMS     10
#define MOCK_DEFAULT_PROBLEMS 3
#define MOCK_DEFAULT_MINUTES  90
#define MOCK_MAX_MINUTES      600

/*
 * Which tests measure performance. A native package names them in problem.json:
 * "performance_tests": ["13-*", "14-max-*"] (patterns over test names, `*` any run of
 * characters, `?` one; an empty list: none). Without it, the default, which suits the library
 * (whose largest tests are its performance tests): a secret test is a performance test when
 * its input is at least a quarter of the largest secret input, and that largest input is at
 * least MOCK_PERFORMANCE_MIN_BYTES (a package of small inputs has none). Samples are neither:
 * they are shown during the mock and never scored.
 */
#define MOCK_PERFORMANCE_MIN_BYTES 4096

enum mock_test_kind {
    MOCK_TEST_SAMPLE,
    MOCK_TEST_CORRECTNESS,
    MOCK_TEST_PERFORMANCE,
};

/* "sample", "correctness", "performance". */
const char *mock_test_kind_name(enum mock_test_kind k);

/* Whether name matches the pattern: '*' any run of characters, '?' one, the rest itself. In
 * time linear in the product of their lengths at worst (no backtracking blow-up). */
bool mock_glob_match(const char *pattern, const char *name);

/* The default rule over the tests' input sizes (in bytes) and whether each is a sample. */
void mock_classify_by_size(const long long *sizes, const bool *sample, size_t n,
                           enum mock_test_kind *kinds);

/* Every test of p into kinds[p->ntests]: the package's performance_tests, else the default
 * rule (input sizes read with fstat through pkgfile.h). 0, or -1 with err. */
int mock_classify(const struct problem *p, enum mock_test_kind *kinds, char *err, size_t errlen);

/*
 * The score of a judgement, per group as Codility scores a task: the correctness group's share
 * of passed tests and the performance group's, each a percentage; the task's score is their
 * mean (the correctness group's alone when there are no performance tests). A compile error
 * scores 0. Rounded to a whole percent. score->position is left alone.
 */
void mock_score(const struct judgement *j, const enum mock_test_kind *kinds,
                struct hist_mock_submission *score);
/* The same from the counts. */
double mock_score_value(long correctness_passed, long correctness_total, long performance_passed,
                        long performance_total);

/* A problem the mock can pick. */
struct mock_candidate {
    const char *id;
    const char *difficulty; /* "easy", "medium", "hard", or NULL */
    bool solved;            /* the user has an AC on it */
    uint64_t order;         /* a random number: the order among equals */
};

/*
 * Picks up to want of the n candidates: unsolved ones before solved ones, and among those the
 * difficulty least represented so far (easy, then medium, then hard, then none on ties), the
 * candidate with the smallest `order` first. out[] receives indices into c, ordered by
 * difficulty (easy first) then as picked. Returns how many were picked (n when fewer).
 */
size_t mock_pick(const struct mock_candidate *c, size_t n, size_t want, size_t *out);

/* Now, in seconds since the epoch: $JUDGE_NOW ("YYYY-MM-DDTHH:MM:SSZ") when set, for tests. */
long long mock_now(void);

/* Seconds since the epoch as "YYYY-MM-DDTHH:MM:SSZ". */
void mock_format_time(long long t, char out[21]);

/* "1:02:03" or "42:05" for a duration (negative: 0). */
const char *mock_format_duration(long long seconds, char *buf, size_t len);

/* The mock's end: finished_at when finished, else its deadline. Seconds since the epoch. */
long long mock_end(const struct hist_mock *m);

/* Seconds spent on each problem (spent[m->nproblems]): the time from each focus to the next
 * (or to end), summed per problem. */
void mock_time_spent(const struct hist_mock *m, long long end, long long *spent);

/* The best score of each problem (best[m->nproblems]; -1 when not submitted), and the index
 * in m->submissions of the submission that first reached it (-1). */
void mock_best(const struct hist_mock *m, double *best, long *which);

/* The mock's total score: the sum of the problems' best scores (out of 100 each). */
double mock_total(const struct hist_mock *m);

/* A finished mock in a line of `judge stats`: {id, started_at, minutes, problems, score,
 * max_score, percent} (docs/json.md). The caller deletes it. */
cJSON *mock_summary_json(const struct hist_mock *m);

/* "A", "B", ... for a position. */
char mock_letter(size_t position);

#endif
