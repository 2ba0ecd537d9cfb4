/*
 * latex.c: a statement written in LaTeX, read as Markdown.
 *
 * ICPC packages (and Kattis' problemtools) write statements in LaTeX: \problemname, sections,
 * \emph and \textbf, itemize and enumerate, $...$ math, sometimes verbatim, tables and
 * figures. The terminal renders Markdown and the pages typeset $...$ with KaTeX, so the
 * statement is turned into Markdown once: one pass over the text with a stack of the groups
 * still open (each knows what to write when its brace closes), math copied as it is written.
 * Anything else is text: a command this does not know is dropped and the text of its
 * arguments kept. Whatever the input, the output is Markdown that shows what the text says
 * (its ASCII punctuation escaped), in time linear in the input.
 */
#define _GNU_SOURCE /* memmem */
#include "judge/latex.h"
#include "judge/util.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#define GROUPS_MAX 64 /* deeper groups are kept as text, their markup dropped */
#define LISTS_MAX  8

enum { G_EMPHASIS = 1, G_HEADING = 2 };

struct group {
    const char *closer; /* written when the group closes */
    char *owned;        /* the closer, when it was made for this group (a link's target) */
    size_t mark;        /* out.len right after the opener: an empty group takes it back */
    size_t opener_len;
    int flags;
    bool merged; /* its opener was the previous group's closer, taken back: **a****b** */
};

struct list {
    char kind;      /* '-' itemize, '1' enumerate, 'd' description */
    unsigned items; /* so far, for enumerate's numbers */
    size_t base;    /* the column of its items' markers */
    size_t content; /* the column where its last item's text starts: a list inside goes there */
};

struct conv {
    const char *s;
    size_t len, i;
    struct strbuf out;
    struct group groups[GROUPS_MAX];
    size_t ngroups; /* may exceed GROUPS_MAX */
    unsigned headings;
    struct list lists[LISTS_MAX];
    size_t nlists; /* may exceed LISTS_MAX */
    /* Delimiters known to have no closing one further on: not searched for again (each
     * search to the end, repeated, would be quadratic). */
    bool no_display_close, no_bracket_close, no_paren_close;
    /* Where the last emphasis closed, and its mark: the same emphasis opened right there
     * continues it (two marks in a row are no emphasis). */
    size_t last_close_end;
    const char *last_closer;
};

