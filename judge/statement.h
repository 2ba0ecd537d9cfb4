/* statement.h: a problem's Markdown statement read with CommonMark (cmark) and rendered for a
 * terminal; the function signature it gives for a language. */
#ifndef JUDGE_STATEMENT_H
#define JUDGE_STATEMENT_H

#include <stdbool.h>
#include <stddef.h>

/* The largest statement read (a package file; bigger ones are refused naming the file). */
#define STATEMENT_MAX_BYTES (1 << 20)

struct statement_style {
    int width;  /* columns to wrap paragraphs at (clamped to 20..400); code is never wrapped */
    bool color; /* ANSI bold, italics and colours; else plain text with ASCII markers */
};

/*
 * The statement (CommonMark, len bytes; invalid UTF-8 replaced) as text for a terminal:
 * headings underlined (plain) or bold (colour), paragraphs wrapped at style->width, lists with
 * bullets or numbers, code blocks indented four spaces, block quotes behind "| ", links
 * followed by their address, raw HTML shown as text. Every character a statement holds is
 * shown, never obeyed: control characters are made visible (util.h). Nesting deeper than
 * sixteen levels is not indented further. Malloc'ed; never NULL.
 */
char *statement_render(const char *markdown, size_t len, const struct statement_style *style);

/*
 * The statement as HTML for a page: CommonMark's own rendering, with its raw HTML left out and
 * links that could run a script (javascript:, vbscript:, file:, data: but images) made empty,
 * as cmark does unless told it is safe. Malloc'ed; never NULL.
 */
char *statement_html(const char *markdown, size_t len);

/*
 * The function signature a function-style statement gives for a language: the text of the
 * first fenced code block whose info string's first word names the language: its id ("cpp"),
 * one of its extensions without the dot ("py", "js", "rs"), or a common name for it ("c++",
 * "python3", "golang", "node"). extensions is NULL-ended (".cpp", ".cc"). Malloc'ed, or NULL
 * when the statement gives none.
 */
char *statement_signature(const char *markdown, size_t len, const char *lang_id,
                          char *const *extensions);

#endif
