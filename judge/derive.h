/* derive.h: deriving an ICPC package's time limit from its accepted submissions, cached. */
#ifndef JUDGE_DERIVE_H
#define JUDGE_DERIVE_H

#include "judge/lang.h"
#include "judge/problem.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/*
 * An ICPC package that sets no limits.time_limit gets one as the format says: every
 * submissions/accepted/ program is judged with a generous limit (DERIVE_GENEROUS_MS), and
 *
 *     limit = max(1 s, slowest accepted CPU time on any test x ac_to_time_limit,
 *                      rounded up to a multiple of time_resolution)
 *
 * (ac_to_time_limit is legacy's time_multiplier, default 5; 2 in later versions). Then every
 * submissions/time_limit_exceeded/ program must still fail at limit x time_limit_to_tle
 * (legacy time_safety_margin, default 2; 1.5 later): one that does not is reported, not
 * refused. The result is kept in $XDG_CACHE_HOME/judge/time-limits/<hash> (else
 * ~/.cache/judge/time-limits), keyed by a SHA-256 of problem.yaml, data/, submissions/accepted/,
 * submissions/time_limit_exceeded/ and the output validator, so later runs read it back.
 */

#define DERIVE_GENEROUS_MS 20000
#define DERIVE_MAX_MS      600000 /* the most a derived limit can be, as a package's own */

struct derive_result {
    long time_limit_ms; /* the derived limit */
    long slowest_ms;    /* the slowest accepted submission's CPU time on one test */
    char *slowest;      /* that submission, relative to the package ("submissions/accepted/a.py") */
    double multiplier;  /* ac_to_time_limit */
    double resolution_s; /* time_resolution */
    bool raised;         /* the 1 s minimum applied */
    bool cached;         /* read back from the cache: nothing was run */
    char **notes;        /* NULL-ended: TLE submissions that pass, submissions skipped */
    size_t nnotes;
};

/* Called before each submission is judged, for progress displays. */
typedef void (*derive_progress_fn)(void *ctx, const char *submission, long time_limit_ms);

/*
 * Derives p's time limit (which must be 0) and sets p->time_limit_ms and
 * p->time_limit_derived. Returns 0 with r filled (release it), or -1 with a one-line message
 * in err naming the folder or submission (no accepted submission could be judged, one is not
 * accepted even with the generous limit, the judge failed), or the cache directory when it
 * is not safe to use (judge/cache.h: another user's, writable by others), and r empty.
 */
int derive_time_limit(struct problem *p, struct language_set *langs, derive_progress_fn progress,
                      void *ctx, struct derive_result *r, char *err, size_t errlen);

void derive_result_release(struct derive_result *r);

/* The limit for a slowest time, as above: slowest_ms x multiplier rounded up to resolution_s,
 * at least 1000 ms (*raised says whether the minimum applied) and at most DERIVE_MAX_MS,
 * whatever the arguments (never negative, never an overflow). */
long derive_round(long slowest_ms, double multiplier, double resolution_s, bool *raised);

/* Prints "<prefix>time limit derived: 2 s (slowest accepted 0.31 s x 5, rounded up)" and one
 * line per note, for the command line. */
void derive_print(FILE *out, const char *prefix, const struct derive_result *r);

#endif
