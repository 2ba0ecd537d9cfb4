/* pch.c: precompiled headers for the compile box (see pch.h). */
#define _GNU_SOURCE
#include "judge/pch.h"
#include "judge/cache.h"
#include "judge/util.h"
#include "sandbox/sandbox.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#define PCH_TIME_MS   180000 /* precompiling takes 10 s of CPU here; a slow machine more */
#define PCH_MEMORY_MB 4096
#define PCH_MAX_BYTES (512L << 20) /* bits/stdc++.h precompiled for gnu++20 is 124 MB */
#define PCH_OUTPUT    "/box/pch.gch"

bool pch_wanted(const struct language *lang, const char *source, size_t len)
{
    if (!lang->pch_header)
        return false;
    size_t hl = strlen(lang->pch_header);
    for (size_t i = 0; i < len;) {
        size_t end = i;
        while (end < len && source[end] != '\n')
            end++;
        const char *p = source + i, *e = source + end;
        while (p < e && (*p == ' ' || *p == '\t'))
            p++;
        if (p < e && *p == '#') {
            p++;
            while (p < e && (*p == ' ' || *p == '\t'))
                p++;
            if (e - p > 7 && strncmp(p, "include", 7) == 0) {
                p += 7;
                while (p < e && (*p == ' ' || *p == '\t'))
                    p++;
                if ((size_t)(e - p) >= hl + 2 && *p == '<' &&
                    strncmp(p + 1, lang->pch_header, hl) == 0 && p[hl + 1] == '>')
                    return true;
            }
        }
        i = end + 1;
    }
    return false;
}

