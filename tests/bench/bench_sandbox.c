/* bench_sandbox.c: the cost of one isolated run against a bare fork/exec/wait, same process. */
#define _GNU_SOURCE
#include "sandbox/sandbox.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <fcntl.h>
#include <unistd.h>

static double now_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec / 1e3;
}

static int compare(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double bare(const char *prog)
{
    double t0 = now_us();
    pid_t pid = fork();
    if (pid == 0) {
        char *argv[] = {(char *)prog, NULL};
        char *envp[] = {NULL};
        execve(prog, argv, envp);
        _exit(127);
    }
    int status;
    waitpid(pid, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        fprintf(stderr, "bare run failed\n");
        exit(1);
    }
    return now_us() - t0;
}

static double boxed(struct sbx_box *box, const char *prog_in_box)
{
    struct sbx_run run;
    struct sbx_result res;
    const char *argv[] = {prog_in_box, NULL};
    sbx_run_init(&run);
    run.argv = argv;
    run.limits.time_ms = 1000;
    double t0 = now_us();
    if (sbx_run(box, &run, &res) < 0 || res.status != SBX_EXITED || res.exit_code != 0) {
        fprintf(stderr, "boxed run failed: %s\n", res.message);
        exit(1);
    }
    return now_us() - t0;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: bench_sandbox STATIC_BINARY ROUNDS\n");
        return 2;
    }
    const char *prog = argv[1];
    int rounds = atoi(argv[2]);
    struct sbx_box_config cfg = {0};
    struct sbx_box *box;
    char err[256];
    double t0 = now_us();
    if (sbx_box_open(&box, &cfg, err, sizeof(err)) < 0) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    double open_us = now_us() - t0;

    /* Put the binary into /prog. */
    FILE *in = fopen(prog, "rb");
    int dir = sbx_box_dirfd(box, SBX_AREA_PROG);
    int out = openat(dir, "prog", O_WRONLY | O_CREAT, 0755);
    char buf[65536];
    size_t n;
    while (in && (n = fread(buf, 1, sizeof(buf), in)) > 0)
        if (write(out, buf, n) != (ssize_t)n)
            return 1;
    close(out);
    if (in)
        fclose(in);

    double *b = calloc((size_t)rounds, sizeof(double));
    double *s = calloc((size_t)rounds, sizeof(double));
    for (int i = 0; i < 20; i++) { /* warm both paths */
        bare(prog);
        boxed(box, "/prog/prog");
    }
    /* Interleaved, so that a noisy neighbour hurts both alike. */
    for (int i = 0; i < rounds; i++) {
        b[i] = bare(prog);
        s[i] = boxed(box, "/prog/prog");
    }
    qsort(b, (size_t)rounds, sizeof(double), compare);
    qsort(s, (size_t)rounds, sizeof(double), compare);
    double bm = b[rounds / 2], sm = s[rounds / 2];
    printf("box set-up (once per box): %.0f us\n", open_us);
    printf("bare fork/exec/wait:   median %.0f us  (p10 %.0f, p90 %.0f)\n", bm, b[rounds / 10],
           b[rounds * 9 / 10]);
    printf("isolated run in a box: median %.0f us  (p10 %.0f, p90 %.0f)\n", sm, s[rounds / 10],
           s[rounds * 9 / 10]);
    printf("ratio isolated/bare:   %.2f\n", sm / bm);
    sbx_box_close(box);
    free(b);
    free(s);
    return 0;
}
