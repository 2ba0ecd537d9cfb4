/* test_export.c: unit tests of exporting a week as files (judge/export.c): names made safe
 * from data, writing only what changed, never following a link or leaving the directory. */
#define _GNU_SOURCE
#include <dirent.h>
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

#include "judge/export.h"
#include "judge/util.h"

static char dir[] = "/tmp/test-export-XXXXXX";

static int setup(void **state)
{
    (void)state;
    memcpy(dir + strlen(dir) - 6, "XXXXXX", 6);
    return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    char command[256];
    snprintf(command, sizeof(command), "rm -rf '%s'", dir);
    return system(command) == 0 ? 0 : -1;
}

static void name_is(const char *data, const char *expected)
{
    char out[EXPORT_NAME_MAX + 1];
    export_name(data, out);
    assert_string_equal(out, expected);
}

static void test_names(void **state)
{
    (void)state;
    name_is("ana", "ana");
    name_is("two-sum_2.v1", "two-sum_2.v1");
    name_is("../../etc/passwd", "_._.._etc_passwd");
    name_is(".", "_");
    name_is("..", "_.");
    name_is(".hidden", "_hidden");
    name_is("", "_");
    name_is("a b/c\\d", "a_b_c_d");
    name_is("line\nbreak\x1b[31m", "line_break__31m");
    name_is("민수", "민수");                          /* names in other scripts are kept */
    name_is("ana\xe2\x80\xaegpj.exe", "ana_gpj.exe"); /* a right-to-left override is not */
    name_is("bad\xff", "bad_");
    char longer[200];
    memset(longer, 'x', sizeof(longer) - 1);
    longer[sizeof(longer) - 1] = '\0';
    char out[EXPORT_NAME_MAX + 1];
    export_name(longer, out);
    assert_int_equal(strlen(out), EXPORT_NAME_MAX);
    /* Cut at a character boundary: 27 Hangul syllables are 81 bytes; 26 fit. */
    struct strbuf sb = STRBUF_INIT;
    for (int i = 0; i < 27; i++)
        strbuf_addstr(&sb, "한");
    export_name(sb.buf, out);
    assert_int_equal(strlen(out), 78);
    strbuf_release(&sb);
}

static char *in_dir(const char *rel)
{
    return path_join(dir, rel);
}

static char *slurp(const char *rel)
{
    char *path = in_dir(rel);
    size_t len;
    char *text = read_file(path, 1 << 20, &len);
    free(path);
    return text;
}

/* The entries of a directory beneath the test's, "." and ".." aside. */
static size_t count_entries(const char *rel)
{
    char *path = in_dir(rel);
    DIR *d = opendir(path);
    size_t n = 0;
    struct dirent *de;
    while (d && (de = readdir(d)))
        n += strcmp(de->d_name, ".") != 0 && strcmp(de->d_name, "..") != 0;
    if (d)
        closedir(d);
    free(path);
    return n;
}

