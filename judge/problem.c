/* problem.c: loading problem packages (the native format here; ICPC in icpc.c), finding them. */
#define _GNU_SOURCE
#include "judge/problem.h"
#include "judge/pkgfile.h"
#include "judge/util.h"

#include <cjson/cJSON.h>
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define PROBLEM_JSON_MAX (1 << 20)
#define MAX_TESTS        10000

/* Limits beyond these are mistakes in the package, not wishes. */
#define MAX_TIME_LIMIT_MS   PROBLEM_MAX_TIME_LIMIT_MS
#define MAX_MEMORY_LIMIT_MB PROBLEM_MAX_MEMORY_LIMIT_MB
#define MAX_OUTPUT_LIMIT_MB PROBLEM_MAX_OUTPUT_LIMIT_MB

/* performance_tests: patterns, and the bytes of each. */
#define MAX_PERFORMANCE_PATTERNS      256
#define MAX_PERFORMANCE_PATTERN_BYTES 256

int problem_add_group(struct problem *p, const char *name)
{
    p->groups = xrealloc(p->groups, (p->ngroups + 1) * sizeof(*p->groups));
    struct problem_group *g = &p->groups[p->ngroups];
    memset(g, 0, sizeof(*g));
    g->name = xstrdup(name);
    return (int)p->ngroups++;
}

static int compare_tests(const void *a, const void *b)
{
    const struct problem_test *x = a, *y = b;
    return natural_compare(x->name, y->name);
}

void problem_sort_tests(struct problem_test *tests, size_t n)
{
    sort_array(tests, n, sizeof(*tests), compare_tests);
}

int problem_feedback_parse(const char *text, enum problem_feedback *out)
{
    if (strcmp(text, "full") == 0)
        *out = FEEDBACK_FULL;
    else if (strcmp(text, "verdict-only") == 0)
        *out = FEEDBACK_VERDICT_ONLY;
    else
        return -1;
    return 0;
}

const char *problem_feedback_name(enum problem_feedback f)
{
    return f == FEEDBACK_VERDICT_ONLY ? "verdict-only" : "full";
}

/* ---- problem.json ---- */

/* The line of the first occurrence of "key" in the text, for messages; 0 if not found. */
static int key_line(const char *text, const char *key)
{
    char quoted[128];
    snprintf(quoted, sizeof(quoted), "\"%s\"", key);
    const char *at = strstr(text, quoted);
    if (!at)
        return 0;
    int line = 1;
    for (const char *p = text; p < at; p++)
        line += *p == '\n';
    return line;
}

struct json_ctx {
    const char *file; /* for messages */
    const char *text;
    char *err;
    size_t errlen;
};

static int field_fail(const struct json_ctx *c, const char *key, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int field_fail(const struct json_ctx *c, const char *key, const char *fmt, ...)
{
    char what[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(what, sizeof(what), fmt, ap);
    va_end(ap);
    int line = key_line(c->text, key);
    if (line)
        return set_error(c->err, c->errlen, "%s:%d: %s %s", c->file, line, key, what);
    return set_error(c->err, c->errlen, "%s: %s %s", c->file, key, what);
}

static int get_limit(const struct json_ctx *c, const cJSON *root, const char *key, long max,
                     long fallback, long *out)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(root, key);
    if (!v) {
        *out = fallback;
        return 0;
    }
    char shown[64];
    if (cJSON_IsNumber(v))
        snprintf(shown, sizeof(shown), "%g", v->valuedouble);
    else if (cJSON_IsString(v))
        snprintf(shown, sizeof(shown), "\"%.40s\"", v->valuestring);
    else
        snprintf(shown, sizeof(shown), "a %s", cJSON_IsObject(v) ? "object" : "non-number");
    if (!cJSON_IsNumber(v) || v->valuedouble != floor(v->valuedouble) || v->valuedouble <= 0)
        return field_fail(c, key, "must be a positive integer (got %s)", shown);
    if (v->valuedouble > (double)max)
        return field_fail(c, key, "must be at most %ld (got %s)", max, shown);
    *out = (long)v->valuedouble;
    return 0;
}

static int get_string(const struct json_ctx *c, const cJSON *root, const char *key, bool required,
                      char **out)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(root, key);
    *out = NULL;
    if (!v) {
        if (required)
            return set_error(c->err, c->errlen, "%s: %s is missing", c->file, key);
        return 0;
    }
    if (!cJSON_IsString(v) || !v->valuestring[0])
        return field_fail(c, key, "must be a non-empty string");
    *out = xstrdup(v->valuestring);
    return 0;
}

