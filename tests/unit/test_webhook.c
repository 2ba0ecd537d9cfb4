/* test_webhook.c: unit tests of the webhook payload (judge/webhook.c); posting is tested end to
 * end against a local server (tests/e2e/test_webhook.py). */
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
#include "judge/webhook.h"

static size_t utf8_chars(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

static void test_utf8_prefix(void **state)
{
    (void)state;
    assert_int_equal(webhook_utf8_prefix("abc", 2), 2);
    assert_int_equal(webhook_utf8_prefix("abc", 10), 3);
    assert_int_equal(webhook_utf8_prefix("", 10), 0);
    /* "é" is two bytes, "€" three, "😀" four: never cut inside one. */
    assert_int_equal(webhook_utf8_prefix("é€😀x", 1), 2);
    assert_int_equal(webhook_utf8_prefix("é€😀x", 2), 5);
    assert_int_equal(webhook_utf8_prefix("é€😀x", 3), 9);
    assert_int_equal(webhook_utf8_prefix("é€😀x", 4), 10);
}

static void test_payload_short(void **state)
{
    (void)state;
    char *body = webhook_payload("## week-01\n\n- **ana** (5/5) \"quoted\"\n");
    cJSON *o = cJSON_Parse(body);
    assert_non_null(o);
    assert_int_equal(cJSON_GetArraySize(o), 3);
    assert_string_equal(cJSON_GetObjectItem(o, "text")->valuestring,
                        "## week-01\n\n- **ana** (5/5) \"quoted\"\n");
    assert_string_equal(cJSON_GetObjectItem(o, "content")->valuestring,
                        cJSON_GetObjectItem(o, "text")->valuestring);
    assert_string_equal(cJSON_GetObjectItem(o, "username")->valuestring, "judge");
    cJSON_Delete(o);
    free(body);
}

static void test_payload_cut_for_discord(void **state)
{
    (void)state;
    /* 3000 characters, multi-byte ones among them. */
    struct strbuf md = STRBUF_INIT;
    for (int i = 0; i < 1000; i++)
        strbuf_addstr(&md, "aé€");
    char *body = webhook_payload(md.buf);
    cJSON *o = cJSON_Parse(body);
    assert_non_null(o);
    assert_string_equal(cJSON_GetObjectItem(o, "text")->valuestring, md.buf);
    const char *content = cJSON_GetObjectItem(o, "content")->valuestring;
    assert_int_equal(utf8_chars(content), WEBHOOK_DISCORD_MAX_CHARS);
    assert_true(ends_with(content, "\n…"));
    assert_int_equal(strncmp(content, md.buf, strlen(content) - strlen("\n…")), 0);
    cJSON_Delete(o);
    free(body);

    /* Exactly the limit: not cut. */
    strbuf_release(&md);
    for (int i = 0; i < WEBHOOK_DISCORD_MAX_CHARS; i++)
        strbuf_addstr(&md, "€");
    body = webhook_payload(md.buf);
    o = cJSON_Parse(body);
    assert_string_equal(cJSON_GetObjectItem(o, "content")->valuestring, md.buf);
    cJSON_Delete(o);
    free(body);
    strbuf_release(&md);
}

static void test_origin_hides_secrets(void **state)
{
    (void)state;
    char *o = webhook_origin("https://hooks.slack.com/services/T000/B000/XXXX");
    assert_string_equal(o, "https://hooks.slack.com");
    free(o);
    o = webhook_origin("http://user:secret@127.0.0.1:8080/hook?token=x");
    assert_string_equal(o, "http://127.0.0.1:8080");
    free(o);
    o = webhook_origin("not a url");
    assert_string_equal(o, "the webhook");
    free(o);
}

static void test_post_refused_connection(void **state)
{
    (void)state;
    char err[512];
    /* Port 1 on loopback: nothing listens there, the connection is refused at once. */
    assert_int_equal(webhook_post("http://127.0.0.1:1/hook", "{}", 5, err, sizeof(err)), -1);
    assert_non_null(strstr(err, "posting to http://127.0.0.1:1 failed: "));
    assert_null(strstr(err, "/hook"));
    assert_int_equal(webhook_post("ftp://127.0.0.1/x", "{}", 5, err, sizeof(err)), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_utf8_prefix),
        cmocka_unit_test(test_payload_short),
        cmocka_unit_test(test_payload_cut_for_discord),
        cmocka_unit_test(test_origin_hides_secrets),
        cmocka_unit_test(test_post_refused_connection),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
