/* acc_segv.c: dies of SIGSEGV. argv[1] "raise": raise(SIGSEGV); "deref": a write through a
 * null pointer. */
#include <signal.h>
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "raise") == 0)
        raise(SIGSEGV);
    volatile int *volatile nowhere = NULL;
    *nowhere = 42;
    printf("survived\n");
    return 0;
}
