/* sql.c: the history's SQL over SQLite or PostgreSQL (see sql.h). */
#define _GNU_SOURCE
#include "judge/sql.h"
#include "judge/util.h"

#include <ctype.h>
#include <dlfcn.h>
#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define LIBPQ_SONAME "libpq.so.5"
#define BYTEA_OID    17
#define BOOL_OID     16

/*
 * libpq, like libcurl (net.h), brings its own dozen libraries (TLS, Kerberos, LDAP): the
 * judge does not link it, and loads it the first time a PostgreSQL URI is named, so that a
 * user of the embedded SQLite history never pays for it.
 */
static struct {
    PGconn *(*connectdb)(const char *conninfo);
    ConnStatusType (*status)(const PGconn *conn);
    char *(*error_message)(const PGconn *conn);
    void (*finish)(PGconn *conn);
    PGresult *(*exec)(PGconn *conn, const char *query);
    PGresult *(*exec_params)(PGconn *conn, const char *command, int nparams, const Oid *param_types,
                             const char *const *param_values, const int *param_lengths,
                             const int *param_formats, int result_format);
    ExecStatusType (*result_status)(const PGresult *res);
    char *(*result_error_field)(const PGresult *res, int fieldcode);
    int (*ntuples)(const PGresult *res);
    char *(*getvalue)(const PGresult *res, int row, int col);
    int (*getlength)(const PGresult *res, int row, int col);
    int (*getisnull)(const PGresult *res, int row, int col);
    Oid (*ftype)(const PGresult *res, int col);
    void (*clear)(PGresult *res);
    unsigned char *(*unescape_bytea)(const unsigned char *from, size_t *to_length);
    void (*freemem)(void *ptr);
    PQnoticeProcessor (*set_notice_processor)(PGconn *conn, PQnoticeProcessor proc, void *arg);
    PQconninfoOption *(*conninfo_parse)(const char *conninfo, char **errmsg);
    void (*conninfo_free)(PQconninfoOption *options);
} pq;

static int load_libpq(char *err, size_t errlen)
{
    static bool loaded;
    if (loaded)
        return 0;
    void *lib = dlopen(LIBPQ_SONAME, RTLD_NOW | RTLD_LOCAL);
    if (!lib)
        return set_error(err, errlen, "cannot load libpq (%s): %s; install libpq5", LIBPQ_SONAME,
                         dlerror());
    static const char *const names[] = {
        "PQconnectdb",
        "PQstatus",
        "PQerrorMessage",
        "PQfinish",
        "PQexec",
        "PQexecParams",
        "PQresultStatus",
        "PQresultErrorField",
        "PQntuples",
        "PQgetvalue",
        "PQgetlength",
        "PQgetisnull",
        "PQftype",
        "PQclear",
        "PQunescapeBytea",
        "PQfreemem",
        "PQsetNoticeProcessor",
        "PQconninfoParse",
        "PQconninfoFree",
    };
    void **slots[] = {
        (void **)&pq.connectdb,
        (void **)&pq.status,
        (void **)&pq.error_message,
        (void **)&pq.finish,
        (void **)&pq.exec,
        (void **)&pq.exec_params,
        (void **)&pq.result_status,
        (void **)&pq.result_error_field,
        (void **)&pq.ntuples,
        (void **)&pq.getvalue,
        (void **)&pq.getlength,
        (void **)&pq.getisnull,
        (void **)&pq.ftype,
        (void **)&pq.clear,
        (void **)&pq.unescape_bytea,
        (void **)&pq.freemem,
        (void **)&pq.set_notice_processor,
        (void **)&pq.conninfo_parse,
        (void **)&pq.conninfo_free,
    };
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
        *slots[i] = dlsym(lib, names[i]);
        if (!*slots[i]) {
            dlclose(lib);
            return set_error(err, errlen, "%s has no %s: too old a libpq", LIBPQ_SONAME, names[i]);
        }
    }
    loaded = true; /* kept loaded for the rest of the process */
    return 0;
}

struct sql {
    enum sql_kind kind;
    sqlite3 *lite;
    PGconn *pg;
    char *message; /* PostgreSQL: the last error, one line */
};

struct sql_param {
    char *value; /* NULL: SQL NULL */
    int length;
    int format; /* 0 text, 1 binary (bytea) */
};

