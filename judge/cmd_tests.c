/* cmd_tests.c: `judge tests add | list | show | remove`: the user's own tests of a problem. */
#define _GNU_SOURCE
#include "judge/cli.h"
#include "judge/pkgfile.h"
#include "judge/reference.h"
#include "judge/report.h"
#include "judge/usertests.h"
#include "judge/util.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void tests_usage(FILE *out)
{
    fprintf(out,
            "usage: judge tests add PROBLEM --input FILE [--answer FILE] [--name NAME]\n"
            "       judge tests list PROBLEM [--json]\n"
            "       judge tests show PROBLEM NAME\n"
            "       judge tests remove PROBLEM NAME\n"
            "\n"
            "Your own tests of a problem, kept with your data ($XDG_DATA_HOME/judge/tests/,\n"
            "private to you), not in the library. `judge test` and `judge submit` run them\n"
            "after the problem's own tests, as user/NAME (--no-user-tests leaves them out).\n"
            "A test added without --answer gets the answer of the problem's reference\n"
            "solution, run in the sandbox on the input (an input it fails on is refused: it is\n"
            "most likely not a valid input).\n"
            "\n"
            "  --input FILE        the test's input ('-': standard input), at most 64 MiB\n"
            "  --answer FILE       its expected output (default: the reference solution's)\n"
            "  --name NAME         its name: letters, digits, '_', '-' (default: 1, 2, ...)\n"
            "  --problems DIR      the problem library\n"
            "  --languages FILE    the languages file (for the reference solution)\n"
            "  --json              list: one JSON object (docs/json.md)\n");
}

struct tests_cli {
    const char *input, *answer, *name, *problems_dir, *languages;
    bool json;
    char **args;
    int nargs;
};

static int parse(int argc, char **argv, struct tests_cli *o)
{
    enum { OPT_INPUT = 256, OPT_ANSWER, OPT_NAME, OPT_PROBLEMS, OPT_LANGUAGES, OPT_JSON, OPT_HELP };
    static const struct option options[] = {
        {"input", required_argument, NULL, OPT_INPUT},
        {"answer", required_argument, NULL, OPT_ANSWER},
        {"name", required_argument, NULL, OPT_NAME},
        {"problems", required_argument, NULL, OPT_PROBLEMS},
        {"languages", required_argument, NULL, OPT_LANGUAGES},
        {"json", no_argument, NULL, OPT_JSON},
        {"help", no_argument, NULL, OPT_HELP},
        {NULL, 0, NULL, 0},
    };
    int c;
    memset(o, 0, sizeof(*o));
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", options, NULL)) != -1) {
        switch (c) {
        case OPT_INPUT:
            o->input = optarg;
            break;
        case OPT_ANSWER:
            o->answer = optarg;
            break;
        case OPT_NAME:
            o->name = optarg;
            break;
        case OPT_PROBLEMS:
            o->problems_dir = optarg;
            break;
        case OPT_LANGUAGES:
            o->languages = optarg;
            break;
        case OPT_JSON:
            o->json = true;
            break;
        case OPT_HELP:
        case 'h':
            return -1;
        default:
            return EXIT_USAGE;
        }
    }
    o->args = argv + optind;
    o->nargs = argc - optind;
    return 0;
}

/* Loads the problem named on the command line. 0, or EXIT_USAGE after saying why. */
static int load_problem(const struct tests_cli *o, const char *arg, struct problem *p)
{
    char err[4096];
    char *path = problem_find(arg, o->problems_dir, err, sizeof(err));
    if (!path) {
        cli_error("%s", err);
        return EXIT_USAGE;
    }
    int r = problem_load(path, p, err, sizeof(err));
    free(path);
    if (r < 0) {
        cli_error("%s", err);
        return EXIT_USAGE;
    }
    return 0;
}

/* Opens a file the user names: '-' is standard input. A descriptor, or -1 with err. */
static int open_input(const char *path, const char *what, char *err, size_t errlen)
{
    if (strcmp(path, "-") == 0)
        return memfd_from_stream(STDIN_FILENO, USERTESTS_FILE_MAX, what, err, errlen);
    return open_regular_file(path, USERTESTS_FILE_MAX, err, errlen);
}

