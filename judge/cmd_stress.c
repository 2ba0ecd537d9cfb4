/* cmd_stress.c: `judge stress`: random tests against an oracle until the solution fails one;
 * the smallest failing test found is shown and kept as one of the user's own tests. */
#define _GNU_SOURCE
#include "judge/cli.h"
#include "judge/report.h"
#include "judge/stress.h"
#include "judge/usertests.h"
#include "judge/util.h"

#include <fcntl.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* What the JSON holds of a failing test's input and outputs. */
#define JSON_TEXT_MAX (64 << 10)

static void stress_usage(FILE *out)
{
    fprintf(out,
            "usage: judge stress PROBLEM SOLUTION [--brute FILE] [--gen FILE]\n"
            "                    [--seconds N | --count N] [--max-size N] [--seed N]\n"
            "\n"
            "Random tests from the problem's generator (generator/stress.*) or yours, answered\n"
            "by the problem's reference solution or your brute force, until SOLUTION gives\n"
            "another answer (or crashes, or runs out of time); then smaller failing tests are\n"
            "sought (smaller sizes, other seeds), and the smallest is shown and saved as one of\n"
            "your own tests (judge tests list PROBLEM). Every program runs in the sandbox.\n"
            "\n"
            "  --brute FILE        your brute force, the oracle instead of the reference\n"
            "  --gen FILE          your generator, run as `gen SEED SIZE`, printing one input\n"
            "  --seconds N         search for at most N seconds (default %d)\n"
            "  --count N           run at most N tests (default %d)\n"
            "  --max-size N        the largest SIZE given to the generator (default %d)\n"
            "  --seed N            the search's seed (default: from the clock; printed)\n"
            "  --no-save           do not save the failing test\n"
            "  --lang, --time-limit, --memory-limit, --problems, --languages: as for `judge test`\n"
            "  --json              one JSON object (docs/json.md)\n"
            "\n"
            "Exit status: 0 no failing test found, 1 one found (or a compile error), 2 bad usage,\n"
            "a generator or oracle that fails, 3 judge failure.\n",
            STRESS_DEFAULT_SECS, STRESS_DEFAULT_COUNT, STRESS_DEFAULT_SIZE);
}

struct stress_cli {
    struct judge_cli cli;
    struct stress_options o;
    bool no_save;
    bool seed_given;
};

static int parse(int argc, char **argv, struct stress_cli *s)
{
    enum {
        OPT_BRUTE = JUDGE_CLI_OPT_END,
        OPT_GEN,
        OPT_SECONDS,
        OPT_COUNT,
        OPT_MAX_SIZE,
        OPT_SEED,
        OPT_NO_SAVE,
        OPT_HELP
    };
    static const struct option options[] = {
        JUDGE_CLI_LONG_OPTIONS,
        {"brute", required_argument, NULL, OPT_BRUTE},
        {"gen", required_argument, NULL, OPT_GEN},
        {"seconds", required_argument, NULL, OPT_SECONDS},
        {"count", required_argument, NULL, OPT_COUNT},
        {"max-size", required_argument, NULL, OPT_MAX_SIZE},
        {"seed", required_argument, NULL, OPT_SEED},
        {"no-save", no_argument, NULL, OPT_NO_SAVE},
        {"help", no_argument, NULL, OPT_HELP},
        {NULL, 0, NULL, 0},
    };
    long v;
    int c;
    bool seconds = false, count = false;
    memset(s, 0, sizeof(*s));
    judge_cli_init(&s->cli);
    s->o.max_size = STRESS_DEFAULT_SIZE;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", options, NULL)) != -1) {
        switch (c) {
        case OPT_BRUTE:
            s->o.brute = optarg;
            break;
        case OPT_GEN:
            s->o.generator = optarg;
            break;
        case OPT_SECONDS:
            if (cli_parse_long("--seconds", optarg, 1, 86400, &s->o.seconds) < 0)
                return EXIT_USAGE;
            seconds = true;
            break;
        case OPT_COUNT:
            if (cli_parse_long("--count", optarg, 1, 100000000, &s->o.count) < 0)
                return EXIT_USAGE;
            count = true;
            break;
        case OPT_MAX_SIZE:
            if (cli_parse_long("--max-size", optarg, 1, STRESS_MAX_SIZE, &s->o.max_size) < 0)
                return EXIT_USAGE;
            break;
        case OPT_SEED:
            if (cli_parse_long("--seed", optarg, 0, 2147483647L, &v) < 0)
                return EXIT_USAGE;
            s->o.seed = (uint64_t)v;
            s->seed_given = true;
            break;
        case OPT_NO_SAVE:
            s->no_save = true;
            break;
        case OPT_HELP:
        case 'h':
            return -1;
        default:
            if (judge_cli_option(c, optarg, &s->cli) != 0)
                return EXIT_USAGE;
            if (c == JUDGE_CLI_OPT_FAIL_FAST || c == JUDGE_CLI_OPT_USER || c == JUDGE_CLI_OPT_DB ||
                c == JUDGE_CLI_OPT_NO_USER_TESTS) {
                cli_error("stress does not take --fail-fast, --user, --db or --no-user-tests");
                return EXIT_USAGE;
            }
        }
    }
    if (argc - optind != 2) {
        cli_error("stress needs PROBLEM and SOLUTION (usage: judge stress PROBLEM SOLUTION "
                  "[--brute FILE] [--gen FILE] [--seconds N | --count N])");
        return EXIT_USAGE;
    }
    /* Either bound alone is the bound; without either, both defaults apply. */
    s->o.seconds = seconds ? s->o.seconds : count ? 86400 : STRESS_DEFAULT_SECS;
    s->o.count = count ? s->o.count : seconds ? 100000000 : STRESS_DEFAULT_COUNT;
    s->cli.args = argv + optind;
    s->cli.nargs = 2;
    s->o.solution = s->cli.args[1];
    s->o.lang_id = s->cli.opts.lang_id;
    s->o.time_limit_ms = s->cli.opts.time_limit_ms;
    s->o.memory_limit_mb = s->cli.opts.memory_limit_mb;
    if (!s->seed_given) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        s->o.seed = ((uint64_t)ts.tv_sec * 1000003u + (uint64_t)ts.tv_nsec) & STRESS_SEED_MAX;
    }
    return 0;
}

