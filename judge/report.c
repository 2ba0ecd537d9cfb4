/* report.c: showing a judgement to a person (tables, progress) or a script (JSON). */
#define _GNU_SOURCE
#include "judge/report.h"
#include "judge/pkgfile.h"
#include "judge/util.h"

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* A failure's input, answer and output are shown on a terminal as at most SHOW_LINES lines
 * of at most SHOW_WIDTH characters of the JUDGE_FEEDBACK_BYTES a judgement keeps. */
#define SHOW_LINES 12
#define SHOW_WIDTH 120

size_t text_columns(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xc0) != 0x80;
    return n;
}

const char *format_ms(long ms, char *buf, size_t len)
{
    snprintf(buf, len, "%.3f s", (double)ms / 1000);
    return buf;
}

const char *format_kib(long kib, char *buf, size_t len)
{
    if (kib < 1024)
        snprintf(buf, len, "%ld KiB", kib);
    else
        snprintf(buf, len, "%.1f MiB", (double)kib / 1024);
    return buf;
}

const char *verdict_color(enum verdict v, bool color)
{
    if (!color)
        return "";
    switch (v) {
    case VERDICT_AC:
        return "\033[32m";
    case VERDICT_SE:
        return "\033[35m";
    case VERDICT_CE:
        return "\033[33m";
    default:
        return "\033[31m";
    }
}

const char *color_reset(bool color)
{
    return color ? "\033[0m" : "";
}

static void add_number_or_null(cJSON *o, const char *key, bool present, double value)
{
    if (present)
        cJSON_AddNumberToObject(o, key, value);
    else
        cJSON_AddNullToObject(o, key);
}

/* The first JUDGE_FEEDBACK_BYTES of a test's file (the package's, or the user's own), or NULL. */
static char *test_file_head(const struct problem *p, const struct problem_test *test,
                            const char *path, bool *truncated)
{
    char err[256];
    *truncated = false;
    /* no FIFO, no link out */
    int fd = pkg_open(problem_test_dir(p, test), path, PKG_TEST_FILE_MAX, err, sizeof(err));
    if (fd < 0)
        return NULL;
    char *text = read_fd_text(fd, JUDGE_FEEDBACK_BYTES, truncated);
    close(fd);
    return text;
}

static void add_text(cJSON *o, const char *key, const char *text, bool truncated)
{
    char flag[64];
    snprintf(flag, sizeof(flag), "%s_truncated", key);
    if (text)
        cJSON_AddStringToObject(o, key, text);
    else
        cJSON_AddNullToObject(o, key);
    cJSON_AddBoolToObject(o, flag, truncated);
}

/* The failure shown (docs/json.md): the test, its input, answer and the program's output. */
static cJSON *failure_json(const struct judgement *j, const struct problem *p, size_t index)
{
    const struct test_result *t = &j->tests[index];
    const struct problem_test *test = &p->tests[index];
    cJSON *f = cJSON_CreateObject();
    cJSON_AddStringToObject(f, "test", test->name);
    cJSON_AddBoolToObject(f, "sample", test->sample);
    cJSON_AddStringToObject(f, "verdict", verdict_name(t->verdict));
    cJSON_AddStringToObject(f, "message", t->message);
    bool truncated;
    char *text = test_file_head(p, test, test->input, &truncated);
    add_text(f, "input", text, truncated);
    free(text);
    text = test_file_head(p, test, test->answer, &truncated);
    add_text(f, "expected", text, truncated);
    free(text);
    add_text(f, "output", t->output_head, t->output_truncated);
    if (t->has_diff) {
        cJSON *d = cJSON_AddObjectToObject(f, "difference");
        cJSON_AddNumberToObject(d, "line", (double)t->diff.line);
        cJSON_AddNumberToObject(d, "column", (double)t->diff.column);
        cJSON_AddStringToObject(d, "expected", t->diff.expected);
        cJSON_AddStringToObject(d, "got", t->diff.got);
    } else {
        cJSON_AddNullToObject(f, "difference");
    }
    add_text(f, "exchange", t->exchange, t->exchange_truncated);
    return f;
}

/* Whether test i ran and failed, and is a sample. */
static bool failed_sample(const struct judgement *j, const struct problem *p, size_t i)
{
    return i < j->total && i < p->ntests && p->tests[i].sample && j->tests[i].ran &&
           j->tests[i].verdict != VERDICT_AC;
}

cJSON *report_visible_failure_json(const struct judgement *j, const struct problem *p)
{
    if (!j->compiled)
        return NULL;
    if (failed_sample(j, p, j->shown))
        return failure_json(j, p, j->shown);
    if (failed_sample(j, p, j->shown_sample))
        return failure_json(j, p, j->shown_sample);
    return NULL;
}

