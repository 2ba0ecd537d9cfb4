/* test_pkgfile.c: unit tests of opening a package's files (judge/pkgfile.c), with openat2 and
 * with the component-by-component walk used where the kernel has none. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <cmocka.h>

#include "judge/pkgfile.h"
#include "judge/util.h"

static char root[256];
static char *pkg;     /* the package: root/pkg */
static char *outside; /* a private file beside it: root/secret */

static void put(const char *rel, const char *text)
{
    char *path = path_join(pkg, rel);
    for (char *s = path + strlen(pkg) + 1; *s; s++) {
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

static void put_link(const char *target, const char *rel)
{
    char *path = path_join(pkg, rel);
    unlink(path);
    assert_int_equal(symlink(target, path), 0);
    free(path);
}

static char *at(const char *rel)
{
    return path_join(pkg, rel);
}

/* Opens rel and expects a message containing want (NULL: success, and reads back text). */
static void expect_open(const char *rel, long long max, const char *want)
{
    char err[512] = "";
    char *path = at(rel);
    int fd = pkg_open(pkg, path, max, err, sizeof(err));
    if (!want) {
        if (fd < 0)
            fail_msg("%s: %s", rel, err);
        char buf[64];
        ssize_t n = read(fd, buf, sizeof(buf) - 1);
        assert_true(n > 0);
        assert_int_equal(fcntl(fd, F_GETFL) & O_NONBLOCK, 0);
        close(fd);
    } else {
        assert_int_equal(fd, -1);
        if (!strstr(err, want))
            fail_msg("%s: message '%s' lacks '%s'", rel, err, want);
        /* Messages name the file as the user named it. */
        assert_memory_equal(err, path, strlen(path));
    }
    free(path);
}

static int setup(void **state)
{
    (void)state;
    const char *tmp = getenv("TMPDIR");
    snprintf(root, sizeof(root), "%s/test-pkgfile-XXXXXX", tmp && tmp[0] ? tmp : "/tmp");
    if (!mkdtemp(root))
        return -1;
    pkg = path_join(root, "pkg");
    outside = path_join(root, "secret");
    mkdir(pkg, 0755);
    FILE *f = fopen(outside, "w");
    fputs("secret\n", f);
    fclose(f);
    chmod(outside, 0600);
    put("tests/1.in", "1 2\n");
    put("tests/1.ans", "3\n");
    put("data/secret/a.in", "a\n");
    put("data/.hidden", "x\n");
    put("data/b.txt", "b\n");
    put_link("../tests/1.in", "data/inside.in");    /* stays inside */
    put_link(outside, "data/absolute.in");          /* leaves: absolute */
    put_link("../../secret", "data/escape.in");     /* leaves: .. */
    put_link("/proc/self/environ", "data/environ"); /* leaves, into /proc */
    put_link("secret", "data/dirlink");             /* a directory inside */
    put_link("nothing", "data/dangling");
    char *fifo = at("data/fifo.in");
    mkfifo(fifo, 0644);
    free(fifo);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    char *cmd = xasprintf("rm -rf '%s'", root);
    int r = system(cmd);
    free(cmd);
    free(pkg);
    free(outside);
    return r == 0 ? 0 : -1;
}

static void test_open(void **state)
{
    (void)state;
    pkg_force_fallback(false);
    expect_open("tests/1.in", 100, NULL);
    expect_open("data/inside.in", 100, NULL);
    expect_open("data/absolute.in", 100,
                "data/absolute.in: a symbolic link that leaves the package");
    expect_open("data/escape.in", 100, "data/escape.in: a symbolic link that leaves the package");
    expect_open("data/environ", 100, "data/environ: a symbolic link that leaves the package");
    expect_open("data/../../secret", 100, "a symbolic link that leaves the package");
    /* A FIFO is refused without blocking; a directory is not a file. */
    expect_open("data/fifo.in", 100, "data/fifo.in: not a regular file (a FIFO)");
    expect_open("data/secret", 100, "data/secret: not a regular file (a directory)");
    expect_open("data/dirlink", 100, "not a regular file (a directory)");
    expect_open("data/dangling", 100, "No such file or directory");
    expect_open("tests/1.in", 3, "tests/1.in: larger than 3 bytes");
    /* Paths outside the package given are refused as such. */
    char err[256];
    assert_int_equal(pkg_open(pkg, outside, 100, err, sizeof(err)), -1);
    assert_non_null(strstr(err, "not inside the package"));
}

static void test_open_without_openat2(void **state)
{
    (void)state;
    pkg_force_fallback(true);
    expect_open("tests/1.in", 100, NULL);
    expect_open("tests//./1.in", 100, NULL);
    /* Every link is refused: the walk cannot tell where it leads. */
    expect_open("data/inside.in", 100,
                "data/inside.in: a symbolic link, which the judge does not "
                "follow on this kernel");
    expect_open("data/absolute.in", 100, "a symbolic link, which the judge does not follow");
    expect_open("data/environ", 100, "a symbolic link, which the judge does not follow");
    expect_open("data/dirlink/a.in", 100, "a symbolic link, which the judge does not follow");
    expect_open("data/../tests/1.in", 100, "a symbolic link that leaves the package");
    expect_open("data/fifo.in", 100, "not a regular file (a FIFO)");
    expect_open("tests/1.in", 3, "larger than 3 bytes");
    pkg_force_fallback(false);
}

static void test_read(void **state)
{
    (void)state;
    char err[256];
    size_t len;
    char *path = at("tests/1.ans");
    char *text = pkg_read(pkg, path, 100, &len, err, sizeof(err));
    assert_non_null(text);
    assert_string_equal(text, "3\n");
    assert_int_equal(len, 2);
    free(text);
    free(path);
    path = at("data/absolute.in");
    assert_null(pkg_read(pkg, path, 100, &len, err, sizeof(err)));
    assert_non_null(strstr(err, "leaves the package"));
    free(path);
    char cap[32];
    assert_string_equal(pkg_size_name(1LL << 30, cap, sizeof(cap)), "1 GiB");
    assert_string_equal(pkg_size_name(256 << 10, cap, sizeof(cap)), "256 KiB");
    assert_string_equal(pkg_size_name(1000, cap, sizeof(cap)), "1000 bytes");
}

static void test_list(void **state)
{
    (void)state;
    for (int fallback = 0; fallback < 2; fallback++) {
        pkg_force_fallback(fallback);
        struct pkg_entry *e;
        size_t n, budget = 100;
        char err[256];
        char *data = at("data");
        assert_int_equal(pkg_list(pkg, data, &e, &n, &budget, err, sizeof(err)), 0);
        static const char *const names[] = {"absolute.in", "b.txt",     "dangling",
                                            "dirlink",     "environ",   "escape.in",
                                            "fifo.in",     "inside.in", "secret"};
        assert_int_equal(n, 9);
        for (size_t i = 0; i < n; i++)
            assert_string_equal(e[i].name, names[i]);
        assert_int_equal(budget, 100 - 10); /* .hidden counts, and is skipped */
        assert_int_equal(e[0].kind, PKG_BROKEN);
        assert_true(e[0].link);
        assert_int_equal(e[0].error, fallback ? ENOLINK : EXDEV);
        assert_int_equal(e[1].kind, PKG_FILE);
        assert_false(e[1].link);
        assert_int_equal(e[2].kind, PKG_BROKEN);
        assert_int_equal(e[3].kind, fallback ? PKG_BROKEN : PKG_DIR);
        assert_true(e[3].link);
        assert_int_equal(e[6].kind, PKG_SPECIAL);
        assert_int_equal(e[7].kind, fallback ? PKG_BROKEN : PKG_FILE);
        assert_int_equal(e[8].kind, PKG_DIR);
        assert_false(e[8].link);
        assert_int_equal(pkg_entry_check("x", &e[1], err, sizeof(err)), 0);
        assert_int_equal(pkg_entry_check("x", &e[6], err, sizeof(err)), -1);
        assert_string_equal(err, "x: not a regular file (a FIFO)");
        if (!fallback) {
            assert_int_equal(pkg_entry_check("x", &e[3], err, sizeof(err)), -1);
            assert_string_equal(
                err, "x: a symbolic link to a directory, which the judge does not follow");
            assert_int_equal(pkg_entry_check("x", &e[7], err, sizeof(err)), 0);
        }
        pkg_entries_free(e, n);

        /* The walk's budget: past it, an error naming the folder. */
        budget = 5;
        assert_int_equal(pkg_list(pkg, data, &e, &n, &budget, err, sizeof(err)), -1);
        assert_non_null(strstr(err, "/data: more than 100000 entries"));
        free(data);

        /* A directory is never reached through a link. */
        budget = 100;
        char *linked = at("data/dirlink");
        assert_int_equal(pkg_list(pkg, linked, &e, &n, &budget, err, sizeof(err)), -1);
        assert_non_null(strstr(err, "data/dirlink: "));
        free(linked);
        /* The package's root itself lists. */
        assert_int_equal(pkg_list(pkg, pkg, &e, &n, &budget, err, sizeof(err)), 0);
        assert_int_equal(n, 2);
        pkg_entries_free(e, n);
    }
    pkg_force_fallback(false);
}

static void test_stat(void **state)
{
    (void)state;
    struct pkg_entry e;
    char *p = at("missing.yaml");
    pkg_stat(pkg, p, &e);
    assert_int_equal(e.kind, PKG_MISSING);
    free(p);
    p = at("tests/1.in");
    pkg_stat(pkg, p, &e);
    assert_int_equal(e.kind, PKG_FILE);
    assert_false(e.link);
    free(p);
    p = at("data/environ");
    pkg_stat(pkg, p, &e);
    assert_int_equal(e.kind, PKG_BROKEN);
    assert_true(e.link);
    assert_int_equal(e.error, EXDEV);
    free(p);
    p = at("data/dirlink/a.in"); /* a file, through a linked directory */
    pkg_stat(pkg, p, &e);
    assert_int_equal(e.kind, PKG_FILE);
    assert_true(e.link);
    free(p);
}

static void test_check_program(void **state)
{
    (void)state;
    char err[512];
    put("validator/main.c", "int main(void) { return 42; }\n");
    put("validator/lib/util.h", "\n");
    char *v = at("validator");
    assert_int_equal(pkg_check_program(pkg, v, false, err, sizeof(err)), 0);
    /* Anywhere in the folder: a link out, a link to a directory, a FIFO. */
    put_link(outside, "validator/lib/id_rsa");
    assert_int_equal(pkg_check_program(pkg, v, false, err, sizeof(err)), -1);
    assert_non_null(strstr(err, "validator/lib/id_rsa: a symbolic link that leaves the package"));
    char *l = at("validator/lib/id_rsa");
    unlink(l);
    put_link("..", "validator/lib/up");
    assert_int_equal(pkg_check_program(pkg, v, false, err, sizeof(err)), -1);
    assert_non_null(strstr(err, "validator/lib/up: a symbolic link to a directory"));
    free(l);
    l = at("validator/lib/up");
    unlink(l);
    free(l);
    /* A single file, with its neighbours (which build.c takes along) or without. */
    char *main_c = at("validator/main.c");
    assert_int_equal(pkg_check_program(pkg, main_c, true, err, sizeof(err)), 0);
    char *fifo = at("validator/pipe");
    mkfifo(fifo, 0644);
    assert_int_equal(pkg_check_program(pkg, main_c, false, err, sizeof(err)), 0);
    assert_int_equal(pkg_check_program(pkg, main_c, true, err, sizeof(err)), -1);
    assert_non_null(strstr(err, "validator/pipe: not a regular file (a FIFO)"));
    unlink(fifo);
    free(fifo);
    put_link(outside, "validator/main.c");
    assert_int_equal(pkg_check_program(pkg, main_c, false, err, sizeof(err)), -1);
    assert_non_null(strstr(err, "validator/main.c: a symbolic link that leaves the package"));
    free(main_c);
    free(v);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_open), cmocka_unit_test(test_open_without_openat2),
        cmocka_unit_test(test_read), cmocka_unit_test(test_list),
        cmocka_unit_test(test_stat), cmocka_unit_test(test_check_program),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
