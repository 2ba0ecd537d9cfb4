/* bench_sandbox.c: the cost of one isolated run in a reused box against the same binary run
 * bare from the same process, two ways: fork/exec/wait, and posix_spawn (vfork/exec/wait, the
 * quickest bare launcher, as the box's own run child is made). Interleaved rounds. */
#define _GNU_SOURCE
#include "sandbox/sandbox.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <fcntl.h>
#include <spawn.h>
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

static double spawned(const char *prog)
{
    char *argv[] = {(char *)prog, NULL};
    char *envp[] = {NULL};
    double t0 = now_us();
    pid_t pid;
    int status;
    if (posix_spawn(&pid, prog, NULL, NULL, argv, envp) != 0 || waitpid(pid, &status, 0) < 0 ||
        !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        fprintf(stderr, "spawned run failed\n");
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
    double *v = calloc((size_t)rounds, sizeof(double));
    double *s = calloc((size_t)rounds, sizeof(double));
    if (!b || !v || !s)
        return 1;
    for (int i = 0; i < 20; i++) { /* warm every path */
        bare(prog);
        spawned(prog);
        boxed(box, "/prog/prog");
    }
    /* Interleaved, so that a noisy neighbour hurts all alike. */
    for (int i = 0; i < rounds; i++) {
        b[i] = bare(prog);
        v[i] = spawned(prog);
        s[i] = boxed(box, "/prog/prog");
    }
    qsort(b, (size_t)rounds, sizeof(double), compare);
    qsort(v, (size_t)rounds, sizeof(double), compare);
    qsort(s, (size_t)rounds, sizeof(double), compare);
    double bm = b[rounds / 2], vm = v[rounds / 2], sm = s[rounds / 2];
    printf("box set-up (once per box): %.0f us\n", open_us);
    printf("bare fork/exec/wait:   median %.0f us  (p10 %.0f, p90 %.0f)\n", bm, b[rounds / 10],
           b[rounds * 9 / 10]);
    printf("bare posix_spawn/wait: median %.0f us  (p10 %.0f, p90 %.0f)\n", vm, v[rounds / 10],
           v[rounds * 9 / 10]);
    printf("isolated run in a box: median %.0f us  (p10 %.0f, p90 %.0f)\n", sm, s[rounds / 10],
           s[rounds * 9 / 10]);
    printf("ratio isolated/bare:   %.2f (against posix_spawn: %.2f)\n", sm / bm, sm / vm);
    sbx_box_close(box);
    free(b);
    free(v);
    free(s);
    return 0;
}
