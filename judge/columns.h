/* columns.h: texts side by side in the columns of a terminal (solutions next to each other). */
#ifndef JUDGE_COLUMNS_H
#define JUDGE_COLUMNS_H

#include "judge/util.h"

#include <stdbool.h>
#include <stddef.h>

/* The narrowest column worth reading code in, and what separates columns. */
#define COLUMNS_MIN_WIDTH 32
#define COLUMNS_GAP       " │ "
#define COLUMNS_GAP_WIDTH 3

/* The terminal columns the code point starting s takes: 0 (combining marks, zero-width
 * characters), 2 (East Asian wide and fullwidth, most emoji) or 1; *bytes is its length in
 * bytes (1 for a byte that does not start valid UTF-8). len is what s holds. */
size_t columns_char_width(const char *s, size_t len, size_t *bytes);

/* The terminal columns a string takes. */
size_t columns_text_width(const char *s);

/* Whether n columns of at least COLUMNS_MIN_WIDTH fit in a terminal width columns wide. */
bool columns_fit(size_t n, size_t width);

/*
 * Appends n texts side by side in width columns: each column's title, a rule, then the
 * texts' lines, each wrapped to its column (tabs as 4 spaces), padded so the columns line up;
 * trailing spaces are trimmed. The texts must already be safe to show (text_visible): only
 * newlines and tabs among the control characters.
 */
void columns_render(struct strbuf *out, const char *const *titles, const char *const *texts,
                    size_t n, size_t width);

#endif
