/* proc_others.c: the box's /proc must show this process only: no keeper (PID 1), no host
 * process, no kernel tables. */
#include "attack.h"
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>

int main(void)
{
    report_id();
    pid_t me = getpid();
    DIR *d = opendir("/proc");
    if (!d) {
        WRONG("opendir /proc: %s", strerror(errno));
        return 1;
    }
    struct dirent *e;
    int seen = 0;
    while ((e = readdir(d))) {
        if (e->d_name[0] < '0' || e->d_name[0] > '9')
            continue;
        seen++;
        if (atoi(e->d_name) != me)
            BREACH("/proc shows process %s", e->d_name);
    }
    closedir(d);
    if (!seen)
        WRONG("/proc does not show this process");
    struct stat st;
    MUST_FAIL(stat("/proc/1", &st), "stat /proc/1 (the keeper)");
    MUST_FAIL(open("/proc/1/cmdline", O_RDONLY), "open /proc/1/cmdline");
    MUST_FAIL(open("/proc/1/maps", O_RDONLY), "open /proc/1/maps");
    MUST_FAIL(open("/proc/1/mem", O_RDONLY), "open /proc/1/mem");
    MUST_FAIL(open("/proc/1/root", O_RDONLY | O_DIRECTORY), "open /proc/1/root");
    /* No other PID is addressable, hidden from the listing or not. */
    int reachable = 0;
    for (int pid = 1; pid < 32768; pid++) {
        char path[32];
        snprintf(path, sizeof(path), "/proc/%d", pid);
        if (pid != me && stat(path, &st) == 0 && reachable++ < 5)
            BREACH("/proc/%d exists", pid);
    }
    if (!reachable)
        OK("no /proc/N but its own");
    done();
    return 0;
}
