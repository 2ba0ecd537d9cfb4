/* acc_write.c: writes exactly argv[1] bytes to stdout, then exits 0. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char block[65536];

int main(int argc, char **argv)
{
    long left = argc > 1 ? atol(argv[1]) : 0;
    memset(block, 'w', sizeof(block));
    while (left > 0) {
        ssize_t n = write(1, block, left < (long)sizeof(block) ? (size_t)left : sizeof(block));
        if (n <= 0)
            return 1;
        left -= n;
    }
    return 0;
}
