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
    struct program_file *files; /* a single file's: files[0] is the source ({source}); a
                                   directory's: its files by name, then what was built */
    size_t nfiles;
    char *entry;        /* the entry file's name in /prog ({main}): the harness's main file,
                           the source, or a directory's entry point */
    bool directory;     /* given as a directory: its files keep their names */
    bool harness;       /* a harness came along as the entry (function-style problems) */
    char *klass;        /* Java's class */
    char **bind_ro;     /* NULL-ended */
    char *display_name; /* the user's file name, for messages */
    char *refusal;      /* why it cannot run though it may compile (Java: no class declares
                           main), a compile error's message; NULL when none */
    char *note;         /* what the judge changed, for the compile message (Java: a package
                           line left out); NULL when none */
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

/*
 * What to build. A program is one source file, or a directory of files (the format's
 * "Programs": a C++ file with its header, a Python program of several modules, a Java program
 * of several classes, a validator's folder). A directory's regular files come along under
 * their names (its subdirectories and names starting with '.' do not), at most
 * PROGRAM_DIR_MAX_FILES of them and PROGRAM_DIR_MAX_BYTES in all, each source of the
 * program's language at most SOURCE_MAX_BYTES and any other file PKG_PROGRAM_FILE_MAX. Its
 * language is its sources' (several languages: refused, naming the files); C, C++ and Go
 * compile every source together, others start from the entry point lang_entry_point() picks.
 *
 * A checker's, validator's or interactor's directory (helper) holding a `build` or `run`
 * script is built by the scripts, as the format says: `build` (when present) runs in the
 * compile box in a copy of the directory (its working directory, with sh, python3, cc and c++
 * on PATH), which must then hold an executable `run`; what the directory then holds (its
 * files, not its subdirectories) is the program, run as /prog/run with the validator's
 * arguments. Both scripts run under the compiler's seccomp profile, which lets them fork and
 * exec; everything else of the sandbox applies.
 */
struct build_input {
    const char *package_dir;  /* the problem package: the harness, and the program when
                                 from_package, are opened beneath it (pkgfile.h) */
    const char *source_path;  /* the program: a source file, or a directory */
    bool from_package;        /* the program is the package's (a checker, validator,
                                 interactor, example submission): no link out of the package
                                 is followed. Else it is the user's own: a file named on the
                                 command line is taken as it is, but a directory's entries
                                 must be regular files (no symbolic link is followed) */
    bool helper;              /* a checker, validator or interactor (build/run scripts) */
    const char *display_name; /* how messages name it: "two-sum.cpp" */
    const char *harness_path; /* function-style: the harness's main file (a package file, of
                                 package_dir), or NULL; a directory program takes none */
    const char *entry_point;  /* the package's entry point for a directory (submissions.yaml
                                 `entrypoint`), or NULL: the languages table's rule */
    /* Called about ten times a second while the compiler runs (elapsed time so far), and
     * once with -1 when it is done; NULL for none. */
    void (*on_compile)(void *ctx, long elapsed_ms);
    void *ctx;
};

struct build_outcome {
    bool ok;
    bool cached;   /* nothing was compiled: the program came from the cache of built programs */
    bool pch;      /* compiled with a precompiled header at hand (pch.h) */
    char *message; /* the compiler's output, cleaned and truncated; "" when none */
    long time_ms;
};

#define SOURCE_MAX_BYTES (1L << 20) /* the largest source file (and harness) accepted */
/* A program given as a directory: at most this many files, of at most this many bytes in
 * all; beyond either it is refused (-1, naming the directory and the bound). */
#define PROGRAM_DIR_MAX_FILES 64
#define PROGRAM_DIR_MAX_BYTES (64L << 20)

/*
 * The language of the program in: a file's from its extension; a directory's from its files'
 * extensions (a helper's directory with a `build` or `run` script is in the built-in
 * "build/run" language). Returns 0 with *lang set; 1 when no file of it is in a known
 * language (err says so: not a program the judge can build); -1 when it cannot be taken as it
 * is, with err naming the files (sources in several languages, a symbolic link, a FIFO, too
 * many files).
 */
int build_language(struct language_set *langs, const struct build_input *in, struct language **lang,
                   char *err, size_t errlen);

/* Whether path lies inside dir as the judge joins paths (dir + "/" + a relative path with no
 * ".." component): a package's own file. */
bool build_path_within(const char *dir, const char *path);

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

/* The names in /prog of the user's own source files: the single file (not a harness), or a
 * directory's files in its language. NULL-ended, malloc'ed; free with lang_argv_free. */
char **program_user_files(const struct program *prog);

/* Text a program wrote (a run-time error's reason) with the paths of the box as the user knows
 * them: the single source's /prog name as the user's file name, /prog/ and /box/ left out.
 * Malloc'ed. */
char *program_show_paths(const struct program *prog, const char *text);

/* Frees the program's contents and leaves it empty (releasing it again is harmless). */
void program_release(struct program *prog);
void build_outcome_release(struct build_outcome *o);

/* Builds a checker, validator or interactor of the package dir (source: its file or its
 * directory, inside dir) once per content: the built program is kept in the cache area
 * "checkers" (judge/cache.h: $XDG_CACHE_HOME/judge/checkers/<key>), keyed by a SHA-256 of the
 * language, its compile command, the entry point and the full content, name and mode of every
 * file gathered, verified when read back and rebuilt when it does not match. A compile error
 * (a build script that fails), or a cache directory that is not safe to use (another user's,
 * writable by others), is reported as -1 with a one-line message in err; -2 is the judge's
 * failure. */
int build_cached(struct language_set *langs, const char *dir, const char *source,
                 struct program *prog, char *err, size_t errlen);

#endif
