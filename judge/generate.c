/* generate.c: `judge gen`: tests from the package's generator and reference (generate.h). */
#define _GNU_SOURCE
#include "judge/generate.h"
#include "judge/reference.h"
#include "judge/runner.h"
#include "judge/stress.h"
#include "judge/util.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

void generate_case(const struct generate_options *o, long k, uint32_t *seed, long *size)
{
    uint64_t state = o->seed;
    uint64_t r = 0;
    for (long i = 0; i < k; i++)
        r = stress_random(&state);
    *seed = (uint32_t)(r & STRESS_SEED_MAX);
    if (o->count <= 1 || k >= o->count) {
        *size = o->max_size;
        return;
    }
    double exponent = (double)(k - 1) / (double)(o->count - 1);
    long s = (long)llround(pow((double)o->max_size, exponent));
    *size = s < 1 ? 1 : s > o->max_size ? o->max_size : s;
}

void generate_result_release(struct generate_result *res)
{
    free(res->generator);
    free(res->reference);
    memset(res, 0, sizeof(*res));
}

static char *relative(const struct problem *p, const char *path)
{
    size_t len = strlen(p->dir);
    if (strncmp(path, p->dir, len) == 0 && path[len] == '/')
        return xstrdup(path + len + 1);
    return xstrdup(path);
}

/* Writes what fd holds (from offset 0) into a new file name beneath dirfd; adds its size to
 * *total. 0, or -1 (the bound on the tests' size), -2 with err. */
