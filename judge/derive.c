/* derive.c: an ICPC package's time limit from its accepted submissions, cached by content. */
#define _GNU_SOURCE
#include "judge/derive.h"
#include "judge/cache.h"
#include "judge/icpc.h"
#include "judge/judging.h"
#include "judge/util.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <openssl/evp.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define CACHE_FORMAT   "judge-time-limit 1"
#define CACHE_MAX      65536
#define HASH_MAX_DEPTH 16

long derive_round(long slowest_ms, double multiplier, double resolution_s, bool *raised)
{
    double step = resolution_s * 1000;
    if (!(step >= 1))
        step = 1;
    double exact = (double)slowest_ms * multiplier;
    /* The smallest multiple of the resolution at or above the exact limit. The epsilon keeps
     * a product that floating point puts a hair above a multiple (0.1 s x 3 = 300.00000000000006
     * ms) on that multiple. */
    double steps = ceil(exact / step - 1e-9);
    long limit = lround(steps * step);
    *raised = limit < 1000;
    return limit < 1000 ? 1000 : limit;
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

static int hash_file(EVP_MD_CTX *md, const char *path, const char *rel)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -errno;
    struct stat st;
    if (fstat(fd, &st) < 0) {
        int e = errno;
        close(fd);
        return -e;
    }
    char head[4200];
    int n = snprintf(head, sizeof(head), "F %s %lld\n", rel, (long long)st.st_size);
    EVP_DigestUpdate(md, head, (size_t)n < sizeof(head) ? (size_t)n : sizeof(head) - 1);
    char buf[65536];
    ssize_t got;
    while ((got = read(fd, buf, sizeof(buf))) > 0)
        EVP_DigestUpdate(md, buf, (size_t)got);
    int e = got < 0 ? errno : 0;
    close(fd);
    return -e;
}

/* Hashes a file or a directory tree (names sorted, dot files skipped); a missing path adds
 * only its name. */
static int hash_tree(EVP_MD_CTX *md, const char *path, const char *rel, int depth)
{
    if (is_file(path))
        return hash_file(md, path, rel);
    if (!is_dir(path) || depth > HASH_MAX_DEPTH) {
        char line[4200];
        int n = snprintf(line, sizeof(line), "- %s\n", rel);
        EVP_DigestUpdate(md, line, (size_t)n < sizeof(line) ? (size_t)n : sizeof(line) - 1);
        return 0;
    }
    size_t count;
    char **names = icpc_list_programs(path, &count);
    if (!names)
        return -errno;
    int ret = 0;
    for (size_t i = 0; i < count && ret == 0; i++) {
        char *sub = path_join(path, names[i]);
        char *subrel = path_join(rel, names[i]);
        ret = hash_tree(md, sub, subrel, depth + 1);
        free(sub);
        free(subrel);
    }
    icpc_names_free(names);
    return ret;
}

static int package_hash(const struct problem *p, char out[65], char *err, size_t errlen)
{
    static const char *const parts[] = {"problem.yaml",         "data",
                                        "submissions/accepted", "submissions/time_limit_exceeded",
                                        "output_validator",     "output_validators"};
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    if (!md || !EVP_DigestInit_ex(md, EVP_sha256(), NULL)) {
        EVP_MD_CTX_free(md);
        return set_error(err, errlen, "cannot start SHA-256");
    }
    char head[128];
    int n = snprintf(head, sizeof(head), "judge %s time limit\n", JUDGE_VERSION);
    EVP_DigestUpdate(md, head, (size_t)n);
    int r = 0;
    for (size_t i = 0; i < sizeof(parts) / sizeof(parts[0]) && r == 0; i++) {
        char *path = path_join(p->dir, parts[i]);
        r = hash_tree(md, path, parts[i], 0);
        if (r < 0)
            set_error(err, errlen, "%s: %s", path, strerror(-r));
        free(path);
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_DigestFinal_ex(md, digest, &len);
    EVP_MD_CTX_free(md);
    if (r < 0)
        return -1;
    for (unsigned int i = 0; i < len && i < 32; i++)
        snprintf(out + 2 * i, 3, "%02x", digest[i]);
    out[64] = '\0';
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

/* Judges one accepted submission with the generous limit and keeps its slowest test.
 * Returns 1 when it counted, 0 when it was skipped (a note says why), -1 when the judge
 * failed. */
static int judge_one_accepted(struct problem *p, struct language_set *langs, const char *path,
                              const char *rel, struct derive_result *r, char *last, size_t lastlen,
                              char *err, size_t errlen)
{
    if (is_dir(path)) {
        add_note(r, "%s: a directory submission, not judged", rel);
        return 0;
    }
    if (!lang_for_file(langs, path)) {
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
    size_t n;
    char **names = icpc_list_programs(dir, &n);
    int ret = -1;
    size_t judged = 0;
    char last[512] = "";

    if (!names) {
        set_error(err, errlen, "%s: %s", dir, strerror(errno));
        goto out;
    }
    if (n == 0) {
        set_error(err, errlen,
                  "%s: no accepted submissions to derive the time limit from (the package sets no "
                  "limits.time_limit; give --time-limit)",
                  dir);
        goto out;
    }
    r->slowest_ms = -1;
    for (size_t i = 0; i < n; i++) {
        char *path = path_join(dir, names[i]);
        char *rel = xasprintf("submissions/accepted/%s", names[i]);
        if (progress && !is_dir(path) && lang_for_file(langs, path))
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
    icpc_names_free(names);
    free(dir);
    return ret;
}

/* Time-limit submissions must still fail with the margin the format asks for. */
static void check_tle(struct problem *p, struct language_set *langs, derive_progress_fn progress,
                      void *ctx, struct derive_result *r)
{
    char *dir = path_join(p->dir, "submissions/time_limit_exceeded");
    size_t n;
    char **names = icpc_list_programs(dir, &n);
    long limit = lround((double)r->time_limit_ms * p->time_limit_to_tle);
    for (size_t i = 0; names && i < n; i++) {
        char *path = path_join(dir, names[i]);
        char *rel = xasprintf("submissions/time_limit_exceeded/%s", names[i]);
        struct judgement j;
        char jerr[512];
        struct judge_options o = {.time_limit_ms = limit, .fail_fast = true, .jobs = 1};
        if (is_dir(path) || !lang_for_file(langs, path))
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
    icpc_names_free(names);
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