struct sql_stmt {
    struct sql *c;
    sqlite3_stmt *lite;
    /* PostgreSQL: the statement with $N placeholders, its parameters, and the result being
     * read (row: the current one). */
    char *text;
    int nparams;
    struct sql_param *params;
    PGresult *result;
    int row, nrows;
    unsigned char *bytes; /* an unescaped bytea of the current row */
    int bytes_col;
    size_t bytes_len;
};

/* ---- connecting ---- */

struct sql *sql_wrap_sqlite(sqlite3 *db)
{
    struct sql *c = xcalloc(1, sizeof(*c));
    c->kind = SQL_SQLITE;
    c->lite = db;
    return c;
}

bool sql_is_postgres_uri(const char *name)
{
    return strncmp(name, "postgresql://", 13) == 0 || strncmp(name, "postgres://", 11) == 0;
}

/* What in uri could be a password: libpq's reading of it, and every piece of the widest
 * guess at a userinfo (from the first ':' after "://" to the last '@'), in case the user
 * meant something else than libpq read (an '@', '?' or '/' not percent-encoded). */
static size_t secrets(const char *uri, char *out[], size_t max)
{
    size_t n = 0;
    char *perr = NULL;
    PQconninfoOption *opts = pq.conninfo_parse(uri, &perr);
    if (perr)
        pq.freemem(perr);
    for (PQconninfoOption *o = opts; o && o->keyword && n < max; o++) {
        if (strcmp(o->keyword, "password") == 0 && o->val && o->val[0])
            out[n++] = xstrdup(o->val);
    }
    if (opts)
        pq.conninfo_free(opts);
    const char *start = strstr(uri, "://");
    const char *at = strrchr(uri, '@');
    const char *colon = start ? strchr(start + 3, ':') : NULL;
    if (colon && at && colon < at) {
        char *guess = xstrndup(colon + 1, (size_t)(at - colon - 1));
        for (char *piece = guess; *piece && n < max;) {
            size_t len = strcspn(piece, "@?/:&=");
            if (len >= 2)
                out[n++] = xstrndup(piece, len);
            piece += len + (piece[len] != '\0');
        }
        free(guess);
    }
    return n;
}

/* text with every occurrence of each secret replaced by "***". Malloc'ed. */
static char *scrub(const char *text, char *secret[], size_t n)
{
    char *out = xstrdup(text);
    for (size_t i = 0; i < n; i++) {
        struct strbuf sb = STRBUF_INIT;
        const char *p = out, *hit;
        while ((hit = strstr(p, secret[i]))) {
            strbuf_add(&sb, p, (size_t)(hit - p));
            strbuf_addstr(&sb, "***");
            p = hit + strlen(secret[i]);
        }
        strbuf_addstr(&sb, p);
        free(out);
        out = strbuf_detach(&sb);
    }
    return out;
}

char *sql_redact_uri(const char *uri)
{
    char err[256];
    if (load_libpq(err, sizeof(err)) < 0)
        return xstrdup("a PostgreSQL URI (libpq is not installed)");
    /* What is shown is made from libpq's reading of the URI, without its password; a URI
     * libpq cannot read is not shown at all. */
    char *perr = NULL;
    PQconninfoOption *opts = pq.conninfo_parse(uri, &perr);
    if (perr)
        pq.freemem(perr);
    if (!opts)
        return xstrdup("a PostgreSQL URI that libpq cannot read");
    const char *user = NULL, *host = NULL, *port = NULL, *dbname = NULL, *options = NULL;
    for (PQconninfoOption *o = opts; o->keyword; o++) {
        const char *v = o->val && o->val[0] ? o->val : NULL;
        if (strcmp(o->keyword, "user") == 0)
            user = v;
        else if (strcmp(o->keyword, "host") == 0)
            host = v;
        else if (strcmp(o->keyword, "port") == 0)
            port = v;
        else if (strcmp(o->keyword, "dbname") == 0)
            dbname = v;
        else if (strcmp(o->keyword, "options") == 0)
            options = v;
    }
    struct strbuf sb = STRBUF_INIT;
    bool socket = host && host[0] == '/';
    strbuf_addf(&sb, "postgresql://%s%s%s%s%s/%s", user ? user : "", user ? "@" : "",
                host && !socket ? host : "", port && !socket ? ":" : "",
                port && !socket ? port : "", dbname ? dbname : "");
    char sep = '?';
    if (socket) {
        strbuf_addf(&sb, "?host=%s", host);
        sep = '&';
    }
    if (options)
        strbuf_addf(&sb, "%coptions=%s", sep, options);
    pq.conninfo_free(opts);
    /* A password libpq took for a user or host name (an '@' not percent-encoded) is not shown
     * either. */
    char *secret[16];
    size_t n = secrets(uri, secret, 16);
    char *shown = scrub(sb.buf, secret, n);
    for (size_t i = 0; i < n; i++)
        free(secret[i]);
    strbuf_release(&sb);
    return shown;
}

