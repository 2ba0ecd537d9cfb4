/* cache.h: the judge's private cache on disk: its directories, keys and verified entries. */
#ifndef JUDGE_CACHE_H
#define JUDGE_CACHE_H

#include "judge/util.h"

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

/*
 * Built checkers and derived time limits are kept between runs, one file per entry:
 *
 *     $XDG_CACHE_HOME/judge/<area>/<key>
 *     else $HOME/.cache/judge/<area>/<key>
 *     else ${TMPDIR:-/tmp}/judge-cache-<uid>/<area>/<key>
 *
 * Nothing found there is trusted as found:
 *   - the judge's own directory (judge/, or judge-cache-<uid>/) and each area in it must be a
 *     directory (never a symlink), owned by the judge's effective user and writable by no one
 *     else; otherwise the cache is refused with an error naming the directory. Whoever can
 *     write the parent (XDG_CACHE_HOME, /tmp) can only take the directory away, not put another
 *     in its place: it would not be ours, or would be a symlink, and is refused.
 *   - directories are made 0700 and files 0600, and an existing directory readable by others
 *     (as older judges made them) is narrowed to 0700: nothing in the cache is more readable
 *     than the user's own files, whatever the package put in it.
 *   - every file is opened relative to its directory's descriptor with O_NOFOLLOW and must be
 *     a regular file of the user's, writable by no one else.
 *   - an entry records a SHA-256 of its key, format and content; an entry that does not match
 *     (changed, truncated, moved to another key) or that is not understood is removed and the
 *     caller builds it again.
 *   - an entry is written under a temporary name and renamed into place: a reader sees a whole
 *     entry or none, and two judges writing the same entry at once both succeed.
 *
 * An entry file is a header line, "<format> <meta bytes> <data bytes> <sha256>\n", then the
 * meta part (text for the caller to parse), then the data part (bytes, copied into a memfd).
 */

#define CACHE_META_MAX (8L << 20) /* the largest meta part read back */

/* An open cache area. */
struct judge_cache {
    int dirfd;  /* the area's directory; -1 when closed or unavailable */
    char *path; /* its path, for messages */
};

/*
 * Opens the cache area `area` (a single name: "checkers", "time-limits"), creating the
 * directories that are missing. Returns:
 *    0  with c open;
 *    1  when there is no cache to use because it cannot be created (a read-only or missing
 *       home, a full disk): c->dirfd is -1, and the caller goes on without caching;
 *   -1  when a directory is not safe to use (another user's, writable by group or others, a
 *       symlink, not a directory), with a one-line message in err naming it: the user's
 *       set-up to fix, never silently worked around.
 * Release with cache_close() in every case.
 */
int cache_open(struct judge_cache *c, const char *area, char *err, size_t errlen);

void cache_close(struct judge_cache *c);

/* What cache_get() found. */
struct cache_entry {
    char *meta;      /* the meta part, NUL-terminated (the caller must still parse it warily) */
    size_t meta_len; /* its length */
    int data_fd;     /* a memfd holding the data part from offset 0; -1 when it is empty */
    off_t data_len;  /* its length */
};

/* Frees e's contents. */
void cache_entry_release(struct cache_entry *e);

/*
 * Reads the entry `key` (64 lowercase hex digits) of `format` (a word and a version, such as
 * "judge-program 2"), of at most max_bytes in all. Returns 1 with e filled (release it), or 0
 * when there is no usable entry: missing, not a regular file of the user's, too large, of
 * another format, or failing its hash (these are removed). It never fails otherwise: a cache
 * that cannot be read is a cache that must be rebuilt.
 */
int cache_get(const struct judge_cache *c, const char *key, const char *format, off_t max_bytes,
              struct cache_entry *e);

/*
 * Stores the entry `key`: meta (meta_len bytes) and the first data_len bytes of data_fd (read
 * with pread from offset 0; data_fd -1 for none). Returns 0 or a negative errno; a failure
 * leaves nothing behind and only costs a rebuild next time.
 */
int cache_put(const struct judge_cache *c, const char *key, const char *format, const char *meta,
              size_t meta_len, int data_fd, off_t data_len);

/*
 * Keeps the area within max_bytes: when its entries take more, the least recently used go
 * (cache_get() marks an entry used by setting its modification time) until they take at most
 * three quarters of it. Files that are not entries (temporary ones of a judge still writing)
 * are left alone. Returns how many entries went, or a negative errno.
 */
int cache_trim(const struct judge_cache *c, long long max_bytes);

/* A key being computed: the SHA-256 of everything its entry depends on, streamed. */
struct cache_key {
    struct sha256 md;
};

/* Starts a key; `purpose` ("checker", "time limit") and the judge's version are its first
 * input, so that no two purposes or versions share a key. */
void cache_key_init(struct cache_key *k, const char *purpose);
void cache_key_add(struct cache_key *k, const void *data, size_t len);
void cache_key_addf(struct cache_key *k, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Adds len bytes of fd from offset (pread: fd's offset is untouched). 0 or a negative errno
 * (-EIO when the file is shorter). */
int cache_key_add_fd(struct cache_key *k, int fd, off_t offset, off_t len);
/* The key as 64 hex digits; frees k. */
void cache_key_final(struct cache_key *k, char out[65]);
/* Frees k without a result (on an error path). */
void cache_key_abandon(struct cache_key *k);

#endif
