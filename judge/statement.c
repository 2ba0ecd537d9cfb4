/* statement.c: a Markdown statement read with cmark (CommonMark) and rendered for a terminal. */
#define _GNU_SOURCE
#include "judge/statement.h"
#include "judge/util.h"

#include <cmark.h>

/* Before 0.29, CMark passed raw HTML through unless told CMARK_OPT_SAFE; since, it is safe
 * unless told CMARK_OPT_UNSAFE (and CMARK_OPT_SAFE is kept, meaning nothing). */
#if CMARK_VERSION < 0x001d00
#error "CMark 0.29 or later is needed: an older one may pass a statement's raw HTML to a page"
#endif
#include <stdlib.h>
#include <string.h>

/*
 * The document is walked with cmark's iterator (no recursion: a statement nested a hundred
 * thousand block quotes deep costs nothing but time). Blocks are written line by line, each
 * behind the prefix of the containers it is in (a block quote's "| ", a list item's bullet on
 * its first line and spaces after); a paragraph's or heading's inline content is gathered
 * first, with its styles as ANSI sequences, then wrapped by words.
 */

#define MAX_LEVELS 16
#define SGR_RESET  "\033[0m"

enum level_kind { LEVEL_QUOTE, LEVEL_LIST, LEVEL_ITEM };

struct level {
    enum level_kind kind;
    bool tight;        /* a list: tight (no blank lines between its items) */
    bool ordered;      /* a list */
    int next_number;   /* an ordered list: the next item's number */
    char bullet[16];   /* an item: "- " or "12. " */
    bool bullet_shown; /* an item: its first line is out */
};

struct render {
    const struct statement_style *style;
    int width;
    struct strbuf out;
    struct strbuf inl; /* the inline content of the paragraph or heading under way */
    struct level levels[MAX_LEVELS];
    int depth;         /* may exceed MAX_LEVELS: deeper levels are not indented further */
    int bold, italic;  /* inline styles open */
    size_t link_start; /* where the link's text starts in inl */
    bool need_blank;   /* a blank line goes before the next block */
};