static int tests_add(const struct tests_cli *o)
{
    char err[4096];
    if (o->nargs != 1 || !o->input) {
        cli_error("tests add needs PROBLEM and --input FILE (usage: judge tests add PROBLEM "
                  "--input FILE [--answer FILE] [--name NAME])");
        return EXIT_USAGE;
    }
    if (o->answer && strcmp(o->input, "-") == 0 && strcmp(o->answer, "-") == 0) {
        cli_error("--input and --answer cannot both be standard input");
        return EXIT_USAGE;
    }
    if (o->name && !usertests_valid_name(o->name)) {
        cli_error("--name must be 1 to %d letters, digits, '_' or '-' (got '%s')",
                  USERTESTS_NAME_MAX, o->name);
        return EXIT_USAGE;
    }
    struct problem p;
    int r = load_problem(o, o->args[0], &p);
    if (r)
        return r;
    struct usertests store = {.dirfd = -1};
    struct runner ref;
    memset(&ref, 0, sizeof(ref));
    ref.prog.fd = -1;
    struct language_set langs = {0};
    int input = -1, answer = -1;
    r = EXIT_USAGE;
    if ((input = open_input(o->input, "the input", err, sizeof(err))) < 0)
        goto out_error;
    if (o->answer) {
        if ((answer = open_input(o->answer, "the answer", err, sizeof(err))) < 0)
            goto out_error;
    } else if (p.interaction != INTERACTION_NONE || p.multi_pass) {
        set_error(err, sizeof(err),
                  "%s is %s: its reference cannot answer a test alone; give --answer FILE", p.id,
                  p.interaction != INTERACTION_NONE ? "interactive" : "multi-pass");
        goto out_error;
    } else {
        if (lang_load(&langs, o->languages, err, sizeof(err)) < 0)
            goto out_error;
        int b = reference_build(&ref, &p, &langs, err, sizeof(err));
        if (b < 0) {
            r = b == -2 ? EXIT_SYSTEM : EXIT_USAGE;
            goto out_error;
        }
        if (reference_answer(&ref, input, &answer, err, sizeof(err)) < 0) {
            size_t len = strlen(err);
            snprintf(err + len, sizeof(err) - len,
                     "; is it a valid input? (--answer FILE adds it "
                     "as it is)");
            goto out_error;
        }
    }
    if (usertests_open(&store, p.id, true, err, sizeof(err)) < 0)
        goto out_error;
    char *added;
    if (usertests_add(&store, o->name, input, answer, !o->answer, &added, err, sizeof(err)) < 0)
        goto out_error;
    char *id = text_visible_line(p.id, 0);
    printf("added user/%s to %s (%s)%s\n", added, id,
           o->answer ? "with your answer" : "answered by the reference solution",
           "; `judge test` runs it after the problem's tests");
    free(id);
    free(added);
    r = EXIT_OK;
    goto out;
out_error:
    cli_error("%s", err);
out:
    if (input >= 0)
        close(input);
    if (answer >= 0)
        close(answer);
    usertests_close(&store);
    runner_release(&ref);
    if (langs.langs)
        lang_set_release(&langs);
    problem_release(&p);
    return r;
}

/* The store of the problem named on the command line (by the package's id). */
static int open_store(const struct tests_cli *o, struct problem *p, struct usertests *store,
                      bool create)
{
    char err[4096];
    int r = load_problem(o, o->args[0], p);
    if (r)
        return r;
    if (usertests_open(store, p->id, create, err, sizeof(err)) < 0) {
        cli_error("%s", err);
        usertests_close(store);
        problem_release(p);
        return EXIT_USAGE;
    }
    return 0;
}

static int tests_list(const struct tests_cli *o)
{
    char err[4096];
    if (o->nargs != 1) {
        cli_error("tests list needs PROBLEM (usage: judge tests list PROBLEM [--json])");
        return EXIT_USAGE;
    }
    struct problem p;
    struct usertests store;
    int r = open_store(o, &p, &store, false);
    if (r)
        return r;
    struct usertest *list;
    size_t n;
    if (usertests_list(&store, &list, &n, err, sizeof(err)) < 0) {
        cli_error("%s", err);
        r = EXIT_USAGE;
        goto out;
    }
    if (o->json) {
        cJSON *j = cJSON_CreateObject();
        cJSON_AddStringToObject(j, "problem", p.id);
        cJSON_AddStringToObject(j, "dir", store.path);
        cJSON *a = cJSON_AddArrayToObject(j, "tests");
        for (size_t i = 0; i < n; i++) {
            cJSON *t = cJSON_CreateObject();
            char *full = xasprintf("user/%s", list[i].name);
            cJSON_AddStringToObject(t, "name", full);
            free(full);
            cJSON_AddNumberToObject(t, "input_bytes", (double)list[i].input_bytes);
            cJSON_AddNumberToObject(t, "answer_bytes", (double)list[i].answer_bytes);
            cJSON_AddStringToObject(t, "answer",
                                    list[i].answer_from_reference ? "reference" : "yours");
            cJSON_AddItemToArray(a, t);
        }
        json_print_line(stdout, j);
        cJSON_Delete(j);
    } else if (n == 0) {
        char *id = text_visible_line(p.id, 0);
        printf("no tests of your own for %s (judge tests add %s --input FILE)\n", id, id);
        free(id);
    } else {
        char *id = text_visible_line(p.id, 0);
        printf("your tests of %s (%s):\n", id, store.path);
        free(id);
        for (size_t i = 0; i < n; i++)
            printf("  user/%-20s input %lld bytes, answer %lld bytes (%s)\n", list[i].name,
                   list[i].input_bytes, list[i].answer_bytes,
                   list[i].answer_from_reference ? "from the reference solution" : "yours");
    }
    usertests_list_free(list, n);
    r = EXIT_OK;
out:
    usertests_close(&store);
    problem_release(&p);
    return r;
}

