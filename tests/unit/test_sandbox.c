/* test_sandbox.c: unit tests of the sandbox's pure pieces: limits, rlimits, names, results
 * opened without following what a run left behind, directories emptied safely, the seccomp
 * programs built with the judge and the spawner's prefix; and real boxes: a program shown in
 * place of a copy, a first run sent with the box, runs made by a box's spawner. */
#define _GNU_SOURCE
#include "sandbox/internal.h"

#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <linux/seccomp.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

static void test_limits_defaults(void **state)
{
    (void)state;
    struct sbx_limits l = {0};
    char err[128];
    assert_int_equal(sbx_limits_resolve(&l, err, sizeof(err)), 0);
    assert_int_equal(l.time_ms, 10000);
    assert_int_equal(l.wall_ms, 2 * 10000 + 1000);
    assert_int_equal(l.memory_kib, 256 * 1024);
    assert_int_equal(l.output_kib, 64 * 1024);
    assert_int_equal(l.processes, 64);
    assert_int_equal(l.open_files, 64);

    struct sbx_limits m = {.time_ms = 1500};
    assert_int_equal(sbx_limits_resolve(&m, err, sizeof(err)), 0);
    assert_int_equal(m.wall_ms, 4000);
}

static void test_limits_refused(void **state)
{
    (void)state;
    char err[128];
    struct sbx_limits negative = {.time_ms = -5};
    assert_int_equal(sbx_limits_resolve(&negative, err, sizeof(err)), -EINVAL);
    assert_non_null(strstr(err, "time limit"));
    assert_non_null(strstr(err, "-5"));
    struct sbx_limits absurd = {.memory_kib = 1L << 40};
    assert_int_equal(sbx_limits_resolve(&absurd, err, sizeof(err)), -EINVAL);
    assert_non_null(strstr(err, "memory limit"));
    struct sbx_limits mode = {.memory_mode = 7};
    assert_int_equal(sbx_limits_resolve(&mode, err, sizeof(err)), -EINVAL);
}

static const struct rlimit *find(const struct sbx_rlimits *r, int resource)
{
    for (int i = 0; i < r->count; i++) {
        if (r->resource[i] == resource)
            return &r->value[i];
    }
    fail_msg("resource %d not set", resource);
    return NULL;
}

static void test_rlimits(void **state)
{
    (void)state;
    struct sbx_limits l = {.time_ms = 1200, .memory_kib = 1024, .output_kib = 2};
    struct sbx_rlimits r;
    char err[128];
    assert_int_equal(sbx_limits_resolve(&l, err, sizeof(err)), 0);

    sbx_limits_rlimits(&l, 0, &r);
    /* CPU backstop: whole seconds rounded up, plus one; the hard limit one later. */
    assert_int_equal(find(&r, RLIMIT_CPU)->rlim_cur, 3);
    assert_int_equal(find(&r, RLIMIT_CPU)->rlim_max, 4);
    assert_int_equal(find(&r, RLIMIT_AS)->rlim_cur, 1024 * 1024);
    /* One byte over the output limit, so that "more than" is seen (keeper.c). */
    assert_int_equal(find(&r, RLIMIT_FSIZE)->rlim_cur, 2 * 1024 + 1);
    assert_true(find(&r, RLIMIT_STACK)->rlim_cur == RLIM_INFINITY);
    assert_int_equal(find(&r, RLIMIT_CORE)->rlim_max, 0);
    assert_int_equal(find(&r, RLIMIT_NPROC)->rlim_cur, 64);

    /* In a user namespace the keeper's tasks count against the run's NPROC. */
    sbx_limits_rlimits(&l, 2, &r);
    assert_int_equal(find(&r, RLIMIT_NPROC)->rlim_cur, 66);

    /* Resident mode: no address-space limit, a generous data backstop. */
    l.memory_mode = SBX_MEMORY_RESIDENT;
    sbx_limits_rlimits(&l, 0, &r);
    assert_true(find(&r, RLIMIT_AS)->rlim_cur == RLIM_INFINITY);
    assert_true(find(&r, RLIMIT_DATA)->rlim_cur > 1024 * 1024);
}

