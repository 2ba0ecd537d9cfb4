/* library.h: adding to the problem library: a checked package copied in, a weekly set written. */
#ifndef JUDGE_LIBRARY_H
#define JUDGE_LIBRARY_H

#include <stdbool.h>
#include <stddef.h>

/* The longest problem or week id the library takes, in bytes. */
#define LIBRARY_ID_MAX 64

/*
 * Whether id can name a problem or a weekly set of the library: ASCII letters, digits, '-'
 * and '_', 1 to LIBRARY_ID_MAX bytes, not starting with '-' (nor '.', which no id holds): a
 * name that is one directory or file of the library, never a path, an option or a hidden
 * file; nor "weeks", the library's folder of weekly sets. 0, or -1 with a one-line message
 * naming what is wrong ("the problem id 'a/b' may hold only ..."; what is "problem" or
 * "week").
 */
int library_id_check(const char *what, const char *id, char *err, size_t errlen);

/*
 * Copies the package at src into the library as library/id: its directories and regular
 * files, read as untrusted input (pkgfile.h: nothing through a link that leaves the package,
 * no directory through a link, bounded walks; a link inside it is copied as the file it
 * leads to; names starting with '.' are left out, as every walk of a package leaves them).
 * A FIFO, a device or a broken link in it fails the copy. The copy is built in a hidden
 * sibling and renamed into place only when whole: library/id is never overwritten, and on
 * failure nothing is left. Returns 0, or -1 with a one-line message naming the file in err.
 */
int library_add_package(const char *src, const char *library, const char *id, char *err,
                        size_t errlen);

/* A weekly set to write (library_week_new). */
struct library_week {
    const char *id;
    const char *title; /* NULL: the id */
    int number;        /* > 0: an undated set, this "week" in the library's order */
    int starts_day;    /* number 0: its dates, day numbers (weeks.h) */
    int ends_day;
    const char *const *problems;
    size_t nproblems;
    bool verdict_only;
};

/*
 * Writes library/weeks/<id>.json for the set, after validating it as every command reads
 * sets (week_parse: dates, problems that exist in the library, no duplicates) and against the
 * library's other sets (which must load: week_set_load), none of which may have its id or
 * share a day with it. Written to a temporary file and linked into place, so an existing
 * file is never replaced and a reader never sees half of one. On success *path_out (when not
 * NULL) is the new file's path (malloc'ed). Returns 0, or -1 with a one-line message in err.
 */
int library_week_new(const char *library, const struct library_week *spec, char **path_out,
                     char *err, size_t errlen);

#endif
