/* cmd_calendar.c: `judge week start`: the group's calendar, from which the library's undated
 * weekly sets take their dates (weeks.h, docs/history.md). */
#define _GNU_SOURCE
#include "judge/cmd_week.h"
#include "judge/history.h"
#include "judge/util.h"
#include "judge/weeks.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static void start_usage(FILE *out)
{
    fprintf(out,
            "usage: judge week start DATE [--every N] [--sets A,B,...] [--user U] [--db FILE]\n"
            "                             [--problems DIR] [--json]\n"
            "\n"
            "Sets the group's calendar, stored with the history: the library's undated weekly\n"
            "sets (those with a \"week\" number instead of dates) run one after another from\n"
            "DATE, each for N days; a stretch a dated set holds is passed over. Setting it\n"
            "again replaces it; what was recorded keeps the week it was recorded in.\n"
            "\n"
            "  --every N       days per set: N, Nd or Nw (default 7d)\n"
            "  --sets A,B,...  the undated sets to run, in this order (the others are skipped;\n"
            "                  default: all of them, by their \"week\" numbers)\n"
            "  --user U        who sets it (recorded)\n"
            "  --db FILE       the history (default: $JUDGE_DB, $XDG_DATA_HOME/judge/history.db)\n"
            "  --problems DIR  the problem library (default: $JUDGE_PROBLEMS, ./problems)\n"
            "  --json          print the calendar and the sets' dates as JSON\n"
            "\n"
            "Exit status: 0 set, 2 bad usage, a bad date or set, or a bad history file, 3 the\n"
            "judge failed.\n");
}

/* "7", "7d" or "1w": days, WEEK_EVERY_MIN..WEEK_EVERY_MAX. */
static int parse_every(const char *text, int *days)
{
    char *end;
    errno = 0;
    long n = strtol(text, &end, 10);
    long unit = 1;
    if (end != text && (*end == 'd' || *end == 'w') && end[1] == '\0') {
        unit = *end == 'w' ? 7 : 1;
        end++;
    }
    if (end == text || *end || errno || !(text[0] >= '0' && text[0] <= '9') || n < 1 ||
        n > WEEK_EVERY_MAX || n * unit > WEEK_EVERY_MAX) {
        cli_error("--every must be a number of days from %d to %d, as N, Nd or Nw (got '%s')",
                  WEEK_EVERY_MIN, WEEK_EVERY_MAX, text);
        return -1;
    }
    *days = (int)(n * unit);
    return 0;
}

/* The --sets list: undated sets of the library, none twice. */
static int parse_sets(const char *text, const struct week_set *set, struct week_calendar *cal)
{
    char *list = xstrdup(text);
    int r = -1;
    cal->order = xcalloc(strlen(text) + 1, sizeof(char *));
    for (char *p = list, *comma;; p = comma + 1) {
        comma = strchr(p, ',');
        if (comma)
            *comma = '\0';
        const struct week *w = week_set_find(set, p);
        if (!w)
            w = week_set_find_skipped(set, p);
        if (!w) {
            cli_error("--sets: no weekly set '%s' in the library (judge week list shows them)", p);
            goto out;
        }
        if (w->dated) {
            cli_error("--sets: %s has its own dates (%s to %s): the calendar places only the "
                      "undated sets",
                      w->id, w->starts, w->ends);
            goto out;
        }
        for (size_t i = 0; i < cal->norder; i++) {
            if (strcmp(cal->order[i], p) == 0) {
                cli_error("--sets: %s is named twice", p);
                goto out;
            }
        }
        cal->order[cal->norder++] = xstrdup(p);
        if (!comma)
            break;
    }
    r = 0;
out:
    free(list);
    return r;
}

static cJSON *calendar_json(const struct week_calendar *cal, const struct week_set *set)
{
    cJSON *o = cJSON_CreateObject();
    char starts[11];
    week_date_format(cal->start_day, starts);
    cJSON_AddBoolToObject(o, "stored", cal->stored);
    cJSON_AddStringToObject(o, "starts", starts);
    cJSON_AddNumberToObject(o, "every_days", cal->every_days);
    if (cal->order) {
        cJSON *list = cJSON_AddArrayToObject(o, "sets");
        for (size_t i = 0; i < cal->norder; i++)
            cJSON_AddItemToArray(list, cJSON_CreateString(cal->order[i]));
    } else {
        cJSON_AddNullToObject(o, "sets");
    }
    if (set) {
        cJSON *weeks = cJSON_AddArrayToObject(o, "weeks");
        for (size_t i = 0; i < set->count; i++)
            cJSON_AddItemToArray(weeks, week_json(&set->weeks[i]));
        cJSON *skipped = cJSON_AddArrayToObject(o, "skipped");
        for (size_t i = 0; i < set->nskipped; i++)
            cJSON_AddItemToArray(skipped, week_json(&set->skipped[i]));
    }
    return o;
}

