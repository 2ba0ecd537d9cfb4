/* derive.c: an ICPC package's time limit from its accepted submissions, cached by content. */
#define _GNU_SOURCE
#include "judge/derive.h"
#include "judge/build.h"
#include "judge/cache.h"
#include "judge/icpc.h"
#include "judge/judging.h"
#include "judge/pkgfile.h"
#include "judge/util.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define CACHE_FORMAT "judge-time-limit 1"
#define CACHE_MAX    65536

long derive_round(long slowest_ms, double multiplier, double resolution_s, bool *raised)
{
    double step = resolution_s * 1000;
    if (!(step >= 1))
        step = 1;
    if (step > DERIVE_MAX_MS)
        step = DERIVE_MAX_MS;
    double exact = (double)slowest_ms * multiplier;
    /* The smallest multiple of the resolution at or above the exact limit. The epsilon keeps
     * a product that floating point puts a hair above a multiple (0.1 s x 3 = 300.00000000000006
     * ms) on that multiple. Whatever the inputs (the loader bounds them, but this is the last
     * word), the result stays between the 1 s minimum and DERIVE_MAX_MS: no overflow in lround,
     * no negative limit. */
    double limit = ceil(exact / step - 1e-9) * step;
    *raised = !(limit >= 1000); /* also NAN */
    if (*raised)
        return 1000;
    if (!(limit <= DERIVE_MAX_MS))
        return DERIVE_MAX_MS;
    return lround(limit);
}

