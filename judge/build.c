/* build.c: compiling (or syntax-checking) sources in a sandbox into a program held in one
 * memfd, and caching built checkers. */
#define _GNU_SOURCE
#include "judge/build.h"
#include "judge/cache.h"
#include "judge/util.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#define MESSAGE_MAX_BYTES 8192
#define MESSAGE_MAX_LINES 60
#define CHUNK             65536

/* A built checker in the cache (judge/cache.h): the index as meta, the memory file as data. */
#define PROGRAM_FORMAT    "judge-program 2"
#define PROGRAM_MAX_FILES (PROGRAM_MAX_COMPILED_FILES + EXTRA_FILES_MAX + 2)
#define PROGRAM_MAX_BYTES                                                                          \
    (PROGRAM_MAX_COMPILED_BYTES + EXTRA_FILES_MAX_BYTES + 2 * SOURCE_MAX_BYTES)

/* set_error() with a return value of choice: -1 for the user's mistake, -2 the judge's. */
static int fail(char *err, size_t errlen, int ret, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static int fail(char *err, size_t errlen, int ret, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
    return ret;
}

static const char *base_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

/* ---- the program's memory file ---- */

static void program_init(struct program *prog)
{
    memset(prog, 0, sizeof(*prog));
    prog->fd = -1;
}

/* A name a file may have in /prog and in the cache's index (one line): one path component,
 * no control characters. */
static bool valid_file_name(const char *name)
{
    size_t len = strlen(name);
    if (len == 0 || len > 255 || strcmp(name, ".") == 0 || strcmp(name, "..") == 0)
        return false;
    for (const unsigned char *p = (const unsigned char *)name; *p; p++) {
        if (*p == '/' || *p < 0x20 || *p == 0x7f)
            return false;
    }
    return true;
}

static int program_open_fd(struct program *prog)
{
    if (prog->fd >= 0)
        return 0;
    prog->fd = memfd_create("program", MFD_CLOEXEC);
    return prog->fd < 0 ? -errno : 0;
}

static void program_index_add(struct program *prog, const char *name, off_t offset, off_t size,
                              bool executable)
{
    prog->files = xrealloc(prog->files, (prog->nfiles + 1) * sizeof(*prog->files));
    struct program_file *f = &prog->files[prog->nfiles++];
    f->name = xstrdup(name);
    f->offset = offset;
    f->size = size;
    f->executable = executable;
}

/* Adds a file to the program from memory. 0 or -errno (-EINVAL for a bad name). */
static int program_add_data(struct program *prog, const char *name, const void *data, size_t len,
                            bool executable)
{
    if (!valid_file_name(name))
        return -EINVAL;
    int r = program_open_fd(prog);
    off_t at = prog->size;
    for (size_t done = 0; r == 0 && done < len;) {
        ssize_t n = pwrite(prog->fd, (const char *)data + done, len - done, at + (off_t)done);
        if (n < 0 && errno != EINTR)
            r = -errno;
        else if (n > 0)
            done += (size_t)n;
    }
    if (r < 0)
        return r;
    program_index_add(prog, name, at, (off_t)len, executable);
    prog->size += (off_t)len;
    return 0;
}

/* Adds a file to the program from a descriptor, read from its current offset to its end:
 * at most max bytes (-EFBIG beyond, and nothing added). 0 or -errno. */
static int program_add_fd(struct program *prog, const char *name, int in, off_t max,
                          bool executable)
{
    if (!valid_file_name(name))
        return -EINVAL;
    int r = program_open_fd(prog);
    if (r < 0)
        return r;
    char buf[CHUNK];
    off_t at = prog->size, len = 0;
    for (;;) {
        ssize_t n = read(in, buf, sizeof(buf));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            r = -errno;
            break;
        }
        if (n == 0)
            break;
        if (len + n > max) {
            r = -EFBIG;
            break;
        }
        for (ssize_t done = 0; r == 0 && done < n;) {
            ssize_t w = pwrite(prog->fd, buf + done, (size_t)(n - done), at + len + done);
            if (w < 0 && errno != EINTR)
                r = -errno;
            else if (w > 0)
                done += w;
        }
        if (r < 0)
            break;
        len += n;
    }
    if (r < 0) {
        if (ftruncate(prog->fd, at) < 0) {
            /* Nothing more to undo: the next file is written over it. */
        }
        return r;
    }
    program_index_add(prog, name, at, len, executable);
    prog->size += len;
    return 0;
}

