/* cmd_library.c: adding to the problem library: `judge problems add PATH` (a package copied in
 * once `judge check` passes) and `judge week new ID` (a validated weekly set written). */
#define _GNU_SOURCE
#include "judge/cli.h"
#include "judge/library.h"
#include "judge/problem.h"
#include "judge/util.h"
#include "judge/weeks.h"

#include <getopt.h>
#include <libgen.h>
#include <stdlib.h>
#include <string.h>

/* ---- judge problems add ---- */

static void add_usage(FILE *out)
{
    fprintf(out,
            "usage: judge problems add PATH [--id ID] [--problems DIR] [--languages FILE]\n"
            "\n"
            "Adds the problem package at PATH (native or ICPC) to the problem library: it is\n"
            "proved with `judge check` first (its report is shown), and copied in only when\n"
            "every check passes, as DIR/ID (ID: the package folder's name, or --id). A problem\n"
            "already in the library is never replaced.\n"
            "\n"
            "  --id ID           the problem's id in the library: letters, digits, '-' and '_'\n"
            "  --problems DIR    the problem library (default: $JUDGE_PROBLEMS, ./problems)\n"
            "  --languages FILE  the languages table the check judges with\n"
            "\n"
            "Exit status: 0 added, 1 the check failed (nothing added), 2 bad usage or a bad\n"
            "package, 3 the judge failed.\n");
}

int cmd_problems_add(int argc, char **argv)
{
    enum { OPT_ID = 256, OPT_PROBLEMS, OPT_LANGUAGES, OPT_HELP };
    static const struct option options[] = {
        {"id", required_argument, NULL, OPT_ID},
        {"problems", required_argument, NULL, OPT_PROBLEMS},
        {"languages", required_argument, NULL, OPT_LANGUAGES},
        {"help", no_argument, NULL, OPT_HELP},
        {NULL, 0, NULL, 0},
    };
    const char *id = NULL, *problems_dir = NULL, *languages = NULL;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", options, NULL)) != -1) {
        switch (c) {
        case OPT_ID:
            id = optarg;
            break;
        case OPT_PROBLEMS:
            problems_dir = optarg;
            break;
        case OPT_LANGUAGES:
            languages = optarg;
            break;
        case OPT_HELP:
        case 'h':
            add_usage(stdout);
            return EXIT_OK;
        default:
            add_usage(stderr);
            return EXIT_USAGE;
        }
    }
    if (argc - optind != 1) {
        cli_error("problems add needs one PATH (usage: judge problems add PATH [--id ID])");
        return EXIT_USAGE;
    }
    const char *src = argv[optind];
    if (!is_dir(src)) {
        cli_error("%s: not a problem package directory", src);
        return EXIT_USAGE;
    }
    char *copy = xstrdup(src);
    size_t n = strlen(copy);
    while (n > 1 && copy[n - 1] == '/')
        copy[--n] = '\0';
    char *base = xstrdup(basename(copy));
    free(copy);
    if (!id)
        id = base;
    int r = EXIT_USAGE;
    char err[4096];
    char *library = problem_library_dir(problems_dir);
    if (!library) {
        cli_error("no problem library found (use --problems DIR or JUDGE_PROBLEMS)");
        goto out;
    }
    if (library_id_check("problem", id, err, sizeof(err)) < 0) {
        cli_error("%s%s", err, id == base ? " (name it with --id)" : "");
        goto out;
    }
    char *existing = path_join(library, id);
    bool taken = is_dir(existing) || is_file(existing);
    free(existing);
    if (taken) {
        cli_error("%s/%s: already in the library (remove it first to replace it)", library, id);
        goto out;
    }

    /* judge check, as the user would run it: its report is what they need to see. */
    char check_name[] = "check", languages_option[] = "--languages";
    char *check_argv[5];
    int check_argc = 0;
    check_argv[check_argc++] = check_name;
    check_argv[check_argc++] = (char *)src;
    if (languages) {
        check_argv[check_argc++] = languages_option;
        check_argv[check_argc++] = (char *)languages;
    }
    check_argv[check_argc] = NULL;
    r = cmd_check(check_argc, check_argv);
    fflush(stdout);
    if (r != EXIT_OK) {
        if (r == EXIT_VERDICT)
            cli_error("%s: not added: the package does not pass judge check", src);
        goto out;
    }
    if (library_add_package(src, library, id, err, sizeof(err)) < 0) {
        cli_error("%s", err);
        r = EXIT_USAGE;
        goto out;
    }
    printf("added %s to the library: %s/%s\n", id, library, id);
    r = EXIT_OK;
out:
    free(library);
    free(base);
    return r;
}

/* ---- judge week new ---- */

static void week_new_usage(FILE *out)
{
    fprintf(out,
            "usage: judge week new ID --problems A,B,... [--starts DATE] [--ends DATE]\n"
            "                      [--title TEXT] [--verdict-only] [--library DIR]\n"
            "\n"
            "Writes the weekly set DIR/weeks/ID.json, after checking it as every command reads\n"
            "sets: problems of the library, no problem twice, real dates and no day shared\n"
            "with another dated set. An existing set is never replaced. Without --starts the\n"
            "set is undated: the next in the library's order (\"week\": N), dated by each\n"
            "group's calendar (judge week start).\n"
            "\n"
            "  --problems A,B,...  the set's problems, in order (ids in the library)\n"
            "  --starts DATE       a dated set: its first day, YYYY-MM-DD\n"
            "  --ends DATE         its last day (default: six days after it starts)\n"
            "  --title TEXT        its title (default: the id)\n"
            "  --verdict-only      hidden tests shown by their verdict alone\n"
            "  --library DIR       the problem library (default: $JUDGE_PROBLEMS, ./problems)\n"
            "\n"
            "Exit status: 0 written, 2 bad usage or a set that would not be valid.\n");
}

