/* compare.c: the built-in checkers, streaming output and answer through two bounded buffers. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* memrchr, newlocale, strtod_l */
#endif
#include "judge/compare.h"

#include <errno.h>
#include <locale.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

/*
 * Theory of operation. Each side is read through a reader: a buffer of READ_SIZE bytes plus
 * HISTORY bytes of already-compared input kept in front of the read position, so that a message
 * can show some context before a difference. Every checker alternates between two paths:
 *
 *  - the fast path (fast_forward): both sides are in the same state, so the longest common
 *    prefix of the two buffered windows can be skipped with memcmp, counting its newlines once.
 *    For identical files this is all that runs, which is what makes us as fast as cmp(1).
 *  - a slow path per mode, byte by byte but in tight loops over the buffers, which resolves
 *    the first difference: trailing whitespace, a different amount of whitespace between
 *    tokens, numbers written differently, or a real wrong answer.
 *
 * Token-based modes only fast-forward to just after the last whitespace byte of the common
 * prefix, so that their slow path always starts at a token boundary and can copy number tokens
 * whole. Tokens are compared incrementally and may be arbitrarily long; only their first
 * CMP_MAX_NUMBER_LEN + 1 bytes are ever copied. When the sides differ everywhere in whitespace
 * (CRLF against LF, one token per line against all on one line), the fast path backs off and
 * skip_equal_tokens() walks both windows token by token instead.
 *
 * A read error is recorded in its reader and looks like end of file to the checkers; cmp_fds()
 * then throws their conclusion away and reports SE.
 */

#define READ_SIZE (64 * 1024) /* bytes read per read(2) on each side */
#define HISTORY   64          /* compared bytes kept before the read position */
#define BUF_CAP   (HISTORY + READ_SIZE)
#define LOOKAHEAD 48                       /* bytes read past a difference to describe it */
#define CONTEXT   24                       /* bytes shown before a difference */
#define NUM_KEEP  (CMP_MAX_NUMBER_LEN + 1) /* a copied token this long is too long for a number */

/* Byte classes: C_WS is isspace() in the C locale, C_LINE_WS what CMP_LINES trims. */
enum {
    C_WS = 1,
    C_LINE_WS = 2,
    C_NL = 4,
};

static const unsigned char char_class[256] = {
    [' '] = C_WS | C_LINE_WS,
    ['\t'] = C_WS | C_LINE_WS,
    ['\r'] = C_WS | C_LINE_WS,
    ['\n'] = C_WS | C_NL,
    ['\v'] = C_WS,
    ['\f'] = C_WS,
};

struct reader {
    int fd;
    unsigned char *buf;  /* BUF_CAP bytes */
    size_t pos, len;     /* next byte to compare; end of the buffered bytes */
    uint64_t base;       /* stream offset of buf[0] */
    uint64_t line_start; /* stream offset of the first byte of the current line */
    long line;           /* 1-based line of buf[pos] */
    bool eof;            /* no more read(2)s: end of file or error */
    int err;             /* errno of a failed read, or 0 */
};

/* A remembered position of a reader. */
struct mark {
    uint64_t offset, line_start;
    long line;
};

struct checker {
    struct reader out, ans;
    const struct cmp_options *opt;
    struct cmp_result *res;
    bool numeric;         /* answer tokens that are numbers are compared as numbers */
    bool space_sensitive; /* CMP_KATTIS space_change_sensitive */
    locale_t c_locale;    /* for strtod_l, so that the process's locale does not matter */
    unsigned char fold[256];
    char num_ans[NUM_KEEP + 1], num_out[NUM_KEEP + 1];
};

void cmp_options_init(struct cmp_options *o, enum cmp_mode mode)
{
    o->mode = mode;
    o->abs_tol = -1;
    o->rel_tol = -1;
    o->case_sensitive = false;
    o->space_change_sensitive = false;
}

/* ---- Formatting for humans ---- */

/* Length of the valid, printable UTF-8 sequence at p (2 to 4 bytes), or 0. */
static size_t utf8_sequence(const unsigned char *p, size_t n)
{
    size_t len;
    uint32_t cp;
    if (p[0] >= 0xc2 && p[0] <= 0xdf) {
        len = 2;
        cp = p[0] & 0x1fu;
    } else if (p[0] >= 0xe0 && p[0] <= 0xef) {
        len = 3;
        cp = p[0] & 0x0fu;
    } else if (p[0] >= 0xf0 && p[0] <= 0xf4) {
        len = 4;
        cp = p[0] & 0x07u;
    } else {
        return 0;
    }
    if (n < len)
        return 0;
    for (size_t i = 1; i < len; i++) {
        if ((p[i] & 0xc0) != 0x80)
            return 0;
        cp = (cp << 6) | (p[i] & 0x3fu);
    }
    /* Overlong forms, surrogates, beyond U+10FFFF and the C1 controls are not shown raw. */
    if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10ffff ||
        (cp >= 0xd800 && cp <= 0xdfff) || cp < 0xa0)
        return 0;
    return len;
}