/* Opens a file of the host to read, refusing anything but a regular file. The path is first
 * opened with O_PATH, which opens no device (a link to /dev/watchdog must not start it, nor a
 * FIFO block the judge), and reopened to read only once it is known to be a regular file.
 * Returns a descriptor or -errno (-EINVAL: not a regular file). */
static int open_regular(int dirfd, const char *path, struct stat *st)
{
    int at = openat(dirfd, path, O_PATH | O_CLOEXEC);
    if (at < 0)
        return -errno;
    int e = fstat(at, st) < 0 ? errno : !S_ISREG(st->st_mode) ? EINVAL : 0;
    int fd = -1;
    if (e == 0) {
        char self[64];
        snprintf(self, sizeof(self), "/proc/self/fd/%d", at);
        fd = open(self, O_RDONLY | O_NOCTTY | O_CLOEXEC);
        if (fd < 0)
            e = errno;
    }
    close(at);
    return e ? -e : fd;
}

/* Reads a whole regular file of at most max bytes into a NUL-terminated buffer. Returns it,
 * or NULL with errno set (EFBIG when larger, EINVAL when not a regular file). */
static char *read_regular(const char *path, size_t max, size_t *len)
{
    struct stat st;
    int fd = open_regular(AT_FDCWD, path, &st);
    if (fd < 0) {
        errno = -fd;
        return NULL;
    }
    char *buf = xmalloc(max + 2);
    size_t got = 0;
    int e = 0;
    while (got <= max) {
        ssize_t n = read(fd, buf + got, max + 1 - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            e = n < 0 ? errno : 0;
            break;
        }
        got += (size_t)n;
    }
    close(fd);
    if (!e && got > max)
        e = EFBIG;
    if (e) {
        free(buf);
        errno = e;
        return NULL;
    }
    buf[got] = '\0';
    *len = got;
    return buf;
}

/* Copies len bytes of in from offset to out. 0 or -errno. */
static int copy_range(int in, off_t offset, off_t len, int out)
{
    char buf[CHUNK];
    while (len > 0) {
        size_t want = len < (off_t)sizeof(buf) ? (size_t)len : sizeof(buf);
        ssize_t n = pread(in, buf, want, offset);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return -errno;
        if (n == 0)
            return -EIO;
        int r = write_all(out, buf, (size_t)n);
        if (r < 0)
            return r;
        offset += n;
        len -= n;
    }
    return 0;
}

int program_install(const struct program *prog, struct sbx_box *box)
{
    int dir = sbx_box_dirfd(box, SBX_AREA_PROG);
    for (size_t i = 0; i < prog->nfiles; i++) {
        const struct program_file *f = &prog->files[i];
        unlinkat(dir, f->name, 0);
        int out = openat(dir, f->name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                         f->executable ? 0755 : 0644);
        if (out < 0)
            return -errno;
        int r = copy_range(prog->fd, f->offset, f->size, out);
        close(out);
        if (r < 0)
            return r;
    }
    return 0;
}

static const char *main_name(const struct program *prog)
{
    /* The entry file is the second one when a harness came along (see build_program). */
    return prog->nfiles > 1 && prog->files[1].name[0] &&
                   strncmp(prog->files[1].name, "main.", 5) == 0
               ? prog->files[1].name
               : prog->files[0].name;
}

