/* icpc.h: what ICPC/Kattis packages add to the problem model: scoring, and their folders. */
#ifndef JUDGE_ICPC_H
#define JUDGE_ICPC_H

#include "judge/judging.h"
#include "judge/problem.h"

#include <stddef.h>

/*
 * The loader itself is problem_load_icpc() (problem.h). It reads problem.yaml in the three
 * published versions (legacy, 2023-07-draft, 2025-09), the data/ tree in lexicographic order
 * with one problem_group per directory (groups[0] is data/ itself), and the output validator.
 * See docs/problem-format.md, "ICPC/Kattis packages", for what is read and what is refused.
 */

/* The largest magnitude of any score: accept_score, reject_score, a group's score or max_score,
 * and what a validator writes to score.txt. Beyond it a package is refused when it loads, and a
 * score.txt is a judge error (SE) for its test; so no sum of scores can overflow. */
#define ICPC_MAX_SCORE 1e9

/*
 * Scores a judgement of a scoring problem (p->scoring) as the package's format says, and
 * sets j->score and every test's score (a failed test scores 0):
 *
 *   legacy: each test scores accept_score (default 1) when accepted, else reject_score
 *   (default 0), unless the validator wrote score.txt; each group applies its testdata.yaml
 *   grader_flags (sum, avg, min, max; worst_error, first_error, always_accept,
 *   accept_if_any_accepted; ignore_sample at the root) and on_reject: break; the score is the
 *   root's, and 0 when the root's verdict is not accepted.
 *
 *   2023-07-draft, 2025-09: only data/secret scores; a group's maximum is its score /
 *   max_score (secret: 100), split evenly among its tests and subgroups when not given;
 *   aggregation sum (secret's default), min or pass-fail (subgroups' default); an accepted
 *   test scores its maximum unless score.txt says otherwise; require_pass is honoured.
 *
 * A validator's score.txt is read by judging.c into the test's score; a test whose score is
 * NAN on entry had none. A score that is not finite or of magnitude above ICPC_MAX_SCORE makes
 * its test SE (with a message) and counts as 0. Scores that break the format's rules (score.txt
 * missing in an unbounded group, a group above its maximum) make the judgement SE with j->error
 * set, as the format calls them judge errors. Does nothing for other problems.
 */
void icpc_score(const struct problem *p, struct judgement *j);

/*
 * Parses what a validator wrote to score.txt: one finite number of magnitude at most
 * ICPC_MAX_SCORE, with whitespace around it. Returns 0 with *score set, or -1 with a one-line
 * reason in err ("score.txt holds 'abc', not a number", "... 'nan', not a finite score of at
 * most 1e+09"): a judge error (SE) for the test, as the format calls a bad score.txt. judging.c
 * reads score.txt with strtod today, which takes "abc" as 0 and "nan" as no score.txt;
 * icpc_score() catches what is not finite or out of range, not those.
 */
int icpc_parse_score(const char *text, double *score, char *err, size_t errlen);

/* The example programs in one folder of a package (submissions/accepted/, solutions/wrong_answer/
 * ...): the names of its files and directories that do not start with '.', in lexicographic
 * order, malloc'ed and NULL-ended (free with icpc_names_free). A missing folder gives an empty
 * list; NULL only when the folder exists but cannot be read (errno set). */
char **icpc_list_programs(const char *dir, size_t *count);
void icpc_names_free(char **names);

/* Where the package keeps its statement: "problem_statement" or "statement" when that
 * directory holds a problem[.<lang>].{tex,md,pdf} file, else NULL. Native packages:
 * "statement.md" when present and not empty. The result is a static string. */
const char *icpc_statement_dir(const struct problem *p);

#endif
