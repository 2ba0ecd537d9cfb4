/* test_programs.c: unit tests of programs given as directories: the languages table's entry
 * points (judge/lang.c), submissions.yaml's patterns and entrypoint (judge/submissions.c), and
 * command templates with the list variables {sources} and {files}. */
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

#include "judge/build.h"
#include "judge/lang.h"
#include "judge/submissions.h"
#include "judge/util.h"

static struct language_set langs;
static char root[256];

static int setup(void **state)
{
    (void)state;
    char err[512];
    if (lang_load(&langs, JUDGE_SOURCE_DIR "/judge/languages.json", err, sizeof(err)) < 0) {
        fprintf(stderr, "%s\n", err);
        return -1;
    }
    snprintf(root, sizeof(root), "/tmp/judge-test-programs-%d", (int)getpid());
    return mkdir(root, 0755);
}

static int teardown(void **state)
{
    (void)state;
    lang_set_release(&langs);
    char *cmd = xasprintf("rm -rf '%s'", root);
    int r = system(cmd);
    free(cmd);
    return r == 0 ? 0 : -1;
}

static const struct language *lang(const char *id)
{
    const struct language *l = lang_by_id(&langs, id);
    assert_non_null(l);
    return l;
}

/* The entry point among names, as a name (or NULL, with err). */
static const char *entry(const char *id, const char *const *names, const char *const *texts,
                         const char *named, bool helper, char *err, size_t errlen)
{
    size_t n = 0;
    while (names[n])
        n++;
    int at = lang_entry_point(lang(id), names, texts, n, named, helper, err, errlen);
    return at < 0 ? NULL : names[at];
}

static void test_entry_points(void **state)
{
    (void)state;
    char err[512];
    const char *py[] = {"__main__.py", "helper.py", "main.py", NULL};
    assert_string_equal(entry("python", py, NULL, NULL, false, err, sizeof(err)), "main.py");
    const char *pkg[] = {"__init__.py", "__main__.py", "util.py", NULL};
    assert_string_equal(entry("python", pkg, NULL, NULL, false, err, sizeof(err)), "__main__.py");
    const char *one[] = {"solve.py", NULL};
    assert_string_equal(entry("python", one, NULL, NULL, false, err, sizeof(err)), "solve.py");
    const char *two[] = {"a.py", "b.py", NULL};
    assert_null(entry("python", two, NULL, NULL, false, err, sizeof(err)));
    assert_non_null(strstr(err, "no main.py among 2 Python 3 files (a.py, b.py)"));
    /* The package's choice wins, with or without its extension. */
    assert_string_equal(entry("python", py, NULL, "helper.py", false, err, sizeof(err)),
                        "helper.py");
    assert_string_equal(entry("python", two, NULL, "b", false, err, sizeof(err)), "b.py");
    assert_null(entry("python", two, NULL, "c.py", false, err, sizeof(err)));
    assert_non_null(strstr(err, "'c.py' is none of"));
    /* A checker's folder: the file named like one, as the judge always picked. */
    const char *helper[] = {"gen.py", "validator.py", NULL};
    assert_string_equal(entry("python", helper, NULL, NULL, true, err, sizeof(err)),
                        "validator.py");
    assert_null(entry("python", helper, NULL, NULL, false, err, sizeof(err)));
    /* Java: Main, else the one class with a main method. */
    const char *java[] = {"Helper.java", "Main.java", NULL};
    assert_string_equal(entry("java", java, NULL, NULL, false, err, sizeof(err)), "Main.java");
    assert_string_equal(entry("java", java, NULL, "Helper", false, err, sizeof(err)),
                        "Helper.java");
    const char *solver[] = {"Helper.java", "Solver.java", NULL};
    const char *texts[] = {"class Helper { static int f() { return 1; } } // static void main(",
                           "public class Solver {\n  public static void main(String[] a) {}\n}",
                           NULL};
    assert_string_equal(entry("java", solver, texts, NULL, false, err, sizeof(err)), "Solver.java");
    const char *both[] = {"class A { static public void main(String[] x) {} }",
                          "class B { public static final void main (String[] x) {} }", NULL};
    assert_null(entry("java", solver, both, NULL, false, err, sizeof(err)));
}

static void test_java_main(void **state)
{
    (void)state;
    assert_true(lang_java_has_main("public class M { public static void main(String[] a) {} }"));
    assert_true(lang_java_has_main("class M { static public void main (String... a) {} }"));
    assert_false(lang_java_has_main("class M { void main() {} static void mains() {} }"));
    assert_false(lang_java_has_main("class M { /* static void main( */ String s = \"static "
                                    "void main(\"; }"));
}

