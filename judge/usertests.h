/* usertests.h: the user's own tests of a problem, kept with the user's data (not in the
 * library), and added after the package's tests when judging. */
#ifndef JUDGE_USERTESTS_H
#define JUDGE_USERTESTS_H

#include "judge/problem.h"

#include <stdbool.h>
#include <stddef.h>

/*
 * Where they live: $XDG_DATA_HOME/judge/tests/<problem>/ (else ~/.local/share/judge/tests/...),
 * one pair of files per test:
 *
 *     <name>.in    the input
 *     <name>.ans   the answer the user gave, or
 *     <name>.ref   the answer the problem's reference solution printed for the input, when
 *                  the user gave none (reference.h)
 *
 * The store is the user's alone: tests/ and tests/<problem>/ are directories (never symbolic
 * links) owned by the user and writable by no one else, made 0700 (an existing one narrowed
 * to it); files are 0600, created with O_EXCL and O_NOFOLLOW under a temporary name and then
 * renamed, the answer before the input, so that an input always has its answer. The judge's
 * data directory above (judge/, where the history lives too) must be the user's and not
 * writable by others. <problem> is the package's directory name, so a package's tests follow
 * it wherever it is given from (library id or path).
 */

#define USERTESTS_MAX      1000         /* tests per problem */
#define USERTESTS_FILE_MAX (64LL << 20) /* an input or an answer */
#define USERTESTS_NAME_MAX 64           /* bytes of a test's name: [A-Za-z0-9_-] */
#define USERTESTS_ID_MAX   128          /* bytes of a problem id */

struct usertest {
    char *name;
    bool answer_from_reference; /* <name>.ref: the reference solution's answer */
    long long input_bytes;
    long long answer_bytes;
};

/* A problem's store, open. */
struct usertests {
    int dirfd;  /* tests/<problem>/; -1 when it does not exist (nothing stored) */
    char *path; /* its path, for messages and for problem_test_dir() */
};

/* Whether name is a valid test name (1 to USERTESTS_NAME_MAX of [A-Za-z0-9_-]). */
bool usertests_valid_name(const char *name);

/* Whether id can name a problem's store: one path component of 1 to USERTESTS_ID_MAX bytes,
 * no control character, not starting with '.'. */
bool usertests_valid_id(const char *id);

/*
 * Opens the store of problem_id; with create, the directories that are missing are made.
 * Without create, a store that does not exist opens empty (dirfd -1). Returns 0, or -1 with
 * a one-line message naming the directory and what is wrong with it (not the user's,
 * writable by others, a symbolic link) or the id. Release with usertests_close in every case.
 */
int usertests_open(struct usertests *s, const char *problem_id, bool create, char *err,
                   size_t errlen);
void usertests_close(struct usertests *s);

/* The tests, in natural order of their names. Returns 0 with a malloc'ed array (free with
 * usertests_list_free), or -1 with err naming the file that is not right (an input without
 * its answer, a symbolic link, too many tests). */
int usertests_list(const struct usertests *s, struct usertest **out, size_t *count, char *err,
                   size_t errlen);
void usertests_list_free(struct usertest *list, size_t count);

/*
 * Adds a test: name (NULL: the smallest free positive number, "1", "2"...), its input and
 * its answer copied from the descriptors (read from offset 0, at most USERTESTS_FILE_MAX
 * bytes each), the answer stored as <name>.ref when from_reference. A name in use, a store
 * already full, a file too large, are refused. Returns 0 with the name used in *added
 * (malloc'ed), or -1 with err; nothing is left behind on failure.
 */
int usertests_add(struct usertests *s, const char *name, int input_fd, int answer_fd,
                  bool from_reference, char **added, char *err, size_t errlen);

/* Whether a file of the test name (its input or an answer) is in the store: the name is not
 * free, even for an answer whose input an interrupted add never stored. */
bool usertests_name_taken(const struct usertests *s, const char *name);

/* Removes the test name, or the answer an interrupted add left without its input. 0, or -1
 * with err ("no test 'x' of two-sum"). */
int usertests_remove(struct usertests *s, const char *name, char *err, size_t errlen);

/*
 * Adds the user's tests of p (its store, by p->id) after the package's tests, as "user/<name>",
 * in the group of the package's last secret test (its validator flags apply). Scoring
 * problems take none (their score is the package's groups'): *skipped says why, else NULL.
 * Returns the number added (0 when there are none), or -1 with err.
 */
int usertests_append(struct problem *p, const char **skipped, char *err, size_t errlen);

#endif