/*
 * Writes p[0..n) to dst escaped as one printable line: \n \r \t \\ and \xNN for other control
 * bytes and bytes that are not valid UTF-8. "..." is put in front if cut_before, and at the end
 * if more_after or if not everything fits. dst is always NUL-terminated; size must be >= 4.
 */
static void escape_piece(char *dst, size_t size, const unsigned char *p, size_t n, bool cut_before,
                         bool more_after)
{
    static const char hex[] = "0123456789abcdef";
    size_t used = 0;
    if (cut_before) {
        memcpy(dst, "...", 3);
        used = 3;
    }
    size_t i = 0;
    while (i < n) {
        char unit[4];
        size_t unit_len, consumed;
        unsigned char b = p[i];
        size_t seq = b >= 0x80 ? utf8_sequence(p + i, n - i) : 0;
        if (seq > 0) {
            memcpy(unit, p + i, seq);
            unit_len = consumed = seq;
        } else {
            consumed = 1;
            unit_len = 2;
            unit[0] = '\\';
            if (b == '\n') {
                unit[1] = 'n';
            } else if (b == '\r') {
                unit[1] = 'r';
            } else if (b == '\t') {
                unit[1] = 't';
            } else if (b == '\\') {
                unit[1] = '\\';
            } else if (b < 0x20 || b >= 0x7f) {
                unit[1] = 'x';
                unit[2] = hex[b >> 4];
                unit[3] = hex[b & 0xf];
                unit_len = 4;
            } else {
                unit[0] = (char)b;
                unit_len = 1;
            }
        }
        bool last = i + consumed == n && !more_after;
        /* Unless this is the last unit, keep room for "..." after it. */
        if (used + unit_len + (last ? 0 : 3) + 1 > size)
            break;
        memcpy(dst + used, unit, unit_len);
        used += unit_len;
        i += consumed;
    }
    if (i < n || more_after) {
        memcpy(dst + used, "...", 3);
        used += 3;
    }
    dst[used] = '\0';
}

/* Ends a truncated string with "...", without splitting a UTF-8 sequence. */
static void mark_truncated(char *dst, size_t size)
{
    size_t end = size - 4;
    while (end > 0 && ((unsigned char)dst[end] & 0xc0) == 0x80)
        end--;
    memcpy(dst + end, "...", 4);
}

__attribute__((format(printf, 3, 4))) static void format_line(char *dst, size_t size,
                                                              const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(dst, size, fmt, ap);
    va_end(ap);
    if (n < 0)
        dst[0] = '\0';
    else if ((size_t)n >= size)
        mark_truncated(dst, size);
}

/* "'piece'", or when_empty for an empty piece (which stands for end of file). */
static const char *quoted(char *buf, size_t size, const char *piece, const char *when_empty)
{
    if (piece[0] == '\0')
        return when_empty;
    format_line(buf, size, "'%s'", piece);
    return buf;
}

/* ---- Readers ---- */

static uint64_t rd_offset(const struct reader *r)
{
    return r->base + r->pos;
}

static struct mark rd_mark(const struct reader *r)
{
    return (struct mark){.offset = rd_offset(r), .line_start = r->line_start, .line = r->line};
}

static long mark_column(const struct mark *m)
{
    return (long)(m->offset - m->line_start) + 1;
}

/* Reads more after the buffered bytes, keeping HISTORY bytes before pos. Returns the number of
 * unread bytes now buffered: 0 means end of file, or an error recorded in r->err. */
static size_t rd_fill(struct reader *r)
{
    if (r->eof)
        return r->len - r->pos;
    size_t keep_from = r->pos > HISTORY ? r->pos - HISTORY : 0;
    if (keep_from > 0) {
        memmove(r->buf, r->buf + keep_from, r->len - keep_from);
        r->len -= keep_from;
        r->pos -= keep_from;
        r->base += keep_from;
    }
    if (r->len < BUF_CAP) {
        ssize_t got;
        do {
            got = read(r->fd, r->buf + r->len, BUF_CAP - r->len);
        } while (got < 0 && errno == EINTR);
        if (got > 0) {
            r->len += (size_t)got;
        } else {
            r->eof = true;
            if (got < 0)
                r->err = errno;
        }
    }
    return r->len - r->pos;
}

static inline size_t rd_avail(struct reader *r)
{
    return r->pos < r->len ? r->len - r->pos : rd_fill(r);
}

/* The next byte, or -1 at end of file (or error). */
static inline int rd_peek(struct reader *r)
{
    return rd_avail(r) > 0 ? r->buf[r->pos] : -1;
}

