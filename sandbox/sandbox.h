/* sandbox.h: run one untrusted program isolated, limited and measured. The library's contract. */
#ifndef SANDBOX_SANDBOX_H
#define SANDBOX_SANDBOX_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

/*
 * A *box* is an isolated place to run programs: its own PID, mount, network, IPC and UTS
 * namespaces (and a user namespace when the caller is not root), a read-only view of the
 * system directories, and three small writable areas:
 *
 *   /box      the working directory of every run; emptied before each run
 *   /tmp      private scratch space; emptied before each run
 *   /dev/shm  likewise
 *
 * plus /prog, which runs see read-only and which the caller fills (the program to run, the
 * source to compile) through sbx_box_dirfd(). The three writable areas share one size bound.
 *
 * A box is created once and then runs programs one after another; each run is a fresh
 * process forked inside the box, so the cost of namespaces and mounts is paid once per box,
 * not once per run. Everything a run starts is killed when the run ends; nothing it wrote
 * survives into the next run except what the caller put in /prog.
 *
 * Where a layer is not available (no namespaces, no seccomp), the box falls back to what
 * works and says so in sbx_box_isolation(); sbx_probe() tells what this machine offers. An
 * ordinary user without namespaces gets no box at all: its runs would keep the user's uid.
 * The library never exits and never prints: every function returns 0 or a negative errno,
 * and a one-line message is available from sbx_box_error().
 */

/* Seccomp profiles, by kind of program. No profile can reach a network: socket() ends the
 * run (native, and inet sockets for interpreters) or fails (jvm, compiler, which probe
 * sockets at start); only jvm and compiler may make a connected pair with socketpair().
 * Every profile forbids ptrace, mount, namespaces, bpf, io_uring, perf events, keyrings,
 * userfaultfd, kexec, reboot, swapon, SysV/POSIX IPC, and every foreign syscall ABI (i386,
 * x32). */
enum sbx_profile {
    SBX_PROFILE_NATIVE,      /* compiled programs: threads allowed, no new processes, no exec */
    SBX_PROFILE_INTERPRETER, /* Python, node and the like: as native, with more file calls */
    SBX_PROFILE_JVM,         /* the JVM: as interpreter; threads allowed, still no processes */
    SBX_PROFILE_COMPILER,    /* compilers: may fork and exec their own stages */
    SBX_PROFILE_COUNT
};

/* How the memory limit is enforced. */
enum sbx_memory_mode {
    SBX_MEMORY_ADDRESS_SPACE, /* RLIMIT_AS: exact and immediate; for C, C++, Rust, Python */
    SBX_MEMORY_RESIDENT,      /* resident memory of the tree, sampled by the parent, with a
                                 generous RLIMIT_DATA backstop; for runtimes that reserve far
                                 more address space than they use (JVM, node, Go) */
};

enum sbx_status {
    SBX_EXITED,          /* exited on its own; see exit_code */
    SBX_SIGNALED,        /* killed by a signal it raised or received; see signal */
    SBX_TIME_LIMIT,      /* used more CPU time than allowed */
    SBX_WALL_LIMIT,      /* ran (or slept, or stayed stopped) longer than the wall limit */
    SBX_MEMORY_LIMIT,    /* went over the memory limit */
    SBX_OUTPUT_LIMIT,    /* wrote more than the output limit */
    SBX_BLOCKED_SYSCALL, /* made a system call its profile forbids; see syscall */
    SBX_SANDBOX_ERROR,   /* the sandbox failed, or the program could not be started */
    SBX_STATUS_COUNT
};

/* Per-run limits. Zero means the default noted on each field; limits are validated by
 * sbx_start(), which refuses negative or absurd values with -EINVAL. */
struct sbx_limits {
    long time_ms;    /* CPU time (user+system) of the whole tree; 0: 10 s */
    long wall_ms;    /* wall-clock time, not counting time the run was ready to run but
                        waited for a CPU (a loaded machine does not make a run slow);
                        0: 2 * time_ms + 1000 */
    long memory_kib; /* memory of the tree: resident memory plus what it keeps in the
                        box's /box, /tmp and /dev/shm; 0: 256 MiB */
    long output_kib; /* what it may write to stdout (every byte counts, there is no
                        seeking back), and the largest file it may write; 0: 64 MiB */
    long stderr_kib; /* how much of stderr is kept; the rest is read and dropped, and never
                        decides the result; 0: 64 KiB */
    int processes;   /* processes and threads at once; 0: 64 (1 means no threads) */
    int open_files;  /* descriptors; 0: 64 */
    enum sbx_memory_mode memory_mode;
};

#define SBX_MAX_EXTRA_FDS 4 /* descriptors beyond 0-2 a run can be given */
#define SBX_MAX_ARGS      256
#define SBX_MAX_ENV       64

