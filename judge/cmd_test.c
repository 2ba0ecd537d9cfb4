/* cmd_test.c: `judge test`: judge a solution on a problem's tests, without recording. */
#define _GNU_SOURCE
#include "judge/cli.h"
#include "judge/history.h"
#include "judge/derive.h"
#include "judge/judging.h"
#include "judge/report.h"
#include "judge/usertests.h"
#include "judge/util.h"
#include "judge/weeks.h"

#include <getopt.h>
#include <sched.h>
#include <unistd.h>
#include <stdlib.h>
#include <string.h>

static void test_usage(FILE *out)
{
    fprintf(
        out,
        "usage: judge test PROBLEM SOLUTION [OPTIONS]\n"
        "\n"
        "Compiles SOLUTION, runs it on every test of PROBLEM in the sandbox and checks\n"
        "the output. PROBLEM is a package directory or an id in the problem library.\n"
        "SOLUTION is a source file, or a folder of them in one language (its entry point\n"
        "main.py, Main.java, main.js...; C, C++ and Go compile every file).\n"
        "\n"
        "  --lang L            the solution's language (default: from its extensions)\n"
        "  --time-limit MS     override the problem's time limit\n"
        "  --memory-limit MB   override the problem's memory limit\n"
        "  --fail-fast         stop at the first failing test\n"
        "  --no-user-tests     leave out your own tests (judge tests add)\n"
        "  -j N                run N tests at once (default and most: the CPUs here)\n"
        "  --json              print one JSON object (see docs/json.md)\n"
        "  --problems DIR      the problem library (default: $JUDGE_PROBLEMS, ./problems)\n"
        "  --languages FILE    the languages file (default: $JUDGE_LANGUAGES, the user's,\n"
        "                      the installed one)\n"
        "\n"
        "Exit status: 0 accepted, 1 another verdict, 2 bad usage or package, 3 judge failure.\n");
}

/* The CPUs this process may run on: more tests at once than that only makes each wait. */
static int usable_cpus(void)
{
    cpu_set_t set;
    long online = sysconf(_SC_NPROCESSORS_ONLN);
    int n = sched_getaffinity(0, sizeof(set), &set) == 0 ? CPU_COUNT(&set) : (int)online;
    if (online > 0 && n > online)
        n = (int)online;
    return n < 1 ? 1 : n > JUDGE_MAX_JOBS ? JUDGE_MAX_JOBS : n;
}

void judge_cli_init(struct judge_cli *cli)
{
    memset(cli, 0, sizeof(*cli));
    cli->opts.jobs = usable_cpus();
}

int judge_cli_option(int c, const char *arg, struct judge_cli *cli)
{
    long v;
    switch (c) {
    case JUDGE_CLI_OPT_LANG:
        cli->opts.lang_id = arg;
        return 0;
    case JUDGE_CLI_OPT_TIME:
        if (cli_parse_long("--time-limit", arg, 1, 600000, &v) < 0)
            return EXIT_USAGE;
        cli->opts.time_limit_ms = v;
        return 0;
    case JUDGE_CLI_OPT_MEM:
        if (cli_parse_long("--memory-limit", arg, 1, 65536, &v) < 0)
            return EXIT_USAGE;
        cli->opts.memory_limit_mb = v;
        return 0;
    case JUDGE_CLI_OPT_FAIL_FAST:
        cli->opts.fail_fast = true;
        return 0;
    case 'j':
        if (cli_parse_long("-j", arg, 1, 4096, &v) < 0)
            return EXIT_USAGE;
        cli->opts.jobs = (int)v;
        if (v > usable_cpus()) {
            cli->opts.jobs = usable_cpus();
            fprintf(stderr, "%s: -j %ld: only %d CPUs here, so %d tests at once\n", cli_program, v,
                    cli->opts.jobs, cli->opts.jobs);
        }
        return 0;
    case JUDGE_CLI_OPT_JSON:
        cli->json = true;
        return 0;
    case JUDGE_CLI_OPT_PROBLEMS:
        cli->problems_dir = arg;
        return 0;
    case JUDGE_CLI_OPT_LANGUAGES:
        cli->languages = arg;
        return 0;
    case JUDGE_CLI_OPT_USER:
        cli->user = arg;
        return 0;
    case JUDGE_CLI_OPT_DB:
        cli->db = arg;
        return 0;
    case JUDGE_CLI_OPT_NO_USER_TESTS:
        cli->no_user_tests = true;
        return 0;
    default:
        return 1;
    }
}

