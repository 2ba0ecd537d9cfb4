/* columns.c: texts side by side, wrapped and padded by their display width. */
#define _GNU_SOURCE
#include "judge/columns.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Decodes one UTF-8 code point (valid sequences only); 0 bytes when s does not start one. */
static size_t decode(const unsigned char *s, size_t len, uint32_t *cp)
{
    if (len == 0)
        return 0;
    if (s[0] < 0x80) {
        *cp = s[0];
        return 1;
    }
    size_t n = s[0] >= 0xf0 ? 4 : s[0] >= 0xe0 ? 3 : s[0] >= 0xc2 ? 2 : 0;
    if (n == 0 || n > len || !utf8_valid((const char *)s, n))
        return 0;
    uint32_t v = s[0] & (0xff >> (n + 1));
    for (size_t i = 1; i < n; i++)
        v = (v << 6) | (s[i] & 0x3f);
    *cp = v;
    return n;
}

static bool in_ranges(uint32_t cp, const uint32_t (*ranges)[2], size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (cp >= ranges[i][0] && cp <= ranges[i][1])
            return true;
    }
    return false;
}

size_t columns_char_width(const char *s, size_t len, size_t *bytes)
{
    static const uint32_t zero[][2] = {
        {0x0300, 0x036f}, {0x0483, 0x0489}, {0x0591, 0x05bd}, {0x0610, 0x061a},
        {0x064b, 0x065f}, {0x1ab0, 0x1aff}, {0x1dc0, 0x1dff}, {0x200b, 0x200f},
        {0x20d0, 0x20ff}, {0xfe00, 0xfe0f}, {0xfe20, 0xfe2f}, {0xfeff, 0xfeff},
    };
    static const uint32_t wide[][2] = {
        {0x1100, 0x115f},   {0x2e80, 0x303e},   {0x3041, 0x33ff},   {0x3400, 0x4dbf},
        {0x4e00, 0x9fff},   {0xa000, 0xa4cf},   {0xac00, 0xd7a3},   {0xf900, 0xfaff},
        {0xfe30, 0xfe4f},   {0xff00, 0xff60},   {0xffe0, 0xffe6},   {0x1f300, 0x1f64f},
        {0x1f900, 0x1f9ff}, {0x20000, 0x2fffd}, {0x30000, 0x3fffd},
    };
    uint32_t cp = 0;
    size_t n = decode((const unsigned char *)s, len, &cp);
    if (n == 0) {
        *bytes = 1;
        return 1;
    }
    *bytes = n;
    if (in_ranges(cp, zero, sizeof(zero) / sizeof(zero[0])))
        return 0;
    if (in_ranges(cp, wide, sizeof(wide) / sizeof(wide[0])))
        return 2;
    return 1;
}

size_t columns_text_width(const char *s)
{
    size_t width = 0, len = strlen(s);
    while (len > 0) {
        size_t bytes;
        width += columns_char_width(s, len, &bytes);
        s += bytes;
        len -= bytes;
    }
    return width;
}

bool columns_fit(size_t n, size_t width)
{
    if (n < 2)
        return false;
    size_t gaps = (n - 1) * COLUMNS_GAP_WIDTH;
    return width > gaps && (width - gaps) / n >= COLUMNS_MIN_WIDTH;
}

/* One column's display lines: each piece of text at most `width` columns wide. */
struct column {
    char **lines;
    size_t count;
};

static void column_push(struct column *c, struct strbuf *line)
{
    c->lines = xrealloc(c->lines, (c->count + 1) * sizeof(*c->lines));
    c->lines[c->count++] = strbuf_detach(line);
}

/* Splits text into lines wrapped at width columns, tabs expanded to 4 spaces. */
static void column_fill(struct column *c, const char *text, size_t width)
{
    struct strbuf line = STRBUF_INIT;
    size_t used = 0, len = strlen(text);
    bool pending = false; /* a line was started (possibly empty) */
    while (len > 0) {
        if (*text == '\n') {
            column_push(c, &line);
            used = 0;
            pending = false;
            text++;
            len--;
            continue;
        }
        pending = true;
        if (*text == '\t') {
            for (size_t k = 0; k < 4; k++) {
                if (used == width) {
                    column_push(c, &line);
                    used = 0;
                }
                strbuf_addstr(&line, " ");
                used++;
            }
            text++;
            len--;
            continue;
        }
        size_t bytes, w = columns_char_width(text, len, &bytes);
        if (used + w > width && used > 0) {
            column_push(c, &line);
            used = 0;
        }
        strbuf_add(&line, text, bytes);
        used += w;
        text += bytes;
        len -= bytes;
    }
    if (pending)
        column_push(c, &line);
    strbuf_release(&line);
}

static void pad(struct strbuf *out, size_t n)
{
    for (size_t i = 0; i < n; i++)
        strbuf_addstr(out, " ");
}

void columns_render(struct strbuf *out, const char *const *titles, const char *const *texts,
                    size_t n, size_t width)
{
    if (n == 0)
        return;
    size_t gaps = (n - 1) * COLUMNS_GAP_WIDTH;
    size_t col = width > gaps + n ? (width - gaps) / n : 1;
    struct column *cols = xcalloc(n, sizeof(*cols));
    size_t rows = 0;
    for (size_t i = 0; i < n; i++) {
        struct strbuf head = STRBUF_INIT;
        /* The title is cut to its column, the rule under it fills it. */
        column_fill(&cols[i], titles[i] ? titles[i] : "", col);
        if (cols[i].count == 0)
            column_push(&cols[i], &head);
        for (size_t k = 1; k < cols[i].count; k++)
            free(cols[i].lines[k]);
        cols[i].count = 1;
        for (size_t k = 0; k < col; k++)
            strbuf_addstr(&head, "─");
        column_push(&cols[i], &head);
        column_fill(&cols[i], texts[i] ? texts[i] : "", col);
        if (cols[i].count > rows)
            rows = cols[i].count;
    }
    for (size_t r = 0; r < rows; r++) {
        size_t start = out->len;
        for (size_t i = 0; i < n; i++) {
            const char *cell = r < cols[i].count ? cols[i].lines[r] : "";
            if (i > 0)
                strbuf_addstr(out, r == 1 ? "─┼─" : COLUMNS_GAP);
            strbuf_addstr(out, cell);
            size_t w = columns_text_width(cell);
            if (i + 1 < n)
                pad(out, w < col ? col - w : 0);
        }
        while (out->len > start && out->buf[out->len - 1] == ' ')
            out->buf[--out->len] = '\0';
        strbuf_addstr(out, "\n");
    }
    for (size_t i = 0; i < n; i++) {
        for (size_t k = 0; k < cols[i].count; k++)
            free(cols[i].lines[k]);
        free(cols[i].lines);
    }
    free(cols);
}
