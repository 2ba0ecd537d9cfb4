/* test_import.c: unit tests of importing (judge/import.c, judge/httpd.c): ids, slugs, payload
 * checks, the listener's header rules. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "judge/httpd.h"
#include "judge/import.h"
#include "judge/util.h"

static void slug_is(const char *name, const char *expected)
{
    char *slug = import_slug(name);
    assert_string_equal(slug, expected);
    free(slug);
}

static void test_slugs(void **state)
{
    (void)state;
    slug_is("G. Castle Defense", "g-castle-defense");
    slug_is("  A + B  ", "a-b");
    slug_is("../../etc/x", "etc-x");
    slug_is("/etc/passwd", "etc-passwd");
    slug_is(".hidden", "hidden");
    slug_is("두 수의 합", "");
    slug_is("Задача 1", "1");
    slug_is("weeks", "weeks-problem");
    /* At most IMPORT_ID_MAX bytes, and no '-' at the end after the cut. */
    char *slug = import_slug("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa "
                             "bbbbbbbbbb");
    assert_true(strlen(slug) <= IMPORT_ID_MAX);
    assert_true(slug[strlen(slug) - 1] != '-');
    assert_true(import_valid_id(slug));
    free(slug);
}

static void test_ids(void **state)
{
    (void)state;
    assert_true(import_valid_id("two-sum"));
    assert_true(import_valid_id("a1"));
    static const char *const bad[] = {"",      "../x", "/tmp/x", ".hidden", "a/b", "-x",
                                      "Upper", "a b",  "weeks",  "a.b",     "a_b", "x\n"};
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
        assert_false(import_valid_id(bad[i]));
    char long_id[IMPORT_ID_MAX + 2];
    memset(long_id, 'a', sizeof(long_id) - 1);
    long_id[IMPORT_ID_MAX + 1] = '\0';
    assert_false(import_valid_id(long_id));
    long_id[IMPORT_ID_MAX] = '\0';
    assert_true(import_valid_id(long_id));
}

/* Imports text into a fresh library; returns the status and leaves err. */
static int try_import(const char *text, char *err, size_t errlen, char **id)
{
    char lib[] = "/tmp/test-import-XXXXXX";
    assert_non_null(mkdtemp(lib));
    struct import_result res;
    int s = import_payload(text, strlen(text), "p.json", lib, NULL, &res, err, errlen);
    if (s == IMPORT_OK) {
        *id = xstrdup(res.id);
        char *cmd = xasprintf("rm -rf '%s'", lib);
        assert_int_equal(system(cmd), 0);
        free(cmd);
        import_result_release(&res);
    } else {
        assert_int_equal(rmdir(lib), 0); /* nothing left in it */
    }
    return s;
}

#define TESTS "\"tests\": [{\"input\": \"1 2\\n\", \"output\": \"3\\n\"}]"

static void test_payload_checks(void **state)
{
    (void)state;
    char err[512];
    char *id = NULL;
    assert_int_equal(try_import("{\"name\": \"A. B\", \"url\": \"https://x.org/1\", " TESTS "}",
                                err, sizeof(err), &id),
                     IMPORT_OK);
    assert_string_equal(id, "a-b");
    free(id);
    static const struct {
        const char *text, *expected;
    } refused[] = {
        {"{\"name\": \"A\", \"url\": \"https://x.org/1\", \"tests\": \"x\"}", "tests must be"},
        {"{\"name\": \"A\", \"url\": \"https://x.org/1\", \"timeLimit\": -1, " TESTS "}",
         "timeLimit"},
        {"{\"name\": \"A\", \"url\": \"https://x.org/1\", \"timeLimit\": \"1\", " TESTS "}",
         "timeLimit"},
        {"{\"name\": \"A\", \"url\": \"https://x.org/1\", \"memoryLimit\": 1e9, " TESTS "}",
         "memoryLimit"},
        {"{\"name\": \"A\\u0000/x\", \"url\": \"https://x.org/1\", " TESTS "}", "NUL"},
        {"{\"name\": \"\\u0000\", \"url\": \"https://x.org/1\", " TESTS "}", "NUL"},
        {"{\"name\": \"A\", \"url\": \"file:///etc/passwd\", " TESTS "}", "url"},
        {"{\"name\": \"A\", \"url\": \"https://x.org/a b\", " TESTS "}", "url"},
        {"{\"name\": \"\\u0001 \", \"url\": \"https://x.org/1\", " TESTS "}", "name is empty"},
        {"{\"name\": \"A\", \"url\": \"https://x.org/1\", \"interactive\": true, " TESTS "}",
         "interactor"},
        {"{\"name\": \"A\", \"url\": \"https://x.org/1\", \"tests\": []}", "tests is empty"},
        {"{\"name\": \"\\u4e00\", \"url\": \"https://\", " TESTS "}", "--id"},
        {"[]", "JSON object"},
    };
    for (size_t i = 0; i < sizeof(refused) / sizeof(refused[0]); i++) {
        err[0] = '\0';
        assert_int_equal(try_import(refused[i].text, err, sizeof(err), &id), IMPORT_REFUSED);
        if (!strstr(err, refused[i].expected))
            fail_msg("%s: '%s' not in '%s'", refused[i].text, refused[i].expected, err);
        assert_non_null(strstr(err, "p.json"));
    }
    /* An escaped backslash before "u0000" is text, not a NUL. */
    assert_int_equal(try_import("{\"name\": \"A\\\\u0000\", \"url\": \"https://x.org/1\", " TESTS
                                "}",
                                err, sizeof(err), &id),
                     IMPORT_OK);
    assert_string_equal(id, "a-u0000");
    free(id);
}

static void test_listener_headers(void **state)
{
    (void)state;
    assert_true(httpd_host_is_loopback(NULL));
    assert_true(httpd_host_is_loopback("127.0.0.1"));
    assert_true(httpd_host_is_loopback("127.0.0.1:10043"));
    assert_true(httpd_host_is_loopback("localhost:10043"));
    assert_true(httpd_host_is_loopback("[::1]:10043"));
    assert_false(httpd_host_is_loopback("evil.example"));
    assert_false(httpd_host_is_loopback("localhost.evil.example"));
    assert_false(httpd_host_is_loopback("127.0.0.1.evil.example:80"));
    assert_false(httpd_host_is_loopback("127.0.0.1:"));
    assert_false(httpd_host_is_loopback("127.0.0.1:80x"));
    assert_true(httpd_origin_allowed(NULL));
    assert_true(httpd_origin_allowed("moz-extension://1234"));
    assert_true(httpd_origin_allowed("chrome-extension://abcd"));
    assert_false(httpd_origin_allowed("null"));
    assert_false(httpd_origin_allowed("https://evil.example"));
    assert_false(httpd_origin_allowed("http://localhost:10043"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_slugs),
        cmocka_unit_test(test_ids),
        cmocka_unit_test(test_payload_checks),
        cmocka_unit_test(test_listener_headers),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