static void test_names(void **state)
{
    (void)state;
    enum sbx_profile p;
    assert_int_equal(sbx_profile_parse("jvm", &p), 0);
    assert_int_equal(p, SBX_PROFILE_JVM);
    assert_int_equal(sbx_profile_parse("nothing", &p), -1);
    assert_string_equal(sbx_profile_name(SBX_PROFILE_COMPILER), "compiler");
    assert_string_equal(sbx_status_name(SBX_BLOCKED_SYSCALL), "blocked syscall");
    assert_string_equal(sbx_signal_name(SIGSEGV), "SIGSEGV");
    assert_string_equal(sbx_signal_name(SIGXCPU), "SIGXCPU");
    assert_true(sbx_box_owns_path("/tmp"));
    assert_true(sbx_box_owns_path("/tmp/x"));
    assert_true(sbx_box_owns_path("/proc/self"));
    assert_true(sbx_box_owns_path("/"));
    assert_false(sbx_box_owns_path("/tmpfoo"));
    assert_false(sbx_box_owns_path("/opt/jdk"));
}

static char dir[64];

static int make_dir(void **state)
{
    (void)state;
    snprintf(dir, sizeof(dir), "/var/tmp/test-sandbox-XXXXXX");
    return mkdtemp(dir) ? 0 : -1;
}

static int remove_dir(void **state)
{
    (void)state;
    int fd = open(dir, O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        sbx_wipe_dir(fd, 0);
        close(fd);
    }
    return rmdir(dir);
}

