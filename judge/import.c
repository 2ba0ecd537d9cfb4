/* import.c: a Competitive Companion payload made a native package in the library (import.h). */
#define _GNU_SOURCE
#include "judge/import.h"
#include "judge/library.h"
#include "judge/problem.h"
#include "judge/util.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

/* What the payload says, checked; the strings point into the parsed JSON. */
struct draft {
    char *title;     /* malloc'ed: the name, control characters made spaces */
    char *group;     /* malloc'ed, or NULL */
    const char *url; /* http:// or https://, printable ASCII */
    long time_limit_ms;
    long memory_limit_mb;
    const cJSON *tests; /* an array of {"input", "output"} strings, checked */
    int ntests;
};

int import_valid_id(const char *id)
{
    char err[256];
    if (strlen(id) > IMPORT_ID_MAX || library_id_check("problem", id, err, sizeof(err)) < 0)
        return 0;
    for (const char *c = id; *c; c++) /* the slugs' form: no capitals, no '_' */
        if ((*c >= 'A' && *c <= 'Z') || *c == '_')
            return 0;
    return 1;
}

char *import_slug(const char *name)
{
    struct strbuf sb = STRBUF_INIT;
    bool gap = false;
    for (const char *s = name; *s && sb.len < IMPORT_ID_MAX; s++) {
        char c = *s;
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            if (gap && sb.len > 0 && sb.len + 1 < IMPORT_ID_MAX)
                strbuf_add(&sb, "-", 1);
            gap = false;
            strbuf_add(&sb, &c, 1);
        } else {
            gap = true;
        }
    }
    char *slug = strbuf_detach(&sb);
    /* "weeks" is the weekly sets' folder, never a problem's. */
    if (strcmp(slug, "weeks") == 0) {
        free(slug);
        slug = xstrdup("weeks-problem");
    }
    return slug;
}

char *import_read_payload(int fd, const char *what, size_t *len, char *err, size_t errlen)
{
    struct stat st;
    if (fstat(fd, &st) < 0) {
        set_error(err, errlen, "%s: %s", what, strerror(errno));
        return NULL;
    }
    if (S_ISREG(st.st_mode) && st.st_size > IMPORT_PAYLOAD_MAX) {
        set_error(err, errlen, "%s: larger than %d MiB, too large for a problem page", what,
                  IMPORT_PAYLOAD_MAX >> 20);
        return NULL;
    }
    if (S_ISDIR(st.st_mode)) {
        set_error(err, errlen, "%s: is a directory", what);
        return NULL;
    }
    /* Read in steps, one byte beyond the bound at most: a stream that never ends is refused
     * once it has said too much. */
    size_t cap = 65536, got = 0;
    char *buf = xmalloc(cap + 1);
    for (;;) {
        if (got == cap) {
            if (cap > IMPORT_PAYLOAD_MAX)
                break;
            cap =
                cap * 2 > (size_t)IMPORT_PAYLOAD_MAX + 1 ? (size_t)IMPORT_PAYLOAD_MAX + 1 : cap * 2;
            buf = xrealloc(buf, cap + 1);
        }
        ssize_t n = read(fd, buf + got, cap - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            set_error(err, errlen, "%s: %s", what, strerror(errno));
            free(buf);
            return NULL;
        }
        if (n == 0)
            break;
        got += (size_t)n;
    }
    if (got > IMPORT_PAYLOAD_MAX) {
        set_error(err, errlen, "%s: larger than %d MiB, too large for a problem page", what,
                  IMPORT_PAYLOAD_MAX >> 20);
        free(buf);
        return NULL;
    }
    buf[got] = '\0';
    *len = got;
    return buf;
}

void import_result_release(struct import_result *res)
{
    free(res->id);
    free(res->path);
    res->id = NULL;
    res->path = NULL;
}

