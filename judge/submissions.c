/* submissions.c: reading an ICPC package's submissions.yaml for a submission's entry point. */
#define _GNU_SOURCE
#include "judge/submissions.h"
#include "judge/pkgfile.h"
#include "judge/util.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#define FILE_MAX    (1 << 20)
#define MAX_DEPTH   32     /* as the other settings files (icpc.c) */
#define MAX_EVENTS  100000 /* likewise */
#define PATTERN_MAX 4096   /* longer keys match no path the judge makes */

/* ---- glob patterns ---- */

#define FILE_EXPANSIONS 20000 /* brace alternatives expanded for one whole file */

struct expansions {
    char **items;
    size_t count;
    size_t budget; /* strings it may still make */
};

/* Appends every expansion of pattern's brace alternatives; -1 past the budget. */
static int expand(const char *pattern, struct expansions *out)
{
    if (out->budget == 0)
        return -1;
    out->budget--;
    const char *open = NULL, *close = NULL;
    int depth = 0;
    for (const char *p = pattern; *p && !close; p++) {
        if (*p == '{' && depth++ == 0)
            open = p;
        else if (*p == '}' && depth > 0 && --depth == 0)
            close = p;
    }
    if (!close) {
        out->items = xrealloc(out->items, (out->count + 1) * sizeof(char *));
        out->items[out->count++] = xstrdup(pattern);
        return 0;
    }
    /* Each top-level alternative between open and close. */
    const char *start = open + 1;
    depth = 0;
    for (const char *p = start;; p++) {
        if (*p == '{')
            depth++;
        else if (*p == '}' && p != close)
            depth--;
        else if ((*p == ',' && depth == 0) || p == close) {
            char *alt = xasprintf("%.*s%.*s%s", (int)(open - pattern), pattern, (int)(p - start),
                                  start, close + 1);
            int r = expand(alt, out);
            free(alt);
            if (r < 0)
                return -1;
            start = p + 1;
            if (p == close)
                break;
        }
    }
    return 0;
}

static void expansions_release(struct expansions *e)
{
    for (size_t i = 0; i < e->count; i++)
        free(e->items[i]);
    free(e->items);
}

/* One path component against one pattern component: `*` any run, `?` any one character. The
 * greedy match with one backtrack point: O(length x length), never exponential. */
static bool component_match(const char *p, size_t pl, const char *s, size_t sl)
{
    size_t pi = 0, si = 0, star = (size_t)-1, mark = 0;
    while (si < sl) {
        if (pi < pl && (p[pi] == '?' || p[pi] == s[si])) {
            pi++;
            si++;
        } else if (pi < pl && p[pi] == '*') {
            star = pi++;
            mark = si;
        } else if (star != (size_t)-1) {
            pi = star + 1;
            si = ++mark;
        } else {
            return false;
        }
    }
    while (pi < pl && p[pi] == '*')
        pi++;
    return pi == pl;
}

/* The pattern against the first `len` bytes of path, component by component. */
static bool path_match(const char *pattern, const char *path, size_t len)
{
    const char *p = pattern, *s = path, *end = path + len;
    for (;;) {
        size_t pl = strcspn(p, "/");
        const char *slash = memchr(s, '/', (size_t)(end - s));
        size_t sl = slash ? (size_t)(slash - s) : (size_t)(end - s);
        if (!component_match(p, pl, s, sl))
            return false;
        if (!p[pl] || !slash)
            return !p[pl] && !slash;
        p += pl + 1;
        s = slash + 1;
    }
}

/* 2 when the pattern names rel itself, 1 a folder above it, 0 neither; -1 past the budget. */
static int glob_match(const char *pattern, const char *rel, size_t *budget)
{
    struct expansions e = {.budget = *budget};
    if (strlen(pattern) > PATTERN_MAX || expand(pattern, &e) < 0) {
        expansions_release(&e);
        return -1;
    }
    *budget = e.budget;
    int best = 0;
    size_t len = strlen(rel);
    for (size_t i = 0; i < e.count && best < 2; i++) {
        if (path_match(e.items[i], rel, len)) {
            best = 2;
            break;
        }
        for (const char *slash = strchr(rel, '/'); slash && !best; slash = strchr(slash + 1, '/'))
            best = path_match(e.items[i], rel, (size_t)(slash - rel)) ? 1 : 0;
    }
    expansions_release(&e);
    return best;
}

