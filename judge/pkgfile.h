/* pkgfile.h: opening a problem package's files as untrusted input: never through a link out. */
#ifndef JUDGE_PKGFILE_H
#define JUDGE_PKGFILE_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

/*
 * A problem package is someone else's directory tree, read outside any sandbox by whoever runs
 * the judge. Every file the judge takes from it goes through this module:
 *
 *   - a path is resolved beneath the package's root (openat2 with RESOLVE_BENEATH and
 *     RESOLVE_NO_MAGICLINKS): a symbolic link that stays inside the package is followed (ICPC
 *     packages link tests to each other), one with an absolute target or a ".." that leaves the
 *     package, and /proc's magic links, are refused;
 *   - directories are never reached through a symbolic link (RESOLVE_NO_SYMLINKS), so no walk
 *     can loop or leave, and a symbolic link to a directory is refused wherever the judge walks;
 *   - what is opened must be a regular file (not a FIFO, a device, a socket or a directory) of
 *     at most a given size, checked with fstat on the descriptor that is then read.
 *
 * Where the kernel has no openat2 (before Linux 5.6), paths are walked one component at a time
 * with O_NOFOLLOW, and every symbolic link is refused.
 *
 * Paths are given as the judge builds them, path_join(dir, "data/secret/1.in"): the part after
 * dir is what is resolved beneath it, and messages name the whole path as the user gave it:
 * "problems/x/tests/sample2.in: a symbolic link that leaves the package". Every function fails
 * with -1 (or NULL) and a one-line message in err; none prints.
 */

#define PKG_TEST_FILE_MAX (1LL << 30) /* a test's input or answer; any file of data/ */
#define PKG_PROGRAM_FILE_MAX                                                                       \
    (64LL << 20)                    /* each file of a checker, validator, harness, submission */
#define PKG_WALK_MAX_ENTRIES 100000 /* directory entries one walk of a package reads */
#define PKG_WALK_MAX_DEPTH   16     /* directory levels below a walk's start */

/* What a path is, or where its symbolic link leads. */
enum pkg_kind {
    PKG_MISSING, /* nothing there */
    PKG_FILE,    /* a regular file */
    PKG_DIR,     /* a directory */
    PKG_SPECIAL, /* a FIFO, a device or a socket */
    PKG_BROKEN,  /* a symbolic link that does not resolve inside the package (error says why) */
};

struct pkg_entry {
    char *name;         /* pkg_list: the entry's name; pkg_stat: NULL */
    enum pkg_kind kind; /* where it leads, for a link */
    bool link;          /* the entry itself (or a directory on its path) is a symbolic link */
    mode_t mode;        /* the file type it leads to (S_IFIFO...), 0 when PKG_MISSING/BROKEN */
    int error;          /* PKG_BROKEN: EXDEV leaves the package, ELOOP a loop or /proc link,
                           ENOENT leads nowhere, ENOLINK links are not followed on this kernel */
};

/*
 * Opens the regular file at path (inside the package dir) for reading, refusing links out of
 * the package, anything but a regular file, and a file larger than max bytes. Returns a
 * descriptor (O_RDONLY, O_CLOEXEC, blocking) at offset 0, or -1 with err set.
 */
int pkg_open(const char *dir, const char *path, long long max, char *err, size_t errlen);

/* pkg_open, then closes it: the file can be taken. 0 or -1 with err set. */
int pkg_check_file(const char *dir, const char *path, long long max, char *err, size_t errlen);

/* Reads the whole file (as pkg_open) into a malloc'ed NUL-terminated buffer; *len is its length
 * (len may be NULL). NULL with err set ("...: larger than 1 MiB" when over max). */
char *pkg_read(const char *dir, const char *path, size_t max, size_t *len, char *err,
               size_t errlen);

/* What path is, without following a link out of the package: fills e (e->name NULL). */
void pkg_stat(const char *dir, const char *path, struct pkg_entry *e);

/*
 * Lists the directory path (the package's root when path is dir): every entry but "." and ".."
 * and names starting with '.', sorted by strcmp, each with its kind. The directory itself must
 * not be reached through a symbolic link. *budget counts the entries a whole walk may read:
 * each one read takes one, and past it the walk fails ("...: more than 100000 entries"). On
 * success *out is a malloc'ed array (free with pkg_entries_free) of *count entries.
 */
int pkg_list(const char *dir, const char *path, struct pkg_entry **out, size_t *count,
             size_t *budget, char *err, size_t errlen);
void pkg_entries_free(struct pkg_entry *e, size_t count);

/*
 * For an entry the judge would take as a file: 0 when it is a regular file (through links
 * inside the package or not), else -1 with "path: why" in err ("a symbolic link that leaves the
 * package", "a symbolic link to a directory, which is not followed", "not a regular file (a
 * FIFO)", "missing").
 */
int pkg_entry_check(const char *path, const struct pkg_entry *e, char *err, size_t errlen);

/*
 * Checks a program the judge will build from the package (a checker, validator, interactor or
 * harness source, a submission), as build.c will take it: a directory is walked (at most
 * PKG_WALK_MAX_DEPTH levels) and every file in it must be a regular file of at most
 * PKG_PROGRAM_FILE_MAX bytes, with no symbolic link to a directory; a single file must be
 * one, and when with_siblings so must the other files of its directory (build.c takes them
 * along as headers). 0, or -1 with err naming the first offending file.
 */
int pkg_check_program(const char *dir, const char *source, bool with_siblings, char *err,
                      size_t errlen);

/* "1 GiB", "64 MiB", "256 KiB", "100 bytes": a size cap for messages, into buf. */
const char *pkg_size_name(long long bytes, char *buf, size_t len);

/* For tests: walk component by component, as where the kernel has no openat2. */
void pkg_force_fallback(bool on);

#endif
