/* cmd_new.c: `judge new`: a new problem package in the library, from the skeleton. */
#define _GNU_SOURCE
#include "judge/cli.h"
#include "judge/problem.h"
#include "judge/library.h"
#include "judge/skeleton.h"
#include "judge/util.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static void new_usage(FILE *out)
{
    fprintf(out,
            "usage: judge new ID [--function-style | --interactive] [--problems DIR]\n"
            "\n"
            "Creates the problem package ID in the problem library: problem.json, statement.md,\n"
            "generator/stress.py (the generator), generator/ref.cpp (the reference solution),\n"
            "tests/ with two samples, solutions/<verdict>/ with example programs, and harness/\n"
            "(--function-style) or interactor.cpp (--interactive). It holds a small real\n"
            "problem, so `judge gen ID && judge check ID` passes at once; then make it yours\n"
            "(docs/authoring.md). An existing ID is never replaced.\n"
            "\n"
            "  --function-style    the solution is a function the harness calls (LeetCode style)\n"
            "  --interactive       the solution talks with an interactor\n"
            "  --problems DIR      the problem library (default: $JUDGE_PROBLEMS, ./problems)\n"
            "\n"
            "ID: letters, digits, '-' and '_', at most %d bytes, not starting with '-'.\n"
            "Exit status: 0 created, 2 bad usage, an invalid or existing ID, 3 judge failure.\n",
            LIBRARY_ID_MAX);
}

int cmd_new(int argc, char **argv)
{
    enum { OPT_FUNCTION = 256, OPT_INTERACTIVE, OPT_PROBLEMS, OPT_HELP };
    static const struct option options[] = {
        {"function-style", no_argument, NULL, OPT_FUNCTION},
        {"interactive", no_argument, NULL, OPT_INTERACTIVE},
        {"problems", required_argument, NULL, OPT_PROBLEMS},
        {"help", no_argument, NULL, OPT_HELP},
        {NULL, 0, NULL, 0},
    };
    bool function = false, interactive = false;
    const char *problems_dir = NULL;
    int opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "h", options, NULL)) != -1) {
        switch (opt) {
        case OPT_FUNCTION:
            function = true;
            break;
        case OPT_INTERACTIVE:
            interactive = true;
            break;
        case OPT_PROBLEMS:
            problems_dir = optarg;
            break;
        case OPT_HELP:
        case 'h':
            new_usage(stdout);
            return EXIT_OK;
        default:
            new_usage(stderr);
            return EXIT_USAGE;
        }
    }
    if (argc - optind != 1) {
        cli_error("new needs one ID (usage: judge new ID [--function-style | --interactive])");
        return EXIT_USAGE;
    }
    if (function && interactive) {
        cli_error("a problem is --function-style or --interactive, not both");
        return EXIT_USAGE;
    }
    const char *id = argv[optind];
    char err[4096];
    if (library_id_check("problem", id, err, sizeof(err)) < 0) {
        cli_error("%s", err);
        return EXIT_USAGE;
    }
    char *library = problem_library_dir(problems_dir);
    if (!library) {
        cli_error("no problem library found (use --problems DIR or JUDGE_PROBLEMS)");
        return EXIT_USAGE;
    }
    enum skeleton_style style = function      ? SKELETON_FUNCTION
                                : interactive ? SKELETON_INTERACTIVE
                                              : SKELETON_PROGRAM;
    char *path = NULL;
    int r = skeleton_create(library, id, style, &path, err, sizeof(err));
    free(library);
    if (r < 0) {
        cli_error("%s", err);
        return r == -2 ? EXIT_SYSTEM : EXIT_USAGE;
    }
    char *shown = text_visible(path, 0);
    printf("created %s (%s): an example problem, the sum of n numbers, to make yours:\n"
           "  edit statement.md, generator/stress.py, generator/ref.cpp, solutions/%s;\n"
           "  then: judge gen %s && judge check %s   (docs/authoring.md)\n",
           shown,
           style == SKELETON_FUNCTION      ? "function-style"
           : style == SKELETON_INTERACTIVE ? "interactive"
                                           : "a whole program",
           style == SKELETON_FUNCTION      ? ", harness/"
           : style == SKELETON_INTERACTIVE ? ", interactor.cpp"
                                           : "",
           id, id);
    free(shown);
    free(path);
    return EXIT_OK;
}