cJSON *report_json(const struct judgement *j, const struct problem *p)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "problem", j->problem_id ? j->problem_id : p->id);
    cJSON_AddStringToObject(o, "language", j->language_id ? j->language_id : "");
    cJSON_AddStringToObject(o, "verdict", verdict_name(j->verdict));
    cJSON_AddNumberToObject(o, "passed", (double)j->passed);
    cJSON_AddNumberToObject(o, "total", (double)j->total);
    cJSON_AddNumberToObject(o, "time_ms", (double)j->max_time_ms);
    cJSON_AddNumberToObject(o, "memory_kb", (double)j->max_memory_kib);
    cJSON_AddNumberToObject(o, "time_limit_ms", (double)j->time_limit_ms);
    cJSON_AddNumberToObject(o, "memory_limit_mb", (double)j->memory_limit_mb);
    if (j->scoring)
        cJSON_AddNumberToObject(o, "score", j->score);
    cJSON *compile = cJSON_AddObjectToObject(o, "compile");
    cJSON_AddBoolToObject(compile, "ok", j->compiled);
    cJSON_AddBoolToObject(compile, "cached", j->compile_cached);
    cJSON_AddBoolToObject(compile, "pch", j->compile_pch);
    cJSON_AddStringToObject(compile, "message", j->compile_message ? j->compile_message : "");
    if (j->error)
        cJSON_AddStringToObject(o, "error", j->error);
    cJSON_AddStringToObject(o, "feedback", problem_feedback_name(j->feedback));
    if (j->compiled && j->shown < j->total)
        cJSON_AddItemToObject(o, "failure", failure_json(j, p, j->shown));
    else
        cJSON_AddNullToObject(o, "failure");
    if (j->compiled && j->shown_sample < j->total)
        cJSON_AddItemToObject(o, "sample_failure", failure_json(j, p, j->shown_sample));
    else
        cJSON_AddNullToObject(o, "sample_failure");
    cJSON *tests = cJSON_AddArrayToObject(o, "tests");
    for (size_t i = 0; i < j->total && j->compiled; i++) {
        const struct test_result *t = &j->tests[i];
        cJSON *x = cJSON_CreateObject();
        cJSON_AddStringToObject(x, "name", p->tests[i].name);
        cJSON_AddBoolToObject(x, "sample", p->tests[i].sample);
        cJSON_AddBoolToObject(x, "user", problem_test_is_user(p, &p->tests[i]));
        if (!t->ran) {
            cJSON_AddStringToObject(x, "verdict", "skipped");
            cJSON_AddNullToObject(x, "time_ms");
            cJSON_AddNullToObject(x, "wall_ms");
            cJSON_AddNullToObject(x, "memory_kb");
            cJSON_AddNullToObject(x, "exit_code");
            cJSON_AddNullToObject(x, "signal");
            cJSON_AddStringToObject(x, "message", "not run (--fail-fast)");
        } else {
            cJSON_AddStringToObject(x, "verdict", verdict_name(t->verdict));
            cJSON_AddNumberToObject(x, "time_ms", (double)t->time_ms);
            cJSON_AddNumberToObject(x, "wall_ms", (double)t->wall_ms);
            cJSON_AddNumberToObject(x, "memory_kb", (double)t->memory_kib);
            add_number_or_null(x, "exit_code", t->exit_code >= 0, t->exit_code);
            if (t->signal)
                cJSON_AddStringToObject(x, "signal", sbx_signal_name(t->signal));
            else
                cJSON_AddNullToObject(x, "signal");
            cJSON_AddStringToObject(x, "message", t->message);
            if (j->scoring)
                cJSON_AddNumberToObject(x, "score", t->score);
        }
        cJSON_AddItemToArray(tests, x);
    }
    return o;
}

/* Prints text from outside (a program, a compiler, a checker, a package) with its control
 * characters made visible: a report never hands a terminal escape sequences it did not write. */
static void put_visible(FILE *out, const char *text)
{
    char *v = text_visible(text, 0);
    fputs(v, out);
    free(v);
}

/* Prints at most SHOW_LINES lines of text, each cut at SHOW_WIDTH characters, indented, made
 * visible; "..." says that more was left out. */
void report_show_block(FILE *out, const char *label, const char *text, bool truncated)
{
    fprintf(out, "  %s:\n", label);
    if (!text || !text[0]) {
        fprintf(out, "    (%s)\n", truncated ? "..." : "empty");
        return;
    }
    int lines = 0;
    const char *p = text;
    while (*p && lines < SHOW_LINES) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        char *line = xstrndup(p, len);
        char *v = text_visible(line, 0);
        if (text_columns(v) > SHOW_WIDTH) {
            size_t cut = 0;
            for (size_t cols = 0; v[cut] && cols < SHOW_WIDTH; cut++)
                cols += ((unsigned char)v[cut] & 0xc0) != 0x80;
            while (v[cut] && ((unsigned char)v[cut] & 0xc0) == 0x80)
                cut++;
            fprintf(out, "    %.*s...\n", (int)cut, v);
        } else {
            fprintf(out, "    %s\n", v);
        }
        free(v);
        free(line);
        p += len + (nl ? 1 : 0);
        lines++;
    }
    if (*p || truncated)
        fprintf(out, "    ...\n");
}

