/* cmd_check.c: `judge check`: prove a problem package sound (native or ICPC). */
#define _GNU_SOURCE
#include "judge/build.h"
#include "judge/cache.h"
#include "judge/cli.h"
#include "judge/derive.h"
#include "judge/icpc.h"
#include "judge/judging.h"
#include "judge/pkgfile.h"
#include "judge/report.h"
#include "judge/util.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

/*
 * The checks, in order: the package loads (else exit 2); every answer has an input (the
 * loaders already refuse an input without an answer); there are samples; there is a
 * statement; the checker or interactor compiles; the time limit is known (ICPC packages
 * without one derive it, derive.c); every example program gets the verdict its folder names;
 * the slowest accepted program leaves a margin (x2, or the package's ac_to_time_limit).
 * Programs expected to fail are judged with --fail-fast, so the first failure decides.
 */

#define MARGIN_DEFAULT 2.0
#define MAX_SCAN_DEPTH 16

/* A verdict folder and what the programs in it must get. */
struct category {
    const char *folder;
    const char *expected; /* for people and the JSON */
    unsigned verdicts;    /* bit v: verdict v is what the folder says */
    bool full;            /* judge every test (accepted: timings for the margin) */
};

#define BIT(v) (1u << (v))

static const struct category native_categories[] = {
    {"accepted", "AC", BIT(VERDICT_AC), true},
    {"wrong_answer", "WA", BIT(VERDICT_WA), false},
    {"time_limit_exceeded", "TLE", BIT(VERDICT_TLE), false},
    {"run_time_error", "RE", BIT(VERDICT_RE), false},
    {"memory_limit_exceeded", "MLE", BIT(VERDICT_MLE), false},
};

/* ICPC's verdicts are AC, WA, TLE and RTE; a memory or output limit is a run-time error. */
static const struct category icpc_categories[] = {
    {"accepted", "AC", BIT(VERDICT_AC), true},
    {"wrong_answer", "WA", BIT(VERDICT_WA), false},
    {"time_limit_exceeded", "TLE", BIT(VERDICT_TLE), false},
    {"run_time_error", "RTE", BIT(VERDICT_RE) | BIT(VERDICT_MLE) | BIT(VERDICT_OLE), false},
    {"rejected", "rejected",
     BIT(VERDICT_WA) | BIT(VERDICT_PE) | BIT(VERDICT_TLE) | BIT(VERDICT_RE) | BIT(VERDICT_MLE) |
         BIT(VERDICT_OLE),
     false},
    {"brute_force", "TLE or RTE",
     BIT(VERDICT_TLE) | BIT(VERDICT_RE) | BIT(VERDICT_MLE) | BIT(VERDICT_OLE), false},
};

struct checked {
    char *path;           /* relative to the package */
    const char *expected; /* the category's */
    bool judged;
    enum verdict verdict;
    long time_ms;
};

struct check {
    struct problem p;
    struct language_set langs;
    bool json;
    bool color;
    int jobs;
    FILE *out; /* the human report as it goes; NULL with --json */
    char **problems;
    size_t nproblems;
    char **notes;
    size_t nnotes;
    struct checked *subs;
    size_t nsubs;
    long slowest_ms;
    char *slowest_path; /* to judge it again when the margin looks too thin */
    char *slowest;
    size_t accepted_passed;
    bool helpers_built;
};

static void check_usage(FILE *out)
{
    fprintf(out,
            "usage: judge check PROBLEM [OPTIONS]\n"
            "\n"
            "Validates a problem package (native or ICPC/Kattis): it loads, every input has an\n"
            "answer, there are samples and a statement, the checker or interactor compiles,\n"
            "every program under solutions/<verdict>/ (native) or submissions/<category>/ (ICPC)\n"
            "gets the verdict its folder names, and the slowest accepted program runs in at\n"
            "most half the time limit. ICPC packages without a time limit get one derived.\n"
            "\n"
            "  --json              print one JSON object (see docs/json.md)\n"
            "  -j N                run N tests at once (default 1: the steadiest timings)\n"
            "  --problems DIR      the problem library (default: $JUDGE_PROBLEMS, ./problems)\n"
            "  --languages FILE    the languages file\n"
            "\n"
            "Exit status: 0 every check passed, 1 a check failed, 2 the package cannot be\n"
            "loaded or bad usage, 3 the judge failed.\n");
}