char **program_command(const struct program *prog, long memory_mb)
{
    char *source = xasprintf("/prog/%s", prog->files[0].name);
    char *main_path = xasprintf("/prog/%s", main_name(prog));
    struct lang_vars v = {
        .source = source, .main = main_path, .klass = prog->klass, .memory_mb = memory_mb};
    char **argv = lang_expand(prog->lang, prog->lang->run, &v);
    free(source);
    free(main_path);
    return argv;
}

void program_release(struct program *prog)
{
    for (size_t i = 0; i < prog->nfiles; i++)
        free(prog->files[i].name);
    if (prog->fd >= 0)
        close(prog->fd);
    free(prog->files);
    free(prog->klass);
    free(prog->display_name);
    lang_argv_free(prog->bind_ro);
    program_init(prog);
}

void build_outcome_release(struct build_outcome *o)
{
    free(o->message);
    o->message = NULL;
}

/* The compiler's output as the user should read it: names of files as the user knows
 * them, and not too long. */
static char *clean_message(const char *raw, const struct program *prog)
{
    char *from = xasprintf("/prog/%s", prog->files[0].name);
    char *s = str_replace_all(raw, from, prog->display_name);
    free(from);
    char *t = str_replace_all(s, "/prog/", "");
    free(s);
    s = str_replace_all(t, "/box/", "");
    free(t);

    struct strbuf sb = STRBUF_INIT;
    int lines = 0;
    const char *p = s;
    while (*p && lines < MESSAGE_MAX_LINES && sb.len < MESSAGE_MAX_BYTES) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p + 1) : strlen(p);
        strbuf_add(&sb, p, len);
        p += len;
        lines++;
    }
    if (*p)
        strbuf_addstr(&sb, "... (truncated)\n");
    free(s);
    return strbuf_detach(&sb);
}

/* Copies what the compile step left in /box into the program. Returns 0, -1 (a compile
 * error, err says why: it left nothing to run, or more than the bounds), or -2 when the judge
 * failed. */
