/* export.h: the week as files for a group's Git repository: names made safe from data, the
 * week's README, and writing beneath a directory without following links, only what changed. */
#ifndef JUDGE_EXPORT_H
#define JUDGE_EXPORT_H

#include "judge/routine.h"

#include <stdbool.h>
#include <stddef.h>

/* The longest name export_name makes, in bytes (not counting the NUL). */
#define EXPORT_NAME_MAX 80

/*
 * A file or directory name for a piece of data (a user name, a problem or week id, a
 * language's extension): ASCII letters and digits, '-', '_' and '.' are kept, and so are
 * non-ASCII characters other than the invisible and bidirectional ones (U+0080..U+009F,
 * U+00AD, U+061C, U+200B..U+200F, U+2028..U+202E, U+2060..U+206F, U+FEFF); anything else
 * (a slash, a backslash, a space, a control character, invalid UTF-8) becomes '_'. A leading
 * '.' becomes '_' (no hidden files, never "." or ".."); an empty name is "_". Cut at
 * EXPORT_NAME_MAX bytes at a character boundary. out must hold EXPORT_NAME_MAX + 1 bytes.
 */
void export_name(const char *data, char out[EXPORT_NAME_MAX + 1]);

/* A directory being written to: opened once; every path is resolved beneath it. */
struct export_dir {
    int fd;
    char *path; /* for messages */
    size_t written;
    size_t unchanged;
};

/* Opens (creating it, one level, when missing) the directory path, which must be a
 * directory. 0, or -1 with a message naming it. */
int export_open(struct export_dir *d, const char *path, char *err, size_t errlen);
void export_close(struct export_dir *d);

enum export_status {
    EXPORT_WRITTEN,
    EXPORT_UNCHANGED,
};

/*
 * Writes content as the file rel beneath the directory. rel is names separated by '/', each
 * a plain name (not empty, not starting with '.', no other separator): anything else is
 * refused as leaving the directory. Directories on the way are created; a symbolic link (or
 * anything not a directory) where a directory should be, or anything but a regular file where
 * the file should be, is an error naming it: nothing beneath the directory is ever followed or
 * replaced. When the file already holds exactly content, it is left untouched
 * (EXPORT_UNCHANGED); else content goes to a new file beside it, which is then renamed over
 * it, so a reader sees the old file or the new one, never half of one. 0, or -1 with err.
 */
int export_write(struct export_dir *d, const char *rel, const char *content, size_t len,
                 enum export_status *status, char *err, size_t errlen);

/* A member's solution of a problem as the README shows it. */
struct export_entry {
    const char *user;
    const char *problem;
    const char *source_path; /* relative to the week's directory; NULL: not exported */
    const char *note_path;   /* relative to the week's directory; NULL: none */
    const char *withheld;    /* why the source is not exported (the honesty rule), or NULL */
    const char *language;
    int attempts;
    bool late;
    long time_ms;
    long memory_kib;
};

/* The week's README.md: the title and dates, the board with each solved cell linking to its
 * source, then each problem's solutions with links to their sources and notes. Names are
 * escaped. Malloc'ed. */
char *export_readme(const struct group_board *b, const struct export_entry *entries, size_t n);

#endif
