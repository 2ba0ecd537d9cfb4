/* catalog.c: listing the problem library and the user's state on each problem. */
#define _GNU_SOURCE
#include "judge/catalog.h"
#include "judge/pkgfile.h"
#include "judge/problem.h"
#include "judge/util.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

static char **copy_list(char *const *src, size_t n)
{
    char **out = xcalloc(n + 1, sizeof(char *));
    for (size_t i = 0; i < n; i++)
        out[i] = xstrdup(src[i]);
    return out;
}

static void free_list(char **list)
{
    for (char **p = list; p && *p; p++)
        free(*p);
    free(list);
}

static void fill_entry(struct catalog_entry *e, const struct problem *p)
{
    e->title = xstrdup(p->title ? p->title : p->id);
    e->tags = copy_list(p->tags, p->ntags);
    e->ntags = p->ntags;
    e->difficulty = p->difficulty ? xstrdup(p->difficulty) : NULL;
    e->function = p->nharness > 0;
    e->languages = xcalloc(p->nharness + 1, sizeof(char *));
    for (size_t i = 0; i < p->nharness; i++)
        e->languages[i] = xstrdup(p->harness[i].language);
    e->interactive = p->interaction != INTERACTION_NONE;
    e->icpc = p->format == PROBLEM_ICPC;
    e->time_limit_ms = p->time_limit_ms;
    e->memory_limit_mb = p->memory_limit_mb;
    e->tests = p->ntests;
    for (size_t i = 0; i < p->ntests; i++)
        e->samples += p->tests[i].sample;
}

void catalog_entry_load(struct catalog_entry *e, const char *id, const char *path)
{
    memset(e, 0, sizeof(*e));
    e->id = xstrdup(id);
    e->path = xstrdup(path);
    struct problem p;
    char why[1024];
    if (problem_load(path, &p, why, sizeof(why)) < 0) {
        e->error = xstrdup(why);
        e->title = xstrdup(e->id);
        e->tags = xcalloc(1, sizeof(char *));
        e->languages = xcalloc(1, sizeof(char *));
        return;
    }
    fill_entry(e, &p);
    problem_release(&p);
}

void catalog_entry_release(struct catalog_entry *e)
{
    free(e->id);
    free(e->path);
    free(e->title);
    free_list(e->tags);
    free(e->difficulty);
    free_list(e->languages);
    free(e->error);
    memset(e, 0, sizeof(*e));
}

const char *catalog_style_name(const struct catalog_entry *e)
{
    return e->error         ? "broken"
           : e->interactive ? "interactive"
           : e->function    ? "function"
                            : "program";
}

static int compare_entries(const void *a, const void *b)
{
    const struct catalog_entry *x = a, *y = b;
    return strcmp(x->id, y->id);
}

int catalog_load(struct catalog *c, const char *problems_dir, char *err, size_t errlen)
{
    memset(c, 0, sizeof(*c));
    c->dir = problem_library_dir(problems_dir);
    if (!c->dir)
        return set_error(err, errlen,
                         "no problem library found (use --problems DIR or JUDGE_PROBLEMS)");
    DIR *d = opendir(c->dir);
    if (!d) {
        set_error(err, errlen, "%s: %s", c->dir, strerror(errno));
        catalog_release(c);
        return -1;
    }
    size_t cap = 0, seen = 0;
    struct dirent *de;
    int ret = 0;
    while ((de = readdir(d))) {
        if (de->d_name[0] == '.' || strcmp(de->d_name, "weeks") == 0)
            continue;
        if (++seen > CATALOG_MAX) {
            ret = set_error(err, errlen, "%s: more than %d entries", c->dir, CATALOG_MAX);
            break;
        }
        char *path = path_join(c->dir, de->d_name);
        char *json = path_join(path, "problem.json"), *yaml = path_join(path, "problem.yaml");
        struct pkg_entry ej, ey;
        pkg_stat(path, json, &ej);
        pkg_stat(path, yaml, &ey);
        free(json);
        free(yaml);
        if (!is_dir(path) || (ej.kind == PKG_MISSING && ey.kind == PKG_MISSING)) {
            free(path);
            continue; /* not a package */
        }
        if (c->count == cap) {
            cap = cap ? 2 * cap : 32;
            c->entries = xrealloc(c->entries, cap * sizeof(*c->entries));
        }
        catalog_entry_load(&c->entries[c->count++], de->d_name, path);
        free(path);
    }
    closedir(d);
    if (ret < 0) {
        catalog_release(c);
        return -1;
    }
    if (c->count)
        qsort(c->entries, c->count, sizeof(*c->entries), compare_entries);
    return 0;
}