static void touch(const char *name, const char *text)
{
    char path[256];
    snprintf(path, sizeof(path), "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static void test_open_result(void **state)
{
    (void)state;
    char path[256], outside[256];
    int dfd = open(dir, O_RDONLY | O_DIRECTORY);
    assert_true(dfd >= 0);

    touch("out", "42\n");
    int fd = sbx_open_result(dfd, "out");
    assert_true(fd >= 0);
    char buf[8] = "";
    assert_int_equal(read(fd, buf, sizeof(buf) - 1), 3);
    assert_string_equal(buf, "42\n");
    close(fd);

    /* What a run could leave in place of its output: never followed, never opened. */
    snprintf(outside, sizeof(outside), "%s/secret", dir);
    touch("secret", "s3cret\n");
    snprintf(path, sizeof(path), "%s/link", dir);
    assert_int_equal(symlink(outside, path), 0);
    assert_true(sbx_open_result(dfd, "link") < 0);
    snprintf(path, sizeof(path), "%s/fifo", dir);
    assert_int_equal(mkfifo(path, 0644), 0);
    assert_true(sbx_open_result(dfd, "fifo") < 0); /* and does not block */
    snprintf(path, sizeof(path), "%s/sub", dir);
    assert_int_equal(mkdir(path, 0755), 0);
    assert_true(sbx_open_result(dfd, "sub") < 0);
    assert_true(sbx_open_result(dfd, "../etc/passwd") < 0);
    assert_true(sbx_open_result(dfd, "/etc/passwd") < 0);
    close(dfd);
}

static void test_wipe_dir(void **state)
{
    (void)state;
    char path[512];
    /* A target outside the directory being wiped, reached by a symlink inside it. */
    char keep[] = "/var/tmp/test-sandbox-keep-XXXXXX";
    assert_non_null(mkdtemp(keep));
    snprintf(path, sizeof(path), "%s/precious", keep);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fclose(f);

    snprintf(path, sizeof(path), "%s/a/b/c", dir);
    char cmd[2048];
    snprintf(cmd, sizeof(cmd), "mkdir -p %s && touch %s/x %s/a/y", path, path, dir);
    assert_int_equal(system(cmd), 0);
    snprintf(path, sizeof(path), "%s/a/escape", dir);
    assert_int_equal(symlink(keep, path), 0);
    snprintf(path, sizeof(path), "%s/a/b", dir);
    assert_int_equal(chmod(path, 0), 0); /* a run made it unreadable */

    int dfd = open(dir, O_RDONLY | O_DIRECTORY);
    assert_int_equal(sbx_wipe_dir(dfd, 0), 0);
    close(dfd);
    snprintf(path, sizeof(path), "%s/a", dir);
    assert_int_equal(access(path, F_OK), -1);
    snprintf(path, sizeof(path), "%s/precious", keep);
    assert_int_equal(access(path, F_OK), 0); /* not followed */
    unlink(path);
    rmdir(keep);
}

/* What a run can leave: a chain of directories far deeper than the descriptor limit (each
 * level once held a descriptor, and the wipe started over forever), with unreadable and
 * unwritable levels, a wide level and awkward names. The wipe ends, with everything gone, and
 * never holds more than a few descriptors. */
static void test_wipe_deep_and_wide(void **state)
{
    (void)state;
    struct rlimit old, low = {.rlim_cur = 64, .rlim_max = 0};
    assert_int_equal(getrlimit(RLIMIT_NOFILE, &old), 0);
    low.rlim_max = old.rlim_max;

    int dfd = open(dir, O_RDONLY | O_DIRECTORY);
    assert_true(dfd >= 0);
    int cur = dup(dfd);
    for (int i = 0; i < 12000; i++) {
        char name[32];
        snprintf(name, sizeof(name), i % 3 ? "d" : "\x01 ..d\n%d", i);
        assert_int_equal(mkdirat(cur, name, 0755), 0);
        if (i % 1000 == 0) {
            int f = openat(cur, "file", O_WRONLY | O_CREAT, 0600);
            assert_true(f >= 0);
            close(f);
        }
        int next = openat(cur, name, O_RDONLY | O_DIRECTORY);
        assert_true(next >= 0);
        if (i % 997 == 0)
            fchmod(cur, 0500); /* its parent: no longer writable */
        close(cur);
        cur = next;
    }
    for (int i = 0; i < 3000; i++) { /* wide at the bottom, some not empty */
        char name[32];
        snprintf(name, sizeof(name), "w%d", i);
        assert_int_equal(mkdirat(cur, name, i % 2 ? 0 : 0755), 0);
        if (i % 2 == 0) {
            int sub = openat(cur, name, O_RDONLY | O_DIRECTORY);
            assert_true(sub >= 0);
            assert_int_equal(mkdirat(sub, "x", 0755), 0);
            close(sub);
        }
    }
    close(cur);

    assert_int_equal(setrlimit(RLIMIT_NOFILE, &low), 0);
    int r = sbx_wipe_dir(dfd, sbx_now_us() + 60 * 1000000LL);
    assert_int_equal(setrlimit(RLIMIT_NOFILE, &old), 0);
    assert_int_equal(r, 0);
    int entries = 0;
    DIR *d = fdopendir(dup(dfd));
    while (readdir(d))
        entries++;
    closedir(d);
    assert_int_equal(entries, 2); /* . and .. */
    close(dfd);
}

/* A deadline ends the wipe even when the tree is not gone. */
static void test_wipe_deadline(void **state)
{
    (void)state;
    int dfd = open(dir, O_RDONLY | O_DIRECTORY);
    assert_true(dfd >= 0);
    assert_int_equal(mkdirat(dfd, "a", 0755), 0);
    assert_int_equal(sbx_wipe_dir(dfd, 1), -ETIMEDOUT); /* long past */
    assert_int_equal(sbx_wipe_dir(dfd, 0), 0);
    close(dfd);
}

/* The programs built with the judge (bpfgen.c), once the exec page's address is patched in,
 * are exactly what libseccomp builds now for every profile and mode: a stale table, a patch
 * in the wrong place or a missed one would differ. */
static void test_prebuilt_filters_match(void **state)
{
    (void)state;
    char *page;
    assert_int_equal(sbx_exec_page(&page), 0);
    int prebuilt = 0;
    for (int profile = 0; profile < SBX_PROFILE_COUNT; profile++)
        for (int notify = 0; notify < 2; notify++)
            for (int alloc = 0; alloc < 2; alloc++) {
                struct sock_fprog built, pre;
                int r = sbx_filter_build((enum sbx_profile)profile, notify, page,
                                         alloc ? SBX_ALLOC_CHECK_MIN : 0, &built);
                int p = sbx_filter_prebuilt((enum sbx_profile)profile, notify, alloc, page, &pre);
                if (r < 0) { /* no user notification on this kernel: nothing to compare */
                    if (p == 0)
                        free(pre.filter);
                    continue;
                }
                assert_int_equal(p, 0);
                prebuilt++;
                assert_int_equal(pre.len, built.len);
                assert_memory_equal(pre.filter, built.filter, built.len * sizeof(*built.filter));
                /* Not the sentinel's program: the address is in it. */
                if (profile != SBX_PROFILE_COMPILER) {
                    struct sock_fprog other;
                    assert_int_equal(sbx_filter_build((enum sbx_profile)profile, notify,
                                                      page + SBX_EXEC_PAGE_SIZE,
                                                      alloc ? SBX_ALLOC_CHECK_MIN : 0, &other),
                                     0);
                    assert_int_equal(other.len, pre.len);
                    assert_memory_not_equal(pre.filter, other.filter,
                                            pre.len * sizeof(*pre.filter));
                    free(other.filter);
                }
                free(built.filter);
                free(pre.filter);
            }
    assert_true(prebuilt >= SBX_PROFILE_COUNT * 2);
}

/* The compiler's profile has no execve rule, so no sentinel to patch; no profile beyond the
 * last. */
static void test_prebuilt_compiler_filter(void **state)
{
    (void)state;
    char *page;
    assert_int_equal(sbx_exec_page(&page), 0);
    struct sock_fprog pre;
    /* The compiler's profile has no execve rule: nothing to patch, and no sentinel in it. */
    assert_int_equal(sbx_filter_prebuilt(SBX_PROFILE_COMPILER, false, false, page, &pre), 0);
    for (unsigned i = 0; i < pre.len; i++)
        assert_int_not_equal(pre.filter[i].k, (uint32_t)SBX_BPF_SENTINEL);
    free(pre.filter);
    assert_int_equal(sbx_filter_prebuilt(SBX_PROFILE_COUNT, false, false, page, &pre), -EINVAL);
}

/* A script in the test's directory that everyone may run, and the prog_file that shows it
 * (path holds its host path). */
static struct sbx_prog_file shown_script(const char *name, const char *text, char *path, size_t len)
{
    struct stat st;
    touch(name, text);
    snprintf(path, len, "%s/%s", dir, name);
    assert_int_equal(chmod(path, 0755), 0);
    assert_int_equal(stat(path, &st), 0);
    return (struct sbx_prog_file){.host = path, .name = name, .dev = st.st_dev, .ino = st.st_ino};
}

/* A host program shown at /prog/<name> rather than copied: it runs, the judge's /prog holds
 * only the empty file under it, and a path that names another file than the one checked (a
 * swap between the check and the box) is not shown at all, so that the caller copies. */
static void test_prog_file(void **state)
{
    (void)state;
    char path[256];
    struct sbx_prog_file pf = shown_script("show.sh", "#!/bin/sh\nexit 7\n", path, sizeof(path));
    const ino_t ino = pf.ino;
    struct sbx_box_config cfg = {.prog_file = &pf};
    struct sbx_box *box;
    char err[256];
    if (sbx_box_open(&box, &cfg, err, sizeof(err)) < 0)
        skip(); /* no box on this machine: the sandbox suites say why */
    if (!sbx_box_isolation(box)->mount_view) {
        sbx_box_close(box);
        skip();
    }
    assert_true(sbx_box_isolation(box)->prog_in_place);
    struct stat under;
    assert_int_equal(fstatat(sbx_box_dirfd(box, SBX_AREA_PROG), "show.sh", &under, 0), 0);
    assert_int_equal(under.st_size, 0);
    struct sbx_run run;
    struct sbx_result res;
    const char *const argv[] = {"/prog/show.sh", NULL};
    sbx_run_init(&run);
    run.argv = argv;
    run.limits.time_ms = 5000;
    assert_int_equal(sbx_run(box, &run, &res), 0);
    assert_int_equal(res.status, SBX_EXITED);
    assert_int_equal(res.exit_code, 7);
    sbx_box_close(box);

    pf.ino = ino + 1;
    assert_int_equal(sbx_box_open(&box, &cfg, err, sizeof(err)), 0);
    assert_false(sbx_box_isolation(box)->prog_in_place);
    assert_int_equal(fstatat(sbx_box_dirfd(box, SBX_AREA_PROG), "show.sh", &under, 0), -1);
    sbx_box_close(box);

    pf.ino = ino;
    pf.name = "..";
    assert_int_equal(sbx_box_open(&box, &cfg, err, sizeof(err)), 0);
    assert_false(sbx_box_isolation(box)->prog_in_place);
    sbx_box_close(box);
}

/* The spawner's prefix (filter.c): the calls that set a run up pass with the box's secret in
 * their unused argument slots, and are the profile's to refuse without it, whichever half of
 * it is wrong; a clone with the secret but other flags is refused too. */
static void test_spawner_filter(void **state)
{
    (void)state;
    const struct sock_fprog *prog;
    assert_int_equal(sbx_profile_bpf(SBX_PROFILE_NATIVE, false, false, &prog), 0);
    const uint64_t secret[2] = {0x0123456789abcdefULL, 0xfedcba9876543210ULL};
    struct sock_fprog f1;
    assert_int_equal(sbx_filter_spawner(prog, secret, &f1), 0);
    assert_true(f1.len > prog->len);
    for (int variant = 0; variant < 6; variant++) {
        pid_t pid = fork();
        assert_true(pid >= 0);
        if (pid == 0) {
            if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0 ||
                syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &f1) < 0)
                _exit(99);
            uint64_t s0 = secret[0], s1 = secret[1];
            if (variant == 1)
                s0 ^= 1; /* the first half's low word */
            if (variant == 2)
                s1 ^= 1ULL << 40; /* the second half's high word */
            if (variant == 3)
                syscall(SYS_setsid); /* no secret at all */
            if (variant == 4)
                syscall(SYS_clone, (long)SIGCHLD, 0L, s0, s1, 0L); /* a fork, with the secret */
            if (variant == 5)
                syscall(SYS_setresuid, -1L, -1L, -1L, 0L, s0, s1); /* the secret one slot off */
            syscall(SYS_setsid, 0L, 0L, s0, s1);
            syscall(SYS_setgroups, 0L, 0L, s0, s1);
            syscall(SYS_setresgid, -1L, -1L, -1L, s0, s1);
            syscall(SYS_setresuid, -1L, -1L, -1L, s0, s1);
            _exit(7);
        }
        int status;
        assert_int_equal(waitpid(pid, &status, 0), pid);
        if (variant == 0) {
            assert_true(WIFEXITED(status));
            assert_int_equal(WEXITSTATUS(status), 7);
        } else {
            assert_true(WIFSIGNALED(status));
            assert_int_equal(WTERMSIG(status), SIGSYS);
        }
    }
    free(f1.filter);
}

