/* test_compare.c: unit tests of the built-in output checkers (judge/compare.c). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* memfd_create */
#endif
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include "judge/compare.h"

/* ---- Helpers ---- */

static void write_all(int fd, const void *data, size_t n)
{
    const char *p = data;
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR)
            continue;
        assert_true(w > 0);
        p += w;
        n -= (size_t)w;
    }
}

/* A memfd holding data[0..n), positioned at its start. */
static int memfd_with(const void *data, size_t n)
{
    int fd = memfd_create("cmp-test", MFD_CLOEXEC);
    assert_true(fd >= 0);
    write_all(fd, data, n);
    assert_int_equal(lseek(fd, 0, SEEK_SET), 0);
    return fd;
}

static struct cmp_result run_opts_n(const void *out, size_t out_len, const void *ans,
                                    size_t ans_len, const struct cmp_options *o)
{
    int out_fd = memfd_with(out, out_len), ans_fd = memfd_with(ans, ans_len);
    struct cmp_result r;
    assert_int_equal(cmp_fds(out_fd, ans_fd, o, &r), 0);
    close(out_fd);
    close(ans_fd);
    return r;
}

static struct cmp_result run_opts(const char *out, const char *ans, const struct cmp_options *o)
{
    return run_opts_n(out, strlen(out), ans, strlen(ans), o);
}

static struct cmp_result run(const char *out, const char *ans, enum cmp_mode mode)
{
    struct cmp_options o;
    cmp_options_init(&o, mode);
    return run_opts(out, ans, &o);
}

static struct cmp_result run_float(const char *out, const char *ans, double abs_tol, double rel_tol)
{
    struct cmp_options o;
    cmp_options_init(&o, CMP_FLOAT);
    o.abs_tol = abs_tol;
    o.rel_tol = rel_tol;
    return run_opts(out, ans, &o);
}

static struct cmp_result run_kattis(const char *out, const char *ans, const char *flags)
{
    struct cmp_options o;
    char err[128];
    assert_int_equal(cmp_parse_kattis_flags(flags, &o, err, sizeof err), 0);
    return run_opts(out, ans, &o);
}

/* Every result must be a printable single line, whatever the submission wrote. */
static void assert_printable(const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p < 0x20 || *p == 0x7f)
            fail_msg("control byte 0x%02x in \"%s\"", *p, s);
    }
}

static void assert_result_clean(const struct cmp_result *r)
{
    assert_printable(r->message);
    assert_printable(r->expected);
    assert_printable(r->got);
    assert_true(strlen(r->expected) < sizeof r->expected);
    assert_true(strlen(r->got) < sizeof r->got);
}

static void assert_ac(struct cmp_result r)
{
    if (r.verdict != VERDICT_AC)
        fail_msg("expected AC, got verdict %d: %s", (int)r.verdict, r.message);
    assert_string_equal(r.message, "");
    assert_int_equal(r.line, 0);
}

/* Asserts WA at the given output position and answer line, and returns the result. */
static struct cmp_result assert_wa_at(struct cmp_result r, long line, long column, long answer_line)
{
    if (r.verdict != VERDICT_WA)
        fail_msg("expected WA, got verdict %d", (int)r.verdict);
    assert_result_clean(&r);
    assert_true(r.message[0] != '\0');
    assert_int_equal(r.line, line);
    assert_int_equal(r.column, column);
    assert_int_equal(r.answer_line, answer_line);
    return r;
}

/* A pipe whose write end is fed data[0..n) in chunks of chunk bytes by a child process. */
static int pipe_fed(const void *data, size_t n, size_t chunk, pid_t *child)
{
    int fds[2];
    assert_int_equal(pipe(fds), 0);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        close(fds[0]);
        const char *p = data;
        for (size_t done = 0; done < n; done += chunk) {
            size_t len = n - done < chunk ? n - done : chunk;
            if (write(fds[1], p + done, len) != (ssize_t)len)
                _exit(1);
        }
        _exit(0);
    }
    close(fds[1]);
    *child = pid;
    return fds[0];
}

static void reap(pid_t pid)
{
    int status;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    /* The child may die of SIGPIPE if the comparison stopped early; both are fine. */
    assert_true(WIFEXITED(status) || WIFSIGNALED(status));
}

/* ---- CMP_EXACT ---- */

static void test_exact_identical(void **state)
{
    (void)state;
    assert_ac(run("1 2\n3\n", "1 2\n3\n", CMP_EXACT));
    assert_ac(run("", "", CMP_EXACT));
}

static void test_exact_empty_output(void **state)
{
    (void)state;
    struct cmp_result r = assert_wa_at(run("", "x\n", CMP_EXACT), 1, 1, 1);
    assert_string_equal(r.message, "output is empty: expected 'x\\n' at line 1");
    assert_string_equal(r.got, "");
}

static void test_exact_crlf(void **state)
{
    (void)state;
    struct cmp_result r = assert_wa_at(run("ab\r\ncd\r\n", "ab\ncd\n", CMP_EXACT), 1, 3, 1);
    assert_string_equal(r.expected, "ab\\n");
    assert_string_equal(r.got, "ab\\r\\n");
    assert_string_equal(r.message, "line 1, column 3: expected 'ab\\n', got 'ab\\r\\n'");
}

static void test_exact_missing_final_newline(void **state)
{
    (void)state;
    struct cmp_result r = assert_wa_at(run("a\nb", "a\nb\n", CMP_EXACT), 2, 2, 2);
    assert_string_equal(r.message, "output ended early: expected '\\n' at line 2");
}

static void test_exact_extra_blank_lines(void **state)
{
    (void)state;
    struct cmp_result r = assert_wa_at(run("a\n\n\n", "a\n", CMP_EXACT), 2, 1, 2);
    assert_string_equal(r.message, "extra output at line 2: '\\n'");
    assert_string_equal(r.expected, "");
}

