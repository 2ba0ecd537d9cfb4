/* internal.h: what the sandbox's files share with each other and nobody else. */
#ifndef SANDBOX_INTERNAL_H
#define SANDBOX_INTERNAL_H

#include "sandbox/sandbox.h"

#include <linux/filter.h>
#include <signal.h>
#include <stdint.h>
#include <sys/resource.h>

/* ---- the wire between the judge process and a box's keeper (box.c <-> keeper.c) ---- */

#define SBX_WIRE_MAX 65536 /* the largest message either way */

enum sbx_wire_type {
    SBX_WIRE_RUN = 1, /* judge -> keeper: start a run; fds: stdin, stdout, stderr, extras */
    SBX_WIRE_KILL,    /* judge -> keeper: end the run under way */
    SBX_WIRE_READY,   /* keeper -> judge: box set up; fds: /prog and /box directories */
    SBX_WIRE_FAIL,    /* keeper -> judge: box set-up failed; text in message */
    SBX_WIRE_RESULT,  /* keeper -> judge: the run ended */
};

/* A run request. The strings follow the header: cwd, argv..., envp..., each NUL-ended. */
struct sbx_wire_run {
    uint32_t type;
    uint32_t profile;
    struct sbx_limits limits;
    uint32_t argc;
    uint32_t envc;
    uint32_t nfds; /* descriptors attached, in the order of fd_present */
    uint8_t fd_present[3 + SBX_MAX_EXTRA_FDS];
    uint8_t keep_files;    /* do not empty /box, /tmp, /dev/shm first */
    uint8_t only_in_place; /* make the run only if the config's prog_file is in place */
    uint32_t bpf_len;      /* instructions of the seccomp program, after the strings */
    uint32_t bpf_offset;   /* where they start in the message (8-byte aligned) */
    uint32_t strings_len;
    char strings[];
};

struct sbx_wire_reply {
    uint32_t type;
    struct sbx_isolation isolation; /* READY */
    struct sbx_result result;       /* RESULT */
    uint32_t unusable;              /* RESULT: the box cannot take another run */
    int32_t ns_errno;               /* FAIL: the system refused a namespace (errno) */
    char message[256];              /* FAIL; RESULT when unusable: why */
};

/* How long the keeper lets a run go on past its wall-time limit when the time it waited
 * for a CPU is taken off: a machine so loaded that a run waits this long ends it anyway. */
#define SBX_WALL_BACKSTOP_MS(wall_ms) (3 * (wall_ms) + 10000)

/* Sends a message with up to 8 descriptors; returns 0 or -errno. */
int sbx_send(int sock, const void *buf, size_t len, const int *fds, int nfds);
/* Receives a message and up to *nfds descriptors (set to how many came, made CLOEXEC).
 * Returns the message's length, 0 at end of file, or -errno. */
ssize_t sbx_recv(int sock, void *buf, size_t len, int *fds, int *nfds);

/* ---- the keeper (keeper.c) ---- */

struct sbx_keeper_args {
    int ctl;          /* the keeper's end of the control socket */
    char *exec_page;  /* the page execve is allowed from (mapped by the judge: see box.c) */
    const char *root; /* an empty host directory to build the box's root on */
    const struct sbx_box_config *cfg;
    struct sbx_isolation iso; /* what the judge arranged before the keeper started */
    uid_t run_uid;
    gid_t run_gid;
    sigset_t caller_mask; /* the judge's signal mask (the keeper starts with all blocked) */
};

/* Without namespaces (the fallback), a box lives in a host directory and the paths a run
 * names inside the box (/box, /prog, /tmp, /dev/shm) are rewritten to it. */
#define SBX_FALLBACK_ENV "JUDGE_SANDBOX_NO_NAMESPACES"

/* The keeper's life: set the box up, then serve runs until the judge goes away. Never
 * returns. */
_Noreturn void sbx_keeper_main(struct sbx_keeper_args *args);