/* Consumes the byte rd_peek() just returned. */
static inline void rd_skip1(struct reader *r)
{
    if (r->buf[r->pos++] == '\n') {
        r->line++;
        r->line_start = rd_offset(r);
    }
}

/* Consumes bytes while their class has a bit of mask. */
static void rd_skip_class(struct reader *r, unsigned char mask)
{
    while (rd_avail(r) > 0) {
        const unsigned char *p = r->buf + r->pos, *end = r->buf + r->len;
        while (p < end && (char_class[*p] & mask)) {
            if (*p == '\n') {
                r->line++;
                r->line_start = r->base + (size_t)(p - r->buf) + 1;
            }
            p++;
        }
        r->pos = (size_t)(p - r->buf);
        if (p < end)
            return;
    }
}

/* Copies the rest of the current token (no newlines in it) into dst[have..], consuming it,
 * until it ends or cap bytes are held. Returns the bytes held. */
static size_t rd_copy_token(struct reader *r, char *dst, size_t have, size_t cap)
{
    while (have < cap && rd_avail(r) > 0) {
        const unsigned char *p = r->buf + r->pos;
        size_t avail = r->len - r->pos, limit = cap - have < avail ? cap - have : avail, i = 0;
        while (i < limit && !(char_class[p[i]] & C_WS))
            i++;
        memcpy(dst + have, p, i);
        have += i;
        r->pos += i;
        if (i < limit)
            break;
    }
    return have;
}

/*
 * Describes r's input around the read position: from stream offset from (moved forward to at
 * most CONTEXT bytes before the read position, with "..." in front) through the first byte of
 * class stop (included if stop_included) or LOOKAHEAD bytes. Reads ahead as needed.
 */
static void rd_piece(struct reader *r, uint64_t from, unsigned char stop, bool stop_included,
                     char *dst, size_t size)
{
    while (r->len - r->pos < LOOKAHEAD && !r->eof)
        rd_fill(r);
    uint64_t here = rd_offset(r);
    bool cut_before = false;
    if (here - from > CONTEXT) {
        from = here - CONTEXT;
        cut_before = true;
    }
    if (from < r->base) { /* cannot happen while HISTORY >= CONTEXT */
        from = r->base;
        cut_before = true;
    }
    size_t start = (size_t)(from - r->base), end = r->pos;
    size_t limit = r->len - r->pos < LOOKAHEAD ? r->len : r->pos + LOOKAHEAD;
    while (end < limit && !(char_class[r->buf[end]] & stop))
        end++;
    bool more_after = false;
    if (end < limit && stop_included)
        end++;
    else if (end == limit)
        more_after = end < r->len ? !(char_class[r->buf[end]] & stop) : !r->eof;
    escape_piece(dst, size, r->buf + start, end - start, cut_before, more_after);
}

/* ---- Shared pieces of the checkers ---- */

/* Counts the '\n' bytes of p[0..n), eight at a time. */
static size_t count_newlines(const unsigned char *p, size_t n)
{
    const uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;
    size_t count = 0, i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t word;
        memcpy(&word, p + i, 8);
        uint64_t x = word ^ (ones * '\n');                     /* zero bytes where p[] == '\n' */
        uint64_t nonzero = (((x & ~high) + ~high) | x) & high; /* high bit of each nonzero byte */
        count += (size_t)((((nonzero ^ high) >> 7) * ones) >> 56);
    }
    for (; i < n; i++)
        count += p[i] == '\n';
    return count;
}

/* Length of the common prefix of x[0..n) and y[0..n). */
static size_t common_prefix(const unsigned char *x, const unsigned char *y, size_t n)
{
    if (memcmp(x, y, n) == 0)
        return n;
    size_t i = 0;
    while (n - i >= 64 && memcmp(x + i, y + i, 64) == 0)
        i += 64;
    while (x[i] == y[i])
        i++;
    return i;
}

/*
 * The fast path: consumes the longest common prefix of the two buffered windows (if
 * to_boundary, only through its last whitespace byte). Returns true if it stopped at a
 * difference rather than at the end of a window.
 */
static bool fast_forward(struct checker *c, bool to_boundary)
{
    struct reader *o = &c->out, *a = &c->ans;
    size_t avail_out = rd_avail(o), avail_ans = rd_avail(a);
    size_t window = avail_out < avail_ans ? avail_out : avail_ans;
    if (window == 0)
        return false;
    const unsigned char *po = o->buf + o->pos, *pa = a->buf + a->pos;
    size_t n = common_prefix(po, pa, window);
    bool differs = n < window;
    if (to_boundary) {
        while (n > 0 && !(char_class[po[n - 1]] & C_WS))
            n--;
    }
    if (n == 0)
        return differs;
    size_t newlines = count_newlines(po, n);
    if (newlines > 0) {
        const unsigned char *last = memrchr(po, '\n', n);
        size_t after = (size_t)(last - po) + 1;
        o->line += (long)newlines;
        o->line_start = rd_offset(o) + after;
        a->line += (long)newlines;
        a->line_start = rd_offset(a) + after;
    }
    o->pos += n;
    a->pos += n;
    return differs;
}

