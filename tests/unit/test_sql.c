/* test_sql.c: judge/sql.h: which names are servers, passwords kept out of messages, and the
 * SQLite side of the interface (the PostgreSQL side runs in tests/e2e/test_postgres.py). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "judge/sql.h"

static void expect_redacted(const char *uri, const char *want)
{
    char *got = sql_redact_uri(uri);
    assert_string_equal(got, want);
    free(got);
}

/* uri as shown in messages has none of the secrets. */
static void expect_hidden(const char *uri, const char *secret)
{
    char *got = sql_redact_uri(uri);
    if (strstr(got, secret))
        fail_msg("%s shows '%s': %s", uri, secret, got);
    free(got);
}

static void test_redact(void **state)
{
    (void)state;
    /* Shown as libpq reads it, without the password. */
    expect_redacted("postgresql://ana:hunter2@db.example:5432/judge",
                    "postgresql://ana@db.example:5432/judge");
    expect_redacted("postgresql://ana@db/judge", "postgresql://ana@db/judge");
    expect_redacted("postgresql:///judge?host=/run/pg&password=hunter2&user=ana",
                    "postgresql://ana@/judge?host=/run/pg");
    expect_redacted("postgresql:///judge?host=/s&options=-csearch_path%3Dh1",
                    "postgresql:///judge?host=/s&options=-csearch_path=h1");
    /* What libpq does not read is not shown. */
    expect_redacted("postgresql:///judge?nopassword=x", "a PostgreSQL URI that libpq cannot read");
    /* Passwords holding what a URI means something by, not percent-encoded: libpq reads
     * another user, host or port; no piece of the password is shown all the same. */
    expect_hidden("postgres://ana:hunter2@ss@db/judge", "hunter2");
    expect_hidden("postgres://ana:hunter2@ss@db/judge", "ss@");
    expect_hidden("postgresql://ana:se?cret99@db/judge", "cret99");
    expect_hidden("postgresql://ana:pa/ss99@db/judge", "ss99");
    expect_hidden("postgresql://ana:hunter%32@db/judge", "hunter");
}

static void test_is_uri(void **state)
{
    (void)state;
    assert_true(sql_is_postgres_uri("postgresql://db/judge"));
    assert_true(sql_is_postgres_uri("postgres:///judge"));
    assert_false(sql_is_postgres_uri("history.db"));
    assert_false(sql_is_postgres_uri("./postgresql://x"));
    assert_false(sql_is_postgres_uri("postgresql:/x"));
}

/* The SQLite side: numbered and bare placeholders, copies of what is bound, the column
 * helpers, and the result codes. */
static void test_sqlite_statements(void **state)
{
    (void)state;
    sqlite3 *lite;
    assert_int_equal(sqlite3_open(":memory:", &lite), SQLITE_OK);
    struct sql *c = sql_wrap_sqlite(lite);
    assert_int_equal(sql_kind(c), SQL_SQLITE);
    assert_int_equal(sql_exec(c, "CREATE TABLE t (id INTEGER PRIMARY KEY, \"user\" TEXT, b BLOB,"
                                 " x REAL)"),
                     SQLITE_OK);
    struct sql_stmt *st;
    assert_int_equal(
        sql_prepare(c, "INSERT INTO t (\"user\", b, x) VALUES (?1, ?2, ?) RETURNING id", &st),
        SQLITE_OK);
    char name[] = "ana";
    sql_bind_text(st, 1, name, 3);
    name[0] = 'X'; /* bound values are copies */
    sql_bind_blob(st, 2, "a\0b", 3);
    sql_bind_double(st, 3, 2.5);
    assert_int_equal(sql_step(st), SQLITE_ROW);
    assert_int_equal(sql_column_int64(st, 0), 1);
    assert_int_equal(sql_step(st), SQLITE_DONE);
    sql_finalize(st);

    assert_int_equal(sql_prepare(c, "SELECT \"user\", b, x, NULL FROM t", &st), SQLITE_OK);
    assert_int_equal(sql_step(st), SQLITE_ROW);
    assert_string_equal(sql_column_text(st, 0), "ana");
    assert_int_equal(sql_column_bytes(st, 1), 3);
    assert_memory_equal(sql_column_blob(st, 1), "a\0b", 3);
    assert_true(sql_column_double(st, 2) == 2.5);
    assert_true(sql_column_null(st, 3));
    assert_false(sql_column_null(st, 0));
    assert_null(sql_column_text(st, 3));
    assert_int_equal(sql_step(st), SQLITE_DONE);
    sql_finalize(st);

    assert_int_not_equal(sql_prepare(c, "SELECT nonsense FROM nowhere", &st), SQLITE_OK);
    assert_non_null(strstr(sql_errmsg(c), "nowhere"));
    sql_close(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_redact),
        cmocka_unit_test(test_is_uri),
        cmocka_unit_test(test_sqlite_statements),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