/* NAME or user/NAME. */
static const char *test_name(const char *arg)
{
    return strncmp(arg, "user/", 5) == 0 ? arg + 5 : arg;
}

static int tests_show(const struct tests_cli *o)
{
    char err[4096];
    if (o->nargs != 2) {
        cli_error("tests show needs PROBLEM and NAME (usage: judge tests show PROBLEM NAME)");
        return EXIT_USAGE;
    }
    struct problem p;
    struct usertests store;
    int r = open_store(o, &p, &store, false);
    if (r)
        return r;
    const char *name = test_name(o->args[1]);
    /* Through the same path as judging: the store's tests added to the problem. */
    const char *skipped;
    int added = usertests_append(&p, &skipped, err, sizeof(err));
    if (added < 0) {
        cli_error("%s", err);
        r = EXIT_USAGE;
        goto out;
    }
    r = EXIT_USAGE;
    for (size_t i = p.ntests - p.nuser_tests; i < p.ntests; i++) {
        if (strcmp(p.tests[i].name + 5, name) != 0)
            continue;
        static const char *const labels[] = {"input", "answer"};
        for (int k = 0; k < 2; k++) {
            const char *file = k == 0 ? p.tests[i].input : p.tests[i].answer;
            int fd = pkg_open(problem_test_dir(&p, &p.tests[i]), file, USERTESTS_FILE_MAX, err,
                              sizeof(err));
            if (fd < 0) {
                cli_error("%s", err);
                goto out;
            }
            bool truncated;
            char *text = read_fd_text(fd, 1024, &truncated);
            close(fd);
            report_show_block(stdout, labels[k], text, truncated);
            free(text);
        }
        r = EXIT_OK;
        goto out;
    }
    cli_error("no test '%s' in %s", name, store.path);
out:
    usertests_close(&store);
    problem_release(&p);
    return r;
}

static int tests_remove(const struct tests_cli *o)
{
    char err[4096];
    if (o->nargs != 2) {
        cli_error("tests remove needs PROBLEM and NAME (usage: judge tests remove PROBLEM NAME)");
        return EXIT_USAGE;
    }
    struct problem p;
    struct usertests store;
    int r = open_store(o, &p, &store, false);
    if (r)
        return r;
    const char *name = test_name(o->args[1]);
    if (usertests_remove(&store, name, err, sizeof(err)) < 0) {
        cli_error("%s", err);
        r = EXIT_USAGE;
    } else {
        printf("removed user/%s\n", name);
        r = EXIT_OK;
    }
    usertests_close(&store);
    problem_release(&p);
    return r;
}

int cmd_tests(int argc, char **argv)
{
    if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
        tests_usage(argc < 2 ? stderr : stdout);
        return argc < 2 ? EXIT_USAGE : EXIT_OK;
    }
    static const struct {
        const char *name;
        int (*fn)(const struct tests_cli *);
    } subs[] = {
        {"add", tests_add}, {"list", tests_list}, {"show", tests_show}, {"remove", tests_remove}};
    for (size_t i = 0; i < sizeof(subs) / sizeof(subs[0]); i++) {
        if (strcmp(argv[1], subs[i].name) != 0)
            continue;
        struct tests_cli o;
        int r = parse(argc - 1, argv + 1, &o);
        if (r < 0) {
            tests_usage(stdout);
            return EXIT_OK;
        }
        if (r > 0)
            return r;
        return subs[i].fn(&o);
    }
    cli_error("unknown tests command '%s' (add, list, show, remove)", argv[1]);
    return EXIT_USAGE;
}
