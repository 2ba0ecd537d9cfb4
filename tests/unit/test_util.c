/* test_util.c: unit tests of judge/util.c's text helpers: UTF-8 validation and replacement,
 * control characters made visible, JSON printed as valid UTF-8. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>
#include <cmocka.h>

#include "judge/util.h"

#include <sys/mman.h>
#include <unistd.h>

#define FFFD "\xef\xbf\xbd"

/* utf8_sanitize of a byte string (with its length: NULs and all). */
static void expect_sanitized(const char *in, size_t len, const char *want)
{
    size_t out_len;
    char *out = utf8_sanitize(in, len, &out_len);
    assert_string_equal(out, want);
    assert_int_equal(out_len, strlen(want));
    assert_true(utf8_valid(out, out_len));
    free(out);
}
#define SANITIZED(in, want) expect_sanitized(in, sizeof(in) - 1, want)

static void test_valid(void **state)
{
    (void)state;
    static const char *const valid[] = {
        "",
        "plain ASCII\n",
        "\xc2\x80",             /* U+0080, the first two-byte character */
        "\xdf\xbf",             /* U+07FF */
        "\xe0\xa0\x80",         /* U+0800 */
        "\xed\x9f\xbf",         /* U+D7FF, just below the surrogates */
        "\xee\x80\x80",         /* U+E000, just above them */
        "\xef\xbf\xbf",         /* U+FFFF */
        "\xf0\x90\x80\x80",     /* U+10000 */
        "\xf4\x8f\xbf\xbf",     /* U+10FFFF, the last */
        "é€😀 mixed with ASCII", /* two, three and four bytes */
    };
    for (size_t i = 0; i < sizeof(valid) / sizeof(valid[0]); i++) {
        assert_true(utf8_valid(valid[i], strlen(valid[i])));
        expect_sanitized(valid[i], strlen(valid[i]), valid[i]);
    }
}

static void test_invalid_one_replacement_per_maximal_subpart(void **state)
{
    (void)state;
    /* Lone bytes that can never start a character. */
    SANITIZED("a\x80z", "a" FFFD "z");
    SANITIZED("\xbf", FFFD);
    SANITIZED("\xff\xfe", FFFD FFFD);
    SANITIZED("\xf5\x80\x80\x80", FFFD FFFD FFFD FFFD);
    /* Overlong forms: C0/C1 are never valid, E0 and F0 need a high enough second byte. */
    SANITIZED("\xc0\xaf", FFFD FFFD);
    SANITIZED("\xc1\xbf", FFFD FFFD);
    SANITIZED("\xe0\x80\xaf", FFFD FFFD FFFD);
    SANITIZED("\xf0\x80\x80\xaf", FFFD FFFD FFFD FFFD);
    /* Surrogates (U+D800..DFFF) and code points above U+10FFFF. */
    SANITIZED("\xed\xa0\x80", FFFD FFFD FFFD);
    SANITIZED("\xed\xbf\xbf", FFFD FFFD FFFD);
    SANITIZED("\xf4\x90\x80\x80", FFFD FFFD FFFD FFFD);
    /* A valid start cut short is one replacement, whatever follows. */
    SANITIZED("\xe2\x82"
              "A",
              FFFD "A");
    SANITIZED("\xf0\x9f\x98"
              "A",
              FFFD "A");
    SANITIZED("\xf0\x9f\x98", FFFD);
    SANITIZED("x\xe2", "x" FFFD);
    SANITIZED("\xe2\x82\xe2\x82\xac", FFFD "\xe2\x82\xac");
    /* What a compiler echoes from `#error "\xff\xfe"`. */
    SANITIZED("error: #error \"\xff\xfe\"\n", "error: #error \"" FFFD FFFD "\"\n");
    assert_false(utf8_valid("\xc0\x80", 2));
    assert_false(utf8_valid("ok\xed\xa0\x80", 5));
    assert_false(utf8_valid("\xf0\x9f\x98", 3));
}

static void expect_visible(const char *in, size_t len, const char *want)
{
    struct strbuf sb = STRBUF_INIT;
    size_t used = strbuf_add_visible(&sb, in, len, true);
    assert_int_equal(used, len);
    assert_string_equal(sb.buf ? sb.buf : "", want);
    strbuf_release(&sb);
}
#define VISIBLE(in, want) expect_visible(in, sizeof(in) - 1, want)

