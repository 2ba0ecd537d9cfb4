/* test_authoring.c: unit tests of authoring's pure parts: the package id's rules
 * (judge/skeleton.c) and the seed and size of each generated test (judge/generate.c). */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "judge/generate.h"
#include "judge/library.h"
#include "judge/skeleton.h"
#include "judge/stress.h"

static void test_ids(void **state)
{
    (void)state;
    char err[256];
    static const char *const good[] = {"a", "two-sum", "A_1", "x-", "_x", "0"};
    for (size_t i = 0; i < sizeof(good) / sizeof(good[0]); i++)
        assert_int_equal(library_id_check("problem", good[i], err, sizeof(err)), 0);
    static const char *const bad[] = {"",    "../x", ".x", "a/b", "-x",   "a b",  "x\n",
                                      "a.b", "é",    "..", "/x",  "x\\y", "weeks"};
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        err[0] = '\0';
        assert_int_equal(library_id_check("problem", bad[i], err, sizeof(err)), -1);
        assert_non_null(strstr(err, "problem id"));
    }
    char id[LIBRARY_ID_MAX + 2];
    memset(id, 'x', sizeof(id));
    id[LIBRARY_ID_MAX] = '\0';
    assert_int_equal(library_id_check("problem", id, err, sizeof(err)), 0);
    id[LIBRARY_ID_MAX] = 'x';
    id[LIBRARY_ID_MAX + 1] = '\0';
    assert_int_equal(library_id_check("problem", id, err, sizeof(err)), -1);
    assert_non_null(strstr(err, "65 bytes"));
}

static void test_generated_cases(void **state)
{
    (void)state;
    struct generate_options o = {.count = 10, .max_size = 100000, .seed = 1};
    static const long sizes[] = {1, 4, 13, 46, 167, 599, 2154, 7743, 27826, 100000};
    uint64_t stream = o.seed;
    for (long k = 1; k <= o.count; k++) {
        uint32_t seed;
        long size;
        generate_case(&o, k, &seed, &size);
        assert_int_equal(size, sizes[k - 1]);
        assert_int_equal(seed, (uint32_t)(stress_random(&stream) & STRESS_SEED_MAX));
    }
    /* One test: the largest; sizes never leave [1, max_size]. */
    o.count = 1;
    uint32_t seed;
    long size;
    generate_case(&o, 1, &seed, &size);
    assert_int_equal(size, 100000);
    o.count = 1000;
    o.max_size = 1;
    for (long k = 1; k <= o.count; k++) {
        generate_case(&o, k, &seed, &size);
        assert_int_equal(size, 1);
    }
    /* Another --seed, other seeds. */
    struct generate_options a = {.count = 3, .max_size = 10, .seed = 1};
    struct generate_options b = {.count = 3, .max_size = 10, .seed = 2};
    uint32_t sa, sb;
    generate_case(&a, 2, &sa, &size);
    generate_case(&b, 2, &sb, &size);
    assert_int_not_equal(sa, sb);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ids),
        cmocka_unit_test(test_generated_cases),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
