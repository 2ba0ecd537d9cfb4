/* pipe_hoard.c: keeps as much as it can in pipe buffers: opens pipes until the descriptor
 * limit, tries to grow each buffer to 1 MiB (must be refused: that memory no limit counts),
 * fills them, and says how much they hold. */
#include "attack.h"
#include <fcntl.h>

static char chunk[65536];

int main(void)
{
    report_id();
    long held = 0;
    int refused = 0, grown = 0;
    for (int i = 0; i < 1000; i++) {
        int p[2];
        if (pipe2(p, O_NONBLOCK) < 0)
            break;
        if (fcntl(p[1], F_SETPIPE_SZ, 1 << 20) < 0)
            refused++;
        else
            grown++;
        for (ssize_t n; (n = write(p[1], chunk, sizeof(chunk))) > 0;)
            held += n;
    }
    if (grown)
        BREACH("grew %d pipe buffers to 1 MiB", grown);
    else
        OK("F_SETPIPE_SZ refused %d times", refused);
    say("PIPED", "%ld KiB", held >> 10);
    done();
    return 0;
}
