/* flood.c: writes forever. argv[1]: stdout or stderr; argv[2] "ignore": ignores SIGXFSZ and
 * carries on past the first refused write, then exits 0. Either way: output limit. */
#include "attack.h"
#include <signal.h>

static char line[4096];

int main(int argc, char **argv)
{
    if (argc < 2)
        return 2;
    int fd = strcmp(argv[1], "stderr") == 0 ? 2 : 1;
    int ignore = argc > 2 && strcmp(argv[2], "ignore") == 0;
    if (ignore)
        signal(SIGXFSZ, SIG_IGN);
    memset(line, 'y', sizeof(line));
    line[sizeof(line) - 1] = '\n';
    int refused = 0;
    for (long i = 0; i < (1L << 20); i++) {
        if (write(fd, line, sizeof(line)) < 0) {
            if (++refused > 100)
                break; /* it has been told, many times */
        }
    }
    return 0;
}