/* Runs after a box's first are made by its spawner (keeper.c), under the filter it installed
 * once: each must see itself exactly as the first did (identity, capabilities, no_new_privs,
 * one seccomp filter), have a fork stopped as a blocked call, and a run of another profile
 * must still work. */
static int run_script(struct sbx_box *box, const char *name, enum sbx_profile profile, char *out,
                      size_t outlen, struct sbx_result *res)
{
    char argv0[64];
    snprintf(argv0, sizeof(argv0), "/prog/%s", name);
    const char *const argv[] = {argv0, NULL};
    struct sbx_run run;
    sbx_run_init(&run);
    run.argv = argv;
    run.profile = profile;
    run.limits.time_ms = 5000;
    run.stdout_fd = memfd_create("out", MFD_CLOEXEC);
    if (run.stdout_fd < 0)
        return -1;
    int r = sbx_run(box, &run, res);
    ssize_t n = pread(run.stdout_fd, out, outlen - 1, 0);
    out[n > 0 ? n : 0] = '\0';
    close(run.stdout_fd);
    return r;
}

static void put_program(struct sbx_box *box, const char *name, const char *text)
{
    int fd = openat(sbx_box_dirfd(box, SBX_AREA_PROG), name, O_WRONLY | O_CREAT | O_TRUNC, 0755);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
    assert_int_equal(fchmod(fd, 0755), 0);
    close(fd);
}

