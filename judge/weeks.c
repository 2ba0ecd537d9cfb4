/* weeks.c: weekly problem sets: calendar dates, parsing and validating the set files, lookup. */
#define _GNU_SOURCE
#include "judge/weeks.h"
#include "judge/problem.h"
#include "judge/util.h"

#include <cjson/cJSON.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

/* ---- dates ---- */

/* Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar. */
int week_days_from_civil(int year, int month, int mday)
{
    year -= month <= 2;
    int era = (year >= 0 ? year : year - 399) / 400;
    int yoe = year - era * 400;
    int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + mday - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void civil_from_days(int day, int *year, int *month, int *mday)
{
    day += 719468;
    int era = (day >= 0 ? day : day - 146096) / 146097;
    int doe = day - era * 146097;
    int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int mp = (5 * doy + 2) / 153;
    *mday = doy - (153 * mp + 2) / 5 + 1;
    *month = mp < 10 ? mp + 3 : mp - 9;
    *year = yoe + era * 400 + (*month <= 2);
}

static int days_in_month(int year, int month)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

int week_date_parse(const char *text, int *day)
{
    /* Exactly DDDD-DD-DD: sscanf would accept signs, spaces and short fields. */
    static const char shape[] = "dddd-dd-dd";
    for (size_t i = 0; i < sizeof(shape) - 1; i++) {
        char c = text[i];
        if (shape[i] == 'd' ? (c < '0' || c > '9') : c != '-')
            return -1;
    }
    if (text[sizeof(shape) - 1] != '\0')
        return -1;
    int year =
        (text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 + (text[3] - '0');
    int month = (text[5] - '0') * 10 + (text[6] - '0');
    int mday = (text[8] - '0') * 10 + (text[9] - '0');
    if (year < 1 || month < 1 || month > 12 || mday < 1 || mday > days_in_month(year, month))
        return -1;
    *day = week_days_from_civil(year, month, mday);
    return 0;
}

void week_date_format(int day, char out[11])
{
    int year, month, mday;
    char text[40];
    civil_from_days(day, &year, &month, &mday);
    /* Years 1..9999 give exactly ten characters; the larger buffer keeps others bounded. */
    snprintf(text, sizeof(text), "%04d-%02d-%02d", year, month, mday);
    memcpy(out, text, 10);
    out[10] = '\0';
}

int week_local_day(time_t when)
{
    struct tm tm;
    localtime_r(&when, &tm);
    return week_days_from_civil(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

time_t week_local_midnight(int day)
{
    struct tm tm = {0};
    int year, month, mday;
    civil_from_days(day, &year, &month, &mday);
    tm.tm_year = year - 1900;
    tm.tm_mon = month - 1;
    tm.tm_mday = mday;
    tm.tm_isdst = -1;
    return mktime(&tm);
}

int week_today(void)
{
    char text[11];
    int day;
    today(text);
    if (week_date_parse(text, &day) < 0)
        return week_local_day(time(NULL)); /* a malformed JUDGE_TODAY: the real date */
    return day;
}

/* ---- one weekly set ---- */

/* A plain name: what a file or directory in the library can be called. */
static bool plain_name(const char *s)
{
    return s[0] && s[0] != '.' && !strchr(s, '/') && strlen(s) <= 200;
}

static const char *json_kind(const cJSON *v)
{
    if (cJSON_IsString(v))
        return "a string";
    if (cJSON_IsNumber(v))
        return "a number";
    if (cJSON_IsArray(v))
        return "a list";
    if (cJSON_IsObject(v))
        return "an object";
    if (cJSON_IsBool(v))
        return "a boolean";
    return "null";
}

/* The keys a set's object may have. */
static const char *const week_keys[] = {"id",   "title",    "week",    "starts",
                                        "ends", "problems", "feedback"};

/* Longest word edit_distance() compares; longer ones are never a near miss. */
#define EDIT_WORD_MAX 64

/* The optimal-string-alignment distance of a and b: insertions, deletions, substitutions and
 * transpositions of neighbours ("titel" is one from "title"); SIZE_MAX when either is longer
 * than EDIT_WORD_MAX. */
static size_t edit_distance(const char *a, const char *b)
{
    size_t n = strlen(a), m = strlen(b);
    if (n > EDIT_WORD_MAX || m > EDIT_WORD_MAX)
        return SIZE_MAX;
    size_t rows[3][EDIT_WORD_MAX + 1]; /* rows i - 2, i - 1 and i, by i % 3 */
    for (size_t j = 0; j <= m; j++)
        rows[0][j] = j;
    for (size_t i = 1; i <= n; i++) {
        size_t *cur = rows[i % 3], *prev = rows[(i - 1) % 3], *before = rows[(i + 1) % 3];
        cur[0] = i;
        for (size_t j = 1; j <= m; j++) {
            size_t cost = a[i - 1] != b[j - 1];
            size_t best = prev[j - 1] + cost;
            if (prev[j] + 1 < best)
                best = prev[j] + 1;
            if (cur[j - 1] + 1 < best)
                best = cur[j - 1] + 1;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
                before[j - 2] + 1 < best)
                best = before[j - 2] + 1;
            cur[j] = best;
        }
    }
    return rows[n % 3][m];
}

/* Whether typed is a small edit away from known (and not equal): another case, or at most
 * two edits and at most a third of the longer word, so that short words are not all near
 * each other. */
static bool near_miss(const char *typed, const char *known)
{
    if (strcasecmp(typed, known) == 0)
        return strcmp(typed, known) != 0;
    size_t d = edit_distance(typed, known);
    size_t longer = strlen(typed) > strlen(known) ? strlen(typed) : strlen(known);
    return d > 0 && d <= 2 && 3 * d <= longer;
}

/* The line and column (both from 1; columns count characters of UTF-8) of offset in text. */
static void text_position(const char *text, size_t offset, size_t *line, size_t *column)
{
    *line = 1;
    *column = 1;
    for (size_t i = 0; i < offset; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c == '\n') {
            (*line)++;
            *column = 1;
        } else if ((c & 0xC0) != 0x80) {
            (*column)++;
        }
    }
}

/* JSON's whitespace. */
static bool json_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* The error of JSON text that stops being valid at offset: its line and column, and what
 * is there (the rest of the line, a few characters of it), or that the file ended. */
static int syntax_error(const char *file, const char *text, size_t len, size_t offset,
                        const char *what, char *err, size_t errlen)
{
    while (offset < len && json_space(text[offset]))
        offset++;
    size_t line, column;
    text_position(text, offset, &line, &column);
    if (offset >= len)
        return set_error(err, errlen, "%s:%zu:%zu: %s: the file ends before the JSON does", file,
                         line, column, what);
    size_t shown = 0;
    while (offset + shown < len && shown < 24 && text[offset + shown] != '\n' &&
           text[offset + shown] != '\r' && text[offset + shown] != '\0')
        shown++;
    /* Not cut inside a UTF-8 character. */
    while (shown > 0 && offset + shown < len &&
           ((unsigned char)text[offset + shown] & 0xC0) == 0x80)
        shown--;
    return set_error(err, errlen, "%s:%zu:%zu: %s at '%.*s'", file, line, column, what, (int)shown,
                     text + offset);
}

/* Every key of the set's object is known, and given once. */
static int check_keys(const char *file, const cJSON *root, char *err, size_t errlen)
{
    const size_t nkeys = sizeof(week_keys) / sizeof(week_keys[0]);
    const cJSON *item;
    cJSON_ArrayForEach(item, root)
    {
        const char *key = item->string;
        size_t k = 0;
        while (k < nkeys && strcmp(week_keys[k], key) != 0)
            k++;
        if (k == nkeys) {
            const char *nearest = NULL;
            size_t best = SIZE_MAX;
            for (size_t i = 0; i < nkeys; i++) {
                size_t d = edit_distance(key, week_keys[i]);
                if (near_miss(key, week_keys[i]) && d < best) {
                    best = d;
                    nearest = week_keys[i];
                }
            }
            if (nearest)
                return set_error(err, errlen, "%s: unknown key \"%.60s\" (did you mean \"%s\"?)",
                                 file, key, nearest);
            return set_error(err, errlen,
                             "%s: unknown key \"%.60s\" (a set has id, title, week, starts, "
                             "ends, problems and feedback)",
                             file, key);
        }
        for (const cJSON *before = root->child; before != item; before = before->next) {
            if (strcmp(before->string, key) == 0)
                return set_error(err, errlen, "%s: key \"%s\" is given twice", file, key);
        }
    }
    return 0;
}

static int get_date(const char *file, const cJSON *root, const char *key, char out[11], int *day,
                    char *err, size_t errlen)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(root, key);
    if (!v)
        return set_error(err, errlen, "%s: %s is missing (a date, YYYY-MM-DD)", file, key);
    if (!cJSON_IsString(v))
        return set_error(err, errlen, "%s: %s must be a date YYYY-MM-DD (got %s)", file, key,
                         json_kind(v));
    if (week_date_parse(v->valuestring, day) < 0)
        return set_error(err, errlen, "%s: %s must be a real date YYYY-MM-DD (got \"%.40s\")", file,
                         key, v->valuestring);
    memcpy(out, v->valuestring, 11);
    return 0;
}

static int parse_problems(const char *file, const cJSON *list, week_problem_exists_fn exists,
                          void *ctx, struct week *w, char *err, size_t errlen)
{
    if (!list)
        return set_error(err, errlen, "%s: problems is missing (a list of problem ids)", file);
    if (!cJSON_IsArray(list))
        return set_error(err, errlen, "%s: problems must be a list of problem ids (got %s)", file,
                         json_kind(list));
    int n = cJSON_GetArraySize(list);
    if (n == 0)
        return set_error(err, errlen, "%s: problems must list at least one problem", file);
    w->problems = xcalloc((size_t)n, sizeof(char *));
    const cJSON *item;
    cJSON_ArrayForEach(item, list)
    {
        size_t index = w->nproblems;
        if (!cJSON_IsString(item))
            return set_error(err, errlen, "%s: problems[%zu] must be a problem id (got %s)", file,
                             index, json_kind(item));
        const char *id = item->valuestring;
        if (!plain_name(id) || (exists && !exists(ctx, id)))
            return set_error(err, errlen, "%s: problems[%zu]: unknown problem '%.200s'", file,
                             index, id);
        for (size_t i = 0; i < index; i++) {
            if (strcmp(w->problems[i], id) == 0)
                return set_error(err, errlen,
                                 "%s: problems[%zu]: duplicate problem '%s' (also problems[%zu])",
                                 file, index, id, i);
        }
        w->problems[w->nproblems++] = xstrdup(id);
    }
    return 0;
}

int week_parse(const char *file, const char *text, size_t len, week_problem_exists_fn exists,
               void *ctx, struct week *w, char *err, size_t errlen)
{
    memset(w, 0, sizeof(*w));
    const char *end = NULL;
    cJSON *root = cJSON_ParseWithLengthOpts(text, len, &end, false);
    size_t offset = end && end >= text && end <= text + len ? (size_t)(end - text) : 0;
    int ret = -1;

    if (!root) {
        syntax_error(file, text, len, offset, "malformed JSON", err, errlen);
        goto out;
    }
    if (!cJSON_IsObject(root)) {
        set_error(err, errlen, "%s: must hold a JSON object", file);
        goto out_delete;
    }
    while (offset < len && json_space(text[offset]))
        offset++;
    if (offset < len) {
        syntax_error(file, text, len, offset, "text after the JSON object", err, errlen);
        goto out_delete;
    }
    if (check_keys(file, root, err, errlen) < 0)
        goto out_delete;

    const char *slash = strrchr(file, '/');
    const char *base = slash ? slash + 1 : file;
    size_t base_len = ends_with(base, ".json") ? strlen(base) - 5 : strlen(base);
    const cJSON *id = cJSON_GetObjectItemCaseSensitive(root, "id");
    if (!cJSON_IsString(id)) {
        set_error(err, errlen, "%s: id must be the week's id, a string (got %s)", file,
                  id ? json_kind(id) : "nothing");
        goto out_delete;
    }
    if (strlen(id->valuestring) != base_len || strncmp(id->valuestring, base, base_len) != 0) {
        set_error(err, errlen, "%s: id \"%.100s\" does not match the file name (expected \"%.*s\")",
                  file, id->valuestring, (int)base_len, base);
        goto out_delete;
    }
    const cJSON *title = cJSON_GetObjectItemCaseSensitive(root, "title");
    if (!cJSON_IsString(title) || !title->valuestring[0]) {
        set_error(err, errlen, "%s: title must be a non-empty string (got %s)", file,
                  title ? json_kind(title) : "nothing");
        goto out_delete;
    }
    const cJSON *number = cJSON_GetObjectItemCaseSensitive(root, "week");
    if (number) {
        double v = cJSON_IsNumber(number) ? number->valuedouble : 0;
        if (!cJSON_IsNumber(number) || !(v >= 1 && v <= WEEK_NUMBER_MAX) || v != (int)v) {
            char got[64];
            if (cJSON_IsNumber(number))
                snprintf(got, sizeof(got), "%g", v);
            else
                snprintf(got, sizeof(got), "%s", json_kind(number));
            set_error(err, errlen,
                      "%s: week must be the set's place in the library's order, a whole number "
                      "from 1 to %d (got %s)",
                      file, WEEK_NUMBER_MAX, got);
            goto out_delete;
        }
        w->number = (int)v;
    }
    /* Both dates, or neither: then the group's calendar gives them (week_set_load). */
    w->dated = cJSON_GetObjectItemCaseSensitive(root, "starts") ||
               cJSON_GetObjectItemCaseSensitive(root, "ends");
    if (w->dated) {
        if (get_date(file, root, "starts", w->starts, &w->starts_day, err, errlen) < 0 ||
            get_date(file, root, "ends", w->ends, &w->ends_day, err, errlen) < 0)
            goto out_delete;
        if (w->starts_day > w->ends_day) {
            set_error(err, errlen, "%s: ends (%s) is before starts (%s)", file, w->ends, w->starts);
            goto out_delete;
        }
    } else if (!number) {
        set_error(err, errlen,
                  "%s: week is missing (a set without starts and ends needs its place in the "
                  "library's order, \"week\": 1, 2, ...; the group's calendar gives its dates)",
                  file);
        goto out_delete;
    }
    if (parse_problems(file, cJSON_GetObjectItemCaseSensitive(root, "problems"), exists, ctx, w,
                       err, errlen) < 0)
        goto out_delete;
    const cJSON *feedback = cJSON_GetObjectItemCaseSensitive(root, "feedback");
    if (feedback) {
        bool full = cJSON_IsString(feedback) && strcmp(feedback->valuestring, "full") == 0;
        w->verdict_only =
            cJSON_IsString(feedback) && strcmp(feedback->valuestring, "verdict-only") == 0;
        if (!full && !w->verdict_only) {
            if (cJSON_IsString(feedback))
                set_error(err, errlen,
                          "%s: feedback must be \"full\" or \"verdict-only\" (got \"%.40s\")", file,
                          feedback->valuestring);
            else
                set_error(err, errlen, "%s: feedback must be \"full\" or \"verdict-only\" (got %s)",
                          file, json_kind(feedback));
            goto out_delete;
        }
    }
    w->id = xstrdup(id->valuestring);
    w->title = xstrdup(title->valuestring);
    w->file = xstrdup(file);
    ret = 0;

out_delete:
    cJSON_Delete(root);
out:
    if (ret < 0)
        week_release(w);
    return ret;
}

void week_release(struct week *w)
{
    free(w->id);
    free(w->title);
    free(w->file);
    for (size_t i = 0; i < w->nproblems; i++)
        free(w->problems[i]);
    free(w->problems);
    memset(w, 0, sizeof(*w));
}

bool week_has_problem(const struct week *w, const char *problem_id)
{
    for (size_t i = 0; i < w->nproblems; i++) {
        if (strcmp(w->problems[i], problem_id) == 0)
            return true;
    }
    return false;
}

bool week_includes_day(const struct week *w, int day)
{
    return w->starts_day <= day && day <= w->ends_day;
}

/* ---- the library's sets ---- */

static int compare_weeks(const void *a, const void *b)
{
    const struct week *x = a, *y = b;
    if (x->starts_day != y->starts_day)
        return x->starts_day < y->starts_day ? -1 : 1;
    return strcmp(x->id, y->id);
}

int week_set_add(struct week_set *set, struct week *w, char *err, size_t errlen)
{
    const struct week *other = week_set_find(set, w->id);
    if (other)
        return set_error(err, errlen, "%s: id: duplicate week id '%s' (also in %s)", w->file, w->id,
                         other->file);
    set->weeks = xrealloc(set->weeks, (set->count + 1) * sizeof(*set->weeks));
    set->weeks[set->count++] = *w;
    memset(w, 0, sizeof(*w));
    qsort(set->weeks, set->count, sizeof(*set->weeks), compare_weeks);
    return 0;
}

bool week_library_has_problem(void *ctx, const char *problem_id)
{
    char *path = path_join(ctx, problem_id);
    bool found = is_dir(path);
    free(path);
    return found;
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Adds a bad file to the set (taking error). */
static struct week_bad *add_bad(struct week_set *set, const char *file, char *error)
{
    set->bad = xrealloc(set->bad, (set->nbad + 1) * sizeof(*set->bad));
    struct week_bad *b = &set->bad[set->nbad++];
    memset(b, 0, sizeof(*b));
    b->file = xstrdup(file);
    b->error = error;
    return b;
}

static void push_id(char ***list, size_t *n, const char *id)
{
    *list = xrealloc(*list, (*n + 1) * sizeof(**list));
    (*list)[(*n)++] = xstrdup(id);
}

/*
 * What can be read of a file that is not a valid set: the strings of its "problems" lists
 * (every key of that name, in case it is given twice) when it is a JSON object whose
 * "problems" are all lists; else its text.
 */
static void salvage(struct week_bad *b, const char *text, size_t len, const char *library)
{
    cJSON *root = cJSON_ParseWithLength(text, len);
    bool listed = cJSON_IsObject(root);
    size_t lists = 0;
    const cJSON *item;
    if (listed) {
        cJSON_ArrayForEach(item, root)
        {
            if (strcmp(item->string, "problems") == 0) {
                lists++;
                listed = listed && cJSON_IsArray(item);
            }
        }
    }
    if (listed && lists > 0) {
        b->listed = true;
        cJSON_ArrayForEach(item, root)
        {
            if (strcmp(item->string, "problems") != 0)
                continue;
            const cJSON *entry;
            cJSON_ArrayForEach(entry, item)
            {
                if (!cJSON_IsString(entry))
                    continue; /* a number or a list names no problem, nor a near one */
                const char *id = entry->valuestring;
                if (plain_name(id) && week_library_has_problem((void *)library, id))
                    push_id(&b->problems, &b->nproblems, id);
                else
                    push_id(&b->misses, &b->nmisses, id);
            }
        }
    } else {
        b->text = xmalloc(len + 1);
        memcpy(b->text, text, len);
        b->text[len] = '\0';
        b->text_len = len;
    }
    cJSON_Delete(root);
}

/*
 * Moves the sets whose dates overlap another's to the bad files, each naming a set it
 * overlaps. One pass over the sets in order of start: a set overlaps an earlier one exactly
 * when it starts before the latest end so far, and then it overlaps the set that ends there.
 */
static void remove_overlaps(struct week_set *set)
{
    if (set->count < 2)
        return;
    size_t none = set->count;
    size_t *partner = xcalloc(set->count, sizeof(size_t));
    for (size_t i = 0; i < set->count; i++)
        partner[i] = none;
    size_t latest = 0; /* the earlier set that ends last */
    for (size_t i = 1; i < set->count; i++) {
        if (set->weeks[i].starts_day <= set->weeks[latest].ends_day) {
            if (partner[i] == none)
                partner[i] = latest;
            if (partner[latest] == none)
                partner[latest] = i;
        }
        if (set->weeks[i].ends_day > set->weeks[latest].ends_day)
            latest = i;
    }
    for (size_t i = 0; i < set->count; i++) {
        if (partner[i] == none)
            continue;
        const struct week *a = &set->weeks[i], *b = &set->weeks[partner[i]];
        char message[2048];
        set_error(message, sizeof(message),
                  "%s: dates %s to %s overlap those of %s (%s to %s): a day belongs to one "
                  "weekly set at most",
                  a->file, a->starts, a->ends, b->file, b->starts, b->ends);
        struct week_bad *bad = add_bad(set, a->file, xstrdup(message));
        bad->listed = true;
        for (size_t k = 0; k < a->nproblems; k++)
            push_id(&bad->problems, &bad->nproblems, a->problems[k]);
    }
    size_t kept = 0;
    for (size_t i = 0; i < set->count; i++) {
        if (partner[i] != none)
            week_release(&set->weeks[i]);
        else
            set->weeks[kept++] = set->weeks[i];
    }
    set->count = kept;
    free(partner);
}

/* ---- the group's calendar ---- */

int week_monday(int day)
{
    /* Day 0, 1970-01-01, was a Thursday: three days after a Monday. */
    int since_monday = ((day % 7) + 7 + 3) % 7;
    return day - since_monday;
}

void week_calendar_default(struct week_calendar *cal, int day)
{
    memset(cal, 0, sizeof(*cal));
    cal->start_day = week_monday(day);
    cal->every_days = 7;
}

void week_calendar_release(struct week_calendar *cal)
{
    for (size_t i = 0; i < cal->norder; i++)
        free(cal->order[i]);
    free(cal->order);
    memset(cal, 0, sizeof(*cal));
}

static int compare_numbers(const void *a, const void *b)
{
    const struct week *x = a, *y = b;
    if (x->number != y->number)
        return x->number < y->number ? -1 : 1;
    return strcmp(x->id, y->id);
}

/* Moves a set to the bad files with message, keeping its problem ids (week_set_blocking). */
static void set_bad(struct week_set *set, struct week *w, const char *message)
{
    struct week_bad *bad = add_bad(set, w->file, xstrdup(message));
    bad->listed = true;
    for (size_t k = 0; k < w->nproblems; k++)
        push_id(&bad->problems, &bad->nproblems, w->problems[k]);
    week_release(w);
}

/* The first day on the calendar's rhythm, from day on, whose stretch of every_days no
 * dated set of the set touches. */
static int free_slot(const struct week_set *set, const struct week_calendar *cal, int day)
{
    for (;;) {
        const struct week *hit = NULL;
        for (size_t i = 0; i < set->count && !hit; i++) {
            const struct week *o = &set->weeks[i];
            if (o->dated && o->starts_day <= day + cal->every_days - 1 && day <= o->ends_day)
                hit = o;
        }
        if (!hit)
            return day;
        /* The first slot after it: on the rhythm, past its last day. */
        long past = (long)hit->ends_day + 1 - day;
        day += (int)((past + cal->every_days - 1) / cal->every_days) * cal->every_days;
    }
}

/*
 * Gives the undated sets (pending, taken) their dates from the calendar and adds them to the
 * set; those the group's order leaves out go to set->skipped. Two undated sets with one
 * "week" number are both bad: the library's order would be a guess.
 */
static void schedule(struct week_set *set, struct week *pending, size_t npending,
                     const struct week_calendar *cal)
{
    if (npending > 1)
        qsort(pending, npending, sizeof(*pending), compare_numbers);
    /* Runs of one number: each of its sets is bad, naming another of the run. */
    for (size_t a = 0, b; a < npending; a = b) {
        for (b = a + 1; b < npending && pending[b].number == pending[a].number;)
            b++;
        if (b - a < 2)
            continue;
        char **messages = xcalloc(b - a, sizeof(char *));
        for (size_t i = a; i < b; i++)
            messages[i - a] =
                xasprintf("%s: week: %d is also the place of %s in the library's "
                          "order (each undated set needs its own)",
                          pending[i].file, pending[i].number, pending[i == a ? a + 1 : a].file);
        for (size_t i = a; i < b; i++) {
            set_bad(set, &pending[i], messages[i - a]);
            free(messages[i - a]);
        }
        free(messages);
    }

    /* The sequence: the group's order, the sets it leaves out skipped; or all by number. */
    struct week **seq = xcalloc(npending ? npending : 1, sizeof(*seq));
    size_t nseq = 0;
    for (size_t k = 0; cal->order && k < cal->norder; k++) {
        for (size_t i = 0; i < npending; i++) {
            bool placed = false;
            for (size_t j = 0; j < nseq && !placed; j++)
                placed = seq[j] == &pending[i];
            if (pending[i].id && !placed && strcmp(pending[i].id, cal->order[k]) == 0)
                seq[nseq++] = &pending[i];
        }
    }
    for (size_t i = 0; i < npending; i++) {
        bool placed = false;
        for (size_t j = 0; j < nseq && !placed; j++)
            placed = seq[j] == &pending[i];
        if (!pending[i].id || placed)
            continue;
        if (!cal->order) {
            seq[nseq++] = &pending[i];
            continue;
        }
        set->skipped = xrealloc(set->skipped, (set->nskipped + 1) * sizeof(*set->skipped));
        set->skipped[set->nskipped++] = pending[i];
        memset(&pending[i], 0, sizeof(pending[i]));
    }

    int day = cal->start_day;
    for (size_t i = 0; i < nseq; i++) {
        struct week *w = seq[i];
        day = free_slot(set, cal, day);
        w->starts_day = day;
        w->ends_day = day + cal->every_days - 1;
        week_date_format(w->starts_day, w->starts);
        week_date_format(w->ends_day, w->ends);
        day += cal->every_days;
        char message[2048];
        if (week_set_add(set, w, message, sizeof(message)) < 0)
            set_bad(set, w, message);
    }
    free(seq);
}

int week_set_load_all(struct week_set *set, const char *problems_dir,
                      const struct week_calendar *cal, char *err, size_t errlen)
{
    memset(set, 0, sizeof(*set));
    char *library = problem_library_dir(problems_dir);
    if (!library)
        return 0;
    char *dir = path_join(library, "weeks");
    DIR *d = opendir(dir);
    if (!d) {
        int e = errno;
        if (e != ENOENT)
            set_error(err, errlen, "%s: %s", dir, strerror(e));
        free(dir);
        free(library);
        return e == ENOENT ? 0 : -1;
    }
    char **names = NULL;
    size_t count = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        if (de->d_name[0] == '.' || !ends_with(de->d_name, ".json"))
            continue;
        names = xrealloc(names, (count + 1) * sizeof(*names));
        names[count++] = xstrdup(de->d_name);
    }
    closedir(d);
    /* Sorted, so that the first error reported is the same on every run. */
    if (count > 1)
        qsort(names, count, sizeof(*names), compare_names);

    set->dir = dir;
    struct week *pending = NULL; /* the undated sets, placed by the calendar at the end */
    size_t npending = 0;
    for (size_t i = 0; i < count; i++) {
        char *file = path_join(dir, names[i]);
        char message[2048];
        size_t len;
        /* A FIFO is refused before it is read: reading it would wait for a writer forever. */
        int fd = open_regular_file(file, WEEK_FILE_MAX, message, sizeof(message));
        char *text = NULL;
        if (fd >= 0) {
            close(fd);
            if (!(text = read_file(file, WEEK_FILE_MAX, &len)))
                set_error(message, sizeof(message), "%s: %s", file,
                          errno == EFBIG ? "larger than 1 MiB" : strerror(errno));
        }
        struct week w;
        if (!text) {
            add_bad(set, file, xstrdup(message));
        } else if (week_parse(file, text, len, week_library_has_problem, library, &w, message,
                              sizeof(message)) < 0) {
            salvage(add_bad(set, file, xstrdup(message)), text, len, library);
        } else if (!w.dated) {
            pending = xrealloc(pending, (npending + 1) * sizeof(*pending));
            pending[npending++] = w;
        } else if (week_set_add(set, &w, message, sizeof(message)) < 0) {
            set_bad(set, &w, message);
        }
        free(text);
        free(file);
    }
    remove_overlaps(set);
    struct week_calendar fallback;
    if (!cal) {
        week_calendar_default(&fallback, week_today());
        cal = &fallback;
    }
    schedule(set, pending, npending, cal);
    free(pending);
    for (size_t i = 0; i < count; i++)
        free(names[i]);
    free(names);
    free(library);
    return 0;
}

int week_set_load(struct week_set *set, const char *problems_dir, const struct week_calendar *cal,
                  char *err, size_t errlen)
{
    if (week_set_load_all(set, problems_dir, cal, err, errlen) < 0)
        return -1;
    if (set->nbad == 0)
        return 0;
    set_error(err, errlen, "%s", set->bad[0].error);
    week_set_release(set);
    return -1;
}

static void free_ids(char **list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(list[i]);
    free(list);
}

void week_set_release(struct week_set *set)
{
    for (size_t i = 0; i < set->count; i++)
        week_release(&set->weeks[i]);
    free(set->weeks);
    for (size_t i = 0; i < set->nskipped; i++)
        week_release(&set->skipped[i]);
    free(set->skipped);
    free(set->dir);
    for (size_t i = 0; i < set->nbad; i++) {
        struct week_bad *b = &set->bad[i];
        free(b->file);
        free(b->error);
        free_ids(b->problems, b->nproblems);
        free_ids(b->misses, b->nmisses);
        free(b->text);
    }
    free(set->bad);
    memset(set, 0, sizeof(*set));
}

/* Whether the bad file might hold the problem (week_set_blocking). */
static bool might_hold(const struct week_bad *b, const char *problem_id)
{
    if (b->listed) {
        for (size_t i = 0; i < b->nproblems; i++) {
            if (strcmp(b->problems[i], problem_id) == 0)
                return true;
        }
        for (size_t i = 0; i < b->nmisses; i++) {
            if (strcmp(b->misses[i], problem_id) == 0 || near_miss(b->misses[i], problem_id))
                return true;
        }
        return false;
    }
    if (!b->text)
        return true;
    return memmem(b->text, b->text_len, problem_id, strlen(problem_id)) != NULL;
}

const struct week_bad *week_set_blocking(const struct week_set *set, const char *problem_id)
{
    for (size_t i = 0; i < set->nbad; i++) {
        if (might_hold(&set->bad[i], problem_id))
            return &set->bad[i];
    }
    return NULL;
}

const struct week *week_set_find(const struct week_set *set, const char *id)
{
    for (size_t i = 0; i < set->count; i++) {
        if (strcmp(set->weeks[i].id, id) == 0)
            return &set->weeks[i];
    }
    return NULL;
}

const struct week *week_set_find_skipped(const struct week_set *set, const char *id)
{
    for (size_t i = 0; i < set->nskipped; i++) {
        if (strcmp(set->skipped[i].id, id) == 0)
            return &set->skipped[i];
    }
    return NULL;
}

const struct week *week_set_for_problem(const struct week_set *set, const char *problem_id, int day)
{
    const struct week *latest = NULL, *current = NULL;
    /* Sorted by start: the last match of each kind is the latest starting. */
    for (size_t i = 0; i < set->count; i++) {
        const struct week *w = &set->weeks[i];
        if (!week_has_problem(w, problem_id))
            continue;
        latest = w;
        if (week_includes_day(w, day))
            current = w;
    }
    return current ? current : latest;
}

const struct week *week_set_current(const struct week_set *set, int day)
{
    const struct week *current = NULL;
    for (size_t i = 0; i < set->count; i++) {
        if (week_includes_day(&set->weeks[i], day))
            current = &set->weeks[i];
    }
    return current;
}

const struct week *week_set_default(const struct week_set *set, int day)
{
    const struct week *w = week_set_current(set, day);
    if (w || set->count == 0)
        return w;
    for (size_t i = set->count; i-- > 0;) {
        if (set->weeks[i].starts_day <= day)
            return &set->weeks[i];
    }
    return &set->weeks[0];
}

cJSON *week_json(const struct week *w)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "id", w->id);
    cJSON_AddStringToObject(o, "title", w->title);
    if (w->number)
        cJSON_AddNumberToObject(o, "week", w->number);
    else
        cJSON_AddNullToObject(o, "week");
    cJSON_AddBoolToObject(o, "dated", w->dated);
    if (w->starts[0]) {
        cJSON_AddStringToObject(o, "starts", w->starts);
        cJSON_AddStringToObject(o, "ends", w->ends);
    } else {
        cJSON_AddNullToObject(o, "starts");
        cJSON_AddNullToObject(o, "ends");
    }
    cJSON *problems = cJSON_AddArrayToObject(o, "problems");
    for (size_t i = 0; i < w->nproblems; i++)
        cJSON_AddItemToArray(problems, cJSON_CreateString(w->problems[i]));
    return o;
}