/* Visible width of text: code points, skipping ANSI sequences (ESC [ ... letter). */
static size_t visible_width(const char *s, size_t len)
{
    size_t w = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == 0x1b && i + 1 < len && s[i + 1] == '[') {
            i += 2;
            while (i < len && !((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' && s[i] <= 'z')))
                i++;
            continue;
        }
        if ((c & 0xc0) != 0x80)
            w++;
    }
    return w;
}

static const struct level *level_at(const struct render *r, int i)
{
    return &r->levels[i];
}

/* The prefix of the next line: quote bars, and item bullets (on an item's first line) or
 * the spaces under them. */
static void add_prefix(struct render *r, struct strbuf *sb, bool blank_line)
{
    int n = r->depth < MAX_LEVELS ? r->depth : MAX_LEVELS;
    for (int i = 0; i < n; i++) {
        struct level *l = &r->levels[i];
        if (l->kind == LEVEL_QUOTE) {
            strbuf_addstr(sb, blank_line ? "|" : "| ");
        } else if (l->kind == LEVEL_ITEM && !blank_line) {
            if (!l->bullet_shown) {
                strbuf_addstr(sb, l->bullet);
                l->bullet_shown = true;
            } else {
                for (size_t k = visible_width(l->bullet, strlen(l->bullet)); k > 0; k--)
                    strbuf_addstr(sb, " ");
            }
        }
    }
}

static void emit_blank(struct render *r)
{
    struct strbuf line = STRBUF_INIT;
    add_prefix(r, &line, true);
    /* A quote's bar alone, trailing spaces trimmed. */
    strbuf_add(&r->out, line.buf ? line.buf : "", line.len);
    strbuf_addstr(&r->out, "\n");
    strbuf_release(&line);
}

/* The width left for text after the prefix. */
static int text_width(const struct render *r)
{
    int used = 0, n = r->depth < MAX_LEVELS ? r->depth : MAX_LEVELS;
    for (int i = 0; i < n; i++) {
        const struct level *l = level_at(r, i);
        if (l->kind == LEVEL_QUOTE)
            used += 2;
        else if (l->kind == LEVEL_ITEM)
            used += (int)visible_width(l->bullet, strlen(l->bullet));
    }
    int w = r->width - used;
    return w < 20 ? 20 : w;
}

static void block_start(struct render *r)
{
    if (r->need_blank && r->out.len > 0)
        emit_blank(r);
    r->need_blank = false;
}

/* Whether the innermost list around is tight. */
static bool in_tight_list(const struct render *r)
{
    int n = r->depth < MAX_LEVELS ? r->depth : MAX_LEVELS;
    for (int i = n - 1; i >= 0; i--) {
        if (r->levels[i].kind == LEVEL_LIST)
            return r->levels[i].tight;
    }
    return false;
}

static void block_end(struct render *r)
{
    r->need_blank = !in_tight_list(r);
}

/* Writes one line of text behind the prefix; sgr is the style in force at its start. */
static void emit_line(struct render *r, const char *text, size_t len, const char *sgr)
{
    add_prefix(r, &r->out, false);
    if (sgr && sgr[0])
        strbuf_addstr(&r->out, sgr);
    strbuf_add(&r->out, text, len);
    if (r->style->color && memchr(text, 0x1b, len))
        strbuf_addstr(&r->out, SGR_RESET);
    /* No trailing spaces. */
    while (r->out.len > 0 && r->out.buf[r->out.len - 1] == ' ')
        r->out.buf[--r->out.len] = '\0';
    strbuf_addstr(&r->out, "\n");
}

/* Remembers the SGR sequences met in text[0, len) into sgr (since the last reset). */
static void track_sgr(struct strbuf *sgr, const char *text, size_t len)
{
    for (size_t i = 0; i + 1 < len; i++) {
        if (text[i] != 0x1b || text[i + 1] != '[')
            continue;
        size_t j = i + 2;
        while (j < len && text[j] != 'm')
            j++;
        if (j >= len)
            break;
        if (j == i + 3 && text[i + 2] == '0')
            strbuf_release(sgr);
        else
            strbuf_add(sgr, text + i, j - i + 1);
        i = j;
    }
}

/* Writes the gathered inline content, wrapped by words at the width left. */
static void emit_wrapped(struct render *r, const char *text, size_t len)
{
    int width = text_width(r);
    struct strbuf line = STRBUF_INIT, sgr = STRBUF_INIT, start_sgr = STRBUF_INIT;
    size_t line_width = 0;
    size_t i = 0;
    bool any = false;
    while (i <= len) {
        /* The next word: up to a space or a hard line break. */
        size_t j = i;
        while (j < len && text[j] != ' ' && text[j] != '\n')
            j++;
        size_t w = visible_width(text + i, j - i);
        if (j > i) {
            if (line_width > 0 && line_width + 1 + w > (size_t)width) {
                emit_line(r, line.buf, line.len, start_sgr.buf);
                any = true;
                strbuf_release(&line);
                strbuf_release(&start_sgr);
                if (sgr.len)
                    strbuf_add(&start_sgr, sgr.buf, sgr.len);
                line_width = 0;
            }
            if (line_width > 0) {
                strbuf_addstr(&line, " ");
                line_width++;
            }
            strbuf_add(&line, text + i, j - i);
            track_sgr(&sgr, text + i, j - i);
            line_width += w;
        }
        if (j >= len || text[j] == '\n') {
            if (line.len > 0 || j < len || !any) {
                emit_line(r, line.buf ? line.buf : "", line.len, start_sgr.buf);
                any = true;
            }
            strbuf_release(&line);
            strbuf_release(&start_sgr);
            if (sgr.len)
                strbuf_add(&start_sgr, sgr.buf, sgr.len);
            line_width = 0;
            if (j >= len)
                break;
        }
        i = j + 1;
    }
    strbuf_release(&line);
    strbuf_release(&sgr);
    strbuf_release(&start_sgr);
}

/* The styles in force, after a reset (colour only). */
static void add_style(struct render *r)
{
    if (!r->style->color)
        return;
    strbuf_addstr(&r->inl, SGR_RESET);
    if (r->bold)
        strbuf_addstr(&r->inl, "\033[1m");
    if (r->italic)
        strbuf_addstr(&r->inl, "\033[3m");
}

/* Text from the statement: control characters made visible, tabs as spaces. */
static void add_text(struct strbuf *sb, const char *text)
{
    char *v = text_visible(text, 0);
    for (char *p = v; *p; p++) {
        if (*p == '\t' || *p == '\n' || *p == '\r')
            *p = ' ';
    }
    strbuf_addstr(sb, v);
    free(v);
}

/* A code or HTML block's lines, each behind the prefix and indent (never wrapped). */
static void emit_literal_lines(struct render *r, const char *literal, const char *indent)
{
    char *v = text_visible(literal ? literal : "", 0);
    size_t len = strlen(v);
    while (len > 0 && v[len - 1] == '\n')
        len--;
    for (size_t i = 0; i < len;) {
        size_t j = i;
        while (j < len && v[j] != '\n')
            j++;
        struct strbuf line = STRBUF_INIT;
        strbuf_addstr(&line, indent);
        if (r->style->color)
            strbuf_addstr(&line, "\033[36m");
        strbuf_add(&line, v + i, j - i);
        if (r->style->color)
            strbuf_addstr(&line, SGR_RESET);
        emit_line(r, line.buf, line.len, NULL);
        strbuf_release(&line);
        i = j + 1;
    }
    free(v);
}

static void push_level(struct render *r, struct level l)
{
    if (r->depth < MAX_LEVELS)
        r->levels[r->depth] = l;
    r->depth++;
}

static void pop_level(struct render *r)
{
    if (r->depth > 0)
        r->depth--;
}

static void enter_item(struct render *r)
{
    struct level item = {.kind = LEVEL_ITEM};
    struct level *list = r->depth > 0 && r->depth <= MAX_LEVELS ? &r->levels[r->depth - 1] : NULL;
    if (list && list->kind == LEVEL_LIST && list->ordered)
        snprintf(item.bullet, sizeof(item.bullet), "%d. ", list->next_number++);
    else
        snprintf(item.bullet, sizeof(item.bullet), "%s", r->style->color ? "\xe2\x80\xa2 " : "- ");
    push_level(r, item);
}

static void exit_heading(struct render *r, int level)
{
    const char *text = r->inl.buf ? r->inl.buf : "";
    if (r->style->color) {
        struct strbuf h = STRBUF_INIT;
        strbuf_addstr(&h, level == 1 ? "\033[1;4m" : "\033[1m");
        strbuf_addstr(&h, text);
        emit_wrapped(r, h.buf, h.len);
        strbuf_release(&h);
    } else {
        emit_wrapped(r, text, r->inl.len);
        if (level <= 2) {
            size_t w = visible_width(text, r->inl.len);
            if (w > (size_t)text_width(r))
                w = (size_t)text_width(r);
            struct strbuf u = STRBUF_INIT;
            for (size_t k = 0; k < w; k++)
                strbuf_addstr(&u, level == 1 ? "=" : "-");
            emit_line(r, u.buf ? u.buf : "", u.len, NULL);
            strbuf_release(&u);
        }
    }
}

/* One iterator event. */
static void on_node(struct render *r, cmark_node *node, cmark_event_type ev)
{
    bool enter = ev == CMARK_EVENT_ENTER;
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_BLOCK_QUOTE:
        if (enter) {
            block_start(r);
            push_level(r, (struct level){.kind = LEVEL_QUOTE});
        } else {
            pop_level(r);
            r->need_blank = true;
        }
        break;
    case CMARK_NODE_LIST:
        if (enter) {
            block_start(r);
            push_level(
                r, (struct level){.kind = LEVEL_LIST,
                                  .tight = cmark_node_get_list_tight(node) != 0,
                                  .ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                                  .next_number = cmark_node_get_list_start(node)});
        } else {
            pop_level(r);
            r->need_blank = true;
        }
        break;
    case CMARK_NODE_ITEM:
        if (enter)
            enter_item(r);
        else
            pop_level(r);
        break;
    case CMARK_NODE_PARAGRAPH:
    case CMARK_NODE_HEADING:
        if (enter) {
            block_start(r);
            strbuf_release(&r->inl);
            r->bold = r->italic = 0;
        } else {
            if (cmark_node_get_type(node) == CMARK_NODE_HEADING)
                exit_heading(r, cmark_node_get_heading_level(node));
            else
                emit_wrapped(r, r->inl.buf ? r->inl.buf : "", r->inl.len);
            strbuf_release(&r->inl);
            block_end(r);
            if (cmark_node_get_type(node) == CMARK_NODE_HEADING)
                r->need_blank = true;
        }
        break;
    case CMARK_NODE_CODE_BLOCK:
        block_start(r);
        emit_literal_lines(r, cmark_node_get_literal(node), "    ");
        block_end(r);
        r->need_blank = true;
        break;
    case CMARK_NODE_HTML_BLOCK:
        block_start(r);
        emit_literal_lines(r, cmark_node_get_literal(node), "");
        block_end(r);
        break;
    case CMARK_NODE_THEMATIC_BREAK: {
        block_start(r);
        int w = text_width(r) < 40 ? text_width(r) : 40;
        struct strbuf line = STRBUF_INIT;
        for (int k = 0; k < w; k++)
            strbuf_addstr(&line, "-");
        emit_line(r, line.buf, line.len, NULL);
        strbuf_release(&line);
        r->need_blank = true;
        break;
    }
    case CMARK_NODE_TEXT:
    case CMARK_NODE_HTML_INLINE:
        add_text(&r->inl, cmark_node_get_literal(node));
        break;
    case CMARK_NODE_SOFTBREAK:
        strbuf_addstr(&r->inl, " ");
        break;
    case CMARK_NODE_LINEBREAK:
        strbuf_addstr(&r->inl, "\n");
        break;
    case CMARK_NODE_CODE:
        if (r->style->color) {
            strbuf_addstr(&r->inl, "\033[36m");
            add_text(&r->inl, cmark_node_get_literal(node));
            add_style(r);
        } else {
            strbuf_addstr(&r->inl, "`");
            add_text(&r->inl, cmark_node_get_literal(node));
            strbuf_addstr(&r->inl, "`");
        }
        break;
    case CMARK_NODE_STRONG:
        r->bold += enter ? 1 : -1;
        add_style(r);
        break;
    case CMARK_NODE_EMPH:
        r->italic += enter ? 1 : -1;
        add_style(r);
        break;
    case CMARK_NODE_LINK:
    case CMARK_NODE_IMAGE: {
        bool image = cmark_node_get_type(node) == CMARK_NODE_IMAGE;
        if (enter) {
            if (image)
                strbuf_addstr(&r->inl, "[image: ");
            r->link_start = r->inl.len;
            break;
        }
        const char *url = cmark_node_get_url(node);
        size_t shown = r->inl.len >= r->link_start ? r->inl.len - r->link_start : 0;
        if (image)
            strbuf_addstr(&r->inl, "]");
        if (url && url[0] &&
            !(shown == strlen(url) && memcmp(r->inl.buf + r->link_start, url, shown) == 0)) {
            strbuf_addstr(&r->inl, " <");
            add_text(&r->inl, url);
            strbuf_addstr(&r->inl, ">");
        }
        break;
    }
    default:
        break;
    }
}