static void test_spawned_runs(void **state)
{
    (void)state;
    struct sbx_box_config cfg = {0};
    struct sbx_box *box;
    char err[256];
    if (sbx_box_open(&box, &cfg, err, sizeof(err)) < 0)
        skip();
    if (!sbx_box_isolation(box)->namespaces) {
        sbx_box_close(box);
        skip();
    }
    put_program(box, "self.sh",
                "#!/bin/sh\n"
                "while read -r key value rest; do\n"
                "  case \"$key\" in Uid:|Gid:|Groups:|Cap*|NoNewPrivs:|Seccomp*)\n"
                "    echo \"$key $value $rest\";; esac\n"
                "done < /proc/self/status\n"
                "exit 7\n");
    put_program(box, "fork.sh", "#!/bin/sh\n/bin/true\nexit 0\n");

    char first[2048], again[2048];
    struct sbx_result res;
    assert_int_equal(run_script(box, "self.sh", SBX_PROFILE_NATIVE, first, sizeof(first), &res), 0);
    assert_int_equal(res.status, SBX_EXITED);
    assert_int_equal(res.exit_code, 7);
    assert_non_null(strstr(first, "NoNewPrivs: 1"));
    assert_non_null(strstr(first, "Seccomp: 2"));
    assert_non_null(strstr(first, "CapEff: 0000000000000000"));
    for (int i = 0; i < 3; i++) {
        assert_int_equal(run_script(box, "self.sh", SBX_PROFILE_NATIVE, again, sizeof(again), &res),
                         0);
        assert_int_equal(res.status, SBX_EXITED);
        assert_int_equal(res.exit_code, 7);
        assert_string_equal(again, first);
        assert_int_equal(run_script(box, "fork.sh", SBX_PROFILE_NATIVE, again, sizeof(again), &res),
                         0);
        if (sbx_box_isolation(box)->seccomp_notify) {
            assert_int_equal(res.status, SBX_BLOCKED_SYSCALL);
            assert_true(strcmp(res.syscall, "clone") == 0 || strcmp(res.syscall, "fork") == 0 ||
                        strcmp(res.syscall, "vfork") == 0);
        } else {
            assert_int_equal(res.status, SBX_SIGNALED);
        }
    }
    /* Another profile: made the old way, and it works. */
    assert_int_equal(
        run_script(box, "self.sh", SBX_PROFILE_INTERPRETER, again, sizeof(again), &res), 0);
    assert_int_equal(res.status, SBX_EXITED);
    assert_int_equal(res.exit_code, 7);
    assert_string_equal(again, first);
    sbx_box_close(box);
}