static int collect_artifacts(struct program *prog, struct sbx_box *box, char *err, size_t errlen)
{
    int boxfd = sbx_box_dirfd(box, SBX_AREA_BOX);
    size_t count = 0;
    off_t bytes = 0;
    for (char **a = prog->lang->artifacts; a && *a; a++) {
        bool pattern = (*a)[0] == '*';
        int found = 0, ret = 0;
        int dfd = openat(boxfd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        DIR *d = dfd >= 0 ? fdopendir(dfd) : NULL;
        if (!d) {
            if (dfd >= 0)
                close(dfd);
            return fail(err, errlen, -2, "cannot list the compile box: %s", strerror(errno));
        }
        struct dirent *de;
        while (ret == 0 && (de = readdir(d))) {
            if (pattern ? !ends_with(de->d_name, *a + 1) : strcmp(de->d_name, *a) != 0)
                continue;
            int fd = sbx_open_result(boxfd, de->d_name);
            if (fd < 0)
                continue; /* not a regular file: not something we built */
            if (++count > PROGRAM_MAX_COMPILED_FILES) {
                ret = fail(err, errlen, -1,
                           "the compiler left more than %d files (%s): the bound on the number of "
                           "a program's compiled files is %d",
                           PROGRAM_MAX_COMPILED_FILES, *a, PROGRAM_MAX_COMPILED_FILES);
            } else {
                int r = program_add_fd(prog, de->d_name, fd, PROGRAM_MAX_COMPILED_BYTES - bytes,
                                       !pattern);
                if (r == -EFBIG)
                    ret = fail(err, errlen, -1,
                               "the compiled files total more than %ld MiB: the bound on the "
                               "size of a program's compiled files is %ld MiB",
                               PROGRAM_MAX_COMPILED_BYTES >> 20, PROGRAM_MAX_COMPILED_BYTES >> 20);
                else if (r == -EINVAL)
                    ret = fail(err, errlen, -1,
                               "the compiler left a file whose name has control characters");
                else if (r < 0)
                    ret = fail(err, errlen, -2, "cannot keep %s: %s", de->d_name, strerror(-r));
                else
                    bytes += prog->files[prog->nfiles - 1].size;
            }
            close(fd);
            found++;
        }
        closedir(d);
        if (ret < 0)
            return ret;
        if (!found)
            return fail(err, errlen, -1, "the compiler left no %s", *a);
    }
    return 0;
}

static const char *const compile_devices[] = {"null", NULL};

/* The compile (or check) command for the program's sources; free with lang_argv_free. */
static char **compile_argv(const struct program *prog, char **tmpl)
{
    char *source = xasprintf("/prog/%s", prog->files[0].name);
    char *main_path = xasprintf("/prog/%s", main_name(prog));
    struct lang_vars v = {.source = source, .main = main_path, .klass = prog->klass};
    char **argv = lang_expand(prog->lang, tmpl, &v);
    free(source);
    free(main_path);
    return argv;
}

/* Runs the compile (or check) command in a fresh box. */
static int compile_in_box(struct program *prog, char **tmpl, struct build_outcome *outcome,
                          char *err, size_t errlen)
{
    struct language *lang = prog->lang;
    struct sbx_box_config cfg = {
        .bind_ro = (const char *const *)prog->bind_ro,
        .scratch_kib = 1024L * 1024,
        .devices = compile_devices,
    };
    struct sbx_box *box;
    char box_err[256];
    int ret = -2;

    if (sbx_box_open(&box, &cfg, box_err, sizeof(box_err)) < 0)
        return fail(err, errlen, -2, "%s", box_err);
    int r = program_install(prog, box);
    if (r < 0) {
        fail(err, errlen, -2, "cannot put the source into the box: %s", strerror(-r));
        goto out_box;
    }
    char **argv = compile_argv(prog, tmpl);

    const char *env[SBX_MAX_ENV + 1];
    size_t n = 0;
    env[n++] = "PATH=/usr/local/bin:/usr/bin:/bin";
    env[n++] = "HOME=/tmp";
    env[n++] = "LANG=C.UTF-8";
    env[n++] = "TMPDIR=/tmp";
    for (char **e = lang->env; e && *e && n < SBX_MAX_ENV; e++)
        env[n++] = *e;
    env[n] = NULL;

    int out = memfd_create("compiler-output", MFD_CLOEXEC);
    if (out < 0) {
        fail(err, errlen, -2, "memfd_create: %s", strerror(errno));
        lang_argv_free(argv);
        goto out_box;
    }
    struct sbx_run run;
    sbx_run_init(&run);
    run.argv = (const char *const *)argv;
    run.envp = env;
    run.stdout_fd = out;
    run.stderr_fd = out;
    run.profile = SBX_PROFILE_COMPILER;
    run.limits.time_ms = lang->compile_time_ms;
    run.limits.wall_ms = 2 * lang->compile_time_ms + 5000;
    run.limits.memory_kib = lang->compile_memory_mb * 1024;
    run.limits.memory_mode = lang->compile_memory_mode;
    run.limits.output_kib = 256 * 1024;
    run.limits.processes = 128;
    run.limits.open_files = 256;

    struct sbx_result res;
    r = sbx_run(box, &run, &res);
    lang_argv_free(argv);
    outcome->time_ms = res.cpu_ms;
    if (r < 0 || res.status == SBX_SANDBOX_ERROR) {
        fail(err, errlen, -2, "cannot run the compiler: %s",
             r < 0 ? sbx_box_error(box) : res.message);
        close(out);
        goto out_box;
    }
    bool truncated;
    char *raw = read_fd_head(out, 64 * 1024, &truncated);
    close(out);
    char *clean = clean_message(raw, prog);
    free(raw);

    struct strbuf msg = STRBUF_INIT;
    switch (res.status) {
    case SBX_EXITED:
        if (res.exit_code == 0) {
            outcome->ok = true;
            break;
        }
        strbuf_addstr(&msg, clean);
        if (msg.len == 0)
            strbuf_addf(&msg, "the compiler exited with code %d and said nothing\n", res.exit_code);
        break;
    case SBX_TIME_LIMIT:
    case SBX_WALL_LIMIT:
        strbuf_addf(&msg, "compilation took longer than %.0f s\n",
                    (double)lang->compile_time_ms / 1000);
        break;
    case SBX_MEMORY_LIMIT:
        strbuf_addf(&msg, "the compiler needed more than %ld MiB\n", lang->compile_memory_mb);
        break;
    case SBX_OUTPUT_LIMIT:
        strbuf_addstr(&msg, "the compiler wrote too much (a file or messages over 256 MiB)\n");
        break;
    default:
        strbuf_addf(&msg, "the compiler failed: %s\n%s", res.message, clean);
        break;
    }
    free(clean);
    ret = 0;
    if (outcome->ok && tmpl == lang->compile) {
        ret = collect_artifacts(prog, box, err, errlen);
        if (ret == -1) {
            /* It exited 0 but left nothing to run: a compile error after all. */
            outcome->ok = false;
            strbuf_addf(&msg, "%s\n", err);
            ret = 0;
        }
    }
    outcome->message = strbuf_detach(&msg);
out_box:
    sbx_box_close(box);
    return ret;
}

/* Adds a file of the host (the harness) under another name, of at most max bytes. -1 with a
 * message naming it, or -2. */
static int add_host_file(struct program *prog, const char *name, const char *path, off_t max,
                         char *err, size_t errlen)
{
    struct stat st;
    int fd = open_regular(AT_FDCWD, path, &st);
    if (fd < 0)
        return fail(err, errlen, -1, "%s: %s", path,
                    fd == -EINVAL ? "not a regular file" : strerror(-fd));
    int r = program_add_fd(prog, name, fd, max, false);
    close(fd);
    if (r == -EFBIG)
        return fail(err, errlen, -1, "%s: larger than %lld KiB", path, (long long)max / 1024);
    if (r < 0)
        return fail(err, errlen, -2, "cannot hold %s: %s", path, strerror(-r));
    return 0;
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Adds the other regular files of the source's folder (a checker's headers and data), in
 * name order so that the program, and its cache key, do not depend on the directory's order.
 * -1 with a message naming the folder, or -2. */
static int add_extra_files(struct program *prog, const char *dir, const char *skip1,
                           const char *skip2, char *err, size_t errlen)
{
    DIR *d = opendir(dir);
    if (!d)
        return fail(err, errlen, -1, "%s: %s", dir, strerror(errno));
    char **names = NULL;
    size_t n = 0;
    int ret = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        if (de->d_name[0] == '.' || strcmp(de->d_name, skip1) == 0 ||
            strcmp(de->d_name, skip2) == 0)
            continue;
        if (n >= 4 * EXTRA_FILES_MAX) {
            ret = fail(err, errlen, -1, "%s: more than %d files beside the source", dir,
                       EXTRA_FILES_MAX);
            goto out;
        }
        names = xrealloc(names, (n + 1) * sizeof(*names));
        names[n++] = xstrdup(de->d_name);
    }
    if (n > 1)
        qsort(names, n, sizeof(*names), compare_names);
    size_t count = 0;
    off_t bytes = 0;
    for (size_t i = 0; i < n && ret == 0; i++) {
        struct stat st;
        int fd = open_regular(dirfd(d), names[i], &st);
        if (fd < 0)
            continue; /* a folder or a special file: not a source */
        if (++count > EXTRA_FILES_MAX) {
            ret = fail(err, errlen, -1, "%s: more than %d files beside the source", dir,
                       EXTRA_FILES_MAX);
        } else {
            int r = program_add_fd(prog, names[i], fd, EXTRA_FILES_MAX_BYTES - bytes,
                                   (st.st_mode & S_IXUSR) != 0);
            if (r == -EFBIG)
                ret =
                    fail(err, errlen, -1, "%s: the files beside the source total more than %ld MiB",
                         dir, EXTRA_FILES_MAX_BYTES >> 20);
            else if (r == -EINVAL)
                ret = fail(err, errlen, -1, "%s/%s: a file name with control characters", dir,
                           names[i]);
            else if (r < 0)
                ret = fail(err, errlen, -2, "cannot hold %s/%s: %s", dir, names[i], strerror(-r));
            else
                bytes += prog->files[prog->nfiles - 1].size;
        }
        close(fd);
    }
out:
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    closedir(d);
    return ret;
}