static int save(int dirfd, const char *name, int fd, long long *total, char *err, size_t errlen)
{
    struct stat st;
    if (fstat(fd, &st) < 0) {
        set_error(err, errlen, "%s: %s", name, strerror(errno));
        return -2;
    }
    *total += st.st_size;
    if (*total > GENERATE_MAX_TOTAL_BYTES) {
        set_error(err, errlen, "the generated tests would take more than %lld MiB",
                  GENERATE_MAX_TOTAL_BYTES >> 20);
        return -1;
    }
    int out = openat(dirfd, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
    if (out < 0) {
        set_error(err, errlen, "tests/%s: %s", name, strerror(errno));
        return -2;
    }
    int r = lseek(fd, 0, SEEK_SET) < 0 ? -errno : copy_fd(fd, out);
    if (close(out) < 0 && r == 0)
        r = -errno;
    if (r < 0) {
        set_error(err, errlen, "tests/%s: %s", name, strerror(-r));
        return -2;
    }
    return 0;
}

/* Hard-links every file of tests/ that is not judge gen's into the new directory. 0 with
 * *kept, or -1/-2 with err. */
static int keep_files(int testsfd, int newfd, long *kept, char *err, size_t errlen)
{
    int fd = fcntl(testsfd, F_DUPFD_CLOEXEC, 3);
    DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
    if (!d) {
        if (fd >= 0)
            close(fd);
        set_error(err, errlen, "tests/: %s", strerror(errno));
        return -2;
    }
    int ret = 0;
    struct dirent *e;
    *kept = 0;
    while (ret == 0 && (e = readdir(d))) {
        const char *name = e->d_name;
        if (strcmp(name, ".") == 0 || strcmp(name, "..") == 0 ||
            strncmp(name, GENERATE_PREFIX, strlen(GENERATE_PREFIX)) == 0)
            continue;
        struct stat st;
        if (fstatat(testsfd, name, &st, AT_SYMLINK_NOFOLLOW) < 0) {
            set_error(err, errlen, "tests/%s: %s", name, strerror(errno));
            ret = -2;
        } else if (!S_ISREG(st.st_mode)) {
            char *shown = text_visible(name, 200);
            set_error(err, errlen,
                      "tests/%s: not a regular file (judge gen keeps the files of tests/, and "
                      "nothing else)",
                      shown);
            free(shown);
            ret = -1;
        } else if (linkat(testsfd, name, newfd, name, 0) < 0) {
            set_error(err, errlen, "tests/%s: cannot keep it: %s", name, strerror(errno));
            ret = -2;
        } else {
            (*kept)++;
        }
    }
    closedir(d);
    return ret;
}

/* Every test, into newfd. 0, or -1/-2 with err. */
static int write_tests(const struct problem *p, struct runner *gen, struct runner *ref,
                       const struct generate_options *o, int newfd, struct generate_result *res,
                       char *err, size_t errlen)
{
    int width = 2;
    for (long n = o->count; n >= 100; n /= 10)
        width++;
    long long total = 0;
    (void)p;
    for (long k = 1; k <= o->count; k++) {
        uint32_t seed;
        long size;
        generate_case(o, k, &seed, &size);
        char name[32], file[40];
        int n = snprintf(name, sizeof(name), GENERATE_PREFIX "%0*ld", width & 7, k);
        if (n < 0 || (size_t)n >= sizeof(name)) {
            set_error(err, errlen, "test %ld: its name is too long", k);
            return -2;
        }
        char why[2048];
        int input_fd = -1, answer_fd = -1;
        int r = stress_generate(gen, seed, size, &input_fd, why, sizeof(why));
        if (r == 0) {
            r = reference_answer(ref, input_fd, &answer_fd, why, sizeof(why));
            if (r < 0) {
                size_t len = strlen(why);
                snprintf(why + len, sizeof(why) - len,
                         " (seed %u, size %ld): is the generator's input valid?", seed, size);
            }
        }
        if (r == 0) {
            snprintf(file, sizeof(file), "%s.in", name);
            r = save(newfd, file, input_fd, &total, why, sizeof(why));
        }
        if (r == 0) {
            snprintf(file, sizeof(file), "%s.ans", name);
            r = save(newfd, file, answer_fd, &total, why, sizeof(why));
        }
        struct stat st;
        long long bytes = r == 0 && fstat(input_fd, &st) == 0 ? (long long)st.st_size : 0;
        if (input_fd >= 0)
            close(input_fd);
        if (answer_fd >= 0)
            close(answer_fd);
        if (r < 0) {
            set_error(err, errlen, "test %s: %s", name, why);
            return r;
        }
        res->written++;
        if (o->progress)
            o->progress(o->ctx, name, seed, size, bytes);
    }
    return 0;
}

int generate_tests(const struct problem *p, struct language_set *langs,
                   const struct generate_options *o, struct generate_result *res, char *err,
                   size_t errlen)
{
    struct runner gen, ref;
    memset(res, 0, sizeof(*res));
    memset(&gen, 0, sizeof(gen));
    memset(&ref, 0, sizeof(ref));
    gen.prog.fd = ref.prog.fd = -1;
    int ret = -1;
    char stage[64] = "";
    int pkgfd = -1, testsfd = -1, newfd = -1;

    if (p->format != PROBLEM_NATIVE)
        return set_error(err, errlen,
                         "%s is an ICPC package: judge gen writes a native package's tests/",
                         p->id);
    if (o->count < 1 || o->count > GENERATE_MAX_COUNT || o->max_size < 1 ||
        o->max_size > STRESS_MAX_SIZE)
        return set_error(err, errlen, "judge gen: count or max_size out of range");
    char *generator = stress_package_generator(p);
    if (!generator)
        return set_error(err, errlen,
                         "%s has no generator/stress.* (a program run as `stress.py SEED SIZE` "
                         "that prints one input, docs/authoring.md)",
                         p->id);
    res->generator = relative(p, generator);
    long time_ms = o->time_limit_ms > 0 ? o->time_limit_ms : REFERENCE_TIME_MS;
    ret = stress_generator_build(&gen, langs, p, generator, time_ms, err, errlen);
    free(generator);
    if (ret < 0)
        goto out;
    char *ref_path = NULL;
    bool harness;
    if (reference_find(p, &ref_path, &harness, err, errlen) < 0) {
        ret = -1;
        goto out;
    }
    res->reference = relative(p, ref_path);
    free(ref_path);
    ret = reference_build_limited(&ref, p, langs, time_ms, err, errlen);
    if (ret < 0)
        goto out;

    ret = -2;
    pkgfd = open(p->dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (pkgfd < 0) {
        set_error(err, errlen, "%s: %s", p->dir, strerror(errno));
        goto out;
    }
    testsfd = openat(pkgfd, "tests", O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (testsfd < 0) {
        set_error(err, errlen, "%s/tests: %s", p->dir, strerror(errno));
        ret = errno == ELOOP || errno == ENOTDIR ? -1 : -2;
        goto out;
    }
    for (int attempt = 0;; attempt++) {
        unsigned nonce = 0;
        if (getrandom(&nonce, sizeof(nonce), 0) != (ssize_t)sizeof(nonce))
            nonce = (unsigned)getpid() * 2654435761u + (unsigned)attempt;
        snprintf(stage, sizeof(stage), ".tests.tmp-%08x", nonce);
        if (mkdirat(pkgfd, stage, 0777) == 0)
            break;
        int e = errno;
        if (e != EEXIST || attempt == 16) {
            set_error(err, errlen, "%s: cannot write the tests there: %s", p->dir, strerror(e));
            stage[0] = '\0';
            ret = e == EACCES || e == EROFS || e == EPERM ? -1 : -2;
            goto out;
        }
    }
    newfd = openat(pkgfd, stage, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (newfd < 0) {
        set_error(err, errlen, "%s/%s: %s", p->dir, stage, strerror(errno));
        goto out_remove_stage;
    }
    ret = write_tests(p, &gen, &ref, o, newfd, res, err, errlen);
    if (ret == 0)
        ret = keep_files(testsfd, newfd, &res->kept, err, errlen);
    if (ret < 0)
        goto out_remove_stage;

    /* The new tests/ takes the old one's place in one step; the old one is then removed. */
    if (renameat2(pkgfd, stage, pkgfd, "tests", RENAME_EXCHANGE) == 0) {
        close(newfd);
        newfd = testsfd; /* the old tests/, now under the temporary name */
        testsfd = -1;
        ret = 0;
    } else if (errno == EINVAL || errno == ENOSYS) {
        /* A filesystem without the exchange: the old tests/ aside, the new one in its place,
         * the old one back should that fail. */
        char old[80];
        snprintf(old, sizeof(old), "%s.old", stage);
        if (renameat(pkgfd, "tests", pkgfd, old) < 0) {
            set_error(err, errlen, "%s/tests: cannot replace it: %s", p->dir, strerror(errno));
            ret = -2;
        } else if (renameat(pkgfd, stage, pkgfd, "tests") < 0) {
            set_error(err, errlen, "%s/tests: cannot replace it: %s", p->dir, strerror(errno));
            renameat(pkgfd, old, pkgfd, "tests");
            ret = -2;
        } else {
            remove_tree_at(testsfd);
            unlinkat(pkgfd, old, AT_REMOVEDIR);
            close(newfd); /* now tests/ itself: not to be removed below */
            newfd = -1;
            ret = 0;
        }
    } else {
        set_error(err, errlen, "%s/tests: cannot replace it: %s", p->dir, strerror(errno));
        ret = -2;
    }

out_remove_stage:
    if (newfd >= 0)
        remove_tree_at(newfd);
    unlinkat(pkgfd, stage, AT_REMOVEDIR);
out:
    if (newfd >= 0)
        close(newfd);
    if (testsfd >= 0)
        close(testsfd);
    if (pkgfd >= 0)
        close(pkgfd);
    runner_release(&gen);
    runner_release(&ref);
    if (ret < 0)
        generate_result_release(res);
    return ret;
}