static void test_visible(void **state)
{
    (void)state;
    VISIBLE("plain\ttext\nnext line é€😀\n", "plain\ttext\nnext line é€😀\n");
    VISIBLE("\x1b]0;owned\x07\x1b[2J", "\\x1b]0;owned\\x07\\x1b[2J");
    VISIBLE("cr\r del\x7f nul", "cr\\x0d del\\x7f nul");
    VISIBLE("nul\0end", "nul\\x00end");
    /* C1 controls as UTF-8 (U+009B is a CSI) and a right-to-left override. */
    VISIBLE("\xc2\x9b"
            "2J \xc2\x85",
            "\\u009b2J \\u0085");
    VISIBLE("abc\xe2\x80\xae"
            "cba",
            "abc\\u202ecba");
    /* Invalid UTF-8: every byte shown. */
    VISIBLE("\xff\xfe", "\\xff\\xfe");
    VISIBLE("\xed\xa0\x80!", "\\xed\\xa0\\x80!");
    VISIBLE("cut \xe2\x82", "cut \\xe2\\x82");

    char *s = text_visible("\x1b[31mred", 0);
    assert_string_equal(s, "\\x1b[31mred");
    free(s);
    s = text_visible(NULL, 0);
    assert_string_equal(s, "");
    free(s);
    /* Cut at a character boundary, never inside "é". */
    s = text_visible("abé", 3);
    assert_string_equal(s, "ab");
    free(s);
}

static void test_visible_streaming(void **state)
{
    (void)state;
    /* A character split between two reads is held back, then shown whole. */
    struct strbuf sb = STRBUF_INIT;
    const char *text = "x€\x1b";
    size_t used = strbuf_add_visible(&sb, text, 2, false); /* "x" and the first byte of € */
    assert_int_equal(used, 1);
    used += strbuf_add_visible(&sb, text + used, strlen(text) - used, true);
    assert_int_equal(used, strlen(text));
    assert_string_equal(sb.buf, "x€\\x1b");
    strbuf_release(&sb);
    /* An invalid byte is not held back. */
    used = strbuf_add_visible(&sb, "a\xff", 2, false);
    assert_int_equal(used, 2);
    assert_string_equal(sb.buf, "a\\xff");
    strbuf_release(&sb);
}

static void test_json_print(void **state)
{
    (void)state;
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "message", "#error \"\xff\xfe\" \x1b[2J é");
    char *text = json_print(o);
    assert_true(utf8_valid(text, strlen(text)));
    assert_string_equal(text, "{\"message\":\"#error \\\"" FFFD FFFD "\\\" \\u001b[2J é\"}");
    free(text);
    cJSON_Delete(o);
}

/* The known answers of FIPS 180-2, whole and in steps of any size. */
/* A NUL byte read does not end the text: it is given as \x00, the rest follows. */
static void test_read_fd_text_nul(void **state)
{
    (void)state;
    int fd = memfd_create("t", MFD_CLOEXEC);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, "a\0b\0\0cdef", 9), 9);
    bool truncated;
    char *t = read_fd_text(fd, 8, &truncated);
    assert_string_equal(t, "a\\x00b\\x00\\x00cde");
    assert_true(truncated);
    free(t);
    t = read_fd_text(fd, 64, &truncated);
    assert_string_equal(t, "a\\x00b\\x00\\x00cdef");
    assert_false(truncated);
    free(t);
    close(fd);
}

/* One line: a newline or a tab is shown escaped; the cut counts what is shown. */
static void test_visible_line(void **state)
{
    (void)state;
    char *v = text_visible_line("a\nb\tc\x1b", 0);
    assert_string_equal(v, "a\\nb\\tc\\x1b");
    free(v);
    v = text_visible_line("\n\n\n", 5);
    assert_string_equal(v, "\\n\\n\\");
    free(v);
}

static void test_sha256(void **state)
{
    (void)state;
    char out[65];
    sha256_hex("abc", 3, out);
    assert_string_equal(out, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    sha256_hex("", 0, out);
    assert_string_equal(out, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    const char *two = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    struct sha256 h;
    sha256_begin(&h);
    size_t n = strlen(two); /* fed in pieces of 3 bytes, the last shorter */
    for (size_t i = 0; i < n; i += 3)
        sha256_add(&h, two + i, n - i < 3 ? n - i : 3);
    sha256_end_hex(&h, out);
    assert_string_equal(out, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sha256),
        cmocka_unit_test(test_valid),
        cmocka_unit_test(test_invalid_one_replacement_per_maximal_subpart),
        cmocka_unit_test(test_visible),
        cmocka_unit_test(test_visible_streaming),
        cmocka_unit_test(test_json_print),
        cmocka_unit_test(test_read_fd_text_nul),
        cmocka_unit_test(test_visible_line),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
