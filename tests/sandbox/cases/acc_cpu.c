/* acc_cpu.c: burns argv[1] milliseconds of its own CPU time, measured by the kernel's
 * per-process clock, then exits 0. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static long cpu_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int main(int argc, char **argv)
{
    long want = argc > 1 ? atol(argv[1]) : 600;
    volatile unsigned long x = 0;
    while (cpu_ms() < want) {
        for (int i = 0; i < 100000; i++)
            x++;
    }
    printf("burned %ld ms\n", cpu_ms());
    return 0;
}
