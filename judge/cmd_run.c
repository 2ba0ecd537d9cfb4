/* cmd_run.c: `judge run`: one sandboxed run of a solution on the user's input or a sample. */
#define _GNU_SOURCE
#include "judge/cli.h"
#include "judge/compare.h"
#include "judge/pkgfile.h"
#include "judge/report.h"
#include "judge/runner.h"
#include "judge/util.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* What is shown of the program's stdout and stderr; the rest is counted, not shown. */
#define SHOW_STDOUT_MAX (64 << 10)
#define SHOW_STDERR_MAX (16 << 10)
/* Standard input read for the run (`-`). */
#define STDIN_MAX (64LL << 20)
/* A time limit for a package that sets none (an ICPC package whose limit is derived). */
#define DEFAULT_TIME_MS 10000

static void run_usage(FILE *out)
{
    fprintf(out,
            "usage: judge run PROBLEM SOLUTION [--input FILE | - | --sample N] [OPTIONS]\n"
            "\n"
            "Runs SOLUTION once in the sandbox, as a test would run it (through the harness on\n"
            "a function-style problem, with the problem's limits), on your own input or one of\n"
            "the problem's samples, and prints what it wrote, how it ended, its time and memory.\n"
            "On a sample, its output is also checked against the sample's answer.\n"
            "\n"
            "  --input FILE        the input (a file of at most 1 GiB); '-' reads standard input\n"
            "  -                   the same as --input -\n"
            "  --sample N          the problem's N-th sample (default: the first)\n"
            "  --lang L            the solution's language (default: from its extensions)\n"
            "  --time-limit MS     override the problem's time limit\n"
            "  --memory-limit MB   override the problem's memory limit\n"
            "  --json              print one JSON object (docs/json.md)\n"
            "  --problems DIR      the problem library\n"
            "  --languages FILE    the languages file\n"
            "\n"
            "Exit status: 0 it ended normally (and matched the sample's answer), 1 it did not\n"
            "(a compile error, a crash, a limit, a wrong answer), 2 bad usage, 3 judge failure.\n");
}

/* The index of the problem's n-th sample (1-based), or -1 with err. */
static long find_sample(const struct problem *p, long n, char *err, size_t errlen)
{
    long seen = 0;
    for (size_t i = 0; i < p->ntests; i++) {
        if (p->tests[i].sample && ++seen == n)
            return (long)i;
    }
    if (seen == 0)
        return set_error(err, errlen, "%s has no samples: give --input FILE", p->id);
    return set_error(err, errlen, "%s has %ld sample%s, not %ld", p->id, seen, seen == 1 ? "" : "s",
                     n);
}

/* Prints up to max bytes of fd's content, made visible, with a note of what was left out. */
static void print_stream(const char *label, int fd, size_t max)
{
    bool truncated = false;
    char *text = fd >= 0 ? read_fd_text(fd, max, &truncated) : xstrdup("");
    off_t size = fd >= 0 ? lseek(fd, 0, SEEK_END) : 0;
    printf("--- %s", label);
    if (!text[0])
        printf(" (empty)");
    printf(" ---\n");
    if (text[0]) {
        char *v = text_visible(text, 0);
        fputs(v, stdout);
        if (v[0] && v[strlen(v) - 1] != '\n')
            printf("\n(no newline at the end)\n");
        free(v);
    }
    if (truncated)
        printf("... (%lld more bytes not shown)\n", (long long)size - (long long)max);
    free(text);
}

struct run_cli {
    struct judge_cli cli;
    const char *input;
    long sample;
};

static int parse(int argc, char **argv, struct run_cli *o)
{
    enum { OPT_INPUT = JUDGE_CLI_OPT_END, OPT_SAMPLE, OPT_HELP };
    static const struct option options[] = {
        JUDGE_CLI_LONG_OPTIONS,
        {"input", required_argument, NULL, OPT_INPUT},
        {"sample", required_argument, NULL, OPT_SAMPLE},
        {"help", no_argument, NULL, OPT_HELP},
        {NULL, 0, NULL, 0},
    };
    int c;
    judge_cli_init(&o->cli);
    o->input = NULL;
    o->sample = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", options, NULL)) != -1) {
        switch (c) {
        case OPT_INPUT:
            o->input = optarg;
            break;
        case OPT_SAMPLE:
            if (cli_parse_long("--sample", optarg, 1, 10000, &o->sample) < 0)
                return EXIT_USAGE;
            break;
        case OPT_HELP:
        case 'h':
            return -1;
        default: {
            int r = judge_cli_option(c, optarg, &o->cli);
            if (r != 0)
                return EXIT_USAGE;
            if (c == JUDGE_CLI_OPT_FAIL_FAST || c == JUDGE_CLI_OPT_USER || c == JUDGE_CLI_OPT_DB) {
                cli_error("run does not take --fail-fast, --user or --db");
                return EXIT_USAGE;
            }
        }
        }
    }
    o->cli.args = argv + optind;
    o->cli.nargs = argc - optind;
    if (o->cli.nargs == 3 && strcmp(o->cli.args[2], "-") == 0 && !o->input) {
        o->input = "-";
        o->cli.nargs = 2;
    }
    if (o->cli.nargs != 2) {
        cli_error("run needs PROBLEM and SOLUTION (usage: judge run PROBLEM SOLUTION [--input "
                  "FILE | - | --sample N])");
        return EXIT_USAGE;
    }
    if (o->input && o->sample) {
        cli_error("--input and --sample do not go together");
        return EXIT_USAGE;
    }
    return 0;
}

