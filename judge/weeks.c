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
    cJSON *root = cJSON_ParseWithLength(text, len);
    int ret = -1;

    if (!root) {
        set_error(err, errlen, "%s: malformed JSON", file);
        goto out;
    }
    if (!cJSON_IsObject(root)) {
        set_error(err, errlen, "%s: must hold a JSON object", file);
        goto out_delete;
    }

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
    if (get_date(file, root, "starts", w->starts, &w->starts_day, err, errlen) < 0 ||
        get_date(file, root, "ends", w->ends, &w->ends_day, err, errlen) < 0)
        goto out_delete;
    if (w->starts_day > w->ends_day) {
        set_error(err, errlen, "%s: ends (%s) is before starts (%s)", file, w->ends, w->starts);
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

static bool library_has_problem(void *ctx, const char *problem_id)
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

int week_set_load(struct week_set *set, const char *problems_dir, char *err, size_t errlen)
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

    int ret = 0;
    set->dir = dir;
    for (size_t i = 0; i < count && ret == 0; i++) {
        char *file = path_join(dir, names[i]);
        size_t len;
        char *text = read_file(file, WEEK_FILE_MAX, &len);
        struct week w;
        if (!text) {
            ret = set_error(err, errlen, "%s: %s", file,
                            errno == EFBIG ? "larger than 1 MiB" : strerror(errno));
        } else if (week_parse(file, text, len, library_has_problem, library, &w, err, errlen) < 0) {
            ret = -1;
        } else if (week_set_add(set, &w, err, errlen) < 0) {
            week_release(&w);
            ret = -1;
        }
        free(text);
        free(file);
    }
    for (size_t i = 0; i < count; i++)
        free(names[i]);
    free(names);
    free(library);
    if (ret < 0)
        week_set_release(set);
    return ret;
}

void week_set_release(struct week_set *set)
{
    for (size_t i = 0; i < set->count; i++)
        week_release(&set->weeks[i]);
    free(set->weeks);
    free(set->dir);
    memset(set, 0, sizeof(*set));
}

const struct week *week_set_find(const struct week_set *set, const char *id)
{
    for (size_t i = 0; i < set->count; i++) {
        if (strcmp(set->weeks[i].id, id) == 0)
            return &set->weeks[i];
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
    cJSON_AddStringToObject(o, "starts", w->starts);
    cJSON_AddStringToObject(o, "ends", w->ends);
    cJSON *problems = cJSON_AddArrayToObject(o, "problems");
    for (size_t i = 0; i < w->nproblems; i++)
        cJSON_AddItemToArray(problems, cJSON_CreateString(w->problems[i]));
    return o;
}