static void show_file(FILE *out, const char *label, const struct problem *p,
                      const struct problem_test *test, const char *path)
{
    bool truncated;
    char *text = test_file_head(p, test, path, &truncated);
    report_show_block(out, label, text, truncated);
    free(text);
}

/* Prints text and pads it with spaces to width columns (characters, not bytes). */
static void put_padded(FILE *out, const char *text, size_t width)
{
    fputs(text, out);
    for (size_t n = text_columns(text); n < width; n++)
        fputc(' ', out);
}

/* An interactive test's exchange, as the judge recorded it ("> " the program, "< " the
 * interactor), at most SHOW_EXCHANGE_LINES lines. */
#define SHOW_EXCHANGE_LINES 40
static void show_exchange(FILE *out, const char *text, bool truncated)
{
    fprintf(out, "  exchange (> your program, < the interactor):\n");
    int lines = 0;
    const char *p = text;
    while (*p && lines < SHOW_EXCHANGE_LINES) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        char *line = xstrndup(p, len);
        char *v = text_visible(line, 0);
        fprintf(out, "    %s\n", v);
        free(v);
        free(line);
        p += len + (nl ? 1 : 0);
        lines++;
    }
    if (!text[0])
        fprintf(out, "    (nothing was said)\n");
    if (*p || truncated)
        fprintf(out, "    ...\n");
}

static void show_failure(FILE *out, const struct judgement *j, const struct problem *p,
                         size_t index, bool color)
{
    const struct test_result *t = &j->tests[index];
    const struct problem_test *test = &p->tests[index];
    const char *bold = color ? "\033[1m" : "";
    fprintf(out, "\n%s", bold);
    put_visible(out, test->name);
    fprintf(out, " failed (%s%s)%s: ", test->sample ? "sample, " : "", verdict_name(t->verdict),
            color_reset(color));
    put_visible(out, t->message);
    fputc('\n', out);
    show_file(out, "input", p, test, test->input);
    show_file(out, "expected", p, test, test->answer);
    if (t->exchange)
        show_exchange(out, t->exchange, t->exchange_truncated);
    else if (p->interaction == INTERACTION_NONE)
        report_show_block(out, "your output", t->output_head, t->output_truncated);
    if (t->has_diff) {
        fprintf(out, "  first difference: line %ld, column %ld: expected '", t->diff.line,
                t->diff.column);
        put_visible(out, t->diff.expected);
        fputs("', got '", out);
        put_visible(out, t->diff.got);
        fputs("'\n", out);
    }
}

