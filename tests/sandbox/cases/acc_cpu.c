/* acc_cpu.c: burns argv[1] milliseconds of CPU time, measured by the kernel's per-process
 * clock, then exits 0. argv[2] "child": a child process burns it while the program waits
 * (compiler profile), so the time is the tree's, not the first process's. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static long cpu_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void burn(long want)
{
    volatile unsigned long x = 0;
    while (cpu_ms() < want) {
        for (int i = 0; i < 100000; i++)
            x++;
    }
}

int main(int argc, char **argv)
{
    long want = argc > 1 ? atol(argv[1]) : 600;
    if (argc > 2 && strcmp(argv[2], "child") == 0) {
        pid_t p = fork();
        if (p < 0) {
            perror("fork");
            return 1;
        }
        if (p == 0) {
            burn(want);
            _exit(0);
        }
        int status;
        waitpid(p, &status, 0);
        printf("child burned %ld ms\n", want);
        return 0;
    }
    burn(want);
    printf("burned %ld ms\n", cpu_ms());
    return 0;
}
