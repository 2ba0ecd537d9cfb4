/* attack.h: how every attack program reports to the driver (tests/sandbox/_sbxlib.py).
 *
 * Lines the driver reads from the program's stdout:
 *   SBXID uid=N ns=pid:[N]   who and where the run is, to find leftover processes later
 *   OK what                  an attempt was refused, as it must be
 *   BREACH what              an attempt succeeded that must not: the case fails
 *   WRONG what               something a program may do did not work: the case fails
 *   DONE                     the program reached its end
 * Every line is flushed at once: a blocked call ends the run on the spot. */
#ifndef ATTACK_H
#define ATTACK_H
#define _GNU_SOURCE
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* A per-run word from the driver (--env SBX_TOKEN=...): whatever an attack manages to create
 * outside the box is named after it, so the driver can find it on the host. */
static inline const char *token(void)
{
    const char *t = getenv("SBX_TOKEN");
    return t ? t : "sbx-no-token";
}

static inline void say(const char *tag, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    printf("%s ", tag);
    vprintf(fmt, ap);
    printf("\n");
    fflush(stdout);
    va_end(ap);
}

#define OK(...)     say("OK", __VA_ARGS__)
#define BREACH(...) say("BREACH", __VA_ARGS__)
#define WRONG(...)  say("WRONG", __VA_ARGS__)
#define NOTE(...)   say("NOTE", __VA_ARGS__)

/* The call must fail (return < 0); anything else is a breach. */
#define MUST_FAIL(expr, what)                                                                      \
    do {                                                                                           \
        errno = 0;                                                                                 \
        long r_ = (long)(expr);                                                                    \
        if (r_ < 0)                                                                                \
            OK("%s: %s", (what), strerror(errno));                                                 \
        else                                                                                       \
            BREACH("%s succeeded (%ld)", (what), r_);                                              \
    } while (0)

/* The call must work (return >= 0). */
#define MUST_WORK(expr, what)                                                                      \
    do {                                                                                           \
        errno = 0;                                                                                 \
        long r_ = (long)(expr);                                                                    \
        if (r_ >= 0)                                                                               \
            OK("%s works", (what));                                                                \
        else                                                                                       \
            WRONG("%s failed: %s", (what), strerror(errno));                                       \
    } while (0)

static inline void report_id(void)
{
    char ns[64] = "unknown";
    ssize_t n = readlink("/proc/self/ns/pid", ns, sizeof(ns) - 1);
    if (n > 0)
        ns[n] = '\0';
    printf("SBXID uid=%d ns=%s\n", (int)getuid(), ns);
    fflush(stdout);
}

/* Announces a call that the filter must stop: if the program gets past it, it says so. */
#define TRY_BLOCKED(expr, what)                                                                    \
    do {                                                                                           \
        say("TRYING", "%s", (what));                                                               \
        errno = 0;                                                                                 \
        long r_ = (long)(expr);                                                                    \
        BREACH("%s returned %ld (%s): not stopped", (what), r_, strerror(errno));                  \
    } while (0)

static inline void done(void)
{
    puts("DONE");
    fflush(stdout);
}

static inline void burn_forever(void)
{
    volatile unsigned long x = 0;
    for (;;)
        x++;
}

#endif
