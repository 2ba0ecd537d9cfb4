/* test_weeks.c: unit tests of weekly sets (judge/weeks.c): dates, parsing, validation, lookup. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "judge/util.h"
#include "judge/weeks.h"

static int day_of(const char *date)
{
    int day;
    assert_int_equal(week_date_parse(date, &day), 0);
    return day;
}

/* ---- dates ---- */

static void test_dates_real_calendar(void **state)
{
    (void)state;
    int day;
    assert_int_equal(day_of("1970-01-01"), 0);
    assert_int_equal(day_of("1970-01-02"), 1);
    assert_int_equal(day_of("1969-12-31"), -1);
    assert_int_equal(day_of("2026-11-09"), 20766); /* (date(2026,11,9) - date(1970,1,1)).days */
    assert_int_equal(week_date_parse("2024-02-29", &day), 0); /* leap year */
    assert_int_equal(week_date_parse("2000-02-29", &day), 0); /* divisible by 400 */
    assert_int_equal(week_date_parse("2026-02-29", &day), -1);
    assert_int_equal(week_date_parse("2100-02-29", &day), -1); /* divisible by 100 */
    assert_int_equal(week_date_parse("2026-04-31", &day), -1);
    assert_int_equal(week_date_parse("2026-13-01", &day), -1);
    assert_int_equal(week_date_parse("2026-00-10", &day), -1);
    assert_int_equal(week_date_parse("2026-01-00", &day), -1);
    assert_int_equal(week_date_parse("0000-01-01", &day), -1);
}

static void test_dates_strict_shape(void **state)
{
    (void)state;
    int day;
    const char *bad[] = {"2026-1-05",   "2026-01-5",   "26-01-05",   "2026/01/05", "2026-01-05x",
                         "2026-01-05 ", " 2026-01-05", "+026-01-05", "2026-01--5", "",
                         "today"};
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        if (week_date_parse(bad[i], &day) == 0)
            fail_msg("'%s' parsed as a date", bad[i]);
    }
}

static void test_dates_round_trip(void **state)
{
    (void)state;
    char out[11];
    const char *dates[] = {"1970-01-01", "2000-02-29", "2026-11-09", "2026-12-31",
                           "1899-03-01", "9999-12-31", "0001-01-01"};
    for (size_t i = 0; i < sizeof(dates) / sizeof(dates[0]); i++) {
        week_date_format(day_of(dates[i]), out);
        assert_string_equal(out, dates[i]);
    }
    /* Consecutive days across a month and a year end. */
    assert_int_equal(day_of("2026-03-01") - day_of("2026-02-28"), 1);
    assert_int_equal(day_of("2027-01-01") - day_of("2026-12-31"), 1);
}

static void test_today_honours_judge_today(void **state)
{
    (void)state;
    setenv("JUDGE_TODAY", "2026-11-25", 1);
    assert_int_equal(week_today(), day_of("2026-11-25"));
    unsetenv("JUDGE_TODAY");
}

/* ---- parsing one set ---- */

static bool known_problem(void *ctx, const char *id)
{
    (void)ctx;
    static const char *const known[] = {"two-sum", "valid-parentheses", "merge-intervals",
                                        "coin-change"};
    for (size_t i = 0; i < sizeof(known) / sizeof(known[0]); i++) {
        if (strcmp(known[i], id) == 0)
            return true;
    }
    return false;
}

static int parse(const char *file, const char *text, struct week *w, char *err, size_t len)
{
    return week_parse(file, text, strlen(text), known_problem, NULL, w, err, len);
}

static void test_parse_valid(void **state)
{
    (void)state;
    struct week w;
    char err[512] = "";
    int r = parse("lib/weeks/week-01.json",
                  "{\"id\": \"week-01\", \"title\": \"Arrays\", \"starts\": \"2026-11-09\", "
                  "\"ends\": \"2026-11-15\", \"problems\": [\"two-sum\", \"merge-intervals\"]}",
                  &w, err, sizeof(err));
    if (r != 0)
        fail_msg("%s", err);
    assert_string_equal(w.id, "week-01");
    assert_string_equal(w.title, "Arrays");
    assert_string_equal(w.starts, "2026-11-09");
    assert_string_equal(w.ends, "2026-11-15");
    assert_int_equal(w.starts_day, day_of("2026-11-09"));
    assert_int_equal(w.ends_day, day_of("2026-11-15"));
    assert_int_equal(w.nproblems, 2);
    assert_string_equal(w.problems[1], "merge-intervals");
    assert_string_equal(w.file, "lib/weeks/week-01.json");
    assert_true(week_has_problem(&w, "two-sum"));
    assert_false(week_has_problem(&w, "coin-change"));
    assert_true(week_includes_day(&w, day_of("2026-11-09")));
    assert_true(week_includes_day(&w, day_of("2026-11-15")));
    assert_false(week_includes_day(&w, day_of("2026-11-16")));
    week_release(&w);

    /* One day long is fine. */
    r = parse("week-x.json",
              "{\"id\": \"week-x\", \"title\": \"T\", \"starts\": \"2026-11-09\", "
              "\"ends\": \"2026-11-09\", \"problems\": [\"two-sum\"]}",
              &w, err, sizeof(err));
    assert_int_equal(r, 0);
    week_release(&w);
}

