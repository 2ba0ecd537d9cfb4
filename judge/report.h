/* report.h: showing a judgement: the terminal table, the live progress line, the JSON. */
#ifndef JUDGE_REPORT_H
#define JUDGE_REPORT_H

#include "judge/judging.h"
#include "judge/problem.h"

#include <cjson/cJSON.h>
#include <stdbool.h>
#include <stdio.h>

/* The JSON contract of `judge test --json` (docs/json.md): problem, language, verdict,
 * passed, total, time_ms, memory_kb, compile {ok, message}, tests [{name, verdict, time_ms,
 * wall_ms, memory_kb, exit_code, signal, message}]. The caller deletes it. */
cJSON *report_json(const struct judgement *j, const struct problem *p);

/* The first failed visible test (a sample's, or any test's when the problem shows its tests in
 * full) as report_json's "failure", or NULL when there is none: what a submission's page may
 * show of it (hidden tests' files never). */
cJSON *report_visible_failure_json(const struct judgement *j, const struct problem *p);

/* The human report: a table of tests (names in full), a summary line, and for the failure
 * shown (judgement.shown) its input, the expected and the actual output (an interactive
 * sample: the exchange) and the first difference. */
void report_print(FILE *out, const struct judgement *j, const struct problem *p,
                  const char *solution, bool color);

/* Shows a text from outside under "  label:", indented, its control characters made
 * visible, at most 12 lines of 120 characters ("..." when cut or when truncated says there was
 * more). */
void report_show_block(FILE *out, const char *label, const char *text, bool truncated);

/* A live progress line on a terminal (nothing when stream is not one). */
struct progress {
    FILE *stream;
    bool active;
    bool color;
    size_t done;
};
void progress_init(struct progress *pr, FILE *stream);
/* The judge_options.on_test callback; ctx is a struct progress. */
void progress_on_test(void *ctx, const struct judgement *j, size_t index);
/* The judge_options.on_compile callback: "compiling... 1.2 s"; ctx is a struct progress. */
void progress_on_compile(void *ctx, long elapsed_ms);
void progress_clear(struct progress *pr);

/* The number of characters (code points) of UTF-8 text, for lining up columns. */
size_t text_columns(const char *s);

/* "0.123 s", "12.3 MiB" into buf. */
const char *format_ms(long ms, char *buf, size_t len);
const char *format_kib(long kib, char *buf, size_t len);

/* ANSI colour of a verdict ("" without colour). */
const char *verdict_color(enum verdict v, bool color);
const char *color_reset(bool color);

#endif
