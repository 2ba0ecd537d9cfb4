/* honesty.h: the study group's honesty rule, in one place: when another member's work on a
 * problem (their source, their approach note, the comments on it) may be shown. */
#ifndef JUDGE_HONESTY_H
#define JUDGE_HONESTY_H

#include "judge/history.h"
#include "judge/weeks.h"

#include <stdbool.h>
#include <stddef.h>

/*
 * The rule (docs/meeting.md): a member's own work is always theirs to see. Another member's
 * work on a problem is shown to a viewer once the viewer has solved that problem themselves
 * (an accepted submission, in any week) or once the week the work was recorded in has ended.
 * Work recorded in no weekly set is shown only to those who solved the problem.
 *
 * What is shared with the whole group (a chat post, an exported repository) has no single
 * viewer: there, another member's work is shown only once its week has ended.
 *
 * Every command that shows a source, a note or a comment asks honesty_check_submission (or,
 * over attempts already in memory, honesty_decide); the group server will ask the same.
 */

enum honesty_audience {
    HONESTY_VIEWER, /* shown to one member, the viewer */
    HONESTY_GROUP,  /* shared with the whole group: a chat, a repository */
};

enum honesty_reason {
    HONESTY_HIDDEN = 0, /* not to be shown (yet) */
    HONESTY_OWN,        /* the viewer's own work */
    HONESTY_SOLVED,     /* the viewer has solved the problem */
    HONESTY_WEEK_ENDED, /* the work's week has ended */
};

/*
 * The rule itself. viewer and author are user names; viewer_solved says whether the viewer
 * has an accepted submission of the problem; week is the week the work was recorded in (NULL:
 * none, or a week no longer in the library); today is a day number. Returns why the work may
 * be shown, or HONESTY_HIDDEN.
 */
enum honesty_reason honesty_decide(const char *viewer, const char *author, bool viewer_solved,
                                   const struct week *week, int today,
                                   enum honesty_audience audience);

/* The rule for a recorded submission s: whether the viewer solved s->problem is read from the
 * history, s's week is looked up in weeks. HIST_OK with *reason set, or a history error. */
int honesty_check_submission(struct hist_db *db, const struct week_set *weeks, const char *viewer,
                             const struct hist_submission *s, int today,
                             enum honesty_audience audience, enum honesty_reason *reason, char *err,
                             size_t errlen);

/* Why the work is hidden, for people: "ben's work on p-b is shown once you have solved p-b or
 * week-01 has ended (after 2026-11-08)". Malloc'ed. week may be NULL. */
char *honesty_explain(const char *author, const char *problem, const struct week *week,
                      enum honesty_audience audience);

/* "own", "solved", "week ended", "hidden": the reason's name in JSON. */
const char *honesty_reason_name(enum honesty_reason reason);

#endif