void report_print(FILE *out, const struct judgement *j, const struct problem *p,
                  const char *solution, bool color)
{
    char tb[32], mb[32];
    const char *bold = color ? "\033[1m" : "";
    const char *dim = color ? "\033[2m" : "";
    const char *reset = color_reset(color);
    char *title = text_visible(p->title ? p->title : p->id, 0);
    char *id = text_visible(p->id, 0);
    char *lang = text_visible(j->language_name ? j->language_name : "?", 0);
    char *file = text_visible(solution, 0);

    fprintf(out, "%s%s%s (%s) · %s · %s\n", bold, title, reset, id, lang, file);
    free(title);
    free(id);
    free(lang);
    free(file);
    if (j->verdict == VERDICT_CE) {
        fprintf(out, "\n%sCE%s Compilation error:\n", verdict_color(VERDICT_CE, color), reset);
        put_visible(out, j->compile_message);
        fputc('\n', out);
        return;
    }
    if (!j->compiled && j->verdict == VERDICT_SE) {
        fprintf(out, "\n%sSE%s the judge failed before running any test: ",
                verdict_color(VERDICT_SE, color), reset);
        put_visible(out, j->error);
        fputc('\n', out);
        return;
    }
    /* Names in full, however long: the column is as wide as the longest. */
    size_t width = 4;
    for (size_t i = 0; i < j->total; i++) {
        char *name = text_visible(p->tests[i].name, 0);
        size_t n = text_columns(name);
        width = n > width ? n : width;
        free(name);
    }
    fprintf(out, "\n  %s%-4s ", dim, "#");
    put_padded(out, "test", width);
    fprintf(out, " %-8s %10s %12s%s\n", "verdict", "time", "memory", reset);
    for (size_t i = 0; i < j->total; i++) {
        const struct test_result *t = &j->tests[i];
        char *name = text_visible(p->tests[i].name, 0);
        fprintf(out, "  %-4zu ", i + 1);
        put_padded(out, name, width);
        free(name);
        if (!t->ran) {
            fprintf(out, " %s%-8s%s\n", dim, "-", reset);
            continue;
        }
        fprintf(out, " %s%-8s%s %10s %12s", verdict_color(t->verdict, color),
                verdict_name(t->verdict), reset, format_ms(t->time_ms, tb, sizeof(tb)),
                format_kib(t->memory_kib, mb, sizeof(mb)));
        if (t->verdict != VERDICT_AC && t->message[0]) {
            fprintf(out, "  %s", dim);
            put_visible(out, t->message);
            fputs(reset, out);
        }
        fputc('\n', out);
    }

    if (p->nuser_tests > 0) {
        size_t passed = 0, ran = 0;
        for (size_t i = p->ntests - p->nuser_tests; i < j->total && i < p->ntests; i++) {
            ran += j->tests[i].ran;
            passed += j->tests[i].ran && j->tests[i].verdict == VERDICT_AC;
        }
        fprintf(out, "\n  your own tests (user/...): %zu of %zu passed%s\n", passed, p->nuser_tests,
                ran < p->nuser_tests ? ", the others not run" : "");
    }

    /* The failure shown, as LeetCode shows it: what went in, what was expected, what came
     * out (an interactive sample: the exchange), and the first difference; then the first
     * failed sample, when that is another test. */
    if (j->shown < j->total)
        show_failure(out, j, p, j->shown, color);
    if (j->shown_sample < j->total)
        show_failure(out, j, p, j->shown_sample, color);
    bool hidden_failed = false;
    for (size_t i = 0; i < j->total; i++)
        hidden_failed |= !problem_test_visible(p, &p->tests[i]) && j->tests[i].ran &&
                         j->tests[i].verdict != VERDICT_AC;
    if (j->feedback == FEEDBACK_VERDICT_ONLY && hidden_failed)
        fprintf(out, "\n%sfeedback is verdict-only: a hidden test shows its verdict alone%s\n", dim,
                reset);

    if (j->compile_message && j->compile_message[0]) {
        fprintf(out, "\n%scompiler warnings:%s\n", dim, reset);
        put_visible(out, j->compile_message);
    }

    size_t first = j->total;
    for (size_t i = 0; i < j->total; i++) {
        if (j->tests[i].ran && j->tests[i].verdict != VERDICT_AC) {
            first = i;
            break;
        }
    }
    fprintf(out, "\n%s%s%s%s", bold, verdict_color(j->verdict, color),
            verdict_long_name(j->verdict), reset);
    if (first < j->total) {
        fprintf(out, " on test %zu (", first + 1);
        put_visible(out, p->tests[first].name);
        fputc(')', out);
    }
    fprintf(out, ": %zu/%zu passed, max %s, %s", j->passed, j->total,
            format_ms(j->max_time_ms, tb, sizeof(tb)),
            format_kib(j->max_memory_kib, mb, sizeof(mb)));
    if (j->scoring)
        fprintf(out, ", score %g", j->score);
    fprintf(out, " (limits %s, %ld MiB)\n", format_ms(j->time_limit_ms, tb, sizeof(tb)),
            j->memory_limit_mb);
    if (j->error) {
        fprintf(out, "%sthe judge failed: ", verdict_color(VERDICT_SE, color));
        put_visible(out, j->error);
        fprintf(out, "%s\n", reset);
    }
}

void progress_init(struct progress *pr, FILE *stream)
{
    memset(pr, 0, sizeof(*pr));
    pr->stream = stream;
    pr->active = isatty(fileno(stream));
}

void progress_on_compile(void *ctx, long elapsed_ms)
{
    struct progress *pr = ctx;
    if (!pr->active)
        return;
    if (elapsed_ms < 0)
        fputs("\r\033[K", pr->stream);
    else
        fprintf(pr->stream, "\r\033[K  compiling... %.1f s", (double)elapsed_ms / 1000);
    fflush(pr->stream);
}

void progress_on_test(void *ctx, const struct judgement *j, size_t index)
{
    struct progress *pr = ctx;
    pr->done++;
    if (!pr->active)
        return;
    const struct test_result *t = &j->tests[index];
    size_t failed = 0;
    for (size_t i = 0; i < j->total; i++)
        failed += j->tests[i].ran && j->tests[i].verdict != VERDICT_AC;
    fprintf(pr->stream, "\r\033[K  running tests: %zu/%zu done, %zu failed (last: %s)", pr->done,
            j->total, failed, verdict_name(t->verdict));
    fflush(pr->stream);
}

void progress_clear(struct progress *pr)
{
    if (pr->active && pr->done > 0) {
        fprintf(pr->stream, "\r\033[K");
        fflush(pr->stream);
    }
}
