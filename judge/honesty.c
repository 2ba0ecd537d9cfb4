/* honesty.c: the study group's honesty rule: when another member's work may be shown. */
#define _GNU_SOURCE
#include "judge/honesty.h"
#include "judge/util.h"

#include <stdio.h>
#include <string.h>

enum honesty_reason honesty_decide(const char *viewer, const char *author, bool viewer_solved,
                                   const struct week *week, int today,
                                   enum honesty_audience audience)
{
    if (viewer && author && strcmp(viewer, author) == 0)
        return HONESTY_OWN;
    if (week && today > week->ends_day)
        return HONESTY_WEEK_ENDED;
    /* A whole group has no single viewer whose solving would make it fair. */
    if (audience == HONESTY_VIEWER && viewer_solved)
        return HONESTY_SOLVED;
    return HONESTY_HIDDEN;
}

int honesty_check_submission(struct hist_db *db, const struct week_set *weeks, const char *viewer,
                             const struct hist_submission *s, int today,
                             enum honesty_audience audience, enum honesty_reason *reason, char *err,
                             size_t errlen)
{
    const struct week *week = s->week ? week_set_find(weeks, s->week) : NULL;
    bool solved = false;
    *reason = HONESTY_HIDDEN;
    if (audience == HONESTY_VIEWER && viewer && strcmp(viewer, s->user) != 0) {
        int r = hist_has_accepted(db, viewer, s->problem, &solved, err, errlen);
        if (r != HIST_OK)
            return r;
    }
    *reason = honesty_decide(viewer, s->user, solved, week, today, audience);
    return HIST_OK;
}

char *honesty_explain(const char *author, const char *problem, const struct week *week,
                      enum honesty_audience audience)
{
    if (audience == HONESTY_GROUP)
        return week ? xasprintf("%s's work on %s is shared with the group once %s has ended "
                                "(after %s)",
                                author, problem, week->id, week->ends)
                    : xasprintf("%s's work on %s is in no weekly set: never shared with the group",
                                author, problem);
    return week ? xasprintf("%s's work on %s is shown once you have solved %s or %s has ended "
                            "(after %s)",
                            author, problem, problem, week->id, week->ends)
                : xasprintf("%s's work on %s is shown once you have solved %s", author, problem,
                            problem);
}

const char *honesty_reason_name(enum honesty_reason reason)
{
    switch (reason) {
    case HONESTY_OWN:
        return "own";
    case HONESTY_SOLVED:
        return "solved";
    case HONESTY_WEEK_ENDED:
        return "week ended";
    case HONESTY_HIDDEN:
        break;
    }
    return "hidden";
}
