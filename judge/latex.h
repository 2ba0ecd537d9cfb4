/* latex.h: a LaTeX problem statement read as Markdown. */
#ifndef JUDGE_LATEX_H
#define JUDGE_LATEX_H

#include <stddef.h>

/* The Markdown of a statement written in LaTeX (ICPC's problem.tex with problemtools' macros):
 * sections, emphasis, lists, footnotes, verbatim and tables become their Markdown; math is
 * kept as written, between $ and $ or $$ and $$ (\(..\), \[..\] and the display environments
 * too); a command it does not know keeps the text of its arguments. Not a TeX engine: no macro
 * is expanded. Linear in len; never fails. The caller frees. */
char *latex_to_markdown(const char *tex, size_t len);

#endif
