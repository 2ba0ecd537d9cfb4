/* compare.h: the built-in output checkers, which stream a program's output against the answer. */
#ifndef JUDGE_COMPARE_H
#define JUDGE_COMPARE_H

#include <stdbool.h>
#include <stddef.h>

#include "judge/verdict.h"

/*
 * How output and answer are compared. Every mode streams both sides through two fixed-size
 * buffers, so memory use does not depend on the size of the files or of any token or line in
 * them; two identical files are compared at about the speed of cmp(1).
 *
 * "Whitespace" is the C locale's isspace() set: space, \t, \n, \v, \f, \r.
 */
enum cmp_mode {
    /* Byte for byte. */
    CMP_EXACT,
    /*
     * Line by line. Trailing space, \t and \r at the end of each line are ignored (so CRLF equals
     * LF); leading and interior whitespace must match exactly. Empty (or whitespace-only) lines
     * at the end of either file and a missing final newline are ignored; blank lines elsewhere
     * count.
     */
    CMP_LINES,
    /*
     * The default: whitespace-separated tokens compared exactly (case-sensitive). Any run of
     * whitespace equals any other; leading and trailing whitespace are ignored.
     */
    CMP_TOKENS,
    /*
     * Like CMP_TOKENS, but an answer token that is a number (see below) is compared numerically
     * with the output token: accepted if |out - ans| <= abs_tol or |out - ans| <= rel_tol * |ans|
     * (an unset tolerance never accepts; with both unset the values must be exactly equal). The
     * output token must itself be a number, in any formatting ("100.000" equals "1e2"); -0.0
     * equals 0.0. Answer tokens that are not numbers are compared exactly (case-sensitive).
     *
     * A number is a whole token matching the decimal grammar
     *     [+-]? (digits ['.' digits*] | '.' digits) ([eE] [+-]? digits)?
     * whose value is a finite double. "nan", "inf", "infinity" and tokens that overflow a double
     * ("1e400") are not numbers: as in problemtools' default validator, they are compared as
     * strings, so an answer 1e400 accepts only the output 1e400, never 1e999 or inf, and an
     * output that overflows never matches a numeric answer. Hex floats ("0x1p3"), "1e", "12abc"
     * are not numbers. A token longer than CMP_MAX_NUMBER_LEN bytes is never treated as a
     * number: it is compared exactly, like any other string.
     */
    CMP_FLOAT,
    /*
     * The Kattis/ICPC default output validator (problemtools' default_validator): tokens are
     * compared case-insensitively (ASCII) unless case_sensitive; whitespace amounts are ignored
     * unless space_change_sensitive, in which case every whitespace byte of the answer, leading
     * and trailing ones included, must appear identically in the output and the output may have
     * no other whitespace. If a tolerance is set, answer tokens that are numbers are compared as
     * in CMP_FLOAT (either tolerance suffices) and other tokens as strings; with no tolerance
     * everything is a string. Non-finite tokens (nan, inf, 1e400) are strings, as in
     * problemtools (compared case-insensitively unless case_sensitive). The one deviation from
     * problemtools, on purpose: numbers follow the grammar above (problemtools' sscanf also takes
     * hex floats and prefixes such as "1e").
     */
    CMP_KATTIS,
};

/* Numeric tokens longer than this (in bytes) are compared as strings. */
#define CMP_MAX_NUMBER_LEN 1000

struct cmp_options {
    enum cmp_mode mode;
    double abs_tol;              /* absolute tolerance; < 0 means unset */
    double rel_tol;              /* relative tolerance; < 0 means unset */
    bool case_sensitive;         /* CMP_KATTIS only (default false) */
    bool space_change_sensitive; /* CMP_KATTIS only (default false) */
};

/* Sets o to mode with both tolerances unset and both flags false. */
void cmp_options_init(struct cmp_options *o, enum cmp_mode mode);

/*
 * Parses Kattis validator_flags, a whitespace-separated list such as
 * "case_sensitive float_tolerance 1e-6", into o: o is reset to cmp_options_init(o, CMP_KATTIS)
 * and then the flags are applied. Flags: case_sensitive, space_change_sensitive,
 * float_absolute_tolerance X, float_relative_tolerance X, float_tolerance X (sets both); X must
 * be a finite, non-negative number. flags may be NULL or empty (the defaults).
 * Returns 0, or -1 with o untouched and a one-line message in err (e.g. "unknown flag 'foo'",
 * "float_tolerance needs a number"); err may be NULL, and is always NUL-terminated if errlen > 0.
 */
int cmp_parse_kattis_flags(const char *flags, struct cmp_options *o, char *err, size_t errlen);

/*
 * The outcome of one comparison. Pieces of the submission's output (and of the answer) that
 * appear in message, expected and got are escaped: \n, \r, \t, \\ and \xNN for other control
 * bytes and for bytes that are not valid UTF-8, so they are always printable, one-line UTF-8.
 */
struct cmp_result {
    /* VERDICT_AC or VERDICT_WA (PE is never produced by the built-in checkers), or VERDICT_SE
     * on a read error. */
    enum verdict verdict;
    /* One line for humans, empty on AC, e.g. "line 3, column 5: expected '42', got '41'",
     * "output ended early: expected '7' at line 2", "extra output at line 9: '5'",
     * "line 4, column 1: expected 3.1416 (±1e-06), got 3.15". */
    char message[256];
    /* 1-based position of the first difference in the OUTPUT (for a missing token: where the
     * output ended), 0 on AC and SE. Columns count bytes. */
    long line, column;
    /* 1-based line of the first difference in the answer (for extra output: where it ended). */
    long answer_line;
    /* The differing piece of the answer and of the output (a token, or for the line-based modes
     * the line around the difference), escaped, truncated with "..." at either end when longer;
     * "" stands for end of file. */
    char expected[64];
    char got[64];
};

/*
 * Compares the output read from out_fd with the answer read from ans_fd according to o. Both
 * are read from their current offset to end of file, sequentially (pipes work); they are never
 * seeked and never closed. Reading stops soon after the first difference.
 * Returns 0 with r filled (verdict AC or WA), or -1 with errno set and r->verdict = VERDICT_SE
 * (and a message naming the side) on a read error, an allocation failure (ENOMEM) or invalid
 * arguments (EINVAL: NULL pointer or unknown mode).
 */
int cmp_fds(int out_fd, int ans_fd, const struct cmp_options *o, struct cmp_result *r);

#endif
