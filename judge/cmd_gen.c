/* cmd_gen.c: `judge gen`: a package's tests from its generator and reference solution. */
#define _GNU_SOURCE
#include "judge/cli.h"
#include "judge/generate.h"
#include "judge/reference.h"
#include "judge/stress.h"
#include "judge/util.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static void gen_usage(FILE *out)
{
    fprintf(out,
            "usage: judge gen PROBLEM [--count N] [--seed S] [--max-size N]\n"
            "\n"
            "Writes the package's generated tests: runs its generator (generator/stress.*, as\n"
            "`stress.py SEED SIZE`, printing one input) for N tests, sizes rising from 1 to the\n"
            "largest, and its reference solution (generator/ref.*) on each for the answer, every\n"
            "program in the sandbox. They are tests/gen-01.in/.ans ...; the other files of tests/\n"
            "(samples, your own) are kept. The same package and options give the same tests,\n"
            "byte for byte. Nothing changes unless every test is made (docs/authoring.md).\n"
            "\n"
            "  --count N           tests to generate (default %d, at most %d)\n"
            "  --seed S            the seed the tests' seeds come from (default %d)\n"
            "  --max-size N        the largest test's SIZE (default %d)\n"
            "  --time-limit MS     CPU time per run of the generator and the reference\n"
            "                      (default %d)\n"
            "  --problems DIR      the problem library (default: $JUDGE_PROBLEMS, ./problems)\n"
            "  --languages FILE    the languages file\n"
            "\n"
            "Exit status: 0 written, 2 bad usage, a package that cannot be loaded, a generator or\n"
            "reference that fails (the test, its seed and size named), 3 judge failure.\n",
            GENERATE_DEFAULT_COUNT, GENERATE_MAX_COUNT, GENERATE_DEFAULT_SEED,
            GENERATE_DEFAULT_MAX_SIZE, REFERENCE_TIME_MS);
}

static void on_test(void *ctx, const char *name, uint32_t seed, long size, long long bytes)
{
    (void)ctx;
    printf("  %-8s seed %-10u size %-7ld %lld bytes\n", name, seed, size, bytes);
    fflush(stdout);
}

int cmd_gen(int argc, char **argv)
{
    enum {
        OPT_COUNT = 256,
        OPT_SEED,
        OPT_MAX_SIZE,
        OPT_TIME,
        OPT_PROBLEMS,
        OPT_LANGUAGES,
        OPT_HELP
    };
    static const struct option options[] = {
        {"count", required_argument, NULL, OPT_COUNT},
        {"seed", required_argument, NULL, OPT_SEED},
        {"max-size", required_argument, NULL, OPT_MAX_SIZE},
        {"time-limit", required_argument, NULL, OPT_TIME},
        {"problems", required_argument, NULL, OPT_PROBLEMS},
        {"languages", required_argument, NULL, OPT_LANGUAGES},
        {"help", no_argument, NULL, OPT_HELP},
        {NULL, 0, NULL, 0},
    };
    struct generate_options o = {.count = GENERATE_DEFAULT_COUNT,
                                 .max_size = GENERATE_DEFAULT_MAX_SIZE,
                                 .seed = GENERATE_DEFAULT_SEED,
                                 .progress = on_test};
    const char *problems_dir = NULL, *languages = NULL;
    long v;
    int opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "h", options, NULL)) != -1) {
        switch (opt) {
        case OPT_COUNT:
            if (cli_parse_long("--count", optarg, 1, GENERATE_MAX_COUNT, &o.count) < 0)
                return EXIT_USAGE;
            break;
        case OPT_SEED:
            if (cli_parse_long("--seed", optarg, 0, 2147483647L, &v) < 0)
                return EXIT_USAGE;
            o.seed = (uint64_t)v;
            break;
        case OPT_MAX_SIZE:
            if (cli_parse_long("--max-size", optarg, 1, STRESS_MAX_SIZE, &o.max_size) < 0)
                return EXIT_USAGE;
            break;
        case OPT_TIME:
            if (cli_parse_long("--time-limit", optarg, 1, 600000, &o.time_limit_ms) < 0)
                return EXIT_USAGE;
            break;
        case OPT_PROBLEMS:
            problems_dir = optarg;
            break;
        case OPT_LANGUAGES:
            languages = optarg;
            break;
        case OPT_HELP:
        case 'h':
            gen_usage(stdout);
            return EXIT_OK;
        default:
            gen_usage(stderr);
            return EXIT_USAGE;
        }
    }
    if (argc - optind != 1) {
        cli_error("gen needs one PROBLEM (usage: judge gen PROBLEM [--count N] [--seed S])");
        return EXIT_USAGE;
    }
    char err[4096];
    char *path = problem_find(argv[optind], problems_dir, err, sizeof(err));
    if (!path) {
        cli_error("%s", err);
        return EXIT_USAGE;
    }
    struct problem p;
    int r = problem_load(path, &p, err, sizeof(err));
    free(path);
    if (r < 0) {
        cli_error("%s", err);
        return EXIT_USAGE;
    }
    struct language_set langs;
    if (lang_load(&langs, languages, err, sizeof(err)) < 0) {
        cli_error("%s", err);
        problem_release(&p);
        return EXIT_USAGE;
    }
    char *id = text_visible(p.id, 0);
    printf("gen %s · %ld tests, seed %llu, sizes 1 to %ld\n", id, o.count,
           (unsigned long long)o.seed, o.max_size);
    fflush(stdout);
    struct generate_result res;
    r = generate_tests(&p, &langs, &o, &res, err, sizeof(err));
    if (r < 0) {
        cli_error("%s (tests/ left as it was)", err);
        r = r == -2 ? EXIT_SYSTEM : EXIT_USAGE;
    } else {
        char *gen = text_visible(res.generator, 0), *ref = text_visible(res.reference, 0);
        printf("%s: %ld tests written by %s, answered by %s; %ld file%s of tests/ kept\n", id,
               res.written, gen, ref, res.kept, res.kept == 1 ? "" : "s");
        free(gen);
        free(ref);
        generate_result_release(&res);
        r = EXIT_OK;
    }
    free(id);
    lang_set_release(&langs);
    problem_release(&p);
    return r;
}