static void report(struct checker *c, const struct mark *out_at, long answer_line)
{
    c->res->verdict = VERDICT_WA;
    c->res->line = out_at->line;
    c->res->column = mark_column(out_at);
    c->res->answer_line = answer_line;
}

/* The output ended (or has only ignorable input left) where the answer has more. */
static void report_early(struct checker *c, unsigned char stop, bool stop_included)
{
    struct cmp_result *r = c->res;
    struct mark out_at = rd_mark(&c->out);
    rd_piece(&c->ans, rd_offset(&c->ans), stop, stop_included, r->expected, sizeof r->expected);
    r->got[0] = '\0';
    report(c, &out_at, c->ans.line);
    bool empty = c->out.base + c->out.len == 0;
    format_line(r->message, sizeof r->message, "%s: expected '%s' at line %ld",
                empty ? "output is empty" : "output ended early", r->expected, c->ans.line);
}

/* The answer ended (or has only ignorable input left) where the output has more. */
static void report_extra(struct checker *c, unsigned char stop, bool stop_included)
{
    struct cmp_result *r = c->res;
    struct mark out_at = rd_mark(&c->out);
    rd_piece(&c->out, rd_offset(&c->out), stop, stop_included, r->got, sizeof r->got);
    r->expected[0] = '\0';
    report(c, &out_at, c->ans.line);
    format_line(r->message, sizeof r->message, "extra output at line %ld: '%s'", out_at.line,
                r->got);
}

/* A difference inside a line (CMP_EXACT, CMP_LINES): show both lines around it. */
static void report_line_mismatch(struct checker *c, const struct mark *out_at,
                                 const struct mark *ans_at)
{
    struct cmp_result *r = c->res;
    char exp_buf[80], got_buf[80];
    rd_piece(&c->ans, ans_at->line_start, C_NL, true, r->expected, sizeof r->expected);
    rd_piece(&c->out, out_at->line_start, C_NL, true, r->got, sizeof r->got);
    report(c, out_at, ans_at->line);
    format_line(r->message, sizeof r->message, "line %ld, column %ld: expected %s, got %s",
                out_at->line, mark_column(out_at),
                quoted(exp_buf, sizeof exp_buf, r->expected, "end of file"),
                quoted(got_buf, sizeof got_buf, r->got, "end of file"));
}

/* ---- CMP_EXACT ---- */

static void check_exact(struct checker *c)
{
    struct reader *o = &c->out, *a = &c->ans;
    for (;;) {
        fast_forward(c, false);
        int ca = rd_peek(a), co = rd_peek(o);
        if (ca == co) {
            if (ca < 0)
                return;
            rd_skip1(a);
            rd_skip1(o);
            continue;
        }
        if (co < 0) {
            report_early(c, C_NL, true);
        } else if (ca < 0) {
            report_extra(c, C_NL, true);
        } else {
            struct mark out_at = rd_mark(o), ans_at = rd_mark(a);
            report_line_mismatch(c, &out_at, &ans_at);
        }
        return;
    }
}

/* ---- CMP_LINES ---- */

static void check_lines(struct checker *c)
{
    struct reader *o = &c->out, *a = &c->ans;
    for (;;) {
        fast_forward(c, false);
        int ca = rd_peek(a), co = rd_peek(o);
        if (ca == co) {
            if (ca < 0)
                return;
            rd_skip1(a);
            rd_skip1(o);
            continue;
        }
        struct mark out_at = rd_mark(o), ans_at = rd_mark(a);
        if ((ca >= 0 && (char_class[ca] & C_LINE_WS)) ||
            (co >= 0 && (char_class[co] & C_LINE_WS))) {
            /* Whitespace runs that differ are fine only if both are trailing. */
            rd_skip_class(a, C_LINE_WS);
            rd_skip_class(o, C_LINE_WS);
            ca = rd_peek(a);
            co = rd_peek(o);
            if ((ca >= 0 && ca != '\n') || (co >= 0 && co != '\n')) {
                report_line_mismatch(c, &out_at, &ans_at);
                return;
            }
            if (ca == co)
                continue; /* both at '\n', or both at end of file */
        }
        if ((ca == '\n' && co < 0) || (ca < 0 && co == '\n')) {
            /* One side ended: the other may only have blank lines left. */
            struct reader *rest = co < 0 ? a : o;
            rd_skip_class(rest, C_LINE_WS | C_NL);
            if (rd_peek(rest) < 0)
                return;
            if (rest == o)
                report_extra(c, C_NL, true);
            else
                report_early(c, C_NL, true);
            return;
        }
        if (co < 0 && mark_column(&out_at) == 1 && mark_column(&ans_at) == 1)
            report_early(c, C_NL, true);
        else if (ca < 0 && mark_column(&out_at) == 1 && mark_column(&ans_at) == 1)
            report_extra(c, C_NL, true);
        else
            report_line_mismatch(c, &out_at, &ans_at);
        return;
    }
}