int submissions_glob_match(const char *pattern, const char *rel)
{
    size_t budget = SUBMISSIONS_MAX_EXPANSIONS;
    return glob_match(pattern, rel, &budget);
}

/* ---- the file, as a stream of events ---- */

struct reader {
    yaml_parser_t parser;
    const char *path;
    size_t events;
    int depth;
    char *err;
    size_t errlen;
};

/* The next event, within the bounds; -1 with err set. */
static int next_event(struct reader *r, yaml_event_t *ev)
{
    if (!yaml_parser_parse(&r->parser, ev))
        return set_error(r->err, r->errlen, "%s:%zu:%zu: malformed YAML: %s", r->path,
                         r->parser.problem_mark.line + 1, r->parser.problem_mark.column + 1,
                         r->parser.problem ? r->parser.problem : "syntax error");
    if (++r->events > MAX_EVENTS) {
        yaml_event_delete(ev);
        return set_error(r->err, r->errlen, "%s: more than %d YAML nodes", r->path, MAX_EVENTS);
    }
    if (ev->type == YAML_SEQUENCE_START_EVENT || ev->type == YAML_MAPPING_START_EVENT) {
        if (++r->depth > MAX_DEPTH) {
            size_t line = ev->start_mark.line + 1;
            yaml_event_delete(ev);
            return set_error(r->err, r->errlen,
                             "%s:%zu: nested deeper than %d levels of maps and lists", r->path,
                             line, MAX_DEPTH);
        }
    } else if (ev->type == YAML_SEQUENCE_END_EVENT || ev->type == YAML_MAPPING_END_EVENT) {
        r->depth--;
    }
    return 0;
}

/* Skips the rest of the node that ev starts (ev is deleted). */
static int skip_node(struct reader *r, yaml_event_t *ev)
{
    int depth = ev->type == YAML_SEQUENCE_START_EVENT || ev->type == YAML_MAPPING_START_EVENT;
    yaml_event_delete(ev);
    while (depth > 0) {
        yaml_event_t e;
        if (next_event(r, &e) < 0)
            return -1;
        if (e.type == YAML_SEQUENCE_START_EVENT || e.type == YAML_MAPPING_START_EVENT)
            depth++;
        else if (e.type == YAML_SEQUENCE_END_EVENT || e.type == YAML_MAPPING_END_EVENT)
            depth--;
        yaml_event_delete(&e);
    }
    return 0;
}

static bool is_scalar(const yaml_event_t *ev, const char *text)
{
    return ev->type == YAML_SCALAR_EVENT && strcmp((const char *)ev->data.scalar.value, text) == 0;
}

/* What the pattern's map says: its `entrypoint`, into *entry (malloc'ed) with its line. */
static int read_settings(struct reader *r, char **entry, size_t *line)
{
    for (;;) {
        yaml_event_t key;
        if (next_event(r, &key) < 0)
            return -1;
        if (key.type == YAML_MAPPING_END_EVENT) {
            yaml_event_delete(&key);
            return 0;
        }
        bool wanted = is_scalar(&key, "entrypoint");
        if (skip_node(r, &key) < 0)
            return -1;
        yaml_event_t value;
        if (next_event(r, &value) < 0)
            return -1;
        if (wanted && value.type == YAML_SCALAR_EVENT) {
            free(*entry);
            *entry = xstrdup((const char *)value.data.scalar.value);
            *line = value.start_mark.line + 1;
        }
        if (skip_node(r, &value) < 0)
            return -1;
    }
}

