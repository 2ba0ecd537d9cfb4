/* netif.c: the box's network: a namespace of its own, with no interface but a loopback that
 * is down. Reads what /proc shows of it (the socket calls that would ask are blocked), and
 * which IPC, UTS, mount and PID namespaces the run is in. */
#include "attack.h"
#include <fcntl.h>

static int dump(const char *path, const char *tag)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        NOTE("%s: %s", path, strerror(errno));
        return -1;
    }
    char line[512];
    while (fgets(line, sizeof(line), f)) {
        line[strcspn(line, "\n")] = '\0';
        say(tag, "%s", line);
    }
    fclose(f);
    return 0;
}

int main(void)
{
    report_id();
    /* Which network namespace: not the host's (the keeper makes it in a thread). */
    char ns[64];
    ssize_t n = readlink("/proc/self/ns/net", ns, sizeof(ns) - 1);
    if (n > 0) {
        ns[n] = '\0';
        say("NETNS", "%s", ns);
    }
    /* And the other namespaces the box has of its own. */
    static const char *const kinds[] = {"ipc", "uts", "mnt", "pid"};
    for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++) {
        char path[64];
        snprintf(path, sizeof(path), "/proc/self/ns/%s", kinds[i]);
        n = readlink(path, ns, sizeof(ns) - 1);
        if (n > 0) {
            ns[n] = '\0';
            say("NSID", "%s %s", kinds[i], ns);
        }
    }
    /* Interfaces: "  name: counters" lines after two header lines. */
    dump("/proc/self/net/dev", "NETDEV");
    /* Local routes appear for 127.0.0.1 only once lo is up. */
    dump("/proc/self/net/fib_trie", "FIB");
    dump("/proc/self/net/tcp", "TCP");
    dump("/proc/self/net/tcp6", "TCP6");
    dump("/proc/self/net/unix", "UNIX");
    done();
    return 0;
}