/* ---- Token-based modes: CMP_TOKENS, CMP_FLOAT, CMP_KATTIS ---- */

/* Whether s[0..n) is a number in the grammar of compare.h. */
static bool is_number_syntax(const char *s, size_t n)
{
    size_t i = 0;
    if (i < n && (s[i] == '+' || s[i] == '-'))
        i++;
    size_t digits = 0;
    while (i < n && s[i] >= '0' && s[i] <= '9') {
        i++;
        digits++;
    }
    if (i < n && s[i] == '.') {
        i++;
        while (i < n && s[i] >= '0' && s[i] <= '9') {
            i++;
            digits++;
        }
    }
    if (digits == 0)
        return false;
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        if (i < n && (s[i] == '+' || s[i] == '-'))
            i++;
        size_t exponent_digits = 0;
        while (i < n && s[i] >= '0' && s[i] <= '9') {
            i++;
            exponent_digits++;
        }
        if (exponent_digits == 0)
            return false;
    }
    return i == n;
}

/* Parses the NUL-terminated s[0..n) (n <= CMP_MAX_NUMBER_LEN) if it is a number: one of the
 * grammar whose value is finite. A token that overflows a double ("1e400") is not a number, as
 * in problemtools' default validator: it is compared as a string, so two overflowing tokens
 * are never equal as infinities. */
static bool parse_number(locale_t c_locale, const char *s, size_t n, double *value)
{
    if (n > CMP_MAX_NUMBER_LEN || !is_number_syntax(s, n))
        return false;
    char *end;
    *value = strtod_l(s, &end, c_locale);
    return end == s + n && isfinite(*value);
}

/* Both finite (parse_number). */
static bool numbers_match(double ans, double out, double abs_tol, double rel_tol)
{
    double diff = fabs(out - ans);
    if (abs_tol < 0 && rel_tol < 0)
        return diff == 0;
    return (abs_tol >= 0 && diff <= abs_tol) || (rel_tol >= 0 && diff <= rel_tol * fabs(ans));
}

static void describe_tolerance(const struct cmp_options *o, char *buf, size_t size)
{
    if (o->abs_tol >= 0 && o->rel_tol >= 0)
        format_line(buf, size, "±%g or relative ±%g", o->abs_tol, o->rel_tol);
    else if (o->abs_tol >= 0)
        format_line(buf, size, "±%g", o->abs_tol);
    else if (o->rel_tol >= 0)
        format_line(buf, size, "relative ±%g", o->rel_tol);
    else
        format_line(buf, size, "exactly");
}

/* A token copy as a piece: around index diff, with "..." if the token went on. */
static void copy_piece(const char *s, size_t len, size_t diff, char *dst, size_t size)
{
    size_t from = diff > CONTEXT ? diff - CONTEXT : 0;
    escape_piece(dst, size, (const unsigned char *)s + from, len - from, from > 0,
                 len > CMP_MAX_NUMBER_LEN);
}

static void report_token_mismatch(struct checker *c, const struct mark *out_at,
                                  const struct mark *ans_at)
{
    struct cmp_result *r = c->res;
    report(c, out_at, ans_at->line);
    format_line(r->message, sizeof r->message, "line %ld, column %ld: expected '%s', got '%s'",
                out_at->line, mark_column(out_at), r->expected, r->got);
}

/*
 * Finishes a token pair that differs from byte same on (same <= CMP_MAX_NUMBER_LEN, the first
 * same bytes are in num_ans/num_out) when numbers are compared numerically.
 */