/* The entry's key: the command as it will run and the identity of each tool on disk. */
static void pch_key(const struct language *lang, char out[65])
{
    struct cache_key k;
    cache_key_init(&k, "precompiled header");
    cache_key_addf(&k, "lang %s\nheader %s\n", lang->id, lang->pch_header);
    struct lang_vars v = {.source = "/prog/pch.h"};
    char **argv = lang_expand(lang, lang->pch_compile, &v);
    for (char **a = argv; a && *a; a++)
        cache_key_addf(&k, "arg %s\n", *a);
    lang_argv_free(argv);
    for (size_t i = 0; i < lang->ntools; i++) {
        struct stat st;
        const char *path = lang->tools[i].path;
        if (path && stat(path, &st) == 0)
            cache_key_addf(&k, "tool %s %llu %llu %lld %lld.%09ld\n", path,
                           (unsigned long long)st.st_dev, (unsigned long long)st.st_ino,
                           (long long)st.st_size, (long long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
    }
    cache_key_final(&k, out);
}

/* "bits/stdc++.h.gch" */
static char *gch_name(const struct language *lang)
{
    return xasprintf("%s.gch", lang->pch_header);
}

/* Opens dir/rel (each component without following a link): a descriptor or -1. */
static int open_beneath(int dir, const char *rel, int flags)
{
    char *copy = xstrdup(rel);
    int fd = fcntl(dir, F_DUPFD_CLOEXEC, 3);
    char *save = NULL;
    for (char *part = strtok_r(copy, "/", &save); part && fd >= 0;
         part = strtok_r(NULL, "/", &save)) {
        bool last = !save || !*save;
        int next = openat(fd, part,
                          (last ? flags : O_RDONLY | O_DIRECTORY) | O_NOFOLLOW | O_CLOEXEC, 0600);
        close(fd);
        fd = next;
    }
    free(copy);
    return fd;
}

/* Whether <area>/<key> holds a .gch that matches its stamp. */
static bool entry_ready(const struct judge_cache *c, const struct language *lang, const char *key)
{
    int dir = openat(c->dirfd, key, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (dir < 0)
        return false;
    char *name = gch_name(lang);
    int gch = open_beneath(dir, name, O_RDONLY);
    int stamp = openat(dir, "stamp", O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    free(name);
    close(dir);
    bool ok = false;
    struct stat st;
    char text[128];
    ssize_t n = stamp >= 0 ? read(stamp, text, sizeof(text) - 1) : -1;
    if (gch >= 0 && n > 0 && fstat(gch, &st) == 0 && S_ISREG(st.st_mode) &&
        st.st_uid == geteuid() && !(st.st_mode & 022)) {
        text[n] = '\0';
        char want[128];
        snprintf(want, sizeof(want), "%llu %lld %lld.%09ld\n", (unsigned long long)st.st_ino,
                 (long long)st.st_size, (long long)st.st_ctim.tv_sec, st.st_ctim.tv_nsec);
        ok = strcmp(text, want) == 0;
    }
    if (gch >= 0)
        close(gch);
    if (stamp >= 0)
        close(stamp);
    return ok;
}

/* mkdir -p of rel's directories below dir. */
static int make_dirs(int dir, const char *rel)
{
    char *copy = xstrdup(rel);
    int ret = 0;
    for (char *s = strchr(copy, '/'); s && ret == 0; s = strchr(s + 1, '/')) {
        *s = '\0';
        if ((mkdirat(dir, copy, 0755) < 0 && errno != EEXIST) || fchmodat(dir, copy, 0755, 0) < 0)
            ret = -errno;
        *s = '/';
    }
    free(copy);
    return ret;
}

/* Builds the entry in a compile box; 0, or -1 (nothing kept). */
static int build_entry(const struct judge_cache *c, const struct language *lang, const char *key)
{
    static const char *const devices[] = {"null", NULL};
    char **binds = lang_bind_paths(lang);
    struct sbx_box_config cfg = {.bind_ro = (const char *const *)binds,
                                 .scratch_kib = PCH_MAX_BYTES / 1024 * 2,
                                 .devices = devices,
                                 .expect_profile = SBX_PROFILE_COMPILER,
                                 .expect_memory_mode = lang->compile_memory_mode};
    struct sbx_box *box = NULL;
    char err[256], tmp[128];
    int ret = -1, out = -1, tmpdir = -1;
    snprintf(tmp, sizeof(tmp), ".tmp-pch-%s-%d", key, (int)getpid());

    if (sbx_box_open(&box, &cfg, err, sizeof(err)) < 0)
        goto out;
    int src = openat(sbx_box_dirfd(box, SBX_AREA_PROG), "pch.h",
                     O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    char *text = xasprintf("#include <%s>\n", lang->pch_header);
    bool wrote = src >= 0 && fchmod(src, 0644) == 0 && write_all(src, text, strlen(text)) == 0;
    free(text);
    if (src >= 0)
        close(src);
    if (!wrote)
        goto out;
    struct lang_vars v = {.source = "/prog/pch.h"};
    char **argv = lang_expand(lang, lang->pch_compile, &v);
    const char *env[SBX_MAX_ENV + 1];
    size_t n = 0;
    env[n++] = "PATH=/usr/local/bin:/usr/bin:/bin";
    env[n++] = "HOME=/tmp";
    env[n++] = "LANG=C.UTF-8";
    env[n++] = "TMPDIR=/tmp";
    for (char **e = lang->env; e && *e && n < SBX_MAX_ENV; e++)
        env[n++] = *e;
    env[n] = NULL;
    struct sbx_run run;
    sbx_run_init(&run);
    run.argv = (const char *const *)argv;
    run.envp = env;
    run.profile = SBX_PROFILE_COMPILER;
    run.limits.time_ms = PCH_TIME_MS;
    run.limits.memory_kib = PCH_MEMORY_MB * 1024L;
    run.limits.memory_mode = lang->compile_memory_mode;
    run.limits.output_kib = PCH_MAX_BYTES / 1024;
    run.limits.processes = 128;
    run.limits.open_files = 256;
    struct sbx_result res;
    int r = sbx_run(box, &run, &res);
    lang_argv_free(argv);
    if (r < 0 || res.status != SBX_EXITED || res.exit_code != 0)
        goto out;
    int gch = sbx_open_result(sbx_box_dirfd(box, SBX_AREA_BOX), "pch.gch");
    if (gch < 0)
        goto out;
    /* Written under a temporary name, then renamed into place whole. */
    char *name = gch_name(lang);
    /* Readable by the compile box's uid, which sees this directory through a bind mount; the
     * area itself stays the user's alone (0700), so nobody else reaches it. */
    if (mkdirat(c->dirfd, tmp, 0755) == 0 && fchmodat(c->dirfd, tmp, 0755, 0) == 0 &&
        (tmpdir = openat(c->dirfd, tmp, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)) >= 0 &&
        make_dirs(tmpdir, name) == 0)
        out = open_beneath(tmpdir, name, O_WRONLY | O_CREAT | O_EXCL);
    free(name);
    struct stat st;
    bool good = out >= 0 && fchmod(out, 0644) == 0 && copy_fd(gch, out) == 0 && fsync(out) == 0 &&
                fstat(out, &st) == 0;
    close(gch);
    if (good) {
        char stamp[128];
        snprintf(stamp, sizeof(stamp), "%llu %lld %lld.%09ld\n", (unsigned long long)st.st_ino,
                 (long long)st.st_size, (long long)st.st_ctim.tv_sec, st.st_ctim.tv_nsec);
        int s = openat(tmpdir, "stamp", O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        good = s >= 0 && write_all(s, stamp, strlen(stamp)) == 0;
        if (s >= 0)
            close(s);
    }
    if (good && renameat(c->dirfd, tmp, c->dirfd, key) == 0)
        ret = 0;
out:
    if (out >= 0)
        close(out);
    if (tmpdir >= 0)
        close(tmpdir);
    if (ret < 0 && tmpdir >= 0) {
        int fd = openat(c->dirfd, tmp, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (fd >= 0) {
            remove_tree_at(fd);
            close(fd);
        }
        unlinkat(c->dirfd, tmp, AT_REMOVEDIR);
    }
    sbx_box_close(box);
    lang_argv_free(binds);
    return ret;
}

/* Builds the entry unless another judge is at it (a lock file beside it). */
static void build_locked(const struct judge_cache *c, const struct language *lang, const char *key)
{
    char lockname[80];
    snprintf(lockname, sizeof(lockname), "%s.lock", key);
    int lock = openat(c->dirfd, lockname, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (lock < 0)
        return;
    if (flock(lock, LOCK_EX | LOCK_NB) == 0 && !entry_ready(c, lang, key)) {
        int stale = openat(c->dirfd, key, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (stale >= 0) { /* changed since it was written: rebuilt */
            remove_tree_at(stale);
            close(stale);
            unlinkat(c->dirfd, key, AT_REMOVEDIR);
        }
        build_entry(c, lang, key);
    }
    close(lock);
}

char *pch_ready_dir(const struct language *lang)
{
    const char *mode = getenv("JUDGE_PCH");
    if (!lang->pch_header || !lang->pch_compile || (mode && strcmp(mode, "off") == 0))
        return NULL;
    struct judge_cache c;
    char err[256], key[65];
    if (cache_open(&c, "pch", err, sizeof(err)) != 0) {
        cache_close(&c);
        return NULL; /* no cache to keep it in: compile without */
    }
    pch_key(lang, key);
    char *dir = NULL;
    if (!entry_ready(&c, lang, key) && mode && strcmp(mode, "sync") == 0)
        build_locked(&c, lang, key);
    if (entry_ready(&c, lang, key)) {
        dir = path_join(c.path, key);
    } else if (!mode || strcmp(mode, "sync") != 0) {
        /* For next time, in a process of its own: detached from the terminal and from the
         * caller's descriptors (a caller waiting for end of file on our output must not wait
         * for it), nobody waits for it. */
        fflush(NULL);
        pid_t pid = fork();
        if (pid == 0 && fork() != 0)
            _exit(0); /* the grandchild goes on; reaped by init, no zombie of ours */
        if (pid == 0) {
            setsid();
            int null = open("/dev/null", O_RDWR | O_CLOEXEC);
            for (int fd = 0; fd < 3 && null >= 0; fd++)
                dup2(null, fd);
            syscall(SYS_close_range, 3, ~0U, 0);
            signal(SIGINT, SIG_IGN);
            signal(SIGHUP, SIG_IGN);
            struct judge_cache again;
            if (cache_open(&again, "pch", err, sizeof(err)) == 0)
                build_locked(&again, lang, key);
            cache_close(&again);
            _exit(0);
        }
        if (pid > 0)
            waitpid(pid, NULL, 0);
    }
    cache_close(&c);
    return dir;
}