static void test_exact_trailing_space(void **state)
{
    (void)state;
    assert_wa_at(run("a \n", "a\n", CMP_EXACT), 1, 2, 1);
}

static void test_exact_position(void **state)
{
    (void)state;
    struct cmp_result r = assert_wa_at(run("a\nbc\nxyz\n", "a\nbc\nxyw\n", CMP_EXACT), 3, 3, 3);
    assert_string_equal(r.message, "line 3, column 3: expected 'xyw\\n', got 'xyz\\n'");
}

/* ---- CMP_LINES ---- */

static void test_lines_identical(void **state)
{
    (void)state;
    assert_ac(run("a b\n c\n", "a b\n c\n", CMP_LINES));
    assert_ac(run("", "", CMP_LINES));
}

static void test_lines_trailing_whitespace(void **state)
{
    (void)state;
    assert_ac(run("a  \nb\t\r\n c \n", "a\nb\n c\n", CMP_LINES));
    assert_ac(run("a\nb\n", "a \t\nb  \n", CMP_LINES));
    assert_ac(run("a \t \nb", "a\t\nb \r", CMP_LINES));
}

static void test_lines_crlf(void **state)
{
    (void)state;
    assert_ac(run("1 2\r\n3\r\n", "1 2\n3\n", CMP_LINES));
    assert_ac(run("1 2\n3\n", "1 2\r\n3\r\n", CMP_LINES));
}

static void test_lines_missing_final_newline(void **state)
{
    (void)state;
    assert_ac(run("a\nb", "a\nb\n", CMP_LINES));
    assert_ac(run("a\nb\n", "a\nb", CMP_LINES));
    assert_ac(run("a\nb  ", "a\nb\n\n", CMP_LINES));
}

static void test_lines_trailing_blank_lines(void **state)
{
    (void)state;
    assert_ac(run("a\n\n\n  \n\t\r\n", "a\n", CMP_LINES));
    assert_ac(run("a\n", "a\n\n \n", CMP_LINES));
    assert_ac(run("", "\n\n", CMP_LINES));
    assert_ac(run(" \n", "", CMP_LINES));
}

static void test_lines_blank_line_in_middle(void **state)
{
    (void)state;
    struct cmp_result r = assert_wa_at(run("a\n\nb\n", "a\nb\n", CMP_LINES), 2, 1, 2);
    assert_string_equal(r.message, "line 2, column 1: expected 'b\\n', got '\\n'");
    assert_wa_at(run("a\nb\n", "a\n\nb\n", CMP_LINES), 2, 1, 2);
    /* A whitespace-only line in the middle is a blank line. */
    assert_ac(run("a\n  \nb\n", "a\n\nb\n", CMP_LINES));
}

static void test_lines_leading_and_interior_space(void **state)
{
    (void)state;
    assert_wa_at(run(" a\n", "a\n", CMP_LINES), 1, 1, 1);
    struct cmp_result r = assert_wa_at(run("x\na  b\n", "x\na b\n", CMP_LINES), 2, 3, 2);
    assert_string_equal(r.expected, "a b\\n");
    assert_string_equal(r.got, "a  b\\n");
    assert_wa_at(run("a \tb\n", "a  b\n", CMP_LINES), 1, 3, 1);
    assert_wa_at(run("a b\n", "a\tb\n", CMP_LINES), 1, 2, 1);
    /* Trailing whitespace on one side, content on the other. */
    assert_wa_at(run("a  \n", "a  b\n", CMP_LINES), 1, 4, 1);
}

static void test_lines_early_and_extra(void **state)
{
    (void)state;
    struct cmp_result r = assert_wa_at(run("a\nb\n", "a\nb\nc\nd\n", CMP_LINES), 3, 1, 3);
    assert_string_equal(r.message, "output ended early: expected 'c\\n' at line 3");
    r = assert_wa_at(run("a\nb", "a\nb\n\n\nc\n", CMP_LINES), 2, 2, 5);
    assert_string_equal(r.message, "output ended early: expected 'c\\n' at line 5");
    r = assert_wa_at(run("a\n\n\nz\n", "a\n", CMP_LINES), 4, 1, 2);
    assert_string_equal(r.message, "extra output at line 4: 'z\\n'");
    r = assert_wa_at(run("", "\n\nq", CMP_LINES), 1, 1, 3);
    assert_string_equal(r.message, "output is empty: expected 'q' at line 3");
    r = assert_wa_at(run("ab", "abc", CMP_LINES), 1, 3, 1);
    assert_string_equal(r.message, "line 1, column 3: expected 'abc', got 'ab'");
}

/* ---- CMP_TOKENS ---- */

static void test_tokens_whitespace(void **state)
{
    (void)state;
    assert_ac(run("1   2\t3\n\n4\v5\f6\r\n", "1 2 3 4 5 6", CMP_TOKENS));
    assert_ac(run("  \n 1 2\n\n\n", "1\n2\n", CMP_TOKENS));
    assert_ac(run("1\r\n2\r\n", "1\n2\n", CMP_TOKENS));
    assert_ac(run("1\n2", "1\n2\n", CMP_TOKENS));
    assert_ac(run("1\n\n\n2\n", "1\n2\n", CMP_TOKENS));
    assert_ac(run("", "", CMP_TOKENS));
    assert_ac(run("", " \n\t", CMP_TOKENS));
    assert_ac(run("\n\n", "", CMP_TOKENS));
}

static void test_tokens_case_sensitive(void **state)
{
    (void)state;
    struct cmp_result r = assert_wa_at(run("Yes\n", "YES\n", CMP_TOKENS), 1, 1, 1);
    assert_string_equal(r.message, "line 1, column 1: expected 'YES', got 'Yes'");
}

