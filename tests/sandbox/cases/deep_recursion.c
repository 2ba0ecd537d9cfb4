/* deep_recursion.c: recursion argv[1] deep (default a million), each frame with a volatile
 * array, the result used after the call: no tail call, no loop. Must succeed within 256 MB. */
#include "attack.h"

static long __attribute__((noinline)) dive(long depth)
{
    volatile char frame[48];
    frame[depth % 48] = (char)depth;
    if (depth == 0)
        return 0;
    long below = dive(depth - 1);
    return below + frame[depth % 48] % 2;
}

int main(int argc, char **argv)
{
    report_id();
    long depth = argc > 1 ? atol(argv[1]) : 1000000;
    long r = dive(depth);
    say("RESULT", "%ld", r);
    done();
    return 0;
}
