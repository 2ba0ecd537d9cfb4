/* test_cache.c: unit tests of the judge's private cache (judge/cache.c): where it lives, which
 * directories it refuses, and entries that are verified, never followed through a link. */
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
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "judge/cache.h"
#include "judge/util.h"

#define FORMAT "test-entry 1"

static char base[256];

static int setup(void **state)
{
    (void)state;
    snprintf(base, sizeof(base), "/tmp/judge-test-cache.XXXXXX");
    if (!mkdtemp(base))
        return -1;
    setenv("XDG_CACHE_HOME", base, 1);
    unsetenv("HOME");
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    char command[512];
    snprintf(command, sizeof(command), "rm -rf '%s'", base);
    return system(command) == 0 ? 0 : -1;
}

static void key_of(const char *text, char out[65])
{
    struct cache_key k;
    cache_key_init(&k, "test");
    cache_key_addf(&k, "%s", text);
    cache_key_final(&k, out);
}

static int data_fd(const char *text)
{
    int fd = memfd_create("data", MFD_CLOEXEC);
    assert_true(fd >= 0);
    assert_int_equal(write_all(fd, text, strlen(text)), 0);
    return fd;
}

static char *entry_path(const struct judge_cache *c, const char *key)
{
    return path_join(c->path, key);
}

static void open_area(struct judge_cache *c, const char *area)
{
    char err[512];
    assert_int_equal(cache_open(c, area, err, sizeof(err)), 0);
    assert_true(c->dirfd >= 0);
}

