/* sql.h: one SQL interface over the history's two stores, SQLite (a file: the default) and
 * PostgreSQL (libpq, loaded the first time a server is named). */
#ifndef JUDGE_SQL_H
#define JUDGE_SQL_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stddef.h>

/*
 * The calls mirror SQLite's C interface, and so do the result codes: SQLITE_OK, SQLITE_ROW
 * and SQLITE_DONE from both stores; a PostgreSQL failure is mapped to the SQLite code that
 * means the same to the caller (SQLITE_BUSY: a serialization failure or deadlock, retry;
 * SQLITE_CONSTRAINT: a constraint refused the row; SQLITE_IOERR: the connection is gone;
 * SQLITE_ERROR: anything else). sql_errmsg() says why, on one line.
 *
 * Statements are written once for both: placeholders are SQLite's `?` and `?N` (turned into
 * PostgreSQL's `$N`), identifiers that are keywords in either are double-quoted ("user"), and
 * only what both understand is used (INSERT ... ON CONFLICT, RETURNING, TRUE). Where the two
 * must differ (the schema, aggregating into JSON), the caller asks sql_kind().
 */
enum sql_kind { SQL_SQLITE, SQL_POSTGRES };

struct sql;
struct sql_stmt;

/* Wraps an open SQLite handle; sql_close closes it. */
struct sql *sql_wrap_sqlite(sqlite3 *db);

/* Connects to a PostgreSQL server: uri is anything libpq accepts (postgresql://...,
 * postgres://...); passwords come from it, ~/.pgpass or PGPASSWORD. Returns SQLITE_OK with
 * *out, or an error with a one-line message in err that never shows a password. */
int sql_connect_postgres(const char *uri, struct sql **out, char *err, size_t errlen);

/* Whether name is a PostgreSQL connection URI rather than a file. */
bool sql_is_postgres_uri(const char *name);

/* uri with any password in it replaced by "***", for messages. Malloc'ed. */
char *sql_redact_uri(const char *uri);

enum sql_kind sql_kind(const struct sql *c);
sqlite3 *sql_sqlite(struct sql *c); /* the SQLite handle; NULL for PostgreSQL */
void sql_close(struct sql *c);
const char *sql_errmsg(struct sql *c);

/* Runs one or more statements without parameters. */
int sql_exec(struct sql *c, const char *text);

int sql_prepare(struct sql *c, const char *text, struct sql_stmt **out);
/* Parameters are numbered from 1; text and blobs are copied. */
void sql_bind_int64(struct sql_stmt *st, int i, long long value);
void sql_bind_double(struct sql_stmt *st, int i, double value);
void sql_bind_text(struct sql_stmt *st, int i, const char *text, size_t len);
void sql_bind_blob(struct sql_stmt *st, int i, const void *data, size_t len);
void sql_bind_null(struct sql_stmt *st, int i);
/* SQLITE_ROW, SQLITE_DONE or an error. */
int sql_step(struct sql_stmt *st);
/* Ready to run again, with new bindings. */
void sql_reset(struct sql_stmt *st);
void sql_finalize(struct sql_stmt *st);

bool sql_column_null(struct sql_stmt *st, int col);
long long sql_column_int64(struct sql_stmt *st, int col); /* a boolean is 0 or 1 */
double sql_column_double(struct sql_stmt *st, int col);
const char *sql_column_text(struct sql_stmt *st, int col); /* NULL when NULL */
/* A column's bytes, exactly (TEXT or BLOB/BYTEA); valid until the next step, or until
 * another bytea column of the row is read. */
const void *sql_column_blob(struct sql_stmt *st, int col);
size_t sql_column_bytes(struct sql_stmt *st, int col);

#endif
