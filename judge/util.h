/* util.h: small helpers every judge file uses: allocation, strings, paths, files. */
#ifndef JUDGE_UTIL_H
#define JUDGE_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <nettle/sha2.h>
#include <sys/types.h>

/* Allocation that cannot fail: out of memory prints a message and exits with status 3
 * (a judge failure), as git's xmalloc does. */
void *xmalloc(size_t size);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *ptr, size_t size);
char *xstrdup(const char *s);
/* qsort, for arrays that may be empty and then NULL (which qsort itself must not get). */
void sort_array(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *));
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Formats a one-line message into err (never overflowing it) and returns -1: how the
 * judge's library functions fail. */
int set_error(char *err, size_t errlen, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* A growable string, always NUL-terminated. Initialise with STRBUF_INIT. */
struct strbuf {
    char *buf;
    size_t len;
    size_t cap;
};
#define STRBUF_INIT                                                                                \
    {                                                                                              \
        NULL, 0, 0                                                                                 \
    }
void strbuf_add(struct strbuf *sb, const void *data, size_t len);
void strbuf_addstr(struct strbuf *sb, const char *s);
void strbuf_addf(struct strbuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void strbuf_vaddf(struct strbuf *sb, const char *fmt, va_list ap);
/* Returns the buffer ("" when empty) and leaves sb empty; the caller frees it. */
char *strbuf_detach(struct strbuf *sb);
void strbuf_release(struct strbuf *sb);

/* "a/b" from "a" and "b"; the caller frees. */
char *path_join(const char *dir, const char *name);

/* Whether path names an existing directory / regular file. */
bool is_dir(const char *path);
bool is_file(const char *path);

/* Compares names in natural order: digit runs by value, so "2" < "10". */
int natural_compare(const char *a, const char *b);

/* Reads a whole file of at most max bytes; returns a malloc'ed NUL-terminated buffer and
 * its length, or NULL with errno set (EFBIG when larger than max). */
char *read_file(const char *path, size_t max, size_t *len);

/* Opens a file the user named (a test's input, an answer) for reading: it must be a regular
 * file (a FIFO is refused without waiting for a writer, a device or a directory too) of at
 * most max bytes. Returns a blocking descriptor at offset 0, or -1 with "path: why" in err. */
int open_regular_file(const char *path, long long max, char *err, size_t errlen);

/* Reads fd to its end (a pipe, standard input) into a new memfd, at most max bytes. Returns
 * the memfd at offset 0, or -1 with "what: more than 64 MiB" (or the error) in err. */
int memfd_from_stream(int fd, long long max, const char *what, char *err, size_t errlen);

/* Reads at most max bytes from fd from offset 0 into a NUL-terminated malloc'ed buffer;
 * sets *truncated when there was more. */
char *read_fd_head(int fd, size_t max, bool *truncated);

/* As read_fd_head, for a text that is shown or put in JSON (what a program wrote, a test's
 * input): each NUL byte read is given as the four characters \x00, as strbuf_add_visible
 * shows it, so that the text does not end at the first one (the buffer holds up to 4 * max
 * bytes). Nothing else is changed. */
char *read_fd_text(int fd, size_t max, bool *truncated);

/* Removes everything below the directory dirfd (our own small trees: a cache entry), never
 * following a link, at most 16 levels deep. 0 or -errno. */
int remove_tree_at(int dirfd);

/* Writes all of buf to fd; 0 or -errno. */
int write_all(int fd, const void *buf, size_t len);

/* Copies everything from in (from its current offset) to out; 0 or -errno. */
int copy_fd(int in, int out);

/* SHA-256, from nettle: of a buffer (lowercase hex into out[65]), or in steps. */
void sha256_hex(const void *data, size_t len, char out[65]);
struct sha256 {
    struct sha256_ctx ctx;
};
void sha256_begin(struct sha256 *h);
void sha256_add(struct sha256 *h, const void *data, size_t len);
void sha256_end_hex(struct sha256 *h, char out[65]); /* and begins anew */

/* The current time as "2026-11-28T12:34:56Z". */
void utc_now(char out[21]);

/* Today's date as "YYYY-MM-DD" (JUDGE_TODAY overrides it, for tests). */
void today(char out[11]);

/* Replaces every occurrence of `from` in s by `to`; returns a new string. */
char *str_replace_all(const char *s, const char *from, const char *to);

/* Whether s ends with suffix. */
bool ends_with(const char *s, const char *suffix);

/* ---- Text from outside: valid UTF-8 to store and print, control characters made visible ----
 *
 * What programs, compilers, checkers, packages and users produce may be any bytes. UTF-8 is
 * as RFC 3629 and Unicode's table 3-7 define it: overlong forms, surrogates (U+D800..DFFF),
 * code points above U+10FFFF and truncated sequences are invalid. An invalid stretch is
 * replaced by one U+FFFD per maximal subpart (the longest start of a valid sequence, or one
 * byte), Unicode's recommended practice, as Python's errors="replace" and browsers do. */

/* Whether s[0, len) is valid UTF-8. */
bool utf8_valid(const char *s, size_t len);

/* Appends s[0, len) with every maximal invalid subpart replaced by U+FFFD. */
void strbuf_add_utf8(struct strbuf *sb, const char *s, size_t len);

/* A malloc'ed, NUL-terminated copy of s[0, len) with invalid UTF-8 replaced as above; its
 * length in *out_len when out_len is not NULL. */
char *utf8_sanitize(const char *s, size_t len, size_t *out_len);

/*
 * Appends s[0, len) for showing on a terminal: newlines, tabs and printable text as they are;
 * the other C0 controls, CR and DEL as \xNN ("\x1b"); the C1 controls (U+0080..U+009F) and
 * the bidirectional overrides (U+061C, U+200E/F, U+202A..U+202E, U+2066..U+2069) as \uNNNN;
 * each byte of invalid UTF-8 as \xNN. Backslashes are not doubled: this is for reading, not
 * for parsing back. When final is false, an incomplete sequence at the end is left for the
 * next call (streaming); returns the number of bytes consumed.
 */
size_t strbuf_add_visible(struct strbuf *sb, const char *s, size_t len, bool final);

/* A malloc'ed visible copy of the string s (NULL: ""), as strbuf_add_visible; when
 * max_bytes is not 0, cut at a character boundary to at most max_bytes bytes. */
char *text_visible(const char *s, size_t max_bytes);

/* As text_visible, for a field shown on one line (an id, a title, a name in a table): a
 * newline or a tab in it is shown as \n or \t, so that it cannot start a line of its own. */
char *text_visible_line(const char *s, size_t max_bytes);

/* One JSON value as the judge prints and sends it: unformatted, and valid UTF-8 whatever
 * bytes its strings hold (invalid ones replaced by U+FFFD). Malloc'ed; free with free(). */
struct cJSON;
char *json_print(const struct cJSON *o);

/* Prints json_print(o) and a newline on out: how every command prints its --json. */
void json_print_line(FILE *out, const struct cJSON *o);

#endif