/* Whether the JSON text holds a NUL: a raw byte, or the escape \u0000 (which cJSON would
 * decode into a string it then cuts short, so that a name "x\u0000/../../y" would be read as
 * "x"). Backslash pairs are skipped, so "\\u0000" (a backslash, then text) is not one. */
static bool holds_nul(const char *text, size_t len)
{
    if (memchr(text, '\0', len))
        return true;
    for (size_t i = 0; i + 1 < len; i++) {
        if (text[i] != '\\')
            continue;
        if (text[i + 1] == 'u' && i + 5 < len && strncmp(text + i + 2, "0000", 4) == 0)
            return true;
        i++; /* the escaped character */
    }
    return false;
}

/* A one-line text from a JSON string: valid UTF-8 of at most max bytes, its control characters
 * made spaces, trimmed. NULL with err set when it is not one, or nothing is left. */
static char *clean_text(const cJSON *v, const char *what, const char *field, size_t max, char *err,
                        size_t errlen)
{
    if (!cJSON_IsString(v)) {
        set_error(err, errlen, "%s: %s must be a string", what, field);
        return NULL;
    }
    size_t len = strlen(v->valuestring);
    if (len > max) {
        set_error(err, errlen, "%s: %s is longer than %zu bytes", what, field, max);
        return NULL;
    }
    if (!utf8_valid(v->valuestring, len)) {
        set_error(err, errlen, "%s: %s is not valid UTF-8", what, field);
        return NULL;
    }
    char *s = xstrdup(v->valuestring);
    for (char *q = s; *q; q++) {
        if ((unsigned char)*q < 0x20 || *q == 0x7f)
            *q = ' ';
    }
    size_t start = 0, end = len;
    while (start < end && s[start] == ' ')
        start++;
    while (end > start && s[end - 1] == ' ')
        end--;
    memmove(s, s + start, end - start);
    s[end - start] = '\0';
    if (!s[0]) {
        set_error(err, errlen, "%s: %s is empty", what, field);
        free(s);
        return NULL;
    }
    return s;
}

/* A limit: a positive number at most max (a fraction rounded up), or fallback when absent. */
static int get_limit(const cJSON *root, const char *key, const char *unit, long max, long fallback,
                     long *out, const char *what, char *err, size_t errlen)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(root, key);
    if (!v) {
        *out = fallback;
        return 0;
    }
    if (!cJSON_IsNumber(v) || !isfinite(v->valuedouble) || v->valuedouble <= 0 ||
        ceil(v->valuedouble) > (double)max) {
        char shown[64];
        if (cJSON_IsNumber(v))
            snprintf(shown, sizeof(shown), "%g", v->valuedouble);
        else
            snprintf(shown, sizeof(shown), "a %s",
                     cJSON_IsString(v)   ? "string"
                     : cJSON_IsObject(v) ? "object"
                     : cJSON_IsArray(v)  ? "array"
                                         : "non-number");
        return set_error(err, errlen,
                         "%s: %s must be a positive number of %s, at most %ld (got %s)", what, key,
                         unit, max, shown);
    }
    *out = (long)ceil(v->valuedouble);
    return 0;
}

/* "input"/"output": absent, or {"type": "stdin"/"stdout"}: the judge gives input on standard
 * input and reads standard output; a problem that uses files cannot be judged as it is. */
static int check_stream(const cJSON *root, const char *key, const char *expected, const char *what,
                        char *err, size_t errlen)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(root, key);
    if (!v)
        return 0;
    const cJSON *type = cJSON_GetObjectItemCaseSensitive(v, "type");
    if (!cJSON_IsObject(v) || (type && !cJSON_IsString(type)))
        return set_error(err, errlen, "%s: %s must be an object with a string \"type\"", what, key);
    if (type && strcmp(type->valuestring, expected) != 0) {
        char *shown = text_visible(type->valuestring, 40);
        set_error(err, errlen,
                  "%s: %s.type is \"%s\": the judge gives input on standard input and reads "
                  "standard output only",
                  what, key, shown);
        free(shown);
        return -1;
    }
    return 0;
}