/* One run. All strings and descriptors are the caller's; sbx_start() copies what it needs.
 * Descriptors must be regular files, pipes or character devices (never a directory or a
 * socket, which would reach the host). stdin and the extra descriptors are given to read:
 * where the run could write through them (a file its uid may write, whoever owns it), the
 * run gets a sealed copy instead. A regular file given as stdout or stderr is never the
 * run's own: the run writes into a pipe and the keeper appends what comes to the file, so
 * that it cannot seek back, truncate, or read back what it wrote (stdout up to the output
 * limit, stderr up to its cap). Pipes and devices are given as they are. */
struct sbx_run {
    const char *const *argv; /* argv[0] is the program, an absolute path inside the box */
    const char *const *envp; /* the whole environment; NULL: PATH, HOME=/box, LANG=C.UTF-8 */
    const char *cwd;         /* inside the box; NULL: /box */
    int stdin_fd;            /* -1: /dev/null */
    int stdout_fd;           /* -1: /dev/null */
    int stderr_fd;           /* -1: /dev/null */
    int extra_fds[SBX_MAX_EXTRA_FDS]; /* become fds 3, 4, ... in the run; -1 ends the list */
    enum sbx_profile profile;
    struct sbx_limits limits;
    bool keep_files; /* /box, /tmp and /dev/shm keep what the last run left instead of being
                        emptied first (a validator's feedback directory across the passes of
                        one test); the scratch space still counts as memory */
};

struct sbx_result {
    enum sbx_status status;
    int exit_code;        /* when it exited on its own, else -1 */
    int signal;           /* the signal that killed it, else 0 */
    long cpu_ms;          /* user+system CPU time of the whole tree */
    long wall_ms;         /* from start to the end of the last process */
    long peak_memory_kib; /* the tree's peak resident memory */
    long output_bytes;    /* bytes written to stdout when it is a file, else -1 */
    long long end_us;     /* CLOCK_MONOTONIC time (µs) when its first process ended, to
                             order runs of different boxes */
    char syscall[32];     /* SBX_BLOCKED_SYSCALL: the call's name, e.g. "socket" */
    char message[256];    /* one line for humans: "blocked system call: socket" */
};

struct sbx_box;

/* A host directory or file shown read-only at another path in the box. */
struct sbx_bind {
    const char *host; /* NULL ends a list */
    const char *box;  /* an absolute path the box does not own (see sbx_box_owns_path) */
};

/* A program of the host shown read-only as /prog/<name> instead of copied there: a box that
 * runs one program once (`judge exec`) saves the copy and, at the box's end, freeing it. */
struct sbx_prog_file {
    const char *host; /* the file's path on the host */
    const char *name; /* a plain name: no '/', not "." or ".." */
    dev_t dev;        /* the file the caller checked: the keeper shows it only if the path */
    ino_t ino;        /* still names it, whatever replaced it in between */
};

struct sbx_box_config {
    const char *const *bind_ro;        /* host paths shown read-only at the same path; NULL-ended */
    const struct sbx_bind *bind_ro_at; /* host paths shown read-only elsewhere; or NULL */
    const struct sbx_prog_file *prog_file; /* or NULL; sbx_isolation.prog_in_place says
                                              whether it was shown (else copy it) */
    long scratch_kib;                      /* size of /box + /tmp + /dev/shm together; 0: 256 MiB */
    long prog_kib;                         /* size of /prog; 0: 256 MiB */
    const char *const *devices;            /* device nodes in /dev, from null, zero, full, random,
                                              urandom; NULL: all five. Compilers get only null, so that
                                              #include "/dev/urandom" fails at once. */
    uid_t uid; /* identity of runs when the caller is root; 0: 60000 + slot */
    gid_t gid;
    /* The kind of run expected first: its seccomp program is built while the keeper sets the
     * box up, on another CPU (0: native, address-space memory, the most common). */
    enum sbx_profile expect_profile;
    enum sbx_memory_mode expect_memory_mode;
    /* Or NULL: a run started with the box, which the keeper makes as soon as the box is
     * ready, without waiting for this process: a one-shot run's fastest path. On success,
     * sbx_box_started() says whether it is under way (sbx_wait() then gives its result): it
     * is not when prog_file is set and the box could not show it (copy it and start the run
     * as usual). The run must not need what opening reports: nothing is copied into the
     * box before it. Its errors (as sbx_start()'s) fail the open. */
    const struct sbx_run *first_run;
};

/* What a box actually got; sbx_probe() fills the same structure for the machine. */
struct sbx_isolation {
    bool user_ns;    /* a user namespace (the caller is not root) */
    bool namespaces; /* pid, mount, net, ipc, uts */
    bool mount_view; /* the minimal read-only view with private /proc, /tmp, /dev */
    bool seccomp;
    bool seccomp_notify; /* blocked calls are named */
    bool own_uid;        /* runs as an unprivileged uid distinct from the caller's */
    bool cgroup;         /* a delegated cgroup v2 subtree (never on a host-owned hierarchy) */
    bool prog_in_place;  /* the box shows sbx_box_config.prog_file at /prog/<name> */
    char notes[512];     /* why a layer is missing, one clause per layer */
};

