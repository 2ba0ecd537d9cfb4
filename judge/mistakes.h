/* mistakes.h: the mistake log's kinds, and the kind a failed submission's evidence points to. */
#ifndef JUDGE_MISTAKES_H
#define JUDGE_MISTAKES_H

#include "judge/history.h"

#include <stdbool.h>
#include <stddef.h>

/* The documented kinds (docs/meeting.md), in the order they are listed. */
enum mistake_kind {
    MISTAKE_OVERFLOW,
    MISTAKE_OFF_BY_ONE,
    MISTAKE_EDGE_CASE,
    MISTAKE_COMPLEXITY,
    MISTAKE_OUTPUT_FORMAT,
    MISTAKE_RECURSION_DEPTH,
    MISTAKE_MISREAD,
    MISTAKE_OTHER,
    MISTAKE_KIND_COUNT
};

/* "overflow", "off-by-one", "edge-case", "complexity", "output-format", "recursion-depth",
 * "misread", "other". */
const char *mistake_kind_name(enum mistake_kind kind);

/* Parses a kind's name; case, spaces and underscores are forgiven ("Edge case", "edge_case"),
 * and "misread-statement" is "misread". 0 with *out set, or -1. */
int mistake_kind_parse(const char *name, enum mistake_kind *out);

/* Every kind's name, comma-separated, for messages. */
const char *mistake_kind_list(void);

/* What the evidence of a failed submission points to. */
struct mistake_proposal {
    enum mistake_kind kind;
    char why[256]; /* "TLE on test 07-big", "test sample-1: expected '3000000000', got
                      '-1294967296'" */
};

/*
 * Proposes a kind when a failed submission's evidence is clear: TLE is complexity; PE is
 * output format; an RE whose message shows the stack or recursion limit is recursion depth;
 * a WA whose first difference is a number with its sign flipped or equal modulo 2^32 or 2^64
 * (a wrapped integer) is overflow. s must have its tests (hist_get). Returns false when
 * nothing is clear (the user names the kind).
 */
bool mistake_propose(const struct hist_submission *s, struct mistake_proposal *out);

/* Whether a checker's message ("line 1, column 3: expected '3000000000', got '-1294967296'")
 * shows a wrapped integer: the first differing numbers have opposite signs or are equal
 * modulo 2^32 or 2^64. */
bool mistake_message_shows_overflow(const char *message);

#endif