/* Checks the payload into d; IMPORT_OK or IMPORT_REFUSED with err. */
static int read_draft(const cJSON *root, const char *what, struct draft *d, char *err,
                      size_t errlen)
{
    if (!cJSON_IsObject(root))
        return set_error(err, errlen,
                         "%s: must hold a JSON object (a Competitive Companion "
                         "payload)",
                         what);
    const cJSON *name = cJSON_GetObjectItemCaseSensitive(root, "name");
    if (!name)
        return set_error(err, errlen, "%s: name is missing", what);
    d->title = clean_text(name, what, "name", IMPORT_NAME_MAX, err, errlen);
    if (!d->title)
        return -1;

    const cJSON *group = cJSON_GetObjectItemCaseSensitive(root, "group");
    if (group && !(cJSON_IsString(group) && !group->valuestring[0])) {
        d->group = clean_text(group, what, "group", IMPORT_NAME_MAX, err, errlen);
        if (!d->group)
            return -1;
    }

    const cJSON *url = cJSON_GetObjectItemCaseSensitive(root, "url");
    if (!url)
        return set_error(err, errlen, "%s: url is missing", what);
    if (!cJSON_IsString(url))
        return set_error(err, errlen, "%s: url must be a string", what);
    d->url = url->valuestring;
    size_t url_len = strlen(d->url);
    bool url_ok = url_len <= IMPORT_URL_MAX &&
                  (strncmp(d->url, "https://", 8) == 0 || strncmp(d->url, "http://", 7) == 0);
    /* Printable ASCII without what would end a Markdown autolink or a quoted string. */
    for (size_t i = 0; url_ok && i < url_len; i++) {
        unsigned char c = (unsigned char)d->url[i];
        url_ok = c > 0x20 && c < 0x7f && !strchr("<>\"\\`", c);
    }
    if (!url_ok) {
        char *shown = text_visible(d->url, 80);
        set_error(err, errlen,
                  "%s: url must be an http:// or https:// address of at most %d printable "
                  "characters (got \"%s\")",
                  what, IMPORT_URL_MAX, shown);
        free(shown);
        return -1;
    }

    const cJSON *interactive = cJSON_GetObjectItemCaseSensitive(root, "interactive");
    if (interactive && !cJSON_IsBool(interactive))
        return set_error(err, errlen, "%s: interactive must be true or false", what);
    if (cJSON_IsTrue(interactive))
        return set_error(err, errlen,
                         "%s: an interactive problem: its package needs an interactor, which "
                         "the page does not give (write the package by hand, "
                         "docs/problem-format.md)",
                         what);

    if (get_limit(root, "timeLimit", "milliseconds", PROBLEM_MAX_TIME_LIMIT_MS, 1000,
                  &d->time_limit_ms, what, err, errlen) < 0 ||
        get_limit(root, "memoryLimit", "megabytes", PROBLEM_MAX_MEMORY_LIMIT_MB, 256,
                  &d->memory_limit_mb, what, err, errlen) < 0 ||
        check_stream(root, "input", "stdin", what, err, errlen) < 0 ||
        check_stream(root, "output", "stdout", what, err, errlen) < 0)
        return -1;

    d->tests = cJSON_GetObjectItemCaseSensitive(root, "tests");
    if (!d->tests)
        return set_error(err, errlen, "%s: tests is missing", what);
    if (!cJSON_IsArray(d->tests))
        return set_error(err, errlen, "%s: tests must be an array of {\"input\", \"output\"}",
                         what);
    d->ntests = cJSON_GetArraySize(d->tests);
    if (d->ntests == 0)
        return set_error(err, errlen, "%s: tests is empty: a package needs at least one sample",
                         what);
    if (d->ntests > IMPORT_TESTS_MAX)
        return set_error(err, errlen, "%s: tests holds %d tests, more than %d samples", what,
                         d->ntests, IMPORT_TESTS_MAX);
    int i = 0;
    const cJSON *t;
    cJSON_ArrayForEach(t, d->tests)
    {
        i++;
        const cJSON *in = cJSON_GetObjectItemCaseSensitive(t, "input");
        const cJSON *out = cJSON_GetObjectItemCaseSensitive(t, "output");
        if (!cJSON_IsObject(t) || !cJSON_IsString(in) || !cJSON_IsString(out))
            return set_error(err, errlen,
                             "%s: tests[%d] must be an object with string \"input\" and "
                             "\"output\"",
                             what, i - 1);
        if (strlen(in->valuestring) > IMPORT_TEST_MAX || strlen(out->valuestring) > IMPORT_TEST_MAX)
            return set_error(err, errlen, "%s: tests[%d] is larger than %d MiB", what, i - 1,
                             IMPORT_TEST_MAX >> 20);
    }
    return 0;
}

