/* progress.c: trends of weekly series and sparklines. */
#define _GNU_SOURCE
#include "judge/progress.h"

#include <math.h>

enum progress_trend progress_trend(const double *values, const bool *present, size_t n,
                                   size_t window, bool higher_is_better, double band, double *slope)
{
    size_t start = n > window ? n - window : 0;
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    size_t count = 0, first = 0, last = 0;
    for (size_t i = start; i < n; i++) {
        if (!present[i])
            continue;
        double x = (double)(i - start), y = values[i];
        if (count == 0)
            first = i;
        last = i;
        count++;
        sx += x;
        sy += y;
        sxx += x * x;
        sxy += x * y;
    }
    if (count < 2)
        return PROGRESS_NONE;
    double denominator = (double)count * sxx - sx * sx;
    double s = denominator != 0 ? ((double)count * sxy - sx * sy) / denominator : 0;
    /* Rounded, so that JSON and the decision agree on what they show. */
    s = round(s * 10000) / 10000;
    *slope = s;
    double change = s * (double)(last - first);
    if (fabs(change) < band)
        return PROGRESS_STEADY;
    return (change > 0) == higher_is_better ? PROGRESS_BETTER : PROGRESS_WORSE;
}

const char *progress_trend_name(enum progress_trend t)
{
    switch (t) {
    case PROGRESS_BETTER:
        return "better";
    case PROGRESS_STEADY:
        return "steady";
    case PROGRESS_WORSE:
        return "worse";
    case PROGRESS_NONE:
        break;
    }
    return NULL;
}

void progress_sparkline(struct strbuf *sb, const double *values, const bool *present, size_t n)
{
    static const char *const bars[] = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
    double low = 0, high = 0;
    bool any = false;
    for (size_t i = 0; i < n; i++) {
        if (!present[i])
            continue;
        if (!any || values[i] < low)
            low = values[i];
        if (!any || values[i] > high)
            high = values[i];
        any = true;
    }
    for (size_t i = 0; i < n; i++) {
        if (!present[i]) {
            strbuf_addstr(sb, "·");
            continue;
        }
        size_t level;
        if (high == low)
            level = values[i] == 0 ? 0 : 3;
        else
            level = (size_t)lround((values[i] - low) / (high - low) * 7);
        strbuf_addstr(sb, bars[level > 7 ? 7 : level]);
    }
}