/* A program named by the package (checker, interactor, harness) must be inside it, and every
 * file the build will take from it must be one the judge may take (pkgfile.h). */
static int package_file(const struct json_ctx *c, const char *dir, const char *key,
                        const char *name, bool with_siblings, char **out)
{
    if (name[0] == '/' || strstr(name, ".."))
        return field_fail(c, key, "must name a file inside the package (got '%s')", name);
    char *path = path_join(dir, name);
    struct pkg_entry e;
    pkg_stat(dir, path, &e);
    if (e.kind == PKG_MISSING) {
        field_fail(c, key, "names '%s', which cannot be read: %s", name, strerror(e.error));
        free(path);
        return -1;
    }
    char why[1024];
    if (pkg_check_program(dir, path, with_siblings, why, sizeof(why)) < 0) {
        set_error(c->err, c->errlen, "%s (%s in %s)", why, key, c->file);
        free(path);
        return -1;
    }
    *out = path;
    return 0;
}

static int get_tolerance(const struct json_ctx *c, const cJSON *obj, const char *key, double *out)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    if (!v)
        return 0;
    if (!cJSON_IsNumber(v) || !(v->valuedouble >= 0) || isinf(v->valuedouble))
        return field_fail(c, key, "must be a non-negative number");
    *out = v->valuedouble;
    return 0;
}

static int parse_checker(const struct json_ctx *c, const char *dir, const cJSON *v,
                         struct problem_checker *ch)
{
    static const char *const expected =
        "expected \"exact\", \"lines\", \"tokens\", \"float\", or an object with \"type\" "
        "float, testlib or kattis";
    const char *type;

    ch->kind = CHECKER_BUILTIN;
    cmp_options_init(&ch->cmp, CMP_TOKENS);
    if (!v)
        return 0;
    if (cJSON_IsString(v)) {
        type = v->valuestring;
    } else if (cJSON_IsObject(v)) {
        const cJSON *t = cJSON_GetObjectItemCaseSensitive(v, "type");
        if (!cJSON_IsString(t))
            return field_fail(c, "checker", "needs a \"type\" (%s)", expected);
        type = t->valuestring;
    } else {
        return field_fail(c, "checker", "must be a string or an object (%s)", expected);
    }

    if (strcmp(type, "exact") == 0) {
        ch->cmp.mode = CMP_EXACT;
    } else if (strcmp(type, "lines") == 0) {
        ch->cmp.mode = CMP_LINES;
    } else if (strcmp(type, "tokens") == 0) {
        ch->cmp.mode = CMP_TOKENS;
    } else if (strcmp(type, "float") == 0) {
        ch->cmp.mode = CMP_FLOAT;
        ch->cmp.abs_tol = ch->cmp.rel_tol = 1e-6;
        if (cJSON_IsObject(v)) {
            bool any = cJSON_GetObjectItemCaseSensitive(v, "absolute") ||
                       cJSON_GetObjectItemCaseSensitive(v, "relative");
            if (any)
                ch->cmp.abs_tol = ch->cmp.rel_tol = -1;
            if (get_tolerance(c, v, "absolute", &ch->cmp.abs_tol) < 0 ||
                get_tolerance(c, v, "relative", &ch->cmp.rel_tol) < 0)
                return -1;
        }
    } else if (strcmp(type, "testlib") == 0 || strcmp(type, "kattis") == 0) {
        ch->kind = strcmp(type, "testlib") == 0 ? CHECKER_TESTLIB : CHECKER_KATTIS;
        const cJSON *src = cJSON_IsObject(v) ? cJSON_GetObjectItemCaseSensitive(v, "source") : NULL;
        if (!cJSON_IsString(src))
            return field_fail(c, "checker", "of type %s needs a \"source\" file", type);
        return package_file(c, dir, "checker", src->valuestring, true, &ch->source);
    } else {
        return field_fail(c, "checker", "is unknown: '%s' (%s)", type, expected);
    }
    return 0;
}

