/* skeleton.h: `judge new`: a new native problem package, made from the skeleton's templates
 * (judge/skeleton/, installed to share/judge/skeleton/), holding a small real problem that
 * passes `judge gen` and `judge check` before its author replaces it (docs/authoring.md). */
#ifndef JUDGE_SKELETON_H
#define JUDGE_SKELETON_H

#include <stddef.h>

enum skeleton_style {
    SKELETON_PROGRAM,     /* a whole program reads stdin, writes stdout */
    SKELETON_FUNCTION,    /* function-style: harness/ for every language the judge's harnesses
                             take (C, C++, Python, Java, JavaScript, Rust) */
    SKELETON_INTERACTIVE, /* a Kattis interactor (interactor.cpp) */
};

/* The skeleton's templates: $JUDGE_SKELETON, else the installed share/judge/skeleton, else the
 * source tree's judge/skeleton. Malloc'ed, or NULL when none is a directory. */
char *skeleton_template_dir(void);

/*
 * Creates the package library/id for style: the skeleton's files, problem.json and a
 * statement.md titled id. It is built in a temporary directory beside it (".new-<id>-<hex>")
 * and renamed into place only when complete (refusing to replace anything there by then):
 * on any failure nothing is left. An existing library/id, whatever it is, is never touched.
 * Returns 0 with the package's path in *path (malloc'ed); -1 for the user's mistake (an
 * invalid id, library/id exists, the library is not a directory we can write), -2 when the
 * judge failed (no templates, an I/O error); each with a one-line message in err.
 */
int skeleton_create(const char *library, const char *id, enum skeleton_style style, char **path,
                    char *err, size_t errlen);

#endif
