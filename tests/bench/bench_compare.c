/* bench_compare.c: the built-in checkers on large outputs, against `cmp` in the same run. */
#define _GNU_SOURCE
#include "judge/compare.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double time_cmp(const char *a, const char *b)
{
    double t0 = now_s();
    pid_t pid = fork();
    if (pid == 0) {
        execlp("cmp", "cmp", "-s", a, b, (char *)NULL);
        _exit(127);
    }
    int status;
    waitpid(pid, &status, 0);
    return now_s() - t0;
}

static double time_checker(const char *a, const char *b, enum cmp_mode mode)
{
    struct cmp_options o;
    struct cmp_result r;
    cmp_options_init(&o, mode);
    if (mode == CMP_FLOAT)
        o.abs_tol = o.rel_tol = 1e-6;
    int fa = open(a, O_RDONLY), fb = open(b, O_RDONLY);
    double t0 = now_s();
    if (cmp_fds(fa, fb, &o, &r) < 0 || r.verdict != 0) {
        fprintf(stderr, "unexpected verdict: %s\n", r.message);
        exit(1);
    }
    double t = now_s() - t0;
    close(fa);
    close(fb);
    return t;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: bench_compare FILE COPY (two identical files)\n");
        return 2;
    }
    static const struct {
        const char *name;
        enum cmp_mode mode;
    } modes[] = {{"exact", CMP_EXACT},
                 {"lines", CMP_LINES},
                 {"tokens", CMP_TOKENS},
                 {"float", CMP_FLOAT},
                 {"kattis", CMP_KATTIS}};
    double best_cmp = 1e9;
    for (int i = 0; i < 5; i++) {
        double t = time_cmp(argv[1], argv[2]);
        if (t < best_cmp)
            best_cmp = t;
    }
    printf("cmp -s:              %.3f s (best of 5)\n", best_cmp);
    for (size_t m = 0; m < sizeof(modes) / sizeof(modes[0]); m++) {
        double best = 1e9;
        for (int i = 0; i < 5; i++) {
            double t = time_checker(argv[1], argv[2], modes[m].mode);
            if (t < best)
                best = t;
        }
        printf("checker %-8s     %.3f s  = %.2f x cmp\n", modes[m].name, best, best / best_cmp);
    }
    return 0;
}
