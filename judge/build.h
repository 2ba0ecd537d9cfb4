/* build.h: turning source files into a program that a box can run (compile, or check). */
#ifndef JUDGE_BUILD_H
#define JUDGE_BUILD_H

#include "judge/lang.h"
#include "sandbox/sandbox.h"

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

/*
 * A program's files live in one anonymous memory file (nothing is left on disk, and a program
 * of thousands of files costs one descriptor), one after another, with an index.
 */
struct program_file {
    char *name;   /* its name in /prog: one path component */
    off_t offset; /* where its content starts in the program's memory file */
    off_t size;
    bool executable;
};

/* A program ready to run: the files for /prog and the command. */
struct program {
    struct language *lang;
    int fd;                     /* the memfd holding every file's content; -1 when none */
    off_t size;                 /* bytes used in fd (the end of the last file) */
    struct program_file *files; /* files[0] is the source ({source}) */
    size_t nfiles;
    char *klass;        /* Java's class */
    char **bind_ro;     /* NULL-ended */
    char *display_name; /* the user's file name, for messages */
};

/*
 * Bounds on what a compile step may leave for the run, in number of files and bytes: a
 * program beyond either is a compile error (CE) whose message names the bound, never a judge
 * failure. A real program is far below them (a Java program of 5,000 classes is 2 MiB). The
 * box's /prog holds a program at both bounds with its sources (sandbox/mounts.c: PROG_INODES
 * is 12,288; its 256 MiB of space take 128 MiB, up to a page per file of rounding, 40 MiB, and
 * the sources, at most 66 MiB), and the compile box's scratch space holds more files than the
 * bound (SCRATCH_INODES), so that the bound, not a full disk, is what a program meets.
 */
#define PROGRAM_MAX_COMPILED_FILES 10000
#define PROGRAM_MAX_COMPILED_BYTES (128L << 20)

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

#define SOURCE_MAX_BYTES (1L << 20) /* the largest source file (and harness) accepted */
/* The files that come along with a checker's source (its folder's other files): at most
 * this many, of at most this many bytes in all; beyond either the package is refused. */
#define EXTRA_FILES_MAX       64
#define EXTRA_FILES_MAX_BYTES (64L << 20)

/* Builds a program in a fresh compile box (compile, or a syntax check, or nothing).
 * Returns 0 with *outcome (ok, or the compile error for the user: also a program beyond the
 * PROGRAM_MAX_COMPILED_* bounds) and *prog to release, -1 for the user's mistake with a
 * message in err (missing file, source too large, missing toolchain), or -2 when the judge
 * failed (err says why). On -1 and -2, *prog and *outcome are left empty. */
int build_program(struct language *lang, const struct build_input *in, struct program *prog,
                  struct build_outcome *outcome, char *err, size_t errlen);

/* Copies the program's files into a box's /prog, one descriptor at a time. 0 or -errno. */
int program_install(const struct program *prog, struct sbx_box *box);

/* The command to run it, for a memory limit (for {memory_mb}); free with lang_argv_free. */
char **program_command(const struct program *prog, long memory_mb);

/* Frees the program's contents and leaves it empty (releasing it again is harmless). */
void program_release(struct program *prog);
void build_outcome_release(struct build_outcome *o);

/* Builds a checker, validator or interactor once per content: the built program is kept in
 * the cache area "checkers" (judge/cache.h: $XDG_CACHE_HOME/judge/checkers/<key>), keyed by
 * a SHA-256 of the language, its compile command and the full content of every source file
 * compiled, verified when read back and rebuilt when it does not match. Arguments as
 * build_program; a compile error, or a cache directory that is not safe to use (another
 * user's, writable by others), is reported as -1 with a one-line message in err. */
int build_cached(struct language_set *langs, const char *source, struct program *prog, char *err,
                 size_t errlen);

#endif