void catalog_release(struct catalog *c)
{
    for (size_t i = 0; i < c->count; i++)
        catalog_entry_release(&c->entries[i]);
    free(c->entries);
    free(c->dir);
    memset(c, 0, sizeof(*c));
}

void catalog_apply_history(struct catalog *c, const struct hist_submission *rows, size_t n)
{
    for (size_t i = 0; i < c->count; i++) {
        c->entries[i].state = CATALOG_NEW;
        c->entries[i].attempts = 0;
    }
    for (size_t k = 0; k < n; k++) {
        struct catalog_entry *e = (struct catalog_entry *)catalog_find(c, rows[k].problem);
        if (!e)
            continue;
        e->attempts++;
        if (strcmp(rows[k].verdict, "AC") == 0)
            e->state = CATALOG_SOLVED;
        else if (e->state == CATALOG_NEW)
            e->state = CATALOG_TRIED;
    }
}

const struct catalog_entry *catalog_find(const struct catalog *c, const char *id)
{
    struct catalog_entry key = {.id = (char *)id};
    if (!c->count)
        return NULL;
    return bsearch(&key, c->entries, c->count, sizeof(*c->entries), compare_entries);
}

bool catalog_has_tag(const struct catalog_entry *e, const char *tag)
{
    for (size_t i = 0; i < e->ntags; i++) {
        if (strcmp(e->tags[i], tag) == 0)
            return true;
    }
    return false;
}

const char *catalog_state_name(enum catalog_state s)
{
    return s == CATALOG_SOLVED ? "solved" : s == CATALOG_TRIED ? "tried" : "new";
}

cJSON *catalog_entry_json(const struct catalog_entry *e)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "id", e->id);
    cJSON_AddStringToObject(o, "title", e->title);
    cJSON *tags = cJSON_AddArrayToObject(o, "tags");
    for (size_t i = 0; i < e->ntags; i++)
        cJSON_AddItemToArray(tags, cJSON_CreateString(e->tags[i]));
    if (e->difficulty)
        cJSON_AddStringToObject(o, "difficulty", e->difficulty);
    else
        cJSON_AddNullToObject(o, "difficulty");
    cJSON_AddBoolToObject(o, "function", e->function);
    cJSON *langs = cJSON_AddArrayToObject(o, "function_languages");
    for (char **l = e->languages; l && *l; l++)
        cJSON_AddItemToArray(langs, cJSON_CreateString(*l));
    cJSON_AddBoolToObject(o, "interactive", e->interactive);
    cJSON_AddStringToObject(o, "format", e->icpc ? "icpc" : "native");
    cJSON_AddNumberToObject(o, "time_limit_ms", (double)e->time_limit_ms);
    cJSON_AddNumberToObject(o, "memory_limit_mb", (double)e->memory_limit_mb);
    cJSON_AddNumberToObject(o, "samples", (double)e->samples);
    cJSON_AddNumberToObject(o, "tests", (double)e->tests);
    cJSON_AddStringToObject(o, "state", catalog_state_name(e->state));
    cJSON_AddNumberToObject(o, "attempts", e->attempts);
    if (e->error)
        cJSON_AddStringToObject(o, "error", e->error);
    else
        cJSON_AddNullToObject(o, "error");
    return o;
}