/* The first line of a libpq message, without its "ERROR:  " or "FATAL:  ". */
static void set_message(struct sql *c, const char *text)
{
    free(c->message);
    if (!text || !text[0])
        text = "unknown error";
    if (strncmp(text, "ERROR:  ", 8) == 0 || strncmp(text, "FATAL:  ", 8) == 0)
        text += 8;
    c->message = xstrndup(text, strcspn(text, "\n"));
}

/* Notices ("relation already exists, skipping") are not for the user. */
static void quiet(void *arg, const char *message)
{
    (void)arg;
    (void)message;
}

int sql_connect_postgres(const char *uri, struct sql **out, char *err, size_t errlen)
{
    *out = NULL;
    if (load_libpq(err, errlen) < 0)
        return SQLITE_CANTOPEN;
    PGconn *pg = pq.connectdb(uri);
    if (!pg) {
        set_error(err, errlen, "cannot connect to PostgreSQL: out of memory");
        return SQLITE_NOMEM;
    }
    if (pq.status(pg) != CONNECTION_OK) {
        struct sql tmp = {0};
        set_message(&tmp, pq.error_message(pg));
        char *shown = sql_redact_uri(uri);
        char *secret[16];
        size_t n = secrets(uri, secret, 16);
        char *why = scrub(tmp.message, secret, n);
        set_error(err, errlen, "%s: cannot connect: %s", shown, why);
        for (size_t i = 0; i < n; i++)
            free(secret[i]);
        free(why);
        free(shown);
        free(tmp.message);
        pq.finish(pg);
        return SQLITE_CANTOPEN;
    }
    pq.set_notice_processor(pg, quiet, NULL);
    struct sql *c = xcalloc(1, sizeof(*c));
    c->kind = SQL_POSTGRES;
    c->pg = pg;
    *out = c;
    return SQLITE_OK;
}

enum sql_kind sql_kind(const struct sql *c)
{
    return c->kind;
}

sqlite3 *sql_sqlite(struct sql *c)
{
    return c->lite;
}

void sql_close(struct sql *c)
{
    if (!c)
        return;
    if (c->lite)
        sqlite3_close(c->lite);
    if (c->pg)
        pq.finish(c->pg);
    free(c->message);
    free(c);
}

const char *sql_errmsg(struct sql *c)
{
    if (c->kind == SQL_SQLITE)
        return sqlite3_errmsg(c->lite);
    return c->message ? c->message : "not an error";
}

/* A PostgreSQL result's status as an SQLite code; the message kept when it failed. */
static int pg_status(struct sql *c, PGresult *res)
{
    ExecStatusType status = res ? pq.result_status(res) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY)
        return SQLITE_OK;
    const char *state = res ? pq.result_error_field(res, PG_DIAG_SQLSTATE) : NULL;
    const char *primary = res ? pq.result_error_field(res, PG_DIAG_MESSAGE_PRIMARY) : NULL;
    set_message(c, primary ? primary : pq.error_message(c->pg));
    if (pq.status(c->pg) != CONNECTION_OK || !state || strncmp(state, "08", 2) == 0)
        return SQLITE_IOERR;
    if (strcmp(state, "40001") == 0 || strcmp(state, "40P01") == 0 || strcmp(state, "55P03") == 0)
        return SQLITE_BUSY;
    if (strcmp(state, "23505") == 0) /* unique_violation */
        return SQLITE_CONSTRAINT_UNIQUE;
    if (strncmp(state, "23", 2) == 0)
        return SQLITE_CONSTRAINT;
    return SQLITE_ERROR;
}

int sql_exec(struct sql *c, const char *text)
{
    if (c->kind == SQL_SQLITE)
        return sqlite3_exec(c->lite, text, NULL, NULL, NULL);
    PGresult *res = pq.exec(c->pg, text);
    int rc = pg_status(c, res);
    if (res)
        pq.clear(res);
    return rc;
}

