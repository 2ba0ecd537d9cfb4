/* util.c: small helpers every judge file uses. */
#define _GNU_SOURCE
#include "judge/util.h"

#include <cjson/cJSON.h>
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static _Noreturn void out_of_memory(size_t size)
{
    fprintf(stderr, "judge: out of memory (asked for %zu bytes)\n", size);
    exit(3);
}

int set_error(char *err, size_t errlen, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
    return -1;
}

void *xmalloc(size_t size)
{
    void *p = malloc(size ? size : 1);
    if (!p)
        out_of_memory(size);
    return p;
}

void *xcalloc(size_t count, size_t size)
{
    void *p = calloc(count ? count : 1, size ? size : 1);
    if (!p)
        out_of_memory(count * size);
    return p;
}

void *xrealloc(void *ptr, size_t size)
{
    void *p = realloc(ptr, size ? size : 1);
    if (!p)
        out_of_memory(size);
    return p;
}

void sort_array(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
    if (n > 1)
        qsort(base, n, size, cmp);
}

char *xstrdup(const char *s)
{
    char *p = strdup(s);
    if (!p)
        out_of_memory(strlen(s) + 1);
    return p;
}

char *xstrndup(const char *s, size_t n)
{
    char *p = strndup(s, n);
    if (!p)
        out_of_memory(n + 1);
    return p;
}

char *xasprintf(const char *fmt, ...)
{
    struct strbuf sb = STRBUF_INIT;
    va_list ap;
    va_start(ap, fmt);
    strbuf_vaddf(&sb, fmt, ap);
    va_end(ap);
    return strbuf_detach(&sb);
}

static void strbuf_grow(struct strbuf *sb, size_t extra)
{
    if (sb->len + extra + 1 <= sb->cap)
        return;
    size_t cap = sb->cap ? sb->cap : 64;
    while (cap < sb->len + extra + 1)
        cap *= 2;
    sb->buf = xrealloc(sb->buf, cap);
    sb->cap = cap;
}

void strbuf_add(struct strbuf *sb, const void *data, size_t len)
{
    strbuf_grow(sb, len);
    memcpy(sb->buf + sb->len, data, len);
    sb->len += len;
    sb->buf[sb->len] = '\0';
}

void strbuf_addstr(struct strbuf *sb, const char *s)
{
    strbuf_add(sb, s, strlen(s));
}

void strbuf_vaddf(struct strbuf *sb, const char *fmt, va_list ap)
{
    va_list copy;
    va_copy(copy, ap);
    int n = vsnprintf(NULL, 0, fmt, copy);
    va_end(copy);
    if (n < 0)
        return;
    strbuf_grow(sb, (size_t)n);
    vsnprintf(sb->buf + sb->len, (size_t)n + 1, fmt, ap);
    sb->len += (size_t)n;
}

void strbuf_addf(struct strbuf *sb, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    strbuf_vaddf(sb, fmt, ap);
    va_end(ap);
}

char *strbuf_detach(struct strbuf *sb)
{
    char *p = sb->buf ? sb->buf : xstrdup("");
    sb->buf = NULL;
    sb->len = sb->cap = 0;
    return p;
}

void strbuf_release(struct strbuf *sb)
{
    free(sb->buf);
    sb->buf = NULL;
    sb->len = sb->cap = 0;
}

char *path_join(const char *dir, const char *name)
{
    size_t l = strlen(dir);
    if (l > 0 && dir[l - 1] == '/')
        return xasprintf("%s%s", dir, name);
    return xasprintf("%s/%s", dir, name);
}

bool is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

bool is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

int natural_compare(const char *a, const char *b)
{
    while (*a && *b) {
        if (isdigit((unsigned char)*a) && isdigit((unsigned char)*b)) {
            while (*a == '0' && isdigit((unsigned char)a[1]))
                a++;
            while (*b == '0' && isdigit((unsigned char)b[1]))
                b++;
            size_t la = 0, lb = 0;
            while (isdigit((unsigned char)a[la]))
                la++;
            while (isdigit((unsigned char)b[lb]))
                lb++;
            if (la != lb)
                return la < lb ? -1 : 1;
            int c = memcmp(a, b, la);
            if (c)
                return c;
            a += la;
            b += lb;
            continue;
        }
        if (*a != *b)
            return (unsigned char)*a < (unsigned char)*b ? -1 : 1;
        a++;
        b++;
    }
    return *a ? 1 : (*b ? -1 : 0);
}