/* Java's top-level classes (issue 10): the file's name, the class that runs, a package line. */
static void test_java_classes(void **state)
{
    (void)state;
    char err[256], *k;
    char *name = lang_java_class("import java.util.*;\nclass Solution { public static void "
                                 "main(String[] a) {} }\n");
    assert_string_equal(name, "Solution");
    free(name);
    name = lang_java_class("class Helper {}\npublic class Pub {}\nclass Runner { static void "
                           "main(String[] a) {} }");
    assert_string_equal(name, "Pub");
    free(name);
    name = lang_java_class("// class Comment {}\n\"class Str {}\";");
    assert_string_equal(name, "Main");
    free(name);

    assert_int_equal(lang_java_main_class("class A {}\nclass B { public static void main(String[] "
                                          "a) { class Inner { static void main(int x) {} } } }",
                                          &k, err, sizeof(err)),
                     0);
    assert_string_equal(k, "B");
    free(k);
    /* main of a nested class is not a top-level class's; Foo.class is no declaration. */
    assert_int_equal(lang_java_main_class("class A { static class N { public static void "
                                          "main(String[] a) {} } Object o = A.class; }",
                                          &k, err, sizeof(err)),
                     1);
    assert_null(k);
    assert_int_equal(lang_java_main_class("class A { static void main(String[] a) {} }\nclass B { "
                                          "static void main(String[] a) {} }",
                                          &k, err, sizeof(err)),
                     -1);
    assert_non_null(strstr(err, "(A, B)"));
    assert_int_equal(lang_java_main_class("class A { static void main(String[] a) {} }\npublic "
                                          "class B { static void main(String[] a) {} }",
                                          &k, err, sizeof(err)),
                     0);
    assert_string_equal(k, "B");
    free(k);

    size_t start, end;
    const char *text = "/* header */\npackage com.example . app;\nimport x.Y;\nclass Main {}";
    assert_int_equal(lang_java_package(text, &start, &end, &k), 1);
    assert_string_equal(k, "com.example.app");
    assert_int_equal(strncmp(text + start, "package", 7), 0);
    assert_int_equal(text[end - 1], ';');
    free(k);
    assert_int_equal(
        lang_java_package("class Main { String package_ = \"package x;\"; }", &start, &end, &k), 0);
}

/* Reasons of run-time errors from stderr, by the languages file's rules (issue 10). */
static void test_error_reasons(void **state)
{
    (void)state;
    static char sol_py[] = "solution.py", sol_java[] = "Solution.java";
    char *py_files[] = {sol_py, NULL}, *java_files[] = {sol_java, NULL};
    char *r = lang_error_reason(lang("python"),
                                "debug: 1\nTraceback (most recent call last):\n"
                                "  File \"/prog/main.py\", line 9, in <module>\n    f()\n"
                                "  File \"/prog/solution.py\", line 3, in f\n    return [][1]\n"
                                "IndexError: list index out of range\n",
                                py_files);
    assert_string_equal(r, "IndexError: list index out of range (/prog/solution.py, line 3)");
    free(r);
    /* The last traceback of a chain, and the user's last frame. */
    r = lang_error_reason(lang("python"),
                          "Traceback (most recent call last):\n  File \"/prog/solution.py\", line "
                          "2, in <module>\nKeyError: 1\n\nDuring handling of the above exception, "
                          "another exception occurred:\n\nTraceback (most recent call last):\n"
                          "  File \"/prog/solution.py\", line 4, in <module>\nValueError: no\n",
                          py_files);
    assert_string_equal(r, "ValueError: no (/prog/solution.py, line 4)");
    free(r);
    assert_null(lang_error_reason(lang("python"), "just a line\n", py_files));
    r = lang_error_reason(lang("java"),
                          "Exception in thread \"main\" java.lang.NullPointerException: x\n"
                          "\tat Main.helper(Main.java:40)\n\tat Solution.twoSum(Solution.java:7)\n"
                          "\tat Main.main(Main.java:15)\n",
                          java_files);
    assert_string_equal(r,
                        "java.lang.NullPointerException: x (at Solution.twoSum(Solution.java:7))");
    free(r);
    /* A reason is one bounded line, whatever the program wrote. */
    char long_line[4096] = "Exception in thread \"main\" java.lang.Error: ";
    size_t len = strlen(long_line);
    memset(long_line + len, 'x', sizeof(long_line) - len - 2);
    long_line[sizeof(long_line) - 2] = '\n';
    long_line[sizeof(long_line) - 1] = '\0';
    long_line[len + 5] = '\x1b';
    r = lang_error_reason(lang("java"), long_line, java_files);
    assert_true(strlen(r) <= LANG_REASON_MAX);
    assert_null(strchr(r, '\x1b'));
    free(r);
}