static void add_line(char ***list, size_t *n, char *line)
{
    *list = xrealloc(*list, (*n + 2) * sizeof(char *));
    (*list)[(*n)++] = line;
    (*list)[*n] = NULL;
}

/* Prints one line of the human report: "  ok    what" / "  FAIL  what" / "  note  what". */
static void say(struct check *c, const char *tag, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void say(struct check *c, const char *tag, const char *fmt, ...)
{
    if (!c->out)
        return;
    const char *color = "";
    if (c->color)
        color = strcmp(tag, "ok") == 0     ? "\033[32m"
                : strcmp(tag, "FAIL") == 0 ? "\033[31m"
                                           : "\033[2m";
    fprintf(c->out, "  %s%-5s%s ", color, tag, color_reset(c->color));
    /* Lines quote compilers, programs and package files: nothing raw to the terminal. */
    struct strbuf line = STRBUF_INIT;
    va_list ap;
    va_start(ap, fmt);
    strbuf_vaddf(&line, fmt, ap);
    va_end(ap);
    char *shown = text_visible(line.buf, 0);
    fprintf(c->out, "%s\n", shown);
    free(shown);
    strbuf_release(&line);
    fflush(c->out);
}

static void problem(struct check *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void problem(struct check *c, const char *fmt, ...)
{
    struct strbuf sb = STRBUF_INIT;
    va_list ap;
    va_start(ap, fmt);
    strbuf_vaddf(&sb, fmt, ap);
    va_end(ap);
    say(c, "FAIL", "%s", sb.buf);
    add_line(&c->problems, &c->nproblems, strbuf_detach(&sb));
}

static void note(struct check *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void note(struct check *c, const char *fmt, ...)
{
    struct strbuf sb = STRBUF_INIT;
    va_list ap;
    va_start(ap, fmt);
    strbuf_vaddf(&sb, fmt, ap);
    va_end(ap);
    say(c, "note", "%s", sb.buf);
    add_line(&c->notes, &c->nnotes, strbuf_detach(&sb));
}

/* ---- tests and statement ---- */

/* Answers without an input, under dir (recursively for ICPC's groups; never through a link). */
static void find_orphan_answers(struct check *c, const char *dir, const char *rel, int depth,
                                size_t *budget)
{
    struct pkg_entry *e;
    size_t n;
    char err[1024];
    struct pkg_entry here;
    pkg_stat(c->p.dir, dir, &here);
    if (here.kind == PKG_MISSING)
        return;
    if (pkg_list(c->p.dir, dir, &e, &n, budget, err, sizeof(err)) < 0) {
        problem(c, "%s", err);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        const char *name = e[i].name;
        char *path = path_join(dir, name);
        char *sub = path_join(rel, name);
        if (e[i].kind == PKG_DIR && !e[i].link) {
            if (depth < MAX_SCAN_DEPTH && c->p.format == PROBLEM_ICPC)
                find_orphan_answers(c, path, sub, depth + 1, budget);
        } else if (ends_with(name, ".ans") ||
                   (c->p.format == PROBLEM_NATIVE && ends_with(name, ".out"))) {
            char *input = xasprintf("%.*s.in", (int)(strlen(path) - 4), path);
            struct pkg_entry in;
            pkg_stat(c->p.dir, input, &in);
            if (in.kind == PKG_MISSING)
                problem(c, "%s: an answer without an input (no %.*s.in)", sub,
                        (int)(strlen(name) - 4), name);
            free(input);
        }
        free(path);
        free(sub);
    }
    pkg_entries_free(e, n);
}

static void check_tests(struct check *c)
{
    const struct problem *p = &c->p;
    size_t samples = 0;
    for (size_t i = 0; i < p->ntests; i++)
        samples += p->tests[i].sample;
    say(c, "ok", "package loads (%s%s%s): %zu test%s, %zu sample%s",
        p->format == PROBLEM_NATIVE ? "native" : "ICPC ",
        p->format == PROBLEM_ICPC ? p->format_version : "", p->scoring ? ", scoring" : "",
        p->ntests, p->ntests == 1 ? "" : "s", samples, samples == 1 ? "" : "s");
    if (samples == 0)
        problem(c, "no samples (%s)",
                p->format == PROBLEM_NATIVE ? "tests named sample*" : "data/sample/ has no tests");
    /* `judge test` judges such a package on its samples, with a warning; a sound package has
     * secret tests. */
    if (p->format == PROBLEM_ICPC && samples == p->ntests)
        problem(c, "no secret tests (data/secret/ is missing or has no tests)");
    size_t budget = PKG_WALK_MAX_ENTRIES;
    if (p->format == PROBLEM_NATIVE) {
        char *dir = path_join(p->dir, "tests");
        find_orphan_answers(c, dir, "tests", 0, &budget);
        free(dir);
    } else {
        static const char *const parts[] = {"data/sample", "data/secret"};
        for (size_t i = 0; i < 2; i++) {
            char *dir = path_join(p->dir, parts[i]);
            find_orphan_answers(c, dir, parts[i], 0, &budget);
            free(dir);
        }
    }
}

static void check_statement(struct check *c)
{
    const struct problem *p = &c->p;
    if (p->format == PROBLEM_NATIVE) {
        char *file = path_join(p->dir, "statement.md");
        size_t len = 0;
        char err[1024];
        char *text = pkg_read(p->dir, file, 1 << 20, &len, err, sizeof(err));
        if (!text)
            problem(c, "%s", err);
        else if (len == 0)
            problem(c, "statement.md: empty");
        else
            say(c, "ok", "statement: statement.md");
        free(text);
        free(file);
        return;
    }
    const char *dir = icpc_statement_dir(p);
    if (!dir)
        problem(c, "no statement: %s/ holds no problem.<lang>.{tex,md,pdf}",
                strcmp(p->format_version, "legacy") == 0 ? "problem_statement" : "statement");
    else
        say(c, "ok", "statement: %s/", dir);
}

static bool build_helper(struct check *c, const char *what, const char *source)
{
    struct program prog;
    char err[4096];
    if (build_cached(&c->langs, c->p.dir, source, &prog, err, sizeof(err)) < 0) {
        problem(c, "%s %s", what, err);
        return false;
    }
    program_release(&prog);
    const char *rel = source + strlen(c->p.dir);
    while (*rel == '/')
        rel++;
    say(c, "ok", "%s compiles: %s", what, rel);
    return true;
}

static bool check_helpers(struct check *c)
{
    const struct problem *p = &c->p;
    bool ok = true;
    if (p->checker.kind != CHECKER_BUILTIN)
        ok &= build_helper(c, p->checker.kind == CHECKER_KATTIS ? "output validator" : "checker",
                           p->checker.source);
    else if (p->interaction == INTERACTION_NONE)
        say(c, "ok", "checker: built-in%s", p->format == PROBLEM_ICPC ? " (Kattis default)" : "");
    if (p->interaction != INTERACTION_NONE)
        ok &= build_helper(c, "interactor", p->interactor_source);
    return ok;
}

/* ---- time limit ---- */

static void derive_progress(void *ctx, const char *submission, long time_limit_ms)
{
    struct check *c = ctx;
    if (c->out && cli_use_color(stderr))
        fprintf(stderr, "\r\033[K  deriving the time limit: %s (%.0f s limit)", submission,
                (double)time_limit_ms / 1000);
}

static bool check_time_limit(struct check *c)
{
    struct problem *p = &c->p;
    if (p->time_limit_ms > 0)
        return true;
    struct derive_result r;
    char err[4096];
    int ret = derive_time_limit(p, &c->langs, derive_progress, c, &r, err, sizeof(err));
    if (c->out && cli_use_color(stderr))
        fprintf(stderr, "\r\033[K");
    if (ret < 0) {
        problem(c, "no time limit, and none can be derived: %s", err);
        return false;
    }
    say(c, "ok", "time limit derived: %g s (slowest accepted %.2f s x %g, %s%s)",
        (double)r.time_limit_ms / 1000, (double)r.slowest_ms / 1000, r.multiplier,
        r.raised ? "raised to the 1 s minimum" : "rounded up", r.cached ? "; cached" : "");
    for (size_t i = 0; i < r.nnotes; i++)
        note(c, "%s", r.notes[i]);
    derive_result_release(&r);
    return true;
}

/* ---- the example programs ---- */

static void verdicts_of(unsigned set, char *buf, size_t len)
{
    buf[0] = '\0';
    size_t used = 0;
    for (int v = 0; v < VERDICT_COUNT; v++) {
        if (!(set & BIT(v)))
            continue;
        int n = snprintf(buf + used, len - used, "%s%s", used ? "/" : "", verdict_name(v));
        if (n < 0 || (size_t)n >= len - used)
            break;
        used += (size_t)n;
    }
}

static void judge_program(struct check *c, const struct category *cat, const char *path,
                          const char *rel)
{
    struct checked *s;
    c->subs = xrealloc(c->subs, (c->nsubs + 1) * sizeof(*c->subs));
    s = &c->subs[c->nsubs++];
    memset(s, 0, sizeof(*s));
    s->path = xstrdup(rel);
    s->expected = cat->expected;

    /* A program is a file or a folder (the format's "Programs"): its language from its
     * files' extensions. None known: not a program this judge builds. Several: the package's
     * mistake, as the format says building fails. */
    struct build_input in = {.package_dir = c->p.dir, .source_path = path, .from_package = true};
    struct language *lang;
    char lerr[1024];
    int lr = build_language(&c->langs, &in, &lang, lerr, sizeof(lerr));
    if (lr > 0) {
        note(c, "%s: not a program in a known language, not judged", rel);
        return;
    }
    if (lr < 0) {
        problem(c, "%s: not judged: %s", rel, lerr);
        return;
    }
    struct judge_options o = {.fail_fast = !cat->full, .jobs = c->jobs};
    struct progress pr;
    progress_init(&pr, stderr);
    if (c->out) {
        o.on_test = progress_on_test;
        o.ctx = &pr;
    }
    struct judgement j;
    char err[4096];
    int r = judge_run(&c->p, &c->langs, path, &o, &j, err, sizeof(err));
    progress_clear(&pr);
    if (r < 0) {
        /* A missing toolchain is the machine's, noted; a folder that cannot be built as it is
         * (no entry point, a file it may not take) is the package's. */
        if (lang_resolve(lang, lerr, sizeof(lerr)) == 0 && is_dir(path))
            problem(c, "%s: not judged: %s", rel, err);
        else
            note(c, "%s: not judged: %s", rel, err);
        return;
    }
    s->judged = true;
    s->verdict = j.verdict;
    s->time_ms = j.max_time_ms;
    char tb[32];
    const char *failed_test = "";
    for (size_t i = 0; i < j.total; i++) {
        if (j.tests[i].ran && j.tests[i].verdict != VERDICT_AC) {
            failed_test = c->p.tests[i].name;
            break;
        }
    }
    char shown_score[48] = "";
    if (j.scoring)
        snprintf(shown_score, sizeof(shown_score), ", score %g", j.score);

    if (j.verdict == VERDICT_SE) {
        problem(c, "%s: the judge failed: %s", rel, j.error ? j.error : "unknown error");
    } else if (j.verdict == VERDICT_CE) {
        problem(c, "%s: does not compile (expected %s)", rel, cat->expected);
    } else if (cat->verdicts & BIT(j.verdict)) {
        say(c, "ok", "%-48s %-4s %s%s", rel, verdict_name(j.verdict),
            format_ms(j.max_time_ms, tb, sizeof(tb)), shown_score);
        if (j.verdict == VERDICT_AC) {
            c->accepted_passed++;
            if (j.max_time_ms > c->slowest_ms || !c->slowest) {
                c->slowest_ms = j.max_time_ms;
                free(c->slowest);
                c->slowest = xstrdup(rel);
                free(c->slowest_path);
                c->slowest_path = xstrdup(path);
            }
        }
    } else {
        char want[64];
        verdicts_of(cat->verdicts, want, sizeof(want));
        problem(c, "%s: expected %s, got %s%s%s (%s)%s", rel, want, verdict_name(j.verdict),
                failed_test[0] ? " on " : "", failed_test, format_ms(j.max_time_ms, tb, sizeof(tb)),
                shown_score);
    }
    judgement_release(&j);
}

/* The entries of a folder of the package, or NULL (with a problem reported, unless the folder
 * is missing, which *count = 0 says). Never through a symbolic link. */
static struct pkg_entry *list_folder(struct check *c, const char *path, const char *rel,
                                     size_t *count, size_t *budget)
{
    struct pkg_entry here, *e;
    char err[1024];
    *count = 0;
    pkg_stat(c->p.dir, path, &here);
    if (here.kind == PKG_MISSING)
        return NULL;
    if (pkg_list(c->p.dir, path, &e, count, budget, err, sizeof(err)) < 0) {
        problem(c, "%s/: %s", rel, err);
        return NULL;
    }
    return e;
}

static void check_programs(struct check *c)
{
    bool native = c->p.format == PROBLEM_NATIVE;
    const char *root = native ? "solutions" : "submissions";
    const struct category *cats = native ? native_categories : icpc_categories;
    size_t ncats = native ? sizeof(native_categories) / sizeof(native_categories[0])
                          : sizeof(icpc_categories) / sizeof(icpc_categories[0]);
    char *top = path_join(c->p.dir, root);
    size_t nfolders, budget = PKG_WALK_MAX_ENTRIES;
    struct pkg_entry *folders = list_folder(c, top, root, &nfolders, &budget);
    size_t accepted_programs = 0;

    /* Folders the judge does not know are named, not silently skipped. */
    for (size_t i = 0; folders && i < nfolders; i++) {
        bool known = false;
        for (size_t k = 0; k < ncats; k++)
            known |= strcmp(cats[k].folder, folders[i].name) == 0;
        if (!known && folders[i].kind == PKG_DIR)
            note(c, "%s/%s/: not a verdict folder this judge knows, not checked", root,
                 folders[i].name);
    }
    pkg_entries_free(folders, nfolders);

    for (size_t k = 0; k < ncats; k++) {
        char *dir = path_join(top, cats[k].folder);
        char *dir_rel = xasprintf("%s/%s", root, cats[k].folder);
        size_t n;
        struct pkg_entry *names = list_folder(c, dir, dir_rel, &n, &budget);
        if (k == 0)
            accepted_programs = n;
        for (size_t i = 0; names && i < n; i++) {
            char *path = path_join(dir, names[i].name);
            char *rel = xasprintf("%s/%s", dir_rel, names[i].name);
            char err[1024];
            /* What build.c reads must be the package's own regular files: a link out of the
             * package, a link to a directory, a FIFO fail the check, unjudged. */
            if (pkg_check_program(c->p.dir, path, false, err, sizeof(err)) < 0)
                problem(c, "%s: not judged: %s", rel, err);
            else
                judge_program(c, &cats[k], path, rel);
            free(path);
            free(rel);
        }
        pkg_entries_free(names, n);
        free(dir);
        free(dir_rel);
    }
    free(top);
    if (accepted_programs == 0)
        problem(c, "%s/accepted/: no accepted programs", root);
    else if (c->accepted_passed == 0)
        problem(c, "%s/accepted/: no accepted program was judged AC", root);
}

static void check_margin(struct check *c)
{
    const struct problem *p = &c->p;
    if (!c->slowest)
        return;
    double factor =
        p->format == PROBLEM_ICPC && p->ac_to_time_limit_set ? p->ac_to_time_limit : MARGIN_DEFAULT;
    double need = (double)c->slowest_ms * factor;
    /* CPU time is only ever inflated, never shrunk, by others' work on the machine (caches,
     * memory bandwidth): before calling a limit too tight, judge the slowest program twice
     * more and keep its fastest measure. */
    for (int again = 0; again < 2 && need > (double)p->time_limit_ms && c->slowest_path; again++) {
        struct judge_options o = {.jobs = 1};
        struct judgement j;
        char err[1024];
        if (judge_run(&c->p, &c->langs, c->slowest_path, &o, &j, err, sizeof(err)) < 0)
            break;
        if (j.verdict == VERDICT_AC && j.max_time_ms < c->slowest_ms) {
            note(c, "%s measured again: %.3f s (was %.3f s)", c->slowest,
                 (double)j.max_time_ms / 1000, (double)c->slowest_ms / 1000);
            c->slowest_ms = j.max_time_ms;
            need = (double)c->slowest_ms * factor;
        }
        judgement_release(&j);
    }
    const char *name = p->format == PROBLEM_ICPC && p->ac_to_time_limit_set
                           ? (strcmp(p->format_version, "legacy") == 0 ? " (time_multiplier)"
                                                                       : " (ac_to_time_limit)")
                           : "";
    if (need <= (double)p->time_limit_ms)
        say(c, "ok", "time limit %.3f s: slowest accepted %.3f s (%s) x %g%s = %.3f s",
            (double)p->time_limit_ms / 1000, (double)c->slowest_ms / 1000, c->slowest, factor, name,
            need / 1000);
    else
        problem(c, "time limit %.3f s is too tight: slowest accepted %.3f s (%s) x %g%s = %.3f s",
                (double)p->time_limit_ms / 1000, (double)c->slowest_ms / 1000, c->slowest, factor,
                name, need / 1000);
}

/* ---- output ---- */

static cJSON *strings_json(char **list, size_t n)
{
    cJSON *a = cJSON_CreateArray();
    for (size_t i = 0; i < n; i++)
        cJSON_AddItemToArray(a, cJSON_CreateString(list[i]));
    return a;
}

static void print_json(const struct check *c, const char *id, bool loaded, char *load_error)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "problem", id);
    cJSON_AddBoolToObject(o, "ok", loaded && c->nproblems == 0);
    if (loaded) {
        cJSON_AddStringToObject(o, "format", c->p.format == PROBLEM_NATIVE ? "native" : "icpc");
        if (c->p.format == PROBLEM_ICPC)
            cJSON_AddStringToObject(o, "format_version", c->p.format_version);
        cJSON_AddNumberToObject(o, "time_limit_ms", (double)c->p.time_limit_ms);
    } else {
        cJSON_AddNullToObject(o, "time_limit_ms");
    }
    cJSON *subs = cJSON_AddArrayToObject(o, "submissions");
    for (size_t i = 0; i < c->nsubs; i++) {
        const struct checked *s = &c->subs[i];
        cJSON *x = cJSON_CreateObject();
        cJSON_AddStringToObject(x, "path", s->path);
        cJSON_AddStringToObject(x, "expected", s->expected);
        if (s->judged) {
            cJSON_AddStringToObject(x, "verdict", verdict_name(s->verdict));
            cJSON_AddNumberToObject(x, "time_ms", (double)s->time_ms);
        } else {
            cJSON_AddNullToObject(x, "verdict");
            cJSON_AddNullToObject(x, "time_ms");
        }
        cJSON_AddItemToArray(subs, x);
    }
    if (load_error) {
        cJSON *a = cJSON_AddArrayToObject(o, "problems");
        cJSON_AddItemToArray(a, cJSON_CreateString(load_error));
    } else {
        cJSON_AddItemToObject(o, "problems", strings_json(c->problems, c->nproblems));
    }
    cJSON_AddItemToObject(o, "notes", strings_json(c->notes, c->nnotes));
    json_print_line(stdout, o);
    fflush(stdout);
    cJSON_Delete(o);
}

static void check_release(struct check *c)
{
    for (size_t i = 0; i < c->nproblems; i++)
        free(c->problems[i]);
    free(c->problems);
    for (size_t i = 0; i < c->nnotes; i++)
        free(c->notes[i]);
    free(c->notes);
    for (size_t i = 0; i < c->nsubs; i++)
        free(c->subs[i].path);
    free(c->subs);
    free(c->slowest);
    free(c->slowest_path);
}

int cmd_check(int argc, char **argv)
{
    enum { OPT_JSON = 256, OPT_PROBLEMS, OPT_LANGUAGES, OPT_HELP };
    static const struct option options[] = {
        {"json", no_argument, NULL, OPT_JSON},
        {"problems", required_argument, NULL, OPT_PROBLEMS},
        {"languages", required_argument, NULL, OPT_LANGUAGES},
        {"help", no_argument, NULL, OPT_HELP},
        {NULL, 0, NULL, 0},
    };
    struct check c;
    const char *problems_dir = NULL, *languages = NULL;
    int opt;
    long v;

    memset(&c, 0, sizeof(c));
    c.jobs = 1;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "j:h", options, NULL)) != -1) {
        switch (opt) {
        case OPT_JSON:
            c.json = true;
            break;
        case OPT_PROBLEMS:
            problems_dir = optarg;
            break;
        case OPT_LANGUAGES:
            languages = optarg;
            break;
        case 'j':
            if (cli_parse_long("-j", optarg, 1, JUDGE_MAX_JOBS, &v) < 0)
                return EXIT_USAGE;
            c.jobs = (int)v;
            break;
        case OPT_HELP:
        case 'h':
            check_usage(stdout);
            return EXIT_OK;
        default:
            check_usage(stderr);
            return EXIT_USAGE;
        }
    }
    if (argc - optind != 1) {
        cli_error("check needs one PROBLEM (usage: judge check PROBLEM [--json])");
        return EXIT_USAGE;
    }
    const char *arg = argv[optind];
    c.out = c.json ? NULL : stdout;
    c.color = !c.json && cli_use_color(stdout);

    char err[4096];
    char *path = problem_find(arg, problems_dir, err, sizeof(err));
    int r = path ? problem_load(path, &c.p, err, sizeof(err)) : -1;
    free(path);
    if (r < 0) {
        cli_error("%s", err);
        if (c.json)
            print_json(&c, arg, false, err);
        return EXIT_USAGE;
    }
    if (lang_load(&c.langs, languages, err, sizeof(err)) < 0) {
        cli_error("%s", err);
        problem_release(&c.p);
        return EXIT_USAGE;
    }
    /* A cache the judge must not use is the user's set-up to fix, not the package's fault:
     * say so before anything is judged. */
    static const char *const areas[] = {"checkers", "time-limits"};
    for (size_t i = 0; i < sizeof(areas) / sizeof(areas[0]); i++) {
        struct judge_cache cache;
        int cr = cache_open(&cache, areas[i], err, sizeof(err));
        cache_close(&cache);
        if (cr < 0) {
            cli_error("%s", err);
            lang_set_release(&c.langs);
            problem_release(&c.p);
            return EXIT_USAGE;
        }
    }
    if (c.out)
        fprintf(c.out, "%s (%s) · %s\n", c.p.title ? c.p.title : c.p.id, c.p.id, c.p.dir);

    check_tests(&c);
    check_statement(&c);
    if (check_helpers(&c) && check_time_limit(&c)) {
        check_programs(&c);
        check_margin(&c);
    }

    if (c.json) {
        print_json(&c, c.p.id, true, NULL);
    } else if (c.nproblems == 0) {
        fprintf(c.out, "\n%s: every check passed\n", c.p.id);
    } else {
        fprintf(c.out, "\n%s: %zu problem%s:\n", c.p.id, c.nproblems, c.nproblems == 1 ? "" : "s");
        for (size_t i = 0; i < c.nproblems; i++)
            fprintf(c.out, "  - %s\n", c.problems[i]);
    }
    r = c.nproblems == 0 ? EXIT_OK : EXIT_VERDICT;
    check_release(&c);
    lang_set_release(&c.langs);
    problem_release(&c.p);
    return r;
}
