/* reference.h: a problem's reference solution: the oracle that answers the user's own tests
 * and that `judge stress` compares against. */
#ifndef JUDGE_REFERENCE_H
#define JUDGE_REFERENCE_H

#include "judge/lang.h"
#include "judge/problem.h"
#include "judge/runner.h"

#include <stdbool.h>
#include <stddef.h>

/* Time and memory a reference (or a user's brute force, or a generator) gets per run: an
 * oracle may be slow, and is not what is being judged. */
#define REFERENCE_TIME_MS   10000
#define REFERENCE_MEMORY_MB 1024

/*
 * The package's reference solution, the first of:
 *   - native packages: generator/ref.cpp, ref.c, ref.py (what scripts/regen-tests answers the
 *     tests with: a whole program, never through a harness);
 *   - the first program (file or folder, in natural order of names) of solutions/accepted/
 *     (native) or submissions/accepted/ (ICPC), through the harness on function-style
 *     problems.
 * Returns 0 with a malloc'ed path (inside the package) in *path and *harness set, or -1 with
 * a one-line message ("two-sum has no reference solution (generator/ref.*, solutions/accepted/)")
 * in err. A file that is a link out of the package is refused (pkgfile.h).
 */
int reference_find(const struct problem *p, char **path, bool *harness, char *err, size_t errlen);

/*
 * Builds the reference (reference_find) into r, with the REFERENCE_* limits and the problem's
 * output limit. Returns 0 ready, or -1 with err (no reference, it does not compile, its
 * language is missing: "the reference solution generator/ref.cpp: ..."); -2 when the judge
 * failed. Release r with runner_release() in every case.
 */
int reference_build(struct runner *r, const struct problem *p, struct language_set *langs,
                    char *err, size_t errlen);
/* The same with time_ms of CPU time per run instead of REFERENCE_TIME_MS (judge gen's
 * --time-limit). */
int reference_build_limited(struct runner *r, const struct problem *p, struct language_set *langs,
                            long time_ms, char *err, size_t errlen);

/*
 * The reference's answer to an input: runs r on input_fd and returns 0 with *answer_fd a
 * memfd holding its output, or -1 with err saying how it failed ("the reference solution
 * failed on this input: exit code 3: test has 2 pairs"): then the input is most likely not a
 * valid one; -2 with err when the judge (the sandbox) failed.
 */
int reference_answer(struct runner *r, int input_fd, int *answer_fd, char *err, size_t errlen);

#endif