static void test_needs_entry(void **state)
{
    (void)state;
    assert_false(lang_needs_entry(lang("c")));
    assert_false(lang_needs_entry(lang("cpp")));
    assert_false(lang_needs_entry(lang("go")));
    assert_true(lang_needs_entry(lang("python")));
    assert_true(lang_needs_entry(lang("java")));
    assert_true(lang_needs_entry(lang("javascript")));
    assert_true(lang_needs_entry(lang("rust")));
    assert_true(lang_has_extension(lang("cpp"), "util.cpp"));
    assert_false(lang_has_extension(lang("cpp"), "util.h"));
    assert_false(lang_has_extension(lang("cpp"), ".cpp"));
}

static void test_list_variables(void **state)
{
    (void)state;
    char a[] = "/prog/a.cpp", b[] = "/prog/b.cpp";
    char *sources[] = {a, b, NULL};
    char *tmpl[] = {(char *)"cc",         (char *)"{files}",   (char *)"-o",
                    (char *)"{main}.out", (char *)"{sources}", NULL};
    struct lang_vars v = {.main = "/prog/a.cpp", .sources = sources};
    char **argv = lang_expand(lang("cpp"), tmpl, &v);
    const char *want[] = {"cc",          "/prog/a.cpp", "/prog/b.cpp", "-o", "/prog/a.cpp.out",
                          "/prog/a.cpp", "/prog/b.cpp", NULL};
    for (size_t i = 0; want[i]; i++)
        assert_string_equal(argv[i], want[i]);
    assert_null(argv[7]);
    lang_argv_free(argv);
    /* Without lists, {files} is the entry alone (a single file, or a harness). */
    struct lang_vars one = {.main = "/prog/main.c"};
    argv = lang_expand(lang("cpp"), tmpl, &one);
    assert_string_equal(argv[1], "/prog/main.c");
    assert_string_equal(argv[2], "-o");
    lang_argv_free(argv);
}