static bool compare_number_tokens(struct checker *c, const struct mark *out_at,
                                  const struct mark *ans_at, size_t same)
{
    struct cmp_result *r = c->res;
    size_t ans_len = rd_copy_token(&c->ans, c->num_ans, same, NUM_KEEP);
    size_t out_len = rd_copy_token(&c->out, c->num_out, same, NUM_KEEP);
    c->num_ans[ans_len] = '\0';
    c->num_out[out_len] = '\0';
    copy_piece(c->num_ans, ans_len, same, r->expected, sizeof r->expected);
    copy_piece(c->num_out, out_len, same, r->got, sizeof r->got);
    double ans_value, out_value;
    if (!parse_number(c->c_locale, c->num_ans, ans_len, &ans_value)) {
        report_token_mismatch(c, out_at, ans_at);
        return false;
    }
    bool out_is_number = parse_number(c->c_locale, c->num_out, out_len, &out_value);
    if (out_is_number && numbers_match(ans_value, out_value, c->opt->abs_tol, c->opt->rel_tol))
        return true;
    report(c, out_at, ans_at->line);
    if (!out_is_number) {
        format_line(r->message, sizeof r->message,
                    "line %ld, column %ld: expected the number '%s', got '%s'", out_at->line,
                    mark_column(out_at), r->expected, r->got);
    } else {
        char tolerance[80];
        describe_tolerance(c->opt, tolerance, sizeof tolerance);
        format_line(r->message, sizeof r->message, "line %ld, column %ld: expected %s (%s), got %s",
                    out_at->line, mark_column(out_at), r->expected, tolerance, r->got);
    }
    return false;
}

/* Compares the tokens both readers are at (neither at whitespace or end of file), consuming
 * them if they are equal. Returns false after reporting a difference. */
static bool compare_token(struct checker *c)
{
    struct reader *o = &c->out, *a = &c->ans;
    struct mark out_at = rd_mark(o), ans_at = rd_mark(a);
    const unsigned char *fold = c->fold;
    size_t same = 0;
    for (;;) {
        size_t avail_out = rd_avail(o), avail_ans = rd_avail(a);
        size_t n = avail_out < avail_ans ? avail_out : avail_ans;
        if (n == 0)
            break;
        const unsigned char *po = o->buf + o->pos, *pa = a->buf + a->pos;
        size_t i = 0;
        while (i < n && fold[po[i]] == fold[pa[i]] && !(char_class[pa[i]] & C_WS))
            i++;
        if (c->numeric && same < NUM_KEEP) {
            size_t keep = i < NUM_KEEP - same ? i : NUM_KEEP - same;
            memcpy(c->num_out + same, po, keep);
            memcpy(c->num_ans + same, pa, keep);
        }
        o->pos += i;
        a->pos += i;
        same += i;
        if (i < n)
            break;
    }
    int ca = rd_peek(a), co = rd_peek(o);
    bool ans_ended = ca < 0 || (char_class[ca] & C_WS),
         out_ended = co < 0 || (char_class[co] & C_WS);
    if (ans_ended && out_ended)
        return true;
    if (c->numeric && same <= CMP_MAX_NUMBER_LEN)
        return compare_number_tokens(c, &out_at, &ans_at, same);
    rd_piece(a, ans_at.offset, C_WS, false, c->res->expected, sizeof c->res->expected);
    rd_piece(o, out_at.offset, C_WS, false, c->res->got, sizeof c->res->got);
    report_token_mismatch(c, &out_at, &ans_at);
    return false;
}

/* CMP_KATTIS space_change_sensitive: the answer's whitespace must be matched byte for byte, and
 * the output may have no more. Returns false after reporting a difference. */
static bool match_whitespace(struct checker *c)
{
    struct reader *o = &c->out, *a = &c->ans;
    struct cmp_result *r = c->res;
    char exp_buf[80], got_buf[80];
    int ca, co;
    while ((ca = rd_peek(a)) >= 0 && (char_class[ca] & C_WS)) {
        co = rd_peek(o);
        if (co != ca) {
            struct mark out_at = rd_mark(o);
            unsigned char expected_byte = (unsigned char)ca;
            escape_piece(r->expected, sizeof r->expected, &expected_byte, 1, false, false);
            rd_piece(o, out_at.offset, C_WS, false, r->got, sizeof r->got);
            if (co >= 0 && (char_class[co] & C_WS)) {
                unsigned char got_byte = (unsigned char)co;
                escape_piece(r->got, sizeof r->got, &got_byte, 1, false, false);
            }
            report(c, &out_at, a->line);
            format_line(r->message, sizeof r->message,
                        "line %ld, column %ld: expected whitespace '%s', got %s", out_at.line,
                        mark_column(&out_at), r->expected,
                        quoted(got_buf, sizeof got_buf, r->got, "end of file"));
            return false;
        }
        rd_skip1(a);
        rd_skip1(o);
    }
    co = rd_peek(o);
    if (co >= 0 && (char_class[co] & C_WS)) {
        struct mark out_at = rd_mark(o);
        unsigned char got_byte = (unsigned char)co;
        escape_piece(r->got, sizeof r->got, &got_byte, 1, false, false);
        rd_piece(a, rd_offset(a), C_WS, false, r->expected, sizeof r->expected);
        report(c, &out_at, a->line);
        format_line(r->message, sizeof r->message,
                    "line %ld, column %ld: expected %s, got whitespace '%s'", out_at.line,
                    mark_column(&out_at),
                    quoted(exp_buf, sizeof exp_buf, r->expected, "end of file"), r->got);
        return false;
    }
    return true;
}