static void test_write_only_what_changed(void **state)
{
    (void)state;
    char err[512];
    struct export_dir d;
    char *root = in_dir("repo");
    assert_int_equal(export_open(&d, root, err, sizeof(err)), 0);
    enum export_status st;
    assert_int_equal(
        export_write(&d, "week-01/two-sum/ana.cpp", "int main() {}\n", 14, &st, err, sizeof(err)),
        0);
    assert_int_equal(st, EXPORT_WRITTEN);
    char *text = slurp("repo/week-01/two-sum/ana.cpp");
    assert_string_equal(text, "int main() {}\n");
    free(text);

    /* Again, the same: untouched (same inode, same time). */
    char *file = in_dir("repo/week-01/two-sum/ana.cpp");
    struct stat before, after;
    assert_int_equal(stat(file, &before), 0);
    assert_int_equal(
        export_write(&d, "week-01/two-sum/ana.cpp", "int main() {}\n", 14, &st, err, sizeof(err)),
        0);
    assert_int_equal(st, EXPORT_UNCHANGED);
    assert_int_equal(stat(file, &after), 0);
    assert_int_equal(before.st_ino, after.st_ino);
    assert_int_equal(before.st_mtim.tv_nsec, after.st_mtim.tv_nsec);

    /* Changed: replaced by a new file renamed over it; nothing else left beside it. */
    assert_int_equal(export_write(&d, "week-01/two-sum/ana.cpp", "int main() { return 0; }\n", 25,
                                  &st, err, sizeof(err)),
                     0);
    assert_int_equal(st, EXPORT_WRITTEN);
    assert_int_equal(stat(file, &after), 0);
    assert_int_not_equal(before.st_ino, after.st_ino);
    text = slurp("repo/week-01/two-sum/ana.cpp");
    assert_string_equal(text, "int main() { return 0; }\n");
    free(text);
    assert_int_equal(count_entries("repo/week-01/two-sum"), 1);
    assert_int_equal(d.written, 2);
    assert_int_equal(d.unchanged, 1);
    free(file);
    export_close(&d);
    free(root);
}

static void test_links_and_escapes_refused(void **state)
{
    (void)state;
    char err[512];
    struct export_dir d;
    char *root = in_dir("repo2"), *outside = in_dir("outside"), *victim = in_dir("victim.txt");
    assert_int_equal(mkdir(outside, 0755), 0);
    FILE *f = fopen(victim, "w");
    fputs("precious\n", f);
    fclose(f);
    assert_int_equal(export_open(&d, root, err, sizeof(err)), 0);
    enum export_status st;

    /* A directory that is a link out of the repository: refused, nothing written there. */
    char *link = in_dir("repo2/week-01");
    assert_int_equal(symlink(outside, link), 0);
    assert_int_equal(export_write(&d, "week-01/p/ana.py", "x", 1, &st, err, sizeof(err)), -1);
    assert_non_null(strstr(err, "not followed"));
    assert_int_equal(count_entries("outside"), 0);

    /* A file that is a link: neither followed nor replaced. */
    char *file_link = in_dir("repo2/README.md");
    assert_int_equal(symlink(victim, file_link), 0);
    assert_int_equal(export_write(&d, "README.md", "owned", 5, &st, err, sizeof(err)), -1);
    assert_non_null(strstr(err, "a symbolic link: not followed, not replaced"));
    char *text = slurp("victim.txt");
    assert_string_equal(text, "precious\n");
    free(text);
    struct stat sb;
    assert_int_equal(lstat(file_link, &sb), 0);
    assert_true(S_ISLNK(sb.st_mode));

    /* Paths that would leave the directory or hide in it. */
    const char *bad[] = {"../x",        "a/../../x", "/etc/passwd", "a//b",
                         ".git/config", "",          "a/",          "a/./b"};
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        assert_int_equal(export_write(&d, bad[i], "x", 1, &st, err, sizeof(err)), -1);
        assert_non_null(strstr(err, "would leave"));
    }
    text = slurp("x");
    assert_null(text);
    /* Refused before anything was made: no directory "a" from "a//b". */
    assert_int_equal(count_entries("repo2"), 2); /* the two links planted above */

    /* A FIFO where the file goes: refused without blocking. */
    char *fifo = in_dir("repo2/pipe.md");
    assert_int_equal(mkfifo(fifo, 0644), 0);
    assert_int_equal(export_write(&d, "pipe.md", "x", 1, &st, err, sizeof(err)), -1);
    assert_non_null(strstr(err, "not a regular file"));
    export_close(&d);

    /* A file where the directory should be. */
    assert_int_equal(export_open(&d, victim, err, sizeof(err)), -1);
    assert_non_null(strstr(err, "not a directory"));
    free(fifo);
    free(file_link);
    free(link);
    free(root);
    free(outside);
    free(victim);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_names),
        cmocka_unit_test(test_write_only_what_changed),
        cmocka_unit_test(test_links_and_escapes_refused),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