/* Puts the sources into the program: the user's file (files[0]), the harness, the folder's
 * other files. 0, -1 (the user's mistake) or -2, with a message in err. */
static int gather_sources(struct language *lang, const struct build_input *in, struct program *prog,
                          char *err, size_t errlen)
{
    prog->lang = lang;
    prog->display_name = xstrdup(in->display_name ? in->display_name : base_name(in->source_path));
    size_t len;
    char *text = read_regular(in->source_path, SOURCE_MAX_BYTES, &len);
    if (!text) {
        if (errno == EFBIG)
            return fail(err, errlen, -1, "%s: larger than %ld KiB; is it really a source file?",
                        in->source_path, SOURCE_MAX_BYTES / 1024);
        return fail(err, errlen, -1, "%s: %s", in->source_path,
                    errno == EINVAL ? "not a regular file" : strerror(errno));
    }
    if (strcmp(lang->id, "java") == 0)
        prog->klass = lang_java_class(text);
    char *source_name =
        str_replace_all(lang->source, "{class}", prog->klass ? prog->klass : "Main");
    int r = program_add_data(prog, source_name, text, len, false);
    free(text);
    int ret = 0;
    if (r < 0) {
        ret = fail(err, errlen, r == -EINVAL ? -1 : -2, "cannot hold the source as %s: %s",
                   source_name, r == -EINVAL ? "not a file name" : strerror(-r));
        goto out;
    }
    if (in->harness_path) {
        /* The harness is the entry point; it includes or imports the user's file. */
        const char *ext = strrchr(in->harness_path, '.');
        char *hname = xasprintf("main%s", ext ? ext : "");
        ret = add_host_file(prog, hname, in->harness_path, SOURCE_MAX_BYTES, err, errlen);
        free(hname);
        if (ret < 0)
            goto out;
    }
    if (in->extra_dir)
        ret = add_extra_files(prog, in->extra_dir, source_name, base_name(in->source_path), err,
                              errlen);
    prog->bind_ro = lang_bind_paths(lang);
out:
    free(source_name);
    return ret;
}

