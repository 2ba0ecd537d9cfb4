/* report.c: showing a judgement to a person (tables, progress) or a script (JSON). */
#define _GNU_SOURCE
#include "judge/report.h"
#include "judge/pkgfile.h"
#include "judge/util.h"

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define SHOW_LINES 12
#define SHOW_BYTES 1024

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
    cJSON_AddStringToObject(compile, "message", j->compile_message ? j->compile_message : "");
    if (j->error)
        cJSON_AddStringToObject(o, "error", j->error);
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

/* Prints at most SHOW_LINES lines / SHOW_BYTES bytes of text, indented, made visible. */
void report_show_block(FILE *out, const char *label, const char *text, bool truncated)
{
    fprintf(out, "  %s:\n", label);
    if (!text || !text[0]) {
        fprintf(out, "    (empty)\n");
        return;
    }
    int lines = 0;
    size_t shown = 0;
    const char *p = text;
    while (*p && lines < SHOW_LINES && shown < SHOW_BYTES) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        char *line = xstrndup(p, len);
        char *v = text_visible(line, 0);
        if (strlen(v) > 120) {
            free(v);
            v = text_visible(line, 120);
            fprintf(out, "    %s...\n", v);
        } else {
            fprintf(out, "    %s\n", v);
        }
        free(v);
        free(line);
        shown += len + 1;
        p += len + (nl ? 1 : 0);
        lines++;
    }
    if (*p || truncated)
        fprintf(out, "    ...\n");
}

static void show_file(FILE *out, const char *label, const struct problem *p,
                      const struct problem_test *test, const char *path)
{
    bool truncated = false;
    char err[256];
    /* no FIFO, no link out */
    int fd = pkg_open(problem_test_dir(p, test), path, PKG_TEST_FILE_MAX, err, sizeof(err));
    char *text = fd >= 0 ? read_fd_head(fd, SHOW_BYTES, &truncated) : NULL;
    if (fd >= 0)
        close(fd);
    report_show_block(out, label, text, truncated);
    free(text);
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
    fprintf(out, "\n  %s%-4s %-24s %-8s %10s %12s%s\n", dim, "#", "test", "verdict", "time",
            "memory", reset);
    for (size_t i = 0; i < j->total; i++) {
        const struct test_result *t = &j->tests[i];
        char *name = text_visible(p->tests[i].name, 24);
        if (!t->ran) {
            fprintf(out, "  %-4zu %-24s %s%-8s%s\n", i + 1, name, dim, "-", reset);
            free(name);
            continue;
        }
        fprintf(out, "  %-4zu %-24s %s%-8s%s %10s %12s", i + 1, name,
                verdict_color(t->verdict, color), verdict_name(t->verdict), reset,
                format_ms(t->time_ms, tb, sizeof(tb)), format_kib(t->memory_kib, mb, sizeof(mb)));
        free(name);
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

    /* The first failed sample (or test of the user's own), in full: what went in, what was
     * expected, what came out. */
    for (size_t i = 0; i < j->total; i++) {
        const struct test_result *t = &j->tests[i];
        if (!t->ran || t->verdict == VERDICT_AC || !problem_test_visible(p, &p->tests[i]))
            continue;
        fprintf(out, "\n%s", bold);
        put_visible(out, p->tests[i].name);
        fprintf(out, " failed (%s)%s: ", verdict_name(t->verdict), reset);
        put_visible(out, t->message);
        fputc('\n', out);
        show_file(out, "input", p, &p->tests[i], p->tests[i].input);
        show_file(out, "expected", p, &p->tests[i], p->tests[i].answer);
        if (t->output_head)
            report_show_block(out, "your output", t->output_head, t->output_truncated);
        if (t->has_diff) {
            fprintf(out, "  first difference: line %ld, column %ld: expected '", t->diff.line,
                    t->diff.column);
            put_visible(out, t->diff.expected);
            fputs("', got '", out);
            put_visible(out, t->diff.got);
            fputs("'\n", out);
        }
        break;
    }

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