/* Whether c is ASCII punctuation: CommonMark lets a backslash make any of them literal. */
static bool ascii_punct(char c)
{
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
           (c >= '{' && c <= '~');
}

/* The end of the math span opening at s[i] ('$' or "$$"), or 0 when it is no span: $$...$$
 * anywhere before the next fence, $...$ on its line, with no space just inside the dollars
 * and no digit just after the closing one (so that "$5 and $6" stays money). */
static size_t math_end(const char *s, size_t len, size_t i, size_t *open)
{
    if (i + 1 < len && s[i + 1] == '$') {
        *open = 2;
        for (size_t k = i + 2; k + 1 < len; k++) {
            if (s[k] == '$' && s[k + 1] == '$')
                return k > i + 2 ? k : 0;
            if (s[k] == '\n' && k + 3 < len &&
                (memcmp(s + k + 1, "```", 3) == 0 || memcmp(s + k + 1, "~~~", 3) == 0))
                return 0;
        }
        return 0;
    }
    *open = 1;
    if (i + 1 >= len || s[i + 1] == ' ' || s[i + 1] == '\n')
        return 0;
    for (size_t k = i + 1; k < len && s[k] != '\n'; k++) {
        if (s[k] == '\\' && k + 1 < len && s[k + 1] != '\n') {
            k++;
            continue;
        }
        if (s[k] == '$')
            return s[k - 1] != ' ' && !(k + 1 < len && s[k + 1] >= '0' && s[k + 1] <= '9') ? k : 0;
    }
    return 0;
}