/* ---- statements ---- */

/* SQLite's placeholders as PostgreSQL's: ?N is $N, a bare ? one more than the largest so far.
 * Quoted strings and identifiers are copied as they are. */
static char *translate(const char *text, int *nparams)
{
    struct strbuf out = STRBUF_INIT;
    int largest = 0;
    for (const char *p = text; *p;) {
        if (*p == '\'' || *p == '"') {
            const char *end = strchr(p + 1, *p);
            size_t len = end ? (size_t)(end - p) + 1 : strlen(p);
            strbuf_add(&out, p, len);
            p += len;
        } else if (*p == '?') {
            p++;
            int n = 0;
            if (isdigit((unsigned char)*p)) {
                while (isdigit((unsigned char)*p) && n < 1000)
                    n = n * 10 + (*p++ - '0');
            } else {
                n = largest + 1;
            }
            if (n > largest)
                largest = n;
            strbuf_addf(&out, "$%d", n);
        } else {
            strbuf_add(&out, p, 1);
            p++;
        }
    }
    *nparams = largest;
    return strbuf_detach(&out);
}

int sql_prepare(struct sql *c, const char *text, struct sql_stmt **out)
{
    *out = NULL;
    struct sql_stmt *st = xcalloc(1, sizeof(*st));
    st->c = c;
    if (c->kind == SQL_SQLITE) {
        int rc = sqlite3_prepare_v2(c->lite, text, -1, &st->lite, NULL);
        if (rc != SQLITE_OK) {
            free(st);
            return rc;
        }
    } else {
        st->text = translate(text, &st->nparams);
        st->params = xcalloc((size_t)st->nparams + 1, sizeof(*st->params));
        st->row = -1;
        st->bytes_col = -1;
    }
    *out = st;
    return SQLITE_OK;
}

static struct sql_param *param(struct sql_stmt *st, int i)
{
    if (i < 1 || i > st->nparams)
        return NULL;
    struct sql_param *p = &st->params[i - 1];
    free(p->value);
    memset(p, 0, sizeof(*p));
    return p;
}

void sql_bind_int64(struct sql_stmt *st, int i, long long value)
{
    if (st->lite) {
        sqlite3_bind_int64(st->lite, i, value);
        return;
    }
    struct sql_param *p = param(st, i);
    if (p) {
        p->value = xasprintf("%lld", value);
        p->length = (int)strlen(p->value);
    }
}

void sql_bind_double(struct sql_stmt *st, int i, double value)
{
    if (st->lite) {
        sqlite3_bind_double(st->lite, i, value);
        return;
    }
    struct sql_param *p = param(st, i);
    if (p) {
        p->value = xasprintf("%.17g", value);
        p->length = (int)strlen(p->value);
    }
}

void sql_bind_text(struct sql_stmt *st, int i, const char *text, size_t len)
{
    if (st->lite) {
        sqlite3_bind_text(st->lite, i, text, (int)len, SQLITE_TRANSIENT);
        return;
    }
    struct sql_param *p = param(st, i);
    if (p) {
        p->value = xstrndup(text, len);
        p->length = (int)len;
    }
}

void sql_bind_blob(struct sql_stmt *st, int i, const void *data, size_t len)
{
    if (st->lite) {
        sqlite3_bind_blob(st->lite, i, data, (int)len, SQLITE_TRANSIENT);
        return;
    }
    struct sql_param *p = param(st, i);
    if (p) {
        p->value = xmalloc(len + 1);
        if (len)
            memcpy(p->value, data, len);
        p->length = (int)len;
        p->format = 1;
    }
}

void sql_bind_null(struct sql_stmt *st, int i)
{
    if (st->lite)
        sqlite3_bind_null(st->lite, i);
    else
        param(st, i);
}

static void drop_result(struct sql_stmt *st)
{
    if (st->result)
        pq.clear(st->result);
    st->result = NULL;
    if (st->bytes)
        pq.freemem(st->bytes);
    st->bytes = NULL;
    st->bytes_col = -1;
    st->row = -1;
    st->nrows = 0;
}

