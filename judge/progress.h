/* progress.h: "better than yesterday": the trend of a weekly series, and sparklines. */
#ifndef JUDGE_PROGRESS_H
#define JUDGE_PROGRESS_H

#include "judge/util.h"

#include <stdbool.h>
#include <stddef.h>

/* How many of the latest weeks a trend looks at: about three months. */
#define PROGRESS_TREND_WEEKS 12

enum progress_trend {
    PROGRESS_NONE,   /* fewer than two values to compare */
    PROGRESS_BETTER, /* moving the good way by more than the series' band */
    PROGRESS_STEADY, /* within the band */
    PROGRESS_WORSE,
};

/*
 * The trend of a series of weekly values (present[i] false: no value that week, e.g. no
 * attempt to take a rate of), over its last `window` entries: the least-squares slope of the
 * present values against their week, times the weeks between the first and last of them, is
 * the change; a change smaller than band (in the series' unit) is steady, else better or
 * worse as higher_is_better says. *slope (per week) is set when the trend is not NONE.
 */
enum progress_trend progress_trend(const double *values, const bool *present, size_t n,
                                   size_t window, bool higher_is_better, double band,
                                   double *slope);

/* "better", "steady", "worse"; NULL for PROGRESS_NONE. */
const char *progress_trend_name(enum progress_trend t);

/* Appends one character per value: ▁▂▃▄▅▆▇█ scaled from the series' least present value to
 * its greatest (all equal: ▁ for zero, else ▄), and · where there is no value. */
void progress_sparkline(struct strbuf *sb, const double *values, const bool *present, size_t n);

#endif
