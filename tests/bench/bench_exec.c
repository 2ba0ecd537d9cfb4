/* bench_exec.c: whole commands timed against each other, interleaved, same run: medians and
 * ratios to the first. Used by scripts/bench-sandbox for the one-shot cost of `judge exec`
 * (and of isolate or Judger where they are installed) against the bare binary.
 *
 *     bench_exec ROUNDS 'label=command arg...' 'label=command arg...' ...
 *
 * Commands are split at spaces (no quoting); stdout and stderr go to /dev/null; a command
 * that fails makes the benchmark fail, so that nothing broken is timed. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MAX_COMMANDS 8
#define MAX_ARGS     64

extern char **environ;

struct command {
    char *label;
    char *argv[MAX_ARGS + 1];
    double *us;
};

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

static double run_once(const struct command *c, const posix_spawn_file_actions_t *fa)
{
    pid_t pid;
    double t0 = now_us();
    if (posix_spawn(&pid, c->argv[0], fa, NULL, c->argv, environ) != 0) {
        fprintf(stderr, "bench_exec: cannot start %s\n", c->argv[0]);
        exit(1);
    }
    int status;
    waitpid(pid, &status, 0);
    double t = now_us() - t0;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        fprintf(stderr, "bench_exec: %s failed (status %d)\n", c->label, status);
        exit(1);
    }
    return t;
}

int main(int argc, char **argv)
{
    if (argc < 3 || argc - 2 > MAX_COMMANDS) {
        fprintf(stderr, "usage: bench_exec ROUNDS 'label=command arg...' ...\n");
        return 2;
    }
    long rounds = strtol(argv[1], NULL, 10);
    if (rounds < 1 || rounds > 100000)
        return 2;
    int n = argc - 2;
    struct command cmds[MAX_COMMANDS];
    for (int i = 0; i < n; i++) {
        char *spec = argv[2 + i], *eq = strchr(spec, '=');
        if (!eq)
            return 2;
        *eq = '\0';
        cmds[i].label = spec;
        int k = 0;
        for (char *save = NULL, *tok = strtok_r(eq + 1, " ", &save); tok && k < MAX_ARGS;
             tok = strtok_r(NULL, " ", &save))
            cmds[i].argv[k++] = tok;
        cmds[i].argv[k] = NULL;
        cmds[i].us = calloc((size_t)rounds, sizeof(double));
        if (k == 0 || !cmds[i].us)
            return 2;
    }
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
    for (int w = 0; w < 10; w++) /* warm caches */
        for (int i = 0; i < n; i++)
            run_once(&cmds[i], &fa);
    /* Interleaved, so that a noisy neighbour hurts all alike, and in an order that turns every
     * round, so that no command always follows the same one: what a box leaves the kernel to
     * do after its process has gone (its namespaces' teardown) lands on whatever runs next. */
    for (long r = 0; r < rounds; r++)
        for (int k = 0; k < n; k++) {
            int i = (int)((k + r) % n);
            cmds[i].us[r] = run_once(&cmds[i], &fa);
        }
    double base = 0;
    for (int i = 0; i < n; i++) {
        qsort(cmds[i].us, (size_t)rounds, sizeof(double), compare);
        double med = cmds[i].us[rounds / 2];
        if (i == 0)
            base = med;
        printf("%-22s median %7.0f us  (p10 %7.0f, p90 %7.0f)  = %5.2f x %s\n", cmds[i].label, med,
               cmds[i].us[rounds / 10], cmds[i].us[rounds * 9 / 10], med / base, cmds[0].label);
        free(cmds[i].us);
    }
    posix_spawn_file_actions_destroy(&fa);
    return 0;
}