static int parse_day(const char *option, const char *text, int *day)
{
    if (week_date_parse(text, day) < 0) {
        cli_error("%s must be a real date as YYYY-MM-DD (got '%s')", option, text);
        return -1;
    }
    return 0;
}

/* The place after the last in the library's order: 1 + the largest "week" number. */
static int next_number(const char *library, int *number, char *err, size_t errlen)
{
    struct week_set set = WEEK_SET_INIT;
    if (week_set_load(&set, library, NULL, err, errlen) < 0)
        return -1;
    *number = 1;
    for (size_t i = 0; i < set.count; i++)
        if (set.weeks[i].number >= *number)
            *number = set.weeks[i].number + 1;
    for (size_t i = 0; i < set.nskipped; i++)
        if (set.skipped[i].number >= *number)
            *number = set.skipped[i].number + 1;
    week_set_release(&set);
    if (*number > WEEK_NUMBER_MAX)
        return set_error(err, errlen, "the library's order is full (week %d is the last)",
                         WEEK_NUMBER_MAX);
    return 0;
}

int cmd_week_new(int argc, char **argv)
{
    enum { OPT_PROBLEMS = 256, OPT_STARTS, OPT_ENDS, OPT_TITLE, OPT_VERDICT_ONLY, OPT_LIBRARY };
    static const struct option options[] = {
        {"problems", required_argument, NULL, OPT_PROBLEMS},
        {"starts", required_argument, NULL, OPT_STARTS},
        {"ends", required_argument, NULL, OPT_ENDS},
        {"title", required_argument, NULL, OPT_TITLE},
        {"verdict-only", no_argument, NULL, OPT_VERDICT_ONLY},
        {"library", required_argument, NULL, OPT_LIBRARY},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    const char *problems = NULL, *starts = NULL, *ends = NULL, *library_opt = NULL;
    struct library_week spec;
    int c;
    memset(&spec, 0, sizeof(spec));
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", options, NULL)) != -1) {
        switch (c) {
        case OPT_PROBLEMS:
            problems = optarg;
            break;
        case OPT_STARTS:
            starts = optarg;
            break;
        case OPT_ENDS:
            ends = optarg;
            break;
        case OPT_TITLE:
            spec.title = optarg;
            break;
        case OPT_VERDICT_ONLY:
            spec.verdict_only = true;
            break;
        case OPT_LIBRARY:
            library_opt = optarg;
            break;
        case 'h':
            week_new_usage(stdout);
            return EXIT_OK;
        default:
            week_new_usage(stderr);
            return EXIT_USAGE;
        }
    }
    if (argc - optind != 1) {
        cli_error("week new needs one ID (usage: judge week new ID --problems A,B,...)");
        return EXIT_USAGE;
    }
    spec.id = argv[optind];
    if (!problems || !problems[0]) {
        cli_error("week new needs --problems A,B,... (the set's problems, in order)");
        return EXIT_USAGE;
    }
    char err[4096];
    char *library = problem_library_dir(library_opt);
    if (!library) {
        cli_error("no problem library found (use --library DIR or JUDGE_PROBLEMS)");
        return EXIT_USAGE;
    }
    int r = EXIT_USAGE;
    char *list = xstrdup(problems);
    const char **ids = NULL;
    char *path = NULL;
    size_t nids = 0;
    for (char *p = list, *comma;; p = comma + 1) {
        comma = strchr(p, ',');
        if (comma)
            *comma = '\0';
        ids = xrealloc(ids, (nids + 1) * sizeof(*ids));
        ids[nids++] = p;
        if (!comma)
            break;
    }
    spec.problems = ids;
    spec.nproblems = nids;
    if (ends && !starts) {
        cli_error("--ends needs --starts (a set without dates takes them from the group's "
                  "calendar)");
        goto out;
    }
    if (starts ? parse_day("--starts", starts, &spec.starts_day) < 0
               : next_number(library, &spec.number, err, sizeof(err)) < 0) {
        if (!starts)
            cli_error("%s", err);
        goto out;
    }
    spec.ends_day = spec.starts_day + 6;
    if (ends && parse_day("--ends", ends, &spec.ends_day) < 0)
        goto out;
    if (spec.ends_day < spec.starts_day) {
        cli_error("--ends (%s) is before the set starts", ends);
        goto out;
    }
    if (library_week_new(library, &spec, &path, err, sizeof(err)) < 0) {
        cli_error("%s", err);
        goto out;
    }
    char day_a[11], day_b[11];
    week_date_format(spec.starts_day, day_a);
    week_date_format(spec.ends_day, day_b);
    if (spec.number > 0)
        printf("wrote %s: week %d in the library's order (the group's calendar dates it), %zu "
               "problem%s\n",
               path, spec.number, nids, nids == 1 ? "" : "s");
    else
        printf("wrote %s: %s..%s, %zu problem%s\n", path, day_a, day_b, nids, nids == 1 ? "" : "s");
    r = EXIT_OK;
out:
    free(path);
    free(ids);
    free(list);
    free(library);
    return r;
}