/* ---- mounts.c ---- */

struct sbx_mount_fds {
    int prog;           /* /prog, writable (a detached mount the runs cannot reach) */
    int box;            /* /box */
    int tmp;            /* /tmp */
    int shm;            /* /dev/shm */
    bool prog_in_place; /* the config's prog_file is shown at /prog/<name> */
};

/* Builds the box's root on `root` and pivots into it. Returns 0 or -errno with a message.
 * The host's tree is still there beneath the new root: sbx_mount_seal() must follow before
 * anything runs in the box. */
int sbx_mount_view(const char *root, const struct sbx_box_config *cfg, uid_t uid, gid_t gid,
                   struct sbx_mount_fds *fds, char *err, size_t errlen);
/* Drops the host's tree and makes the root and /dev read-only. 0 or -errno with a message. */
int sbx_mount_seal(char *err, size_t errlen);

/* Sets the size of the tmpfs behind fd (the scratch space). 0 or -errno (-EINVAL when what
 * it holds is larger). */
int sbx_scratch_resize(int fd, long size_kib);

/* ---- filter.c ---- */

/* Whether the kernel supports seccomp user notification (then blocked calls are named). */
bool sbx_filter_can_notify(void);

/* The page (SBX_EXEC_PAGE_SIZE bytes) from which a run's program is exec'd, mapped once per
 * judge process at a random address and inherited by every keeper, and the seccomp program
 * of a profile built against it: once per process, not once per box (libseccomp takes about
 * a millisecond per program). 0 or -errno. */
#define SBX_EXEC_PAGE_SIZE 4096
/* mmap/mremap of at least this much go to the keeper for a memory check (address-space mode). */
#define SBX_ALLOC_CHECK_MIN (1UL << 20)
int sbx_exec_page(char **page);
int sbx_profile_bpf(enum sbx_profile profile, bool notify, bool alloc_check,
                    const struct sock_fprog **prog);

/* The programs built when the judge was (bpfgen.c), against SBX_BPF_SENTINEL in place of the
 * exec page's address; {NULL, 0} where none was. */
#define SBX_BPF_SENTINEL 0x5eb1c0de3ec1b0daULL
struct sbx_bpf_prebuilt {
    const struct sock_filter *code;
    unsigned short len;
};
extern const struct sbx_bpf_prebuilt sbx_bpf_prebuilt[SBX_PROFILE_COUNT][2][2];

/* The prebuilt program of a profile with exec_path patched in: 0 and a malloc'ed program in
 * *prog, -ENOENT when there is none, -EINVAL when its patch sites are not as expected (then
 * the caller builds it). */
int sbx_filter_prebuilt(enum sbx_profile profile, bool notify, bool alloc_check,
                        const void *exec_path, struct sock_fprog *prog);

/* Builds the BPF program for a profile. exec_path is the one address from which execve is
 * allowed in profiles that may not exec (the run's own program); alloc_check_bytes > 0 makes
 * mmap/mremap of at least that many bytes go to the keeper for a memory check. Returns 0 and
 * a malloc'ed program in *prog, or -errno. */
int sbx_filter_build(enum sbx_profile profile, bool notify, const void *exec_path,
                     unsigned long alloc_check_bytes, struct sock_fprog *prog);

/* The name of syscall nr of the audit arch, into buf ("socket", "i386 syscall 11"). */
void sbx_filter_syscall_name(uint32_t arch, int nr, char *buf, size_t len);

/* Whether nr is an allocation call the filter sends for a memory check. */
bool sbx_filter_is_alloc_check(uint32_t arch, int nr);

/* A profile's program for a box's spawner (keeper.c): the clone that makes a run child and
 * the calls that set it up (setsid, setgroups, setresgid, setresuid, capset) let through when
 * two argument slots the kernel ignores for them hold `secret`, everything else decided by
 * `prog` as it is. 0 and a malloc'ed program in *out, or -errno. The calls, with the secret
 * in place, are the spawner's in keeper.c and sbx_drop_identity()'s. */