/*
 * The statement with its math made literal for CommonMark: inside $...$ and $$...$$ (outside
 * code) every ASCII punctuation gets a backslash, so that "a_i" and "b_i" do not become
 * emphasis, "\\" stays two backslashes, "<" no tag; the page's KaTeX then finds the formula
 * as it was written.
 */
static void protect_math(struct strbuf *out, const char *s, size_t len)
{
    char fence = 0;
    size_t fence_len = 0;
    bool line_start = true;
    for (size_t i = 0; i < len;) {
        bool verbatim = false;
        if (line_start) {
            size_t k = i, indent = 0, run = 0;
            while (k < len && s[k] == ' ' && indent < 4)
                k++, indent++;
            while (k + run < len && (s[k + run] == '`' || s[k + run] == '~') && s[k + run] == s[k])
                run++;
            /* a fence's line, a fenced block's, or an indented code block's: as they are */
            verbatim = fence || indent == 4 || (k < len && s[k] == '\t');
            if (indent < 4 && run >= 3 && (!fence || (s[k] == fence && run >= fence_len))) {
                fence = fence ? 0 : s[k];
                fence_len = run;
                verbatim = true;
            }
        }
        if (verbatim) {
            const char *nl = memchr(s + i, '\n', len - i);
            size_t end = nl ? (size_t)(nl - s) + 1 : len;
            strbuf_add(out, s + i, end - i);
            i = end;
            line_start = true;
            continue;
        }
        line_start = false;
        char c = s[i];
        if (c == '\n') {
            strbuf_add(out, s + i++, 1);
            line_start = true;
        } else if (c == '\\' && i + 1 < len) { /* an escape, as it is */
            strbuf_add(out, s + i, 2);
            i += 2;
        } else if (c == '`') { /* a code span: to the closing run of as many backticks */
            size_t run = 0;
            while (i + run < len && s[i + run] == '`')
                run++;
            size_t k = i + run, end = 0;
            while (k < len && !end) {
                size_t r = 0;
                while (k + r < len && s[k + r] == '`')
                    r++;
                if (r == run)
                    end = k + r;
                k += r ? r : 1;
            }
            size_t stop = end ? end : i + run;
            strbuf_add(out, s + i, stop - i);
            i = stop;
        } else if (c == '$') {
            size_t open, end = math_end(s, len, i, &open);
            if (!end) {
                strbuf_add(out, s + i++, 1);
                continue;
            }
            strbuf_add(out, s + i, open);
            for (size_t k = i + open; k < end; k++) {
                if (ascii_punct(s[k]))
                    strbuf_add(out, "\\", 1);
                strbuf_add(out, s + k, 1);
            }
            strbuf_add(out, s + end, open);
            i = end + open;
        } else {
            strbuf_add(out, s + i++, 1);
        }
    }
}

