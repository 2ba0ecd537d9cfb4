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

/* A rule reading the reason of a run-time error from what a program wrote on stderr
 * ("runtime_errors" in languages.json; see docs/languages.md). */
struct lang_error_rule {
    char *match;      /* a POSIX extended regular expression over the whole of stderr (newlines
                         are only matched by a newline in the pattern; ^ and $ match at lines'
                         ends); {file} stands for any of the user's source files */
    char *show;       /* what to show: \0 the match, \1 .. \9 its groups; NULL: \0 */
    bool last;        /* the last match in stderr (Python: the final traceback), else the first */
    char *frame;      /* optional: where in the user's code, matched as `match` */
    char *frame_show; /* how to show it; NULL: \0 */
    bool frame_last;  /* the last frame (Python: the innermost call), else the first (Java) */
};

struct language {
    char *id;            /* "cpp" */
    char *name;          /* "C++" */
    char **extensions;   /* ".cpp", ".cc" (NULL-ended) */
    char *pch_header;    /* a header worth precompiling ("bits/stdc++.h"), or NULL */
    char **pch_compile;  /* how: argv template ({source} the header to compile, {output}
                            where the precompiled header goes); the flags must be compile's */
    char *source;        /* the name the user's file gets in /prog: "solution.cpp"; for Java
                            "{class}.java" (a program given as a directory keeps its names) */
    char **entry;        /* a directory program's default entry points, first found wins:
                            "main.py", "__main__.py" (NULL-ended; NULL when none) */
    char **compile;      /* argv template, or NULL: no compile step */
    char **check;        /* for languages without compile: a syntax check (argv), or NULL */
    char **run;          /* argv template */
    char **artifacts;    /* what the compile step leaves in /box for the run: names or "*.ext" */
    char **env;          /* extra environment for compile and run, "VAR=value" */
    char **bind_ro;      /* extra read-only host paths for compile and run */
    char **mle_patterns; /* stderr text meaning the runtime ran out of memory */
    struct lang_error_rule *error_rules; /* the reason of a run-time error, tried in order */
    size_t nerror_rules;
    bool harness_with_sources; /* "harness_compile": "with-sources": a function-style
                                  problem's harness is compiled with the user's sources
                                  (Java, Go); else alone, including them (C, C++, Rust) */
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

/* Values substituted in command templates. An argument that is exactly "{sources}" or
 * "{files}" becomes one argument per file (none when the list is empty; {main} alone when
 * the list is NULL). */
struct lang_vars {
    const char *source;   /* {source}: /prog/solution.cpp (a directory's: its entry point) */
    const char *main;     /* {main}: the entry file (the harness, or the source) */
    const char *klass;    /* {class}: Java's main class */
    long memory_mb;       /* {memory_mb} */
    char *const *sources; /* {sources}: the user's source files in the language (NULL-ended):
                             the one file, or every one of a directory program */
    char *const *files;   /* {files}: what the compiler is given: the harness's main file
                             when there is one (it includes the user's), else {sources} */
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

/*
 * Java's rules (docs/languages.md), from the top-level types of a source file (classes,
 * interfaces, enums, records at brace depth 0; comments, strings and characters skipped):
 *   - lang_java_class(): the name the file must have, without ".java": its public top-level
 *     type, else the one declaring `static void main(`, else its first type, else "Main";
 *   - lang_java_main_class(): the class to run: the only top-level type declaring
 *     `static void main(`, public or not; of several, the public one. Returns 0 with a
 *     malloc'ed name in *out, 1 when no type declares main (*out NULL), -1 when several do
 *     and none of them is the public one (err names them).
 * All malloc'ed.
 */
char *lang_java_class(const char *source_text);
int lang_java_main_class(const char *source_text, char **out, char *err, size_t errlen);

/* Where a Java source declares its package (`package a.b;`, at the top level, before any
 * type): 1 with [*start, *end) the declaration's bytes and a malloc'ed copy of the package's
 * name in *name; 0 when it has none. */
int lang_java_package(const char *source_text, size_t *start, size_t *end, char **name);

/*
 * The reason of a run-time error from what the program wrote on stderr, as the language's
 * runtime_errors rules read it: the first rule that matches gives its `show`, followed by
 * " (FRAME)" when its frame matches too. files are the /prog names of the user's source
 * files ({file}; NULL-ended). Returns a malloc'ed line (control characters turned into spaces,
 * at most LANG_REASON_MAX bytes), or NULL when no rule matches.
 */
#define LANG_REASON_MAX 200
char *lang_error_reason(const struct language *lang, const char *stderr_text, char *const *files);

/* Whether the language's commands name one entry file or class ({main}, {class}): Python,
 * Java, JavaScript, Rust. C, C++ and Go compile every source ({files}) and need none. */
bool lang_needs_entry(const struct language *lang);

/* Whether the file's name ends with one of the language's extensions. */
bool lang_has_extension(const struct language *lang, const char *name);

/*
 * The entry point of a program given as a directory, among its source files in the language
 * (names[0..n), sorted; texts[i] each one's content, or NULL where unread), as the format's
 * languages table says:
 *   1. `named`, the package's choice (submissions.yaml `entrypoint`), when not NULL: a file
 *      name, or one without its extension (Java's class "Main" is Main.java);
 *   2. the language's default entry points, in order (main.py, then __main__.py: Python's
 *      own entry of a directory, as the format's validators use it; Main.java; main.js ...);
 *   3. the only source file;
 *   4. for a checker, validator or interactor (helper), the only file named like one
 *      (validator, checker, interactor), as the judge has always picked them;
 *   5. Java: the only file that declares `static void main(`.
 * Returns the index into names, or -1 with a one-line reason in err naming the files
 * ("no main.py among 3 Python 3 files (a.py, b.py, c.py): name the entry point main.py").
 */
int lang_entry_point(const struct language *lang, const char *const *names,
                     const char *const *texts, size_t n, const char *named, bool helper, char *err,
                     size_t errlen);

/* Whether Java source text declares a `static void main(` method (comments and strings
 * skipped). */
bool lang_java_has_main(const char *source_text);

#endif