static void test_glob_patterns(void **state)
{
    (void)state;
    assert_int_equal(submissions_glob_match("accepted", "accepted/x.py"), 1);
    assert_int_equal(submissions_glob_match("accepted/*", "accepted/x.py"), 2);
    assert_int_equal(submissions_glob_match("accepted/x.py", "accepted/x.py"), 2);
    assert_int_equal(submissions_glob_match("*", "accepted/x.py"), 1);
    assert_int_equal(submissions_glob_match("*/x.py", "accepted/x.py"), 2);
    assert_int_equal(submissions_glob_match("accepted/*.py", "accepted/dir/x.py"), 0);
    assert_int_equal(submissions_glob_match("wrong_answer", "accepted/x.py"), 0);
    assert_int_equal(submissions_glob_match("accepted/{a,b}.py", "accepted/b.py"), 2);
    assert_int_equal(submissions_glob_match("accepted/{a,{b,c}d}.py", "accepted/cd.py"), 2);
    assert_int_equal(submissions_glob_match("{accepted,rejected}", "rejected/x"), 1);
    assert_int_equal(submissions_glob_match("acc?pted/x", "accepted/x"), 2);
    /* Many stars cost no more than a few passes (no exponential backtracking). */
    assert_int_equal(submissions_glob_match("accepted/*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b",
                                            "accepted/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
                     0);
    /* Brace bombs are bounded. */
    assert_int_equal(
        submissions_glob_match("{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}", "accepted"), -1);
}

static void put(const char *rel, const char *text)
{
    char *path = path_join(root, rel);
    for (char *s = path + strlen(root) + 1; *s; s++) {
        if (*s == '/') {
            *s = '\0';
            mkdir(path, 0755);
            *s = '/';
        }
    }
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
    free(path);
}

static char *entry_of(const char *rel, char *err, size_t errlen, int *ret)
{
    char *path = path_join(root, rel);
    char *e = NULL;
    *ret = submissions_entry_point(root, path, &e, err, errlen);
    free(path);
    return e;
}

static void test_entrypoint_key(void **state)
{
    (void)state;
    char err[512];
    int r;
    assert_null(entry_of("submissions/accepted/x", err, sizeof(err), &r));
    assert_int_equal(r, 0); /* no submissions.yaml */
    put("submissions/submissions.yaml",
        "accepted:\n  entrypoint: folder.py\n  permitted: [AC]\n"
        "accepted/{x,y}:\n  authors: [A, {name: B}]\n  entrypoint: own.py\n"
        "accepted/*:\n  entrypoint: star.py\n"
        "wrong_answer/z: {entrypoint: z.py}\n");
    char *e = entry_of("submissions/accepted/x", err, sizeof(err), &r);
    assert_int_equal(r, 0);
    /* The pattern accepted/(star) names x itself too, and comes later: among equals the last wins.
     */
    assert_string_equal(e, "star.py");
    free(e);
    put("submissions/submissions.yaml",
        "accepted/{x,y}:\n  entrypoint: own.py\naccepted:\n  entrypoint: folder.py\n");
    e = entry_of("submissions/accepted/y", err, sizeof(err), &r);
    assert_string_equal(e, "own.py"); /* the submission's own pattern beats its folder's */
    free(e);
    e = entry_of("submissions/accepted/w", err, sizeof(err), &r);
    assert_string_equal(e, "folder.py");
    free(e);
    assert_null(entry_of("submissions/wrong_answer/w", err, sizeof(err), &r));
    assert_int_equal(r, 0);
    put("submissions/submissions.yaml", "accepted:\n  entrypoint: ../x.py\n");
    assert_null(entry_of("submissions/accepted/w", err, sizeof(err), &r));
    assert_int_equal(r, -1);
    assert_non_null(strstr(err, "submissions.yaml:2: entrypoint must name a file"));
    put("submissions/submissions.yaml", "accepted: [\n");
    assert_null(entry_of("submissions/accepted/w", err, sizeof(err), &r));
    assert_int_equal(r, -1);
    assert_non_null(strstr(err, "malformed YAML"));
    struct strbuf deep = STRBUF_INIT;
    strbuf_addstr(&deep, "accepted:\n  x: ");
    for (int i = 0; i < 40; i++)
        strbuf_addstr(&deep, "[");
    put("submissions/submissions.yaml", deep.buf);
    strbuf_release(&deep);
    assert_null(entry_of("submissions/accepted/w", err, sizeof(err), &r));
    assert_int_equal(r, -1);
    assert_non_null(strstr(err, "nested deeper than 32"));
    put("submissions/submissions.yaml", "");
    assert_null(entry_of("submissions/accepted/w", err, sizeof(err), &r));
    assert_int_equal(r, 0);
}

/* build.c opens a package's files beneath the package at the moment it reads them (not by a
 * path the loader checked earlier): a validator's file swapped for a link out of the package
 * after the package loaded is refused, never read. */
static void test_build_takes_package_files_only(void **state)
{
    (void)state;
    char err[1024];
    struct program prog;
    put("pkg/output_validator/validator.c", "int main(void) { return 42; }\n");
    char *pkg = path_join(root, "pkg");
    char *dir = path_join(pkg, "output_validator");
    char *link = path_join(dir, "secret.txt");
    assert_int_equal(symlink("/etc/passwd", link), 0);
    assert_int_equal(build_cached(&langs, pkg, dir, &prog, err, sizeof(err)), -1);
    assert_non_null(strstr(err, "secret.txt: a symbolic link that leaves the package"));
    unlink(link);
    char *source = path_join(dir, "validator.c");
    unlink(source);
    assert_int_equal(symlink("/etc/passwd", source), 0);
    assert_int_equal(build_cached(&langs, pkg, source, &prog, err, sizeof(err)), -1);
    assert_non_null(strstr(err, "validator.c: a symbolic link that leaves the package"));
    /* And build_path_within says which solutions are the package's. */
    assert_true(build_path_within(pkg, source));
    assert_false(build_path_within(pkg, pkg));
    assert_false(build_path_within(dir, "/elsewhere/x"));
    char *escape = xasprintf("%s/../x", pkg);
    assert_false(build_path_within(pkg, escape));
    free(escape);
    free(source);
    free(link);
    free(dir);
    free(pkg);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_entry_points),
        cmocka_unit_test(test_java_main),
        cmocka_unit_test(test_java_classes),
        cmocka_unit_test(test_error_reasons),
        cmocka_unit_test(test_needs_entry),
        cmocka_unit_test(test_list_variables),
        cmocka_unit_test(test_glob_patterns),
        cmocka_unit_test(test_entrypoint_key),
        cmocka_unit_test(test_build_takes_package_files_only),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
