/* test_progress.c: unit tests of trends and sparklines (judge/progress.c) and of texts side
 * by side (judge/columns.c). */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "judge/columns.h"
#include "judge/progress.h"
#include "judge/util.h"

static void test_trend(void **state)
{
    (void)state;
    double slope = 0;
    const bool all[] = {true, true, true, true, true};
    /* Solved 1, 2, 3, 4, 5: +1 a week, 4 over the window: better. */
    const double rising[] = {1, 2, 3, 4, 5};
    assert_int_equal(progress_trend(rising, all, 5, 12, true, 0.5, &slope), PROGRESS_BETTER);
    assert_true(slope > 0.9999 && slope < 1.0001);
    /* The same for attempts per AC (lower is better): worse. */
    assert_int_equal(progress_trend(rising, all, 5, 12, false, 0.25, &slope), PROGRESS_WORSE);
    /* A small wobble is steady: slope 0.1, 0.4 over the window, within 0.5. */
    const double flat[] = {3, 3.1, 3.2, 3.3, 3.4};
    assert_int_equal(progress_trend(flat, all, 5, 12, true, 0.5, &slope), PROGRESS_STEADY);
    /* Only the last `window` values count: 9, 1, 1 then rising 1..3 over the last 3. */
    const double late[] = {9, 1, 1, 2, 3};
    assert_int_equal(progress_trend(late, all, 5, 3, true, 0.5, &slope), PROGRESS_BETTER);
    assert_int_equal(progress_trend(late, all, 5, 5, true, 0.5, &slope), PROGRESS_WORSE);
    /* Missing values are skipped; fewer than two: no trend. */
    const bool gaps[] = {false, true, false, false, true};
    assert_int_equal(progress_trend(rising, gaps, 5, 12, true, 0.5, &slope), PROGRESS_BETTER);
    const bool one[] = {false, false, true, false, false};
    assert_int_equal(progress_trend(rising, one, 5, 12, true, 0.5, &slope), PROGRESS_NONE);
    assert_null(progress_trend_name(PROGRESS_NONE));
    assert_string_equal(progress_trend_name(PROGRESS_STEADY), "steady");
}

static void test_sparkline(void **state)
{
    (void)state;
    struct strbuf sb = STRBUF_INIT;
    const double v[] = {0, 7, 3.5, 14, 1};
    const bool p[] = {true, true, true, true, false};
    progress_sparkline(&sb, v, p, 5);
    /* 0..14 scaled to 8 levels: 0 -> ▁, 7 -> 3.5 -> ▅ (4), 3.5 -> ▃ (1.75 -> 2), 14 -> █. */
    assert_string_equal(sb.buf, "▁▅▃█·");
    strbuf_release(&sb);
    const double same[] = {2, 2}, zeros[] = {0, 0};
    const bool both[] = {true, true};
    progress_sparkline(&sb, same, both, 2);
    progress_sparkline(&sb, zeros, both, 2);
    assert_string_equal(sb.buf, "▄▄▁▁");
    strbuf_release(&sb);
}

static void test_char_width(void **state)
{
    (void)state;
    size_t bytes;
    assert_int_equal(columns_char_width("a", 1, &bytes), 1);
    assert_int_equal(bytes, 1);
    assert_int_equal(columns_char_width("한", 3, &bytes), 2); /* Hangul: wide */
    assert_int_equal(bytes, 3);
    assert_int_equal(columns_char_width("\xcc\x81", 2, &bytes), 0); /* a combining accent */
    assert_int_equal(columns_char_width("\xff", 1, &bytes), 1);
    assert_int_equal(bytes, 1);
    assert_int_equal(columns_text_width("ab한글"), 6);
    assert_true(columns_fit(2, 67));
    assert_false(columns_fit(2, 66)); /* (66 - 3) / 2 = 31 < 32 */
    assert_false(columns_fit(1, 200));
}

static void test_columns_render(void **state)
{
    (void)state;
    struct strbuf out = STRBUF_INIT;
    const char *titles[] = {"ana", "ben"};
    const char *texts[] = {"int x;\n\tlong y;\n", "print(1)\nabcdefghijk"};
    /* Width 23: two columns of 10. */
    columns_render(&out, titles, texts, 2, 23);
    assert_string_equal(out.buf, "ana        │ ben\n"
                                 "───────────┼───────────\n"
                                 "int x;     │ print(1)\n"
                                 "    long y │ abcdefghij\n"
                                 ";          │ k\n");
    strbuf_release(&out);
    /* Wide characters are padded by their width. */
    const char *korean[] = {"한글", "x"};
    columns_render(&out, titles, korean, 2, 13);
    assert_string_equal(out.buf, "ana   │ ben\n"
                                 "──────┼──────\n"
                                 "한글  │ x\n");
    strbuf_release(&out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_trend),
        cmocka_unit_test(test_sparkline),
        cmocka_unit_test(test_char_width),
        cmocka_unit_test(test_columns_render),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