int cmd_run(int argc, char **argv)
{
    struct run_cli o;
    char err[4096];
    int r = parse(argc, argv, &o);
    if (r < 0) {
        run_usage(stdout);
        return EXIT_OK;
    }
    if (r > 0)
        return r;
    const char *problem_arg = o.cli.args[0], *solution = o.cli.args[1];

    struct problem p;
    struct language_set langs;
    char *path = problem_find(problem_arg, o.cli.problems_dir, err, sizeof(err));
    if (!path) {
        cli_error("%s", err);
        return EXIT_USAGE;
    }
    r = problem_load(path, &p, err, sizeof(err));
    free(path);
    if (r < 0) {
        cli_error("%s", err);
        return EXIT_USAGE;
    }
    if (lang_load(&langs, o.cli.languages, err, sizeof(err)) < 0) {
        cli_error("%s", err);
        problem_release(&p);
        return EXIT_USAGE;
    }

    /* The input: the user's file, standard input, or a sample of the package. */
    int input = -1;
    long sample = -1;
    const char *input_name;
    if (o.input && strcmp(o.input, "-") == 0) {
        input = memfd_from_stream(STDIN_FILENO, STDIN_MAX, "standard input", err, sizeof(err));
        input_name = "standard input";
    } else if (o.input) {
        input = open_regular_file(o.input, PKG_TEST_FILE_MAX, err, sizeof(err));
        input_name = o.input;
    } else {
        sample = find_sample(&p, o.sample ? o.sample : 1, err, sizeof(err));
        input = sample < 0
                    ? -1
                    : pkg_open(p.dir, p.tests[sample].input, PKG_TEST_FILE_MAX, err, sizeof(err));
        input_name = sample < 0 ? "" : p.tests[sample].name;
    }
    struct runner run;
    struct build_outcome outcome = {0};
    memset(&run, 0, sizeof(run));
    run.prog.fd = -1;
    if (input < 0) {
        cli_error("%s", err);
        r = EXIT_USAGE;
        goto out;
    }

    long time_ms = o.cli.opts.time_limit_ms ? o.cli.opts.time_limit_ms : p.time_limit_ms;
    if (time_ms <= 0) {
        time_ms = DEFAULT_TIME_MS;
        fprintf(stderr, "judge: %s sets no time limit: %ld s for this run\n", p.id, time_ms / 1000);
    }
    struct runner_spec spec = {
        .p = &p,
        .source = solution,
        .lang_id = o.cli.opts.lang_id,
        .harness = true,
        .time_limit_ms = time_ms,
        .memory_limit_mb =
            o.cli.opts.memory_limit_mb ? o.cli.opts.memory_limit_mb : p.memory_limit_mb,
        .output_limit_mb = p.output_limit_mb,
        .stderr_keep = SHOW_STDERR_MAX,
    };
    r = runner_build(&run, &langs, &spec, &outcome, err, sizeof(err));
    if (r < 0) {
        cli_error("%s", err);
        r = r == -2 ? EXIT_SYSTEM : EXIT_USAGE;
        goto out;
    }
    if (!outcome.ok) {
        if (o.cli.json) {
            cJSON *j = cJSON_CreateObject();
            cJSON_AddStringToObject(j, "problem", p.id);
            cJSON_AddStringToObject(j, "language", run.prog.lang ? run.prog.lang->id : "");
            cJSON *c = cJSON_AddObjectToObject(j, "compile");
            cJSON_AddBoolToObject(c, "ok", false);
            cJSON_AddStringToObject(c, "message", outcome.message ? outcome.message : "");
            json_print_line(stdout, j);
            cJSON_Delete(j);
        } else {
            printf("CE Compilation error:\n");
            char *v = text_visible(outcome.message, 0);
            fputs(v, stdout);
            free(v);
            printf("\n");
        }
        r = EXIT_VERDICT;
        goto out;
    }

    struct runner_result res;
    if (runner_run(&run, input, NULL, &res, err, sizeof(err)) < 0) {
        cli_error("%s", err);
        r = EXIT_SYSTEM;
        goto out;
    }
    char why[256];
    enum verdict v = runner_verdict(&run, &res, why, sizeof(why));
    /* A sample's answer: the output is checked as a test would be, by a built-in checker. */
    bool checked = false;
    struct cmp_result diff;
    memset(&diff, 0, sizeof(diff));
    if (v == VERDICT_AC && sample >= 0 && p.checker.kind == CHECKER_BUILTIN &&
        p.interaction == INTERACTION_NONE) {
        int ans = pkg_open(p.dir, p.tests[sample].answer, PKG_TEST_FILE_MAX, err, sizeof(err));
        if (ans >= 0) {
            lseek(res.out_fd, 0, SEEK_SET);
            if (cmp_fds(res.out_fd, ans, &p.checker.cmp, &diff) == 0)
                checked = true;
            close(ans);
            lseek(res.out_fd, 0, SEEK_SET);
        }
    }
    const struct sbx_result *s = &res.sbx;
    if (o.cli.json) {
        cJSON *j = cJSON_CreateObject();
        cJSON_AddStringToObject(j, "problem", p.id);
        cJSON_AddStringToObject(j, "language", run.prog.lang->id);
        cJSON_AddStringToObject(j, "input", input_name);
        cJSON *c = cJSON_AddObjectToObject(j, "compile");
        cJSON_AddBoolToObject(c, "ok", true);
        cJSON_AddStringToObject(c, "message", outcome.message ? outcome.message : "");
        cJSON_AddStringToObject(j, "status", sbx_status_name(s->status));
        if (s->status == SBX_EXITED)
            cJSON_AddNumberToObject(j, "exit_code", s->exit_code);
        else
            cJSON_AddNullToObject(j, "exit_code");
        if (s->signal)
            cJSON_AddStringToObject(j, "signal", sbx_signal_name(s->signal));
        else
            cJSON_AddNullToObject(j, "signal");
        cJSON_AddStringToObject(j, "verdict", verdict_name(checked ? diff.verdict : v));
        cJSON_AddStringToObject(j, "message",
                                checked && diff.verdict != VERDICT_AC ? diff.message : why);
        cJSON_AddBoolToObject(j, "checked", checked);
        cJSON_AddNumberToObject(j, "time_ms", (double)s->cpu_ms);
        cJSON_AddNumberToObject(j, "wall_ms", (double)s->wall_ms);
        cJSON_AddNumberToObject(j, "memory_kb", (double)s->peak_memory_kib);
        cJSON_AddNumberToObject(j, "time_limit_ms", (double)time_ms);
        cJSON_AddNumberToObject(j, "memory_limit_mb", (double)spec.memory_limit_mb);
        bool truncated;
        char *out = read_fd_text(res.out_fd, SHOW_STDOUT_MAX, &truncated);
        cJSON_AddStringToObject(j, "stdout", out);
        cJSON_AddNumberToObject(j, "stdout_bytes", (double)lseek(res.out_fd, 0, SEEK_END));
        cJSON_AddBoolToObject(j, "stdout_truncated", truncated);
        free(out);
        cJSON_AddStringToObject(j, "stderr", res.err_text ? res.err_text : "");
        cJSON_AddBoolToObject(j, "stderr_truncated", res.err_truncated);
        json_print_line(stdout, j);
        cJSON_Delete(j);
    } else {
        char *title = text_visible_line(p.title ? p.title : p.id, 0);
        char *name = text_visible_line(input_name, 0);
        printf("%s (%s) · %s · input: %s\n", title, p.id, run.prog.lang->name, name);
        free(title);
        free(name);
        print_stream("output", res.out_fd, SHOW_STDOUT_MAX);
        if (res.err_text && res.err_text[0]) {
            printf("--- stderr ---\n");
            char *e = text_visible(res.err_text, 0);
            fputs(e, stdout);
            if (e[strlen(e) - 1] != '\n')
                printf("\n");
            free(e);
            if (res.err_truncated)
                printf("... (more not shown)\n");
        }
        char tb[32], mb[32], lb[32];
        const char *how = s->status == SBX_EXITED && s->exit_code == 0 ? "exited normally" : why;
        printf("%s%s%s · %s · %s (limits %s, %ld MiB)\n", v == VERDICT_AC ? "" : verdict_name(v),
               v == VERDICT_AC ? "" : " ", how, format_ms(s->cpu_ms, tb, sizeof(tb)),
               format_kib(s->peak_memory_kib, mb, sizeof(mb)), format_ms(time_ms, lb, sizeof(lb)),
               spec.memory_limit_mb);
        if (checked && diff.verdict == VERDICT_AC) {
            printf("the output matches the answer of %s\n", input_name);
        } else if (checked) {
            printf("%s: the output differs from the answer of %s: ", verdict_name(diff.verdict),
                   input_name);
            char *m = text_visible(diff.message, 0);
            printf("%s\n", m);
            free(m);
            int ans = pkg_open(p.dir, p.tests[sample].answer, PKG_TEST_FILE_MAX, err, sizeof(err));
            if (ans >= 0) {
                bool truncated;
                char *text = read_fd_text(ans, 1024, &truncated);
                report_show_block(stdout, "expected", text, truncated);
                free(text);
                close(ans);
            }
        }
    }
    r = v == VERDICT_AC && (!checked || diff.verdict == VERDICT_AC) ? EXIT_OK
        : v == VERDICT_SE                                           ? EXIT_SYSTEM
                                                                    : EXIT_VERDICT;
    runner_result_release(&res);
out:
    build_outcome_release(&outcome);
    runner_release(&run);
    if (input >= 0)
        close(input);
    lang_set_release(&langs);
    problem_release(&p);
    return r;
}