static bool is_letter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Nothing but blanks since the last newline (a list's indentation, say). */
/* ASCII punctuation, and blanks, as CommonMark's flanking rules see them. */
static bool punct(char ch)
{
    return ch > ' ' && ch < 0x7f && !is_letter(ch) && !(ch >= '0' && ch <= '9');
}

static bool blank(char ch)
{
    return ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r';
}

static bool at_line_start(const struct conv *c)
{
    /* A list's indentation is shorter than 128 columns: a longer run of blanks (NULs made
     * spaces, say) is taken for text, and each call costs little whatever the input. */
    for (size_t k = c->out.len, seen = 0; k > 0 && seen < 128; k--, seen++) {
        if (c->out.buf[k - 1] == '\n')
            return true;
        if (c->out.buf[k - 1] != ' ')
            return false;
    }
    return c->out.len == 0;
}

/* The column where the text of the innermost list's item starts (0 outside lists). */
static size_t list_indent(const struct conv *c)
{
    if (!c->nlists)
        return 0;
    return c->lists[(c->nlists > LISTS_MAX ? LISTS_MAX : c->nlists) - 1].content;
}

/* At a line's start inside a list: the indentation that keeps what follows in the item. */
static void indent(struct conv *c)
{
    if (c->nlists && c->out.len && c->out.buf[c->out.len - 1] == '\n') {
        for (size_t k = list_indent(c); k > 0; k--)
            strbuf_add(&c->out, " ", 1);
    }
}

static void emit(struct conv *c, const char *s)
{
    strbuf_addstr(&c->out, s);
}

static size_t trim_blanks(struct conv *c)
{
    size_t n = 0;
    while (c->out.len && (c->out.buf[c->out.len - 1] == ' ' || c->out.buf[c->out.len - 1] == '\t'))
        c->out.buf[--c->out.len] = '\0', n++;
    return n;
}

/* A new paragraph (or block) from here. */
static void block(struct conv *c)
{
    trim_blanks(c);
    if (!c->out.len)
        return;
    if (c->nlists) { /* a blank line would end the list: the block stays in the item */
        if (c->out.buf[c->out.len - 1] != '\n')
            strbuf_add(&c->out, "\n", 1);
        indent(c);
        return;
    }
    while (c->out.len < 2 || c->out.buf[c->out.len - 1] != '\n' ||
           c->out.buf[c->out.len - 2] != '\n')
        strbuf_add(&c->out, "\n", 1);
}

static void newline(struct conv *c)
{
    trim_blanks(c); /* two blanks before a newline would be a line break in Markdown */
    strbuf_add(&c->out, "\n", 1);
}

/* One character of text, escaped where Markdown would read it as markup. */
static void text_char(struct conv *c, char ch)
{
    if ((unsigned char)ch < ' ')
        ch = ' '; /* a NUL would end the text here; other controls are not text */
    if (strchr("\\`*_[]<>#!|+=&{}^~$-", ch)) {
        strbuf_add(&c->out, "\\", 1);
    } else if (ch == '.' || ch == ')') {
        /* "1999. That year" at a line's (or an item's) start would be a numbered list; the
         * escape changes nothing elsewhere. */
        size_t k = c->out.len;
        while (k && c->out.buf[k - 1] >= '0' && c->out.buf[k - 1] <= '9')
            k--;
        if (k < c->out.len && (k == 0 || c->out.buf[k - 1] == '\n' || c->out.buf[k - 1] == ' '))
            strbuf_add(&c->out, "\\", 1);
    }
    strbuf_add(&c->out, &ch, 1);
}

static void skip_blanks(struct conv *c)
{
    while (c->i < c->len && (c->s[c->i] == ' ' || c->s[c->i] == '\t' || c->s[c->i] == '\r'))
        c->i++;
}

/* From an opening brace or bracket at c->i: the index just past its match (or len), the
 * contents between. Backslashed characters do not count. */
static size_t match_in(const char *s, size_t at, size_t end, char open, char close)
{
    int depth = 0;
    for (size_t k = at; k < end; k++) {
        if (s[k] == '\\') {
            k++;
        } else if (s[k] == open) {
            depth++;
        } else if (s[k] == close && --depth == 0) {
            return k + 1;
        }
    }
    return end;
}

static size_t matching_within(const struct conv *c, size_t at, size_t end, char open, char close)
{
    return match_in(c->s, at, end, open, close);
}

static size_t matching(const struct conv *c, size_t at, char open, char close)
{
    return matching_within(c, at, c->len, open, close);
}

/* Optional arguments right after a command: [...] skipped. Only when the bracket follows at
 * once: "\ldots [1, 2]" keeps its text. */
static void skip_optional(struct conv *c)
{
    while (c->i < c->len && c->s[c->i] == '[')
        c->i = matching(c, c->i, '[', ']');
}

/* A required argument {...} at c->i (after blanks): its contents as [*a, *b), c->i past it.
 * False when there is none. */
static bool argument(struct conv *c, size_t *a, size_t *b)
{
    size_t save = c->i;
    skip_blanks(c);
    if (c->i < c->len && c->s[c->i] == '\n')
        c->i++, skip_blanks(c);
    if (c->i >= c->len || c->s[c->i] != '{') {
        c->i = save;
        return false;
    }
    size_t end = matching(c, c->i, '{', '}');
    *a = c->i + 1;
    *b = end > *a && end <= c->len && c->s[end - 1] == '}' ? end - 1 : end;
    c->i = end;
    return true;
}

static void skip_arguments(struct conv *c, int n)
{
    size_t a, b;
    skip_optional(c);
    for (int k = 0; k < n && argument(c, &a, &b); k++)
        skip_optional(c);
}

static void open_group(struct conv *c, const char *opener, const char *closer, char *owned,
                       int flags)
{
    bool merged = (flags & G_EMPHASIS) && c->last_closer && c->out.len == c->last_close_end &&
                  strcmp(c->last_closer, opener) == 0;
    if (merged) {
        c->out.len -= strlen(opener);
        c->out.buf[c->out.len] = '\0';
    } else if (c->ngroups < GROUPS_MAX) {
        emit(c, opener);
    }
    if (c->ngroups < GROUPS_MAX) {
        struct group *g = &c->groups[c->ngroups];
        g->closer = owned ? owned : closer;
        g->owned = owned;
        g->mark = c->out.len;
        g->opener_len = merged ? 0 : strlen(opener);
        g->flags = flags;
        g->merged = merged;
        if (flags & G_HEADING)
            c->headings++;
    } else {
        free(owned);
    }
    c->ngroups++;
}

static void close_group(struct conv *c)
{
    if (!c->ngroups)
        return; /* a stray brace */
    if (--c->ngroups >= GROUPS_MAX)
        return;
    struct group *g = &c->groups[c->ngroups];
    if (g->flags & G_HEADING)
        c->headings--;
    if (c->out.len == g->mark && g->opener_len <= c->out.len && !g->merged) {
        /* Nothing inside: no "****" or empty heading left behind. */
        c->out.len -= g->opener_len;
        c->out.buf[c->out.len] = '\0';
    } else if (g->flags & G_EMPHASIS) {
        /* "*word *" is no emphasis: the blanks go after the closing mark. */
        size_t blanks = trim_blanks(c);
        if (c->out.len <= g->mark && !g->merged) { /* blanks only */
            c->out.len = g->mark - g->opener_len;
            c->out.buf[c->out.len] = '\0';
            emit(c, " ");
            free(g->owned);
            return;
        }
        /* CommonMark's flanking rules: a mark between a letter and punctuation is text
         * ("x**(y)**" or "**$n$**th"); then the text stays, without its emphasis. */
        char first = c->out.buf[g->mark < c->out.len ? g->mark : c->out.len - 1];
        char before = g->mark > g->opener_len ? c->out.buf[g->mark - g->opener_len - 1] : '\n';
        char last = c->out.buf[c->out.len - 1];
        char after = blanks ? ' ' : c->i < c->len ? c->s[c->i] : '\n';
        bool opens = g->opener_len == 0 || !(punct(first) && !blank(before) && !punct(before));
        bool closes = !(punct(last) && !blank(after) && !punct(after));
        if (g->merged || (opens && closes)) {
            emit(c, g->closer);
            c->last_close_end = c->out.len;
            c->last_closer = g->closer;
        } else {
            memmove(c->out.buf + g->mark - g->opener_len, c->out.buf + g->mark,
                    c->out.len - g->mark + 1);
            c->out.len -= g->opener_len;
        }
        if (blanks)
            emit(c, " ");
    } else {
        if (g->flags & G_HEADING)
            trim_blanks(c);
        emit(c, g->closer);
    }
    free(g->owned);
}

/* Text of an argument read as it is (\texttt, \url): escapes undone, braces dropped, commands
 * dropped (but \textbackslash), newlines as spaces. */
static char *raw_text(const char *s, size_t a, size_t b)
{
    struct strbuf sb = STRBUF_INIT;
    for (size_t k = a; k < b; k++) {
        char ch = s[k];
        if (ch == '\\' && k + 1 < b && !is_letter(s[k + 1])) {
            strbuf_add(&sb, &s[++k], 1);
        } else if (ch == '\\') {
            size_t e = k + 1;
            while (e < b && is_letter(s[e]))
                e++;
            if (e - k - 1 == 13 && memcmp(s + k + 1, "textbackslash", 13) == 0)
                strbuf_add(&sb, "\\", 1);
            else if (e - k - 1 == 1 && (s[k + 1] == 'i' || s[k + 1] == 'j'))
                strbuf_add(&sb, &s[k + 1], 1); /* dotless, under an accent */
            k = e - 1;
        } else if (ch == '~' || ch == '\n' || ch == '\t' || ch == '\r') {
            strbuf_add(&sb, " ", 1);
        } else if (ch != '{' && ch != '}') {
            strbuf_add(&sb, &ch, 1);
        }
    }
    strbuf_add(&sb, "", 0);
    return strbuf_detach(&sb);
}

/* A code span of text: a run of backticks longer than any inside it. */
static void code_span(struct conv *c, const char *text)
{
    size_t run = 0, longest = 0, n = strlen(text);
    if (!n)
        return;
    for (size_t k = 0; k < n; k++) {
        run = text[k] == '`' ? run + 1 : 0;
        longest = run > longest ? run : longest;
    }
    for (size_t k = 0; k <= longest; k++)
        emit(c, "`");
    bool pad = text[0] == '`' || text[n - 1] == '`' || text[0] == ' ';
    if (pad)
        emit(c, " ");
    emit(c, text);
    if (pad)
        emit(c, " ");
    for (size_t k = 0; k <= longest; k++)
        emit(c, "`");
}

/* A fenced code block of [a, b) as it is. */
static void code_block(struct conv *c, const char *s, size_t a, size_t b)
{
    while (a < b && (s[a] == '\n' || s[a] == '\r'))
        a++;
    while (b > a && (s[b - 1] == '\n' || s[b - 1] == ' ' || s[b - 1] == '\r'))
        b--;
    size_t run = 0, longest = 2;
    for (size_t k = a; k < b; k++) {
        run = s[k] == '`' || s[k] == '~' ? run + 1 : 0;
        longest = run > longest ? run : longest;
    }
    block(c); /* in a list: its lines indented as the item's text (block() did the first) */
    for (size_t k = 0; k <= longest; k++)
        emit(c, "`");
    emit(c, "\n");
    indent(c);
    for (size_t k = a; k < b; k++) {
        if (s[k] != '\r' && s[k] != '\0')
            strbuf_add(&c->out, &s[k], 1);
        if (s[k] == '\n')
            indent(c);
    }
    emit(c, "\n");
    indent(c);
    for (size_t k = 0; k <= longest; k++)
        emit(c, "`");
    block(c);
}

/* Math as written, on one line ($...$ may not span lines in the Markdown read later); an
 * environment's \label and \nonumber dropped (KaTeX knows neither). */
static void math(struct conv *c, const char *open, const char *begin, size_t a, size_t b,
                 const char *end, const char *close)
{
    while (a < b && (c->s[a] == ' ' || c->s[a] == '\n' || c->s[a] == '\t' || c->s[a] == '\r'))
        a++;
    while (b > a && (c->s[b - 1] == ' ' || c->s[b - 1] == '\n' || c->s[b - 1] == '\t' ||
                     c->s[b - 1] == '\r'))
        b--;
    if (a == b)
        return;
    bool display = strcmp(open, "$$") == 0;
    if (display)
        block(c);
    emit(c, open);
    emit(c, begin);
    for (size_t k = a; k < b; k++) {
        char ch = c->s[k];
        if (ch == '\\' && k + 6 <= b && memcmp(c->s + k, "\\label", 6) == 0 &&
            (k + 6 == b || !is_letter(c->s[k + 6]))) {
            size_t arg = k + 6;
            while (arg < b && c->s[arg] == ' ')
                arg++;
            if (arg < b && c->s[arg] == '{') {
                size_t e = matching_within(c, arg, b, '{', '}');
                k = (e < b ? e : b) - 1;
            } else {
                k += 5;
            }
            continue;
        }
        if (ch == '\\' && k + 9 <= b && memcmp(c->s + k, "\\nonumber", 9) == 0) {
            k += 8;
            continue;
        }
        if (ch == '\\' && k + 1 < b) { /* an escape stays with what it escapes */
            char next = (unsigned char)c->s[k + 1] < ' ' ? ' ' : c->s[k + 1];
            strbuf_add(&c->out, "\\", 1);
            strbuf_add(&c->out, &next, 1);
            k++;
            continue;
        }
        if (ch == '%') { /* a comment, to the line's end: on one line it would hide the rest */
            while (k + 1 < b && c->s[k + 1] != '\n')
                k++;
            continue;
        }
        if (ch == '\n' || ch == '\r' || ch == '\t' || ch == '\0')
            ch = ' ';
        strbuf_add(&c->out, &ch, 1);
    }
    emit(c, end);
    emit(c, close);
    if (display)
        block(c);
}

/* The first "\end{name}" at or after from, or len. */
static size_t find_end(const struct conv *c, size_t from, const char *name, size_t *after)
{
    char *needle = xasprintf("\\end{%s}", name);
    size_t n = strlen(needle);
    const char *p = from < c->len ? memmem(c->s + from, c->len - from, needle, n) : NULL;
    free(needle);
    if (!p) {
        *after = c->len;
        return c->len;
    }
    *after = (size_t)(p - c->s) + n;
    return (size_t)(p - c->s);
}

/* A cell's or a label's text as it is written: escapes undone, math as written without its
 * $ marks, \multicolumn and \multirow by their text, \cline dropped, other commands dropped
 * and the text of their arguments kept; newlines and control characters as spaces. */
static char *cell_text(const char *s, size_t a, size_t b)
{
    struct strbuf sb = STRBUF_INIT;
    bool in_math = false;
    for (size_t k = a; k < b; k++) {
        char ch = s[k];
        if (ch == '\\' && k + 1 < b && !is_letter(s[k + 1])) {
            if (in_math)
                strbuf_add(&sb, "\\", 1); /* \{ stays \{ in a formula */
            ch = s[++k];
            if ((unsigned char)ch < ' ')
                ch = ' ';
            strbuf_add(&sb, &ch, 1);
            continue;
        }
        if (ch == '\\') {
            size_t e = k + 1;
            while (e < b && is_letter(s[e]))
                e++;
            const char *name = s + k + 1;
            size_t n = e - k - 1;
            int skip = 0;
            if (n == 13 && memcmp(name, "textbackslash", 13) == 0)
                strbuf_add(&sb, "\\", 1);
            else if (n == 1 && (name[0] == 'i' || name[0] == 'j'))
                strbuf_add(&sb, name, 1); /* dotless, under an accent */
            else if ((n == 11 && memcmp(name, "multicolumn", 11) == 0) ||
                     (n == 8 && memcmp(name, "multirow", 8) == 0))
                skip = 2; /* how many columns or rows, and the alignment or width */
            else if (n == 5 && memcmp(name, "cline", 5) == 0)
                skip = 1;
            else if (in_math) { /* \le, as written */
                strbuf_add(&sb, "\\", 1);
                strbuf_add(&sb, name, n);
                if (e < b && s[e] == ' ')
                    strbuf_add(&sb, " ", 1);
            }
            k = e - 1;
            for (; skip > 0; skip--) {
                size_t m = k + 1;
                while (m < b && s[m] == ' ')
                    m++;
                if (m >= b || s[m] != '{')
                    break;
                k = match_in(s, m, b, '{', '}') - 1;
            }
            continue;
        }
        if (ch == '$') {
            in_math = !in_math;
            continue;
        }
        if (!in_math && (ch == '{' || ch == '}'))
            continue;
        if (ch == '~' || (unsigned char)ch < ' ')
            ch = ' ';
        strbuf_add(&sb, &ch, 1);
    }
    /* Blanks at either end trimmed, runs of them made one. */
    size_t w = 0;
    for (size_t r = 0; r < sb.len; r++) {
        if (sb.buf[r] == ' ' && (w == 0 || sb.buf[w - 1] == ' '))
            continue;
        sb.buf[w++] = sb.buf[r];
    }
    while (w && sb.buf[w - 1] == ' ')
        w--;
    sb.len = w;
    strbuf_add(&sb, "", 0);
    return strbuf_detach(&sb);
}

static size_t width_of(const char *text)
{
    size_t chars = 0;
    for (const char *p = text; *p; p++)
        chars += ((unsigned char)*p & 0xc0) != 0x80;
    return chars;
}

/* A table as a code block: its cells in aligned columns, rules dropped. Rows end at \\
 * (and its [space]), cells at an unescaped &. */
static void table(struct conv *c, size_t a, size_t b)
{
    size_t widths[32] = {0}, ncells = 0, cap = 0, nrows = 0;
    char **cells = NULL; /* each row's cells, then NULL */
    size_t row_start = a;
    for (size_t k = a; k <= b; k++) {
        bool end_row = k == b || (c->s[k] == '\\' && k + 1 < b && c->s[k + 1] == '\\');
        if (!end_row) {
            if (c->s[k] == '\\')
                k++;
            continue;
        }
        size_t first = ncells, cell_start = row_start;
        bool any = false;
        for (size_t m = row_start; m <= k; m++) {
            if (m < k && c->s[m] == '\\') {
                m++;
                continue;
            }
            if (m < k && c->s[m] != '&')
                continue;
            if (ncells + 2 > cap) {
                cap = cap ? 2 * cap : 16;
                cells = xrealloc(cells, cap * sizeof(*cells));
            }
            cells[ncells] = cell_text(c->s, cell_start, m);
            any = any || cells[ncells][0];
            ncells++;
            cell_start = m + 1;
        }
        if (any) {
            for (size_t m = first; m < ncells; m++) {
                size_t w = width_of(cells[m]);
                if (m - first < 32 && w > widths[m - first])
                    widths[m - first] = w;
            }
            cells[ncells++] = NULL;
            nrows++;
        } else { /* a rule, or nothing */
            while (ncells > first)
                free(cells[--ncells]);
        }
        row_start = k + 2;
        if (row_start < b && c->s[row_start] == '*')
            row_start++;
        if (row_start < b && c->s[row_start] == '[')
            row_start = match_in(c->s, row_start, b, '[', ']');
        k = row_start - 1;
    }
    struct strbuf rows = STRBUF_INIT;
    for (size_t m = 0, col = 0; m < ncells; m++) {
        if (!cells[m]) {
            while (rows.len && rows.buf[rows.len - 1] == ' ')
                rows.buf[--rows.len] = '\0';
            strbuf_add(&rows, "\n", 1);
            col = 0;
            continue;
        }
        if (col)
            strbuf_add(&rows, " | ", 3);
        strbuf_addstr(&rows, cells[m]);
        for (size_t pad = width_of(cells[m]); col < 32 && pad < widths[col]; pad++)
            strbuf_add(&rows, " ", 1);
        col++;
        free(cells[m]);
    }
    free(cells);
    if (nrows)
        code_block(c, rows.buf, 0, rows.len);
    strbuf_release(&rows);
}

/* ---- environments ---- */

static bool one_of(const char *name, const char *const *names)
{
    for (; *names; names++)
        if (strcmp(name, *names) == 0)
            return true;
    return false;
}

static const char *const verbatim_envs[] = {"verbatim", "verbatim*", "Verbatim", "lstlisting",
                                            "minted",   "alltt",     NULL};
static const char *const display_envs[] = {
    "equation", "equation*", "displaymath", "align",     "align*",  "gather",   "gather*",
    "multline", "multline*", "eqnarray",    "eqnarray*", "flalign", "flalign*", NULL};
static const char *const table_envs[] = {"tabular", "tabular*", "tabularx", "longtable", NULL};
static const char *const block_envs[] = {
    "center", "flushleft", "flushright", "quote",      "quotation", "figure", "figure*",
    "table",  "table*",    "minipage",   "wrapfigure", "samepage",  NULL};
static const char *const list_envs[] = {"itemize", "enumerate", "description", NULL};
static const char *const drawing_envs[] = {"comment", "tikzpicture", "picture", "pspicture", NULL};

static void begin_env(struct conv *c, const char *name)
{
    size_t end, after;
    if (one_of(name, list_envs)) {
        skip_optional(c);
        if (c->nlists == 0)
            block(c);
        if (c->nlists < LISTS_MAX) {
            struct list *l = &c->lists[c->nlists];
            l->kind = name[0] == 'i' ? '-' : name[0] == 'e' ? '1' : 'd';
            l->items = 0;
            l->base = c->nlists ? c->lists[c->nlists - 1].content : 0;
            l->content = l->base;
        }
        c->nlists++;
    } else if (one_of(name, verbatim_envs)) {
        skip_optional(c);
        if (strcmp(name, "minted") == 0)
            skip_arguments(c, 1);
        end = find_end(c, c->i, name, &after);
        code_block(c, c->s, c->i, end);
        c->i = after;
    } else if (one_of(name, drawing_envs)) { /* comments and pictures: not text */
        find_end(c, c->i, name, &after);
        c->i = after;
    } else if (one_of(name, display_envs)) {
        end = find_end(c, c->i, name, &after);
        bool aligned = strncmp(name, "align", 5) == 0 || strncmp(name, "eqnarray", 8) == 0 ||
                       strncmp(name, "flalign", 7) == 0;
        bool gathered = strncmp(name, "gather", 6) == 0 || strncmp(name, "multline", 8) == 0;
        const char *inner = aligned ? "aligned" : gathered ? "gathered" : NULL;
        char *open = inner ? xasprintf("\\begin{%s}", inner) : xstrdup("");
        char *close = inner ? xasprintf("\\end{%s}", inner) : xstrdup("");
        math(c, "$$", open, c->i, end, close, "$$");
        free(open);
        free(close);
        c->i = after;
    } else if (strcmp(name, "math") == 0) {
        end = find_end(c, c->i, name, &after);
        math(c, "$", "", c->i, end, "", "$");
        c->i = after;
    } else if (one_of(name, table_envs)) {
        skip_arguments(c, strcmp(name, "tabular") == 0 || strcmp(name, "longtable") == 0 ? 1 : 2);
        end = find_end(c, c->i, name, &after);
        table(c, c->i, end);
        c->i = after;
    } else if (one_of(name, block_envs)) {
        skip_optional(c);
        if (strcmp(name, "minipage") == 0)
            skip_arguments(c, 1);
        else if (strcmp(name, "wrapfigure") == 0)
            skip_arguments(c, 2);
        block(c);
    }
}

static void end_env(struct conv *c, const char *name)
{
    if (one_of(name, list_envs) && c->nlists) {
        c->nlists--;
        if (c->nlists == 0) {
            block(c);
        } else {
            /* Text next: after an empty line, or it would go on the inner list's last item;
             * the outer list's next item or end: a new line (the list stays tight). */
            size_t k = c->i;
            while (k < c->len && blank(c->s[k]))
                k++;
            trim_blanks(c);
            if ((c->len - k >= 5 && memcmp(c->s + k, "\\item", 5) == 0) ||
                (c->len - k >= 5 && memcmp(c->s + k, "\\end{", 5) == 0)) {
                if (c->out.len && c->out.buf[c->out.len - 1] != '\n')
                    strbuf_add(&c->out, "\n", 1);
                return;
            }
            while (c->out.len < 2 || c->out.buf[c->out.len - 1] != '\n' ||
                   c->out.buf[c->out.len - 2] != '\n')
                strbuf_add(&c->out, "\n", 1);
        }
    } else if (one_of(name, block_envs)) {
        block(c);
    }
}

static void item(struct conv *c)
{
    size_t label_a = 0, label_b = 0;
    skip_blanks(c);
    if (c->i < c->len && c->s[c->i] == '[') {
        size_t end = matching(c, c->i, '[', ']');
        label_a = c->i + 1;
        label_b = end > label_a && c->s[end - 1] == ']' ? end - 1 : end;
        c->i = end;
    }
    trim_blanks(c);
    if (c->out.len && c->out.buf[c->out.len - 1] != '\n')
        strbuf_add(&c->out, "\n", 1);
    struct list none = {'-', 0, 0, 0}, *l = &none; /* an \item outside any list */
    if (c->nlists)
        l = &c->lists[(c->nlists > LISTS_MAX ? LISTS_MAX : c->nlists) - 1];
    for (size_t k = 0; k < l->base; k++)
        emit(c, " ");
    char marker[32];
    if (l->kind == '1')
        snprintf(marker, sizeof(marker), "%u. ", ++l->items);
    else
        snprintf(marker, sizeof(marker), "- ");
    emit(c, marker);
    l->content = l->base + strlen(marker);
    if (label_b > label_a) { /* its text, and its math as math */
        emit(c, "**");
        size_t from = label_a;
        for (size_t k = label_a; k <= label_b; k++) {
            if (k < label_b && c->s[k] == '\\') {
                k++;
                continue;
            }
            if (k < label_b && c->s[k] != '$')
                continue;
            char *text = cell_text(c->s, from, k);
            for (char *p = text; *p; p++)
                text_char(c, *p);
            free(text);
            if (k == label_b)
                break;
            size_t close = k + 1;
            while (close < label_b && c->s[close] != '$')
                close += c->s[close] == '\\' ? 2 : 1;
            if (close > label_b)
                close = label_b;
            if (c->out.len && c->out.buf[c->out.len - 1] != '*' &&
                c->out.buf[c->out.len - 1] != ' ')
                emit(c, " ");
            math(c, "$", "", k + 1, close, "", "$");
            k = close;
            from = close + 1;
        }
        emit(c, "** ");
    }
    /* The item's text, even when it starts on the next line (not after an empty one). */
    for (;;) {
        skip_blanks(c);
        if (c->i < c->len && c->s[c->i] == '%') {
            while (c->i < c->len && c->s[c->i] != '\n')
                c->i++;
        }
        size_t k = c->i;
        if (k >= c->len || c->s[k] != '\n')
            break;
        k++;
        while (k < c->len && (c->s[k] == ' ' || c->s[k] == '\t' || c->s[k] == '\r'))
            k++;
        if (k < c->len && c->s[k] == '\n')
            break;
        c->i = k;
    }
}

/* ---- commands ---- */

/* Commands whose arguments are not text (sizes, labels, files, definitions): how many. */
static const struct {
    const char *name;
    int args;
} dropped[] = {
    {"problemname", 1},
    {"label", 1},
    {"ref", 1},
    {"pageref", 1},
    {"eqref", 1},
    {"cite", 1},
    {"vspace", 1},
    {"hspace", 1},
    {"includegraphics", 1},
    {"newcommand", 2},
    {"renewcommand", 2},
    {"providecommand", 2},
    {"newenvironment", 3},
    {"renewenvironment", 3},
    {"setlength", 2},
    {"addtolength", 2},
    {"setcounter", 2},
    {"addtocounter", 2},
    {"usepackage", 1},
    {"documentclass", 1},
    {"input", 1},
    {"include", 1},
    {"pagestyle", 1},
    {"thispagestyle", 1},
    {"color", 1},
    {"definecolor", 3},
    {"hypersetup", 1},
    {"captionsetup", 1},
    {"graphicspath", 1},
    {"bibliography", 1},
    {"bibliographystyle", 1},
    {"nocite", 1},
    {"title", 1},
    {"author", 1},
    {"date", 1},
    {"rule", 2},
    {"vskip", 0},
    {"hskip", 0},
    {"kern", 0},
    {"sampletable", 0},
};

static const struct {
    const char *name, *text;
} symbols[] = {
    {"ldots", "…"},
    {"dots", "…"},
    {"cdots", "⋯"},
    {"textellipsis", "…"},
    {"LaTeX", "LaTeX"},
    {"TeX", "TeX"},
    {"textbackslash", "\\\\"},
    {"textasciitilde", "\\~"},
    {"textasciicircum", "\\^"},
    {"textless", "\\<"},
    {"textgreater", "\\>"},
    {"textbar", "\\|"},
    {"textunderscore", "\\_"},
    {"textendash", "–"},
    {"textemdash", "—"},
    {"S", "§"},
    {"ss", "ß"},
    {"copyright", "©"},
    {"quad", " "},
    {"qquad", " "},
    {"enspace", " "},
    {"thinspace", " "},
    {"textquotedblleft", "“"},
    {"textquotedblright", "”"},
    {"ae", "æ"},
    {"o", "ø"},
    {"aa", "å"},
    {"i", "i"},
    {"j", "j"},
    {"textdegree", "°"},
    {"AA", "Å"},
    {"O", "Ø"},
    {"l", "ł"},
    {"L", "Ł"},
    {"AE", "Æ"},
    {"oe", "œ"},
    {"OE", "Œ"},
    {"times", "×"},
};

/* An accent command (\'e, \"{o}): the letter, then its combining mark. */
static void accent(struct conv *c, char symbol, const char *mark)
{
    size_t a, b;
    if (c->i < c->len && c->s[c->i] == '{' && argument(c, &a, &b)) {
        char *t = cell_text(c->s, a, b);
        for (char *p = t; *p; p++)
            text_char(c, *p);
        bool empty = !*t;
        free(t);
        if (empty) { /* \^{}: the character itself */
            if (symbol)
                text_char(c, symbol);
            return;
        }
    } else if (c->i + 1 < c->len && c->s[c->i] == '\\' &&
               (c->s[c->i + 1] == 'i' || c->s[c->i + 1] == 'j') &&
               (c->i + 2 >= c->len || !is_letter(c->s[c->i + 2]))) {
        strbuf_add(&c->out, &c->s[c->i + 1], 1); /* \'\i: a dotless i under the accent */
        c->i += 2;
    } else if (c->i < c->len && is_letter(c->s[c->i])) {
        strbuf_add(&c->out, &c->s[c->i++], 1);
    } else {
        if (symbol)
            text_char(c, symbol);
        return;
    }
    emit(c, mark);
}

/* A link to an http(s) address, when it is one Markdown can hold as it is; else NULL. */
static char *link_target(const char *url)
{
    if (strncmp(url, "http://", 7) != 0 && strncmp(url, "https://", 8) != 0)
        return NULL;
    for (const char *p = url; *p; p++)
        if ((unsigned char)*p <= ' ' || strchr("<>()\\`\"", *p))
            return NULL;
    return xstrdup(url);
}

/* The declaration at the start of a group ({\bf ...}, {\em ...}): its Markdown mark, or NULL. */
static const char *group_declaration(struct conv *c)
{
    size_t k = c->i;
    while (k < c->len && (c->s[k] == ' ' || c->s[k] == '\n'))
        k++;
    if (k >= c->len || c->s[k] != '\\')
        return NULL;
    size_t e = k + 1;
    while (e < c->len && is_letter(c->s[e]))
        e++;
    static const struct {
        const char *name, *mark;
    } decls[] = {{"bf", "**"},     {"bfseries", "**"}, {"em", "*"},     {"it", "*"},
                 {"itshape", "*"}, {"sl", "*"},        {"slshape", "*"}};
    for (size_t d = 0; d < sizeof(decls) / sizeof(decls[0]); d++) {
        if (strlen(decls[d].name) == e - k - 1 &&
            memcmp(c->s + k + 1, decls[d].name, e - k - 1) == 0) {
            c->i = e;
            skip_blanks(c);
            return decls[d].mark;
        }
    }
    return NULL;
}

static void command(struct conv *c)
{
    c->i++; /* the backslash */
    if (c->i >= c->len)
        return;
    char ch = c->s[c->i];
    if (!is_letter(ch)) {
        c->i++;
        /* \'e, \"o...: the letter, then its combining mark. */
        static const char accents[] = "'`\"^~=.";
        static const char *const marks[] = {"\xcc\x81", "\xcc\x80", "\xcc\x88", "\xcc\x82",
                                            "\xcc\x83", "\xcc\x84", "\xcc\x87"};
        const char *at = strchr(accents, ch);
        if (ch && at) {
            accent(c, ch, marks[at - accents]);
            return;
        }
        size_t close;
        switch (ch) {
        case '\\': /* a line break */
            if (c->i < c->len && c->s[c->i] == '*')
                c->i++;
            skip_optional(c);
            if (c->headings) {
                emit(c, " ");
            } else if (!at_line_start(c)) {
                trim_blanks(c);
                emit(c, "\\\n");
            }
            skip_blanks(c);
            if (c->i < c->len && c->s[c->i] == '\n')
                c->i++, skip_blanks(c);
            return;
        case '[':
        case '(': {
            bool display = ch == '[';
            bool *none = display ? &c->no_bracket_close : &c->no_paren_close;
            const char *p =
                *none ? NULL : memmem(c->s + c->i, c->len - c->i, display ? "\\]" : "\\)", 2);
            if (!p) {
                *none = true;
                text_char(c, ch);
                return;
            }
            close = (size_t)(p - c->s);
            math(c, display ? "$$" : "$", "", c->i, close, "", display ? "$$" : "$");
            c->i = close + 2;
            return;
        }
        case ' ':
        case ',':
        case ';':
        case ':':
        case '\n':
        case '\t':
            if (!at_line_start(c))
                emit(c, " ");
            return;
        case '!':
        case '/':
        case '-':
        case '@':
        case '\r':
            return;
        default:
            text_char(c, ch); /* \%, \$, \&, \#, \_, \{, \} */
            return;
        }
    }
    size_t start = c->i;
    while (c->i < c->len && is_letter(c->s[c->i]))
        c->i++;
    size_t n = c->i - start;
    char name[32];
    if (n >= sizeof(name)) {
        skip_blanks(c);
        return;
    }
    memcpy(name, c->s + start, n);
    name[n] = '\0';
    if (c->i < c->len && c->s[c->i] == '*')
        c->i++;

    size_t a, b;
    if (strcmp(name, "begin") == 0 || strcmp(name, "end") == 0) {
        if (argument(c, &a, &b)) {
            char *env = raw_text(c->s, a, b);
            if (name[0] == 'b')
                begin_env(c, env);
            else
                end_env(c, env);
            free(env);
        }
        return;
    }
    static const struct {
        const char *name, *open, *close;
        int flags;
        bool block;
    } styles[] = {
        {"section", "## ", "\n\n", G_HEADING, true},
        {"subsection", "### ", "\n\n", G_HEADING, true},
        {"subsubsection", "#### ", "\n\n", G_HEADING, true},
        {"paragraph", "**", "** ", G_EMPHASIS, true},
        {"emph", "*", "*", G_EMPHASIS, false},
        {"textit", "*", "*", G_EMPHASIS, false},
        {"textsl", "*", "*", G_EMPHASIS, false},
        {"textbf", "**", "**", G_EMPHASIS, false},
        {"footnote", " (", ")", 0, false},
        {"caption", "*", "*\n\n", G_EMPHASIS, true},
    };
    for (size_t k = 0; k < sizeof(styles) / sizeof(styles[0]); k++) {
        if (strcmp(name, styles[k].name) != 0)
            continue;
        skip_optional(c);
        size_t save = c->i;
        skip_blanks(c);
        if (c->i >= c->len || c->s[c->i] != '{') {
            c->i = save;
            return;
        }
        c->i++;
        if (styles[k].block)
            block(c);
        open_group(c, styles[k].open, styles[k].close, NULL, styles[k].flags);
        skip_blanks(c);
        return;
    }
    if (strcmp(name, "texttt") == 0 || strcmp(name, "url") == 0 || strcmp(name, "path") == 0) {
        if (!argument(c, &a, &b))
            return;
        char *t = raw_text(c->s, a, b), *target = name[0] == 'u' ? link_target(t) : NULL;
        if (target) {
            emit(c, "<");
            emit(c, target);
            emit(c, ">");
        } else {
            code_span(c, t);
        }
        free(target);
        free(t);
        return;
    }
    if (strcmp(name, "verb") == 0) {
        if (c->i >= c->len)
            return;
        char delim = c->s[c->i++];
        size_t end = c->i;
        while (end < c->len && c->s[end] != delim && c->s[end] != '\n')
            end++;
        char *t = xstrndup(c->s + c->i, end - c->i);
        code_span(c, t);
        free(t);
        c->i = end < c->len ? end + 1 : end;
        return;
    }
    if (strcmp(name, "href") == 0) {
        if (!argument(c, &a, &b))
            return;
        char *url = raw_text(c->s, a, b), *target = link_target(url);
        free(url);
        size_t save = c->i;
        skip_blanks(c);
        if (c->i >= c->len || c->s[c->i] != '{') {
            c->i = save;
            free(target);
            return;
        }
        c->i++;
        if (target) {
            char *closer = xasprintf("](%s)", target);
            free(target);
            open_group(c, "[", NULL, closer, 0);
        } else {
            open_group(c, "", "", NULL, 0);
        }
        return;
    }
    if (strcmp(name, "illustration") == 0) { /* problemtools: width, file, caption */
        skip_arguments(c, 2);
        size_t save = c->i;
        skip_blanks(c);
        if (c->i < c->len && c->s[c->i] == '{') {
            c->i++;
            block(c);
            open_group(c, "*", "*\n\n", NULL, G_EMPHASIS);
        } else {
            c->i = save;
        }
        return;
    }
    if (strcmp(name, "textcolor") == 0 || strcmp(name, "colorbox") == 0) {
        skip_arguments(c, 1);
        return; /* the text's group follows, kept */
    }
    if (strcmp(name, "item") == 0) {
        item(c);
        return;
    }
    if (strcmp(name, "par") == 0) {
        block(c);
        skip_blanks(c);
        return;
    }
    if (strcmp(name, "newline") == 0 || strcmp(name, "linebreak") == 0) {
        if (!at_line_start(c)) {
            trim_blanks(c);
            emit(c, "\\\n");
        }
        skip_blanks(c);
        return;
    }
    if ((strcmp(name, "newcommand") == 0 || strcmp(name, "renewcommand") == 0 ||
         strcmp(name, "providecommand") == 0) &&
        (skip_blanks(c), c->i < c->len && c->s[c->i] == '\\')) {
        c->i++; /* \newcommand\name[n]{body}: the name without braces */
        while (c->i < c->len && is_letter(c->s[c->i]))
            c->i++;
        skip_arguments(c, 1);
        skip_blanks(c);
        return;
    }
    if (strcmp(name, "def") == 0) { /* \def\name#1{body} */
        while (c->i < c->len && c->s[c->i] != '{' && c->s[c->i] != '\n')
            c->i++;
        skip_arguments(c, 1);
        return;
    }
    for (size_t k = 0; k < sizeof(dropped) / sizeof(dropped[0]); k++) {
        if (strcmp(name, dropped[k].name) == 0) {
            skip_arguments(c, dropped[k].args);
            skip_blanks(c);
            return;
        }
    }
    for (size_t k = 0; k < sizeof(symbols) / sizeof(symbols[0]); k++) {
        if (strcmp(name, symbols[k].name) == 0) {
            if (strcmp(symbols[k].text, " ") != 0 ||
                (!at_line_start(c) && c->out.buf[c->out.len - 1] != ' '))
                emit(c, symbols[k].text);
            if (c->i + 1 < c->len && c->s[c->i] == '{' && c->s[c->i + 1] == '}')
                c->i += 2; /* \ldots{} */
            else
                skip_blanks(c); /* TeX: a command's name ends at the blanks after it */
            return;
        }
    }
    static const struct {
        const char *name, *mark;
    } letter_accents[] = {{"c", "\xcc\xa7"}, {"v", "\xcc\x8c"}, {"u", "\xcc\x86"},
                          {"H", "\xcc\x8b"}, {"r", "\xcc\x8a"}, {"k", "\xcc\xa8"}};
    for (size_t k = 0; k < sizeof(letter_accents) / sizeof(letter_accents[0]); k++) {
        if (strcmp(name, letter_accents[k].name) == 0) {
            skip_blanks(c);
            accent(c, 0, letter_accents[k].mark);
            return;
        }
    }
    /* Anything else (\textsc, \underline, \noindent, \large...): dropped, the text of what
     * follows kept. */
    skip_optional(c);
    if (c->i >= c->len || c->s[c->i] != '{')
        skip_blanks(c);
}

/* $...$ and $$...$$ at c->i. */
static void dollar(struct conv *c)
{
    size_t i = c->i;
    if (i + 1 < c->len && c->s[i + 1] == '$') {
        const char *p = NULL;
        for (size_t k = i + 2; !c->no_display_close && k + 1 < c->len; k++) {
            if (c->s[k] == '\\') {
                k++;
            } else if (c->s[k] == '$' && c->s[k + 1] == '$') {
                p = c->s + k;
                break;
            }
        }
        if (!p) {
            c->no_display_close = true;
            emit(c, "\\$\\$");
            c->i += 2;
            return;
        }
        math(c, "$$", "", i + 2, (size_t)(p - c->s), "", "$$");
        c->i = (size_t)(p - c->s) + 2;
        return;
    }
    /* Inline: to the next $ of the same paragraph. */
    for (size_t k = i + 1; k < c->len; k++) {
        if (c->s[k] == '\\') {
            k++;
        } else if (c->s[k] == '\n' && k + 1 < c->len && c->s[k + 1] == '\n') {
            break;
        } else if (c->s[k] == '$') {
            math(c, "$", "", i + 1, k, "", "$");
            c->i = k + 1;
            return;
        }
    }
    emit(c, "\\$");
    c->i++;
}

char *latex_to_markdown(const char *tex, size_t len)
{
    struct conv c;
    memset(&c, 0, sizeof(c));
    c.s = tex;
    c.len = len;
    /* A whole document: its body only. */
    const char *body = memmem(tex, len, "\\begin{document}", 16);
    if (body) {
        c.i = (size_t)(body - tex) + 16;
        const char *end = memmem(body, len - (size_t)(body - tex), "\\end{document}", 14);
        if (end)
            c.len = (size_t)(end - tex);
    }
    while (c.i < c.len) {
        char ch = c.s[c.i];
        if (!strchr("%\n \t\r", ch))
            indent(&c); /* text at a line's start in a list: in the item */
        switch (ch) {
        case '%': { /* a comment, with its newline and the next line's leading blanks */
            while (c.i < c.len && c.s[c.i] != '\n')
                c.i++;
            size_t k = c.i + 1;
            while (k < c.len && (c.s[k] == ' ' || c.s[k] == '\t' || c.s[k] == '\r'))
                k++;
            if (k < c.len && c.s[k] == '\n')
                break; /* an empty line next: the newline is the paragraph's end */
            if (c.i < c.len)
                c.i++;
            skip_blanks(&c);
            break;
        }
        case '\\':
            command(&c);
            break;
        case '{': {
            c.i++;
            const char *mark = group_declaration(&c);
            open_group(&c, mark ? mark : "", mark ? mark : "", NULL, mark ? G_EMPHASIS : 0);
            break;
        }
        case '}':
            c.i++;
            close_group(&c);
            break;
        case '$':
            dollar(&c);
            break;
        case '\n': {
            /* As TeX reads it: a newline is a space, an empty line a new paragraph (in a
             * list, a new line: the list stays one list). */
            c.i++;
            skip_blanks(&c);
            bool paragraph = false;
            while (c.i < c.len && c.s[c.i] == '\n') {
                paragraph = true;
                c.i++;
                skip_blanks(&c);
            }
            if (c.headings) {
                if (!at_line_start(&c))
                    emit(&c, " ");
            } else if (paragraph && !c.nlists) {
                block(&c);
            } else if (!at_line_start(&c)) {
                newline(&c);
            }
            break;
        }
        case ' ':
        case '\t':
        case '\r':
            c.i++;
            if (!at_line_start(&c) && c.out.buf[c.out.len - 1] != ' ' && ch != '\r')
                emit(&c, " ");
            break;
        case '~':
            c.i++;
            emit(&c, "\xc2\xa0");
            break;
        case '`':
        case '\'':
            if (c.i + 1 < c.len && c.s[c.i + 1] == ch) {
                emit(&c, ch == '`' ? "“" : "”");
                c.i += 2;
            } else {
                emit(&c, ch == '`' ? "‘" : "’");
                c.i++;
            }
            break;
        case '-': {
            size_t run = 0;
            while (c.i + run < c.len && c.s[c.i + run] == '-' && run < 3)
                run++;
            if (run == 3)
                emit(&c, "—");
            else if (run == 2)
                emit(&c, "–");
            else
                text_char(&c, '-');
            c.i += run;
            break;
        }
        default:
            c.i++;
            if ((unsigned char)ch < ' ')
                emit(&c, " "); /* other control characters */
            else
                text_char(&c, ch);
        }
    }
    while (c.ngroups)
        close_group(&c);
    trim_blanks(&c);
    while (c.out.len && c.out.buf[c.out.len - 1] == '\n')
        c.out.buf[--c.out.len] = '\0';
    strbuf_add(&c.out, "\n", 1);
    return strbuf_detach(&c.out);
}
