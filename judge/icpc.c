/* icpc.c: ICPC/Kattis problem packages: loading problem.yaml and data/, and scoring them. */
#define _GNU_SOURCE
#include "judge/icpc.h"
#include "judge/pkgfile.h"
#include "judge/util.h"

#include <dirent.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <yaml.h>

/*
 * The three versions differ in names more than in ideas:
 *
 *                     legacy                   2023-07-draft            2025-09
 *   version key       absent (or "legacy")     "2023-07-draft"          "2025-09"
 *   type              pass-fail | scoring      string or list           string or list
 *   custom checking   validation: custom ...   output_validator/        output_validator/
 *   validator folder  output_validators/<x>/   output_validator/        output_validator/
 *   group settings    testdata.yaml            testdata.yaml or         test_group.yaml
 *                                              test_group.yaml
 *   validator flags   validator_flags +        output_validator_args    output_validator_args
 *                     output_validator_flags   (or _flags)
 *   time margins      time_multiplier 5,       time_multipliers: ac_to_time_limit 2,
 *                     time_safety_margin 2     time_limit_to_tle 1.5
 *   memory default    1024 MiB (problemtools)  2048 MiB                 2048 MiB
 *
 * Every directory of data/ is a group (2025-09: only data/sample, data/secret and the direct
 * subdirectories of data/secret; deeper directories belong to their group). Tests and groups
 * run in lexicographic order of their names, interleaved, as the format says.
 */

#define PROBLEM_YAML_MAX  (1 << 20)
#define GROUP_YAML_MAX    (256 << 10)
#define STATEMENT_MAX     (1 << 20)
#define YAML_MAX_DEPTH    32     /* nesting of maps and lists in one settings file */
#define YAML_MAX_EVENTS   100000 /* nodes (scalars, collection starts and ends) in one */
#define MAX_TESTS         10000
#define MAX_GROUPS        4096
#define MAX_DEPTH         16
#define MAX_REQUIRE_GROUP 64 /* require_pass is a bit mask of group indices */

#define MAX_VALIDATION_PASSES 100 /* multi-pass problems: passes per test at most */
#define MAX_TIME_LIMIT_MS     600000
#define MAX_MEMORY_LIMIT_MB   65536
#define MAX_OUTPUT_LIMIT_MB   16384
#define MAX_MULTIPLIER        100.0 /* time_multiplier(s), time_safety_margin */
#define MAX_RESOLUTION_S      60.0  /* limits.time_resolution */

enum icpc_version {
    ICPC_LEGACY,
    ICPC_2023_07,
    ICPC_2025_09,
};

/* ---- YAML documents, with messages that name file and line ---- */

struct yaml_file {
    char *path; /* for messages */
    yaml_document_t doc;
    bool loaded;
    char *err;
    size_t errlen;
};

static void yaml_file_release(struct yaml_file *y)
{
    if (y->loaded)
        yaml_document_delete(&y->doc);
    free(y->path);
    y->path = NULL;
    y->loaded = false;
}

/*
 * Walks the events of the document before it is loaded: a package is refused when its YAML nests
 * deeper than YAML_MAX_DEPTH or holds more than YAML_MAX_EVENTS events, which real settings
 * files never approach and which bound the loader's work (libyaml builds every node). Syntax
 * errors are left to the loader to report. 0 or -1 with "file:line:col: why".
 */
static int yaml_bounded(const char *path, const char *text, size_t len, char *err, size_t errlen)
{
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser))
        return set_error(err, errlen, "%s: cannot start the YAML parser", path);
    yaml_parser_set_input_string(&parser, (const unsigned char *)text, len);
    int ret = 0, depth = 0;
    size_t events = 0;
    for (;;) {
        yaml_event_t ev;
        if (!yaml_parser_parse(&parser, &ev))
            break;
        yaml_event_type_t type = ev.type;
        yaml_mark_t at = ev.start_mark;
        yaml_event_delete(&ev);
        if (type == YAML_STREAM_END_EVENT)
            break;
        if (++events > YAML_MAX_EVENTS) {
            ret = set_error(err, errlen,
                            "%s:%zu:%zu: more than %d YAML nodes (the most a settings file may "
                            "hold)",
                            path, at.line + 1, at.column + 1, YAML_MAX_EVENTS);
            break;
        }
        if (type == YAML_SEQUENCE_START_EVENT || type == YAML_MAPPING_START_EVENT) {
            if (++depth > YAML_MAX_DEPTH) {
                ret = set_error(err, errlen,
                                "%s:%zu:%zu: nested deeper than %d levels of maps and lists", path,
                                at.line + 1, at.column + 1, YAML_MAX_DEPTH);
                break;
            }
        } else if (type == YAML_SEQUENCE_END_EVENT || type == YAML_MAPPING_END_EVENT) {
            depth--;
        }
    }
    yaml_parser_delete(&parser);
    return ret;
}

/* Parses one YAML document of the package dir; 0, or -1 with "file:line:col: malformed YAML:
 * why" (or why the file cannot be taken, or is too big or too deep). */
static int yaml_file_load(struct yaml_file *y, const char *dir, const char *path, size_t max,
                          char *err, size_t errlen)
{
    memset(y, 0, sizeof(*y));
    y->path = xstrdup(path);
    y->err = err;
    y->errlen = errlen;
    size_t len;
    char *text = pkg_read(dir, path, max, &len, err, errlen);
    if (!text)
        return -1;
    if (yaml_bounded(path, text, len, err, errlen) < 0) {
        free(text);
        return -1;
    }
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser)) {
        free(text);
        return set_error(err, errlen, "%s: cannot start the YAML parser", path);
    }
    yaml_parser_set_input_string(&parser, (const unsigned char *)text, len);
    int ret = 0;
    if (!yaml_parser_load(&parser, &y->doc)) {
        ret = set_error(err, errlen, "%s:%zu:%zu: malformed YAML: %s%s%s", path,
                        parser.problem_mark.line + 1, parser.problem_mark.column + 1,
                        parser.problem ? parser.problem : "syntax error", parser.context ? " " : "",
                        parser.context ? parser.context : "");
    } else {
        y->loaded = true;
    }
    yaml_parser_delete(&parser);
    free(text);
    return ret;
}

static yaml_node_t *yaml_root(struct yaml_file *y)
{
    return y->loaded ? yaml_document_get_root_node(&y->doc) : NULL;
}

static int node_line(const yaml_node_t *n)
{
    return (int)n->start_mark.line + 1;
}