static void test_tokens_position(void **state)
{
    (void)state;
    struct cmp_result r =
        assert_wa_at(run("1 2 3\n4 41 6\n", "1 2 3\n4 42 6\n", CMP_TOKENS), 2, 3, 2);
    assert_string_equal(r.message, "line 2, column 3: expected '42', got '41'");
    assert_string_equal(r.expected, "42");
    assert_string_equal(r.got, "41");
    /* Output and answer lines need not agree. */
    r = assert_wa_at(run("1 2 3 x\n", "1\n2\n3\n4\n", CMP_TOKENS), 1, 7, 4);
    assert_string_equal(r.message, "line 1, column 7: expected '4', got 'x'");
    /* Different whitespace before the difference (the slow path counts lines too). */
    assert_wa_at(run("\r\n\r\n  a\r\nb c\r\n", "a\nb d\n", CMP_TOKENS), 4, 3, 2);
}

static void test_tokens_early_and_extra(void **state)
{
    (void)state;
    struct cmp_result r = assert_wa_at(run("1\n", "1\n7\n", CMP_TOKENS), 2, 1, 2);
    assert_string_equal(r.message, "output ended early: expected '7' at line 2");
    assert_string_equal(r.expected, "7");
    assert_string_equal(r.got, "");
    r = assert_wa_at(run("", "7\n", CMP_TOKENS), 1, 1, 1);
    assert_string_equal(r.message, "output is empty: expected '7' at line 1");
    r = assert_wa_at(run("\n\n", "\n7\n", CMP_TOKENS), 3, 1, 2);
    assert_string_equal(r.message, "output ended early: expected '7' at line 2");
    r = assert_wa_at(run("1 2\n\n5\n", "1 2\n", CMP_TOKENS), 3, 1, 2);
    assert_string_equal(r.message, "extra output at line 3: '5'");
    assert_string_equal(r.got, "5");
}

static void test_tokens_split_and_prefix(void **state)
{
    (void)state;
    struct cmp_result r = assert_wa_at(run("ab\n", "a b\n", CMP_TOKENS), 1, 1, 1);
    assert_string_equal(r.message, "line 1, column 1: expected 'a', got 'ab'");
    r = assert_wa_at(run("a b\n", "ab\n", CMP_TOKENS), 1, 1, 1);
    assert_string_equal(r.message, "line 1, column 1: expected 'ab', got 'a'");
    assert_wa_at(run("x 12", "x 123", CMP_TOKENS), 1, 3, 1);
    assert_wa_at(run("x 123", "x 12", CMP_TOKENS), 1, 3, 1);
}

#define HUGE_TOKEN (1024 * 1024)

static void test_tokens_huge_token(void **state)
{
    (void)state;
    char *out = malloc(HUGE_TOKEN + 8), *ans = malloc(HUGE_TOKEN + 8);
    assert_non_null(out);
    assert_non_null(ans);
    struct cmp_options o;
    cmp_options_init(&o, CMP_TOKENS);

    /* Equal, with different whitespace around so that the fast path cannot skip it. */
    out[0] = ' ';
    memset(out + 1, 'x', HUGE_TOKEN);
    out[HUGE_TOKEN + 1] = '\n';
    memset(ans, 'x', HUGE_TOKEN);
    assert_ac(run_opts_n(out, HUGE_TOKEN + 2, ans, HUGE_TOKEN, &o));

    /* Differing only in the last byte. */
    memset(out, 'x', HUGE_TOKEN);
    out[HUGE_TOKEN - 1] = 'y';
    out[HUGE_TOKEN] = '\n';
    ans[HUGE_TOKEN - 1] = 'z';
    ans[HUGE_TOKEN] = '\n';
    struct cmp_result r =
        assert_wa_at(run_opts_n(out, HUGE_TOKEN + 1, ans, HUGE_TOKEN + 1, &o), 1, 1, 1);
    assert_string_equal(r.expected, "...xxxxxxxxxxxxxxxxxxxxxxxxz");
    assert_string_equal(r.got, "...xxxxxxxxxxxxxxxxxxxxxxxxy");

    /* One byte longer, and through a pipe fed in odd-sized pieces. */
    memset(out, 'x', HUGE_TOKEN + 1);
    memset(ans, 'x', HUGE_TOKEN);
    pid_t child;
    int out_fd = pipe_fed(out, HUGE_TOKEN + 1, 4099, &child);
    int ans_fd = memfd_with(ans, HUGE_TOKEN);
    assert_int_equal(cmp_fds(out_fd, ans_fd, &o, &r), 0);
    assert_wa_at(r, 1, 1, 1);
    assert_string_equal(r.got, "...xxxxxxxxxxxxxxxxxxxxxxxxx"); /* 24 before, the extra one */
    close(out_fd);
    close(ans_fd);
    reap(child);

    /* Case-insensitive huge tokens (CMP_KATTIS). */
    memset(out, 'X', HUGE_TOKEN);
    memset(ans, 'x', HUGE_TOKEN);
    cmp_options_init(&o, CMP_KATTIS);
    assert_ac(run_opts_n(out, HUGE_TOKEN, ans, HUGE_TOKEN, &o));
    free(out);
    free(ans);
}

/* Writes "i i*7\n" lines for i in [0, lines) to buf (with CRLF if crlf); returns the length. */
static size_t number_lines(char *buf, size_t size, long lines, bool crlf)
{
    size_t len = 0;
    for (long i = 0; i < lines; i++) {
        int n = snprintf(buf + len, size - len, "%ld %ld%s", i, i * 7, crlf ? "\r\n" : "\n");
        assert_true(n > 0 && (size_t)n < size - len);
        len += (size_t)n;
    }
    return len;
}

