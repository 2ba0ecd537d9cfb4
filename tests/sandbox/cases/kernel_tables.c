/* kernel_tables.c: /proc/sys, the kernel's tables and /sys must not be readable. */
#include "attack.h"
#include <fcntl.h>

static void must_not_read(const char *path)
{
    char buf[64];
    int fd = open(path, O_RDONLY);
    if (fd < 0) {
        OK("open %s: %s", path, strerror(errno));
        return;
    }
    ssize_t n = read(fd, buf, sizeof(buf));
    close(fd);
    if (n < 0)
        OK("read %s: %s", path, strerror(errno));
    else
        BREACH("read %zd bytes of %s", n, path);
}

int main(void)
{
    report_id();
    const char *paths[] = {"/proc/sys/kernel/hostname",
                           "/proc/sys/kernel/core_pattern",
                           "/proc/sys/vm/overcommit_memory",
                           "/proc/kallsyms",
                           "/proc/modules",
                           "/proc/kcore",
                           "/proc/keys",
                           "/proc/timer_list",
                           "/proc/sched_debug",
                           "/proc/sysrq-trigger",
                           "/proc/config.gz",
                           "/proc/cmdline",
                           "/proc/mounts",
                           "/proc/net/dev",
                           "/proc/sysvipc/shm",
                           "/proc/iomem",
                           "/proc/slabinfo",
                           "/sys/kernel/notes",
                           "/sys/class/net/lo/operstate",
                           "/sys/fs/cgroup/cgroup.procs",
                           "/dev/mem",
                           "/dev/kmsg",
                           "/dev/tty",
                           "/dev/console",
                           "/dev/sda",
                           "/dev/vda",
                           NULL};
    for (int i = 0; paths[i]; i++)
        must_not_read(paths[i]);
    MUST_FAIL(open("/proc/sys/kernel/core_pattern", O_WRONLY), "open core_pattern for writing");
    MUST_FAIL(open("/proc/sysrq-trigger", O_WRONLY), "open sysrq-trigger for writing");
    done();
    return 0;
}
