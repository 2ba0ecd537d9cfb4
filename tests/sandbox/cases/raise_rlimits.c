/* raise_rlimits.c: tries to lift its own limits. argv[1] "raise": raising any hard limit
 * fails (and the limits it was given are printed); "prlimit1": prlimit on another process
 * (the keeper, PID 1) is a blocked call. */
#include "attack.h"
#include <sys/resource.h>

static void must_not_raise(int resource, const char *name)
{
    struct rlimit rl;
    if (getrlimit(resource, &rl) < 0) {
        WRONG("getrlimit %s: %s", name, strerror(errno));
        return;
    }
    NOTE("%s soft=%llu hard=%llu", name, (unsigned long long)rl.rlim_cur,
         (unsigned long long)rl.rlim_max);
    if (rl.rlim_max == RLIM_INFINITY) {
        NOTE("%s: hard limit already unlimited", name);
        return;
    }
    struct rlimit up = {RLIM_INFINITY, RLIM_INFINITY};
    MUST_FAIL(setrlimit(resource, &up), name);
    struct rlimit more = {rl.rlim_max + 1, rl.rlim_max + 1};
    MUST_FAIL(prlimit(0, resource, &more, NULL), name);
    /* Lowering and raising the soft limit up to the hard one is allowed. */
    struct rlimit soft = {rl.rlim_max, rl.rlim_max};
    MUST_WORK(setrlimit(resource, &soft), "soft up to hard");
}

int main(int argc, char **argv)
{
    report_id();
    if (argc > 1 && strcmp(argv[1], "prlimit1") == 0) {
        struct rlimit up = {RLIM_INFINITY, RLIM_INFINITY};
        TRY_BLOCKED(prlimit(1, RLIMIT_CPU, &up, NULL), "prlimit on PID 1");
        return 0;
    }
    must_not_raise(RLIMIT_AS, "RLIMIT_AS");
    must_not_raise(RLIMIT_CPU, "RLIMIT_CPU");
    must_not_raise(RLIMIT_DATA, "RLIMIT_DATA");
    must_not_raise(RLIMIT_FSIZE, "RLIMIT_FSIZE");
    must_not_raise(RLIMIT_NPROC, "RLIMIT_NPROC");
    must_not_raise(RLIMIT_NOFILE, "RLIMIT_NOFILE");
    must_not_raise(RLIMIT_CORE, "RLIMIT_CORE");
    must_not_raise(RLIMIT_MEMLOCK, "RLIMIT_MEMLOCK");
    done();
    return 0;
}