/* Whether a path is one the box provides itself (/tmp, /box, /prog, /dev, /proc, /), and so
 * cannot be shown from the host with bind_ro. */
bool sbx_box_owns_path(const char *path);

/* Opens a box. Returns 0 and sets *out, or a negative errno with a message in err (-ENOENT
 * when /proc is missing, -ENOSYS when seccomp is: the machine's set-up, not a bug). The box
 * must be closed with sbx_box_close(). Opening and closing are not cheap (a few ms): open
 * once, run many times. */
int sbx_box_open(struct sbx_box **out, const struct sbx_box_config *cfg, char *err, size_t errlen);

/* For a signal handler of the caller's (the library installs none): removes the host
 * directories of every box still open, using only async-signal-safe calls. The caller then
 * exits; the boxes' processes die with it. */
void sbx_emergency_cleanup(void);

/* Kills whatever still runs, tears the box down, frees it. NULL is allowed. */
void sbx_box_close(struct sbx_box *box);

/* The same, for a caller that exits right after: an idle box with namespaces (no run under
 * way, so nothing untrusted left in it) is ended without waiting for the kernel to unmount
 * its view (0.3-0.5 ms); its keeper, dead, is reaped by whoever reaps the caller's orphans.
 * A long-lived caller uses sbx_box_close(), lest dead keepers pile up. */
void sbx_box_close_at_exit(struct sbx_box *box);

/* The last error on this box, one line; never NULL. */
const char *sbx_box_error(const struct sbx_box *box);

/* The isolation this box got. */
const struct sbx_isolation *sbx_box_isolation(const struct sbx_box *box);

enum sbx_area {
    SBX_AREA_PROG, /* /prog: the caller writes, runs read */
    SBX_AREA_BOX,  /* /box: runs write; the caller reads what the last run left */
};

/* A directory descriptor of an area, owned by the box (do not close it). Files a run left
 * must be opened with sbx_open_result(), never by following a path. Names the caller puts
 * there must be plain file names (no "/", no ".."): until the keeper has sealed the box
 * (while the caller prepares its first run), ".." leads out of the area. */
int sbx_box_dirfd(const struct sbx_box *box, enum sbx_area area);

/* Opens a regular file that a run left in dirfd, for reading, refusing symlinks, FIFOs,
 * devices and anything but a regular file. Returns a descriptor or a negative errno. */
int sbx_open_result(int dirfd, const char *name);

/* Starts a run; at most one run per box at a time. Returns 0, -EINVAL for bad limits or
 * arguments (message in sbx_box_error()), -EBUSY if a run is under way, or another negative
 * errno if the box is broken. */
int sbx_start(struct sbx_box *box, const struct sbx_run *run);

/* Whether a run is under way: started and not yet waited for (sbx_box_config.first_run). */
bool sbx_box_started(const struct sbx_box *box);

/* A descriptor that becomes readable when the run under way has ended (for poll()). */
int sbx_box_pollfd(const struct sbx_box *box);

/* Waits for the run under way to end and fills *result. Returns 0, or a negative errno if
 * the box broke (then result->status is SBX_SANDBOX_ERROR). The wait has a deadline derived
 * from the run's limits: a keeper that has not answered by then is killed, and the result is
 * SBX_SANDBOX_ERROR with the reason. Never blocks forever. */
int sbx_wait(struct sbx_box *box, struct sbx_result *result);

/* Milliseconds until the deadline of the run under way (for the caller's own poll()); 0
 * when it has passed (sbx_wait() then returns at once); -1 when no run is under way. */
int sbx_wait_timeout_ms(const struct sbx_box *box);

/* Whether the box can take another run. A box breaks when its keeper dies or misses a
 * deadline, or when a run left something the box could not empty within its budget; the
 * caller then closes it and opens a new one (sbx_box_error() says why). */
bool sbx_box_usable(const struct sbx_box *box);

/* Asks the box to end the run under way now (everything it started is killed); the result
 * then says SBX_SIGNALED with SIGKILL and the message "stopped by the judge". */
int sbx_kill(struct sbx_box *box);

/* sbx_start() + sbx_wait(). */
int sbx_run(struct sbx_box *box, const struct sbx_run *run, struct sbx_result *result);

/* What this machine and this user offer. Forks test processes; takes a few ms. */
void sbx_probe(struct sbx_isolation *iso);

/* Names. */
const char *sbx_status_name(enum sbx_status status);            /* "exited", "time limit", ... */
const char *sbx_profile_name(enum sbx_profile profile);         /* "native", ... */
int sbx_profile_parse(const char *name, enum sbx_profile *out); /* 0 or -1 */
const char *sbx_signal_name(int sig); /* "SIGSEGV"; "signal 99" is static */

/* Initialises a run with no descriptors, the native profile and default limits. */
void sbx_run_init(struct sbx_run *run);

#endif
