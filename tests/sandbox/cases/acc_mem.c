/* acc_mem.c: allocates argv[1] MiB and touches every byte; exits 0, or 1 when the
 * allocation is refused. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
    long mib = argc > 1 ? atol(argv[1]) : 200;
    char *p = malloc((size_t)mib << 20);
    if (!p) {
        printf("refused %ld MiB\n", mib);
        return 1;
    }
    memset(p, 7, (size_t)mib << 20);
    printf("touched %ld MiB, last byte %d\n", mib, p[(mib << 20) - 1]);
    return 0;
}