char *statement_html(const char *markdown, size_t len)
{
    struct strbuf sb = STRBUF_INIT;
    protect_math(&sb, markdown, len);
    /* Not CMARK_OPT_UNSAFE: a package's <script> or javascript: link never reaches a page. */
    char *html = cmark_markdown_to_html(sb.buf ? sb.buf : "", sb.len,
                                        CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_SAFE);
    strbuf_release(&sb);
    return html ? html : xstrdup("");
}

char *statement_render(const char *markdown, size_t len, const struct statement_style *style)
{
    struct render r;
    memset(&r, 0, sizeof(r));
    r.style = style;
    r.width = style->width < 20 ? 20 : style->width > 400 ? 400 : style->width;
    /* Math shown as written ("$a*b$ and $c*d$" is no emphasis), as on the page. */
    struct strbuf sb = STRBUF_INIT;
    protect_math(&sb, markdown, len);
    cmark_node *doc = cmark_parse_document(sb.buf ? sb.buf : "", sb.len, CMARK_OPT_VALIDATE_UTF8);
    strbuf_release(&sb);
    if (!doc)
        return xstrdup("");
    cmark_iter *it = cmark_iter_new(doc);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE)
        on_node(&r, cmark_iter_get_node(it), ev);
    cmark_iter_free(it);
    cmark_node_free(doc);
    strbuf_release(&r.inl);
    /* One newline at the end, no blank lines. */
    while (r.out.len > 1 && r.out.buf[r.out.len - 1] == '\n' && r.out.buf[r.out.len - 2] == '\n')
        r.out.buf[--r.out.len] = '\0';
    return strbuf_detach(&r.out);
}