static int parse_native_json(const char *path, struct problem *p, const char *file, char *err,
                             size_t errlen)
{
    size_t len;
    char *text = pkg_read(path, file, PROBLEM_JSON_MAX, &len, err, errlen);
    if (!text)
        return -1;
    const char *end = NULL;
    cJSON *root = cJSON_ParseWithLengthOpts(text, len + 1, &end, 1);
    struct json_ctx c = {.file = file, .text = text, .err = err, .errlen = errlen};
    int ret = -1;

    if (!root) {
        int line = 1, col = 1;
        const char *at = end ? end : text + len;
        for (const char *q = text; q < at && q < text + len; q++) {
            if (*q == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        set_error(err, errlen, "%s:%d:%d: malformed JSON", file, line, col);
        goto out_free;
    }
    if (!cJSON_IsObject(root)) {
        set_error(err, errlen, "%s: must hold a JSON object", file);
        goto out_delete;
    }
    if (get_string(&c, root, "title", true, &p->title) < 0 ||
        get_limit(&c, root, "time_limit_ms", MAX_TIME_LIMIT_MS, 1000, &p->time_limit_ms) < 0 ||
        get_limit(&c, root, "memory_limit_mb", MAX_MEMORY_LIMIT_MB, 256, &p->memory_limit_mb) < 0 ||
        get_limit(&c, root, "output_limit_mb", MAX_OUTPUT_LIMIT_MB, 64, &p->output_limit_mb) < 0 ||
        get_string(&c, root, "difficulty", false, &p->difficulty) < 0 ||
        get_string(&c, root, "source", false, &p->source) < 0 ||
        parse_checker(&c, path, cJSON_GetObjectItemCaseSensitive(root, "checker"), &p->checker) < 0)
        goto out_delete;

    const cJSON *feedback = cJSON_GetObjectItemCaseSensitive(root, "feedback");
    if (feedback && (!cJSON_IsString(feedback) ||
                     problem_feedback_parse(feedback->valuestring, &p->feedback) < 0)) {
        if (cJSON_IsString(feedback))
            field_fail(&c, "feedback", "must be \"full\" or \"verdict-only\" (got \"%.40s\")",
                       feedback->valuestring);
        else
            field_fail(&c, "feedback", "must be \"full\" or \"verdict-only\", a string");
        goto out_delete;
    }

    const cJSON *tags = cJSON_GetObjectItemCaseSensitive(root, "tags");
    if (tags) {
        if (!cJSON_IsArray(tags)) {
            field_fail(&c, "tags", "must be an array of strings");
            goto out_delete;
        }
        const cJSON *t;
        p->tags = xcalloc((size_t)cJSON_GetArraySize(tags) + 1, sizeof(char *));
        cJSON_ArrayForEach(t, tags)
        {
            if (!cJSON_IsString(t) || !t->valuestring[0]) {
                field_fail(&c, "tags", "must be an array of non-empty strings");
                goto out_delete;
            }
            p->tags[p->ntags++] = xstrdup(t->valuestring);
        }
    }

    /* Mock tests: which tests measure performance (mock.h), as patterns over test names. */
    const cJSON *perf = cJSON_GetObjectItemCaseSensitive(root, "performance_tests");
    if (perf) {
        if (!cJSON_IsArray(perf) || cJSON_GetArraySize(perf) > MAX_PERFORMANCE_PATTERNS) {
            field_fail(&c, "performance_tests",
                       "must be an array of at most %d test name patterns, e.g. [\"13-*\"]",
                       MAX_PERFORMANCE_PATTERNS);
            goto out_delete;
        }
        const cJSON *t;
        p->performance_tests = xcalloc((size_t)cJSON_GetArraySize(perf) + 1, sizeof(char *));
        p->performance_tests_set = true;
        cJSON_ArrayForEach(t, perf)
        {
            if (!cJSON_IsString(t) || !t->valuestring[0] ||
                strlen(t->valuestring) > MAX_PERFORMANCE_PATTERN_BYTES) {
                field_fail(&c, "performance_tests",
                           "must hold non-empty patterns of at most %d bytes",
                           MAX_PERFORMANCE_PATTERN_BYTES);
                goto out_delete;
            }
            p->performance_tests[p->nperformance_tests++] = xstrdup(t->valuestring);
        }
    }

    const cJSON *harness = cJSON_GetObjectItemCaseSensitive(root, "harness");
    if (harness) {
        if (!cJSON_IsObject(harness) || !harness->child) {
            field_fail(&c, "harness",
                       "must map languages to harness files, e.g. "
                       "{\"c\": \"harness/main.c\"}");
            goto out_delete;
        }
        const cJSON *h;
        p->harness = xcalloc((size_t)cJSON_GetArraySize(harness), sizeof(*p->harness));
        cJSON_ArrayForEach(h, harness)
        {
            if (!cJSON_IsString(h)) {
                field_fail(&c, "harness", "must map languages to file names");
                goto out_delete;
            }
            struct problem_harness *ph = &p->harness[p->nharness];
            if (package_file(&c, path, "harness", h->valuestring, false, &ph->path) < 0)
                goto out_delete;
            ph->language = xstrdup(h->string);
            p->nharness++;
        }
    }

    const cJSON *inter = cJSON_GetObjectItemCaseSensitive(root, "interactor");
    if (inter) {
        const cJSON *t = cJSON_GetObjectItemCaseSensitive(inter, "type");
        const cJSON *src = cJSON_GetObjectItemCaseSensitive(inter, "source");
        if (!cJSON_IsObject(inter) || !cJSON_IsString(t) || !cJSON_IsString(src)) {
            field_fail(&c, "interactor",
                       "must be {\"type\": \"kattis\" or \"testlib\", "
                       "\"source\": FILE}");
            goto out_delete;
        }
        if (strcmp(t->valuestring, "kattis") == 0)
            p->interaction = INTERACTION_KATTIS;
        else if (strcmp(t->valuestring, "testlib") == 0)
            p->interaction = INTERACTION_TESTLIB;
        else {
            field_fail(&c, "interactor", "type is unknown: '%s' (expected kattis or testlib)",
                       t->valuestring);
            goto out_delete;
        }
        if (package_file(&c, path, "interactor", src->valuestring, true, &p->interactor_source) < 0)
            goto out_delete;
    }
    ret = 0;
out_delete:
    cJSON_Delete(root);
out_free:
    free(text);
    return ret;
}

/* The answer of tests/NAME.in: NAME.ans, else NAME.out; NULL with err set when neither is there
 * or the one there cannot be taken. */
static char *native_answer(const char *path, const char *dir, const char *name, char *err,
                           size_t errlen)
{
    static const char *const exts[] = {"ans", "out"};
    for (size_t i = 0; i < 2; i++) {
        char *ans = xasprintf("%s/%s.%s", dir, name, exts[i]);
        struct pkg_entry e;
        pkg_stat(path, ans, &e);
        if (e.kind == PKG_MISSING) {
            free(ans);
            continue;
        }
        if (pkg_entry_check(ans, &e, err, errlen) < 0 ||
            pkg_check_file(path, ans, PKG_TEST_FILE_MAX, err, errlen) < 0) {
            free(ans);
            return NULL;
        }
        return ans;
    }
    set_error(err, errlen, "%s/%s.in: no answer file (%s.ans or %s.out)", dir, name, name, name);
    return NULL;
}

static int find_native_tests(const char *path, struct problem *p, char *err, size_t errlen)
{
    char *dir = path_join(path, "tests");
    struct pkg_entry *e;
    size_t n, budget = PKG_WALK_MAX_ENTRIES;
    int ret = -1;
    size_t cap = 0;

    if (pkg_list(path, dir, &e, &n, &budget, err, errlen) < 0) {
        free(dir);
        return -1;
    }
    int sample_group = problem_add_group(p, "sample");
    int secret_group = problem_add_group(p, "secret");
    for (size_t i = 0; i < n; i++) {
        const char *file = e[i].name;
        if (!ends_with(file, ".in"))
            continue;
        if (p->ntests == MAX_TESTS) {
            set_error(err, errlen, "%s: more than %d tests", dir, MAX_TESTS);
            goto out;
        }
        char *input = path_join(dir, file);
        if (pkg_entry_check(input, &e[i], err, errlen) < 0 ||
            pkg_check_file(path, input, PKG_TEST_FILE_MAX, err, errlen) < 0) {
            free(input);
            goto out;
        }
        char *name = xstrndup(file, strlen(file) - 3);
        char *ans = native_answer(path, dir, name, err, errlen);
        if (!ans) {
            free(input);
            free(name);
            goto out;
        }
        if (p->ntests == cap) {
            cap = cap ? cap * 2 : 32;
            p->tests = xrealloc(p->tests, cap * sizeof(*p->tests));
        }
        struct problem_test *t = &p->tests[p->ntests++];
        t->name = name;
        t->input = input;
        t->answer = ans;
        t->sample = strncmp(name, "sample", 6) == 0;
        t->group = t->sample ? sample_group : secret_group;
    }
    if (p->ntests == 0) {
        set_error(err, errlen, "%s: no tests (no *.in files)", dir);
        goto out;
    }
    problem_sort_tests(p->tests, p->ntests);
    ret = 0;
out:
    pkg_entries_free(e, n);
    free(dir);
    return ret;
}

/*
 * The tests a package makes at set-up rather than carries (the library's large tests,
 * scripts/regen-tests): each file generator/large-tests.sha256 lists ("HASH  tests/NAME")
 * must be there, or the problem would be judged on fewer tests than it has without a word.
 */
static int check_made_tests(const char *path, char *err, size_t errlen)
{
    char *manifest = path_join(path, PROBLEM_MADE_TESTS);
    struct pkg_entry e;
    int ret = 0;
    pkg_stat(path, manifest, &e);
    if (e.kind == PKG_MISSING) {
        free(manifest);
        return 0;
    }
    size_t len;
    char *text = pkg_read(path, manifest, 1 << 20, &len, err, errlen);
    if (!text) {
        free(manifest);
        return -1;
    }
    size_t lineno = 0;
    for (char *line = text, *next; line && *line && ret == 0; line = next) {
        next = strchr(line, '\n');
        if (next)
            *next++ = '\0';
        lineno++;
        if (!line[0])
            continue;
        const char *name = strstr(line, "  tests/");
        if (!name || name - line != 64 || strchr(name + 8, '/') || name[8] == '.' || !name[8]) {
            ret = set_error(err, errlen, "%s:%zu: not a line \"SHA256  tests/NAME\"", manifest,
                            lineno);
            break;
        }
        char *test = path_join(path, name + 2);
        struct pkg_entry t;
        pkg_stat(path, test, &t);
        if (t.kind == PKG_MISSING)
            ret = set_error(err, errlen,
                            "%s: missing: the package makes its large tests at set-up "
                            "(scripts/regen-tests --large, which scripts/setup runs)",
                            test);
        free(test);
    }
    free(text);
    free(manifest);
    return ret;
}

int problem_load_native(const char *path, struct problem *p, char *err, size_t errlen)
{
    char *file = path_join(path, "problem.json");
    int r = parse_native_json(path, p, file, err, errlen);
    free(file);
    if (r < 0 || check_made_tests(path, err, errlen) < 0)
        return -1;
    return find_native_tests(path, p, err, errlen);
}

static char *basename_of(const char *path)
{
    size_t l = strlen(path);
    while (l > 1 && path[l - 1] == '/')
        l--;
    size_t start = l;
    while (start > 0 && path[start - 1] != '/')
        start--;
    return xstrndup(path + start, l - start);
}

int problem_load(const char *path, struct problem *p, char *err, size_t errlen)
{
    memset(p, 0, sizeof(*p));
    if (!is_dir(path))
        return set_error(err, errlen, "%s: not a problem package directory", path);
    p->dir = xstrdup(path);
    p->id = basename_of(path);
    if (strcmp(p->id, ".") == 0 || strcmp(p->id, "..") == 0) {
        char real[PATH_MAX];
        if (realpath(path, real)) {
            free(p->id);
            p->id = basename_of(real);
        }
    }

    /* Whatever is there decides the format; the loaders refuse what they cannot take (a
     * problem.json that is a link out of the package is refused, not skipped). */
    char *json = path_join(path, "problem.json");
    char *yaml = path_join(path, "problem.yaml");
    struct pkg_entry ej, ey;
    pkg_stat(path, json, &ej);
    pkg_stat(path, yaml, &ey);
    bool native = ej.kind != PKG_MISSING, icpc = ey.kind != PKG_MISSING;
    free(json);
    free(yaml);
    int r;
    if (native) {
        p->format = PROBLEM_NATIVE;
        r = problem_load_native(path, p, err, errlen);
    } else if (icpc) {
        p->format = PROBLEM_ICPC;
        r = problem_load_icpc(path, p, err, errlen);
    } else {
        r = set_error(err, errlen,
                      "%s: neither problem.json (native) nor problem.yaml (ICPC) found", path);
    }
    if (r < 0) {
        problem_release(p);
        return -1;
    }
    return 0;
}

void problem_release(struct problem *p)
{
    free(p->id);
    free(p->dir);
    free(p->title);
    free(p->format_version);
    free(p->checker.source);
    free(p->interactor_source);
    for (size_t i = 0; i < p->nharness; i++) {
        free(p->harness[i].language);
        free(p->harness[i].path);
    }
    free(p->harness);
    for (size_t i = 0; i < p->ntags; i++)
        free(p->tags[i]);
    free(p->tags);
    free(p->difficulty);
    free(p->source);
    for (size_t i = 0; i < p->ngroups; i++) {
        free(p->groups[i].name);
        free(p->groups[i].validator_flags);
    }
    free(p->groups);
    for (size_t i = 0; i < p->ntests; i++) {
        free(p->tests[i].name);
        free(p->tests[i].input);
        free(p->tests[i].answer);
    }
    free(p->user_tests_dir);
    free(p->tests);
    for (size_t i = 0; i < p->nperformance_tests; i++)
        free(p->performance_tests[i]);
    free(p->performance_tests);
    free(p->warning);
    memset(p, 0, sizeof(*p));
}

const struct problem_harness *problem_harness_for(const struct problem *p, const char *lang)
{
    for (size_t i = 0; i < p->nharness; i++) {
        if (strcmp(p->harness[i].language, lang) == 0)
            return &p->harness[i];
    }
    return NULL;
}

/* ---- finding packages ---- */

char *problem_library_dir(const char *dir)
{
    if (dir)
        return xstrdup(dir);
    const char *env = getenv("JUDGE_PROBLEMS");
    if (env && env[0])
        return xstrdup(env);
    if (is_dir("problems"))
        return xstrdup("problems");
    if (is_dir(JUDGE_DATADIR "/problems"))
        return xstrdup(JUDGE_DATADIR "/problems");
#ifdef JUDGE_SOURCE_DIR
    if (is_dir(JUDGE_SOURCE_DIR "/problems"))
        return xstrdup(JUDGE_SOURCE_DIR "/problems");
#endif
    return NULL;
}

char *problem_find(const char *arg, const char *dir, char *err, size_t errlen)
{
    if (strchr(arg, '/') || is_dir(arg) || strcmp(arg, ".") == 0) {
        if (!is_dir(arg)) {
            set_error(err, errlen, "%s: no such problem package directory", arg);
            return NULL;
        }
        return xstrdup(arg);
    }
    char *lib = problem_library_dir(dir);
    if (!lib) {
        set_error(err, errlen,
                  "unknown problem '%s': not a directory, and no problem library found "
                  "(use --problems DIR or JUDGE_PROBLEMS)",
                  arg);
        return NULL;
    }
    char *path = path_join(lib, arg);
    if (!is_dir(path)) {
        set_error(err, errlen, "unknown problem '%s' (not in the library %s)", arg, lib);
        free(path);
        free(lib);
        return NULL;
    }
    free(lib);
    return path;
}