char *read_file(const char *path, size_t max, size_t *len)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return NULL;
    struct strbuf sb = STRBUF_INIT;
    char buf[65536];
    ssize_t n;
    while ((n = read(fd, buf, sizeof(buf))) > 0) {
        if (sb.len + (size_t)n > max) {
            strbuf_release(&sb);
            close(fd);
            errno = EFBIG;
            return NULL;
        }
        strbuf_add(&sb, buf, (size_t)n);
    }
    int e = errno;
    close(fd);
    if (n < 0) {
        strbuf_release(&sb);
        errno = e;
        return NULL;
    }
    if (len)
        *len = sb.len;
    return strbuf_detach(&sb);
}

int open_regular_file(const char *path, long long max, char *err, size_t errlen)
{
    /* O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below. */
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0)
        return set_error(err, errlen, "%s: %s", path, strerror(errno));
    struct stat st;
    if (fstat(fd, &st) < 0) {
        int e = errno;
        close(fd);
        return set_error(err, errlen, "%s: %s", path, strerror(e));
    }
    if (!S_ISREG(st.st_mode)) {
        close(fd);
        return set_error(err, errlen, "%s: not a regular file", path);
    }
    if (st.st_size > max) {
        close(fd);
        char size[32];
        if (max >= (1LL << 20))
            snprintf(size, sizeof(size), "%lld MiB", max >> 20);
        else
            snprintf(size, sizeof(size), "%lld KiB", max >> 10);
        return set_error(err, errlen, "%s: larger than %s", path, size);
    }
    int flags = fcntl(fd, F_GETFL);
    if (flags >= 0)
        fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    return fd;
}

int memfd_from_stream(int fd, long long max, const char *what, char *err, size_t errlen)
{
    int out = memfd_create(what, MFD_CLOEXEC);
    if (out < 0)
        return set_error(err, errlen, "memfd_create: %s", strerror(errno));
    char buf[65536];
    long long total = 0;
    for (;;) {
        ssize_t n = read(fd, buf, sizeof(buf));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            int e = errno;
            close(out);
            return set_error(err, errlen, "%s: %s", what, strerror(e));
        }
        if (n == 0)
            break;
        total += n;
        if (total > max) {
            close(out);
            return set_error(err, errlen, "%s: more than %lld MiB", what, max >> 20);
        }
        int e = write_all(out, buf, (size_t)n);
        if (e < 0) {
            close(out);
            return set_error(err, errlen, "%s: %s", what, strerror(-e));
        }
    }
    lseek(out, 0, SEEK_SET);
    return out;
}

/* Reads at most max bytes of fd from offset 0 into buf (max + 1 bytes, NUL-terminated);
 * returns how many. */
static size_t read_head(int fd, char *buf, size_t max, bool *truncated)
{
    size_t got = 0;
    *truncated = false;
    while (got < max) {
        ssize_t n = pread(fd, buf + got, max - got, (off_t)got);
        if (n <= 0)
            break;
        got += (size_t)n;
    }
    buf[got] = '\0';
    if (got == max) {
        char c;
        *truncated = pread(fd, &c, 1, (off_t)got) == 1;
    }
    return got;
}

char *read_fd_head(int fd, size_t max, bool *truncated)
{
    char *buf = xmalloc(max + 1);
    read_head(fd, buf, max, truncated);
    return buf;
}

char *read_fd_text(int fd, size_t max, bool *truncated)
{
    char *buf = xmalloc(max + 1);
    size_t got = read_head(fd, buf, max, truncated);
    size_t len = strlen(buf);
    if (len == got)
        return buf;
    struct strbuf sb = STRBUF_INIT;
    for (size_t i = 0; i < got; i = len + 1) {
        len = i + strlen(buf + i);
        strbuf_add(&sb, buf + i, len - i);
        if (len < got)
            strbuf_add(&sb, "\\x00", 4);
    }
    free(buf);
    return strbuf_detach(&sb);
}

static int remove_level(int dirfd, int depth)
{
    int fd = openat(dirfd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
    if (!d) {
        int e = errno;
        if (fd >= 0)
            close(fd);
        return -e;
    }
    int ret = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
            continue;
        if (unlinkat(dirfd, de->d_name, 0) == 0)
            continue;
        int sub = depth < 16
                      ? openat(dirfd, de->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                      : -1;
        if (sub < 0) {
            ret = -errno;
            continue;
        }
        int r = remove_level(sub, depth + 1);
        close(sub);
        if (r < 0 || unlinkat(dirfd, de->d_name, AT_REMOVEDIR) < 0)
            ret = r < 0 ? r : -errno;
    }
    closedir(d);
    return ret;
}

int remove_tree_at(int dirfd)
{
    return remove_level(dirfd, 0);
}

int write_all(int fd, const void *buf, size_t len)
{
    const char *p = buf;
    while (len > 0) {
        ssize_t n = write(fd, p, len);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return -errno;
        }
        p += n;
        len -= (size_t)n;
    }
    return 0;
}

