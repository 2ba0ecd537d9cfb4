/* packages.h: a problem package as content: its manifest (every file's path, size and
 * SHA-256) and the package's hash, for storing packages in the history's database (judge
 * problems push) and putting them back on a worker's disk, in its cache (judge worker). */
#ifndef JUDGE_PACKAGES_H
#define JUDGE_PACKAGES_H

#include <stdbool.h>
#include <stddef.h>

#define PKG_FILES_MAX    20000        /* files in a package */
#define PKG_FILE_MAX     (256L << 20) /* bytes in one file */
#define PKG_TOTAL_MAX    (1L << 30)   /* bytes in all of them */
#define PKG_PATH_MAX     512          /* bytes in a path inside the package */
#define PKG_DEPTH_MAX    16           /* directories deep */
#define PKG_MANIFEST_MAX (8L << 20)   /* bytes of manifest JSON */

struct pkg_file {
    char *path; /* relative, '/'-separated: "tests/01.in" */
    char sha256[65];
    long long size;
    bool exec; /* executable by its owner (a script the package runs) */
};

/*
 * The manifest: the files sorted by path, as JSON ([{"path", "sha256", "size", "exec"}, ...],
 * the same text for the same files) and the package's hash, the SHA-256 of that text. Names
 * beginning with a dot (.git, .gitignore) are not part of a package; a symbolic link, a
 * device or a FIFO in it is an error, as are more or larger files than the bounds above.
 */
struct pkg_manifest {
    struct pkg_file *files;
    size_t count;
    char *json;
    char sha256[65];
};

/* Reads the package at dir. 0, or -1 with a one-line message naming the file. */
int pkg_manifest_read(const char *dir, struct pkg_manifest *m, char *err, size_t errlen);

/* Parses a manifest's JSON as stored: it must hash to sha256 and every path must stay inside
 * the package (no "..", no absolute path, no dot-names, no NUL), within the bounds. 0, or -1
 * with a message naming what is wrong. */
int pkg_manifest_parse(const char *json, size_t len, const char *sha256, struct pkg_manifest *m,
                       char *err, size_t errlen);
void pkg_manifest_release(struct pkg_manifest *m);

/* A file of the package at dir as the manifest lists it: its bytes (malloc'ed), or NULL with
 * a message when it cannot be read or no longer has the listed hash (changed since). */
char *pkg_file_read(const char *dir, const struct pkg_file *f, size_t *len, char *err,
                    size_t errlen);

/* Gives the bytes of the blob with a hash (malloc'ed), 0; or with a message -2 when there is
 * no such blob, -1 when it cannot be read. */
typedef int (*pkg_fetch_fn)(void *ctx, const char *sha256, char **data, size_t *len, char *err,
                            size_t errlen);

/*
 * The package of manifest m on disk, in the user's private cache
 * ($XDG_CACHE_HOME/judge/packages/<sha256>): made once, from blobs that fetch gives and that
 * must have their listed hashes, in a temporary directory renamed into place when whole.
 * Returns 0 with *path (malloc'ed), or with a message -2 when a blob does not have its hash
 * (the stored package is damaged), -1 for any other failure.
 */
int pkg_materialize(const struct pkg_manifest *m, pkg_fetch_fn fetch, void *ctx, char **path,
                    char *err, size_t errlen);

/* Checks a package written at path before it goes into place: 0, or -1 with a message. */
typedef int (*pkg_check_fn)(void *ctx, const char *path, char *err, size_t errlen);

/*
 * Installs the package of manifest m as dir/name (a problem library's entry), from blobs that
 * fetch gives, each checked against its hash: written in a temporary beside it, checked with
 * check (when not NULL), then put in place at once, replacing what was there (RENAME_EXCHANGE:
 * a reader sees the old package or the new one, never a mix), the old removed. name must be a
 * safe file name (the caller's check). 0, or as pkg_materialize, with nothing left behind.
 */
int pkg_install(const struct pkg_manifest *m, pkg_fetch_fn fetch, void *ctx, const char *dir,
                const char *name, pkg_check_fn check, void *check_ctx, char *err, size_t errlen);

#endif