static void test_tokens_position_across_buffers(void **state)
{
    (void)state;
    const long lines = 200000;
    size_t size = (size_t)lines * 32;
    char *out = malloc(size), *ans = malloc(size);
    assert_non_null(out);
    assert_non_null(ans);
    size_t ans_len = number_lines(ans, size, lines, false);
    /* Line 150001 (1-based) is "150000 1050000": break its second token. */
    char *hit = strstr(ans, "\n150000 1050000\n");
    assert_non_null(hit);
    size_t at = (size_t)(hit - ans) + 1 + 7;
    struct cmp_options o;
    cmp_options_init(&o, CMP_TOKENS);

    memcpy(out, ans, ans_len);
    out[at + 3] = '9';
    struct cmp_result r =
        assert_wa_at(run_opts_n(out, ans_len, ans, ans_len, &o), 150001, 8, 150001);
    assert_string_equal(r.message, "line 150001, column 8: expected '1050000', got '1059000'");

    /* The same through the slow path: CRLF output. */
    size_t out_len = number_lines(out, size, lines, true);
    hit = strstr(out, "\n150000 1050000\r\n");
    assert_non_null(hit);
    hit[1 + 7 + 3] = '9';
    r = assert_wa_at(run_opts_n(out, out_len, ans, ans_len, &o), 150001, 8, 150001);
    assert_string_equal(r.got, "1059000");

    /* And through pipes fed a few bytes at a time. */
    pid_t out_child, ans_child;
    int out_fd = pipe_fed(out, out_len, 7, &out_child);
    int ans_fd = pipe_fed(ans, ans_len, 4096 + 3, &ans_child);
    assert_int_equal(cmp_fds(out_fd, ans_fd, &o, &r), 0);
    assert_wa_at(r, 150001, 8, 150001);
    close(out_fd);
    close(ans_fd);
    reap(out_child);
    reap(ans_child);

    /* CMP_LINES and CMP_EXACT report the same place. */
    out_len = number_lines(out, size, lines, false);
    out[at + 3] = '9';
    cmp_options_init(&o, CMP_LINES);
    r = assert_wa_at(run_opts_n(out, out_len, ans, ans_len, &o), 150001, 11, 150001);
    assert_string_equal(r.expected, "150000 1050000\\n");
    cmp_options_init(&o, CMP_EXACT);
    assert_wa_at(run_opts_n(out, out_len, ans, ans_len, &o), 150001, 11, 150001);
    free(out);
    free(ans);
}

/* A child that writes `bytes` bytes of "i i*3\n" lines to a pipe; returns its read end. */
static int pipe_generated(size_t bytes, pid_t *child)
{
    int fds[2];
    assert_int_equal(pipe(fds), 0);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        close(fds[0]);
        static char chunk[65536];
        size_t written = 0;
        long i = 0;
        while (written < bytes) {
            size_t len = 0;
            while (len < sizeof chunk - 64) {
                int n = snprintf(chunk + len, sizeof chunk - len, "%ld %ld\n", i, i * 3);
                if (n < 0 || (size_t)n >= sizeof chunk - len)
                    _exit(1);
                len += (size_t)n;
                i++;
            }
            if (len > bytes - written)
                len = bytes - written;
            if (write(fds[1], chunk, len) != (ssize_t)len)
                _exit(1);
            written += len;
        }
        _exit(0);
    }
    close(fds[1]);
    *child = pid;
    return fds[0];
}

/* Streaming: two identical 50 MB outputs through pipes (no timing assertion). */
static void test_tokens_50mb_identical_pipes(void **state)
{
    (void)state;
    pid_t out_child, ans_child;
    int out_fd = pipe_generated(50u << 20, &out_child);
    int ans_fd = pipe_generated(50u << 20, &ans_child);
    struct cmp_options o;
    cmp_options_init(&o, CMP_TOKENS);
    struct cmp_result r;
    assert_int_equal(cmp_fds(out_fd, ans_fd, &o, &r), 0);
    assert_ac(r);
    close(out_fd);
    close(ans_fd);
    reap(out_child);
    reap(ans_child);
}

static void test_fds_offset_kept_and_not_closed(void **state)
{
    (void)state;
    int out_fd = memfd_with("junk 1 2 3", 10), ans_fd = memfd_with("1 2 3", 5);
    assert_int_equal(lseek(out_fd, 5, SEEK_SET), 5);
    struct cmp_options o;
    cmp_options_init(&o, CMP_TOKENS);
    struct cmp_result r;
    assert_int_equal(cmp_fds(out_fd, ans_fd, &o, &r), 0);
    assert_ac(r);
    assert_true(fcntl(out_fd, F_GETFD) >= 0);
    assert_true(fcntl(ans_fd, F_GETFD) >= 0);
    close(out_fd);
    close(ans_fd);
}

static void test_read_errors(void **state)
{
    (void)state;
    struct cmp_options o;
    cmp_options_init(&o, CMP_TOKENS);
    struct cmp_result r;
    int ans_fd = memfd_with("1\n", 2);
    errno = 0;
    assert_int_equal(cmp_fds(-1, ans_fd, &o, &r), -1);
    assert_int_equal(errno, EBADF);
    assert_int_equal(r.verdict, VERDICT_SE);
    assert_non_null(strstr(r.message, "cannot read the output"));

    int dir_fd = open("/", O_RDONLY | O_DIRECTORY);
    assert_true(dir_fd >= 0);
    cmp_options_init(&o, CMP_EXACT);
    assert_int_equal(lseek(ans_fd, 0, SEEK_SET), 0);
    int out_fd = memfd_with("1\n", 2);
    assert_int_equal(cmp_fds(out_fd, dir_fd, &o, &r), -1);
    assert_int_equal(errno, EISDIR);
    assert_int_equal(r.verdict, VERDICT_SE);
    assert_non_null(strstr(r.message, "cannot read the answer"));
    assert_int_equal(r.line, 0);

    assert_int_equal(cmp_fds(out_fd, ans_fd, NULL, &r), -1);
    assert_int_equal(errno, EINVAL);
    assert_int_equal(r.verdict, VERDICT_SE);
    close(dir_fd);
    close(out_fd);
    close(ans_fd);
}

/* ---- CMP_FLOAT ---- */