void calendar_print(FILE *out, const struct week_calendar *cal, const struct week_set *set)
{
    bool undated = set->nskipped > 0;
    for (size_t i = 0; i < set->count && !undated; i++)
        undated = !set->weeks[i].dated;
    if (!undated)
        return;
    char starts[11];
    week_date_format(cal->start_day, starts);
    if (cal->stored)
        fprintf(out, "the group's calendar: the undated sets from %s, one every %d day%s\n", starts,
                cal->every_days, cal->every_days == 1 ? "" : "s");
    else
        fprintf(out,
                "the group's calendar is not set: the undated sets run weekly from %s, the week "
                "of the history's first submission (this week, before any); `judge week start "
                "DATE` sets it\n",
                starts);
    for (size_t i = 0; i < set->nskipped; i++) {
        char *title = text_visible(set->skipped[i].title, 0);
        fprintf(out, "skipped by the calendar: %s  %s\n", set->skipped[i].id, title);
        free(title);
    }
}

cJSON *calendar_to_json(const struct week_calendar *cal)
{
    return calendar_json(cal, NULL);
}

int cmd_week_start(int argc, char **argv)
{
    enum { OPT_EVERY = 256, OPT_SETS, OPT_USER, OPT_DB, OPT_PROBLEMS, OPT_JSON };
    static const struct option options[] = {
        {"every", required_argument, NULL, OPT_EVERY},
        {"sets", required_argument, NULL, OPT_SETS},
        {"user", required_argument, NULL, OPT_USER},
        {"db", required_argument, NULL, OPT_DB},
        {"problems", required_argument, NULL, OPT_PROBLEMS},
        {"json", no_argument, NULL, OPT_JSON},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    const char *every = NULL, *sets = NULL, *user_opt = NULL, *db_opt = NULL, *problems_dir = NULL;
    bool json = false;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", options, NULL)) != -1) {
        switch (c) {
        case OPT_EVERY:
            every = optarg;
            break;
        case OPT_SETS:
            sets = optarg;
            break;
        case OPT_USER:
            user_opt = optarg;
            break;
        case OPT_DB:
            db_opt = optarg;
            break;
        case OPT_PROBLEMS:
            problems_dir = optarg;
            break;
        case OPT_JSON:
            json = true;
            break;
        case 'h':
            start_usage(stdout);
            return EXIT_OK;
        default:
            start_usage(stderr);
            return EXIT_USAGE;
        }
    }
    if (argc - optind != 1) {
        cli_error("week start needs one DATE (usage: judge week start DATE [--every N])");
        return EXIT_USAGE;
    }
    struct week_calendar cal;
    week_calendar_default(&cal, 0);
    cal.stored = true;
    if (week_date_parse(argv[optind], &cal.start_day) < 0) {
        cli_error("week start: DATE must be a real date as YYYY-MM-DD (got '%s')", argv[optind]);
        return EXIT_USAGE;
    }
    if (every && parse_every(every, &cal.every_days) < 0)
        return EXIT_USAGE;

    char err[4096];
    char *user = hist_user(user_opt, err, sizeof(err));
    if (!user) {
        cli_error("%s", err);
        return EXIT_USAGE;
    }
    struct week_set set = WEEK_SET_INIT;
    struct hist_db *db = NULL;
    int r = EXIT_USAGE, hr;
    /* The library as it stands, to check --sets against and to show the dates that follow. */
    if (week_set_load(&set, problems_dir, &cal, err, sizeof(err)) < 0) {
        cli_error("%s", err);
        goto out;
    }
    if (sets) {
        if (parse_sets(sets, &set, &cal) < 0)
            goto out;
        week_set_release(&set);
        if (week_set_load(&set, problems_dir, &cal, err, sizeof(err)) < 0) {
            cli_error("%s", err);
            goto out;
        }
    }
    if ((hr = hist_open(db_opt, true, &db, err, sizeof(err))) != HIST_OK ||
        (hr = hist_calendar_set(db, &cal, user, err, sizeof(err))) != HIST_OK) {
        cli_error("%s", err);
        r = hr == HIST_ESYSTEM ? EXIT_SYSTEM : EXIT_USAGE;
        goto out;
    }
    if (json) {
        cJSON *o = calendar_json(&cal, &set);
        json_print_line(stdout, o);
        cJSON_Delete(o);
    } else {
        calendar_print(stdout, &cal, &set);
        for (size_t i = 0; i < set.count; i++) {
            const struct week *w = &set.weeks[i];
            char *title = text_visible(w->title, 0);
            printf("  %-14s %s to %s%s  %s\n", w->id, w->starts, w->ends,
                   w->dated ? " (dated)" : "", title);
            free(title);
        }
    }
    r = EXIT_OK;
out:
    hist_close(db);
    week_set_release(&set);
    week_calendar_release(&cal);
    free(user);
    return r;
}