/* The live line on a terminal. */
struct live {
    bool active;
};

static void on_progress(void *ctx, long tests, bool shrinking)
{
    struct live *l = ctx;
    if (!l->active)
        return;
    fprintf(stderr, "\r\033[K  %s: %ld tests", shrinking ? "looking for a smaller one" : "testing",
            tests);
    fflush(stderr);
}

static cJSON *case_json(const struct stress_case *c)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddNumberToObject(o, "seed", c->seed);
    cJSON_AddNumberToObject(o, "size", (double)c->size);
    cJSON_AddStringToObject(o, "verdict", verdict_name(c->verdict));
    cJSON_AddStringToObject(o, "message", c->message);
    const struct {
        const char *key;
        int fd;
    } parts[] = {{"input", c->input_fd}, {"expected", c->expected_fd}, {"output", c->output_fd}};
    for (size_t i = 0; i < 3; i++) {
        bool truncated;
        char *text = read_fd_text(parts[i].fd, JSON_TEXT_MAX, &truncated);
        cJSON_AddStringToObject(o, parts[i].key, text);
        free(text);
    }
    return o;
}

/* Saves the case as the user's test stress-N. Returns the name (malloc'ed) or NULL with err. */
static char *save_case(const struct problem *p, const struct stress_case *c, bool from_reference,
                       char *err, size_t errlen)
{
    struct usertests store;
    char *added = NULL;
    if (usertests_open(&store, p->id, true, err, errlen) < 0)
        goto out;
    char name[32];
    for (long k = 1;; k++) {
        snprintf(name, sizeof(name), "stress-%ld", k);
        if (!usertests_name_taken(&store, name))
            break;
    }
    usertests_add(&store, name, c->input_fd, c->expected_fd, from_reference, &added, err, errlen);
out:
    usertests_close(&store);
    return added;
}

static void show_case(const struct stress_case *c, bool from_reference)
{
    bool truncated;
    char *in = read_fd_text(c->input_fd, 1024, &truncated);
    report_show_block(stdout, "input", in, truncated);
    free(in);
    char *exp = read_fd_text(c->expected_fd, 1024, &truncated);
    report_show_block(stdout,
                      from_reference ? "expected (the reference's answer)"
                                     : "expected (your brute force's answer)",
                      exp, truncated);
    free(exp);
    char *out = read_fd_text(c->output_fd, 1024, &truncated);
    report_show_block(stdout, "your output", out, truncated);
    free(out);
}