/* Compiles (or checks) the gathered sources; the built files join them in the program. */
static int compile_sources(struct program *prog, struct build_outcome *outcome, char *err,
                           size_t errlen)
{
    char **tmpl = prog->lang->compile ? prog->lang->compile : prog->lang->check;
    if (!tmpl) {
        outcome->ok = true;
        outcome->message = xstrdup("");
        return 0;
    }
    return compile_in_box(prog, tmpl, outcome, err, errlen);
}

int build_program(struct language *lang, const struct build_input *in, struct program *prog,
                  struct build_outcome *outcome, char *err, size_t errlen)
{
    program_init(prog);
    memset(outcome, 0, sizeof(*outcome));
    int r = lang_resolve(lang, err, errlen) < 0 ? -1 : 0;
    if (r == 0)
        r = gather_sources(lang, in, prog, err, errlen);
    if (r == 0)
        r = compile_sources(prog, outcome, err, errlen);
    if (r < 0) {
        program_release(prog);
        build_outcome_release(outcome);
    }
    return r;
}

/* ---- built checkers, cached by content ---- */

/* Picks the main source of a checker directory (ICPC output_validator/). */
static char *pick_main(struct language_set *langs, const char *dir, char *err, size_t errlen)
{
    DIR *d = opendir(dir);
    if (!d) {
        fail(err, errlen, -1, "%s: %s", dir, strerror(errno));
        return NULL;
    }
    char *best = NULL;
    int best_rank = -1, count = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        if (de->d_name[0] == '.' || !lang_for_file(langs, de->d_name))
            continue;
        count++;
        int rank = strstr(de->d_name, "validator") || strstr(de->d_name, "checker") ||
                           strstr(de->d_name, "interactor")
                       ? 1
                       : 0;
        if (rank > best_rank || (rank == best_rank && best && strcmp(de->d_name, best) < 0)) {
            free(best);
            best = xstrdup(de->d_name);
            best_rank = rank;
        }
    }
    closedir(d);
    if (!best) {
        fail(err, errlen, -1, "%s: no source file in a known language", dir);
        return NULL;
    }
    if (count > 1 && best_rank == 0) {
        fail(err, errlen, -1, "%s: several sources and none named like a validator", dir);
        free(best);
        return NULL;
    }
    char *path = path_join(dir, best);
    free(best);
    return path;
}

