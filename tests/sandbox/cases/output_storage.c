/* output_storage.c: uses its own stdout (argv[1] "stdout") or stderr ("stderr") as
 * storage: writes argv[2] MiB, tries to truncate it and seek back, writes as much again,
 * then reads back and prints an answer. The capture must be append-only: truncating and
 * seeking fail, every byte written counts against the output limit, nothing reads back. */
#include "attack.h"
#include <fcntl.h>

static char chunk[1 << 20];

int main(int argc, char **argv)
{
    report_id();
    int fd = argc > 1 && strcmp(argv[1], "stderr") == 0 ? 2 : 1;
    long mib = argc > 2 ? atol(argv[2]) : 40;
    memset(chunk, 's', sizeof(chunk));
    chunk[sizeof(chunk) - 1] = '\n'; /* the reports below start their own lines */
    for (int round = 0; round < 2; round++) {
        for (long i = 0; i < mib; i++) {
            if (write(fd, chunk, sizeof(chunk)) < 0)
                break;
        }
        MUST_FAIL(ftruncate(fd, 0), "truncate the capture");
        MUST_FAIL(lseek(fd, 0, SEEK_SET), "seek back in the capture");
    }
    MUST_FAIL(pread(fd, chunk, 16, 0), "read the capture back");
    say("ANSWER", "42");
    done();
    return 0;
}