int judge_options_parse(int argc, char **argv, struct judge_cli *cli)
{
    static const struct option options[] = {
        JUDGE_CLI_LONG_OPTIONS,
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    int c;

    judge_cli_init(cli);
    optind = 1;
    while ((c = getopt_long(argc, argv, "j:h", options, NULL)) != -1) {
        if (c == 'h')
            return -1;
        int r = judge_cli_option(c, optarg, cli);
        if (r == EXIT_USAGE || r == 1)
            return EXIT_USAGE;
    }
    cli->args = argv + optind;
    cli->nargs = argc - optind;
    return 0;
}

int judge_cli_judge(struct judge_cli *cli, const char *problem_arg, const char *solution,
                    struct problem *p, struct language_set *langs, struct judgement *j)
{
    char err[4096];
    char *path = problem_find(problem_arg, cli->problems_dir, err, sizeof(err));
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
    if (lang_load(langs, cli->languages, err, sizeof(err)) < 0) {
        cli_error("%s", err);
        problem_release(p);
        return EXIT_USAGE;
    }
    if (p->warning)
        fprintf(stderr, "judge: warning: %s\n", p->warning);
    /* A weekly set that asks for verdict-only feedback: its problems' hidden tests show only
     * their verdicts, as the problem's own "feedback" would make them. */
    struct judge_options opts = cli->opts;
    const struct week_bad *bad =
        cli->weeks && !cli->week_id ? week_set_blocking(cli->weeks, p->id) : NULL;
    if (bad && cli->recording) {
        cli_error("%s: nothing judged (the set may hold %s, so the week of its submission is "
                  "not known until the file is fixed)",
                  bad->error, p->id);
        lang_set_release(langs);
        problem_release(p);
        return EXIT_USAGE;
    }
    if (bad)
        cli_error("warning: %s (the set may hold %s: feedback as the problem and the valid "
                  "sets say)",
                  bad->error, p->id);
    if (cli->weeks) {
        const struct week *w = cli->week_id ? week_set_find(cli->weeks, cli->week_id)
                                            : week_set_for_problem(cli->weeks, p->id, week_today());
        if (w && w->verdict_only)
            opts.verdict_only = true;
    }
    /* An ICPC package may set no time limit: derive it (cached) unless --time-limit. */
    if (p->time_limit_ms == 0 && !cli->opts.time_limit_ms) {
        struct derive_result dr;
        if (derive_time_limit(p, langs, NULL, NULL, &dr, err, sizeof(err)) < 0) {
            cli_error("%s", err);
            lang_set_release(langs);
            problem_release(p);
            return EXIT_USAGE;
        }
        derive_print(stderr, "judge: ", &dr);
        derive_result_release(&dr);
    }
    /* The user's own tests, after the problem's (usertests.h); not in the derivation of a
     * time limit above, which is the package's alone. */
    const char *skipped = NULL;
    if (!cli->no_user_tests && usertests_append(p, &skipped, err, sizeof(err)) < 0) {
        cli_error("%s (--no-user-tests leaves your tests out)", err);
        lang_set_release(langs);
        problem_release(p);
        return EXIT_USAGE;
    }
    if (skipped)
        fprintf(stderr, "judge: note: %s\n", skipped);
    struct progress pr;
    progress_init(&pr, stderr);
    if (!cli->json) {
        opts.on_test = progress_on_test;
        opts.on_compile = progress_on_compile;
        opts.ctx = &pr;
    }
    r = judge_run(p, langs, solution, &opts, j, err, sizeof(err));
    progress_clear(&pr);
    if (r < 0) {
        cli_error("%s", err);
        lang_set_release(langs);
        problem_release(p);
        return EXIT_USAGE;
    }
    return EXIT_OK;
}

int judge_cli_exit_status(const struct judgement *j)
{
    if (j->verdict == VERDICT_AC)
        return EXIT_OK;
    return j->verdict == VERDICT_SE ? EXIT_SYSTEM : EXIT_VERDICT;
}

void judge_cli_print(const struct judge_cli *cli, const struct judgement *j,
                     const struct problem *p, const char *solution)
{
    if (cli->json) {
        cJSON *o = report_json(j, p);
        json_print_line(stdout, o);
        cJSON_Delete(o);
    } else {
        report_print(stdout, j, p, solution, cli_use_color(stdout));
    }
    fflush(stdout);
}

int cmd_test(int argc, char **argv)
{
    struct judge_cli cli;
    int r = judge_options_parse(argc, argv, &cli);
    if (r < 0) {
        test_usage(stdout);
        return EXIT_OK;
    }
    if (r > 0) {
        test_usage(stderr);
        return r;
    }
    if (cli.nargs != 2) {
        cli_error("test needs PROBLEM and SOLUTION (usage: judge test PROBLEM SOLUTION "
                  "[OPTIONS])");
        return EXIT_USAGE;
    }
    struct problem p;
    struct language_set langs;
    struct judgement j;
    /* The weekly sets only say what feedback to give: one that cannot be read leaves the
     * problem's own. */
    struct week_set weeks = WEEK_SET_INIT;
    char err[1024];
    if (hist_weeks_load(&weeks, cli.problems_dir, cli.db, true, err, sizeof(err)) == HIST_OK)
        cli.weeks = &weeks;
    else
        fprintf(stderr,
                "%s: warning: the weekly sets are not read (%s): feedback as the problem "
                "says\n",
                cli_program, err);
    r = judge_cli_judge(&cli, cli.args[0], cli.args[1], &p, &langs, &j);
    if (r == EXIT_OK) {
        judge_cli_print(&cli, &j, &p, cli.args[1]);
        r = judge_cli_exit_status(&j);
        judgement_release(&j);
        lang_set_release(&langs);
        problem_release(&p);
    }
    week_set_release(&weeks);
    return r;
}