/* The cache key of a program to build: the language, its compile command as it will run (the
 * toolchain's paths included), and every gathered file's name, mode and whole content. */
static int program_key(const struct program *prog, char out[65])
{
    struct cache_key k;
    cache_key_init(&k, "checker");
    cache_key_addf(&k, "lang %s\n", prog->lang->id);
    char **argv = compile_argv(prog, prog->lang->compile);
    for (char **a = argv; a && *a; a++)
        cache_key_addf(&k, "arg %s\n", *a);
    lang_argv_free(argv);
    cache_key_addf(&k, "class %s\n", prog->klass ? prog->klass : "-");
    for (size_t i = 0; i < prog->nfiles; i++)
        cache_key_addf(&k, "file %c %lld %s\n", prog->files[i].executable ? 'x' : '-',
                       (long long)prog->files[i].size, prog->files[i].name);
    int r = cache_key_add_fd(&k, prog->fd, 0, prog->size);
    if (r < 0) {
        cache_key_abandon(&k);
        return r;
    }
    cache_key_final(&k, out);
    return 0;
}

/* The index of a program as the cache keeps it: "class X" (Java), then "<x|-> SIZE NAME" for
 * each file, whose contents follow one another in the data. */
static char *program_index(const struct program *prog, size_t *len)
{
    struct strbuf sb = STRBUF_INIT;
    if (prog->klass)
        strbuf_addf(&sb, "class %s\n", prog->klass);
    for (size_t i = 0; i < prog->nfiles; i++)
        strbuf_addf(&sb, "%c %lld %s\n", prog->files[i].executable ? 'x' : '-',
                    (long long)prog->files[i].size, prog->files[i].name);
    *len = sb.len;
    return strbuf_detach(&sb);
}

/* Rebuilds a program from a cache entry (whose hash matched; its index is still parsed with
 * care). On success the entry's data descriptor becomes the program's. */
static bool program_from_entry(struct program *prog, struct cache_entry *e)
{
    off_t at = 0;
    bool good = e->data_fd >= 0 && e->meta_len == strlen(e->meta);
    for (char *line = e->meta, *next; good && *line; line = next) {
        next = strchr(line, '\n');
        if (!next) {
            good = false;
            break;
        }
        *next++ = '\0';
        if (strncmp(line, "class ", 6) == 0 && !prog->klass && prog->nfiles == 0) {
            prog->klass = xstrdup(line + 6);
            continue;
        }
        char *end;
        errno = 0;
        long long size = strtoll(line + 2, &end, 10);
        good = (line[0] == 'x' || line[0] == '-') && line[1] == ' ' && errno == 0 &&
               end != line + 2 && size >= 0 && size <= e->data_len - at && *end == ' ' &&
               valid_file_name(end + 1) && prog->nfiles < PROGRAM_MAX_FILES;
        if (good) {
            program_index_add(prog, end + 1, at, (off_t)size, line[0] == 'x');
            at += size;
        }
    }
    if (!good || at != e->data_len || prog->nfiles == 0)
        return false;
    prog->fd = e->data_fd;
    prog->size = e->data_len;
    e->data_fd = -1;
    return true;
}

