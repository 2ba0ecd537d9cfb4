/* build.h: turning source files into a program that a box can run (compile, or check). */
#ifndef JUDGE_BUILD_H
#define JUDGE_BUILD_H

#include "judge/lang.h"
#include "sandbox/sandbox.h"

#include <stdbool.h>
#include <stddef.h>

/* A file of a program, held in an anonymous memory file so that nothing is left on disk. */
struct program_file {
    char *name; /* its name in /prog */
    int fd;     /* a memfd holding its content */
    bool executable;
};

/* A program ready to run: the files for /prog and the command. */
struct program {
    struct language *lang;
    struct program_file *files;
    size_t nfiles;
    char *klass;        /* Java's class */
    char **bind_ro;     /* NULL-ended */
    char *display_name; /* the user's file name, for messages */
};

/* What to build. */
struct build_input {
    const char *source_path;  /* the user's file (or the checker's main source) */
    const char *display_name; /* how messages name it: "two-sum.cpp" */
    const char *harness_path; /* function-style: the harness's main file, or NULL */
    const char *extra_dir;    /* a directory whose other files come along (headers), or NULL */
};

struct build_outcome {
    bool ok;
    char *message; /* the compiler's output, cleaned and truncated; "" when none */
    long time_ms;
};

#define SOURCE_MAX_BYTES (1L << 20) /* the largest source file accepted */

/* Builds a program in a fresh compile box (compile, or a syntax check, or nothing).
 * Returns 0 with *outcome (ok, or the compile error for the user), -1 for the user's
 * mistake with a message in err (missing file, source too large, missing toolchain), or -2
 * when the judge failed (err says why). */
int build_program(struct language *lang, const struct build_input *in, struct program *prog,
                  struct build_outcome *outcome, char *err, size_t errlen);

/* Copies the program's files into a box's /prog. 0 or -errno. */
int program_install(const struct program *prog, struct sbx_box *box);

/* The command to run it, for a memory limit (for {memory_mb}); free with lang_argv_free. */
char **program_command(const struct program *prog, long memory_mb);

void program_release(struct program *prog);
void build_outcome_release(struct build_outcome *o);

/* Builds a checker, validator or interactor once per content: the built files are kept in
 * $XDG_CACHE_HOME/judge/checkers/<hash>/ and reused. Arguments as build_program; a compile
 * error is reported as -1 with the compiler's message in err (a broken package). */
int build_cached(struct language_set *langs, const char *source, struct program *prog, char *err,
                 size_t errlen);

#endif