int copy_fd(int in, int out)
{
    char buf[65536];
    for (;;) {
        ssize_t n = read(in, buf, sizeof(buf));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return -errno;
        }
        if (n == 0)
            return 0;
        int r = write_all(out, buf, (size_t)n);
        if (r < 0)
            return r;
    }
}

/* SHA-256 comes from nettle, not OpenSSL's libcrypto: the same digest, but loading libcrypto
 * costs every start of the judge about 2.5 million instructions of relocation and
 * initialisation (callgrind: 4.6 M for a program linking the judge's libraries with libcrypto,
 * 1.9 M with nettle), for the one function the judge uses. */
void sha256_begin(struct sha256 *h)
{
    sha256_init(&h->ctx);
}

void sha256_add(struct sha256 *h, const void *data, size_t len)
{
    sha256_update(&h->ctx, len, data);
}

void sha256_end_hex(struct sha256 *h, char out[65])
{
    static const char hex[] = "0123456789abcdef";
    uint8_t digest[SHA256_DIGEST_SIZE];
    sha256_digest(&h->ctx, sizeof(digest), digest);
    for (size_t i = 0; i < SHA256_DIGEST_SIZE; i++) {
        out[2 * i] = hex[digest[i] >> 4];
        out[2 * i + 1] = hex[digest[i] & 15];
    }
    out[64] = '\0';
}

void sha256_hex(const void *data, size_t len, char out[65])
{
    struct sha256 h;
    sha256_begin(&h);
    sha256_add(&h, data, len);
    sha256_end_hex(&h, out);
}