/* Skips the whitespace at p (before end) of r's buffer, counting lines. */
static const unsigned char *skip_space_in_window(struct reader *r, const unsigned char *p,
                                                 const unsigned char *end)
{
    while (p < end && (char_class[*p] & C_WS)) {
        if (*p == '\n') {
            r->line++;
            r->line_start = r->base + (size_t)(p - r->buf) + 1;
        }
        p++;
    }
    return p;
}

/*
 * The slow path's own fast loop, for when the two sides differ in whitespace only: consumes
 * whitespace and equal tokens as long as both lie whole inside the buffered windows. Stops
 * (with both sides just after whitespace) before a token that differs or reaches the end of
 * a window, which the general code then handles.
 */
static void skip_equal_tokens(struct checker *c)
{
    struct reader *o = &c->out, *a = &c->ans;
    const unsigned char *fold = c->fold;
    const unsigned char *po = o->buf + o->pos, *end_out = o->buf + o->len;
    const unsigned char *pa = a->buf + a->pos, *end_ans = a->buf + a->len;
    for (;;) {
        po = skip_space_in_window(o, po, end_out);
        pa = skip_space_in_window(a, pa, end_ans);
        const unsigned char *qo = po, *qa = pa;
        while (qo < end_out && qa < end_ans && fold[*qo] == fold[*qa] &&
               !(char_class[*qa] & C_WS)) {
            qo++;
            qa++;
        }
        if (qo == end_out || qa == end_ans || !(char_class[*qa] & C_WS) ||
            !(char_class[*qo] & C_WS) || qo == po)
            break;
        po = qo;
        pa = qa;
    }
    o->pos = (size_t)(po - o->buf);
    a->pos = (size_t)(pa - a->buf);
}

static void check_tokens(struct checker *c)
{
    struct reader *o = &c->out, *a = &c->ans;
    /* After the fast path finds a difference, skip it for a growing number of tokens: output
     * that differs everywhere (CRLF against LF) should not pay for it at every token. */
    unsigned fast_wait = 0, fast_backoff = 0;
    for (;;) {
        if (fast_wait > 0) {
            fast_wait--;
        } else if (fast_forward(c, true)) {
            fast_backoff = fast_backoff == 0 ? 1 : (fast_backoff < 1024 ? 2 * fast_backoff : 1024);
            fast_wait = fast_backoff;
        } else {
            fast_backoff = 0;
        }
        if (c->space_sensitive) {
            if (!match_whitespace(c))
                return;
        } else {
            skip_equal_tokens(c);
            rd_skip_class(a, C_WS);
            rd_skip_class(o, C_WS);
        }
        int ca = rd_peek(a), co = rd_peek(o);
        if (ca < 0) {
            if (co >= 0)
                report_extra(c, C_WS, false);
            return;
        }
        if (co < 0) {
            report_early(c, C_WS, false);
            return;
        }
        if (!compare_token(c))
            return;
    }
}

/* ---- Entry points ---- */

static void system_error(struct cmp_result *r, int err, const char *what)
{
    memset(r, 0, sizeof *r);
    r->verdict = VERDICT_SE;
    format_line(r->message, sizeof r->message, "%s: %s", what, strerror(err));
}

int cmp_fds(int out_fd, int ans_fd, const struct cmp_options *o, struct cmp_result *r)
{
    if (r == NULL) {
        errno = EINVAL;
        return -1;
    }
    memset(r, 0, sizeof *r);
    r->verdict = VERDICT_AC;
    if (o == NULL || o->mode < CMP_EXACT || o->mode > CMP_KATTIS) {
        system_error(r, EINVAL, "invalid comparison options");
        errno = EINVAL;
        return -1;
    }

    int err = 0;
    const char *failed = NULL;
    struct checker *c = calloc(1, sizeof *c);
    unsigned char *buffers = malloc(2 * (size_t)BUF_CAP);
    if (c == NULL || buffers == NULL) {
        err = ENOMEM;
        failed = "cannot allocate comparison buffers";
        goto out_free;
    }
    c->opt = o;
    c->res = r;
    c->out = (struct reader){.fd = out_fd, .buf = buffers, .line = 1};
    c->ans = (struct reader){.fd = ans_fd, .buf = buffers + BUF_CAP, .line = 1};
    bool kattis = o->mode == CMP_KATTIS;
    c->numeric = o->mode == CMP_FLOAT || (kattis && (o->abs_tol >= 0 || o->rel_tol >= 0));
    c->space_sensitive = kattis && o->space_change_sensitive;
    for (int i = 0; i < 256; i++) {
        bool fold_case = kattis && !o->case_sensitive && i >= 'A' && i <= 'Z';
        c->fold[i] = (unsigned char)(fold_case ? i - 'A' + 'a' : i);
    }
    if (c->numeric) {
        c->c_locale = newlocale(LC_NUMERIC_MASK, "C", (locale_t)0);
        if (c->c_locale == (locale_t)0) {
            err = errno ? errno : ENOMEM;
            failed = "cannot create the C locale";
            goto out_free;
        }
    }

    switch (o->mode) {
    case CMP_EXACT:
        check_exact(c);
        break;
    case CMP_LINES:
        check_lines(c);
        break;
    case CMP_TOKENS:
    case CMP_FLOAT:
    case CMP_KATTIS:
        check_tokens(c);
        break;
    }
    /* A read error looks like end of file to the checkers: whatever they concluded is void. */
    if (c->out.err) {
        err = c->out.err;
        failed = "cannot read the output";
    } else if (c->ans.err) {
        err = c->ans.err;
        failed = "cannot read the answer";
    }

out_free:
    if (c != NULL && c->c_locale != (locale_t)0)
        freelocale(c->c_locale);
    free(buffers);
    free(c);
    if (failed != NULL) {
        system_error(r, err, failed);
        errno = err;
        return -1;
    }
    return 0;
}