static void test_round_trip_and_private_modes(void **state)
{
    (void)state;
    struct judge_cache c;
    open_area(&c, "round");
    char key[65];
    key_of("round", key);
    int fd = data_fd("built bytes");
    assert_int_equal(cache_put(&c, key, FORMAT, "meta\n", 5, fd, 11), 0);
    close(fd);

    struct cache_entry e;
    assert_int_equal(cache_get(&c, key, FORMAT, 1 << 20, &e), 1);
    assert_string_equal(e.meta, "meta\n");
    assert_int_equal(e.data_len, 11);
    char buf[16] = "";
    assert_int_equal(pread(e.data_fd, buf, sizeof(buf), 0), 11);
    assert_memory_equal(buf, "built bytes", 11);
    cache_entry_release(&e);

    /* Another format of the same key is not this entry. */
    assert_int_equal(cache_get(&c, key, "test-entry 2", 1 << 20, &e), 0);

    struct stat st;
    char *p = path_join(base, "judge");
    assert_int_equal(stat(p, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0700);
    free(p);
    assert_int_equal(stat(c.path, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0700);
    key_of("modes", key);
    assert_int_equal(cache_put(&c, key, FORMAT, "x\n", 2, -1, 0), 0);
    p = entry_path(&c, key);
    assert_int_equal(stat(p, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0600);
    free(p);
    cache_close(&c);
}

/* An area over its bound loses its least recently used entries, and only entries. */
static void test_trim_least_recently_used(void **state)
{
    (void)state;
    struct judge_cache c;
    open_area(&c, "lru");
    char keys[6][65];
    char big[40001];
    memset(big, 'b', sizeof(big) - 1);
    big[sizeof(big) - 1] = '\0';
    int fd = data_fd(big);
    for (int i = 0; i < 6; i++) {
        char name[16];
        snprintf(name, sizeof(name), "lru-%d", i);
        key_of(name, keys[i]);
        assert_int_equal(cache_put(&c, keys[i], FORMAT, "m\n", 2, fd, (off_t)strlen(big)), 0);
        /* Distinct, increasing times of use: 0 is the oldest. */
        struct timespec t[2] = {{.tv_nsec = UTIME_OMIT}, {.tv_sec = 1000000 + i}};
        assert_int_equal(utimensat(c.dirfd, keys[i], t, 0), 0);
    }
    close(fd);
    /* Using entry 0 makes it the newest. */
    struct cache_entry e;
    assert_int_equal(cache_get(&c, keys[0], FORMAT, 1 << 20, &e), 1);
    cache_entry_release(&e);
    int other = openat(c.dirfd, "not-an-entry.tmp", O_WRONLY | O_CREAT, 0600);
    assert_true(other >= 0);
    close(other);

    struct stat st;
    assert_int_equal(fstatat(c.dirfd, keys[1], &st, 0), 0);
    long long each = (long long)st.st_blocks * 512;
    assert_int_equal(cache_trim(&c, 6 * each + 1), 0); /* within the bound: nothing goes */
    int gone = cache_trim(&c, 4 * each);
    assert_int_equal(gone, 3); /* down to 3/4 of the bound: three entries go */
    for (int i = 1; i <= 3; i++)
        assert_int_equal(cache_get(&c, keys[i], FORMAT, 1 << 20, &e), 0);
    for (int i = 0; i < 6; i++) {
        if (i >= 1 && i <= 3)
            continue;
        assert_int_equal(cache_get(&c, keys[i], FORMAT, 1 << 20, &e), 1);
        cache_entry_release(&e);
    }
    assert_int_equal(faccessat(c.dirfd, "not-an-entry.tmp", F_OK, 0), 0);
    cache_close(&c);
}

static void test_changed_or_moved_entries_are_dropped(void **state)
{
    (void)state;
    struct judge_cache c;
    open_area(&c, "changed");
    char key[65], other[65];
    key_of("one", key);
    key_of("two", other);
    int fd = data_fd("0123456789");
    assert_int_equal(cache_put(&c, key, FORMAT, "m\n", 2, fd, 10), 0);
    close(fd);

    /* One byte changed in the data part: not trusted, and removed. */
    char *p = entry_path(&c, key);
    struct stat st;
    assert_int_equal(stat(p, &st), 0);
    int w = open(p, O_WRONLY);
    assert_true(w >= 0);
    assert_int_equal(pwrite(w, "X", 1, st.st_size - 1), 1);
    close(w);
    struct cache_entry e;
    assert_int_equal(cache_get(&c, key, FORMAT, 1 << 20, &e), 0);
    assert_int_equal(access(p, F_OK), -1);

    /* A whole, valid entry moved to another key is not that key's entry. */
    fd = data_fd("0123456789");
    assert_int_equal(cache_put(&c, key, FORMAT, "m\n", 2, fd, 10), 0);
    close(fd);
    char *q = entry_path(&c, other);
    assert_int_equal(rename(p, q), 0);
    assert_int_equal(cache_get(&c, other, FORMAT, 1 << 20, &e), 0);

    /* Truncated, and too large for the caller's bound. */
    fd = data_fd("0123456789");
    assert_int_equal(cache_put(&c, key, FORMAT, "m\n", 2, fd, 10), 0);
    assert_int_equal(cache_get(&c, key, FORMAT, 8, &e), 0);
    assert_int_equal(cache_put(&c, key, FORMAT, "m\n", 2, fd, 10), 0);
    close(fd);
    assert_int_equal(truncate(p, 20), 0);
    assert_int_equal(cache_get(&c, key, FORMAT, 1 << 20, &e), 0);
    free(p);
    free(q);
    cache_close(&c);
}

static void test_symlinked_entry_is_not_followed(void **state)
{
    (void)state;
    struct judge_cache c;
    open_area(&c, "linked");
    char key[65];
    key_of("linked", key);
    /* A valid entry elsewhere, linked in: not opened, and the link (not its target) removed. */
    int fd = data_fd("payload");
    assert_int_equal(cache_put(&c, key, FORMAT, "m\n", 2, fd, 7), 0);
    close(fd);
    char *p = entry_path(&c, key);
    char *target = path_join(base, "elsewhere");
    assert_int_equal(rename(p, target), 0);
    assert_int_equal(symlink(target, p), 0);
    struct cache_entry e;
    assert_int_equal(cache_get(&c, key, FORMAT, 1 << 20, &e), 0);
    struct stat st;
    assert_int_equal(lstat(p, &st), -1);
    assert_int_equal(stat(target, &st), 0);
    free(p);
    free(target);
    cache_close(&c);
}

static void test_unsafe_directories_are_refused(void **state)
{
    (void)state;
    struct judge_cache c;
    char err[512];
    char *root = path_join(base, "judge");
    char *area = path_join(root, "open-area");
    assert_int_equal(mkdir(root, 0700) == 0 || access(root, F_OK) == 0, 1);
    assert_int_equal(mkdir(area, 0700), 0);
    assert_int_equal(chmod(area, 0777), 0);
    assert_int_equal(cache_open(&c, "open-area", err, sizeof(err)), -1);
    assert_non_null(strstr(err, area));
    assert_non_null(strstr(err, "writable by group or others"));
    cache_close(&c);

    /* A symlink where an area should be. */
    char *linked = path_join(root, "linked-area");
    assert_int_equal(symlink(base, linked), 0);
    assert_int_equal(cache_open(&c, "linked-area", err, sizeof(err)), -1);
    assert_non_null(strstr(err, "symlink"));
    cache_close(&c);

    /* Another user's directory (only root can make one to test with). */
    if (geteuid() == 0) {
        char *foreign = path_join(root, "foreign-area");
        assert_int_equal(mkdir(foreign, 0700), 0);
        assert_int_equal(chown(foreign, 65534, 65534), 0);
        assert_int_equal(cache_open(&c, "foreign-area", err, sizeof(err)), -1);
        assert_non_null(strstr(err, "belongs to uid 65534"));
        cache_close(&c);
        free(foreign);
    }

    /* A directory of the user's readable by others (as older judges made) is narrowed. */
    char *readable = path_join(root, "readable-area");
    assert_int_equal(mkdir(readable, 0755), 0);
    assert_int_equal(chmod(readable, 0755), 0);
    open_area(&c, "readable-area");
    struct stat st;
    assert_int_equal(stat(readable, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0700);
    cache_close(&c);
    free(readable);
    free(linked);
    free(area);
    free(root);
}

static void test_fallback_without_home(void **state)
{
    (void)state;
    char tmp[300];
    snprintf(tmp, sizeof(tmp), "%s/tmp", base);
    assert_int_equal(mkdir(tmp, 01777), 0);
    unsetenv("XDG_CACHE_HOME");
    unsetenv("HOME");
    setenv("TMPDIR", tmp, 1);
    struct judge_cache c;
    open_area(&c, "area");
    char want[400];
    snprintf(want, sizeof(want), "%s/judge-cache-%u/area", tmp, (unsigned)geteuid());
    assert_string_equal(c.path, want);
    cache_close(&c);
    struct stat st;
    want[strlen(want) - strlen("/area")] = '\0';
    assert_int_equal(stat(want, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0700);
    setenv("XDG_CACHE_HOME", base, 1);
    unsetenv("TMPDIR");
}

static void test_keys_stream_whole_files(void **state)
{
    (void)state;
    /* A key over a descriptor equals the key over the same bytes, and sees every byte. */
    size_t len = 9u << 20;
    char *big = xmalloc(len);
    memset(big, 'a', len);
    int fd = memfd_create("big", MFD_CLOEXEC);
    assert_int_equal(write_all(fd, big, len), 0);
    struct cache_key k;
    char from_fd[65], from_buf[65], changed[65];
    cache_key_init(&k, "test");
    assert_int_equal(cache_key_add_fd(&k, fd, 0, (off_t)len), 0);
    cache_key_final(&k, from_fd);
    cache_key_init(&k, "test");
    cache_key_add(&k, big, len);
    cache_key_final(&k, from_buf);
    assert_string_equal(from_fd, from_buf);
    assert_int_equal(pwrite(fd, "b", 1, (off_t)len - 1), 1);
    cache_key_init(&k, "test");
    assert_int_equal(cache_key_add_fd(&k, fd, 0, (off_t)len), 0);
    cache_key_final(&k, changed);
    assert_string_not_equal(from_fd, changed);
    /* Shorter than asked: an error, not a key. */
    cache_key_init(&k, "test");
    assert_int_equal(cache_key_add_fd(&k, fd, 0, (off_t)len + 1), -EIO);
    cache_key_abandon(&k);
    close(fd);
    free(big);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_round_trip_and_private_modes),
        cmocka_unit_test(test_changed_or_moved_entries_are_dropped),
        cmocka_unit_test(test_trim_least_recently_used),
        cmocka_unit_test(test_symlinked_entry_is_not_followed),
        cmocka_unit_test(test_unsafe_directories_are_refused),
        cmocka_unit_test(test_fallback_without_home),
        cmocka_unit_test(test_keys_stream_whole_files),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
