/* util.h: small helpers every judge file uses: allocation, strings, paths, files. */
#ifndef JUDGE_UTIL_H
#define JUDGE_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

/* Allocation that cannot fail: out of memory prints a message and exits with status 3
 * (a judge failure), as git's xmalloc does. */
void *xmalloc(size_t size);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *ptr, size_t size);
char *xstrdup(const char *s);
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

/* Reads at most max bytes from fd from offset 0 into a NUL-terminated malloc'ed buffer;
 * sets *truncated when there was more. */
char *read_fd_head(int fd, size_t max, bool *truncated);

/* Writes all of buf to fd; 0 or -errno. */
int write_all(int fd, const void *buf, size_t len);

/* Copies everything from in (from its current offset) to out; 0 or -errno. */
int copy_fd(int in, int out);

/* Lowercase hex SHA-256 of a buffer into out[65]. */
void sha256_hex(const void *data, size_t len, char out[65]);

/* The current time as "2026-11-28T12:34:56Z". */
void utc_now(char out[21]);

/* Today's date as "YYYY-MM-DD" (JUDGE_TODAY overrides it, for tests). */
void today(char out[11]);

/* Replaces every occurrence of `from` in s by `to`; returns a new string. */
char *str_replace_all(const char *s, const char *from, const char *to);

/* Whether s ends with suffix. */
bool ends_with(const char *s, const char *suffix);

#endif