static void test_float_formats(void **state)
{
    (void)state;
    static const char *const equal[][2] = {
        {"1e2", "100.000"}, {"100.000", "1e2"}, {"+1.5", "1.5"}, {".5", "0.5"},   {"5.", "5"},
        {"-0.0", "0.0"},    {"0", "-0"},        {"1E+2", "100"}, {"2.50", "2.5"},
    };
    for (size_t i = 0; i < sizeof equal / sizeof equal[0]; i++) {
        /* Both with tolerances unset (exact value) and set. */
        assert_ac(run_float(equal[i][0], equal[i][1], -1, -1));
        assert_ac(run_float(equal[i][0], equal[i][1], 1e-9, 1e-9));
    }
    assert_wa_at(run_float("0.1", "0.10000001", -1, -1), 1, 1, 1);
    assert_ac(run_float("Case #1: 0.50000\n", "Case  #1:\n0.5", 1e-6, -1));
}

/* nan, inf and tokens that overflow a double are not numbers: they compare as strings, as in
 * problemtools' default validator (issue 8, item 18). */
static void test_float_nan_inf(void **state)
{
    (void)state;
    /* As strings: exactly the same token, case-sensitively in CMP_FLOAT. */
    assert_ac(run_float("nan", "nan", 1e-6, 1e-6));
    assert_ac(run_float("inf", "inf", 1e-6, 1e-6));
    assert_ac(run_float("-inf", "-inf", 1e-6, 1e-6));
    assert_wa_at(run_float("NaN", "nan", 1e-6, 1e-6), 1, 1, 1);
    assert_wa_at(run_float("Infinity", "inf", 1e-6, 1e-6), 1, 1, 1);
    assert_wa_at(run_float("+inf", "inf", 1e-6, 1e-6), 1, 1, 1);
    assert_wa_at(run_float("1", "nan", 1e-6, 1e-6), 1, 1, 1);
    assert_wa_at(run_float("inf", "nan", 1e-6, 1e-6), 1, 1, 1);
    assert_wa_at(run_float("-inf", "inf", 1e-6, 1e-6), 1, 1, 1);
    assert_wa_at(run_float("1e308", "inf", 1e-6, 1e-6), 1, 1, 1);
    assert_wa_at(run_float("infinit", "inf", 1e-6, 1e-6), 1, 1, 1);
    /* A numeric answer never accepts a non-finite output. */
    struct cmp_result r = assert_wa_at(run_float("nan", "1", 1e-6, 1e-6), 1, 1, 1);
    assert_string_equal(r.message, "line 1, column 1: expected the number '1', got 'nan'");
    assert_wa_at(run_float("inf", "1e308", 1e-6, 1e-6), 1, 1, 1);
    assert_wa_at(run_float("inf", "1e308", -1, 1e300), 1, 1, 1);
}

/* An answer that overflows a double is not infinity: 1e400 accepts only 1e400. */
static void test_float_overflow(void **state)
{
    (void)state;
    assert_ac(run_float("1e400", "1e400", 1e-6, 1e-6));
    struct cmp_result r = assert_wa_at(run_float("1e999", "1e400", 1e-6, 1e-6), 1, 1, 1);
    assert_string_equal(r.message, "line 1, column 1: expected '1e400', got '1e999'");
    assert_wa_at(run_float("inf", "1e400", 1e-6, 1e-6), 1, 1, 1);
    assert_wa_at(run_float("Infinity", "1e400", -1, -1), 1, 1, 1);
    assert_wa_at(run_float("1e400", "1e999", 1e-6, 1e-6), 1, 1, 1);
    assert_wa_at(run_float("-1e999", "-1e400", 1e-6, 1e-6), 1, 1, 1);
    assert_wa_at(run_float("1e400", "inf", 1e-6, 1e-6), 1, 1, 1);
    /* An output that overflows never matches a finite answer, whatever the tolerance. */
    r = assert_wa_at(run_float("1e400", "1e308", 1e-6, 1e300), 1, 1, 1);
    assert_string_equal(r.message, "line 1, column 1: expected the number '1e308', got '1e400'");
    assert_wa_at(run_float("-1e999", "-1.7e308", 1e308, 1e308), 1, 1, 1);
    /* The largest finite doubles are still numbers; an underflow is a (tiny) number. */
    assert_ac(run_float("1.7976931348623157e308", "1.7976931348623157e+308", -1, -1));
    assert_ac(run_float("1e-400", "0", 1e-9, -1));
    /* The same in the Kattis default validator. */
    assert_ac(run_kattis("1e400", "1e400", "float_tolerance 1e-6"));
    assert_wa_at(run_kattis("1e999", "1e400", "float_tolerance 1e-6"), 1, 1, 1);
    assert_wa_at(run_kattis("inf", "1e400", "float_tolerance 1e-6"), 1, 1, 1);
    assert_wa_at(run_kattis("1e999", "5", "float_absolute_tolerance 1e300"), 1, 1, 1);
    assert_ac(run_kattis("inf", "inf", "float_relative_tolerance 1e-6"));
    assert_wa_at(run_kattis("-inf", "inf", "float_tolerance 1e-6"), 1, 1, 1);
    /* Kattis compares such strings case-insensitively unless case_sensitive, as problemtools. */
    assert_ac(run_kattis("INF", "inf", "float_tolerance 1e-6"));
    assert_ac(run_kattis("NaN", "nan", "float_tolerance 1e-6"));
    assert_wa_at(run_kattis("Infinity", "inf", "float_tolerance 1e-6"), 1, 1, 1);
    assert_wa_at(run_kattis("INF", "inf", "float_tolerance 1e-6 case_sensitive"), 1, 1, 1);
}