/* A first run sent with the box (sbx_box_config.first_run): made as soon as the box is ready,
 * its answer waited for with sbx_wait(), and the box serves later runs as any other. With a
 * prog_file the box could not show, it is not made: the caller copies and runs as usual. A
 * first run that is wrong fails the open, and leaves no box. */
static void test_first_run(void **state)
{
    (void)state;
    char path[256];
    struct sbx_prog_file pf =
        shown_script("first.sh", "#!/bin/sh\necho \"$1\"\nexit 7\n", path, sizeof(path));

    const char *const argv[] = {"/prog/first.sh", "hello", NULL};
    struct sbx_run run;
    sbx_run_init(&run);
    run.argv = argv;
    run.limits.time_ms = 5000;
    run.stdout_fd = memfd_create("out", MFD_CLOEXEC);
    assert_true(run.stdout_fd >= 0);
    struct sbx_box_config cfg = {.prog_file = &pf, .first_run = &run};
    struct sbx_box *box;
    struct sbx_result res;
    char err[256], out[64] = "";
    struct sbx_box_config plain = {0};
    if (sbx_box_open(&box, &plain, err, sizeof(err)) < 0)
        skip(); /* no box on this machine: the sandbox suites say why */
    bool view = sbx_box_isolation(box)->mount_view;
    sbx_box_close(box);
    /* From here on, a box that cannot be opened with its first run is a failure. */
    assert_int_equal(sbx_box_open(&box, &cfg, err, sizeof(err)), 0);
    if (!view) {
        /* Without a view nothing is shown in place: the run was not made. */
        assert_false(sbx_box_started(box));
        assert_int_equal(sbx_run(box, &run, &res), 0);
        assert_int_equal(res.status, SBX_SANDBOX_ERROR); /* no /prog/first.sh */
        sbx_box_close(box);
        goto system_program;
    }
    assert_true(sbx_box_isolation(box)->prog_in_place);
    assert_true(sbx_box_started(box));
    assert_int_equal(sbx_start(box, &run), -EBUSY);
    assert_int_equal(sbx_wait(box, &res), 0);
    assert_int_equal(res.status, SBX_EXITED);
    assert_int_equal(res.exit_code, 7);
    assert_true(pread(run.stdout_fd, out, sizeof(out) - 1, 0) > 0);
    assert_string_equal(out, "hello\n");
    assert_false(sbx_box_started(box));
    assert_int_equal(sbx_run(box, &run, &res), 0); /* and again, as any run */
    assert_int_equal(res.exit_code, 7);
    sbx_box_close(box);

    /* Not the file that was checked: not shown, and the run not made. */
    pf.ino++;
    assert_int_equal(sbx_box_open(&box, &cfg, err, sizeof(err)), 0);
    assert_false(sbx_box_isolation(box)->prog_in_place);
    assert_false(sbx_box_started(box));
    assert_true(sbx_box_usable(box));
    put_program(box, "first.sh", "#!/bin/sh\nexit 9\n");
    assert_int_equal(sbx_run(box, &run, &res), 0);
    assert_int_equal(res.status, SBX_EXITED);
    assert_int_equal(res.exit_code, 9);
    sbx_box_close(box);

system_program:;
    /* A run that needs no prog_file: the system's own program (in the fallback too). */
    const char *const true_argv[] = {"/bin/sh", "-c", "exit 3", NULL};
    run.argv = true_argv;
    cfg.prog_file = NULL;
    assert_int_equal(sbx_box_open(&box, &cfg, err, sizeof(err)), 0);
    assert_true(sbx_box_started(box));
    assert_int_equal(sbx_wait(box, &res), 0);
    assert_int_equal(res.status, SBX_EXITED);
    assert_int_equal(res.exit_code, 3);
    sbx_box_close(box);

    /* A box that cannot be set up, with the run sent: the open says why, as without a first
     * run (also when the keeper exits before reading it, which resets the socket). */
    if (view) {
        const char *const missing[] = {"/nonexistent-judge-test-path", NULL};
        cfg.bind_ro = missing;
        box = NULL;
        assert_true(sbx_box_open(&box, &cfg, err, sizeof(err)) < 0);
        assert_null(box);
        assert_non_null(strstr(err, "/nonexistent-judge-test-path"));
        cfg.bind_ro = NULL;
    }

    /* A wrong run: the open fails, saying why. */
    const char *const no_argv[] = {NULL};
    run.argv = no_argv;
    box = NULL;
    assert_int_equal(sbx_box_open(&box, &cfg, err, sizeof(err)), -EINVAL);
    assert_null(box);
    assert_non_null(strstr(err, "no program"));
    close(run.stdout_fd);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_limits_defaults),
        cmocka_unit_test(test_prebuilt_filters_match),
        cmocka_unit_test(test_prebuilt_compiler_filter),
        cmocka_unit_test(test_spawner_filter),
        cmocka_unit_test(test_limits_refused),
        cmocka_unit_test(test_rlimits),
        cmocka_unit_test(test_names),
        cmocka_unit_test_setup_teardown(test_open_result, make_dir, remove_dir),
        cmocka_unit_test_setup_teardown(test_wipe_dir, make_dir, remove_dir),
        cmocka_unit_test_setup_teardown(test_wipe_deep_and_wide, make_dir, remove_dir),
        cmocka_unit_test_setup_teardown(test_wipe_deadline, make_dir, remove_dir),
        cmocka_unit_test_setup_teardown(test_prog_file, make_dir, remove_dir),
        cmocka_unit_test_setup_teardown(test_first_run, make_dir, remove_dir),
        cmocka_unit_test(test_spawned_runs),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
