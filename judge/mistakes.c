/* mistakes.c: the mistake kinds, and proposing one from a failed submission's evidence. */
#define _GNU_SOURCE
#include "judge/mistakes.h"
#include "judge/util.h"
#include "judge/verdict.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

static const char *const kind_names[MISTAKE_KIND_COUNT] = {
    [MISTAKE_OVERFLOW] = "overflow",
    [MISTAKE_OFF_BY_ONE] = "off-by-one",
    [MISTAKE_EDGE_CASE] = "edge-case",
    [MISTAKE_COMPLEXITY] = "complexity",
    [MISTAKE_OUTPUT_FORMAT] = "output-format",
    [MISTAKE_RECURSION_DEPTH] = "recursion-depth",
    [MISTAKE_MISREAD] = "misread",
    [MISTAKE_OTHER] = "other",
};

const char *mistake_kind_name(enum mistake_kind kind)
{
    return kind < MISTAKE_KIND_COUNT ? kind_names[kind] : "other";
}

int mistake_kind_parse(const char *name, enum mistake_kind *out)
{
    char norm[40];
    size_t n = 0;
    for (const char *p = name; *p; p++) {
        if (n + 1 >= sizeof(norm))
            return -1;
        char c = *p == ' ' || *p == '_' ? '-' : (char)tolower((unsigned char)*p);
        norm[n++] = c;
    }
    norm[n] = '\0';
    if (strcmp(norm, "misread-statement") == 0) {
        *out = MISTAKE_MISREAD;
        return 0;
    }
    for (int k = 0; k < MISTAKE_KIND_COUNT; k++) {
        if (strcmp(norm, kind_names[k]) == 0) {
            *out = (enum mistake_kind)k;
            return 0;
        }
    }
    return -1;
}

const char *mistake_kind_list(void)
{
    return "overflow, off-by-one, edge-case, complexity, output-format, recursion-depth, "
           "misread, other";
}

/* ---- overflow: a wrapped integer in the first difference ---- */

/* Parses a decimal integer of at most 38 digits filling the whole of text. */
static bool parse_int128(const char *text, size_t len, __int128 *out)
{
    size_t i = 0;
    bool negative = false;
    if (i < len && (text[i] == '-' || text[i] == '+'))
        negative = text[i++] == '-';
    if (i == len || len - i > 38)
        return false;
    __int128 v = 0;
    for (; i < len; i++) {
        if (text[i] < '0' || text[i] > '9')
            return false;
        v = v * 10 + (text[i] - '0');
    }
    *out = negative ? -v : v;
    return true;
}

/* The quoted piece after marker in message ("expected '...'"), without quotes: its start and
 * length, or false. The checkers quote with single quotes; a piece may hold spaces (a line). */
static bool quoted_after(const char *message, const char *marker, const char **start, size_t *len)
{
    const char *p = strstr(message, marker);
    if (!p)
        return false;
    p += strlen(marker);
    if (*p != '\'')
        return false;
    p++;
    const char *end = strchr(p, '\'');
    if (!end)
        return false;
    *start = p;
    *len = (size_t)(end - p);
    return true;
}

/* The first whitespace-separated tokens where a and b differ. */
static bool first_differing_tokens(const char *a, size_t alen, const char *b, size_t blen,
                                   const char **ta, size_t *tal, const char **tb, size_t *tbl)
{
    size_t i = 0, j = 0;
    for (;;) {
        while (i < alen && isspace((unsigned char)a[i]))
            i++;
        while (j < blen && isspace((unsigned char)b[j]))
            j++;
        if (i == alen || j == blen)
            return false;
        size_t si = i, sj = j;
        while (i < alen && !isspace((unsigned char)a[i]))
            i++;
        while (j < blen && !isspace((unsigned char)b[j]))
            j++;
        if (i - si != j - sj || memcmp(a + si, b + sj, i - si) != 0) {
            *ta = a + si;
            *tal = i - si;
            *tb = b + sj;
            *tbl = j - sj;
            return true;
        }
    }
}

bool mistake_message_shows_overflow(const char *message)
{
    const char *exp, *got;
    size_t exp_len, got_len;
    if (!quoted_after(message, "expected the number ", &exp, &exp_len) &&
        !quoted_after(message, "expected ", &exp, &exp_len))
        return false;
    if (!quoted_after(exp + exp_len + 1, ", got ", &got, &got_len))
        return false;
    const char *te, *tg;
    size_t tel, tgl;
    if (!first_differing_tokens(exp, exp_len, got, got_len, &te, &tel, &tg, &tgl))
        return false;
    __int128 e, g;
    if (!parse_int128(te, tel, &e) || !parse_int128(tg, tgl, &g))
        return false;
    if ((e > 0 && g < 0) || (e < 0 && g > 0))
        return true;
    /* Equal modulo 2^32 (and so modulo 2^64 too): the low 32 bits of the difference are 0. */
    unsigned __int128 diff = (unsigned __int128)(e - g);
    return diff != 0 && (diff & 0xffffffffu) == 0;
}

/* ---- proposals ---- */

static bool shows_recursion_limit(const char *message)
{
    static const char *const markers[] = {
        "RecursionError",
        "maximum recursion depth",
        "StackOverflowError",
        "stack overflow",
        "overflowed its stack",
        "stack exceeds",
        "Maximum call stack size exceeded",
    };
    for (size_t i = 0; i < sizeof(markers) / sizeof(markers[0]); i++) {
        if (strstr(message, markers[i]))
            return true;
    }
    return false;
}

bool mistake_propose(const struct hist_submission *s, struct mistake_proposal *out)
{
    enum verdict v;
    memset(out, 0, sizeof(*out));
    if (verdict_parse(s->verdict, &v) < 0)
        return false;
    /* The first test that failed with the submission's verdict: where the evidence is. */
    const struct hist_test *first = NULL;
    for (size_t i = 0; i < s->ntests && !first; i++) {
        if (strcmp(s->tests[i].verdict, s->verdict) == 0)
            first = &s->tests[i];
    }
    const char *test = first ? first->name : "?";
    switch (v) {
    case VERDICT_TLE:
        out->kind = MISTAKE_COMPLEXITY;
        snprintf(out->why, sizeof(out->why), "TLE on test %s", test);
        return true;
    case VERDICT_PE:
        out->kind = MISTAKE_OUTPUT_FORMAT;
        snprintf(out->why, sizeof(out->why), "presentation error on test %s", test);
        return true;
    case VERDICT_RE:
        for (size_t i = 0; i < s->ntests; i++) {
            const struct hist_test *t = &s->tests[i];
            if (strcmp(t->verdict, "RE") == 0 && shows_recursion_limit(t->message)) {
                out->kind = MISTAKE_RECURSION_DEPTH;
                snprintf(out->why, sizeof(out->why), "test %.60s: %.160s", t->name, t->message);
                return true;
            }
        }
        return false;
    case VERDICT_WA:
        for (size_t i = 0; i < s->ntests; i++) {
            const struct hist_test *t = &s->tests[i];
            /* Hidden tests say only "wrong answer": the first difference that can be seen
             * decides; a later test's is not "the first". */
            if (strcmp(t->verdict, "WA") != 0 || !strstr(t->message, "expected"))
                continue;
            if (!mistake_message_shows_overflow(t->message))
                return false;
            out->kind = MISTAKE_OVERFLOW;
            snprintf(out->why, sizeof(out->why), "test %.60s: %.160s", t->name, t->message);
            return true;
        }
        return false;
    default:
        return false;
    }
}