static void test_float_tolerances(void **state)
{
    (void)state;
    assert_ac(run_float("1e-7", "0", 1e-6, -1));
    assert_wa_at(run_float("1e-7", "0", -1, 1e-6), 1, 1, 1); /* relative to 0 is 0 */
    assert_ac(run_float("10000000001", "1e10", -1, 1e-6));
    assert_wa_at(run_float("10000000001", "1e10", 1e-6, -1), 1, 1, 1);
    assert_ac(run_float("10000000001", "1e10", 1e-9, 1e-6)); /* either suffices */
    assert_ac(run_float("1.0000001", "1", 1e-9, 1e-6));
    assert_ac(run_float("3.14159", "3.14160", 1e-4, -1));
    struct cmp_result r = assert_wa_at(run_float("x 3.15\n", "x\n3.1416\n", 1e-6, -1), 1, 3, 2);
    assert_string_equal(r.message, "line 1, column 3: expected 3.1416 (±1e-06), got 3.15");
    assert_string_equal(r.expected, "3.1416");
    assert_string_equal(r.got, "3.15");
    r = run_float("3.15", "3.1416", -1, 1e-6);
    assert_string_equal(r.message, "line 1, column 1: expected 3.1416 (relative ±1e-06), got 3.15");
    r = run_float("3.15", "3.1416", 1e-6, 1e-7);
    assert_string_equal(r.message,
                        "line 1, column 1: expected 3.1416 (±1e-06 or relative ±1e-07), got 3.15");
}

static void test_float_not_numbers(void **state)
{
    (void)state;
    struct cmp_result r = assert_wa_at(run_float("abc", "1.5", 1e-6, -1), 1, 1, 1);
    assert_string_equal(r.message, "line 1, column 1: expected the number '1.5', got 'abc'");
    assert_wa_at(run_float("0x1p3", "8", 1e-6, -1), 1, 1, 1);
    assert_wa_at(run_float("1e", "1", 1e-6, -1), 1, 1, 1);
    assert_wa_at(run_float("12abc", "12", 1e-6, -1), 1, 1, 1);
    assert_wa_at(run_float("1e5x", "1e5", 1e-6, -1), 1, 1, 1);
    assert_wa_at(run_float(".", "0", 1e-6, -1), 1, 1, 1);
    assert_wa_at(run_float("-", "0", 1e-6, -1), 1, 1, 1);
    assert_wa_at(run_float("1.5.", "1.5", 1e-6, -1), 1, 1, 1);
    assert_wa_at(run_float("nan(1)", "nan", 1e-6, -1), 1, 1, 1);
    /* Answer tokens that are not numbers compare exactly, case-sensitively. */
    assert_ac(run_float("0x1p3", "0x1p3", 1e-6, -1));
    assert_wa_at(run_float("8", "0x1p3", 1e-6, -1), 1, 1, 1);
    assert_ac(run_float("1e", "1e", 1e-6, -1));
    assert_wa_at(run_float("ABC", "abc", 1e-6, -1), 1, 1, 1);
    assert_ac(run_float("abc", "abc", 1e-6, -1));
}

static void test_float_long_tokens(void **state)
{
    (void)state;
    char ans[1600], out[1600];
    /* 1000 bytes: still a number. */
    memset(ans, '0', 999);
    ans[999] = '5';
    ans[1000] = '\0';
    assert_ac(run_float("5", ans, 1e-6, -1));
    assert_ac(run_float(ans, "5.0", 1e-6, -1));
    /* 1001 bytes: compared exactly. */
    memset(ans, '0', 1000);
    ans[1000] = '5';
    ans[1001] = '\0';
    assert_wa_at(run_float("5", ans, 1e-6, -1), 1, 1, 1);
    assert_ac(run_float(ans, ans, 1e-6, -1));
    memcpy(out, ans, 1002);
    out[0] = '+';
    struct cmp_result r = assert_wa_at(run_float(out, ans, 1e-6, -1), 1, 1, 1);
    assert_string_equal(r.expected,
                        "000000000000000000000000000000000000000000000000000000000000...");
    /* A 1501-digit answer number is a string, even where the values agree. */
    ans[0] = '1';
    memset(ans + 1, '0', 1500);
    ans[1501] = '\0';
    memcpy(out, ans, 1502);
    memcpy(out + 1501, ".0", 3);
    assert_wa_at(run_float(out, ans, 1e-6, -1), 1, 1, 1);
    /* A 1001-byte output number against a short answer number: not a number. */
    memset(out, '0', 1000);
    out[1000] = '5';
    out[1001] = '\0';
    r = assert_wa_at(run_float(out, "5", 1e-6, -1), 1, 1, 1);
    assert_string_equal(r.got, "000000000000000000000000000000000000000000000000000000000000...");
}

static void test_float_token_across_buffers(void **state)
{
    (void)state;
    /* Numbers written differently, straddling the 64 KiB read boundary on both sides. */
    size_t pad = 65536 - 5;
    char *out = malloc(pad + 64), *ans = malloc(pad + 64);
    assert_non_null(out);
    assert_non_null(ans);
    memset(out, ' ', pad);
    memset(ans, ' ', pad);
    memcpy(out + pad, "3.14159265 x", 12);
    memcpy(ans + pad, "3.14159270 x", 12);
    struct cmp_options o;
    cmp_options_init(&o, CMP_FLOAT);
    o.abs_tol = 1e-6;
    assert_ac(run_opts_n(out, pad + 12, ans, pad + 12, &o));
    o.abs_tol = 1e-9;
    struct cmp_result r =
        assert_wa_at(run_opts_n(out, pad + 12, ans, pad + 12, &o), 1, (long)pad + 1, 1);
    assert_string_equal(r.got, "3.14159265");
    free(out);
    free(ans);
}

/* ---- CMP_KATTIS ---- */

