/* lang.h: the languages a solution can be written in, read from the languages file. */
#ifndef JUDGE_LANG_H
#define JUDGE_LANG_H

#include "sandbox/sandbox.h"

#include <stdbool.h>
#include <stddef.h>

/* A tool a language needs (a compiler, an interpreter), found at run time. */
struct lang_tool {
    char *name;        /* used as {name} in commands */
    char **candidates; /* paths to try in order; globs and ~ allowed */
    char *path;        /* the one found, after lang_resolve() */
};

struct language {
    char *id;            /* "cpp" */
    char *name;          /* "C++" */
    char **extensions;   /* ".cpp", ".cc" (NULL-ended) */
    char *source;        /* the name the user's file gets in /prog: "solution.cpp"; for Java
                            "{class}.java" */
    char **compile;      /* argv template, or NULL: no compile step */
    char **check;        /* for languages without compile: a syntax check (argv), or NULL */
    char **run;          /* argv template */
    char **artifacts;    /* what the compile step leaves in /box for the run: names or "*.ext" */
    char **env;          /* extra environment for compile and run, "VAR=value" */
    char **bind_ro;      /* extra read-only host paths for compile and run */
    char **mle_patterns; /* stderr text meaning the runtime ran out of memory */
    struct lang_tool *tools;
    size_t ntools;
    enum sbx_profile profile;
    enum sbx_memory_mode memory_mode;
    enum sbx_memory_mode compile_memory_mode;
    long compile_time_ms;
    long compile_memory_mb;
    bool resolved;
};

struct language_set {
    struct language *langs;
    size_t count;
    char *path; /* where it was read from */
};

/* Values substituted in command templates. */
struct lang_vars {
    const char *source; /* {source}: /prog/solution.cpp */
    const char *main;   /* {main}: the entry file (the harness, or the source) */
    const char *klass;  /* {class}: Java's main class */
    long memory_mb;     /* {memory_mb} */
};

/* Reads the languages file: path if given, else $JUDGE_LANGUAGES, else
 * $XDG_CONFIG_HOME/judge/languages.json (or ~/.config/...), else the one installed with the
 * judge. Returns 0, or -1 with a message naming the file and the field. */
int lang_load(struct language_set *set, const char *path, char *err, size_t errlen);
void lang_set_release(struct language_set *set);

const struct language *lang_by_id(const struct language_set *set, const char *id);
/* The language of a file, from its extension; NULL when none matches. */
const struct language *lang_for_file(const struct language_set *set, const char *file);

/* Finds the language's tools: the first candidate that is an executable file, by its real
 * path when it or its target lies outside the system directories. Returns 0, or -1 with
 * "Rust needs rustc, which is not installed (looked for ...)" in err. */
int lang_resolve(struct language *lang, char *err, size_t errlen);

/* Expands a command template; returns a malloc'ed NULL-ended argv (free with
 * lang_argv_free). {tool} names expand to the tool's path. */
char **lang_expand(const struct language *lang, char *const *tmpl, const struct lang_vars *v);
void lang_argv_free(char **argv);

/* The read-only paths the language needs: its bind_ro plus, for each tool outside the
 * system directories, what its toolchain needs: its bin/ and the subdirectories of its root,
 * never a home directory nor a directory holding dotfiles or credentials (see lang.c). A
 * tool outside the system directories is run by its real path (lang_resolve). NULL-ended,
 * malloc'ed; free with lang_argv_free. */
char **lang_bind_paths(const struct language *lang);

/* Java's rule: the name of the file's public class, else "Main". Malloc'ed. */
char *lang_java_class(const char *source_text);

#endif
