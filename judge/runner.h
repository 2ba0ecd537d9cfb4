/* runner.h: one program built once and run on one input at a time, in a box of its own: the
 * solution of `judge run`, the generator, solution and oracle of `judge stress`, the reference
 * solution that answers the user's own tests. */
#ifndef JUDGE_RUNNER_H
#define JUDGE_RUNNER_H

#include "judge/build.h"
#include "judge/lang.h"
#include "judge/problem.h"
#include "judge/verdict.h"
#include "sandbox/sandbox.h"

#include <stdbool.h>
#include <stddef.h>

/* What stderr keeps of a run, for messages (the sandbox keeps at most 64 KiB of it). */
#define RUNNER_STDERR_MAX 4096

/* What to build and how to run it. */
struct runner_spec {
    const struct problem *p; /* the package: its harness; its files when the program is one */
    const char *source;      /* the program: a source file or a folder */
    const char *lang_id;     /* its language; NULL: from its files' extensions */
    bool harness;            /* function-style problems: built through the package's harness
                                for its language (a program without one is refused) */
    long time_limit_ms;      /* CPU time per run (> 0) */
    long memory_limit_mb;    /* per run (> 0) */
    long output_limit_mb;    /* stdout per run (> 0) */
    size_t stderr_keep;      /* bytes of stderr kept for the caller; 0: RUNNER_STDERR_MAX */
};

/* A built program and the box it runs in. Everything it runs is in that box. */
struct runner {
    struct program prog;
    struct sbx_box *box;
    char **argv; /* the program's command, without the extra arguments */
    const char **env;
    struct sbx_limits limits;
    size_t stderr_keep;
    bool built; /* prog holds a program that compiled */
};

/*
 * Builds spec->source in a compile box (as judge_run does: the language from --lang or the
 * files, the harness for function-style problems, a package's own program opened beneath the
 * package) and opens its run box. Returns 0 with r ready, or with outcome->ok false and the
 * compiler's message (a compile error: r is not built, release it all the same); -1 for the
 * user's mistake (unknown language, missing file or toolchain, no harness) and -2 when the
 * judge failed, each with a one-line message in err. Release r with runner_release() and
 * outcome with build_outcome_release() in every case.
 */
int runner_build(struct runner *r, struct language_set *langs, const struct runner_spec *spec,
                 struct build_outcome *outcome, char *err, size_t errlen);

/* How one run ended. */
struct runner_result {
    struct sbx_result sbx;
    int out_fd;         /* a memfd holding what it wrote to stdout (offset 0); -1 when none */
    char *err_text;     /* the start of what it wrote to stderr (spec->stderr_keep bytes) */
    bool err_truncated; /* stderr held more */
};

/*
 * Runs the program once with stdin_fd as its standard input (-1: /dev/null; a regular file,
 * a memfd or a pipe) and args appended to its command (NULL-ended, or NULL). A box that broke
 * is replaced and the run tried once more. Returns 0 with res filled (release it), or -1
 * with a one-line message in err when the judge failed.
 */
int runner_run(struct runner *r, int stdin_fd, const char *const *args, struct runner_result *res,
               char *err, size_t errlen);
void runner_result_release(struct runner_result *res);

/*
 * The verdict of a run as a test would get it before its output is checked: AC when it
 * exited with status 0, else RE, TLE, MLE, OLE (or SE for the sandbox's failure), with a
 * one-line reason in msg ("exit code 1: IndexError: list index out of range").
 */
enum verdict runner_verdict(const struct runner *r, const struct runner_result *res, char *msg,
                            size_t len);

void runner_release(struct runner *r);

#endif