static int yaml_fail(const struct yaml_file *y, const yaml_node_t *at, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int yaml_fail(const struct yaml_file *y, const yaml_node_t *at, const char *fmt, ...)
{
    char what[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(what, sizeof(what), fmt, ap);
    va_end(ap);
    if (at)
        return set_error(y->err, y->errlen, "%s:%d: %s", y->path, node_line(at), what);
    return set_error(y->err, y->errlen, "%s: %s", y->path, what);
}

static bool is_scalar(const yaml_node_t *n)
{
    return n && n->type == YAML_SCALAR_NODE;
}

static const char *scalar(const yaml_node_t *n)
{
    return is_scalar(n) ? (const char *)n->data.scalar.value : NULL;
}

/* A null value: "key:", "key: ~", "key: null". */
static bool is_null(const yaml_node_t *n)
{
    if (!is_scalar(n) || n->data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
        return false;
    const char *s = scalar(n);
    return !s[0] || strcmp(s, "~") == 0 || strcmp(s, "null") == 0 || strcmp(s, "Null") == 0 ||
           strcmp(s, "NULL") == 0;
}

/* How a value looks, for "(got ...)". */
static void shown(const yaml_node_t *n, char *buf, size_t len)
{
    if (!n)
        snprintf(buf, len, "nothing");
    else if (n->type == YAML_SEQUENCE_NODE)
        snprintf(buf, len, "a list");
    else if (n->type == YAML_MAPPING_NODE)
        snprintf(buf, len, "a map");
    else if (is_null(n))
        snprintf(buf, len, "an empty value");
    else if (n->data.scalar.style == YAML_PLAIN_SCALAR_STYLE)
        snprintf(buf, len, "%.60s", scalar(n));
    else
        snprintf(buf, len, "\"%.60s\"", scalar(n));
}

static yaml_node_t *map_get(struct yaml_file *y, yaml_node_t *map, const char *key)
{
    if (!map || map->type != YAML_MAPPING_NODE)
        return NULL;
    for (yaml_node_pair_t *pair = map->data.mapping.pairs.start; pair < map->data.mapping.pairs.top;
         pair++) {
        yaml_node_t *k = yaml_document_get_node(&y->doc, pair->key);
        if (is_scalar(k) && strcmp(scalar(k), key) == 0)
            return yaml_document_get_node(&y->doc, pair->value);
    }
    return NULL;
}

static size_t seq_len(const yaml_node_t *n)
{
    return n && n->type == YAML_SEQUENCE_NODE
               ? (size_t)(n->data.sequence.items.top - n->data.sequence.items.start)
               : 0;
}

static yaml_node_t *seq_at(struct yaml_file *y, yaml_node_t *n, size_t i)
{
    return yaml_document_get_node(&y->doc, n->data.sequence.items.start[i]);
}

/* A plain scalar that is a finite decimal number. */
static bool as_number(const yaml_node_t *n, double *out)
{
    if (!is_scalar(n) || n->data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
        return false;
    const char *s = scalar(n);
    if (!s[0] || strchr("0123456789+-.", s[0]) == NULL)
        return false;
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (*end || errno || !isfinite(v))
        return false;
    *out = v;
    return true;
}

/* A number field above min (or at it, when min_inclusive) and at most max: "name must be a
 * number > min (got x)"; unset leaves *out alone. */
static int get_number(struct yaml_file *y, yaml_node_t *map, const char *key, const char *field,
                      double min, bool min_inclusive, double max, double *out, bool *given)
{
    yaml_node_t *n = map_get(y, map, key);
    if (!n)
        return 0;
    double v;
    char got[80];
    shown(n, got, sizeof(got));
    if (!as_number(n, &v) || (min_inclusive ? v < min : v <= min)) {
        if (min == 0 && !min_inclusive)
            return yaml_fail(y, n, "%s must be a positive number (got %s)", field, got);
        return yaml_fail(y, n, "%s must be a number %s %g (got %s)", field,
                         min_inclusive ? ">=" : ">", min, got);
    }
    if (v > max)
        return yaml_fail(y, n, "%s must be at most %g (got %s)", field, max, got);
    *out = v;
    if (given)
        *given = true;
    return 0;
}

/* A positive integer field (memory, output), at most max. */
static int get_positive_int(struct yaml_file *y, yaml_node_t *map, const char *key,
                            const char *field, long max, long *out)
{
    yaml_node_t *n = map_get(y, map, key);
    if (!n)
        return 0;
    double v;
    char got[80];
    shown(n, got, sizeof(got));
    if (!as_number(n, &v) || v != floor(v) || v <= 0)
        return yaml_fail(y, n, "%s must be a positive integer (got %s)", field, got);
    if (v > (double)max)
        return yaml_fail(y, n, "%s must be at most %ld (got %s)", field, max, got);
    *out = (long)v;
    return 0;
}

/* A string field; NULL when absent. */
static int get_string(struct yaml_file *y, yaml_node_t *map, const char *key, const char *field,
                      const char **out)
{
    yaml_node_t *n = map_get(y, map, key);
    *out = NULL;
    if (!n)
        return 0;
    if (!is_scalar(n) || is_null(n)) {
        char got[80];
        shown(n, got, sizeof(got));
        return yaml_fail(y, n, "%s must be a string (got %s)", field, got);
    }
    *out = scalar(n);
    return 0;
}

/* Arguments given as a string ("a b c") or a list of strings; malloc'ed, "" when empty. */
static int get_args(struct yaml_file *y, yaml_node_t *n, const char *field, char **out)
{
    char got[80];
    *out = NULL;
    if (is_null(n)) {
        *out = xstrdup("");
        return 0;
    }
    if (is_scalar(n)) {
        *out = xstrdup(scalar(n));
        return 0;
    }
    if (n->type != YAML_SEQUENCE_NODE) {
        shown(n, got, sizeof(got));
        return yaml_fail(y, n, "%s must be a list of strings (got %s)", field, got);
    }
    struct strbuf sb = STRBUF_INIT;
    for (size_t i = 0; i < seq_len(n); i++) {
        yaml_node_t *item = seq_at(y, n, i);
        if (!is_scalar(item)) {
            strbuf_release(&sb);
            shown(item, got, sizeof(got));
            return yaml_fail(y, item, "%s must be a list of strings (got %s in it)", field, got);
        }
        strbuf_addf(&sb, "%s%s", i ? " " : "", scalar(item));
    }
    *out = strbuf_detach(&sb);
    return 0;
}

/* The words of text, split at any of seps: a NULL-ended array (free with icpc_names_free). */
static char **split_words(const char *text, const char *seps)
{
    size_t n = 0, cap = 8;
    char **words = xcalloc(cap, sizeof(char *));
    for (const char *at = text; *at;) {
        at += strspn(at, seps);
        size_t len = strcspn(at, seps);
        if (len == 0)
            break;
        if (n + 1 == cap) {
            cap *= 2;
            words = xrealloc(words, cap * sizeof(char *));
        }
        words[n++] = xstrndup(at, len);
        at += len;
    }
    words[n] = NULL;
    return words;
}

/* ---- the loader ---- */

/* What a group hands down to its subgroups (legacy: every testdata.yaml key; later versions:
 * only the validator's arguments). */
struct inherited {
    char *flags; /* output validator flags of the group's own files, without problem.yaml's */
    double accept_score, reject_score;
    bool stop_on_reject;
    unsigned grader_flags;
    enum group_grading grading;
};

struct loader {
    const char *dir;
    struct problem *p;
    enum icpc_version version;
    struct yaml_file yaml;    /* problem.yaml */
    const char *legacy_flags; /* problem.yaml validator_flags (legacy), or NULL */
    bool default_validator;   /* the built-in Kattis validator checks the output */
    struct {                  /* legacy problem.yaml grading: overrides every group */
        bool accept_set, reject_set, stop_set;
        double accept, reject;
        bool stop;
    } grading;
    size_t tests_cap;
    size_t walk_budget; /* directory entries data/ may still make the loader read */
    char *err;
    size_t errlen;
};

static const char *version_name(enum icpc_version v)
{
    return v == ICPC_LEGACY ? "legacy" : v == ICPC_2023_07 ? "2023-07-draft" : "2025-09";
}

static int parse_version(struct loader *l, yaml_node_t *root)
{
    const char *v;
    if (get_string(&l->yaml, root, "problem_format_version", "problem_format_version", &v) < 0)
        return -1;
    if (!v || strcmp(v, "legacy") == 0 || strcmp(v, "legacy-icpc") == 0)
        l->version = ICPC_LEGACY;
    else if (strcmp(v, "2023-07-draft") == 0 || strcmp(v, "2023-07") == 0 ||
             strcmp(v, "draft") == 0)
        l->version = ICPC_2023_07;
    else if (strcmp(v, "2025-09") == 0 || strcmp(v, "2025-09-draft") == 0)
        l->version = ICPC_2025_09;
    else
        return yaml_fail(&l->yaml, map_get(&l->yaml, root, "problem_format_version"),
                         "problem_format_version must be legacy, 2023-07-draft or 2025-09 "
                         "(got '%.40s')",
                         v);
    l->p->format_version = xstrdup(version_name(l->version));
    return 0;
}

/* The \problemname{...} of a legacy LaTeX statement, when problem.yaml names nothing: *out is
 * NULL when there is none. -1 when the statement is there but cannot be taken (a link out of
 * the package...). */
static int statement_name(const char *dir, char **out, char *err, size_t errlen)
{
    static const char *const files[] = {"problem_statement/problem.en.tex",
                                        "problem_statement/problem.tex"};
    *out = NULL;
    for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
        char *path = path_join(dir, files[i]);
        struct pkg_entry e;
        pkg_stat(dir, path, &e);
        if (e.kind == PKG_MISSING) {
            free(path);
            continue;
        }
        size_t len;
        char *text = pkg_read(dir, path, STATEMENT_MAX, &len, err, errlen);
        free(path);
        if (!text)
            return -1;
        char *at = strstr(text, "\\problemname{");
        char *name = NULL;
        if (at) {
            at += strlen("\\problemname{");
            char *end = strchr(at, '}');
            if (end && end > at)
                name = xstrndup(at, (size_t)(end - at));
        }
        free(text);
        if (name) {
            *out = name;
            return 0;
        }
    }
    return 0;
}

static int parse_name(struct loader *l, yaml_node_t *root)
{
    yaml_node_t *n = map_get(&l->yaml, root, "name");
    char got[80];
    if (!n) {
        if (l->version != ICPC_LEGACY)
            return yaml_fail(&l->yaml, NULL, "name is missing");
        return statement_name(l->dir, &l->p->title, l->err, l->errlen);
    }
    if (is_scalar(n) && !is_null(n)) {
        l->p->title = xstrdup(scalar(n));
        return 0;
    }
    if (n->type == YAML_MAPPING_NODE && n->data.mapping.pairs.top > n->data.mapping.pairs.start) {
        /* A map by language: English if there is one, else the first. */
        yaml_node_t *chosen = map_get(&l->yaml, n, "en");
        if (!chosen) {
            yaml_node_pair_t *first = n->data.mapping.pairs.start;
            chosen = yaml_document_get_node(&l->yaml.doc, first->value);
        }
        if (is_scalar(chosen) && !is_null(chosen)) {
            l->p->title = xstrdup(scalar(chosen));
            return 0;
        }
        n = chosen;
    }
    shown(n, got, sizeof(got));
    return yaml_fail(&l->yaml, n,
                     "name must be a string or a map from languages to strings "
                     "(got %s)",
                     got);
}

/* One problem type word; sets *seen bits. */
enum {
    TYPE_PASS_FAIL = 1,
    TYPE_SCORING = 2,
    TYPE_INTERACTIVE = 4,
    TYPE_MULTI_PASS = 8,
    TYPE_SUBMIT_ANSWER = 16,
};

static int type_word(struct loader *l, yaml_node_t *n, unsigned *seen)
{
    static const struct {
        const char *name;
        unsigned bit;
    } types[] = {{"pass-fail", TYPE_PASS_FAIL},
                 {"scoring", TYPE_SCORING},
                 {"interactive", TYPE_INTERACTIVE},
                 {"multi-pass", TYPE_MULTI_PASS},
                 {"submit-answer", TYPE_SUBMIT_ANSWER}};
    char got[80];
    shown(n, got, sizeof(got));
    const char *s = scalar(n);
    for (size_t i = 0; s && i < sizeof(types) / sizeof(types[0]); i++) {
        if (strcmp(s, types[i].name) != 0)
            continue;
        bool legacy_ok = types[i].bit == TYPE_PASS_FAIL || types[i].bit == TYPE_SCORING;
        if (l->version == ICPC_LEGACY && !legacy_ok)
            return yaml_fail(&l->yaml, n,
                             "type must be pass-fail or scoring in a legacy package (got %s; "
                             "interactive problems say 'validation: custom interactive')",
                             got);
        if (*seen & types[i].bit)
            return yaml_fail(&l->yaml, n, "type lists %s twice", s);
        *seen |= types[i].bit;
        return 0;
    }
    return yaml_fail(&l->yaml, n,
                     "type must be pass-fail, scoring, interactive, multi-pass or "
                     "submit-answer (got %s)",
                     got);
}

static int parse_type(struct loader *l, yaml_node_t *root, bool *interactive)
{
    yaml_node_t *n = map_get(&l->yaml, root, "type");
    unsigned seen = 0;
    char got[80];
    if (!n)
        return 0;
    if (is_scalar(n) && !is_null(n)) {
        if (type_word(l, n, &seen) < 0)
            return -1;
    } else if (n->type == YAML_SEQUENCE_NODE && l->version != ICPC_LEGACY && seq_len(n) > 0) {
        for (size_t i = 0; i < seq_len(n); i++) {
            yaml_node_t *item = seq_at(&l->yaml, n, i);
            if (!is_scalar(item)) {
                shown(item, got, sizeof(got));
                return yaml_fail(&l->yaml, item, "type must list strings (got %s)", got);
            }
            if (type_word(l, item, &seen) < 0)
                return -1;
        }
    } else {
        shown(n, got, sizeof(got));
        return yaml_fail(&l->yaml, n, "type must be %s (got %s)",
                         l->version == ICPC_LEGACY ? "a string"
                                                   : "a string or a non-empty list of strings",
                         got);
    }
    if ((seen & TYPE_PASS_FAIL) && (seen & TYPE_SCORING))
        return yaml_fail(&l->yaml, n, "type cannot be both pass-fail and scoring");
    if (seen & TYPE_SUBMIT_ANSWER)
        return yaml_fail(&l->yaml, n, "type submit-answer is not supported by this judge");
    l->p->scoring = (seen & TYPE_SCORING) != 0;
    l->p->multi_pass = (seen & TYPE_MULTI_PASS) != 0;
    *interactive = (seen & TYPE_INTERACTIVE) != 0;
    return 0;
}

/* legacy: validation: default | custom [interactive] [score]. */
static int parse_validation(struct loader *l, yaml_node_t *root, bool *custom, bool *interactive)
{
    const char *v;
    if (get_string(&l->yaml, root, "validation", "validation", &v) < 0)
        return -1;
    *custom = false;
    if (!v)
        return 0;
    yaml_node_t *n = map_get(&l->yaml, root, "validation");
    char **words = split_words(v, " \t");
    int ret = 0;
    for (size_t i = 0; words[i] && ret == 0; i++) {
        const char *w = words[i];
        if (i == 0 && strcmp(w, "custom") == 0)
            *custom = true;
        else if (i == 0 && strcmp(w, "default") != 0)
            ret = yaml_fail(&l->yaml, n,
                            "validation must begin with default or custom (got '%.40s')", v);
        else if (i > 0 && *custom && strcmp(w, "interactive") == 0)
            *interactive = true;
        else if (i > 0 && (!*custom || strcmp(w, "score") != 0))
            ret = yaml_fail(&l->yaml, n,
                            "validation: '%.40s' is not understood (expected default, or custom "
                            "followed by interactive and/or score)",
                            w);
        /* custom score: score.txt is read whenever a validator writes one */
    }
    bool empty = words[0] == NULL;
    icpc_names_free(words);
    if (ret == 0 && empty)
        ret = yaml_fail(&l->yaml, n, "validation must not be empty");
    return ret;
}

static int parse_limits(struct loader *l, yaml_node_t *root)
{
    struct problem *p = l->p;
    struct yaml_file *y = &l->yaml;
    yaml_node_t *limits = map_get(y, root, "limits");
    char got[80];

    bool legacy = l->version == ICPC_LEGACY;
    p->ac_to_time_limit = legacy ? 5.0 : 2.0;
    p->time_limit_to_tle = legacy ? 2.0 : 1.5;
    p->time_resolution_s = 1.0;
    p->memory_limit_mb = legacy ? 1024 : 2048;
    p->output_limit_mb = 8;
    p->validation_passes = 2;
    p->time_limit_ms = 0; /* derived from the accepted submissions (derive.c) */
    if (!limits || is_null(limits))
        return 0;
    if (limits->type != YAML_MAPPING_NODE) {
        shown(limits, got, sizeof(got));
        return yaml_fail(y, limits, "limits must be a map (got %s)", got);
    }

    double time_limit = 0;
    if (get_number(y, limits, "time_limit", "limits.time_limit", 0, false, INFINITY, &time_limit,
                   NULL) < 0)
        return -1;
    if (time_limit > 0) {
        if (time_limit * 1000 > MAX_TIME_LIMIT_MS)
            return yaml_fail(y, map_get(y, limits, "time_limit"),
                             "limits.time_limit must be at most %d seconds (got %g)",
                             MAX_TIME_LIMIT_MS / 1000, time_limit);
        p->time_limit_ms = lround(time_limit * 1000);
        if (p->time_limit_ms < 1)
            p->time_limit_ms = 1;
    }
    if (legacy) {
        if (get_number(y, limits, "time_multiplier", "limits.time_multiplier", 0, false,
                       MAX_MULTIPLIER, &p->ac_to_time_limit, &p->ac_to_time_limit_set) < 0 ||
            get_number(y, limits, "time_safety_margin", "limits.time_safety_margin", 0, false,
                       MAX_MULTIPLIER, &p->time_limit_to_tle, NULL) < 0)
            return -1;
    } else {
        yaml_node_t *m = map_get(y, limits, "time_multipliers");
        if (m && m->type != YAML_MAPPING_NODE) {
            shown(m, got, sizeof(got));
            return yaml_fail(y, m, "limits.time_multipliers must be a map (got %s)", got);
        }
        if (get_number(y, m, "ac_to_time_limit", "limits.time_multipliers.ac_to_time_limit", 1,
                       true, MAX_MULTIPLIER, &p->ac_to_time_limit, &p->ac_to_time_limit_set) < 0 ||
            get_number(y, m, "time_limit_to_tle", "limits.time_multipliers.time_limit_to_tle", 1,
                       true, MAX_MULTIPLIER, &p->time_limit_to_tle, NULL) < 0)
            return -1;
    }
    if (get_number(y, limits, "time_resolution", "limits.time_resolution", 0, false,
                   MAX_RESOLUTION_S, &p->time_resolution_s, NULL) < 0 ||
        get_positive_int(y, limits, "memory", "limits.memory", MAX_MEMORY_LIMIT_MB,
                         &p->memory_limit_mb) < 0 ||
        get_positive_int(y, limits, "output", "limits.output", MAX_OUTPUT_LIMIT_MB,
                         &p->output_limit_mb) < 0)
        return -1;
    long passes = p->validation_passes;
    if (get_positive_int(y, limits, "validation_passes", "limits.validation_passes",
                         MAX_VALIDATION_PASSES, &passes) < 0)
        return -1;
    p->validation_passes = (int)passes;
    return 0;
}

/* legacy problem.yaml grading: accept_score, reject_score and on_reject there override every
 * group (problemtools keeps them for old packages). */
static int parse_legacy_grading(struct loader *l, yaml_node_t *root)
{
    struct yaml_file *y = &l->yaml;
    yaml_node_t *g = map_get(y, root, "grading");
    char got[80];
    if (!g || is_null(g))
        return 0;
    if (g->type != YAML_MAPPING_NODE) {
        shown(g, got, sizeof(got));
        return yaml_fail(y, g, "grading must be a map (got %s)", got);
    }
    const char *objective, *on_reject;
    if (get_string(y, g, "objective", "grading.objective", &objective) < 0 ||
        get_string(y, g, "on_reject", "grading.on_reject", &on_reject) < 0)
        return -1;
    if (objective && strcmp(objective, "max") != 0 && strcmp(objective, "min") != 0)
        return yaml_fail(y, map_get(y, g, "objective"),
                         "grading.objective must be max or min (got '%.40s')", objective);
    if (get_number(y, g, "accept_score", "grading.accept_score", -ICPC_MAX_SCORE, true,
                   ICPC_MAX_SCORE, &l->grading.accept, &l->grading.accept_set) < 0 ||
        get_number(y, g, "reject_score", "grading.reject_score", -ICPC_MAX_SCORE, true,
                   ICPC_MAX_SCORE, &l->grading.reject, &l->grading.reject_set) < 0)
        return -1;
    if (on_reject) {
        if (strcmp(on_reject, "first_error") == 0)
            l->grading.stop = true;
        else if (strcmp(on_reject, "grade") == 0)
            l->grading.stop = false;
        else
            return yaml_fail(y, map_get(y, g, "on_reject"),
                             "grading.on_reject must be first_error or grade (got '%.40s')",
                             on_reject);
        l->grading.stop_set = true;
    }
    return 0;
}

static void parse_keywords_and_source(struct loader *l, yaml_node_t *root)
{
    struct yaml_file *y = &l->yaml;
    yaml_node_t *k = map_get(y, root, "keywords");
    size_t n = 0;
    if (is_scalar(k) && !is_null(k)) {
        l->p->tags = split_words(scalar(k), " \t,");
        while (l->p->tags[n])
            n++;
    } else if (k && k->type == YAML_SEQUENCE_NODE) {
        l->p->tags = xcalloc(seq_len(k) + 1, sizeof(char *));
        for (size_t i = 0; i < seq_len(k); i++) {
            yaml_node_t *item = seq_at(y, k, i);
            if (is_scalar(item) && !is_null(item))
                l->p->tags[n++] = xstrdup(scalar(item));
        }
    }
    l->p->ntags = n;

    yaml_node_t *s = map_get(y, root, "source");
    if (s && s->type == YAML_SEQUENCE_NODE && seq_len(s) > 0)
        s = seq_at(y, s, 0);
    if (s && s->type == YAML_MAPPING_NODE)
        s = map_get(y, s, "name");
    if (is_scalar(s) && !is_null(s))
        l->p->source = xstrdup(scalar(s));
}

/* Checks validator flags against the built-in validator: "file:line: field: unknown flag". */
static int check_default_flags(struct loader *l, struct yaml_file *y, yaml_node_t *at,
                               const char *field, const char *flags)
{
    if (!l->default_validator)
        return 0;
    char *all = xasprintf("%s %s", l->legacy_flags ? l->legacy_flags : "", flags ? flags : "");
    struct cmp_options o;
    char why[160];
    int r = cmp_parse_kattis_flags(all, &o, why, sizeof(why));
    free(all);
    if (r < 0)
        return yaml_fail(y, at, "%s: %s", field, why);
    return 0;
}

/*
 * The program of output_validator/ (2023-07-draft, 2025-09): the folder itself (its files are
 * the program's), or, when it holds no file but one folder, that folder, as problemtools'
 * examples ship it (output_validator/guess_validator/validate.cc). Several folders and no
 * file: refused, since a package has one output validator.
 */
static int program_folder(struct loader *l, const char *dir, char **source)
{
    struct pkg_entry *e;
    size_t n, budget = PKG_WALK_MAX_ENTRIES, folders = 0, files = 0, at = 0;
    if (pkg_list(l->dir, dir, &e, &n, &budget, l->err, l->errlen) < 0)
        return -1;
    for (size_t i = 0; i < n; i++) {
        if (e[i].kind == PKG_DIR && !e[i].link)
            folders++, at = i;
        else
            files++;
    }
    int ret = 0;
    if (files == 0 && folders == 1)
        *source = path_join(dir, e[at].name);
    else if (files == 0 && folders > 1)
        ret = set_error(l->err, l->errlen,
                        "%s: %zu program folders and no file; a package has one output "
                        "validator (keep one folder, or its files directly there)",
                        dir, folders);
    else
        *source = xstrdup(dir);
    pkg_entries_free(e, n);
    return ret;
}

/* Finds the output validator: sets the checker or the interactor. */
static int find_validator(struct loader *l, bool legacy_custom, bool interactive)
{
    struct problem *p = l->p;
    char *one = path_join(l->dir, "output_validator");
    char *many = path_join(l->dir, "output_validators");
    char *source = NULL;
    int ret = -1;

    /* A folder reached through a symbolic link is refused, not followed (pkgfile.h). */
    struct pkg_entry e_one, e_many;
    pkg_stat(l->dir, one, &e_one);
    pkg_stat(l->dir, many, &e_many);
    bool has_one = l->version != ICPC_LEGACY && e_one.kind != PKG_MISSING;
    bool has_many = e_many.kind != PKG_MISSING;
    if (has_one && (e_one.kind != PKG_DIR || e_one.link)) {
        if (pkg_entry_check(one, &e_one, l->err, l->errlen) == 0)
            set_error(l->err, l->errlen, "%s: not a directory", one);
        goto out;
    }
    if (!has_one && has_many && (e_many.kind != PKG_DIR || e_many.link)) {
        if (pkg_entry_check(many, &e_many, l->err, l->errlen) == 0)
            set_error(l->err, l->errlen, "%s: not a directory", many);
        goto out;
    }
    if (has_one) {
        if (program_folder(l, one, &source) < 0)
            goto out;
    } else if (l->version == ICPC_2025_09 && has_many) {
        set_error(l->err, l->errlen,
                  "%s: 2025-09 packages keep their validator in output_validator/ (one program)",
                  many);
        goto out;
    } else if (has_many) {
        struct pkg_entry *e;
        size_t n, budget = PKG_WALK_MAX_ENTRIES;
        if (pkg_list(l->dir, many, &e, &n, &budget, l->err, l->errlen) < 0)
            goto out;
        if (n > 1) {
            set_error(l->err, l->errlen,
                      "%s: %zu output validators; this judge runs one (keep one program there)",
                      many, n);
            pkg_entries_free(e, n);
            goto out;
        }
        if (n == 1)
            source = path_join(many, e[0].name);
        pkg_entries_free(e, n);
    }
    /* Every file of the validator is copied into a box and a cache: each must be a regular
     * file of the package (no link out of it, no FIFO or device). */
    if (source && pkg_check_program(l->dir, source, true, l->err, l->errlen) < 0)
        goto out;

    if (l->version == ICPC_LEGACY) {
        yaml_node_t *root = yaml_root(&l->yaml);
        yaml_node_t *v = map_get(&l->yaml, root, "validation");
        if (legacy_custom && !source) {
            set_error(l->err, l->errlen, "%s: missing or empty (%s:%d: validation is custom)", many,
                      l->yaml.path, v ? node_line(v) : 0);
            goto out;
        }
        if (!legacy_custom && source) {
            set_error(l->err, l->errlen,
                      "%s: a validator is there, but problem.yaml says validation: default (say "
                      "validation: custom to use it)",
                      source);
            goto out;
        }
    }
    if (interactive && !source) {
        set_error(l->err, l->errlen, "%s: missing (an interactive problem needs its validator)",
                  l->version == ICPC_LEGACY ? many : one);
        goto out;
    }
    if (interactive) {
        p->interaction = INTERACTION_KATTIS;
        p->interactor_source = source;
        source = NULL;
        cmp_options_init(&p->checker.cmp, CMP_KATTIS);
        p->checker.kind = CHECKER_BUILTIN;
    } else if (source) {
        p->checker.kind = CHECKER_KATTIS;
        cmp_options_init(&p->checker.cmp, CMP_KATTIS);
        p->checker.source = source;
        source = NULL;
    } else {
        p->checker.kind = CHECKER_BUILTIN;
        l->default_validator = true;
        char why[160];
        if (cmp_parse_kattis_flags(l->legacy_flags, &p->checker.cmp, why, sizeof(why)) < 0) {
            yaml_node_t *f = map_get(&l->yaml, yaml_root(&l->yaml), "validator_flags");
            yaml_fail(&l->yaml, f, "validator_flags: %s", why);
            goto out;
        }
    }
    ret = 0;
out:
    free(source);
    free(one);
    free(many);
    return ret;
}

/* ---- data/ ---- */

static int find_group(const struct problem *p, const char *name)
{
    for (size_t i = 0; i < p->ngroups; i++) {
        if (strcmp(p->groups[i].name, name) == 0)
            return (int)i;
    }
    return -1;
}

/* require_pass: a group name or a list of them, each an earlier group (or sample). */
static int parse_require_pass(struct loader *l, struct yaml_file *y, yaml_node_t *n,
                              const char *field, struct problem_group *g)
{
    char got[80];
    size_t count = n->type == YAML_SEQUENCE_NODE ? seq_len(n) : 1;
    if (!is_scalar(n) && n->type != YAML_SEQUENCE_NODE) {
        shown(n, got, sizeof(got));
        return yaml_fail(y, n, "%s must be a group name or a list of them (got %s)", field, got);
    }
    for (size_t i = 0; i < count; i++) {
        yaml_node_t *item = n->type == YAML_SEQUENCE_NODE ? seq_at(y, n, i) : n;
        if (!is_scalar(item) || is_null(item)) {
            shown(item, got, sizeof(got));
            return yaml_fail(y, item, "%s must name groups (got %s)", field, got);
        }
        int idx = find_group(l->p, scalar(item));
        if (idx < 0)
            return yaml_fail(y, item,
                             "%s names '%.60s', which is not an earlier group of data/ (give "
                             "names such as sample or secret/group1)",
                             field, scalar(item));
        if (idx >= MAX_REQUIRE_GROUP)
            return yaml_fail(y, item,
                             "%s: group '%.60s' is beyond the %d groups this judge "
                             "can require",
                             field, scalar(item), MAX_REQUIRE_GROUP);
        g->require_pass |= 1ULL << idx;
    }
    return 0;
}

/* A maximum score: a non-negative number or "unbounded". */
static int parse_max_score(struct yaml_file *y, yaml_node_t *n, const char *field,
                           struct problem_group *g)
{
    double v;
    if (is_scalar(n) && strcmp(scalar(n), "unbounded") == 0) {
        g->unbounded = true;
        g->points_set = true;
        return 0;
    }
    if (!as_number(n, &v) || v < 0 || v > ICPC_MAX_SCORE) {
        char got[80];
        shown(n, got, sizeof(got));
        return yaml_fail(y, n, "%s must be a number from 0 to %g, or unbounded (got %s)", field,
                         ICPC_MAX_SCORE, got);
    }
    g->points = v;
    g->points_set = true;
    return 0;
}

static int parse_aggregation(struct yaml_file *y, yaml_node_t *n, const char *field,
                             struct problem_group *g)
{
    const char *s = scalar(n);
    if (s && strcmp(s, "sum") == 0)
        g->grading = GROUP_SUM;
    else if (s && strcmp(s, "min") == 0)
        g->grading = GROUP_MIN;
    else if (s && strcmp(s, "pass-fail") == 0)
        g->grading = GROUP_PASS_FAIL;
    else {
        char got[80];
        shown(n, got, sizeof(got));
        return yaml_fail(y, n, "%s must be pass-fail, sum or min (got %s)", field, got);
    }
    g->aggregate_min = g->grading == GROUP_MIN;
    return 0;
}

static int parse_grader_flags(struct yaml_file *y, yaml_node_t *n, struct inherited *in)
{
    if (!is_scalar(n)) {
        char got[80];
        shown(n, got, sizeof(got));
        return yaml_fail(y, n, "grader_flags must be a string (got %s)", got);
    }
    char **words = split_words(scalar(n), " \t");
    int ret = 0;
    unsigned flags = 0;
    enum group_grading grading = GROUP_SUM;
    for (size_t i = 0; words[i] && ret == 0; i++) {
        const char *w = words[i];
        if (strcmp(w, "sum") == 0)
            grading = GROUP_SUM;
        else if (strcmp(w, "min") == 0)
            grading = GROUP_MIN;
        else if (strcmp(w, "max") == 0)
            grading = GROUP_MAX;
        else if (strcmp(w, "avg") == 0)
            grading = GROUP_AVG;
        else if (strcmp(w, "worst_error") == 0)
            flags &= ~(unsigned)(GROUP_FIRST_ERROR | GROUP_ALWAYS_ACCEPT);
        else if (strcmp(w, "first_error") == 0)
            flags = (flags & ~(unsigned)GROUP_ALWAYS_ACCEPT) | GROUP_FIRST_ERROR;
        else if (strcmp(w, "always_accept") == 0)
            flags = (flags & ~(unsigned)GROUP_FIRST_ERROR) | GROUP_ALWAYS_ACCEPT;
        else if (strcmp(w, "accept_if_any_accepted") == 0)
            flags |= GROUP_ACCEPT_IF_ANY;
        else if (strcmp(w, "ignore_sample") == 0)
            flags |= GROUP_IGNORE_SAMPLE;
        else
            ret = yaml_fail(y, n, "grader_flags: unknown flag '%.40s'", w);
    }
    icpc_names_free(words);
    in->grader_flags = flags;
    in->grading = grading;
    return ret;
}

/* Whether the package has something at path (which the loader then takes or refuses). */
static bool present(const struct loader *l, const char *path)
{
    struct pkg_entry e;
    pkg_stat(l->dir, path, &e);
    return e.kind != PKG_MISSING;
}

/* Reads a group's settings file (if any) into the group and what it hands down. */
static int read_group_settings(struct loader *l, const char *dirpath, struct problem_group *g,
                               struct inherited *in, bool root)
{
    char *testdata = path_join(dirpath, "testdata.yaml");
    char *test_group = path_join(dirpath, "test_group.yaml");
    char *file = NULL;
    int ret = -1;

    if (l->version == ICPC_2025_09) {
        if (present(l, testdata)) {
            set_error(l->err, l->errlen, "%s: 2025-09 packages name this file test_group.yaml",
                      testdata);
            goto out_names;
        }
        file = present(l, test_group) ? test_group : NULL;
    } else if (l->version == ICPC_2023_07) {
        file = present(l, test_group) ? test_group : present(l, testdata) ? testdata : NULL;
    } else {
        file = present(l, testdata) ? testdata : NULL;
    }
    if (!file) {
        ret = 0;
        goto out_names;
    }

    struct yaml_file y;
    if (yaml_file_load(&y, l->dir, file, GROUP_YAML_MAX, l->err, l->errlen) < 0)
        goto out_yaml;
    yaml_node_t *map = yaml_root(&y);
    char got[80];
    if (!map || is_null(map)) {
        ret = 0;
        goto out_yaml;
    }
    if (map->type != YAML_MAPPING_NODE) {
        shown(map, got, sizeof(got));
        yaml_fail(&y, map, "must hold a map of settings (got %s)", got);
        goto out_yaml;
    }

    /* The output validator's flags, handed down to subgroups. */
    static const char *const flag_keys[] = {"output_validator_args", "output_validator_flags"};
    for (size_t k = 0; k < 2; k++) {
        yaml_node_t *n = map_get(&y, map, flag_keys[k]);
        if (!n)
            continue;
        if (l->version == ICPC_2025_09 && k == 1) {
            yaml_fail(&y, n, "output_validator_flags is called output_validator_args in 2025-09");
            goto out_yaml;
        }
        if (l->version == ICPC_LEGACY && k == 0) {
            yaml_fail(&y, n,
                      "output_validator_args is called output_validator_flags in "
                      "legacy packages");
            goto out_yaml;
        }
        /* legacy allows {name: validator, flags: "..."} */
        if (n->type == YAML_MAPPING_NODE && l->version != ICPC_2025_09) {
            yaml_node_t *f = map_get(&y, n, "flags");
            if (!f) {
                yaml_fail(&y, n, "%s as a map needs a flags key", flag_keys[k]);
                goto out_yaml;
            }
            n = f;
        }
        char *args;
        if (get_args(&y, n, flag_keys[k], &args) < 0 ||
            check_default_flags(l, &y, n, flag_keys[k], args) < 0) {
            free(args);
            goto out_yaml;
        }
        free(in->flags);
        in->flags = args;
    }

    if (l->version == ICPC_LEGACY) {
        const char *on_reject, *grading;
        if (get_string(&y, map, "on_reject", "on_reject", &on_reject) < 0 ||
            get_string(&y, map, "grading", "grading", &grading) < 0)
            goto out_yaml;
        if (on_reject && strcmp(on_reject, "break") != 0 && strcmp(on_reject, "continue") != 0) {
            yaml_fail(&y, map_get(&y, map, "on_reject"),
                      "on_reject must be break or continue (got '%.40s')", on_reject);
            goto out_yaml;
        }
        if (on_reject)
            in->stop_on_reject = strcmp(on_reject, "break") == 0;
        if (grading && strcmp(grading, "default") != 0) {
            yaml_fail(&y, map_get(&y, map, "grading"),
                      "grading: %s graders are not supported by this judge (only default)",
                      grading);
            goto out_yaml;
        }
        yaml_node_t *gf = map_get(&y, map, "grader_flags");
        if (gf && !is_null(gf) && parse_grader_flags(&y, gf, in) < 0)
            goto out_yaml;
        if (gf && (in->grader_flags & GROUP_IGNORE_SAMPLE) && !root) {
            yaml_fail(&y, gf, "grader_flags: ignore_sample is only allowed in data/testdata.yaml");
            goto out_yaml;
        }
        if (get_number(&y, map, "accept_score", "accept_score", -ICPC_MAX_SCORE, true,
                       ICPC_MAX_SCORE, &in->accept_score, NULL) < 0 ||
            get_number(&y, map, "reject_score", "reject_score", -ICPC_MAX_SCORE, true,
                       ICPC_MAX_SCORE, &in->reject_score, NULL) < 0)
            goto out_yaml;
        const char *range;
        if (get_string(&y, map, "range", "range", &range) < 0)
            goto out_yaml;
        if (range) {
            char *end;
            double lo = strtod(range, &end);
            double hi = strtod(end, &end);
            while (*end == ' ' || *end == '\t')
                end++;
            if (*end || end == range || lo > hi) {
                yaml_fail(&y, map_get(&y, map, "range"),
                          "range must be two numbers 'low high' (got '%.40s')", range);
                goto out_yaml;
            }
        }
    } else if (l->version == ICPC_2023_07) {
        yaml_node_t *s = map_get(&y, map, "scoring");
        if (s && !is_null(s)) {
            if (s->type != YAML_MAPPING_NODE) {
                shown(s, got, sizeof(got));
                yaml_fail(&y, s, "scoring must be a map (got %s)", got);
                goto out_yaml;
            }
            yaml_node_t *n;
            if ((n = map_get(&y, s, "score")) && parse_max_score(&y, n, "scoring.score", g) < 0)
                goto out_yaml;
            if ((n = map_get(&y, s, "aggregation")) &&
                parse_aggregation(&y, n, "scoring.aggregation", g) < 0)
                goto out_yaml;
            if ((n = map_get(&y, s, "require_pass")) &&
                parse_require_pass(l, &y, n, "scoring.require_pass", g) < 0)
                goto out_yaml;
        }
    } else {
        yaml_node_t *n;
        if ((n = map_get(&y, map, "max_score")) && parse_max_score(&y, n, "max_score", g) < 0)
            goto out_yaml;
        if ((n = map_get(&y, map, "score_aggregation")) &&
            parse_aggregation(&y, n, "score_aggregation", g) < 0)
            goto out_yaml;
        if ((n = map_get(&y, map, "require_pass")) &&
            parse_require_pass(l, &y, n, "require_pass", g) < 0)
            goto out_yaml;
    }
    ret = 0;
out_yaml:
    yaml_file_release(&y);
out_names:
    free(testdata);
    free(test_group);
    return ret;
}

/* An entry of a data directory, sorted by its name without ".in". */
struct entry {
    char *name; /* as on disk */
    char *key;  /* what it sorts by */
    bool dir;
};

static int compare_entries(const void *a, const void *b)
{
    const struct entry *x = a, *y = b;
    return strcmp(x->key, y->key);
}

static void free_entries(struct entry *e, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(e[i].name);
        free(e[i].key);
    }
    free(e);
}

/* The groups and tests of a data directory: its directories and its .in files. A symbolic link
 * to a directory is refused (never followed), and so is a .in that is not a regular file of
 * the package; other entries are not the loader's business. */
static int read_entries(struct loader *l, const char *dirpath, struct entry **out, size_t *count)
{
    struct pkg_entry *pe;
    size_t pn;
    if (pkg_list(l->dir, dirpath, &pe, &pn, &l->walk_budget, l->err, l->errlen) < 0)
        return -1;
    struct entry *e = NULL;
    size_t n = 0, cap = 0;
    int ret = 0;
    for (size_t i = 0; i < pn && ret == 0; i++) {
        const char *name = pe[i].name;
        bool dir = pe[i].kind == PKG_DIR && !pe[i].link;
        bool in = !dir && ends_with(name, ".in");
        if (!dir && (in || (pe[i].kind == PKG_DIR && pe[i].link))) {
            char *full = path_join(dirpath, name);
            ret = pkg_entry_check(full, &pe[i], l->err, l->errlen);
            free(full);
        }
        if (ret < 0 || (!dir && !in))
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 32;
            e = xrealloc(e, cap * sizeof(*e));
        }
        e[n].name = xstrdup(name);
        e[n].key = in ? xstrndup(name, strlen(name) - 3) : xstrdup(name);
        e[n].dir = dir;
        n++;
    }
    pkg_entries_free(pe, pn);
    if (ret < 0) {
        free_entries(e, n);
        return -1;
    }
    if (n > 1)
        qsort(e, n, sizeof(*e), compare_entries);
    *out = e;
    *count = n;
    return 0;
}

/* A test: its input and answer must be regular files of the package of at most
 * PKG_TEST_FILE_MAX bytes, checked now so that a bad one refuses the package before anything
 * runs (or hashes it). */
static int add_test(struct loader *l, const char *dirpath, const char *rel, const char *stem,
                    int group)
{
    struct problem *p = l->p;
    if (p->ntests == MAX_TESTS)
        return set_error(l->err, l->errlen, "%s: more than %d tests", dirpath, MAX_TESTS);
    char *input = xasprintf("%s/%s.in", dirpath, stem);
    char *answer = xasprintf("%s/%s.ans", dirpath, stem);
    struct pkg_entry e;
    pkg_stat(l->dir, answer, &e);
    int r;
    if (e.kind == PKG_MISSING)
        r = set_error(l->err, l->errlen, "%s: no .ans", input);
    else
        r = pkg_check_file(l->dir, input, PKG_TEST_FILE_MAX, l->err, l->errlen) < 0 ||
                    pkg_entry_check(answer, &e, l->err, l->errlen) < 0 ||
                    pkg_check_file(l->dir, answer, PKG_TEST_FILE_MAX, l->err, l->errlen) < 0
                ? -1
                : 0;
    if (r < 0) {
        free(input);
        free(answer);
        return -1;
    }
    if (p->ntests == l->tests_cap) {
        l->tests_cap = l->tests_cap ? l->tests_cap * 2 : 64;
        p->tests = xrealloc(p->tests, l->tests_cap * sizeof(*p->tests));
    }
    struct problem_test *t = &p->tests[p->ntests++];
    t->name = xasprintf("%s/%s", rel, stem);
    t->input = input;
    t->answer = answer;
    t->sample = strncmp(rel, "sample", 6) == 0 && (rel[6] == '\0' || rel[6] == '/');
    t->group = group;
    return 0;
}

static int walk_group(struct loader *l, const char *dirpath, const char *rel, int depth,
                      const struct inherited *parent);

/* What a group's settings (its own and inherited) make of it. */
static void apply_settings(struct loader *l, struct problem_group *grp, const struct inherited *in)
{
    if (l->version == ICPC_LEGACY) {
        grp->grading = in->grading;
        grp->aggregate_min = in->grading == GROUP_MIN;
        grp->grader_flags = in->grader_flags;
        grp->accept_score = l->grading.accept_set ? l->grading.accept : in->accept_score;
        grp->reject_score = l->grading.reject_set ? l->grading.reject : in->reject_score;
        grp->stop_on_reject = l->grading.stop_set ? l->grading.stop : in->stop_on_reject;
    }
    /* legacy: problem.yaml's validator_flags, then the group's. */
    struct strbuf flags = STRBUF_INIT;
    if (l->version == ICPC_LEGACY && l->legacy_flags && l->legacy_flags[0])
        strbuf_addstr(&flags, l->legacy_flags);
    if (in->flags && in->flags[0])
        strbuf_addf(&flags, "%s%s", flags.len ? " " : "", in->flags);
    free(grp->validator_flags);
    grp->validator_flags = flags.len ? strbuf_detach(&flags) : NULL;
    strbuf_release(&flags);
}

/* Walks a directory whose tests belong to group g. New groups are made for subdirectories
 * unless flat (2025-09 below a group). */
static int walk_dir(struct loader *l, const char *dirpath, const char *rel, int depth, int g,
                    const struct inherited *in, bool flat)
{
    if (depth > MAX_DEPTH)
        return set_error(l->err, l->errlen, "%s: nested deeper than %d directories", dirpath,
                         MAX_DEPTH);
    struct entry *e;
    size_t n;
    if (read_entries(l, dirpath, &e, &n) < 0)
        return -1;
    int ret = 0;
    for (size_t i = 0; i < n && ret == 0; i++) {
        char *sub = path_join(dirpath, e[i].name);
        char *subrel = xasprintf("%s/%s", rel, e[i].name);
        if (!e[i].dir)
            ret = add_test(l, dirpath, rel, e[i].key, g);
        else if (ends_with(e[i].name, ".files"))
            ; /* a test's input files: not supported, and not a group */
        else if (flat)
            ret = walk_dir(l, sub, subrel, depth + 1, g, in, true);
        else
            ret = walk_group(l, sub, subrel, depth + 1, in);
        free(sub);
        free(subrel);
    }
    free_entries(e, n);
    return ret;
}

static int walk_group(struct loader *l, const char *dirpath, const char *rel, int depth,
                      const struct inherited *parent)
{
    struct problem *p = l->p;
    if (p->ngroups == MAX_GROUPS)
        return set_error(l->err, l->errlen, "%s: more than %d test groups", dirpath, MAX_GROUPS);
    int g = problem_add_group(p, rel);
    struct inherited in = *parent;
    in.flags = parent->flags ? xstrdup(parent->flags) : NULL;
    struct problem_group *grp = &p->groups[g];

    /* Defaults before the group's own file: 2023-07+ score secret by sum out of 100, and its
     * subgroups pass-fail. */
    if (l->version != ICPC_LEGACY) {
        bool secret = strcmp(rel, "secret") == 0;
        grp->grading = secret ? GROUP_SUM : GROUP_PASS_FAIL;
        if (secret) {
            grp->points = 100;
            grp->points_set = true;
        }
    }
    int ret = read_group_settings(l, dirpath, grp, &in, false);
    if (ret == 0) {
        apply_settings(l, grp, &in);
        bool flat = l->version == ICPC_2025_09 && strcmp(rel, "secret") != 0;
        ret = walk_dir(l, dirpath, rel, depth, g, &in, flat);
    }
    free(in.flags);
    return ret;
}

static int load_data(struct loader *l)
{
    struct problem *p = l->p;
    char *data = path_join(l->dir, "data");
    char *secret = path_join(data, "secret");
    int ret = -1;

    struct pkg_entry e_data;
    pkg_stat(l->dir, data, &e_data);
    if (e_data.kind == PKG_MISSING) {
        set_error(l->err, l->errlen, "%s: missing", data);
        goto out;
    }
    if (e_data.kind != PKG_DIR || e_data.link) {
        if (pkg_entry_check(data, &e_data, l->err, l->errlen) == 0)
            set_error(l->err, l->errlen, "%s: not a directory", data);
        goto out;
    }
    struct inherited in = {.accept_score = 1, .reject_score = 0, .stop_on_reject = true};
    int root = problem_add_group(p, "data");
    if (read_group_settings(l, data, &p->groups[root], &in, true) < 0) {
        free(in.flags);
        goto out;
    }
    apply_settings(l, &p->groups[root], &in);

    struct entry *e;
    size_t n;
    if (read_entries(l, data, &e, &n) < 0) {
        free(in.flags);
        goto out;
    }
    int r2 = 0;
    for (size_t i = 0; i < n && r2 == 0; i++) {
        char *sub = path_join(data, e[i].name);
        if (!e[i].dir)
            r2 = set_error(l->err, l->errlen,
                           "%s: tests belong in data/sample/ or data/secret/, not in data/", sub);
        else if (strcmp(e[i].name, "sample") == 0 || strcmp(e[i].name, "secret") == 0)
            r2 = walk_group(l, sub, e[i].name, 1, &in);
        /* invalid_input/, invalid_output/, valid_output/: for validators, not judged */
        free(sub);
    }
    free_entries(e, n);
    free(in.flags);
    if (r2 < 0)
        goto out;

    /* Samples without secret tests (DOMjudge's own hello): judged on the samples, with a
     * warning; `judge check` flags it. */
    size_t secrets = 0;
    for (size_t i = 0; i < p->ntests; i++)
        secrets += !p->tests[i].sample;
    if (p->ntests == 0) {
        set_error(l->err, l->errlen, "%s: no tests (no .in files in data/sample/ or data/secret/)",
                  data);
        goto out;
    }
    if (secrets == 0)
        p->warning = xasprintf("%s: no secret tests; judging the samples only", secret);
    ret = 0;
out:
    free(data);
    free(secret);
    return ret;
}

int problem_load_icpc(const char *path, struct problem *p, char *err, size_t errlen)
{
    struct loader l;
    memset(&l, 0, sizeof(l));
    l.dir = path;
    l.p = p;
    l.walk_budget = PKG_WALK_MAX_ENTRIES;
    l.err = err;
    l.errlen = errlen;
    int ret = -1;

    char *file = path_join(path, "problem.yaml");
    if (yaml_file_load(&l.yaml, path, file, PROBLEM_YAML_MAX, err, errlen) < 0)
        goto out;
    yaml_node_t *root = yaml_root(&l.yaml);
    if (root && is_null(root))
        root = NULL;
    if (root && root->type != YAML_MAPPING_NODE) {
        char got[80];
        shown(root, got, sizeof(got));
        yaml_fail(&l.yaml, root, "must hold a map of settings (got %s)", got);
        goto out;
    }

    bool interactive = false, legacy_custom = false;
    if (parse_version(&l, root) < 0 || parse_name(&l, root) < 0 ||
        parse_type(&l, root, &interactive) < 0 || parse_limits(&l, root) < 0)
        goto out;
    if (l.version == ICPC_LEGACY) {
        if (parse_validation(&l, root, &legacy_custom, &interactive) < 0 ||
            get_string(&l.yaml, root, "validator_flags", "validator_flags", &l.legacy_flags) < 0 ||
            parse_legacy_grading(&l, root) < 0)
            goto out;
    } else if (map_get(&l.yaml, root, "validation") || map_get(&l.yaml, root, "validator_flags")) {
        yaml_node_t *n = map_get(&l.yaml, root, "validation");
        yaml_fail(&l.yaml, n ? n : map_get(&l.yaml, root, "validator_flags"),
                  "%s is a legacy key: in %s, output_validator/ holds a custom validator and "
                  "data/%s sets output_validator_args",
                  n ? "validation" : "validator_flags", version_name(l.version),
                  l.version == ICPC_2025_09 ? "test_group.yaml" : "testdata.yaml");
        goto out;
    }
    parse_keywords_and_source(&l, root);
    if (!p->title)
        p->title = xstrdup(p->id);
    if (find_validator(&l, legacy_custom, interactive) < 0 || load_data(&l) < 0)
        goto out;
    if (p->multi_pass && p->checker.kind != CHECKER_KATTIS && p->interaction == INTERACTION_NONE) {
        yaml_fail(&l.yaml, map_get(&l.yaml, root, "type"),
                  "type multi-pass needs an output validator in output_validator/ (only a "
                  "custom validator can write the next pass's input)");
        goto out;
    }
    ret = 0;
out:
    yaml_file_release(&l.yaml);
    free(file);
    return ret;
}

/* ---- scoring ---- */

struct item {
    const char *name;
    bool test;
    int index;
};

static int compare_items(const void *a, const void *b)
{
    const struct item *x = a, *y = b;
    return strcmp(x->name, y->name);
}

struct scorer {
    const struct problem *p;
    struct judgement *j;
    int *parent;         /* of each group; -1 for the root */
    struct item **items; /* each group's tests and subgroups, in order */
    size_t *nitems;
    double *max;      /* 2023-07+: each group's maximum score */
    bool *unbounded;  /* 2023-07+ */
    double *test_max; /* 2023-07+: each test's maximum score */
    bool *test_unb;   /* 2023-07+ */
    char error[256];  /* the first judge error, if any */
};

static int parent_of(const struct problem *p, size_t g)
{
    const char *name = p->groups[g].name;
    const char *slash = strrchr(name, '/');
    if (g == 0)
        return -1;
    if (!slash)
        return 0; /* sample, secret: under data/ */
    for (size_t i = 0; i < p->ngroups; i++) {
        if (i != g && strlen(p->groups[i].name) == (size_t)(slash - name) &&
            strncmp(p->groups[i].name, name, (size_t)(slash - name)) == 0)
            return (int)i;
    }
    return 0;
}

static void scorer_init(struct scorer *s, const struct problem *p, struct judgement *j)
{
    memset(s, 0, sizeof(*s));
    s->p = p;
    s->j = j;
    size_t ng = p->ngroups, nt = p->ntests;
    s->parent = xcalloc(ng, sizeof(int));
    s->items = xcalloc(ng, sizeof(struct item *));
    s->nitems = xcalloc(ng, sizeof(size_t));
    s->max = xcalloc(ng, sizeof(double));
    s->unbounded = xcalloc(ng, sizeof(bool));
    s->test_max = xcalloc(nt, sizeof(double));
    s->test_unb = xcalloc(nt, sizeof(bool));
    for (size_t g = 0; g < ng; g++) {
        s->parent[g] = parent_of(p, g);
        s->items[g] = xcalloc(nt + ng, sizeof(struct item));
    }
    for (size_t g = 1; g < ng; g++) {
        int par = s->parent[g];
        s->items[par][s->nitems[par]++] = (struct item){p->groups[g].name, false, (int)g};
    }
    for (size_t t = 0; t < nt; t++) {
        int g = p->tests[t].group;
        if (g < 0 || (size_t)g >= ng)
            continue;
        s->items[g][s->nitems[g]++] = (struct item){p->tests[t].name, true, (int)t};
    }
    for (size_t g = 0; g < ng; g++)
        qsort(s->items[g], s->nitems[g], sizeof(struct item), compare_items);
}

static void scorer_release(struct scorer *s)
{
    for (size_t g = 0; s->items && g < s->p->ngroups; g++)
        free(s->items[g]);
    free(s->items);
    free(s->nitems);
    free(s->parent);
    free(s->max);
    free(s->unbounded);
    free(s->test_max);
    free(s->test_unb);
}

static void judge_error(struct scorer *s, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void judge_error(struct scorer *s, const char *fmt, ...)
{
    if (s->error[0])
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(s->error, sizeof(s->error), fmt, ap);
    va_end(ap);
}

static bool passed(const struct test_result *t)
{
    return t->ran && t->verdict == VERDICT_AC;
}

/* Whether every test under group g passed. */
static bool all_passed(struct scorer *s, int g)
{
    for (size_t i = 0; i < s->nitems[g]; i++) {
        const struct item *it = &s->items[g][i];
        if (it->test ? !passed(&s->j->tests[it->index]) : !all_passed(s, it->index))
            return false;
    }
    return true;
}

/* 2023-07+: each group's and test's maximum, from the top down. */
static void infer_max(struct scorer *s, int g)
{
    const struct problem_group *grp = &s->p->groups[g];
    double m = s->max[g];
    bool unb = s->unbounded[g];
    double given = 0;
    size_t unset = 0;
    for (size_t i = 0; i < s->nitems[g]; i++) {
        const struct item *it = &s->items[g][i];
        const struct problem_group *sub = it->test ? NULL : &s->p->groups[it->index];
        if (sub && sub->points_set && !sub->unbounded)
            given += sub->points;
        else if (!sub || !sub->points_set)
            unset++;
    }
    double share = grp->grading == GROUP_MIN ? m : unset ? (m - given) / (double)unset : 0;
    if (!unb && grp->grading == GROUP_SUM && given > m + 1e-9)
        judge_error(s, "group %s: its subgroups' scores add up to %g, above its %g", grp->name,
                    given, m);
    if (share < 0)
        share = 0;
    for (size_t i = 0; i < s->nitems[g]; i++) {
        const struct item *it = &s->items[g][i];
        if (it->test) {
            s->test_max[it->index] = share;
            s->test_unb[it->index] = unb;
            continue;
        }
        const struct problem_group *sub = &s->p->groups[it->index];
        s->unbounded[it->index] = sub->points_set ? sub->unbounded : unb;
        s->max[it->index] = sub->points_set ? sub->points : share;
        infer_max(s, it->index);
    }
}

static bool requirements_met(struct scorer *s, const struct problem_group *grp)
{
    for (size_t b = 0; b < MAX_REQUIRE_GROUP && b < s->p->ngroups; b++) {
        if ((grp->require_pass >> b & 1) && !all_passed(s, (int)b))
            return false;
    }
    return true;
}

static double modern_test_score(struct scorer *s, int t)
{
    struct test_result *r = &s->j->tests[t];
    const char *name = s->p->tests[t].name;
    if (!passed(r))
        return 0;
    if (isnan(r->score)) {
        if (s->test_unb[t]) {
            judge_error(s,
                        "test %s: the validator accepted without writing score.txt, which a "
                        "test of an unbounded group needs",
                        name);
            return 0;
        }
        return s->test_max[t];
    }
    if (r->score < 0)
        judge_error(s, "test %s: score.txt holds a negative score (%g)", name, r->score);
    else if (!s->test_unb[t] && r->score > s->test_max[t] + 1e-9)
        judge_error(s, "test %s: score.txt says %g, above the test's maximum %g", name, r->score,
                    s->test_max[t]);
    return r->score;
}

static double modern_group_score(struct scorer *s, int g)
{
    const struct problem_group *grp = &s->p->groups[g];
    if (!requirements_met(s, grp)) {
        /* Not judged, as the format says: every score under it is 0. */
        for (size_t i = 0; i < s->nitems[g]; i++) {
            const struct item *it = &s->items[g][i];
            if (it->test)
                s->j->tests[it->index].score = 0;
            else
                modern_group_score(s, it->index);
        }
        return 0;
    }
    if (grp->grading == GROUP_PASS_FAIL) {
        for (size_t i = 0; i < s->nitems[g]; i++) {
            const struct item *it = &s->items[g][i];
            if (it->test)
                s->j->tests[it->index].score = 0;
            else
                modern_group_score(s, it->index);
        }
        return all_passed(s, g) ? s->max[g] : 0;
    }
    double total = 0;
    bool first = true;
    for (size_t i = 0; i < s->nitems[g]; i++) {
        const struct item *it = &s->items[g][i];
        double v;
        if (it->test) {
            v = modern_test_score(s, it->index);
            s->j->tests[it->index].score = v;
        } else {
            v = modern_group_score(s, it->index);
        }
        if (grp->grading == GROUP_MIN)
            total = first || v < total ? v : total;
        else
            total += v;
        first = false;
    }
    if (!s->unbounded[g] && total > s->max[g] + 1e-6)
        judge_error(s, "group %s scored %g, above its maximum %g", grp->name, total, s->max[g]);
    return total;
}

/* legacy: the default grader's verdict order, worst first. */
static int severity(enum verdict v)
{
    switch (v) {
    case VERDICT_SE:
        return 0;
    case VERDICT_RE:
    case VERDICT_CE:
        return 1;
    case VERDICT_MLE:
        return 2;
    case VERDICT_TLE:
        return 3;
    case VERDICT_OLE:
        return 4;
    case VERDICT_WA:
        return 5;
    case VERDICT_PE:
        return 6;
    default:
        return 7;
    }
}

struct legacy_result {
    enum verdict verdict;
    double score;
    bool judged; /* false: nothing in it ran */
};

static struct legacy_result legacy_group(struct scorer *s, int g)
{
    const struct problem_group *grp = &s->p->groups[g];
    struct legacy_result res = {VERDICT_AC, 0, false};
    size_t counted = 0;
    bool any_ac = false;
    enum verdict first_failure = VERDICT_AC, worst = VERDICT_AC;
    double best = 0, least = 0, sum = 0;

    for (size_t i = 0; i < s->nitems[g]; i++) {
        const struct item *it = &s->items[g][i];
        struct legacy_result r;
        if (it->test) {
            struct test_result *t = &s->j->tests[it->index];
            if (!t->ran)
                break; /* --fail-fast stopped before it: nothing after it ran either */
            r.verdict = t->verdict;
            r.judged = true;
            if (t->verdict == VERDICT_AC)
                r.score = isnan(t->score) ? grp->accept_score : t->score;
            else
                r.score = grp->reject_score;
            t->score = r.score;
        } else {
            r = legacy_group(s, it->index);
            if (!r.judged)
                continue;
            if (g == 0 && (grp->grader_flags & GROUP_IGNORE_SAMPLE) &&
                strcmp(s->p->groups[it->index].name, "sample") == 0)
                continue;
        }
        res.judged = true;
        sum += r.score;
        best = counted == 0 || r.score > best ? r.score : best;
        least = counted == 0 || r.score < least ? r.score : least;
        counted++;
        if (r.verdict == VERDICT_AC) {
            any_ac = true;
        } else {
            if (first_failure == VERDICT_AC)
                first_failure = r.verdict;
            if (worst == VERDICT_AC || severity(r.verdict) < severity(worst))
                worst = r.verdict;
            if (grp->stop_on_reject)
                break;
        }
    }
    /* Tests left unjudged after a break still show a score: the group's reject score. */
    for (size_t i = 0; i < s->nitems[g]; i++) {
        const struct item *it = &s->items[g][i];
        if (it->test && isnan(s->j->tests[it->index].score))
            s->j->tests[it->index].score = 0;
    }
    if (grp->grader_flags & GROUP_ALWAYS_ACCEPT)
        res.verdict = VERDICT_AC;
    else if ((grp->grader_flags & GROUP_ACCEPT_IF_ANY) && any_ac)
        res.verdict = VERDICT_AC;
    else
        res.verdict = grp->grader_flags & GROUP_FIRST_ERROR ? first_failure : worst;
    switch (grp->grading) {
    case GROUP_MIN:
        res.score = least;
        break;
    case GROUP_MAX:
        res.score = best;
        break;
    case GROUP_AVG:
        res.score = counted ? sum / (double)counted : 0;
        break;
    default:
        res.score = sum;
        break;
    }
    return res;
}

void icpc_score(const struct problem *p, struct judgement *j)
{
    if (!p->scoring || p->format != PROBLEM_ICPC || p->ngroups == 0 || !j->tests)
        return;
    struct scorer s;
    scorer_init(&s, p, j);
    /* A validator's score.txt is untrusted: a score that is not finite or beyond
     * ICPC_MAX_SCORE is a judge error for its test (never "score inf"), and counts for nothing
     * so that no sum overflows. */
    for (size_t t = 0; t < p->ntests && t < j->total; t++) {
        struct test_result *r = &j->tests[t];
        if (isnan(r->score) || (isfinite(r->score) && fabs(r->score) <= ICPC_MAX_SCORE))
            continue;
        judge_error(&s, "test %s: score.txt says %g, not a finite score of at most %g",
                    p->tests[t].name, r->score, ICPC_MAX_SCORE);
        snprintf(r->message, sizeof(r->message),
                 "judge error: the validator's score.txt says %g, not a finite score of at most %g",
                 r->score, ICPC_MAX_SCORE);
        r->verdict = VERDICT_SE;
        r->score = 0;
    }
    if (strcmp(p->format_version ? p->format_version : "legacy", "legacy") == 0) {
        struct legacy_result r = legacy_group(&s, 0);
        /* The score of a result that is not accepted is ignored. */
        j->score = r.verdict == VERDICT_AC ? r.score : 0;
    } else {
        int secret = find_group(p, "secret");
        for (size_t t = 0; t < p->ntests; t++) {
            if (p->tests[t].sample)
                j->tests[t].score = 0; /* samples never count */
        }
        j->score = 0;
        if (secret >= 0) {
            s.max[secret] = p->groups[secret].unbounded ? 0 : p->groups[secret].points;
            s.unbounded[secret] = p->groups[secret].unbounded;
            infer_max(&s, secret);
            j->score = modern_group_score(&s, secret);
        }
    }
    for (size_t t = 0; t < p->ntests; t++) {
        if (isnan(j->tests[t].score))
            j->tests[t].score = 0;
    }
    if (s.error[0]) {
        if (!j->error)
            j->error = xasprintf("scoring: %s", s.error);
        j->verdict = VERDICT_SE;
    }
    scorer_release(&s);
}

int icpc_parse_score(const char *text, double *score, char *err, size_t errlen)
{
    const char *at = text;
    while (*at == ' ' || *at == '\t' || *at == '\n' || *at == '\r')
        at++;
    size_t len = strcspn(at, " \t\n\r");
    const char *rest = at + len;
    while (*rest == ' ' || *rest == '\t' || *rest == '\n' || *rest == '\r')
        rest++;
    char *end = NULL;
    errno = 0;
    /* Decimal only: no hex, no nan or inf spelled out. */
    bool decimal = len > 0 && len < 64 && strspn(at, "0123456789+-.eE") >= len;
    double v = decimal ? strtod(at, &end) : NAN;
    if (len == 0 || *rest || !end || end != at + len)
        return set_error(err, errlen, "score.txt holds '%.*s', not a number",
                         (int)(len > 40 ? 40 : len), at);
    if (!isfinite(v) || fabs(v) > ICPC_MAX_SCORE)
        return set_error(err, errlen, "score.txt holds '%.*s', not a finite score of at most %g",
                         (int)(len > 40 ? 40 : len), at, ICPC_MAX_SCORE);
    *score = v;
    return 0;
}

/* ---- folders ---- */

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

char **icpc_list_programs(const char *dir, size_t *count)
{
    *count = 0;
    DIR *d = opendir(dir);
    if (!d) {
        if (errno == ENOENT || errno == ENOTDIR)
            return xcalloc(1, sizeof(char *));
        return NULL;
    }
    size_t n = 0, cap = 8;
    char **names = xcalloc(cap, sizeof(char *));
    struct dirent *de;
    while ((de = readdir(d))) {
        if (de->d_name[0] == '.')
            continue;
        if (n + 1 == cap) {
            cap *= 2;
            names = xrealloc(names, cap * sizeof(char *));
        }
        names[n++] = xstrdup(de->d_name);
    }
    closedir(d);
    names[n] = NULL;
    qsort(names, n, sizeof(char *), compare_names);
    *count = n;
    return names;
}

void icpc_names_free(char **names)
{
    for (char **n = names; n && *n; n++)
        free(*n);
    free(names);
}

const char *icpc_statement_dir(const struct problem *p)
{
    static const char *const dirs[] = {"problem_statement", "statement"};
    for (size_t i = 0; i < sizeof(dirs) / sizeof(dirs[0]); i++) {
        char *dir = path_join(p->dir, dirs[i]);
        size_t n;
        char **names = icpc_list_programs(dir, &n);
        bool found = false;
        for (size_t k = 0; names && k < n && !found; k++) {
            const char *name = names[k];
            found = strncmp(name, "problem", 7) == 0 &&
                    (ends_with(name, ".tex") || ends_with(name, ".md") || ends_with(name, ".pdf"));
        }
        icpc_names_free(names);
        free(dir);
        if (found)
            return dirs[i];
    }
    return NULL;
}
