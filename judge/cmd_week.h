/* cmd_week.h: what the `judge week` subcommands share: cmd_week.c (list, show, run, board,
 * report), cmd_meeting.c (meeting, pairs) and cmd_export.c (export). */
#ifndef JUDGE_CMD_WEEK_H
#define JUDGE_CMD_WEEK_H

#include "judge/cli.h"
#include "judge/history.h"
#include "judge/weeks.h"

#include <stdbool.h>
#include <stddef.h>

/* The most --presenter options a meeting takes. */
#define WEEK_CLI_PRESENTERS_MAX 64

struct week_cli {
    struct judge_cli judge; /* run's judging options, --user, --db, --json, --problems */
    const char *subcommand;
    const char *week_arg;
    const char *dir;
    const char *export_dir; /* export's DIR */
    const char *webhook;
    bool markdown;
    bool icpc;    /* --style icpc */
    bool confirm; /* meeting, pairs: record the presenters / pairs */
    bool agenda;  /* report: carry the meeting's agenda */
    long k;       /* reviews per member per week */
    const char *presenters[WEEK_CLI_PRESENTERS_MAX]; /* --presenter PROBLEM=USER */
    size_t npresenters;
    long timeout_s;
    struct week_set weeks;
    int today;
};

/* Opens the history for the week commands; EXIT_OK, or an exit status after printing why. */
int week_cli_open_history(const struct week_cli *w, bool write, struct hist_db **db);

/* Prints o as one JSON line and deletes it. */
void week_cli_print_json(cJSON *o);

/* `judge week meeting`, `judge week pairs` (cmd_meeting.c), `judge week export`
 * (cmd_export.c). */
int week_meeting(struct week_cli *w, const struct week *week);
int week_pairs(struct week_cli *w, const struct week *week);
int week_export(struct week_cli *w, const struct week *week);

/* cmd_calendar.c: `judge week start`; and the group's calendar as `week list` shows it: a
 * line saying where the undated sets' dates come from (nothing when there are none) and the
 * sets the calendar skips; as JSON {stored, starts, every_days, sets}. */
int cmd_week_start(int argc, char **argv);
void calendar_print(FILE *out, const struct week_calendar *cal, const struct week_set *set);
cJSON *calendar_to_json(const struct week_calendar *cal);

/* The meeting's agenda for week as shared with the group (notes only where the honesty rule
 * lets the whole group see them), as Markdown (*markdown, malloc'ed) and JSON (*json); for
 * `week report --agenda`. EXIT_OK or an exit status after printing why. */
int week_agenda_for_group(struct week_cli *w, struct hist_db *db, const struct week *week,
                          char **markdown, cJSON **json);

#endif