static void add_note(struct derive_result *r, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void add_note(struct derive_result *r, const char *fmt, ...)
{
    struct strbuf sb = STRBUF_INIT;
    va_list ap;
    va_start(ap, fmt);
    strbuf_vaddf(&sb, fmt, ap);
    va_end(ap);
    r->notes = xrealloc(r->notes, (r->nnotes + 2) * sizeof(char *));
    r->notes[r->nnotes++] = strbuf_detach(&sb);
    r->notes[r->nnotes] = NULL;
}

void derive_result_release(struct derive_result *r)
{
    free(r->slowest);
    for (size_t i = 0; i < r->nnotes; i++)
        free(r->notes[i]);
    free(r->notes);
    memset(r, 0, sizeof(*r));
}

/* ---- the cache key: a hash of what the limit depends on ---- */

static void hash_line(struct sha256 *md, const char *kind, const char *rel, long long size)
{
    char line[4200];
    int n = size >= 0 ? snprintf(line, sizeof(line), "%s %s %lld\n", kind, rel, size)
                      : snprintf(line, sizeof(line), "%s %s\n", kind, rel);
    sha256_add(md, line, (size_t)n < sizeof(line) ? (size_t)n : sizeof(line) - 1);
}

/* Hashes a regular file of the package, opened as pkgfile.h says (no link out of the package,
 * at most PKG_TEST_FILE_MAX bytes: a huge sparse file is refused, not read). */
static int hash_file(struct sha256 *md, const char *dir, const char *path, const char *rel,
                     char *err, size_t errlen)
{
    int fd = pkg_open(dir, path, PKG_TEST_FILE_MAX, err, errlen);
    if (fd < 0)
        return -1;
    struct stat st;
    if (fstat(fd, &st) < 0) {
        int e = errno;
        close(fd);
        return set_error(err, errlen, "%s: %s", path, strerror(e));
    }
    hash_line(md, "F", rel, (long long)st.st_size);
    char buf[65536];
    ssize_t got;
    long long total = 0;
    while ((got = read(fd, buf, sizeof(buf))) != 0) {
        if (got < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        total += got;
        if (total > PKG_TEST_FILE_MAX) {
            errno = EFBIG; /* it grew since fstat */
            got = -1;
            break;
        }
        sha256_add(md, buf, (size_t)got);
    }
    int e = got < 0 ? errno : 0;
    close(fd);
    if (e)
        return set_error(err, errlen, "%s: %s", path, strerror(e));
    return 0;
}

/*
 * Hashes a file or a directory tree of the package (names sorted, dot files skipped); a missing
 * path adds only its name. What the derivation reads must be regular files and directories:
 * a symbolic link to a file inside the package is hashed as that file, and anything else (a
 * link to a directory, never followed, so that no walk can loop; a link out of the package; a
 * FIFO or device) refuses the package, naming it. *budget bounds the entries read.
 */
static int hash_entry(struct sha256 *md, const char *dir, const char *path, const char *rel,
                      const struct pkg_entry *e, int depth, size_t *budget, char *err,
                      size_t errlen)
{
    if (e->kind == PKG_MISSING) {
        hash_line(md, "-", rel, -1);
        return 0;
    }
    if (e->kind == PKG_FILE)
        return hash_file(md, dir, path, rel, err, errlen);
    if (e->kind != PKG_DIR || e->link)
        return pkg_entry_check(path, e, err, errlen);
    if (depth > PKG_WALK_MAX_DEPTH)
        return set_error(err, errlen, "%s: nested deeper than %d directories", path,
                         PKG_WALK_MAX_DEPTH);
    hash_line(md, "D", rel, -1);
    struct pkg_entry *list;
    size_t n;
    if (pkg_list(dir, path, &list, &n, budget, err, errlen) < 0)
        return -1;
    int ret = 0;
    for (size_t i = 0; i < n && ret == 0; i++) {
        char *sub = path_join(path, list[i].name);
        char *subrel = path_join(rel, list[i].name);
        ret = hash_entry(md, dir, sub, subrel, &list[i], depth + 1, budget, err, errlen);
        free(sub);
        free(subrel);
    }
    pkg_entries_free(list, n);
    return ret;
}

static int package_hash(const struct problem *p, char out[65], char *err, size_t errlen)
{
    static const char *const parts[] = {"problem.yaml",
                                        "data",
                                        "submissions/accepted",
                                        "submissions/time_limit_exceeded",
                                        "submissions/submissions.yaml",
                                        "output_validator",
                                        "output_validators"};
    struct sha256 hash, *md = &hash;
    sha256_begin(md);
    char head[128];
    int n = snprintf(head, sizeof(head), "judge %s time limit\n", JUDGE_VERSION);
    sha256_add(md, head, (size_t)n);
    int r = 0;
    size_t budget = PKG_WALK_MAX_ENTRIES;
    for (size_t i = 0; i < sizeof(parts) / sizeof(parts[0]) && r == 0; i++) {
        char *path = path_join(p->dir, parts[i]);
        struct pkg_entry e;
        pkg_stat(p->dir, path, &e);
        r = hash_entry(md, p->dir, path, parts[i], &e, 0, &budget, err, errlen);
        free(path);
    }
    sha256_end_hex(md, out);
    return r < 0 ? -1 : 0;
}

/* The programs of a submissions folder (a missing folder has none). Only regular files (links
 * to files inside the package included) and real directories are programs; anything else refuses
 * the package, naming it (package_hash has usually refused it already). */
static int list_programs(const struct problem *p, const char *dir, struct pkg_entry **out,
                         size_t *count, char *err, size_t errlen)
{
    struct pkg_entry e;
    size_t budget = PKG_WALK_MAX_ENTRIES;
    *out = NULL;
    *count = 0;
    pkg_stat(p->dir, dir, &e);
    if (e.kind == PKG_MISSING)
        return 0;
    if (pkg_list(p->dir, dir, out, count, &budget, err, errlen) < 0)
        return -1;
    for (size_t i = 0; i < *count; i++) {
        const struct pkg_entry *x = &(*out)[i];
        if (x->kind == PKG_DIR && !x->link)
            continue;
        char *path = path_join(dir, x->name);
        int r = pkg_entry_check(path, x, err, errlen);
        free(path);
        if (r < 0) {
            pkg_entries_free(*out, *count);
            *out = NULL;
            *count = 0;
            return -1;
        }
    }
    return 0;
}

/* ---- the cache entry (judge/cache.h): the result as lines of "name value" ---- */

/* Reads a cached result; false when there is none or it is not understood. */
static bool cache_read(const struct judge_cache *cache, const char *key, struct derive_result *r)
{
    struct cache_entry e;
    if (!cache_get(cache, key, CACHE_FORMAT, CACHE_MAX, &e))
        return false;
    bool limit = false, slowest = false;
    for (char *line = e.meta, *next; *line; line = next) {
        next = line + strcspn(line, "\n");
        if (*next)
            *next++ = '\0';
        char *value = strchr(line, ' ');
        if (!value)
            continue;
        *value++ = '\0';
        if (strcmp(line, "time_limit_ms") == 0)
            limit = (r->time_limit_ms = strtol(value, NULL, 10)) > 0;
        else if (strcmp(line, "slowest_ms") == 0)
            slowest = (r->slowest_ms = strtol(value, NULL, 10)) >= 0;
        else if (strcmp(line, "slowest") == 0 && !r->slowest)
            r->slowest = xstrdup(value);
        else if (strcmp(line, "multiplier") == 0)
            r->multiplier = strtod(value, NULL);
        else if (strcmp(line, "resolution") == 0)
            r->resolution_s = strtod(value, NULL);
        else if (strcmp(line, "raised") == 0)
            r->raised = strcmp(value, "1") == 0;
        else if (strcmp(line, "note") == 0)
            add_note(r, "%s", value);
    }
    cache_entry_release(&e);
    if (!limit || !slowest || r->time_limit_ms > 600000) {
        derive_result_release(r);
        return false;
    }
    r->cached = true;
    return true;
}

/* Writes the result where the next run finds it; a failure only costs a re-derivation. */
static void cache_write(const struct judge_cache *cache, const char *key,
                        const struct derive_result *r)
{
    if (cache->dirfd < 0)
        return;
    struct strbuf sb = STRBUF_INIT;
    strbuf_addf(&sb, "time_limit_ms %ld\nslowest_ms %ld\nslowest %s\nmultiplier %.17g\n",
                r->time_limit_ms, r->slowest_ms, r->slowest ? r->slowest : "-", r->multiplier);
    strbuf_addf(&sb, "resolution %.17g\nraised %d\n", r->resolution_s, r->raised ? 1 : 0);
    for (size_t i = 0; i < r->nnotes; i++) {
        /* One line each. */
        char *note = str_replace_all(r->notes[i], "\n", " ");
        strbuf_addf(&sb, "note %s\n", note);
        free(note);
    }
    cache_put(cache, key, CACHE_FORMAT, sb.buf, sb.len, -1, 0);
    strbuf_release(&sb);
}

/* ---- judging the submissions ---- */

/* The verdict and the test it came from, for notes: "WA on secret/3". */
static void describe_failure(const struct problem *p, const struct judgement *j, char *buf,
                             size_t len)
{
    for (size_t i = 0; i < j->total; i++) {
        if (j->tests[i].ran && j->tests[i].verdict != VERDICT_AC) {
            snprintf(buf, len, "%s on %s", verdict_name(j->tests[i].verdict), p->tests[i].name);
            return;
        }
    }
    snprintf(buf, len, "%s", verdict_name(j->verdict));
}

/* Whether a submission (a file, or a folder of files) is in a language the judge knows. A
 * folder that cannot be built as it is (several languages) is judged, to say why. */
static bool judgeable(const struct problem *p, struct language_set *langs, const char *path)
{
    struct build_input in = {.package_dir = p->dir, .source_path = path, .from_package = true};
    struct language *lang;
    char err[512];
    return build_language(langs, &in, &lang, err, sizeof(err)) <= 0;
}

/* Judges one accepted submission with the generous limit and keeps its slowest test.
 * Returns 1 when it counted, 0 when it was skipped (a note says why), -1 when the judge
 * failed. */
static int judge_one_accepted(struct problem *p, struct language_set *langs, const char *path,
                              const char *rel, struct derive_result *r, char *last, size_t lastlen,
                              char *err, size_t errlen)
{
    /* What build.c will read must be the package's own regular files. */
    if (pkg_check_program(p->dir, path, false, err, errlen) < 0)
        return -1;
    if (!judgeable(p, langs, path)) {
        add_note(r, "%s: not a known language, not judged", rel);
        return 0;
    }
    struct judge_options o = {.time_limit_ms = DERIVE_GENEROUS_MS, .fail_fast = true, .jobs = 1};
    struct judgement j;
    char jerr[512];
    if (judge_run(p, langs, path, &o, &j, jerr, sizeof(jerr)) < 0) {
        add_note(r, "%s: not judged: %s", rel, jerr);
        snprintf(last, lastlen, "%s", jerr);
        return 0;
    }
    int ret = 1;
    if (j.verdict == VERDICT_SE) {
        ret = set_error(err, errlen, "%s: the judge failed while deriving the time limit: %s", path,
                        j.error ? j.error : "unknown error");
    } else if (j.verdict != VERDICT_AC) {
        char why[200];
        describe_failure(p, &j, why, sizeof(why));
        add_note(r, "%s: %s with a %d s limit, not used for the time limit", rel, why,
                 DERIVE_GENEROUS_MS / 1000);
        snprintf(last, lastlen, "%s: %s", rel, why);
        ret = 0;
    } else {
        for (size_t t = 0; t < j.total; t++) {
            if (j.tests[t].ran && j.tests[t].time_ms > r->slowest_ms) {
                r->slowest_ms = j.tests[t].time_ms;
                free(r->slowest);
                r->slowest = xstrdup(rel);
            }
        }
    }
    judgement_release(&j);
    return ret;
}

static int judge_accepted(struct problem *p, struct language_set *langs,
                          derive_progress_fn progress, void *ctx, struct derive_result *r,
                          char *err, size_t errlen)
{
    char *dir = path_join(p->dir, "submissions/accepted");
    struct pkg_entry *e = NULL;
    size_t n = 0;
    int ret = -1;
    size_t judged = 0;
    char last[512] = "";

    if (list_programs(p, dir, &e, &n, err, errlen) < 0)
        goto out;
    if (n == 0) {
        set_error(err, errlen,
                  "%s: no accepted submissions to derive the time limit from (the package sets no "
                  "limits.time_limit; give --time-limit)",
                  dir);
        goto out;
    }
    r->slowest_ms = -1;
    for (size_t i = 0; i < n; i++) {
        char *path = path_join(dir, e[i].name);
        char *rel = xasprintf("submissions/accepted/%s", e[i].name);
        if (progress && judgeable(p, langs, path))
            progress(ctx, rel, DERIVE_GENEROUS_MS);
        int r1 = judge_one_accepted(p, langs, path, rel, r, last, sizeof(last), err, errlen);
        free(path);
        free(rel);
        if (r1 < 0)
            goto out;
        judged += (size_t)r1;
    }
    if (judged == 0) {
        set_error(err, errlen,
                  "%s: no accepted submission could be judged to derive the time limit%s%s", dir,
                  last[0] ? ": " : "", last);
        goto out;
    }
    ret = 0;
out:
    pkg_entries_free(e, n);
    free(dir);
    return ret;
}

/* Time-limit submissions must still fail with the margin the format asks for. */
static void check_tle(struct problem *p, struct language_set *langs, derive_progress_fn progress,
                      void *ctx, struct derive_result *r)
{
    char *dir = path_join(p->dir, "submissions/time_limit_exceeded");
    struct pkg_entry *e;
    size_t n;
    char lerr[512];
    long limit = lround((double)r->time_limit_ms * p->time_limit_to_tle);
    if (list_programs(p, dir, &e, &n, lerr, sizeof(lerr)) < 0) {
        add_note(r, "%s", lerr);
        free(dir);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        char *path = path_join(dir, e[i].name);
        char *rel = xasprintf("submissions/time_limit_exceeded/%s", e[i].name);
        struct judgement j;
        char jerr[512];
        struct judge_options o = {.time_limit_ms = limit, .fail_fast = true, .jobs = 1};
        if (!judgeable(p, langs, path))
            goto next;
        if (progress)
            progress(ctx, rel, limit);
        if (judge_run(p, langs, path, &o, &j, jerr, sizeof(jerr)) < 0) {
            add_note(r, "%s: not judged: %s", rel, jerr);
            goto next;
        }
        if (j.verdict != VERDICT_TLE) {
            char why[200];
            describe_failure(p, &j, why, sizeof(why));
            add_note(r,
                     "%s: %s at %g s (the limit x time_limit_to_tle %g), where it should be "
                     "too slow",
                     rel, why, (double)limit / 1000, p->time_limit_to_tle);
        }
        judgement_release(&j);
    next:
        free(path);
        free(rel);
    }
    pkg_entries_free(e, n);
    free(dir);
}

int derive_time_limit(struct problem *p, struct language_set *langs, derive_progress_fn progress,
                      void *ctx, struct derive_result *r, char *err, size_t errlen)
{
    memset(r, 0, sizeof(*r));
    char hash[65];
    if (package_hash(p, hash, err, errlen) < 0)
        return -1;
    struct judge_cache cache;
    char cerr[512];
    if (cache_open(&cache, "time-limits", cerr, sizeof(cerr)) < 0) {
        cache_close(&cache);
        return set_error(err, errlen, "%s", cerr);
    }
    int ret = -1;

    if (cache_read(&cache, hash, r)) {
        ret = 0;
        goto out;
    }
    r->multiplier = p->ac_to_time_limit;
    r->resolution_s = p->time_resolution_s;
    if (judge_accepted(p, langs, progress, ctx, r, err, errlen) < 0) {
        derive_result_release(r);
        goto out;
    }
    r->time_limit_ms = derive_round(r->slowest_ms, r->multiplier, r->resolution_s, &r->raised);
    if (r->time_limit_ms == DERIVE_MAX_MS && (double)r->slowest_ms * r->multiplier > DERIVE_MAX_MS)
        add_note(r, "the limit is capped at %d s, the most the judge allows", DERIVE_MAX_MS / 1000);
    check_tle(p, langs, progress, ctx, r);
    cache_write(&cache, hash, r);
    ret = 0;
out:
    if (ret == 0) {
        p->time_limit_ms = r->time_limit_ms;
        p->time_limit_derived = true;
    }
    cache_close(&cache);
    return ret;
}

void derive_print(FILE *out, const char *prefix, const struct derive_result *r)
{
    fprintf(out, "%stime limit derived: %g s (slowest accepted %.2f s x %g, %s%s)\n", prefix,
            (double)r->time_limit_ms / 1000, (double)r->slowest_ms / 1000, r->multiplier,
            r->raised ? "raised to the 1 s minimum" : "rounded up", r->cached ? "; cached" : "");
    for (size_t i = 0; i < r->nnotes; i++)
        fprintf(out, "%s  %s\n", prefix, r->notes[i]);
}
