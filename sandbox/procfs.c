/* procfs.c: measuring a run's process tree while it runs, from the box's own /proc. */
#define _GNU_SOURCE
#include "sandbox/internal.h"

#include <ctype.h>
#include <stdbool.h>
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Reads a small /proc file into buf (NUL-terminated); returns its length or -1. */
static ssize_t read_small(const char *path, char *buf, size_t len)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    ssize_t n = read(fd, buf, len - 1);
    close(fd);
    if (n < 0)
        return -1;
    buf[n] = '\0';
    return n;
}

/* From /proc/PID/stat: the parent, CPU ticks of the process and of its waited-for children,
 * and its resident pages. The command name may hold spaces and parentheses: fields are
 * counted from the last ')'. */
static int read_stat(pid_t pid, pid_t *ppid, unsigned long long *ticks, long *rss_pages)
{
    char path[64], buf[1024];
    snprintf(path, sizeof(path), "/proc/%d/stat", (int)pid);
    if (read_small(path, buf, sizeof(buf)) < 0)
        return -1;
    char *p = strrchr(buf, ')');
    if (!p)
        return -1;
    p++;
    /* After ')': state(3) ppid pgrp session tty_nr tpgid flags minflt cminflt majflt
     * cmajflt utime(14) stime cutime cstime priority nice num_threads itrealvalue
     * starttime vsize rss(24) */
    unsigned long long v[22];
    int field = 3, i = 0;
    char *end;
    while (*p && i < 22) {
        while (*p == ' ')
            p++;
        if (field == 3) {
            while (*p && *p != ' ')
                p++;
        } else {
            v[i++] = strtoull(p, &end, 10);
            p = end;
        }
        field++;
    }
    if (i < 21)
        return -1;
    /* v[0] is field 4 (ppid); utime is field 14 -> v[10]. */
    *ppid = (pid_t)v[0];
    *ticks = v[10] + v[11] + v[12] + v[13];
    *rss_pages = (long)v[20];
    return 0;
}

#define MAX_SCANNED 65536

struct proc_entry {
    pid_t pid, ppid;
    unsigned long long ticks;
    long rss;
    bool mine;
};

/* Fills entries with the processes of the run (see sbx_tree_usage); returns how many. */
static size_t scan_tree(pid_t self, bool descendants_only, struct proc_entry *entries)
{
    DIR *dir = opendir("/proc");
    if (!dir)
        return 0;
    size_t n = 0;
    struct dirent *de;
    while ((de = readdir(dir)) && n < MAX_SCANNED) {
        if (!isdigit((unsigned char)de->d_name[0]))
            continue;
        struct proc_entry *e = &entries[n];
        e->pid = (pid_t)strtol(de->d_name, NULL, 10);
        if (e->pid == self || read_stat(e->pid, &e->ppid, &e->ticks, &e->rss) < 0)
            continue; /* the keeper itself, or a process that just ended */
        e->mine = !descendants_only || e->ppid == self;
        n++;
    }
    closedir(dir);

    /* Without a PID namespace of its own (the fallback), the tree is whatever descends
     * from the keeper: mark children of marked processes until nothing changes. */
    for (bool changed = descendants_only; changed;) {
        changed = false;
        for (size_t i = 0; i < n; i++) {
            if (entries[i].mine)
                continue;
            for (size_t j = 0; j < n; j++) {
                if (entries[j].mine && entries[j].pid == entries[i].ppid) {
                    entries[i].mine = changed = true;
                    break;
                }
            }
        }
    }
    return n;
}

static struct proc_entry entries[MAX_SCANNED];

void sbx_tree_usage(pid_t self, bool descendants_only, struct sbx_tree_usage *usage)
{
    static long ticks_per_s, page_kib;
    if (!ticks_per_s) {
        ticks_per_s = sysconf(_SC_CLK_TCK);
        page_kib = sysconf(_SC_PAGESIZE) / 1024;
    }
    usage->cpu_ms = 0;
    usage->rss_kib = 0;
    usage->processes = 0;

    size_t n = scan_tree(self, descendants_only, entries);
    for (size_t i = 0; i < n; i++) {
        if (!entries[i].mine)
            continue;
        usage->cpu_ms += (long)(entries[i].ticks * 1000 / (unsigned long long)ticks_per_s);
        usage->rss_kib += entries[i].rss * page_kib;
        usage->processes++;
    }
}

long sbx_tree_run_delay_ms(pid_t self, bool descendants_only)
{
    unsigned long long longest_ns = 0;
    size_t n = scan_tree(self, descendants_only, entries);
    for (size_t i = 0; i < n; i++) {
        if (!entries[i].mine)
            continue;
        char path[64], buf[128];
        snprintf(path, sizeof(path), "/proc/%d/task", (int)entries[i].pid);
        DIR *tasks = opendir(path);
        if (!tasks)
            continue;
        struct dirent *de;
        while ((de = readdir(tasks))) {
            if (!isdigit((unsigned char)de->d_name[0]))
                continue;
            /* schedstat: time on a CPU, time waiting on a run queue, time slices (ns). */
            snprintf(path, sizeof(path), "/proc/%d/task/%.16s/schedstat", (int)entries[i].pid,
                     de->d_name);
            if (read_small(path, buf, sizeof(buf)) < 0)
                continue;
            char *end;
            strtoull(buf, &end, 10);
            unsigned long long waited = strtoull(end, NULL, 10);
            if (waited > longest_ns)
                longest_ns = waited;
        }
        closedir(tasks);
    }
    return (long)(longest_ns / 1000000);
}

int sbx_children(pid_t self, pid_t *out, int max)
{
    DIR *dir = opendir("/proc");
    int n = 0;
    if (!dir)
        return 0;
    struct dirent *de;
    while ((de = readdir(dir)) && n < max) {
        if (!isdigit((unsigned char)de->d_name[0]))
            continue;
        pid_t pid = (pid_t)strtol(de->d_name, NULL, 10), ppid;
        unsigned long long ticks;
        long rss;
        if (pid != self && read_stat(pid, &ppid, &ticks, &rss) == 0 && ppid == self)
            out[n++] = pid;
    }
    closedir(dir);
    return n;
}

long sbx_vm_size_kib(pid_t pid)
{
    char path[64], buf[256];
    snprintf(path, sizeof(path), "/proc/%d/statm", (int)pid);
    if (read_small(path, buf, sizeof(buf)) < 0)
        return -1;
    return strtol(buf, NULL, 10) * (sysconf(_SC_PAGESIZE) / 1024);
}
