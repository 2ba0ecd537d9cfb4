/* limits.c: validating a run's limits, turning them into rlimits, sizing a program's image. */
#include "sandbox/internal.h"

#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define DEFAULT_TIME_MS    10000L
#define DEFAULT_MEMORY_KIB (256L * 1024)
#define DEFAULT_OUTPUT_KIB (64L * 1024)
#define DEFAULT_STDERR_KIB 64L
#define DEFAULT_PROCESSES  64
#define DEFAULT_OPEN_FILES 64

/* Beyond these a limit is a mistake, not a wish. */
#define MAX_TIME_MS    (24L * 3600 * 1000)
#define MAX_MEMORY_KIB (64L * 1024 * 1024)
#define MAX_OUTPUT_KIB (16L * 1024 * 1024)
#define MAX_PROCESSES  4096
#define MAX_OPEN_FILES 65536

/* In resident mode the address space is not limited; data gets this much headroom over the
 * limit so that a runaway cannot take the machine before the parent's next sample. */
#define RESIDENT_DATA_FACTOR 4

static int check(long value, long max, const char *what, const char *unit, char *err, size_t errlen)
{
    if (value < 0 || value > max) {
        snprintf(err, errlen, "%s must be between 1 and %ld %s (got %ld)", what, max, unit, value);
        return -EINVAL;
    }
    return 0;
}

int sbx_limits_resolve(struct sbx_limits *l, char *err, size_t errlen)
{
    if (check(l->time_ms, MAX_TIME_MS, "time limit", "ms", err, errlen) ||
        check(l->wall_ms, 3 * MAX_TIME_MS, "wall-time limit", "ms", err, errlen) ||
        check(l->memory_kib, MAX_MEMORY_KIB, "memory limit", "KiB", err, errlen) ||
        check(l->output_kib, MAX_OUTPUT_KIB, "output limit", "KiB", err, errlen) ||
        check(l->stderr_kib, MAX_OUTPUT_KIB, "stderr cap", "KiB", err, errlen) ||
        check(l->processes, MAX_PROCESSES, "process limit", "processes", err, errlen) ||
        check(l->open_files, MAX_OPEN_FILES, "open-file limit", "files", err, errlen))
        return -EINVAL;
    if (l->memory_mode != SBX_MEMORY_ADDRESS_SPACE && l->memory_mode != SBX_MEMORY_RESIDENT) {
        snprintf(err, errlen, "unknown memory mode %d", (int)l->memory_mode);
        return -EINVAL;
    }
    if (l->time_ms == 0)
        l->time_ms = DEFAULT_TIME_MS;
    if (l->wall_ms == 0)
        l->wall_ms = 2 * l->time_ms + 1000;
    if (l->memory_kib == 0)
        l->memory_kib = DEFAULT_MEMORY_KIB;
    if (l->output_kib == 0)
        l->output_kib = DEFAULT_OUTPUT_KIB;
    if (l->stderr_kib == 0)
        l->stderr_kib = DEFAULT_STDERR_KIB;
    if (l->processes == 0)
        l->processes = DEFAULT_PROCESSES;
    if (l->open_files == 0)
        l->open_files = DEFAULT_OPEN_FILES;
    return 0;
}

static void add(struct sbx_rlimits *r, int resource, rlim_t soft, rlim_t hard)
{
    r->resource[r->count] = resource;
    r->value[r->count].rlim_cur = soft;
    r->value[r->count].rlim_max = hard;
    r->count++;
}

void sbx_limits_rlimits(const struct sbx_limits *l, int shared_tasks, struct sbx_rlimits *out)
{
    rlim_t memory = (rlim_t)l->memory_kib * 1024;
    /* RLIMIT_CPU is the backstop behind the parent's precise check: whole seconds, rounded
     * up, plus one. The hard limit one second later kills even a SIGXCPU handler. */
    rlim_t cpu_s = (rlim_t)(l->time_ms + 999) / 1000 + 1;

    out->count = 0;
    add(out, RLIMIT_CPU, cpu_s, cpu_s + 1);
    if (l->memory_mode == SBX_MEMORY_ADDRESS_SPACE) {
        add(out, RLIMIT_AS, memory, memory);
        add(out, RLIMIT_DATA, memory, memory);
    } else {
        add(out, RLIMIT_AS, RLIM_INFINITY, RLIM_INFINITY);
        add(out, RLIMIT_DATA, memory * RESIDENT_DATA_FACTOR, memory * RESIDENT_DATA_FACTOR);
    }
    /* Contest code recurses deep: the stack may use all of the memory. An unlimited
     * RLIMIT_STACK does that (the address-space limit or the resident check still bounds
     * it) without the C library making every thread's default stack as large as the
     * memory limit, which a stack rlimit equal to the limit would do. */
    add(out, RLIMIT_STACK, RLIM_INFINITY, RLIM_INFINITY);
    /* One byte more than the limit, so that a file cut at it tells "more than the limit"
     * apart from "exactly the limit" (keeper.c, decide()). */
    rlim_t fsize = (rlim_t)l->output_kib * 1024 + 1;
    add(out, RLIMIT_FSIZE, fsize, fsize);
    add(out, RLIMIT_NOFILE, (rlim_t)l->open_files, (rlim_t)l->open_files);
    /* In a user namespace the keeper's tasks share the run's uid and count against the same
     * limit: as many more, so that N means N for the run either way. */
    rlim_t nproc = (rlim_t)l->processes + (rlim_t)shared_tasks;
    add(out, RLIMIT_NPROC, nproc, nproc);
    add(out, RLIMIT_CORE, 0, 0);
    add(out, RLIMIT_MEMLOCK, 0, 0);
    add(out, RLIMIT_MSGQUEUE, 0, 0);
    add(out, RLIMIT_RTPRIO, 0, 0);
    add(out, RLIMIT_SIGPENDING, 256, 256);
}

/* The memory the kernel maps for an ELF executable before it runs a single instruction: its
 * loadable segments, zero-filled data (.bss) included. A static array larger than the memory
 * limit makes the exec fail after the point of no return, which the program would otherwise
 * see as a SIGSEGV at start. */
long sbx_image_kib(const char *path)
{
    Elf64_Ehdr eh;
    Elf64_Phdr ph[64];
    long ret = -1;
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return -1;
    if (pread(fd, &eh, sizeof(eh), 0) != (ssize_t)sizeof(eh) ||
        memcmp(eh.e_ident, ELFMAG, SELFMAG) != 0 || eh.e_ident[EI_CLASS] != ELFCLASS64 ||
        eh.e_phentsize != sizeof(Elf64_Phdr) || eh.e_phnum == 0 || eh.e_phnum > 64)
        goto out;
    size_t len = (size_t)eh.e_phnum * sizeof(Elf64_Phdr);
    if (pread(fd, ph, len, (off_t)eh.e_phoff) != (ssize_t)len)
        goto out;
    unsigned long long total = 0;
    for (int i = 0; i < eh.e_phnum; i++) {
        if (ph[i].p_type != PT_LOAD)
            continue;
        unsigned long long start = ph[i].p_vaddr & ~4095ULL;
        unsigned long long end = ph[i].p_vaddr + ph[i].p_memsz;
        if (end < ph[i].p_vaddr || total > (1ULL << 50))
            goto out; /* nonsense: let the kernel judge it */
        total += ((end + 4095) & ~4095ULL) - start;
    }
    ret = (long)(total / 1024);
out:
    close(fd);
    return ret;
}