/* The compiler's first error, on one line: it names the place. */
static void first_error(const char *main_src, const char *m, char *err, size_t errlen)
{
    const char *at = strstr(m, "error");
    const char *start = at ? at : m;
    while (start > m && start[-1] != '\n')
        start--;
    size_t len = strcspn(start, "\n");
    fail(err, errlen, -1, "%s does not compile: %.*s", main_src, (int)len, start);
}

int build_cached(struct language_set *langs, const char *source, struct program *prog, char *err,
                 size_t errlen)
{
    char *main_src = NULL, *extra_dir = NULL;
    struct judge_cache cache = {.dirfd = -1};
    struct build_outcome outcome = {0};
    int ret = -1;

    program_init(prog);
    bool in_dir = is_dir(source);
    if (in_dir) {
        main_src = pick_main(langs, source, err, errlen);
        if (!main_src)
            return -1;
        extra_dir = xstrdup(source);
    } else {
        main_src = xstrdup(source);
    }
    struct language *lang = (struct language *)lang_for_file(langs, main_src);
    if (!lang) {
        fail(err, errlen, -1, "%s: no language for this file", main_src);
        goto out;
    }
    if (lang_resolve(lang, err, errlen) < 0)
        goto out;

    struct build_input in = {
        .source_path = main_src, .display_name = base_name(main_src), .extra_dir = extra_dir};
    ret = gather_sources(lang, &in, prog, err, errlen);
    if (ret < 0)
        goto out;

    char key[65];
    bool cacheable = lang->compile != NULL;
    if (cacheable) {
        char cerr[512];
        int r = cache_open(&cache, "checkers", cerr, sizeof(cerr));
        if (r < 0) {
            ret = fail(err, errlen, -1, "%s", cerr);
            goto out;
        }
        r = program_key(prog, key);
        if (r < 0) {
            ret = fail(err, errlen, -2, "cannot hash %s: %s", main_src, strerror(-r));
            goto out;
        }
        struct cache_entry e;
        if (cache_get(&cache, key, PROGRAM_FORMAT, PROGRAM_MAX_BYTES + CACHE_META_MAX, &e)) {
            struct program cached;
            program_init(&cached);
            cached.lang = lang;
            cached.display_name = xstrdup(prog->display_name);
            cached.bind_ro = lang_bind_paths(lang);
            bool good = program_from_entry(&cached, &e);
            cache_entry_release(&e);
            if (good) {
                program_release(prog);
                *prog = cached;
                ret = 0;
                goto out;
            }
            program_release(&cached);
        }
    }

    ret = compile_sources(prog, &outcome, err, errlen);
    if (ret < 0)
        goto out;
    if (!outcome.ok) {
        ret = -1;
        first_error(main_src, outcome.message, err, errlen);
        goto out;
    }
    if (cacheable && cache.dirfd >= 0) {
        /* A failure to keep it only costs a build next time. */
        size_t len;
        char *index = program_index(prog, &len);
        cache_put(&cache, key, PROGRAM_FORMAT, index, len, prog->fd, prog->size);
        free(index);
    }
    ret = 0;
out:
    if (ret < 0)
        program_release(prog);
    build_outcome_release(&outcome);
    cache_close(&cache);
    free(main_src);
    free(extra_dir);
    return ret;
}
