/* submissions.h: what an ICPC package's submissions/submissions.yaml says of a submission. */
#ifndef JUDGE_SUBMISSIONS_H
#define JUDGE_SUBMISSIONS_H

#include <stddef.h>

/*
 * submissions/submissions.yaml (2023-07-draft, 2025-09) maps glob patterns to settings of the
 * submissions they match. The judge reads one setting: `entrypoint`, the entry point of a
 * submission given as a directory (a file name, or Java's class), which wins over the
 * languages table's default (lang_entry_point()).
 *
 * A pattern is matched against the submission's path under submissions/ ("accepted/split")
 * and against each folder above it ("accepted"), as the format says: `*` matches within a
 * name (never a '/'), `?` one character, brace alternatives ({a,b}, nested) are expanded (at
 * most SUBMISSIONS_MAX_EXPANSIONS strings for one pattern, 20,000 for the whole file; a
 * pattern is at most 4096 bytes). Matching is linear in the pattern's expansions, never
 * exponential. A pattern that names the submission itself wins over one that names its
 * folder; among equals the last in the file wins. Other keys are not read.
 *
 * The file is read as a package file (pkgfile.h) of at most 1 MiB, parsed as a stream of
 * events within the bounds of the other settings files (32 levels, 100,000 nodes).
 */

#define SUBMISSIONS_MAX_EXPANSIONS 256

/*
 * The entry point submissions.yaml of the package dir names for the submission at path
 * (inside dir/submissions/). Returns 0 with *entry malloc'ed, or NULL when the file is missing,
 * names none, or path is not under submissions/; -1 with a one-line message naming the file
 * (and line) when it cannot be read or parsed, or the entry point is not a file name.
 */
int submissions_entry_point(const char *dir, const char *path, char **entry, char *err,
                            size_t errlen);

/* Whether the submissions.yaml glob pattern matches rel (a path under submissions/), brace
 * alternatives expanded; for tests. -1 when the pattern has too many alternatives. */
int submissions_glob_match(const char *pattern, const char *rel);

#endif
