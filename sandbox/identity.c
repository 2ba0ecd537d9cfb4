/* identity.c: who a run is: a slot-numbered unprivileged uid, no groups, no capabilities. */
#define _GNU_SOURCE
#include "sandbox/internal.h"

#include <errno.h>
#include <linux/capability.h>
#include <linux/securebits.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <unistd.h>

#define SLOT_COUNT 1000

/*
 * A slot is held by binding an abstract unix socket "judge-sandbox-slot-N": the kernel
 * releases it when the holder dies, however it dies, and nothing is left on disk. Two boxes
 * with distinct slots run under distinct uids, so RLIMIT_NPROC counts each box alone and no
 * box can signal another's processes.
 */
int sbx_slot_claim(int *slot)
{
    for (int n = 0; n < SLOT_COUNT; n++) {
        int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (fd < 0)
            return -errno;
        struct sockaddr_un addr = {.sun_family = AF_UNIX};
        int len =
            snprintf(addr.sun_path + 1, sizeof(addr.sun_path) - 1, "judge-sandbox-slot-%d", n);
        if (bind(fd, (struct sockaddr *)&addr,
                 (socklen_t)(offsetof(struct sockaddr_un, sun_path) + 1 + (size_t)len)) == 0) {
            *slot = n;
            return fd;
        }
        int e = errno;
        close(fd);
        if (e != EADDRINUSE)
            return -e;
    }
    return -EAGAIN;
}

int sbx_limit_capabilities(void)
{
    /* The keeper never execs, so emptying the bounding set and locking the securebits here
     * costs it nothing, and every run child inherits both: nothing gained by exec, root
     * keeps no capabilities across it, and nothing of this can be undone. With
     * NO_SETUID_FIXUP a uid change keeps the capabilities, which sbx_drop_identity() then
     * clears explicitly, in one place, for both the root and user-namespace cases. */
    for (int cap = 0; cap < 64; cap++) {
        if (prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) < 0 && errno == EINVAL)
            break;
    }
    if (prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0) < 0 && errno != EINVAL)
        return -errno;
    unsigned long bits = SECBIT_NOROOT | SECBIT_NOROOT_LOCKED | SECBIT_NO_SETUID_FIXUP |
                         SECBIT_NO_SETUID_FIXUP_LOCKED | SECBIT_KEEP_CAPS_LOCKED |
                         SECBIT_NO_CAP_AMBIENT_RAISE | SECBIT_NO_CAP_AMBIENT_RAISE_LOCKED;
    if (prctl(PR_SET_SECUREBITS, bits, 0, 0, 0) < 0)
        return -errno;
    return 0;
}

int sbx_drop_identity(uid_t uid, gid_t gid, bool change_ids, const uint64_t *secret)
{
    /* Raw calls, each with two more arguments the kernel ignores for it: where a spawner's
     * child finds its filter looking for the secret (filter.c, sbx_filter_spawner()). */
    long s0 = secret ? (long)secret[0] : 0, s1 = secret ? (long)secret[1] : 0;
    if (change_ids) {
        if (syscall(SYS_setgroups, 0L, 0L, s0, s1) < 0 ||
            syscall(SYS_setresgid, (long)gid, (long)gid, (long)gid, s0, s1) < 0 ||
            syscall(SYS_setresuid, (long)uid, (long)uid, (long)uid, s0, s1) < 0)
            return -errno;
    }
    struct __user_cap_header_struct header = {.version = _LINUX_CAPABILITY_VERSION_3};
    struct __user_cap_data_struct data[2];
    memset(data, 0, sizeof(data));
    if (syscall(SYS_capset, &header, data, s0, s1) < 0)
        return -errno;
    return 0;
}