int submissions_entry_point(const char *dir, const char *path, char **entry, char *err,
                            size_t errlen)
{
    *entry = NULL;
    char *top = path_join(dir, "submissions");
    size_t len = strlen(top);
    bool under = strncmp(path, top, len) == 0 && path[len] == '/' && path[len + 1];
    char *file = path_join(top, "submissions.yaml");
    char *rel = under ? xstrdup(path + len + 1) : NULL;
    while (rel && rel[0] && rel[strlen(rel) - 1] == '/')
        rel[strlen(rel) - 1] = '\0';
    free(top);
    struct pkg_entry e;
    pkg_stat(dir, file, &e);
    if (!under || e.kind == PKG_MISSING) {
        free(file);
        free(rel);
        return 0;
    }
    size_t text_len;
    char *text = pkg_read(dir, file, FILE_MAX, &text_len, err, errlen);
    if (!text) {
        free(file);
        free(rel);
        return -1;
    }

    struct reader r = {.path = file, .err = err, .errlen = errlen};
    int ret = -1, best = 0;
    size_t best_line = 0, budget = FILE_EXPANSIONS;
    if (!yaml_parser_initialize(&r.parser)) {
        set_error(err, errlen, "%s: cannot start the YAML parser", file);
        goto out_text;
    }
    yaml_parser_set_input_string(&r.parser, (const unsigned char *)text, text_len);
    yaml_event_t ev;
    /* The stream, the document, then a map of patterns (or nothing). */
    for (;;) {
        if (next_event(&r, &ev) < 0)
            goto out_parser;
        if (ev.type == YAML_MAPPING_START_EVENT || ev.type == YAML_STREAM_END_EVENT ||
            ev.type == YAML_SCALAR_EVENT || ev.type == YAML_SEQUENCE_START_EVENT)
            break;
        yaml_event_delete(&ev);
    }
    if (ev.type != YAML_MAPPING_START_EVENT) {
        bool empty = ev.type == YAML_STREAM_END_EVENT ||
                     (ev.type == YAML_SCALAR_EVENT && ev.data.scalar.length == 0);
        size_t line = ev.start_mark.line + 1;
        yaml_event_delete(&ev);
        if (!empty) {
            set_error(err, errlen, "%s:%zu: must map patterns to settings", file, line);
            goto out_parser;
        }
        ret = 0;
        goto out_parser;
    }
    yaml_event_delete(&ev);
    for (;;) {
        yaml_event_t key;
        if (next_event(&r, &key) < 0)
            goto out_parser;
        if (key.type == YAML_MAPPING_END_EVENT) {
            yaml_event_delete(&key);
            break;
        }
        int match = 0;
        if (key.type == YAML_SCALAR_EVENT) {
            match = glob_match((const char *)key.data.scalar.value, rel, &budget);
            if (match < 0) {
                set_error(err, errlen,
                          "%s:%zu: too many brace alternatives (more than %d in the file), or a "
                          "pattern longer than %d bytes",
                          file, key.start_mark.line + 1, FILE_EXPANSIONS, PATTERN_MAX);
                yaml_event_delete(&key);
                goto out_parser;
            }
        }
        if (skip_node(&r, &key) < 0)
            goto out_parser;
        yaml_event_t value;
        if (next_event(&r, &value) < 0)
            goto out_parser;
        if (value.type != YAML_MAPPING_START_EVENT || match == 0) {
            if (skip_node(&r, &value) < 0)
                goto out_parser;
            continue;
        }
        yaml_event_delete(&value);
        char *found = NULL;
        size_t line = 0;
        if (read_settings(&r, &found, &line) < 0) {
            free(found);
            goto out_parser;
        }
        if (found && match >= best) {
            free(*entry);
            *entry = found;
            best = match;
            best_line = line;
        } else {
            free(found);
        }
    }
    if (*entry && (!(*entry)[0] || strchr(*entry, '/') || strcmp(*entry, "..") == 0 ||
                   strcmp(*entry, ".") == 0)) {
        set_error(err, errlen, "%s:%zu: entrypoint must name a file of the submission (got '%s')",
                  file, best_line, *entry);
        goto out_parser;
    }
    ret = 0;
out_parser:
    yaml_parser_delete(&r.parser);
out_text:
    if (ret < 0) {
        free(*entry);
        *entry = NULL;
    }
    free(text);
    free(file);
    free(rel);
    return ret;
}