static void test_kattis_flags(void **state)
{
    (void)state;
    struct cmp_options o;
    char err[128];
    assert_int_equal(cmp_parse_kattis_flags(NULL, &o, err, sizeof err), 0);
    assert_int_equal(o.mode, CMP_KATTIS);
    assert_false(o.case_sensitive);
    assert_false(o.space_change_sensitive);
    assert_true(o.abs_tol < 0 && o.rel_tol < 0);
    assert_int_equal(cmp_parse_kattis_flags("", &o, err, sizeof err), 0);

    assert_int_equal(
        cmp_parse_kattis_flags(" case_sensitive\tspace_change_sensitive\n", &o, err, sizeof err),
        0);
    assert_true(o.case_sensitive && o.space_change_sensitive);
    assert_true(o.abs_tol < 0 && o.rel_tol < 0);

    assert_int_equal(cmp_parse_kattis_flags("float_tolerance 1e-6", &o, err, sizeof err), 0);
    assert_true(o.abs_tol == 1e-6 && o.rel_tol == 1e-6);
    assert_false(o.case_sensitive);
    assert_int_equal(cmp_parse_kattis_flags("float_absolute_tolerance 0.5", &o, err, sizeof err),
                     0);
    assert_true(o.abs_tol == 0.5 && o.rel_tol < 0);
    assert_int_equal(
        cmp_parse_kattis_flags("float_relative_tolerance 2e-3 case_sensitive", &o, err, sizeof err),
        0);
    assert_true(o.abs_tol < 0 && o.rel_tol == 2e-3 && o.case_sensitive);
}

static void test_kattis_flag_errors(void **state)
{
    (void)state;
    struct cmp_options o;
    cmp_options_init(&o, CMP_TOKENS);
    char err[128];
    assert_int_equal(cmp_parse_kattis_flags("case_sensitive foo", &o, err, sizeof err), -1);
    assert_string_equal(err, "unknown flag 'foo'");
    assert_int_equal(o.mode, CMP_TOKENS); /* untouched */
    assert_int_equal(cmp_parse_kattis_flags("float_tolerance", &o, err, sizeof err), -1);
    assert_string_equal(err, "float_tolerance needs a number");
    assert_int_equal(cmp_parse_kattis_flags("float_absolute_tolerance abc", &o, err, sizeof err),
                     -1);
    assert_string_equal(err, "float_absolute_tolerance needs a non-negative number, got 'abc'");
    assert_int_equal(cmp_parse_kattis_flags("float_relative_tolerance -1", &o, err, sizeof err),
                     -1);
    assert_int_equal(cmp_parse_kattis_flags("float_tolerance inf", &o, err, sizeof err), -1);
    assert_int_equal(cmp_parse_kattis_flags("Case_Sensitive", &o, NULL, 0), -1);
    assert_int_equal(cmp_parse_kattis_flags("bad\x01", &o, err, sizeof err), -1);
    assert_string_equal(err, "unknown flag 'bad\\x01'");
    assert_int_equal(cmp_parse_kattis_flags("foo", &o, err, 8), -1);
    assert_string_equal(err, "unkn...");
}

static void test_kattis_case(void **state)
{
    (void)state;
    assert_ac(run_kattis("YES\nNo\n", "yes\nno\n", ""));
    struct cmp_result r = assert_wa_at(run_kattis("YES\n", "yes\n", "case_sensitive"), 1, 1, 1);
    assert_string_equal(r.message, "line 1, column 1: expected 'yes', got 'YES'");
    /* With a tolerance, words stay case-insensitive, numbers numeric. */
    assert_ac(run_kattis("ABC 1.0000001\n", "abc 1\n", "float_tolerance 1e-6"));
    assert_wa_at(run_kattis("ABC 1.0000001\n", "abc 1\n", "float_tolerance 1e-6 case_sensitive"), 1,
                 1, 1);
}

static void test_kattis_whitespace(void **state)
{
    (void)state;
    assert_ac(run_kattis("1  2\r\n\n\n", "1 2", ""));
    assert_ac(run_kattis("", "\n", ""));
    assert_wa_at(run_kattis("", "x", ""), 1, 1, 1);
    assert_wa_at(run_kattis("x y", "x", ""), 1, 3, 1);

    const char *sens = "space_change_sensitive";
    assert_ac(run_kattis(" 1  2\n\n", " 1  2\n\n", sens));
    struct cmp_result r = assert_wa_at(run_kattis("1  2\n", "1 2\n", sens), 1, 3, 1);
    assert_string_equal(r.message, "line 1, column 3: expected '2', got whitespace ' '");
    r = assert_wa_at(run_kattis("1 2", "1 2\n", sens), 1, 4, 1);
    assert_string_equal(r.message, "line 1, column 4: expected whitespace '\\n', got end of file");
    r = assert_wa_at(run_kattis("1 2\n\n", "1 2\n", sens), 2, 1, 2);
    assert_string_equal(r.message, "line 2, column 1: expected end of file, got whitespace '\\n'");
    r = assert_wa_at(run_kattis("1\r\n", "1\n", sens), 1, 2, 1);
    assert_string_equal(r.message, "line 1, column 2: expected whitespace '\\n', got '\\r'");
    assert_wa_at(run_kattis(" 1\n", "1\n", sens), 1, 1, 1);
    r = assert_wa_at(run_kattis("1\t2\n", "1 2\n", sens), 1, 2, 1);
    assert_string_equal(r.got, "\\t");
    r = assert_wa_at(run_kattis("12\n", "1 2\n", sens), 1, 1, 1);
    assert_string_equal(r.message, "line 1, column 1: expected '1', got '12'");
    /* Tokens are still case-insensitive. */
    assert_ac(run_kattis("A b\n", "a B\n", sens));
}

static void test_kattis_numbers(void **state)
{
    (void)state;
    /* Without a tolerance, numbers are strings. */
    assert_wa_at(run_kattis("1.0\n", "1\n", ""), 1, 1, 1);
    assert_ac(run_kattis("1.0\n", "1.0\n", ""));
    assert_ac(run_kattis("1.0000001\n", "1\n", "float_tolerance 1e-6"));
    assert_wa_at(run_kattis("1.1\n", "1\n", "float_tolerance 1e-6"), 1, 1, 1);
    assert_ac(run_kattis("1e-7\n", "0\n", "float_absolute_tolerance 1e-6"));
    assert_wa_at(run_kattis("1e-7\n", "0\n", "float_relative_tolerance 1e-6"), 1, 1, 1);
    assert_ac(run_kattis("10000000001\n", "1e10\n", "float_relative_tolerance 1e-6"));
    assert_wa_at(run_kattis("x\n", "1\n", "float_tolerance 1e-6"), 1, 1, 1);
    assert_ac(run_kattis("1.0  2.0\n", "1 2\n", "float_tolerance 1e-6"));
    assert_wa_at(run_kattis("1.0  2.0\n", "1 2\n", "float_tolerance 1e-6 space_change_sensitive"),
                 1, 5, 1);
}