/* Whether the info string's first word names the language. */
static bool names_language(const char *info, const char *lang_id, char *const *extensions)
{
    static const char *const aliases[][2] = {
        {"c++", "cpp"},   {"cxx", "cpp"},         {"python3", "python"}, {"py3", "python"},
        {"golang", "go"}, {"node", "javascript"}, {"js", "javascript"},  {"rs", "rust"},
    };
    size_t n = strcspn(info, " \t{");
    if (n == 0 || n > 32)
        return false;
    char word[40];
    for (size_t i = 0; i < n; i++)
        word[i] = (char)(info[i] >= 'A' && info[i] <= 'Z' ? info[i] - 'A' + 'a' : info[i]);
    word[n] = '\0';
    if (strcmp(word, lang_id) == 0)
        return true;
    for (size_t i = 0; i < sizeof(aliases) / sizeof(aliases[0]); i++) {
        if (strcmp(word, aliases[i][0]) == 0 && strcmp(lang_id, aliases[i][1]) == 0)
            return true;
    }
    for (char *const *e = extensions; e && *e; e++) {
        if ((*e)[0] == '.' && strcmp(word, *e + 1) == 0)
            return true;
    }
    return false;
}

char *statement_signature(const char *markdown, size_t len, const char *lang_id,
                          char *const *extensions)
{
    cmark_node *doc = cmark_parse_document(markdown, len, CMARK_OPT_VALIDATE_UTF8);
    if (!doc)
        return NULL;
    char *found = NULL;
    cmark_iter *it = cmark_iter_new(doc);
    cmark_event_type ev;
    while (!found && (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(it);
        if (cmark_node_get_type(node) != CMARK_NODE_CODE_BLOCK)
            continue;
        const char *info = cmark_node_get_fence_info(node);
        if (info && names_language(info, lang_id, extensions))
            found = xstrdup(cmark_node_get_literal(node) ? cmark_node_get_literal(node) : "");
    }
    cmark_iter_free(it);
    cmark_node_free(doc);
    return found;
}