/* The next whitespace-separated word of *p, or NULL at the end. */
static const char *next_word(const char **p, size_t *len)
{
    const char *s = *p;
    while (*s != '\0' && (char_class[(unsigned char)*s] & C_WS))
        s++;
    if (*s == '\0')
        return NULL;
    const char *start = s;
    while (*s != '\0' && !(char_class[(unsigned char)*s] & C_WS))
        s++;
    *len = (size_t)(s - start);
    *p = s;
    return start;
}

static bool word_is(const char *word, size_t len, const char *name)
{
    return strlen(name) == len && memcmp(word, name, len) == 0;
}

__attribute__((format(printf, 3, 4))) static void set_error(char *err, size_t errlen,
                                                            const char *fmt, ...)
{
    if (err == NULL || errlen == 0)
        return;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
    if (n < 0)
        err[0] = '\0';
    else if ((size_t)n >= errlen && errlen >= 4)
        mark_truncated(err, errlen);
}

/* Parses a tolerance: a finite, non-negative number in the grammar of compare.h. */
static bool parse_tolerance(const char *word, size_t len, double *value)
{
    char copy[64];
    if (len >= sizeof copy)
        return false;
    memcpy(copy, word, len);
    copy[len] = '\0';
    locale_t c_locale = newlocale(LC_NUMERIC_MASK, "C", (locale_t)0);
    if (c_locale == (locale_t)0)
        return false;
    bool ok = parse_number(c_locale, copy, len, value) && isfinite(*value) && *value >= 0;
    freelocale(c_locale);
    return ok;
}

int cmp_parse_kattis_flags(const char *flags, struct cmp_options *o, char *err, size_t errlen)
{
    struct cmp_options parsed;
    cmp_options_init(&parsed, CMP_KATTIS);
    const char *p = flags != NULL ? flags : "";
    const char *word;
    size_t len;
    char shown[64];
    if (err != NULL && errlen > 0)
        err[0] = '\0';
    while ((word = next_word(&p, &len)) != NULL) {
        if (word_is(word, len, "case_sensitive")) {
            parsed.case_sensitive = true;
        } else if (word_is(word, len, "space_change_sensitive")) {
            parsed.space_change_sensitive = true;
        } else if (word_is(word, len, "float_absolute_tolerance") ||
                   word_is(word, len, "float_relative_tolerance") ||
                   word_is(word, len, "float_tolerance")) {
            const char *flag = word;
            size_t flag_len = len;
            bool sets_abs = !word_is(word, len, "float_relative_tolerance");
            bool sets_rel = !word_is(word, len, "float_absolute_tolerance");
            double value;
            word = next_word(&p, &len);
            if (word == NULL) {
                set_error(err, errlen, "%.*s needs a number", (int)flag_len, flag);
                return -1;
            }
            if (!parse_tolerance(word, len, &value)) {
                escape_piece(shown, sizeof shown, (const unsigned char *)word, len, false, false);
                set_error(err, errlen, "%.*s needs a non-negative number, got '%s'", (int)flag_len,
                          flag, shown);
                return -1;
            }
            if (sets_abs)
                parsed.abs_tol = value;
            if (sets_rel)
                parsed.rel_tol = value;
        } else {
            escape_piece(shown, sizeof shown, (const unsigned char *)word, len, false, false);
            set_error(err, errlen, "unknown flag '%s'", shown);
            return -1;
        }
    }
    *o = parsed;
    return 0;
}