void utc_now(char out[21])
{
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(out, 21, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

void today(char out[11])
{
    const char *env = getenv("JUDGE_TODAY");
    if (env && strlen(env) == 10) {
        memcpy(out, env, 11);
        return;
    }
    time_t t = time(NULL);
    struct tm tm;
    localtime_r(&t, &tm);
    strftime(out, 11, "%Y-%m-%d", &tm);
}

char *str_replace_all(const char *s, const char *from, const char *to)
{
    struct strbuf sb = STRBUF_INIT;
    size_t fl = strlen(from);
    const char *p;
    if (fl == 0)
        return xstrdup(s);
    while ((p = strstr(s, from))) {
        strbuf_add(&sb, s, (size_t)(p - s));
        strbuf_addstr(&sb, to);
        s = p + fl;
    }
    strbuf_addstr(&sb, s);
    return strbuf_detach(&sb);
}

bool ends_with(const char *s, const char *suffix)
{
    size_t ls = strlen(s), lx = strlen(suffix);
    return ls >= lx && strcmp(s + ls - lx, suffix) == 0;
}

/* ---- text from outside: UTF-8 and visible controls ---- */

/*
 * Decodes the sequence at s[0, len). Returns its length (1..4) with the code point in *cp when
 * it is valid. Otherwise returns 0 with the length of its maximal subpart in *bad (1..3), or
 * with *bad = 0 when the bytes so far are a valid start cut by the end of the buffer.
 */
static size_t utf8_next(const unsigned char *s, size_t len, unsigned *cp, size_t *bad)
{
    unsigned c = s[0];
    size_t need;
    unsigned lo = 0x80, hi = 0xbf; /* the range of the second byte (table 3-7) */
    *bad = 1;
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    if (c >= 0xc2 && c <= 0xdf) {
        need = 2;
        *cp = c & 0x1f;
    } else if (c >= 0xe0 && c <= 0xef) {
        need = 3;
        *cp = c & 0x0f;
        if (c == 0xe0)
            lo = 0xa0; /* no overlongs */
        else if (c == 0xed)
            hi = 0x9f; /* no surrogates */
    } else if (c >= 0xf0 && c <= 0xf4) {
        need = 4;
        *cp = c & 0x07;
        if (c == 0xf0)
            lo = 0x90; /* no overlongs */
        else if (c == 0xf4)
            hi = 0x8f; /* nothing above U+10FFFF */
    } else {
        return 0; /* a continuation byte, C0/C1 (overlong), F5..FF */
    }
    for (size_t i = 1; i < need; i++) {
        if (i == len) {
            *bad = 0;
            return 0;
        }
        unsigned b = s[i];
        if (b < (i == 1 ? lo : 0x80) || b > (i == 1 ? hi : 0xbf)) {
            *bad = i;
            return 0;
        }
        *cp = (*cp << 6) | (b & 0x3f);
    }
    return need;
}

bool utf8_valid(const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0, bad;
    unsigned cp;
    while (i < len) {
        if (p[i] < 0x80) {
            i++;
            continue;
        }
        size_t n = utf8_next(p + i, len - i, &cp, &bad);
        if (n == 0)
            return false;
        i += n;
    }
    return true;
}

void strbuf_add_utf8(struct strbuf *sb, const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0, start = 0, bad;
    unsigned cp;
    while (i < len) {
        if (p[i] < 0x80) {
            i++;
            continue;
        }
        size_t n = utf8_next(p + i, len - i, &cp, &bad);
        if (n > 0) {
            i += n;
            continue;
        }
        strbuf_add(sb, s + start, i - start);
        strbuf_addstr(sb, "\xef\xbf\xbd");
        i += bad ? bad : len - i; /* a sequence cut by the end is one maximal subpart */
        start = i;
    }
    strbuf_add(sb, s + start, i - start);
}

char *utf8_sanitize(const char *s, size_t len, size_t *out_len)
{
    struct strbuf sb = STRBUF_INIT;
    strbuf_add_utf8(&sb, s, len);
    if (out_len)
        *out_len = sb.len;
    return strbuf_detach(&sb);
}

/* Characters that change how a terminal shows what follows: C1 controls and the
 * bidirectional embeddings, overrides and isolates ("Trojan Source"). */
static bool invisible_code_point(unsigned cp)
{
    return (cp >= 0x80 && cp <= 0x9f) || cp == 0x61c || cp == 0x200e || cp == 0x200f ||
           (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
}

size_t strbuf_add_visible(struct strbuf *sb, const char *s, size_t len, bool final)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0, start = 0, bad;
    unsigned cp;
    while (i < len) {
        unsigned c = p[i];
        if (c >= 0x20 && c < 0x7f) {
            i++;
            continue;
        }
        if (c == '\n' || c == '\t') {
            i++;
            continue;
        }
        size_t n = c < 0x80 ? 1 : utf8_next(p + i, len - i, &cp, &bad);
        if (c < 0x80) {
            cp = c;
        } else if (n == 0 && bad == 0 && !final) {
            break; /* the rest of this character comes with the next call */
        }
        if (n > 0 && cp >= 0x80 && !invisible_code_point(cp)) {
            i += n;
            continue;
        }
        strbuf_add(sb, s + start, i - start);
        if (n > 0 && cp >= 0x80) {
            strbuf_addf(sb, "\\u%04x", cp);
            i += n;
        } else {
            size_t count = n > 0 ? 1 : bad ? bad : len - i;
            for (size_t k = 0; k < count; k++)
                strbuf_addf(sb, "\\x%02x", p[i + k]);
            i += count;
        }
        start = i;
    }
    strbuf_add(sb, s + start, i - start);
    return i;
}

/* Cuts sb, valid UTF-8, at a character's start to at most max_bytes (0: no cut). */
static void cut_visible(struct strbuf *sb, size_t max_bytes)
{
    if (max_bytes && sb->len > max_bytes) {
        size_t cut = max_bytes;
        while (cut > 0 && ((unsigned char)sb->buf[cut] & 0xc0) == 0x80)
            cut--;
        sb->len = cut;
        sb->buf[cut] = '\0';
    }
}

char *text_visible(const char *s, size_t max_bytes)
{
    struct strbuf sb = STRBUF_INIT;
    if (s)
        strbuf_add_visible(&sb, s, strlen(s), true);
    /* What strbuf_add_visible leaves is valid UTF-8. */
    cut_visible(&sb, max_bytes);
    return strbuf_detach(&sb);
}

char *text_visible_line(const char *s, size_t max_bytes)
{
    char *v = text_visible(s, 0);
    struct strbuf sb = STRBUF_INIT;
    for (const char *c = v; *c; c++) {
        if (*c == '\n' || *c == '\t')
            strbuf_add(&sb, *c == '\n' ? "\\n" : "\\t", 2);
        else
            strbuf_add(&sb, c, 1);
    }
    free(v);
    cut_visible(&sb, max_bytes);
    return strbuf_detach(&sb);
}

char *json_print(const struct cJSON *o)
{
    char *text = cJSON_PrintUnformatted(o);
    if (!text)
        out_of_memory(0);
    size_t len = strlen(text);
    char *out = utf8_valid(text, len) ? xstrndup(text, len) : utf8_sanitize(text, len, NULL);
    cJSON_free(text);
    return out;
}

void json_print_line(FILE *out, const struct cJSON *o)
{
    char *text = json_print(o);
    fputs(text, out);
    fputc('\n', out);
    free(text);
}