int cmd_stress(int argc, char **argv)
{
    struct stress_cli s;
    char err[4096];
    int r = parse(argc, argv, &s);
    if (r < 0) {
        stress_usage(stdout);
        return EXIT_OK;
    }
    if (r > 0)
        return r;
    struct problem p;
    struct language_set langs;
    char *path = problem_find(s.cli.args[0], s.cli.problems_dir, err, sizeof(err));
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
    if (lang_load(&langs, s.cli.languages, err, sizeof(err)) < 0) {
        cli_error("%s", err);
        problem_release(&p);
        return EXIT_USAGE;
    }
    struct live live = {.active = !s.cli.json && isatty(STDERR_FILENO)};
    s.o.progress = on_progress;
    s.o.ctx = &live;
    struct stress_result res;
    r = stress_run(&p, &langs, &s.o, &res, err, sizeof(err));
    if (live.active)
        fprintf(stderr, "\r\033[K");
    if (r < 0) {
        cli_error("%s", err);
        r = r == -2 ? EXIT_SYSTEM : EXIT_USAGE;
        goto out;
    }
    bool from_reference = !s.o.brute;
    char *saved = NULL;
    char save_err[1024] = "";
    if (res.found && !s.no_save)
        saved = save_case(&p, &res.smallest, from_reference, save_err, sizeof(save_err));

    if (s.cli.json) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "problem", p.id);
        cJSON_AddStringToObject(o, "solution", s.o.solution);
        cJSON_AddStringToObject(o, "generator", res.generator ? res.generator : "");
        cJSON_AddStringToObject(o, "oracle", res.oracle ? res.oracle : "");
        cJSON_AddNumberToObject(o, "seed", (double)s.o.seed);
        cJSON_AddNumberToObject(o, "max_size", (double)s.o.max_size);
        cJSON *compile = cJSON_AddObjectToObject(o, "compile");
        cJSON_AddBoolToObject(compile, "ok", res.compiled);
        cJSON_AddStringToObject(compile, "message", res.compile_message ? res.compile_message : "");
        cJSON_AddNumberToObject(o, "tests", (double)res.tests);
        cJSON_AddBoolToObject(o, "found", res.found);
        if (res.found) {
            cJSON_AddItemToObject(o, "first", case_json(&res.first));
            cJSON_AddItemToObject(o, "smallest", case_json(&res.smallest));
            cJSON_AddNumberToObject(o, "shrink_tests", (double)res.shrink_tests);
        } else {
            cJSON_AddNullToObject(o, "first");
            cJSON_AddNullToObject(o, "smallest");
            cJSON_AddNumberToObject(o, "shrink_tests", 0);
        }
        if (saved) {
            char *full = xasprintf("user/%s", saved);
            cJSON_AddStringToObject(o, "saved", full);
            free(full);
        } else {
            cJSON_AddNullToObject(o, "saved");
        }
        json_print_line(stdout, o);
        cJSON_Delete(o);
    } else {
        char *id = text_visible_line(p.id, 0), *sol = text_visible_line(s.o.solution, 0),
             *gen = text_visible_line(res.generator, 0), *ora = text_visible_line(res.oracle, 0);
        printf("stress %s · %s · tests from %s · answers from %s · seed %llu (--seed repeats "
               "it)\n",
               id, sol, gen, ora, (unsigned long long)s.o.seed);
        free(sol);
        free(gen);
        free(ora);
        if (!res.compiled) {
            printf("\nCE Compilation error:\n");
            char *m = text_visible(res.compile_message, 0);
            fputs(m, stdout);
            free(m);
            printf("\n");
        } else if (!res.found) {
            printf("no failing test in %ld tests (sizes 1 to %ld)\n", res.tests, s.o.max_size);
        } else {
            char *m1 = text_visible(res.first.message, 0);
            printf("test %ld failed: %s (seed %u, size %ld)%s%s\n", res.tests,
                   verdict_name(res.first.verdict), res.first.seed, res.first.size,
                   m1[0] ? ": " : "", m1);
            free(m1);
            if (res.smallest.size < res.first.size)
                printf("smaller: size %ld (seed %u), found in %ld more tests\n", res.smallest.size,
                       res.smallest.seed, res.shrink_tests);
            else
                printf("no smaller failing test in %ld more tests (sizes 1 to %ld)\n",
                       res.shrink_tests, res.first.size - 1);
            char *m2 = text_visible(res.smallest.message, 0);
            printf("\nthe smallest failing test: %s%s%s\n", verdict_name(res.smallest.verdict),
                   m2[0] ? ": " : "", m2);
            free(m2);
            show_case(&res.smallest, from_reference);
            if (saved)
                printf("\nsaved as your test user/%s of %s (`judge test` runs it; `judge tests "
                       "list %s`)\n",
                       saved, id, id);
        }
        free(id);
    }
    if (res.found && !s.no_save && !saved)
        cli_error("the failing test was not saved: %s", save_err);
    free(saved);
    r = !res.compiled || res.found ? EXIT_VERDICT : EXIT_OK;
    stress_result_release(&res);
out:
    lang_set_release(&langs);
    problem_release(&p);
    return r;
}
