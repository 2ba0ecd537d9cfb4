/* catalog.h: the problem library as a list: each package's summary and the user's state on it. */
#ifndef JUDGE_CATALOG_H
#define JUDGE_CATALOG_H

#include "judge/history.h"

#include <cjson/cJSON.h>
#include <stdbool.h>
#include <stddef.h>

/* Packages listed from one library at most (its directories are walked once). */
#define CATALOG_MAX 10000

enum catalog_state {
    CATALOG_NEW,    /* no submission */
    CATALOG_TRIED,  /* submissions, none accepted */
    CATALOG_SOLVED, /* an accepted submission */
};

struct catalog_entry {
    char *id;
    char *path;
    char *title;
    char **tags; /* NULL-ended */
    size_t ntags;
    char *difficulty; /* "easy", "medium", "hard", or NULL */
    bool function;    /* function-style: the package has harnesses */
    char **languages; /* function-style: the languages with a harness (NULL-ended) */
    bool interactive;
    bool icpc;
    long time_limit_ms; /* 0: derived (ICPC) */
    long memory_limit_mb;
    size_t samples, tests;
    char *error; /* the package does not load: the loader's message (the rest is empty) */
    enum catalog_state state;
    int attempts;
};

struct catalog {
    struct catalog_entry *entries; /* by id */
    size_t count;
    char *dir; /* the library */
};

/*
 * Lists every package of the library (problem_library_dir(problems_dir)): each directory
 * holding a problem.json or a problem.yaml (weeks/ and hidden names aside), loaded to read
 * its summary. A package that does not load is listed with its error, not refused. Returns 0,
 * or -1 with err when there is no library or it cannot be read. Release with catalog_release.
 */
int catalog_load(struct catalog *c, const char *problems_dir, char *err, size_t errlen);
void catalog_release(struct catalog *c);

/*
 * The summary of one package, as catalog_load lists it: id is its name, path its directory.
 * A package that does not load has its error (e->error) and its id as title, the rest empty.
 * Release with catalog_entry_release.
 */
void catalog_entry_load(struct catalog_entry *e, const char *id, const char *path);
void catalog_entry_release(struct catalog_entry *e);

/* What the entry asks for: "function" (function-style: a harness for some language),
 * "program", "interactive", or "broken" (it does not load). */
const char *catalog_style_name(const struct catalog_entry *e);

/* Sets each entry's state and attempts from the user's history rows (any order). */
void catalog_apply_history(struct catalog *c, const struct hist_submission *rows, size_t n);

/* The entry of that id, or NULL. */
const struct catalog_entry *catalog_find(const struct catalog *c, const char *id);

/* Whether the entry has the tag. */
bool catalog_has_tag(const struct catalog_entry *e, const char *tag);

/* "new", "tried", "solved". */
const char *catalog_state_name(enum catalog_state s);

/* An entry as JSON (docs/json.md); the caller deletes it. */
cJSON *catalog_entry_json(const struct catalog_entry *e);

#endif