/* ---- Messages ---- */

static void test_messages_escaped(void **state)
{
    (void)state;
    struct cmp_options o;
    cmp_options_init(&o, CMP_TOKENS);
    struct cmp_result r = run_opts_n("a\0b \x1b[31mx", 11, "axb y", 5, &o);
    assert_wa_at(r, 1, 1, 1);
    assert_string_equal(r.got, "a\\x00b");
    assert_string_equal(r.message, "line 1, column 1: expected 'axb', got 'a\\x00b'");
    r = run("axb \x1b[31mx\x7f", "axb y", CMP_TOKENS);
    assert_string_equal(r.got, "\\x1b[31mx\\x7f");
    /* Invalid UTF-8, overlong forms and C1 controls are escaped; valid UTF-8 is kept. */
    r = run("\xff\xfe \xc0\xaf", "h\xc3\xa9llo \xc0\xaf", CMP_TOKENS);
    assert_string_equal(r.got, "\\xff\\xfe");
    assert_string_equal(r.expected, "h\xc3\xa9llo");
    r = run("\xc0\xaf", "x", CMP_TOKENS);
    assert_string_equal(r.got, "\\xc0\\xaf");
    r = run("\xc2\x85", "x", CMP_TOKENS);
    assert_string_equal(r.got, "\\xc2\\x85");
    r = run("\xed\xa0\x80", "x", CMP_TOKENS); /* a surrogate */
    assert_string_equal(r.got, "\\xed\\xa0\\x80");
    r = run("a\\b", "x", CMP_TOKENS);
    assert_string_equal(r.got, "a\\\\b");
    /* Line modes show newlines and carriage returns escaped. */
    r = run("a\r\n", "a\n", CMP_EXACT);
    assert_string_equal(r.got, "a\\r\\n");
    r = run("x\n\x01\x02\n", "x\n", CMP_LINES);
    assert_string_equal(r.message, "extra output at line 2: '\\x01\\x02\\n'");
}

static void test_messages_truncated(void **state)
{
    (void)state;
    char out[301], ans[301];
    memset(out, 'a', 300);
    memset(ans, 'a', 300);
    out[300] = ans[300] = '\0';
    ans[0] = 'b';
    struct cmp_result r = assert_wa_at(run(out, ans, CMP_TOKENS), 1, 1, 1);
    assert_int_equal(strlen(r.expected), 51);
    assert_memory_equal(r.expected, "baaa", 4);
    assert_string_equal(r.expected + 48, "...");
    /* Escapes and UTF-8 sequences are never cut in half. */
    char u8[301];
    for (int i = 0; i < 300; i += 2)
        memcpy(u8 + i, "\xc3\xa9", 2);
    u8[300] = '\0';
    r = run(u8, "x", CMP_TOKENS);
    size_t len = strlen(r.got);
    assert_true(len < sizeof r.got);
    assert_string_equal(r.got + len - 3, "...");
    assert_memory_equal(r.got + len - 5, "\xc3\xa9", 2);
    memset(out, 1, 300);
    r = run(out, "x", CMP_TOKENS);
    len = strlen(r.got);
    assert_string_equal(r.got + len - 7, "\\x01...");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_exact_identical),
        cmocka_unit_test(test_exact_empty_output),
        cmocka_unit_test(test_exact_crlf),
        cmocka_unit_test(test_exact_missing_final_newline),
        cmocka_unit_test(test_exact_extra_blank_lines),
        cmocka_unit_test(test_exact_trailing_space),
        cmocka_unit_test(test_exact_position),
        cmocka_unit_test(test_lines_identical),
        cmocka_unit_test(test_lines_trailing_whitespace),
        cmocka_unit_test(test_lines_crlf),
        cmocka_unit_test(test_lines_missing_final_newline),
        cmocka_unit_test(test_lines_trailing_blank_lines),
        cmocka_unit_test(test_lines_blank_line_in_middle),
        cmocka_unit_test(test_lines_leading_and_interior_space),
        cmocka_unit_test(test_lines_early_and_extra),
        cmocka_unit_test(test_tokens_whitespace),
        cmocka_unit_test(test_tokens_case_sensitive),
        cmocka_unit_test(test_tokens_position),
        cmocka_unit_test(test_tokens_early_and_extra),
        cmocka_unit_test(test_tokens_split_and_prefix),
        cmocka_unit_test(test_tokens_huge_token),
        cmocka_unit_test(test_tokens_position_across_buffers),
        cmocka_unit_test(test_tokens_50mb_identical_pipes),
        cmocka_unit_test(test_fds_offset_kept_and_not_closed),
        cmocka_unit_test(test_read_errors),
        cmocka_unit_test(test_float_formats),
        cmocka_unit_test(test_float_nan_inf),
        cmocka_unit_test(test_float_overflow),
        cmocka_unit_test(test_float_tolerances),
        cmocka_unit_test(test_float_not_numbers),
        cmocka_unit_test(test_float_long_tokens),
        cmocka_unit_test(test_float_token_across_buffers),
        cmocka_unit_test(test_kattis_flags),
        cmocka_unit_test(test_kattis_flag_errors),
        cmocka_unit_test(test_kattis_case),
        cmocka_unit_test(test_kattis_whitespace),
        cmocka_unit_test(test_kattis_numbers),
        cmocka_unit_test(test_messages_escaped),
        cmocka_unit_test(test_messages_truncated),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
