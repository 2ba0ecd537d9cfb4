/* verdict.h: the verdicts a submission can get, and their names. */
#ifndef JUDGE_VERDICT_H
#define JUDGE_VERDICT_H

/*
 * Ordered so that "worse" is not implied: the overall verdict of a submission is the verdict
 * of its first failing test, not the maximum. SE is the judge's own failure and is never
 * the user's fault.
 */
enum verdict {
    VERDICT_AC = 0, /* accepted */
    VERDICT_WA,     /* wrong answer */
    VERDICT_PE,     /* presentation error (only when a checker says so) */
    VERDICT_TLE,    /* time limit exceeded (CPU or wall) */
    VERDICT_MLE,    /* memory limit exceeded */
    VERDICT_OLE,    /* output limit exceeded */
    VERDICT_RE,     /* run-time error: a signal, a non-zero exit, a blocked system call */
    VERDICT_CE,     /* compilation error */
    VERDICT_SE,     /* system error: the judge itself failed */
    VERDICT_COUNT
};

/* "AC", "WA", ...; never NULL for a valid verdict. */
const char *verdict_name(enum verdict v);

/* A long name for humans: "Accepted", "Wrong answer", ... */
const char *verdict_long_name(enum verdict v);

/* Parses "AC", "wa", ...; returns 0 and sets *out, or -1 for an unknown name. */
int verdict_parse(const char *name, enum verdict *out);

#endif