/* Each malformed set fails with a message naming the file and the field. */
static void test_parse_errors_name_file_and_field(void **state)
{
    (void)state;
    static const struct {
        const char *json;
        const char *expect; /* in the message, after the file name */
    } cases[] = {
        {"{\"id\": \"week-02\", \"title\": \"T\", \"starts\": \"2026-11-09\", \"ends\": "
         "\"2026-11-15\", \"problems\": [\"two-sum\"]}",
         "id \"week-02\" does not match the file name"},
        {"{\"title\": \"T\", \"starts\": \"2026-11-09\", \"ends\": \"2026-11-15\", "
         "\"problems\": [\"two-sum\"]}",
         "id must be"},
        {"{\"id\": \"week-01\", \"starts\": \"2026-11-09\", \"ends\": \"2026-11-15\", "
         "\"problems\": [\"two-sum\"]}",
         "title must be a non-empty string"},
        {"{\"id\": \"week-01\", \"title\": \"T\", \"starts\": \"2026-02-30\", \"ends\": "
         "\"2026-03-05\", \"problems\": [\"two-sum\"]}",
         "starts must be a real date YYYY-MM-DD (got \"2026-02-30\")"},
        {"{\"id\": \"week-01\", \"title\": \"T\", \"starts\": \"2026-11-09\", \"ends\": "
         "\"15/11/2026\", \"problems\": [\"two-sum\"]}",
         "ends must be a real date"},
        {"{\"id\": \"week-01\", \"title\": \"T\", \"starts\": \"2026-11-09\", \"ends\": 7, "
         "\"problems\": [\"two-sum\"]}",
         "ends must be a date YYYY-MM-DD (got a number)"},
        {"{\"id\": \"week-01\", \"title\": \"T\", \"starts\": \"2026-11-15\", \"ends\": "
         "\"2026-11-09\", \"problems\": [\"two-sum\"]}",
         "ends (2026-11-09) is before starts (2026-11-15)"},
        {"{\"id\": \"week-01\", \"title\": \"T\", \"starts\": \"2026-11-09\", \"ends\": "
         "\"2026-11-15\", \"problems\": []}",
         "problems must list at least one problem"},
        {"{\"id\": \"week-01\", \"title\": \"T\", \"starts\": \"2026-11-09\", \"ends\": "
         "\"2026-11-15\"}",
         "problems is missing"},
        {"{\"id\": \"week-01\", \"title\": \"T\", \"starts\": \"2026-11-09\", \"ends\": "
         "\"2026-11-15\", \"problems\": \"two-sum\"}",
         "problems must be a list"},
        {"{\"id\": \"week-01\", \"title\": \"T\", \"starts\": \"2026-11-09\", \"ends\": "
         "\"2026-11-15\", \"problems\": [\"two-sum\", \"no-such\"]}",
         "problems[1]: unknown problem 'no-such'"},
        {"{\"id\": \"week-01\", \"title\": \"T\", \"starts\": \"2026-11-09\", \"ends\": "
         "\"2026-11-15\", \"problems\": [\"two-sum\", \"../two-sum\"]}",
         "problems[1]: unknown problem '../two-sum'"},
        {"{\"id\": \"week-01\", \"title\": \"T\", \"starts\": \"2026-11-09\", \"ends\": "
         "\"2026-11-15\", \"problems\": [\"two-sum\", 3]}",
         "problems[1] must be a problem id (got a number)"},
        {"{\"id\": \"week-01\", \"title\": \"T\", \"starts\": \"2026-11-09\", \"ends\": "
         "\"2026-11-15\", \"problems\": [\"two-sum\", \"coin-change\", \"two-sum\"]}",
         "problems[2]: duplicate problem 'two-sum' (also problems[0])"},
        {"{\"id\": \"week-01\", ", "1:19: malformed JSON: the file ends before the JSON does"},
        {"[1, 2]", "must hold a JSON object"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        struct week w;
        char err[512] = "";
        if (parse("lib/weeks/week-01.json", cases[i].json, &w, err, sizeof(err)) == 0)
            fail_msg("case %zu parsed: %s", i, cases[i].json);
        if (strncmp(err, "lib/weeks/week-01.json:", 23) != 0 || !strstr(err, cases[i].expect))
            fail_msg("case %zu: got \"%s\", expected the file and \"%s\"", i, err, cases[i].expect);
        assert_null(w.id);
        assert_null(w.problems);
    }
}

/* A syntax error is reported at its line and column (characters, not bytes), with what
 * is there; so is text after the object. */
static void test_parse_syntax_error_position(void **state)
{
    (void)state;
    static const struct {
        const char *json;
        const char *expect;
    } cases[] = {
        /* The comma after "title" is missing: line 4, column 12 is where "starts" begins. */
        {"{\n  \"id\": \"week-03\",\n  \"title\": \"Graphs\"\n           \"starts\": "
         "\"2026-11-23\"}",
         "weeks/week-03.json:4:12: malformed JSON at '\"starts\": \"2026-11-23\"}'"},
        /* Columns count characters: "é" and "→" are one each. */
        {"{\"title\": \"é→\" \"x\": 1}", "weeks/week-03.json:1:16: malformed JSON at '\"x\": 1}'"},
        {"{\"id\": \"week-03\",\n\"problems\": [\"a\",]}",
         "weeks/week-03.json:2:18: malformed JSON at ']}'"},
        {"\n\n", "weeks/week-03.json:3:1: malformed JSON: the file ends before the JSON does"},
        {"{\"id\": \"week-03\"}\n\n  {\"id\": \"week-04\"}",
         "weeks/week-03.json:3:3: text after the JSON object at '{\"id\": \"week-04\"}'"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        struct week w;
        char err[512] = "";
        if (parse("weeks/week-03.json", cases[i].json, &w, err, sizeof(err)) == 0)
            fail_msg("case %zu parsed", i);
        if (strcmp(err, cases[i].expect) != 0)
            fail_msg("case %zu: got \"%s\", expected \"%s\"", i, err, cases[i].expect);
    }
}

/* An unknown key is named as unknown, before any missing key is (a misspelt "title" is
 * "titel", unknown, not "title", missing), with the known key it is a small edit away from;
 * a key given twice is refused. */
static void test_parse_unknown_and_repeated_keys(void **state)
{
    (void)state;
    static const struct {
        const char *json;
        const char *expect;
    } cases[] = {
        {"{\"id\": \"week-03\", \"titel\": \"T\", \"starts\": \"2026-11-23\", \"ends\": "
         "\"2026-11-29\", \"problems\": [\"two-sum\"]}",
         "weeks/week-03.json: unknown key \"titel\" (did you mean \"title\"?)"},
        {"{\"id\": \"week-03\", \"title\": \"T\", \"start\": \"2026-11-23\", \"ends\": "
         "\"2026-11-29\", \"problems\": [\"two-sum\"]}",
         "weeks/week-03.json: unknown key \"start\" (did you mean \"starts\"?)"},
        {"{\"id\": \"week-03\", \"title\": \"T\", \"starts\": \"2026-11-23\", \"ends\": "
         "\"2026-11-29\", \"problem\": [\"two-sum\"]}",
         "weeks/week-03.json: unknown key \"problem\" (did you mean \"problems\"?)"},
        {"{\"id\": \"week-03\", \"title\": \"T\", \"starts\": \"2026-11-23\", \"ends\": "
         "\"2026-11-29\", \"problems\": [\"two-sum\"], \"colour\": \"red\"}",
         "weeks/week-03.json: unknown key \"colour\" (a set has id, title, week, starts, ends, "
         "problems and feedback)"},
        {"{\"id\": \"week-03\", \"title\": \"T\", \"starts\": \"2026-11-23\", \"ends\": "
         "\"2026-11-29\", \"problems\": [\"two-sum\"], \"title\": \"U\"}",
         "weeks/week-03.json: key \"title\" is given twice"},
        /* Case matters; a long key is never a near miss. */
        {"{\"ID\": \"week-03\"}", "weeks/week-03.json: unknown key \"ID\" (did you mean \"id\"?)"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        struct week w;
        char err[512] = "";
        if (parse("weeks/week-03.json", cases[i].json, &w, err, sizeof(err)) == 0)
            fail_msg("case %zu parsed", i);
        if (strcmp(err, cases[i].expect) != 0)
            fail_msg("case %zu: got \"%s\", expected \"%s\"", i, err, cases[i].expect);
    }
}

static struct week make_week(const char *id, const char *starts, const char *ends,
                             const char *problems)
{
    struct week w;
    char err[512], file[128], json[512];
    snprintf(file, sizeof(file), "weeks/%s.json", id);
    snprintf(json, sizeof(json),
             "{\"id\": \"%s\", \"title\": \"t\", \"starts\": \"%s\", \"ends\": \"%s\", "
             "\"problems\": [%s]}",
             id, starts, ends, problems);
    if (week_parse(file, json, strlen(json), NULL, NULL, &w, err, sizeof(err)) < 0)
        fail_msg("%s", err);
    return w;
}

static void add(struct week_set *set, struct week w)
{
    char err[512];
    if (week_set_add(set, &w, err, sizeof(err)) < 0)
        fail_msg("%s", err);
}

static void test_duplicate_week_ids(void **state)
{
    (void)state;
    struct week_set set = WEEK_SET_INIT;
    char err[512];
    add(&set, make_week("week-01", "2026-11-09", "2026-11-15", "\"a\""));
    struct week again = make_week("week-01", "2026-12-01", "2026-12-07", "\"b\"");
    free(again.file);
    again.file = xstrdup("other/weeks/week-01.json");
    assert_int_equal(week_set_add(&set, &again, err, sizeof(err)), -1);
    assert_non_null(strstr(err, "other/weeks/week-01.json: id: duplicate week id 'week-01' "
                                "(also in weeks/week-01.json)"));
    assert_int_equal(set.count, 1);
    week_release(&again);
    week_set_release(&set);
}

/* ---- lookup ---- */

static void test_week_for_problem(void **state)
{
    (void)state;
    struct week_set set = WEEK_SET_INIT;
    /* Added out of order: the set sorts by start. */
    add(&set, make_week("week-05", "2026-12-07", "2026-12-13", "\"a\", \"c\""));
    add(&set, make_week("week-01", "2026-11-09", "2026-11-15", "\"a\", \"b\""));
    add(&set, make_week("week-02", "2026-11-16", "2026-11-22", "\"b\""));
    add(&set, make_week("extra", "2026-11-14", "2026-11-20", "\"b\""));
    assert_string_equal(set.weeks[0].id, "week-01");
    assert_string_equal(set.weeks[1].id, "extra");
    assert_string_equal(set.weeks[3].id, "week-05");

    /* The set whose dates include the day. */
    assert_string_equal(week_set_for_problem(&set, "a", day_of("2026-11-10"))->id, "week-01");
    assert_string_equal(week_set_for_problem(&set, "a", day_of("2026-12-07"))->id, "week-05");
    /* Outside every range: the latest set containing it. */
    assert_string_equal(week_set_for_problem(&set, "a", day_of("2026-11-30"))->id, "week-05");
    assert_string_equal(week_set_for_problem(&set, "a", day_of("2026-01-01"))->id, "week-05");
    assert_string_equal(week_set_for_problem(&set, "c", day_of("2026-11-10"))->id, "week-05");
    /* Two sets include the day: the later starting. */
    assert_string_equal(week_set_for_problem(&set, "b", day_of("2026-11-14"))->id, "extra");
    assert_string_equal(week_set_for_problem(&set, "b", day_of("2026-11-13"))->id, "week-01");
    assert_string_equal(week_set_for_problem(&set, "b", day_of("2026-11-17"))->id, "week-02");
    assert_null(week_set_for_problem(&set, "zzz", day_of("2026-11-10")));

    assert_string_equal(week_set_find(&set, "week-02")->id, "week-02");
    assert_null(week_set_find(&set, "week-9"));
    week_set_release(&set);
}

static void test_default_week(void **state)
{
    (void)state;
    struct week_set set = WEEK_SET_INIT;
    assert_null(week_set_default(&set, day_of("2026-11-10")));
    add(&set, make_week("week-01", "2026-11-09", "2026-11-15", "\"a\""));
    add(&set, make_week("week-02", "2026-11-23", "2026-11-29", "\"a\""));
    assert_string_equal(week_set_default(&set, day_of("2026-11-10"))->id, "week-01");
    assert_null(week_set_current(&set, day_of("2026-11-18")));
    assert_string_equal(week_set_default(&set, day_of("2026-11-18"))->id, "week-01");
    assert_string_equal(week_set_default(&set, day_of("2026-11-29"))->id, "week-02");
    assert_string_equal(week_set_default(&set, day_of("2027-01-01"))->id, "week-02");
    assert_string_equal(week_set_default(&set, day_of("2026-01-01"))->id, "week-01");
    week_set_release(&set);
}

/* ---- loading a library ---- */

static void write_text(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static void test_load_library(void **state)
{
    (void)state;
    char lib[] = "/tmp/test-weeks-XXXXXX";
    char path[512], err[512];
    assert_non_null(mkdtemp(lib));
    snprintf(path, sizeof(path), "%s/two-sum", lib);
    assert_int_equal(mkdir(path, 0755), 0);
    snprintf(path, sizeof(path), "%s/coin-change", lib);
    assert_int_equal(mkdir(path, 0755), 0);

    struct week_set set;
    /* No weeks/ directory: no sets, no error. */
    assert_int_equal(week_set_load(&set, lib, NULL, err, sizeof(err)), 0);
    assert_int_equal(set.count, 0);

    snprintf(path, sizeof(path), "%s/weeks", lib);
    assert_int_equal(mkdir(path, 0755), 0);
    snprintf(path, sizeof(path), "%s/weeks/b.json", lib);
    write_text(path, "{\"id\": \"b\", \"title\": \"B\", \"starts\": \"2026-11-01\", \"ends\": "
                     "\"2026-11-07\", \"problems\": [\"coin-change\"]}");
    snprintf(path, sizeof(path), "%s/weeks/a.json", lib);
    write_text(path, "{\"id\": \"a\", \"title\": \"A\", \"starts\": \"2026-11-08\", \"ends\": "
                     "\"2026-11-14\", \"problems\": [\"two-sum\"]}");
    snprintf(path, sizeof(path), "%s/weeks/README.md", lib);
    write_text(path, "not a set");
    assert_int_equal(week_set_load(&set, lib, NULL, err, sizeof(err)), 0);
    assert_int_equal(set.count, 2);
    assert_string_equal(set.weeks[0].id, "b");
    assert_string_equal(set.weeks[1].id, "a");
    week_set_release(&set);

    /* A set naming a problem that is not in the library fails, naming its file. */
    snprintf(path, sizeof(path), "%s/weeks/c.json", lib);
    write_text(path, "{\"id\": \"c\", \"title\": \"C\", \"starts\": \"2026-11-15\", \"ends\": "
                     "\"2026-11-21\", \"problems\": [\"two-sum\", \"nope\"]}");
    assert_int_equal(week_set_load(&set, lib, NULL, err, sizeof(err)), -1);
    assert_int_equal(set.count, 0);
    char expect[600];
    snprintf(expect, sizeof(expect), "%s/weeks/c.json: problems[1]: unknown problem 'nope'", lib);
    assert_string_equal(err, expect);

    char command[600];
    snprintf(command, sizeof(command), "rm -rf '%s'", lib);
    assert_int_equal(system(command), 0);
}

static void make_dir(const char *lib, const char *name)
{
    char path[512];
    snprintf(path, sizeof(path), "%s/%s", lib, name);
    assert_int_equal(mkdir(path, 0755), 0);
}

static void write_set(const char *lib, const char *name, const char *text)
{
    char path[512];
    snprintf(path, sizeof(path), "%s/weeks/%s", lib, name);
    write_text(path, text);
}

static const char *blocking(const struct week_set *set, const char *problem)
{
    const struct week_bad *b = week_set_blocking(set, problem);
    if (!b)
        return NULL;
    const char *slash = strrchr(b->file, '/');
    return slash ? slash + 1 : b->file;
}

/* A bad set file leaves the valid sets loaded (week_set_load_all) and concerns only the
 * problems it might hold; week_set_load still refuses it; sets whose dates overlap are both
 * bad, each message naming both files and their dates. */
static void test_load_all_keeps_valid_sets(void **state)
{
    (void)state;
    char lib[] = "/tmp/test-weeks-XXXXXX";
    char err[1024], expect[1024];
    assert_non_null(mkdtemp(lib));
    const char *problems[] = {"two-sum",       "coin-change",  "merge-intervals",
                              "edit-distance", "max-subarray", "house-robber"};
    for (size_t i = 0; i < sizeof(problems) / sizeof(problems[0]); i++)
        make_dir(lib, problems[i]);
    make_dir(lib, "weeks");
    write_set(lib, "a.json",
              "{\"id\": \"a\", \"title\": \"A\", \"starts\": \"2026-11-02\", \"ends\": "
              "\"2026-11-08\", \"problems\": [\"two-sum\"]}");
    /* Parses: its list is read; "merge-intervls" names no problem, a near miss of one. */
    write_set(lib, "b.json",
              "{\"id\": \"b\", \"titel\": \"B\", \"starts\": \"2026-11-09\", \"ends\": "
              "\"2026-11-15\", \"problems\": [\"coin-change\", \"merge-intervls\", 7]}");
    /* Does not parse: its text is searched. */
    write_set(lib, "c.json",
              "{\"id\": \"c\", \"title\": \"C\",\n \"problems\": [\"edit-distance\" \"x\"]}");
    write_set(lib, "d.json",
              "{\"id\": \"d\", \"title\": \"D\", \"starts\": \"2026-12-01\", \"ends\": "
              "\"2026-12-07\", \"problems\": [\"max-subarray\"]}");
    write_set(lib, "e.json",
              "{\"id\": \"e\", \"title\": \"E\", \"starts\": \"2026-12-07\", \"ends\": "
              "\"2026-12-13\", \"problems\": [\"house-robber\"]}");

    struct week_set set;
    assert_int_equal(week_set_load(&set, lib, NULL, err, sizeof(err)), -1);
    snprintf(expect, sizeof(expect),
             "%s/weeks/b.json: unknown key \"titel\" (did you mean \"title\"?)", lib);
    assert_string_equal(err, expect);
    assert_int_equal(set.count, 0);
    assert_int_equal(set.nbad, 0);

    assert_int_equal(week_set_load_all(&set, lib, NULL, err, sizeof(err)), 0);
    assert_int_equal(set.count, 1);
    assert_string_equal(set.weeks[0].id, "a");
    assert_int_equal(set.nbad, 4);
    snprintf(expect, sizeof(expect), "%s/weeks/c.json:2:31: malformed JSON at '\"x\"]}'", lib);
    assert_string_equal(set.bad[1].error, expect);
    snprintf(expect, sizeof(expect),
             "%s/weeks/d.json: dates 2026-12-01 to 2026-12-07 overlap those of %s/weeks/e.json "
             "(2026-12-07 to 2026-12-13): a day belongs to one weekly set at most",
             lib, lib);
    assert_string_equal(set.bad[2].error, expect);
    snprintf(expect, sizeof(expect),
             "%s/weeks/e.json: dates 2026-12-07 to 2026-12-13 overlap those of %s/weeks/d.json "
             "(2026-12-01 to 2026-12-07): a day belongs to one weekly set at most",
             lib, lib);
    assert_string_equal(set.bad[3].error, expect);

    assert_null(blocking(&set, "two-sum"));
    assert_string_equal(blocking(&set, "coin-change"), "b.json");
    assert_string_equal(blocking(&set, "merge-intervals"), "b.json");
    assert_string_equal(blocking(&set, "edit-distance"), "c.json");
    assert_string_equal(blocking(&set, "max-subarray"), "d.json");
    assert_string_equal(blocking(&set, "house-robber"), "e.json");
    assert_null(blocking(&set, "no-such-problem"));
    /* The valid set still decides the week of its problem. */
    assert_string_equal(week_set_for_problem(&set, "two-sum", day_of("2026-11-03"))->id, "a");
    week_set_release(&set);

    /* Only the overlap: week_set_load names both files and their dates. */
    for (const char *const *name = (const char *const[]){"b.json", "c.json", NULL}; *name; name++) {
        char path[512];
        snprintf(path, sizeof(path), "%s/weeks/%s", lib, *name);
        assert_int_equal(unlink(path), 0);
    }
    assert_int_equal(week_set_load(&set, lib, NULL, err, sizeof(err)), -1);
    snprintf(expect, sizeof(expect),
             "%s/weeks/d.json: dates 2026-12-01 to 2026-12-07 overlap those of %s/weeks/e.json "
             "(2026-12-07 to 2026-12-13): a day belongs to one weekly set at most",
             lib, lib);
    assert_string_equal(err, expect);

    /* A file that cannot be read at all might hold any problem. */
    make_dir(lib, "weeks/f.json");
    assert_int_equal(week_set_load_all(&set, lib, NULL, err, sizeof(err)), 0);
    assert_string_equal(blocking(&set, "two-sum"), "f.json");
    week_set_release(&set);

    char command[600];
    snprintf(command, sizeof(command), "rm -rf '%s'", lib);
    assert_int_equal(system(command), 0);
}

/* Every set that overlaps another is bad, nested ones too; a set the day after is not. */
static void test_overlaps_all_found(void **state)
{
    (void)state;
    char lib[] = "/tmp/test-weeks-XXXXXX";
    char err[1024];
    assert_non_null(mkdtemp(lib));
    make_dir(lib, "p");
    make_dir(lib, "weeks");
    static const char *const sets[][3] = {
        {"x1", "2026-11-01", "2026-11-10"}, {"x2", "2026-11-02", "2026-11-03"},
        {"x3", "2026-11-05", "2026-11-06"}, {"x4", "2026-11-11", "2026-11-12"},
        {"x5", "2026-12-01", "2026-12-09"}, {"x6", "2026-12-09", "2026-12-09"},
    };
    for (size_t i = 0; i < sizeof(sets) / sizeof(sets[0]); i++) {
        char name[32], json[512];
        snprintf(name, sizeof(name), "%s.json", sets[i][0]);
        snprintf(json, sizeof(json),
                 "{\"id\": \"%s\", \"title\": \"T\", \"starts\": \"%s\", \"ends\": \"%s\", "
                 "\"problems\": [\"p\"]}",
                 sets[i][0], sets[i][1], sets[i][2]);
        write_set(lib, name, json);
    }
    struct week_set set;
    assert_int_equal(week_set_load_all(&set, lib, NULL, err, sizeof(err)), 0);
    assert_int_equal(set.count, 1);
    assert_string_equal(set.weeks[0].id, "x4");
    assert_int_equal(set.nbad, 5);
    static const char *const named[][2] = {
        {"x1", "x2"}, {"x2", "x1"}, {"x3", "x1"}, {"x5", "x6"}, {"x6", "x5"}};
    for (size_t i = 0; i < set.nbad; i++) {
        char subject[128], other[128];
        snprintf(subject, sizeof(subject), "/weeks/%s.json: dates ", named[i][0]);
        snprintf(other, sizeof(other), "overlap those of %s/weeks/%s.json", lib, named[i][1]);
        if (!strstr(set.bad[i].error, subject) || !strstr(set.bad[i].error, other))
            fail_msg("bad[%zu]: %s", i, set.bad[i].error);
    }
    assert_string_equal(blocking(&set, "p"), "x1.json");
    week_set_release(&set);
    char command[600];
    snprintf(command, sizeof(command), "rm -rf '%s'", lib);
    assert_int_equal(system(command), 0);
}

/* ---- the group's calendar ---- */

static void test_monday(void **state)
{
    (void)state;
    int day;
    char out[11];
    const char *cases[][2] = {{"2026-11-30", "2026-11-30"}, {"2026-12-06", "2026-11-30"},
                              {"2026-12-01", "2026-11-30"}, {"1970-01-01", "1969-12-29"},
                              {"1969-12-28", "1969-12-22"}, {"2027-01-04", "2027-01-04"}};
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        assert_int_equal(week_date_parse(cases[i][0], &day), 0);
        week_date_format(week_monday(day), out);
        assert_string_equal(out, cases[i][1]);
    }
}

/* Dates both or neither; without them "week" is needed, a whole number in range. */
static void test_parse_undated(void **state)
{
    (void)state;
    struct week w;
    char err[512];
    const char *ok = "{\"id\": \"w\", \"title\": \"T\", \"week\": 3, \"problems\": [\"a\"]}";
    assert_int_equal(week_parse("weeks/w.json", ok, strlen(ok), NULL, NULL, &w, err, sizeof(err)),
                     0);
    assert_false(w.dated);
    assert_int_equal(w.number, 3);
    week_release(&w);
    const char *bad[][2] = {
        {"{\"id\": \"w\", \"title\": \"T\", \"problems\": [\"a\"]}", "week is missing"},
        {"{\"id\": \"w\", \"title\": \"T\", \"week\": 0, \"problems\": [\"a\"]}", "(got 0)"},
        {"{\"id\": \"w\", \"title\": \"T\", \"week\": 2.5, \"problems\": [\"a\"]}", "(got 2.5)"},
        {"{\"id\": \"w\", \"title\": \"T\", \"week\": \"1\", \"problems\": [\"a\"]}",
         "(got a string)"},
        {"{\"id\": \"w\", \"title\": \"T\", \"week\": 1e300, \"problems\": [\"a\"]}", "week must"},
        {"{\"id\": \"w\", \"title\": \"T\", \"week\": 1, \"starts\": \"2026-11-02\", "
         "\"problems\": [\"a\"]}",
         "ends is missing"},
    };
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        if (week_parse("weeks/w.json", bad[i][0], strlen(bad[i][0]), NULL, NULL, &w, err,
                       sizeof(err)) == 0)
            fail_msg("case %zu parsed", i);
        if (!strstr(err, bad[i][1]) || strncmp(err, "weeks/w.json: ", 14) != 0)
            fail_msg("case %zu: got \"%s\", expected \"%s\"", i, err, bad[i][1]);
    }
}

static void expect_dates(const struct week_set *set, const char *id, const char *starts,
                         const char *ends)
{
    const struct week *w = week_set_find(set, id);
    if (!w)
        fail_msg("no set %s", id);
    if (strcmp(w->starts, starts) != 0 || strcmp(w->ends, ends) != 0)
        fail_msg("%s: %s to %s, expected %s to %s", id, w->starts, w->ends, starts, ends);
}

/* The undated sets follow one another from the calendar's start, by number or the group's
 * order, passing over a dated set's days; the ones the order leaves out are skipped; two
 * with one number are both bad. */
static void test_calendar_places_undated_sets(void **state)
{
    (void)state;
    char lib[] = "/tmp/test-weeks-XXXXXX";
    char err[512];
    assert_non_null(mkdtemp(lib));
    make_dir(lib, "p");
    make_dir(lib, "weeks");
    write_set(lib, "w1.json",
              "{\"id\": \"w1\", \"title\": \"1\", \"week\": 1, \"problems\": [\"p\"]}");
    write_set(lib, "w2.json",
              "{\"id\": \"w2\", \"title\": \"2\", \"week\": 2, \"problems\": [\"p\"]}");
    write_set(lib, "w3.json",
              "{\"id\": \"w3\", \"title\": \"3\", \"week\": 3, \"problems\": [\"p\"]}");
    write_set(lib, "contest.json",
              "{\"id\": \"contest\", \"title\": \"C\", \"starts\": \"2026-12-16\", \"ends\": "
              "\"2026-12-16\", \"problems\": [\"p\"]}");
    struct week_calendar cal;
    struct week_set set;
    int day;
    assert_int_equal(week_date_parse("2026-12-02", &day), 0);
    week_calendar_default(&cal, day);
    assert_int_equal(week_set_load(&set, lib, &cal, err, sizeof(err)), 0);
    assert_int_equal(set.count, 4);
    expect_dates(&set, "w1", "2026-11-30", "2026-12-06");
    expect_dates(&set, "w2", "2026-12-07", "2026-12-13");
    expect_dates(&set, "w3", "2026-12-21", "2026-12-27"); /* 12-14..20 holds the contest */
    expect_dates(&set, "contest", "2026-12-16", "2026-12-16");
    assert_string_equal(set.weeks[3].id, "w3"); /* sorted by start */
    week_set_release(&set);

    /* The group's order: w3 then w1, every 10 days from a Wednesday; w2 skipped. */
    assert_int_equal(week_date_parse("2026-12-02", &cal.start_day), 0);
    cal.every_days = 10;
    cal.order = calloc(3, sizeof(char *));
    cal.order[cal.norder++] = strdup("w3");
    cal.order[cal.norder++] = strdup("nosuch"); /* a set since removed: ignored */
    cal.order[cal.norder++] = strdup("w1");
    assert_int_equal(week_set_load(&set, lib, &cal, err, sizeof(err)), 0);
    assert_int_equal(set.count, 3);
    expect_dates(&set, "w3", "2026-12-02", "2026-12-11");
    expect_dates(&set, "w1", "2026-12-22", "2026-12-31"); /* 12-12..21 touches the contest */
    assert_null(week_set_find(&set, "w2"));
    assert_int_equal(set.nskipped, 1);
    assert_string_equal(week_set_find_skipped(&set, "w2")->id, "w2");
    week_set_release(&set);
    week_calendar_release(&cal);

    /* Two undated sets with one number: both bad, each naming the other. */
    write_set(lib, "w4.json",
              "{\"id\": \"w4\", \"title\": \"4\", \"week\": 2, \"problems\": [\"p\"]}");
    week_calendar_default(&cal, day);
    assert_int_equal(week_set_load_all(&set, lib, &cal, err, sizeof(err)), 0);
    assert_int_equal(set.nbad, 2);
    assert_non_null(strstr(set.bad[0].error, "w2.json: week: 2 is also the place of "));
    assert_non_null(strstr(set.bad[0].error, "w4.json in the library's order"));
    assert_non_null(strstr(set.bad[1].error, "w4.json: week: 2 is also the place of "));
    assert_null(week_set_find(&set, "w2"));
    expect_dates(&set, "w3", "2026-12-07", "2026-12-13");
    week_set_release(&set);
    assert_int_equal(week_set_load(&set, lib, &cal, err, sizeof(err)), -1);
    assert_non_null(strstr(err, "is also the place of"));

    char command[600];
    snprintf(command, sizeof(command), "rm -rf '%s'", lib);
    assert_int_equal(system(command), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dates_real_calendar),
        cmocka_unit_test(test_dates_strict_shape),
        cmocka_unit_test(test_dates_round_trip),
        cmocka_unit_test(test_today_honours_judge_today),
        cmocka_unit_test(test_parse_valid),
        cmocka_unit_test(test_parse_errors_name_file_and_field),
        cmocka_unit_test(test_parse_syntax_error_position),
        cmocka_unit_test(test_parse_unknown_and_repeated_keys),
        cmocka_unit_test(test_duplicate_week_ids),
        cmocka_unit_test(test_week_for_problem),
        cmocka_unit_test(test_default_week),
        cmocka_unit_test(test_load_library),
        cmocka_unit_test(test_load_all_keeps_valid_sets),
        cmocka_unit_test(test_overlaps_all_found),
        cmocka_unit_test(test_monday),
        cmocka_unit_test(test_parse_undated),
        cmocka_unit_test(test_calendar_places_undated_sets),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