int sql_step(struct sql_stmt *st)
{
    if (st->lite)
        return sqlite3_step(st->lite);
    if (!st->result) {
        const char **values = xcalloc((size_t)st->nparams + 1, sizeof(*values));
        int *lengths = xcalloc((size_t)st->nparams + 1, sizeof(*lengths));
        int *formats = xcalloc((size_t)st->nparams + 1, sizeof(*formats));
        for (int i = 0; i < st->nparams; i++) {
            values[i] = st->params[i].value;
            lengths[i] = st->params[i].length;
            formats[i] = st->params[i].format;
        }
        PGresult *res =
            pq.exec_params(st->c->pg, st->text, st->nparams, NULL, values, lengths, formats, 0);
        free(values);
        free(lengths);
        free(formats);
        int rc = pg_status(st->c, res);
        if (rc != SQLITE_OK) {
            if (res)
                pq.clear(res);
            return rc;
        }
        st->result = res;
        st->nrows = pq.ntuples(res);
        st->row = -1;
    }
    if (st->bytes)
        pq.freemem(st->bytes);
    st->bytes = NULL;
    st->bytes_col = -1;
    return ++st->row < st->nrows ? SQLITE_ROW : SQLITE_DONE;
}

void sql_reset(struct sql_stmt *st)
{
    if (st->lite)
        sqlite3_reset(st->lite);
    else
        drop_result(st);
}

void sql_finalize(struct sql_stmt *st)
{
    if (!st)
        return;
    if (st->lite) {
        sqlite3_finalize(st->lite);
    } else {
        drop_result(st);
        for (int i = 0; i < st->nparams; i++)
            free(st->params[i].value);
        free(st->params);
        free(st->text);
    }
    free(st);
}

/* ---- columns ---- */

static bool pg_row(struct sql_stmt *st)
{
    return st->result && st->row >= 0 && st->row < st->nrows;
}

bool sql_column_null(struct sql_stmt *st, int col)
{
    if (st->lite)
        return sqlite3_column_type(st->lite, col) == SQLITE_NULL;
    return !pg_row(st) || pq.getisnull(st->result, st->row, col);
}

long long sql_column_int64(struct sql_stmt *st, int col)
{
    if (st->lite)
        return sqlite3_column_int64(st->lite, col);
    if (sql_column_null(st, col))
        return 0;
    const char *v = pq.getvalue(st->result, st->row, col);
    if (pq.ftype(st->result, col) == BOOL_OID)
        return v[0] == 't';
    return strtoll(v, NULL, 10);
}

double sql_column_double(struct sql_stmt *st, int col)
{
    if (st->lite)
        return sqlite3_column_double(st->lite, col);
    if (sql_column_null(st, col))
        return 0;
    return strtod(pq.getvalue(st->result, st->row, col), NULL);
}

const char *sql_column_text(struct sql_stmt *st, int col)
{
    if (st->lite)
        return (const char *)sqlite3_column_text(st->lite, col);
    if (sql_column_null(st, col))
        return NULL;
    return pq.getvalue(st->result, st->row, col);
}

/* libpq could not unescape a value it sent: out of memory (as xmalloc would say). A value
 * must never silently read as empty (a source recorded as nothing). */
static _Noreturn void out_of_memory_bytea(void)
{
    fprintf(stderr, "judge: out of memory (unescaping a bytea value)\n");
    exit(3);
}

/* A bytea column, unescaped from its text form once per row (one column at a time: reading
 * another bytea column replaces it). */
static bool pg_bytes(struct sql_stmt *st, int col)
{
    if (pq.ftype(st->result, col) != BYTEA_OID)
        return false;
    if (st->bytes_col != col) {
        if (st->bytes)
            pq.freemem(st->bytes);
        st->bytes = pq.unescape_bytea((const unsigned char *)pq.getvalue(st->result, st->row, col),
                                      &st->bytes_len);
        if (!st->bytes)
            out_of_memory_bytea();
        st->bytes_col = col;
    }
    return true;
}

const void *sql_column_blob(struct sql_stmt *st, int col)
{
    if (st->lite)
        return sqlite3_column_blob(st->lite, col);
    if (sql_column_null(st, col))
        return NULL;
    if (pg_bytes(st, col))
        return st->bytes;
    return pq.getvalue(st->result, st->row, col);
}

size_t sql_column_bytes(struct sql_stmt *st, int col)
{
    if (st->lite)
        return (size_t)sqlite3_column_bytes(st->lite, col);
    if (sql_column_null(st, col))
        return 0;
    if (pg_bytes(st, col))
        return st->bytes_len;
    return (size_t)pq.getlength(st->result, st->row, col);
}
