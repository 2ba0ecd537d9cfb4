/* stress.c: the stress search and the shrinking of what it finds (see stress.h). */
#define _GNU_SOURCE
#include "judge/stress.h"
#include "judge/pkgfile.h"
#include "judge/reference.h"
#include "judge/runner.h"
#include "judge/util.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

uint64_t stress_random(uint64_t *state)
{
    uint64_t z = (*state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

void stress_next_case(uint64_t *state, long max_size, uint32_t *seed, long *size)
{
    *seed = (uint32_t)(stress_random(state) & STRESS_SEED_MAX);
    if (max_size < 1)
        max_size = 1;
    *size = 1 + (long)(stress_random(state) % (uint64_t)max_size);
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

char *stress_package_generator(const struct problem *p)
{
    char *dir = path_join(p->dir, "generator");
    struct pkg_entry st;
    pkg_stat(p->dir, dir, &st);
    char *found = NULL;
    if (st.kind == PKG_DIR && !st.link) {
        struct pkg_entry *e;
        size_t n, budget = PKG_WALK_MAX_ENTRIES;
        char err[256];
        if (pkg_list(p->dir, dir, &e, &n, &budget, err, sizeof(err)) == 0) {
            for (size_t i = 0; i < n && !found; i++) {
                if (strncmp(e[i].name, "stress.", 7) == 0 && e[i].kind == PKG_FILE)
                    found = path_join(dir, e[i].name);
            }
            pkg_entries_free(e, n);
        }
    }
    free(dir);
    return found;
}

static void case_init(struct stress_case *c)
{
    memset(c, 0, sizeof(*c));
    c->input_fd = c->expected_fd = c->output_fd = -1;
}

static void case_release(struct stress_case *c)
{
    int *fds[] = {&c->input_fd, &c->expected_fd, &c->output_fd};
    for (size_t i = 0; i < 3; i++) {
        if (*fds[i] >= 0)
            close(*fds[i]);
    }
    case_init(c);
}

void stress_result_release(struct stress_result *res)
{
    free(res->generator);
    free(res->oracle);
    free(res->compile_message);
    case_release(&res->first);
    case_release(&res->smallest);
    memset(res, 0, sizeof(*res));
    case_init(&res->first);
    case_init(&res->smallest);
}

/* The three programs of a search. */
struct search {
    const struct problem *p;
    struct runner gen, oracle, sol;
    struct cmp_options cmp;
};

/* The name of a program for people: its path inside the package, or as the user gave it. */
static char *display(const struct problem *p, const char *path)
{
    size_t len = strlen(p->dir);
    if (strncmp(path, p->dir, len) == 0 && path[len] == '/')
        return xstrdup(path + len + 1);
    return xstrdup(path);
}

/* Builds one of the user's programs (a generator or a brute force). 0, or -1/-2 with err. */
static int build_user(struct runner *r, struct language_set *langs, const struct problem *p,
                      const char *path, const char *lang_id, bool harness, long time_ms,
                      long memory_mb, const char *what, char *err, size_t errlen)
{
    struct runner_spec spec = {.p = p,
                               .source = path,
                               .lang_id = lang_id,
                               .harness = harness,
                               .time_limit_ms = time_ms,
                               .memory_limit_mb = memory_mb,
                               .output_limit_mb = p->output_limit_mb};
    struct build_outcome outcome;
    char why[2048];
    int ret = runner_build(r, langs, &spec, &outcome, why, sizeof(why));
    if (ret == 0 && !outcome.ok) {
        set_error(err, errlen, "%s %s does not compile: %.500s", what, path, outcome.message);
        ret = -1;
    } else if (ret < 0) {
        set_error(err, errlen, "%s %s: %.1000s", what, path, why);
    }
    build_outcome_release(&outcome);
    return ret;
}

int stress_generator_build(struct runner *r, struct language_set *langs, const struct problem *p,
                           const char *path, long time_ms, char *err, size_t errlen)
{
    return build_user(r, langs, p, path, NULL, false, time_ms, REFERENCE_MEMORY_MB, "the generator",
                      err, errlen);
}

int stress_generate(struct runner *gen, uint32_t seed, long size, int *input_fd, char *err,
                    size_t errlen)
{
    char seed_arg[16], size_arg[24];
    snprintf(seed_arg, sizeof(seed_arg), "%u", seed);
    snprintf(size_arg, sizeof(size_arg), "%ld", size);
    const char *args[] = {seed_arg, size_arg, NULL};
    struct runner_result res;
    char why[256];
    *input_fd = -1;
    if (runner_run(gen, -1, args, &res, err, errlen) < 0)
        return -2;
    enum verdict v = runner_verdict(gen, &res, why, sizeof(why));
    int ret = -1;
    if (v == VERDICT_SE) {
        set_error(err, errlen,
                  "the sandbox failed running the generator with seed %u and size %ld: %s", seed,
                  size, why);
        ret = -2;
    } else if (v != VERDICT_AC) {
        set_error(err, errlen, "the generator failed with seed %u and size %ld (%s: %s)", seed,
                  size, verdict_name(v), why);
    } else {
        *input_fd = res.out_fd;
        res.out_fd = -1;
        ret = 0;
    }
    runner_result_release(&res);
    return ret;
}

/* Runs one test: generate, answer, solve, compare. Returns 1 when the solution failed it
 * (c filled, its descriptors its own), 0 when it passed, -1 with err when a program other than
 * the solution failed or the judge did. */
static int run_case(struct search *s, uint32_t seed, long size, struct stress_case *c, char *err,
                    size_t errlen)
{
    struct runner_result ora, sol;
    char why[256];
    enum verdict v;
    int ret = -1;
    int input_fd;

    if (stress_generate(&s->gen, seed, size, &input_fd, err, errlen) < 0)
        return -1;
    if (runner_run(&s->oracle, input_fd, NULL, &ora, err, errlen) < 0)
        goto out_input;
    v = runner_verdict(&s->oracle, &ora, why, sizeof(why));
    if (v != VERDICT_AC) {
        set_error(err, errlen,
                  "the oracle failed on the test generated with seed %u and size %ld (%s: %s): "
                  "is the generator's input valid?",
                  seed, size, verdict_name(v), why);
        goto out_ora;
    }
    if (runner_run(&s->sol, input_fd, NULL, &sol, err, errlen) < 0)
        goto out_ora;
    v = runner_verdict(&s->sol, &sol, why, sizeof(why));
    if (v == VERDICT_SE) {
        set_error(err, errlen, "the sandbox failed: %s", why);
        goto out_sol;
    }
    case_init(c);
    c->seed = seed;
    c->size = size;
    c->verdict = v;
    snprintf(c->message, sizeof(c->message), "%s", why);
    if (v == VERDICT_AC) {
        struct cmp_result r;
        lseek(sol.out_fd, 0, SEEK_SET);
        lseek(ora.out_fd, 0, SEEK_SET);
        if (cmp_fds(sol.out_fd, ora.out_fd, &s->cmp, &r) < 0) {
            set_error(err, errlen, "cannot compare the outputs: %s", r.message);
            goto out_sol;
        }
        c->verdict = r.verdict;
        snprintf(c->message, sizeof(c->message), "%s", r.message);
    }
    ret = c->verdict != VERDICT_AC;
    if (ret) {
        c->input_fd = input_fd;
        c->expected_fd = ora.out_fd;
        c->output_fd = sol.out_fd;
        input_fd = ora.out_fd = sol.out_fd = -1;
    }
out_sol:
    runner_result_release(&sol);
out_ora:
    runner_result_release(&ora);
out_input:
    if (input_fd >= 0)
        close(input_fd);
    return ret;
}

/* The validator flags of the package's secret tests apply to the comparison, as for a test. */
static int comparison(const struct problem *p, struct cmp_options *cmp, char *err, size_t errlen)
{
    *cmp = p->checker.cmp;
    if (cmp->mode != CMP_KATTIS || !p->groups)
        return 0;
    for (size_t i = p->ntests; i-- > 0;) {
        const struct problem_test *t = &p->tests[i];
        if (t->sample || t->group < 0)
            continue;
        const char *flags = p->groups[t->group].validator_flags;
        if (flags && cmp_parse_kattis_flags(flags, cmp, err, errlen) < 0)
            return -1;
        break;
    }
    return 0;
}

int stress_run(const struct problem *p, struct language_set *langs, const struct stress_options *o,
               struct stress_result *res, char *err, size_t errlen)
{
    struct search s;
    memset(&s, 0, sizeof(s));
    s.p = p;
    s.gen.prog.fd = s.oracle.prog.fd = s.sol.prog.fd = -1;
    memset(res, 0, sizeof(*res));
    case_init(&res->first);
    case_init(&res->smallest);
    int ret = -1;

    if (p->interaction != INTERACTION_NONE)
        return set_error(err, errlen,
                         "%s is interactive: a test is an exchange with its interactor, which "
                         "stress cannot generate",
                         p->id);
    if (p->checker.kind != CHECKER_BUILTIN)
        return set_error(err, errlen,
                         "%s has a custom checker: stress compares outputs with the built-in "
                         "checkers only",
                         p->id);
    if (comparison(p, &s.cmp, err, errlen) < 0)
        return -1;

    /* The generator. */
    char *generator = o->generator ? xstrdup(o->generator) : stress_package_generator(p);
    if (!generator) {
        set_error(err, errlen, "%s has no generator/stress.*: give your own with --gen FILE",
                  p->id);
        goto out;
    }
    res->generator = display(p, generator);
    ret = stress_generator_build(&s.gen, langs, p, generator, REFERENCE_TIME_MS, err, errlen);
    free(generator);
    if (ret < 0)
        goto out;

    /* The oracle. */
    if (o->brute) {
        res->oracle = xasprintf("your brute force %s", o->brute);
        ret = build_user(&s.oracle, langs, p, o->brute, o->lang_id, true, REFERENCE_TIME_MS,
                         REFERENCE_MEMORY_MB, "the brute force", err, errlen);
    } else {
        char *path = NULL;
        bool harness;
        if (reference_find(p, &path, &harness, err, errlen) < 0) {
            size_t len = strlen(err);
            snprintf(err + len, errlen - len, ": give your own with --brute FILE");
            ret = -1;
            goto out;
        }
        char *shown = display(p, path);
        res->oracle = xasprintf("the reference solution %s", shown);
        free(shown);
        free(path);
        ret = reference_build(&s.oracle, p, langs, err, errlen);
    }
    if (ret < 0)
        goto out;

    /* The solution. */
    struct runner_spec spec = {
        .p = p,
        .source = o->solution,
        .lang_id = o->lang_id,
        .harness = true,
        .time_limit_ms = o->time_limit_ms   ? o->time_limit_ms
                         : p->time_limit_ms ? p->time_limit_ms
                                            : REFERENCE_TIME_MS,
        .memory_limit_mb = o->memory_limit_mb ? o->memory_limit_mb : p->memory_limit_mb,
        .output_limit_mb = p->output_limit_mb,
    };
    struct build_outcome outcome;
    ret = runner_build(&s.sol, langs, &spec, &outcome, err, errlen);
    if (ret < 0) {
        build_outcome_release(&outcome);
        goto out;
    }
    res->compiled = outcome.ok;
    if (!outcome.ok) {
        res->compile_message = outcome.message ? outcome.message : xstrdup("");
        outcome.message = NULL;
        build_outcome_release(&outcome);
        ret = 0;
        goto out;
    }
    build_outcome_release(&outcome);

    /* The search. */
    uint64_t state = o->seed;
    double start = now_s();
    while (res->tests < o->count && now_s() - start < (double)o->seconds) {
        uint32_t seed;
        long size;
        stress_next_case(&state, o->max_size, &seed, &size);
        int r = run_case(&s, seed, size, &res->first, err, errlen);
        if (r < 0) {
            ret = -1;
            goto out;
        }
        res->tests++;
        if (o->progress)
            o->progress(o->ctx, res->tests, false);
        if (r > 0) {
            res->found = true;
            break;
        }
    }
    ret = 0;
    if (!res->found)
        goto out;

    /* Smaller: every size below the failing one, smallest first, a few seeds each. */
    start = now_s();
    for (long size = 1; size < res->first.size && res->smallest.input_fd < 0; size++) {
        for (int k = 0; k < STRESS_SHRINK_TRIES; k++) {
            if (now_s() - start >= (double)o->seconds)
                break;
            uint32_t seed = (uint32_t)(stress_random(&state) & STRESS_SEED_MAX);
            int r = run_case(&s, seed, size, &res->smallest, err, errlen);
            if (r < 0) {
                ret = -1;
                goto out;
            }
            res->shrink_tests++;
            if (o->progress)
                o->progress(o->ctx, res->shrink_tests, true);
            if (r > 0)
                break;
        }
    }
    if (res->smallest.input_fd < 0) {
        /* None smaller: the first is the smallest; its descriptors are shared, duplicated. */
        struct stress_case *f = &res->first, *m = &res->smallest;
        *m = *f;
        m->input_fd = fcntl(f->input_fd, F_DUPFD_CLOEXEC, 3);
        m->expected_fd = fcntl(f->expected_fd, F_DUPFD_CLOEXEC, 3);
        m->output_fd = fcntl(f->output_fd, F_DUPFD_CLOEXEC, 3);
    }
out:
    runner_release(&s.gen);
    runner_release(&s.oracle);
    runner_release(&s.sol);
    if (ret < 0)
        stress_result_release(res);
    return ret;
}
