/* reference.c: finding a problem's reference solution, building it, and having it answer. */
#define _GNU_SOURCE
#include "judge/reference.h"
#include "judge/pkgfile.h"
#include "judge/util.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* A reference candidate: a path inside the package, and whether it takes the harness. */
struct candidate {
    char *path;
    bool harness;
};

static void add_candidate(struct candidate **c, size_t *n, char *path, bool harness)
{
    *c = xrealloc(*c, (*n + 1) * sizeof(**c));
    (*c)[(*n)++] = (struct candidate){path, harness};
}

static int compare_entries(const void *a, const void *b)
{
    const struct pkg_entry *x = a, *y = b;
    return natural_compare(x->name, y->name);
}

/* Every candidate, in the order reference_find() says. 0, or -1 with err (a folder that
 * cannot be walked, a link out of the package among the generator's references). */
static int candidates(const struct problem *p, struct candidate **out, size_t *count, char *err,
                      size_t errlen)
{
    *out = NULL;
    *count = 0;
    if (p->format == PROBLEM_NATIVE) {
        static const char *const refs[] = {"generator/ref.cpp", "generator/ref.c",
                                           "generator/ref.py"};
        for (size_t i = 0; i < sizeof(refs) / sizeof(refs[0]); i++) {
            char *path = path_join(p->dir, refs[i]);
            struct pkg_entry e;
            pkg_stat(p->dir, path, &e);
            if (e.kind == PKG_MISSING) {
                free(path);
                continue;
            }
            if (pkg_entry_check(path, &e, err, errlen) < 0) {
                free(path);
                return -1;
            }
            add_candidate(out, count, path, false);
        }
    }
    char *dir = path_join(p->dir, p->format == PROBLEM_NATIVE ? "solutions/accepted"
                                                              : "submissions/accepted");
    struct pkg_entry st;
    pkg_stat(p->dir, dir, &st);
    if (st.kind == PKG_DIR && !st.link) {
        struct pkg_entry *e;
        size_t n, budget = PKG_WALK_MAX_ENTRIES;
        if (pkg_list(p->dir, dir, &e, &n, &budget, err, errlen) < 0) {
            free(dir);
            return -1;
        }
        qsort(e, n, sizeof(*e), compare_entries);
        for (size_t i = 0; i < n; i++) {
            if ((e[i].kind == PKG_FILE || e[i].kind == PKG_DIR) &&
                !(e[i].kind == PKG_DIR && e[i].link))
                add_candidate(out, count, path_join(dir, e[i].name), p->nharness > 0);
        }
        pkg_entries_free(e, n);
    }
    free(dir);
    return 0;
}

static void candidates_free(struct candidate *c, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(c[i].path);
    free(c);
}

static int no_reference(const struct problem *p, char *err, size_t errlen)
{
    return set_error(err, errlen, "%s has no reference solution (%s)", p->id,
                     p->format == PROBLEM_NATIVE ? "generator/ref.{cpp,c,py}, solutions/accepted/"
                                                 : "submissions/accepted/");
}

int reference_find(const struct problem *p, char **path, bool *harness, char *err, size_t errlen)
{
    struct candidate *c;
    size_t n;
    *path = NULL;
    if (candidates(p, &c, &n, err, errlen) < 0)
        return -1;
    if (n == 0) {
        candidates_free(c, n);
        return no_reference(p, err, errlen);
    }
    *path = c[0].path;
    *harness = c[0].harness;
    c[0].path = NULL;
    candidates_free(c, n);
    return 0;
}

int reference_build(struct runner *r, const struct problem *p, struct language_set *langs,
                    char *err, size_t errlen)
{
    return reference_build_limited(r, p, langs, REFERENCE_TIME_MS, err, errlen);
}

int reference_build_limited(struct runner *r, const struct problem *p, struct language_set *langs,
                            long time_ms, char *err, size_t errlen)
{
    struct candidate *c;
    size_t n;
    memset(r, 0, sizeof(*r));
    r->prog.fd = -1;
    if (candidates(p, &c, &n, err, errlen) < 0)
        return -1;
    if (n == 0) {
        candidates_free(c, n);
        return no_reference(p, err, errlen);
    }
    /* The first that can be built here: an accepted solution in a language whose toolchain is
     * missing is passed over for the next. */
    int ret = -1;
    char first[1024] = "";
    for (size_t i = 0; i < n; i++) {
        struct runner_spec spec = {.p = p,
                                   .source = c[i].path,
                                   .harness = c[i].harness,
                                   .time_limit_ms = time_ms,
                                   .memory_limit_mb = REFERENCE_MEMORY_MB,
                                   .output_limit_mb = p->output_limit_mb};
        struct build_outcome outcome;
        char why[1024];
        const char *rel = c[i].path + strlen(p->dir) + 1;
        ret = runner_build(r, langs, &spec, &outcome, why, sizeof(why));
        if (ret == 0 && outcome.ok) {
            build_outcome_release(&outcome);
            break;
        }
        if (ret == 0)
            snprintf(why, sizeof(why), "does not compile: %.200s", outcome.message);
        build_outcome_release(&outcome);
        runner_release(r);
        if (ret == -2) {
            set_error(err, errlen, "the reference solution %.200s: %.600s", rel, why);
            break;
        }
        if (!first[0])
            snprintf(first, sizeof(first), "the reference solution %.200s: %.600s", rel, why);
        ret = -1;
    }
    if (ret == -1)
        set_error(err, errlen, "%s", first);
    candidates_free(c, n);
    return ret;
}

int reference_answer(struct runner *r, int input_fd, int *answer_fd, char *err, size_t errlen)
{
    struct runner_result res;
    *answer_fd = -1;
    if (runner_run(r, input_fd, NULL, &res, err, errlen) < 0)
        return -2;
    char why[256];
    enum verdict v = runner_verdict(r, &res, why, sizeof(why));
    if (v != VERDICT_AC) {
        set_error(err, errlen, "the reference solution failed on this input (%s: %s)",
                  verdict_name(v), why);
        runner_result_release(&res);
        return v == VERDICT_SE ? -2 : -1;
    }
    *answer_fd = res.out_fd;
    res.out_fd = -1;
    runner_result_release(&res);
    return 0;
}