/* A JSON string literal for s (UTF-8): quotes, backslashes and control characters escaped.
 * Malloc'ed. */
static char *json_quote(const char *s)
{
    struct strbuf sb = STRBUF_INIT;
    strbuf_add(&sb, "\"", 1);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            strbuf_addf(&sb, "\\%c", c);
        else if (c < 0x20 || c == 0x7f)
            strbuf_addf(&sb, "\\u%04x", c);
        else
            strbuf_add(&sb, s, 1);
    }
    strbuf_add(&sb, "\"", 1);
    return strbuf_detach(&sb);
}

static char *problem_json(const struct draft *d)
{
    char *title = json_quote(d->title), *url = json_quote(d->url);
    char *text = xasprintf("{\n"
                           "  \"title\": %s,\n"
                           "  \"time_limit_ms\": %ld,\n"
                           "  \"memory_limit_mb\": %ld,\n"
                           "  \"checker\": \"tokens\",\n"
                           "  \"tags\": [],\n"
                           "  \"source\": %s\n"
                           "}\n",
                           title, d->time_limit_ms, d->memory_limit_mb, url);
    free(title);
    free(url);
    return text;
}

/* Adds text to a Markdown document as plain text: the punctuation that could make a link, an
 * image, raw HTML, an entity or emphasis of it is escaped with a backslash (CommonMark), so
 * that a page's name stays a name wherever the statement is rendered. */
static void add_markdown_text(struct strbuf *sb, const char *text)
{
    for (const char *s = text; *s; s++) {
        if (strchr("\\`*_[]<>#!&|~{}()", *s))
            strbuf_add(sb, "\\", 1);
        strbuf_add(sb, s, 1);
    }
}

static char *statement_md(const struct draft *d)
{
    struct strbuf sb = STRBUF_INIT;
    strbuf_addstr(&sb, "# ");
    add_markdown_text(&sb, d->title);
    strbuf_addstr(&sb, "\n\n");
    strbuf_addf(&sb, "Imported from <%s>", d->url);
    if (d->group) {
        strbuf_addstr(&sb, " (");
        add_markdown_text(&sb, d->group);
        strbuf_addstr(&sb, ")");
    }
    strbuf_addstr(&sb, ": see the original statement there.\n\n");
    strbuf_addf(&sb, "Time limit: %ld ms. Memory limit: %ld MB.\n\n", d->time_limit_ms,
                d->memory_limit_mb);
    strbuf_addf(&sb, "The examples are the page's samples (`tests/sample-*.in`); add a reference "
                     "solution and a generator for more tests (docs/import.md).\n");
    return strbuf_detach(&sb);
}