int sbx_filter_spawner(const struct sock_fprog *prog, const uint64_t secret[2],
                       struct sock_fprog *out);

/* ---- limits.c ---- */

struct sbx_rlimits {
    int resource[12];
    struct rlimit value[12];
    int count;
};

/* Validates limits and fills in defaults; returns 0 or -EINVAL with a message. */
int sbx_limits_resolve(struct sbx_limits *limits, char *err, size_t errlen);

/* The rlimits a run gets for its (resolved) limits; shared_tasks: how many tasks of the
 * keeper's share the run's uid and count against its process limit (in a user namespace: the
 * keeper, and its spawner's thread once there is one; else none). */
void sbx_limits_rlimits(const struct sbx_limits *limits, int shared_tasks, struct sbx_rlimits *out);

/* The memory (KiB) the loadable segments of an ELF executable take before it runs; -1 when
 * path is not a 64-bit ELF file (a script, say). */
long sbx_image_kib(const char *path);

/* ---- identity.c ---- */

/* Claims a free slot (an abstract socket name) so that concurrent boxes, in this process
 * or another, run under distinct uids. Returns the socket (closing it frees the slot) and
 * sets *slot, or -errno. */
int sbx_slot_claim(int *slot);

/* In the keeper, once: empties the capability bounding set and locks securebits so that
 * no run can gain a capability by exec. Returns 0 or -errno. */
int sbx_limit_capabilities(void);

/* In the run child, between fork and exec: becomes uid/gid (when change_ids), and clears
 * every capability; secret: NULL, or the box's spawner's (keeper.c) when the child is one of
 * its. Returns 0 or -errno; async-signal-safe. */
int sbx_drop_identity(uid_t uid, gid_t gid, bool change_ids, const uint64_t *secret);

/* ---- procfs.c ---- */

struct sbx_tree_usage {
    long cpu_ms;  /* of the live processes, their waited-for children included */
    long rss_kib; /* sum of resident memory of the live processes */
    int processes;
};

/* The longest time (ms) any live thread of the tree (as sbx_tree_usage counts it) has spent
 * ready to run but waiting for a CPU (the run-queue delay of /proc/PID/task/TID/schedstat);
 * 0 where the kernel does not say. */
long sbx_tree_run_delay_ms(pid_t self, bool descendants_only);

/* Sums the usage of every process visible in /proc except `self` (the keeper), or, when
 * descendants_only (no PID namespace), of the processes descending from self. */
void sbx_tree_usage(pid_t self, bool descendants_only, struct sbx_tree_usage *usage);

/* The direct children of self, at most max of them; returns how many. */
int sbx_children(pid_t self, pid_t *out, int max);

/* Virtual size of a process (or thread) in KiB, or -1. */
long sbx_vm_size_kib(pid_t pid);

/* ---- util.c ---- */

/* Empties a directory, whatever a run left in it (not following symlinks), with a bounded
 * number of descriptors and no allocation (async-signal-safe). Gives up with -ETIMEDOUT
 * once sbx_now_us() passes deadline_us (0: no deadline). Returns 0 or -errno. */
int sbx_wipe_dir(int dirfd, int64_t deadline_us);

/* How long emptying a box may take before the box is given up (replaced by its user). The
 * environment variable can only make it shorter: the tests use it to see a box given up. */
#define WIPE_BUDGET_US      (2 * 1000 * 1000)
#define SBX_WIPE_BUDGET_ENV "JUDGE_SANDBOX_WIPE_BUDGET_MS"

/* snprintf that reports truncation as -1. */
int sbx_fmt(char *buf, size_t len, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Monotonic time in microseconds. */
int64_t sbx_now_us(void);

/* Writes a whole file (creating it with mode), for /proc and /sys knobs. 0 or -errno. */
int sbx_write_file(const char *path, const char *text);

#endif