static int write_at(int dirfd, const char *name, const char *data, size_t len, const char *shown,
                    char *err, size_t errlen)
{
    int fd = openat(dirfd, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd < 0)
        return set_error(err, errlen, "%s/%s: %s", shown, name, strerror(errno));
    int e = write_all(fd, data, len);
    if (close(fd) < 0 && e == 0)
        e = -errno;
    if (e < 0)
        return set_error(err, errlen, "%s/%s: %s", shown, name, strerror(-e));
    return 0;
}

/* Fills the package's folder (dirfd, empty). shown names it in messages. */
static int write_package(int dirfd, const struct draft *d, const char *shown, char *err,
                         size_t errlen)
{
    char *json = problem_json(d), *md = statement_md(d);
    int ret = write_at(dirfd, "problem.json", json, strlen(json), shown, err, errlen);
    if (ret == 0)
        ret = write_at(dirfd, "statement.md", md, strlen(md), shown, err, errlen);
    free(json);
    free(md);
    if (ret < 0)
        return -1;
    static const char *const dirs[] = {"tests", "generator", "solutions", "solutions/accepted"};
    for (size_t i = 0; i < sizeof(dirs) / sizeof(dirs[0]); i++) {
        if (mkdirat(dirfd, dirs[i], 0755) < 0)
            return set_error(err, errlen, "%s/%s: %s", shown, dirs[i], strerror(errno));
    }
    int tests = openat(dirfd, "tests", O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (tests < 0)
        return set_error(err, errlen, "%s/tests: %s", shown, strerror(errno));
    int n = 0;
    const cJSON *t;
    char *tests_shown = path_join(shown, "tests");
    cJSON_ArrayForEach(t, d->tests)
    {
        n++;
        const char *exts[] = {"in", "ans"};
        const char *data[] = {cJSON_GetObjectItemCaseSensitive(t, "input")->valuestring,
                              cJSON_GetObjectItemCaseSensitive(t, "output")->valuestring};
        for (int k = 0; k < 2 && ret == 0; k++) {
            char name[32];
            snprintf(name, sizeof(name), "sample-%d.%s", n, exts[k]);
            size_t len = strlen(data[k]);
            ret = write_at(tests, name, data[k], len, tests_shown, err, errlen);
            /* Samples end with a newline (the extension's contract); a page that lost it gets
             * it back, so that `cat` shows them whole. */
            if (ret == 0 && len > 0 && data[k][len - 1] != '\n') {
                int fd = openat(tests, name, O_WRONLY | O_APPEND | O_NOFOLLOW | O_CLOEXEC);
                if (fd < 0 || write_all(fd, "\n", 1) < 0)
                    ret = set_error(err, errlen, "%s/%s: %s", tests_shown, name, strerror(errno));
                if (fd >= 0)
                    close(fd);
            }
        }
        if (ret < 0)
            break;
    }
    free(tests_shown);
    close(tests);
    return ret;
}

/* The id for the draft: given (checked), the name's slug, else the URL's. */
static char *choose_id(const struct draft *d, const char *given, const char *what, char *err,
                       size_t errlen)
{
    if (given) {
        if (!import_valid_id(given)) {
            char *shown = text_visible(given, 80);
            set_error(err, errlen,
                      "--id must be 1 to %d lowercase letters, digits and '-', not starting "
                      "with '-', and not \"weeks\" (got '%s')",
                      IMPORT_ID_MAX, shown);
            free(shown);
            return NULL;
        }
        return xstrdup(given);
    }
    char *id = import_slug(d->title);
    if (!id[0]) {
        /* A name in another script (Korean, Cyrillic): the address names the problem. */
        free(id);
        const char *rest = strstr(d->url, "://") + 3;
        if (strncmp(rest, "www.", 4) == 0)
            rest += 4;
        id = import_slug(rest);
    }
    if (!id[0]) {
        char *shown = text_visible(d->title, 80);
        set_error(err, errlen, "%s: the name '%s' makes no id: give one with --id", what, shown);
        free(shown);
        free(id);
        return NULL;
    }
    return id;
}

enum import_status import_payload(const char *payload, size_t len, const char *what,
                                  const char *library, const char *given_id,
                                  struct import_result *res, char *err, size_t errlen)
{
    memset(res, 0, sizeof(*res));
    if (len > IMPORT_PAYLOAD_MAX)
        return set_error(err, errlen, "%s: larger than %d MiB, too large for a problem page", what,
                         IMPORT_PAYLOAD_MAX >> 20);
    if (holds_nul(payload, len))
        return set_error(err, errlen,
                         "%s: holds a NUL character (\\u0000), which no problem "
                         "page has",
                         what);

    struct draft d = {0};
    int ret = IMPORT_REFUSED;
    char *id = NULL, *tmp = NULL, *shown_tmp = NULL;
    int libfd = -1, tmpfd = -1;
    cJSON *root = cJSON_ParseWithLength(payload, len);
    if (!root) {
        set_error(err, errlen, "%s: malformed JSON", what);
        goto out;
    }
    if (read_draft(root, what, &d, err, errlen) < 0)
        goto out;
    id = choose_id(&d, given_id, what, err, errlen);
    if (!id)
        goto out;

    libfd = open(library, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (libfd < 0) {
        set_error(err, errlen, "%s: the problem library folder: %s", library, strerror(errno));
        goto out;
    }
    struct stat st;
    if (fstatat(libfd, id, &st, AT_SYMLINK_NOFOLLOW) == 0) {
        ret = IMPORT_EXISTS;
        set_error(err, errlen, "%s/%s exists already: not replaced (choose another --id)", library,
                  id);
        goto out;
    }

    uint64_t nonce = 0;
    if (getrandom(&nonce, sizeof(nonce), 0) != (ssize_t)sizeof(nonce))
        nonce = (uint64_t)getpid() ^ (uint64_t)(uintptr_t)&nonce;
    tmp = xasprintf(".import-%s-%016llx", id, (unsigned long long)nonce);
    shown_tmp = path_join(library, tmp);
    if (mkdirat(libfd, tmp, 0755) < 0) {
        ret = errno == EACCES || errno == EROFS ? IMPORT_REFUSED : IMPORT_FAILED;
        set_error(err, errlen, "%s: %s", shown_tmp, strerror(errno));
        goto out;
    }
    tmpfd = openat(libfd, tmp, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (tmpfd < 0) {
        ret = IMPORT_FAILED;
        set_error(err, errlen, "%s: %s", shown_tmp, strerror(errno));
        goto out_remove;
    }
    if (write_package(tmpfd, &d, shown_tmp, err, errlen) < 0) {
        ret = IMPORT_FAILED;
        goto out_remove;
    }
    /* Into place whole, never over a package that appeared meanwhile. */
    int r = renameat2(libfd, tmp, libfd, id, RENAME_NOREPLACE);
    if (r < 0 && errno == EINVAL) /* a file system without RENAME_NOREPLACE */
        r = renameat(libfd, tmp, libfd, id);
    if (r < 0) {
        bool exists = errno == EEXIST || errno == ENOTEMPTY;
        ret = exists ? IMPORT_EXISTS : IMPORT_FAILED;
        set_error(err, errlen, "%s/%s: %s", library, id,
                  exists ? "exists already: not replaced (choose another --id)" : strerror(errno));
        goto out_remove;
    }
    res->id = id;
    res->path = path_join(library, id);
    id = NULL;
    ret = IMPORT_OK;
    goto out;

out_remove:
    if (tmpfd >= 0)
        remove_tree_at(tmpfd);
    unlinkat(libfd, tmp, AT_REMOVEDIR);
out:
    if (tmpfd >= 0)
        close(tmpfd);
    if (libfd >= 0)
        close(libfd);
    free(tmp);
    free(shown_tmp);
    free(id);
    free(d.title);
    free(d.group);
    cJSON_Delete(root);
    return ret;
}
