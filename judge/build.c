/* build.c: compiling (or syntax-checking) sources in a sandbox into a program held in one
 * memfd, and caching built checkers. */
#define _GNU_SOURCE
#include "judge/build.h"
#include "judge/cache.h"
#include "judge/pch.h"
#include "judge/pkgfile.h"
#include "judge/util.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <poll.h>
#include <time.h>
#include <unistd.h>

#define MESSAGE_MAX_BYTES 8192
#define MESSAGE_MAX_LINES 60
#define CHUNK             65536

/* A built checker in the cache (judge/cache.h): the index as meta, the memory file as data. */
#define PROGRAM_FORMAT "judge-program 3"
/* Compiled solutions kept at most (the "programs" cache area; least recently used go). */
#define PROGRAMS_CACHE_MAX_BYTES (1LL << 30)
#define PROGRAM_MAX_FILES        (PROGRAM_MAX_COMPILED_FILES + PROGRAM_DIR_MAX_FILES + 2)
#define PROGRAM_MAX_BYTES                                                                          \
    (PROGRAM_MAX_COMPILED_BYTES + PROGRAM_DIR_MAX_BYTES + 2 * SOURCE_MAX_BYTES)

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

/* The language of a validator's folder with build and run scripts (defined below). */
static struct language build_run_language;

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
 * With nofollow, a symbolic link in its last component is refused (-ELOOP), not followed.
 * Returns a descriptor or -errno (-EINVAL: not a regular file). */
static int open_regular(int dirfd, const char *path, bool nofollow, struct stat *st)
{
    int at = openat(dirfd, path, O_PATH | O_CLOEXEC | (nofollow ? O_NOFOLLOW : 0));
    if (at < 0)
        return -errno;
    int e = fstat(at, st) < 0       ? errno
            : S_ISLNK(st->st_mode)  ? ELOOP
            : !S_ISREG(st->st_mode) ? EINVAL
                                    : 0;
    int fd = -1;
    if (e == 0) {
        char self[64];
        snprintf(self, sizeof(self), "/proc/self/fd/%d", at);
        fd = open(self, O_RDONLY | O_NOCTTY | O_CLOEXEC);
        if (fd < 0)
            e = errno;
        else if (fstat(fd, st) < 0 || !S_ISREG(st->st_mode))
            e = EINVAL;
    }
    close(at);
    if (e && fd >= 0)
        close(fd);
    return e ? -e : fd;
}

/*
 * Opens a file the program takes, of at most max bytes: beneath pkg_dir when it is a package's
 * (pkgfile.h: no link out of the package, a regular file), else the user's own (with nofollow,
 * a directory's entry: a symbolic link is refused). Returns a descriptor with *mode set, or
 * -1 with a message naming the file.
 */
static int open_input(const char *pkg_dir, const char *path, bool nofollow, long long max,
                      mode_t *mode, char *err, size_t errlen)
{
    struct stat st;
    int fd;
    if (pkg_dir) {
        fd = pkg_open(pkg_dir, path, max, err, errlen);
        if (fd < 0)
            return -1;
        if (fstat(fd, &st) < 0) {
            int e = errno;
            close(fd);
            return fail(err, errlen, -1, "%s: %s", path, strerror(e));
        }
    } else {
        fd = open_regular(AT_FDCWD, path, nofollow, &st);
        if (fd < 0)
            return fail(err, errlen, -1, "%s: %s", path,
                        fd == -EINVAL  ? "not a regular file"
                        : fd == -ELOOP ? "a symbolic link, which the judge does not follow in "
                                         "a program's folder"
                                       : strerror(-fd));
        if (st.st_size > max) {
            char cap[32];
            close(fd);
            return fail(err, errlen, -1, "%s: larger than %s; is it really a source file?", path,
                        pkg_size_name(max, cap, sizeof(cap)));
        }
    }
    if (mode)
        *mode = st.st_mode;
    return fd;
}

/* Reads the rest of fd, at most max bytes, into a NUL-terminated buffer. Returns it, or NULL
 * with errno set (EFBIG when larger). */
static char *read_all(int fd, size_t max, size_t *len)
{
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
        /* The run's uid must read it whatever the user's umask (077 makes it 0600). */
        int r = fchmod(out, f->executable ? 0755 : 0644) < 0 ? -errno : 0;
        if (r == 0)
            r = copy_range(prog->fd, f->offset, f->size, out);
        close(out);
        if (r < 0)
            return r;
    }
    return 0;
}

/* The values of a program's command templates, and what holds them. */
struct program_vars {
    struct lang_vars v;
    char *source, *main;
    char **sources; /* NULL-ended */
    char **harness; /* {files} of a function-style problem: the harness, and with
                       harness_with_sources the user's sources after it (NULL-ended) */
};

static const char *entry_name(const struct program *prog)
{
    return prog->entry ? prog->entry : prog->files[0].name;
}

/* {source} is the user's file (files[0]) or a directory's entry point; {main} the entry;
 * {sources} the user's files in the language; {files} what the compiler is given. */
static void program_vars_init(struct program_vars *pv, const struct program *prog, long memory_mb)
{
    memset(pv, 0, sizeof(*pv));
    pv->main = xasprintf("/prog/%s", entry_name(prog));
    pv->source = prog->directory ? xstrdup(pv->main) : xasprintf("/prog/%s", prog->files[0].name);
    size_t n = 0;
    pv->sources = xcalloc(prog->nfiles + 1, sizeof(char *));
    for (size_t i = 0; i < prog->nfiles; i++) {
        if (prog->directory ? lang_has_extension(prog->lang, prog->files[i].name) : i == 0)
            pv->sources[n++] = xasprintf("/prog/%s", prog->files[i].name);
    }
    pv->harness = xcalloc(n + 2, sizeof(char *));
    pv->harness[0] = pv->main;
    for (size_t i = 0; prog->lang->harness_with_sources && i < n; i++)
        pv->harness[i + 1] = pv->sources[i];
    pv->v.source = pv->source;
    pv->v.main = pv->main;
    pv->v.klass = prog->klass;
    pv->v.memory_mb = memory_mb;
    pv->v.sources = pv->sources;
    pv->v.files = prog->harness ? pv->harness : pv->sources;
}

static void program_vars_release(struct program_vars *pv)
{
    free(pv->source);
    free(pv->main);
    lang_argv_free(pv->sources);
    free(pv->harness); /* its strings are main's and sources' */
}

char **program_command(const struct program *prog, long memory_mb)
{
    struct program_vars pv;
    program_vars_init(&pv, prog, memory_mb);
    char **argv = lang_expand(prog->lang, prog->lang->run, &pv.v);
    program_vars_release(&pv);
    return argv;
}

void program_release(struct program *prog)
{
    for (size_t i = 0; i < prog->nfiles; i++)
        free(prog->files[i].name);
    if (prog->fd >= 0)
        close(prog->fd);
    free(prog->files);
    free(prog->entry);
    free(prog->klass);
    free(prog->display_name);
    free(prog->refusal);
    free(prog->note);
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
    char *s = program_show_paths(prog, raw);

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

char **program_user_files(const struct program *prog)
{
    char **names = xcalloc(prog->nfiles + 1, sizeof(char *));
    size_t n = 0;
    for (size_t i = 0; i < prog->nfiles; i++) {
        if (prog->directory ? lang_has_extension(prog->lang, prog->files[i].name) : i == 0)
            names[n++] = xstrdup(prog->files[i].name);
    }
    return names;
}

char *program_show_paths(const struct program *prog, const char *text)
{
    /* A single file is renamed in /prog (solution.cpp): messages give the user's name. A
     * directory's files keep theirs. */
    char *from = xasprintf("/prog/%s", prog->directory ? "" : prog->files[0].name);
    char *s = prog->directory ? xstrdup(text) : str_replace_all(text, from, prog->display_name);
    free(from);
    char *t = str_replace_all(s, "/prog/", "");
    free(s);
    s = str_replace_all(t, "/box/", "");
    free(t);
    return s;
}

static char *program_file_text(const struct program *prog, const struct program_file *f);

#define SIGNATURE_MARK  "judge-signature:"
#define SIGNATURE_MAX   200
#define SIGNATURE_LOOKS 32 /* places in the compiler's message naming the harness */

/* Line n (from 1) of text, without its newline, or NULL. Malloc'ed. */
static char *text_line(const char *text, long n)
{
    for (long at = 1; at < n && text; at++) {
        text = strchr(text, '\n');
        if (text)
            text++;
    }
    if (!text || !*text)
        return NULL;
    return xstrndup(text, strcspn(text, "\n"));
}

/* The first line of text holding the identifier name followed by "(" (spaces between): where
 * a function or method of that name is declared, most likely; 0 when none. */
static long declaration_line(const char *text, const char *name)
{
    size_t n = strlen(name);
    long line = 1;
    for (const char *p = text; *p; p++) {
        if (*p == '\n') {
            line++;
            continue;
        }
        bool starts = p == text || !(isalnum((unsigned char)p[-1]) || p[-1] == '_');
        if (!starts || strncmp(p, name, n) != 0)
            continue;
        const char *q = p + n;
        while (*q == ' ' || *q == '\t')
            q++;
        if (*q == '(' || *q == '<')
            return line;
    }
    return 0;
}

/*
 * A compile error at a line of a function-style problem's harness that calls the user's code
 * (a line marked "judge-signature: SIGNATURE" in a comment) means the user's function does not
 * have the signature the problem asks for: the message is pointed at the user's file, at the
 * line declaring the function (or line 1), before what the compiler said. Returns a new
 * message, or NULL when no error is at a marked line.
 */
static char *point_at_user(const struct program *prog, const char *message)
{
    const struct program_file *harness = NULL;
    for (size_t i = 0; i < prog->nfiles; i++) {
        if (strcmp(prog->files[i].name, entry_name(prog)) == 0)
            harness = &prog->files[i];
    }
    if (!prog->harness || !harness || prog->directory)
        return NULL;
    char *htext = program_file_text(prog, harness);
    const char *name = harness->name;
    size_t nlen = strlen(name);
    char *signature = NULL;
    int looked = 0; /* each look reads the harness from its start: a few are enough */
    for (const char *p = strstr(message, name); p && !signature && looked < SIGNATURE_LOOKS;
         p = strstr(p + 1, name)) {
        if ((p > message && (isalnum((unsigned char)p[-1]) || p[-1] == '_' || p[-1] == '.')) ||
            p[nlen] != ':' || !isdigit((unsigned char)p[nlen + 1]))
            continue;
        looked++;
        char *line = text_line(htext, strtol(p + nlen + 1, NULL, 10));
        const char *mark = line ? strstr(line, SIGNATURE_MARK) : NULL;
        if (mark) {
            mark += strlen(SIGNATURE_MARK);
            while (*mark == ' ')
                mark++;
            size_t len = strlen(mark);
            const char *close = strstr(mark, "*/");
            if (close)
                len = (size_t)(close - mark);
            while (len > 0 && isspace((unsigned char)mark[len - 1]))
                len--;
            if (len > 0)
                signature = xstrndup(mark, len > SIGNATURE_MAX ? SIGNATURE_MAX : len);
        }
        free(line);
    }
    free(htext);
    if (!signature)
        return NULL;
    /* The function's name: the identifier before the signature's first "(". */
    char fname[128] = "";
    const char *paren = strchr(signature, '(');
    if (paren) {
        const char *end = paren;
        while (end > signature && isspace((unsigned char)end[-1]))
            end--;
        const char *begin = end;
        while (begin > signature && (isalnum((unsigned char)begin[-1]) || begin[-1] == '_'))
            begin--;
        snprintf(fname, sizeof(fname), "%.*s", (int)(end - begin), begin);
    }
    char *utext = program_file_text(prog, &prog->files[0]);
    long at = fname[0] ? declaration_line(utext, fname) : 0;
    free(utext);
    char *shown = text_visible(signature, 0);
    char *out;
    if (at > 0)
        out = xasprintf("%s:%ld: error: %s does not have the signature the problem asks for: %s\n"
                        "(the judge's harness calls it so; the compiler said:)\n%s",
                        prog->display_name, at, fname, shown, message);
    else
        out = xasprintf("%s:1: error: no %s as the problem asks for: %s\n"
                        "(the judge's harness calls it so; the compiler said:)\n%s",
                        prog->display_name, fname[0] ? fname : "function", shown, message);
    free(shown);
    free(signature);
    return out;
}

/* Copies what the compile step left in /box into the program. Returns 0, -1 (a compile
 * error, err says why: it left nothing to run, or more than the bounds), or -2 when the judge
 * failed. */
static int collect_artifacts(struct program *prog, struct sbx_box *box, char *err, size_t errlen)
{
    int boxfd = sbx_box_dirfd(box, SBX_AREA_BOX);
    size_t count = 0, first = prog->nfiles;
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
            bool taken = false; /* by an earlier artifact name ("run", then "*") */
            for (size_t i = first; i < prog->nfiles && !taken; i++)
                taken = strcmp(prog->files[i].name, de->d_name) == 0;
            if (taken) {
                found++;
                continue;
            }
            int fd = sbx_open_result(boxfd, de->d_name);
            if (fd < 0)
                continue; /* not a regular file: not something we built */
            struct stat st;
            bool executable = !pattern || (fstat(fd, &st) == 0 && (st.st_mode & S_IXUSR));
            if (++count > PROGRAM_MAX_COMPILED_FILES) {
                ret = fail(err, errlen, -1,
                           "the compiler left more than %d files (%s): the bound on the number of "
                           "a program's compiled files is %d",
                           PROGRAM_MAX_COMPILED_FILES, *a, PROGRAM_MAX_COMPILED_FILES);
            } else {
                int r = program_add_fd(prog, de->d_name, fd, PROGRAM_MAX_COMPILED_BYTES - bytes,
                                       executable);
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
            return fail(err, errlen, -1, "%s left no %s",
                        prog->lang == &build_run_language ? "the build" : "the compiler", *a);
    }
    return 0;
}

static const char *const compile_devices[] = {"null", NULL};

/* The compile (or check) command for the program's sources; free with lang_argv_free. */
static char **compile_argv(const struct program *prog, char **tmpl)
{
    struct program_vars pv;
    program_vars_init(&pv, prog, 0);
    char **argv = lang_expand(prog->lang, tmpl, &pv.v);
    program_vars_release(&pv);
    return argv;
}

/* Runs the compile (or check) command in a fresh box. */
/* sbx_run(), telling on_compile how long it has taken, about ten times a second. */
static int run_compiler(struct sbx_box *box, const struct sbx_run *run, struct sbx_result *res,
                        void (*on_compile)(void *, long), void *ctx)
{
    if (!on_compile)
        return sbx_run(box, run, res);
    int r = sbx_start(box, run);
    if (r < 0)
        return sbx_run(box, run, res); /* fills res with the reason */
    struct timespec t0, now;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (;;) {
        int left = sbx_wait_timeout_ms(box);
        struct pollfd pfd = {.fd = sbx_box_pollfd(box), .events = POLLIN};
        int n = poll(&pfd, 1, left >= 0 && left < 100 ? left : 100);
        if (n != 0 || left == 0)
            break;
        clock_gettime(CLOCK_MONOTONIC, &now);
        on_compile(ctx, (now.tv_sec - t0.tv_sec) * 1000 + (now.tv_nsec - t0.tv_nsec) / 1000000);
    }
    r = sbx_wait(box, res);
    on_compile(ctx, -1);
    return r;
}

static int compile_in_box(struct program *prog, char **tmpl, const char *pch,
                          struct build_outcome *outcome, void (*on_compile)(void *, long),
                          void *ctx, char *err, size_t errlen)
{
    struct language *lang = prog->lang;
    const struct sbx_bind pch_bind[] = {{pch, PCH_BOX_DIR}, {NULL, NULL}};
    struct sbx_box_config cfg = {
        .bind_ro = (const char *const *)prog->bind_ro,
        .bind_ro_at = pch ? pch_bind : NULL,
        .scratch_kib = 1024L * 1024,
        .devices = compile_devices,
        .expect_profile = SBX_PROFILE_COMPILER,
        .expect_memory_mode = lang->compile_memory_mode,
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
    if (pch) {
        /* The precompiled header's directory first among the includes (pch.h). */
        size_t n = 0;
        while (argv[n])
            n++;
        argv = xrealloc(argv, (n + 2) * sizeof(char *));
        memmove(argv + 2, argv + 1, n * sizeof(char *));
        argv[1] = xstrdup("-I" PCH_BOX_DIR);
    }

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
    r = run_compiler(box, &run, &res, on_compile, ctx);
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
        {
            char *pointed = point_at_user(prog, clean);
            strbuf_addstr(&msg, pointed ? pointed : clean);
            free(pointed);
        }
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

/* ---- programs given as directories ---- */

/*
 * The built-in language of a helper's folder with `build` and `run` scripts. The compile step
 * copies the folder into the compile box's /box (the working directory), runs `build` there
 * when present, and requires an executable `run`; everything /box then holds is the program.
 */
static char br_id[] = "build-run", br_name[] = "build and run scripts", br_source[] = "run";
static char br_sh[] = "/bin/sh", br_dash_c[] = "-c", br_argv0[] = "build";
/* cat, not cp: coreutils' cp tries the FICLONE ioctl, which the compiler profile blocks. */
static char br_script[] =
    "for f in /prog/*; do n=${f##*/}; cat -- \"$f\" > \"$n\" || exit 1; "
    "if [ -x \"$f\" ]; then chmod +x -- \"$n\" || exit 1; fi; done\n"
    "if [ -e build ]; then ./build || { echo \"build exited with status $?\" >&2; exit 1; }; fi\n"
    "[ -f run ] && [ -x run ] || { echo 'no executable file named run after the build' >&2; "
    "exit 1; }\n";
static char br_run[] = "/prog/run", br_run_name[] = "run", br_all[] = "*";
static char *br_compile[] = {br_sh, br_dash_c, br_script, br_argv0, NULL};
static char *br_run_argv[] = {br_run, NULL};
/* run first: it must be a regular file the build left (a symbolic link is not taken), and it is
 * made executable; then everything else. */
static char *br_artifacts[] = {br_run_name, br_all, NULL};
static char *br_none[] = {NULL};
static struct language build_run_language = {
    .id = br_id,
    .name = br_name,
    .extensions = br_none,
    .source = br_source,
    .compile = br_compile,
    .run = br_run_argv,
    .artifacts = br_artifacts,
    .profile = SBX_PROFILE_COMPILER, /* the scripts fork and exec (sh, cc, python3) */
    .memory_mode = SBX_MEMORY_RESIDENT,
    .compile_memory_mode = SBX_MEMORY_RESIDENT,
    .compile_time_ms = 60000,
    .compile_memory_mb = 2048,
};

bool build_path_within(const char *dir, const char *path)
{
    size_t len = strlen(dir);
    while (len > 1 && dir[len - 1] == '/')
        len--;
    if (len == 0 || strncmp(path, dir, len) != 0 || path[len] != '/')
        return false;
    for (const char *p = path + len; *p;) {
        while (*p == '/')
            p++;
        size_t n = strcspn(p, "/");
        if (n == 2 && p[0] == '.' && p[1] == '.')
            return false;
        p += n;
    }
    return path[len + 1] != '\0';
}

/* A directory's entry, as the program takes it. */
struct dir_file {
    char *name;
    char *path;
};

static void dir_files_free(struct dir_file *f, size_t n)
{
    for (size_t i = 0; f && i < n; i++) {
        free(f[i].name);
        free(f[i].path);
    }
    free(f);
}

/*
 * Lists the files of a directory program, sorted by name: a package's through pkg_list (a
 * link inside the package is taken as the file it leads to; one out of it, or to a directory,
 * is refused), the user's with every symbolic link refused. Subdirectories stay behind; a
 * FIFO, a device or a socket is refused. At most PROGRAM_DIR_MAX_FILES. 0 or -1 with err.
 */
static int list_program_dir(const struct build_input *in, struct dir_file **out, size_t *count,
                            char *err, size_t errlen)
{
    const char *root = in->from_package ? in->package_dir : in->source_path;
    struct pkg_entry *e;
    size_t n, budget = PKG_WALK_MAX_ENTRIES;
    *out = NULL;
    *count = 0;
    if (pkg_list(root, in->source_path, &e, &n, &budget, err, errlen) < 0)
        return -1;
    struct dir_file *files = xcalloc(n + 1, sizeof(*files));
    size_t k = 0;
    int ret = 0;
    for (size_t i = 0; i < n && ret == 0; i++) {
        char *path = path_join(in->source_path, e[i].name);
        if (e[i].kind == PKG_DIR && !e[i].link) {
            free(path);
            continue;
        }
        if (!in->from_package && e[i].link)
            ret = fail(err, errlen, -1,
                       "%s: a symbolic link; a program's folder must hold its files themselves "
                       "(the judge follows no link in it)",
                       path);
        else if (pkg_entry_check(path, &e[i], err, errlen) < 0)
            ret = -1;
        else if (k == PROGRAM_DIR_MAX_FILES)
            ret = fail(err, errlen, -1,
                       "%s: more than %d files, the most a program's folder may hold",
                       in->source_path, PROGRAM_DIR_MAX_FILES);
        if (ret < 0) {
            free(path);
            break;
        }
        files[k].name = xstrdup(e[i].name);
        files[k].path = path;
        k++;
    }
    pkg_entries_free(e, n);
    if (ret < 0) {
        dir_files_free(files, k);
        return -1;
    }
    *out = files;
    *count = k;
    return 0;
}

static bool named_like_helper(const char *name)
{
    return strstr(name, "validator") || strstr(name, "checker") || strstr(name, "interactor");
}

int build_language(struct language_set *langs, const struct build_input *in, struct language **lang,
                   char *err, size_t errlen)
{
    *lang = NULL;
    if (!is_dir(in->source_path)) {
        *lang = (struct language *)lang_for_file(langs, in->source_path);
        if (!*lang) {
            fail(err, errlen, 1, "%s: cannot tell the language from the file name; use --lang",
                 in->source_path);
            return 1;
        }
        return 0;
    }
    struct dir_file *f;
    size_t n;
    if (list_program_dir(in, &f, &n, err, errlen) < 0)
        return -1;
    const struct language *found[PROGRAM_DIR_MAX_FILES];
    size_t nfound = 0;
    bool scripts = false, named_clash = false;
    const struct language *named = NULL;
    for (size_t i = 0; i < n; i++) {
        scripts |= strcmp(f[i].name, "build") == 0 || strcmp(f[i].name, "run") == 0;
        const struct language *l = lang_for_file(langs, f[i].name);
        if (!l)
            continue;
        bool seen = false;
        for (size_t k = 0; k < nfound; k++)
            seen |= found[k] == l;
        if (!seen)
            found[nfound++] = l;
        if (in->helper && named_like_helper(f[i].name)) {
            if (named && named != l)
                named_clash = true;
            named = l;
        }
    }
    int ret = 0;
    if (in->helper && scripts) {
        *lang = &build_run_language;
    } else if (nfound == 1) {
        *lang = (struct language *)found[0];
    } else if (nfound == 0) {
        ret = fail(err, errlen, 1, "%s: no source file in a known language", in->source_path);
    } else if (in->helper && named && !named_clash) {
        /* A checker's folder with a generator or a script beside it: the one named like a
         * validator says which language it is in. */
        *lang = (struct language *)named;
    } else {
        struct strbuf sb = STRBUF_INIT;
        size_t shown = 0;
        for (size_t i = 0; i < n; i++) {
            const struct language *l = lang_for_file(langs, f[i].name);
            if (!l)
                continue;
            if (shown++ == 8) {
                strbuf_addstr(&sb, ", ...");
                break;
            }
            strbuf_addf(&sb, "%s%s (%s)", shown > 1 ? ", " : "", f[i].name, l->name);
        }
        ret = fail(err, errlen, -1,
                   "%s: source files in %zu languages: %s; a program is in one language",
                   in->source_path, nfound, sb.buf);
        strbuf_release(&sb);
    }
    dir_files_free(f, n);
    return ret;
}

/* The name a directory program's entry file gives Java: its class. */
static char *class_of(const char *file)
{
    const char *dot = strrchr(file, '.');
    return xstrndup(file, dot ? (size_t)(dot - file) : strlen(file));
}

/* Reads back a file of the program (a source of at most SOURCE_MAX_BYTES), NUL-terminated. */
static char *program_file_text(const struct program *prog, const struct program_file *f)
{
    size_t len = f->size > SOURCE_MAX_BYTES ? SOURCE_MAX_BYTES : (size_t)f->size;
    char *text = xmalloc(len + 1);
    size_t got = 0;
    while (got < len) {
        ssize_t n = pread(prog->fd, text + got, len - got, f->offset + (off_t)got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += (size_t)n;
    }
    text[got] = '\0';
    return text;
}

static void java_drop_package(struct program *prog, char *text, const char *shown_name);

/* java_drop_package() on a file of a directory program, whose text was read back: the blanked
 * bytes are written back over the file in the program's memory file. 0 or -2. */
static int java_drop_package_file(struct program *prog, const char *name, char *text, char *err,
                                  size_t errlen)
{
    char *before = prog->note ? xstrdup(prog->note) : NULL;
    java_drop_package(prog, text, name);
    bool changed =
        (prog->note != NULL) != (before != NULL) || (before && strcmp(before, prog->note) != 0);
    free(before);
    if (!changed)
        return 0;
    for (size_t i = 0; i < prog->nfiles; i++) {
        const struct program_file *f = &prog->files[i];
        if (strcmp(f->name, name) != 0)
            continue;
        size_t len = strlen(text);
        if ((off_t)len > f->size)
            len = (size_t)f->size;
        for (size_t done = 0; done < len;) {
            ssize_t n = pwrite(prog->fd, text + done, len - done, f->offset + (off_t)done);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return fail(err, errlen, -2, "cannot rewrite %s: %s", name, strerror(errno));
            done += (size_t)n;
        }
    }
    return 0;
}

/* Takes a directory program's files under their names and picks its entry point. -1 (the
 * user's or package's mistake) or -2, with a message in err. */
static int gather_directory(struct language *lang, const struct build_input *in,
                            struct program *prog, char *err, size_t errlen)
{
    if (in->harness_path)
        return fail(err, errlen, -1,
                    "%s: a folder, but this problem asks for a function: give one source file",
                    in->source_path);
    struct dir_file *f;
    size_t n;
    if (list_program_dir(in, &f, &n, err, errlen) < 0)
        return -1;
    bool scripts = lang == &build_run_language;
    const char *pkg = in->from_package ? in->package_dir : NULL;
    off_t bytes = 0;
    int ret = 0;
    for (size_t i = 0; i < n && ret == 0; i++) {
        bool source = !scripts && lang_has_extension(lang, f[i].name);
        long long cap = source ? SOURCE_MAX_BYTES : PKG_PROGRAM_FILE_MAX;
        mode_t mode;
        int fd = open_input(pkg, f[i].path, !in->from_package, cap, &mode, err, errlen);
        if (fd < 0) {
            ret = -1;
            break;
        }
        /* The format's scripts must be executable; an archive may have lost the bit. */
        bool executable =
            (mode & S_IXUSR) ||
            (scripts && (strcmp(f[i].name, "build") == 0 || strcmp(f[i].name, "run") == 0));
        off_t room = PROGRAM_DIR_MAX_BYTES - bytes;
        int r = program_add_fd(prog, f[i].name, fd, room < cap ? room : (off_t)cap, executable);
        close(fd);
        char shown[32];
        if (r == -EFBIG && room < cap)
            ret = fail(err, errlen, -1,
                       "%s: its files total more than %s, the most a program's "
                       "folder may hold",
                       in->source_path, pkg_size_name(PROGRAM_DIR_MAX_BYTES, shown, sizeof(shown)));
        else if (r == -EFBIG)
            ret = fail(err, errlen, -1, "%s: larger than %s", f[i].path,
                       pkg_size_name(cap, shown, sizeof(shown)));
        else if (r == -EINVAL)
            ret = fail(err, errlen, -1, "%s: a file name with control characters", f[i].path);
        else if (r < 0)
            ret = fail(err, errlen, -2, "cannot hold %s: %s", f[i].path, strerror(-r));
        else
            bytes += prog->files[prog->nfiles - 1].size;
    }
    dir_files_free(f, n);
    if (ret < 0)
        return ret;
    prog->directory = true;
    if (scripts) {
        prog->entry = xstrdup("run");
        return 0;
    }

    /* The sources, in name order, and which one starts the program. */
    const char **names = xcalloc(prog->nfiles + 1, sizeof(char *));
    const char **texts = xcalloc(prog->nfiles + 1, sizeof(char *));
    size_t count = 0;
    bool java = strcmp(lang->id, "java") == 0;
    for (size_t i = 0; i < prog->nfiles; i++) {
        if (!lang_has_extension(lang, prog->files[i].name))
            continue;
        texts[count] = java ? program_file_text(prog, &prog->files[i]) : NULL;
        names[count++] = prog->files[i].name;
    }
    char why[1024];
    int at = 0;
    if (count == 0)
        ret = fail(err, errlen, -1, "%s: no %s source file", in->source_path, lang->name);
    else if (lang_needs_entry(lang) || in->entry_point)
        at = lang_entry_point(lang, names, texts, count, in->entry_point, in->helper, why,
                              sizeof(why));
    if (ret == 0 && at < 0)
        ret = fail(err, errlen, -1, "%s: %s", in->source_path, why);
    if (ret == 0) {
        prog->entry = xstrdup(names[at]);
        if (java) {
            /* Its entry file names the class, unless a class of another name in it declares
             * main; package lines are left out of every file (java_drop_package). */
            char *klass, several[256];
            if (lang_java_main_class(texts[at], &klass, several, sizeof(several)) == 0)
                prog->klass = klass;
            else
                prog->klass = class_of(names[at]);
            for (size_t i = 0; i < count && ret == 0; i++)
                ret = java_drop_package_file(prog, names[i], (char *)texts[i], err, errlen);
        }
    }
    for (size_t i = 0; i < count; i++)
        free((char *)texts[i]);
    free(texts);
    free(names);
    return ret;
}

/* Java: a source's `package` line is blanked out (its bytes become spaces, so every line keeps
 * its number): the judge runs classes of the default package. The program's note says so. */
static void java_drop_package(struct program *prog, char *text, const char *shown_name)
{
    size_t start, end;
    char *name;
    if (lang_java_package(text, &start, &end, &name) != 1)
        return;
    int line = 1;
    for (size_t i = 0; i < start; i++)
        line += text[i] == '\n';
    for (size_t i = start; i < end; i++) {
        if (text[i] != '\n')
            text[i] = ' ';
    }
    char *note = xasprintf("%s%s:%d: note: the line `package %s;` is left out: the judge runs "
                           "classes of the default package\n",
                           prog->note ? prog->note : "", shown_name, line, name);
    free(prog->note);
    prog->note = note;
    free(name);
}

/* Java: the class to run, from the text of the file that starts the program (docs/languages.md):
 * the one top-level class declaring main, public or not. A program without one, or with several
 * and no public one among them, is refused with a compile error (prog->refusal) rather than
 * started on every test to fail the same way. */
static void java_main_class(struct program *prog, const char *text, const char *shown_name,
                            const char *fallback)
{
    char why[512];
    char *klass;
    int r = lang_java_main_class(text, &klass, why, sizeof(why));
    free(prog->klass);
    prog->klass = NULL;
    if (r == 0) {
        prog->klass = klass;
        return;
    }
    prog->klass = xstrdup(fallback);
    if (r < 0)
        prog->refusal = xasprintf("%s: %s\n", shown_name, why);
    else
        prog->refusal = xasprintf("%s: no class declares public static void main(String[] args): "
                                  "the judge runs the one top-level class that does (public or "
                                  "not)\n",
                                  shown_name);
}

/* Adds the harness of a function-style problem under its own name (harness/Main.java is
 * Main.java: a Java harness's class is its file's name). The harness is the entry point; it
 * includes or imports the user's file, or is compiled with it (harness_compile). */
static int add_harness(struct language *lang, const struct build_input *in, struct program *prog,
                       char *err, size_t errlen)
{
    const char *hname = base_name(in->harness_path);
    if (strcmp(hname, prog->files[0].name) == 0) {
        if (prog->klass) {
            /* Java: the user's class has the harness's name. */
            prog->refusal = xasprintf("%s: your class is named %s, as the problem's harness "
                                      "is; name it as the statement says (Solution)\n",
                                      prog->display_name, prog->klass);
            return 0;
        }
        return fail(err, errlen, -1,
                    "%s: the harness's file name is the one the solution gets (%s)",
                    in->harness_path, hname);
    }
    int fd =
        open_input(in->package_dir, in->harness_path, false, SOURCE_MAX_BYTES, NULL, err, errlen);
    if (fd < 0)
        return -1;
    int r = program_add_fd(prog, hname, fd, SOURCE_MAX_BYTES, false);
    close(fd);
    if (r == -EFBIG)
        return fail(err, errlen, -1, "%s: larger than %ld KiB", in->harness_path,
                    SOURCE_MAX_BYTES / 1024);
    if (r == -EINVAL)
        return fail(err, errlen, -1, "%s: not a file name the judge takes", in->harness_path);
    if (r < 0)
        return fail(err, errlen, -2, "cannot hold %s: %s", in->harness_path, strerror(-r));
    free(prog->entry);
    prog->entry = xstrdup(hname);
    prog->harness = true;
    if (strcmp(lang->id, "java") == 0) {
        free(prog->klass);
        prog->klass = class_of(hname);
    }
    return 0;
}

/* Takes a single source file (as the name the language gives it in /prog) and the harness. */
static int gather_file(struct language *lang, const struct build_input *in, struct program *prog,
                       char *err, size_t errlen)
{
    const char *pkg = in->from_package ? in->package_dir : NULL;
    int fd = open_input(pkg, in->source_path, false, SOURCE_MAX_BYTES, NULL, err, errlen);
    if (fd < 0)
        return -1;
    size_t len;
    char *text = read_all(fd, SOURCE_MAX_BYTES, &len);
    int e = errno;
    close(fd);
    if (!text) {
        if (e == EFBIG)
            return fail(err, errlen, -1, "%s: larger than %ld KiB; is it really a source file?",
                        in->source_path, SOURCE_MAX_BYTES / 1024);
        return fail(err, errlen, -1, "%s: %s", in->source_path, strerror(e));
    }
    bool java = strcmp(lang->id, "java") == 0;
    char *file_class = java ? lang_java_class(text) : NULL;
    if (java) {
        /* The file is named after its public class (else its class with main, else its first
         * class); the class run is the one with main, or the harness's. */
        prog->klass = xstrdup(file_class);
        java_drop_package(prog, text, prog->display_name);
        if (!in->harness_path)
            java_main_class(prog, text, prog->display_name, file_class);
    }
    char *source_name = str_replace_all(lang->source, "{class}", file_class ? file_class : "Main");
    free(file_class);
    int r = program_add_data(prog, source_name, text, len, false);
    free(text);
    int ret = 0;
    if (r < 0) {
        ret = fail(err, errlen, r == -EINVAL ? -1 : -2, "cannot hold the source as %s: %s",
                   source_name, r == -EINVAL ? "not a file name" : strerror(-r));
        goto out;
    }
    prog->entry = xstrdup(source_name);
    if (in->harness_path)
        ret = add_harness(lang, in, prog, err, errlen);
out:
    free(source_name);
    return ret;
}

/* Puts the sources into the program: a single file and its harness, or a directory's files.
 * 0, -1 (the user's mistake) or -2, with a message in err. */
static int gather_sources(struct language *lang, const struct build_input *in, struct program *prog,
                          char *err, size_t errlen)
{
    prog->lang = lang;
    prog->display_name = xstrdup(in->display_name ? in->display_name : base_name(in->source_path));
    int ret = is_dir(in->source_path) ? gather_directory(lang, in, prog, err, errlen)
                                      : gather_file(lang, in, prog, err, errlen);
    if (ret == 0)
        prog->bind_ro = lang_bind_paths(lang);
    return ret;
}

/* Compiles (or checks) the gathered sources; the built files join them in the program. */
/* Whether one of the program's files includes its language's precompilable header. */
static bool program_wants_pch(const struct program *prog)
{
    if (!prog->lang->pch_header)
        return false;
    for (size_t i = 0; i < prog->nfiles; i++) {
        const struct program_file *f = &prog->files[i];
        if (f->size > SOURCE_MAX_BYTES)
            continue;
        char *text = xmalloc((size_t)f->size + 1);
        bool wanted = pread(prog->fd, text, (size_t)f->size, f->offset) == f->size &&
                      pch_wanted(prog->lang, text, (size_t)f->size);
        free(text);
        if (wanted)
            return true;
    }
    return false;
}

static int compile_sources(struct program *prog, struct build_outcome *outcome,
                           void (*on_compile)(void *, long), void *ctx, char *err, size_t errlen)
{
    char **tmpl = prog->lang->compile ? prog->lang->compile : prog->lang->check;
    int ret = 0;
    if (prog->refusal) {
        outcome->ok = false;
        outcome->message = xstrdup(prog->refusal);
    } else if (!tmpl) {
        outcome->ok = true;
        outcome->message = xstrdup("");
    } else {
        char *pch = prog->lang->compile == tmpl && program_wants_pch(prog)
                        ? pch_ready_dir(prog->lang)
                        : NULL;
        outcome->pch = pch != NULL;
        ret = compile_in_box(prog, tmpl, pch, outcome, on_compile, ctx, err, errlen);
        free(pch);
    }
    if (ret == 0 && prog->note) {
        char *with_note = xasprintf("%s%s", prog->note, outcome->message);
        free(outcome->message);
        outcome->message = with_note;
    }
    return ret;
}

static int program_key(const struct program *prog, char out[65]);
static char *program_index(const struct program *prog, size_t *len);
static bool program_from_entry(struct program *prog, struct cache_entry *e);

/* The compiler's message in one line of a cache entry's meta part, and back. */
static void add_escaped(struct strbuf *sb, const char *s)
{
    for (; *s; s++) {
        if (*s == '\\')
            strbuf_addstr(sb, "\\\\");
        else if (*s == '\n')
            strbuf_addstr(sb, "\\n");
        else
            strbuf_add(sb, s, 1);
    }
}

static char *unescape_line(const char *s, size_t len)
{
    struct strbuf sb = STRBUF_INIT;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '\\' && i + 1 < len) {
            i++;
            strbuf_addstr(&sb, s[i] == 'n' ? "\n" : s[i] == '\\' ? "\\" : "?");
        } else {
            strbuf_add(&sb, s + i, 1);
        }
    }
    return strbuf_detach(&sb);
}

/*
 * A compiled program found in the cache ("programs": judging the same file again, or a week
 * folder judged before, compiles nothing). The key is the one checkers have: the language,
 * its compile command as it will run, the identity of each of its tools (a new compiler is a
 * new key), the entry point, and every file's name, mode and whole content. Returns true with
 * prog rebuilt and outcome filled (the compiler's message of the time); false to compile.
 */
static bool cached_build(const struct judge_cache *cache, const char *key, struct program *prog,
                         struct build_outcome *outcome)
{
    struct cache_entry e;
    if (!cache_get(cache, key, PROGRAM_FORMAT, PROGRAM_MAX_BYTES + CACHE_META_MAX, &e))
        return false;
    /* meta: "message ESCAPED\n" then the program's index */
    char *nl = strchr(e.meta, '\n');
    bool good = strncmp(e.meta, "message ", 8) == 0 && nl;
    struct program cached;
    program_init(&cached);
    cached.lang = prog->lang;
    cached.directory = prog->directory;
    cached.display_name = xstrdup(prog->display_name);
    cached.bind_ro = lang_bind_paths(prog->lang);
    char *message = NULL;
    if (good) {
        message = unescape_line(e.meta + 8, (size_t)(nl - e.meta - 8));
        size_t skip = (size_t)(nl + 1 - e.meta);
        memmove(e.meta, nl + 1, e.meta_len - skip + 1);
        e.meta_len -= skip;
        good = program_from_entry(&cached, &e);
    }
    cache_entry_release(&e);
    if (!good) {
        free(message);
        program_release(&cached);
        return false;
    }
    program_release(prog);
    *prog = cached;
    outcome->ok = true;
    outcome->cached = true;
    outcome->message = message;
    return true;
}

int build_program(struct language *lang, const struct build_input *in, struct program *prog,
                  struct build_outcome *outcome, char *err, size_t errlen)
{
    struct judge_cache cache = {.dirfd = -1};
    char key[65] = "";
    program_init(prog);
    memset(outcome, 0, sizeof(*outcome));
    int r = lang_resolve(lang, err, errlen) < 0 ? -1 : 0;
    if (r == 0)
        r = gather_sources(lang, in, prog, err, errlen);
    if (r == 0 && lang->compile && !in->helper) {
        char cerr[512];
        if (cache_open(&cache, "programs", cerr, sizeof(cerr)) < 0)
            r = fail(err, errlen, -1, "%s", cerr); /* the user's set-up to fix */
        else if (cache.dirfd >= 0 && program_key(prog, key) < 0)
            key[0] = '\0'; /* cannot hash it: build it, keep nothing */
        if (r == 0 && key[0] && cached_build(&cache, key, prog, outcome))
            goto out;
    }
    if (r == 0)
        r = compile_sources(prog, outcome, in->on_compile, in->ctx, err, errlen);
    if (r == 0 && outcome->ok && key[0]) {
        struct strbuf meta = STRBUF_INIT;
        size_t len;
        char *index = program_index(prog, &len);
        strbuf_addstr(&meta, "message ");
        add_escaped(&meta, outcome->message ? outcome->message : "");
        strbuf_addstr(&meta, "\n");
        strbuf_add(&meta, index, len);
        free(index);
        /* A failure to keep it only costs a compile next time. */
        if (cache_put(&cache, key, PROGRAM_FORMAT, meta.buf, meta.len, prog->fd, prog->size) == 0)
            cache_trim(&cache, PROGRAMS_CACHE_MAX_BYTES);
        strbuf_release(&meta);
    }
out:
    cache_close(&cache);
    if (r < 0) {
        program_release(prog);
        build_outcome_release(outcome);
    }
    return r;
}

/* ---- built checkers, cached by content ---- */

/* The cache key of a program to build: the language, its compile command as it will run (the
 * toolchain's paths included), its entry point, and every gathered file's name, mode and whole
 * content. */
static int program_key(const struct program *prog, char out[65])
{
    struct cache_key k;
    cache_key_init(&k, "checker");
    cache_key_addf(&k, "lang %s\n", prog->lang->id);
    char **argv = compile_argv(prog, prog->lang->compile);
    for (char **a = argv; a && *a; a++)
        cache_key_addf(&k, "arg %s\n", *a);
    lang_argv_free(argv);
    /* Its tools as they are on disk now: an upgraded compiler makes a new key. */
    for (size_t i = 0; i < prog->lang->ntools; i++) {
        struct stat st;
        const char *path = prog->lang->tools[i].path;
        if (path && stat(path, &st) == 0)
            cache_key_addf(&k, "tool %s %llu %llu %lld %lld.%09ld\n", path,
                           (unsigned long long)st.st_dev, (unsigned long long)st.st_ino,
                           (long long)st.st_size, (long long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
    }
    cache_key_addf(&k, "class %s\n", prog->klass ? prog->klass : "-");
    cache_key_addf(&k, "entry %s\n", entry_name(prog));
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

/* The index of a program as the cache keeps it: "class X" (Java), "entry NAME", then
 * "<x|-> SIZE NAME" for each file, whose contents follow one another in the data. */
static char *program_index(const struct program *prog, size_t *len)
{
    struct strbuf sb = STRBUF_INIT;
    if (prog->klass)
        strbuf_addf(&sb, "class %s\n", prog->klass);
    strbuf_addf(&sb, "entry %s\n", entry_name(prog));
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
        if (strncmp(line, "entry ", 6) == 0 && !prog->entry && prog->nfiles == 0) {
            good = valid_file_name(line + 6);
            prog->entry = xstrdup(line + 6);
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
    /* The entry must be one of its files. */
    bool entry_found = !prog->entry;
    for (size_t i = 0; good && i < prog->nfiles && !entry_found; i++)
        entry_found = strcmp(prog->files[i].name, prog->entry) == 0;
    if (!good || at != e->data_len || prog->nfiles == 0 || !entry_found)
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

int build_cached(struct language_set *langs, const char *dir, const char *source,
                 struct program *prog, char *err, size_t errlen)
{
    struct judge_cache cache = {.dirfd = -1};
    struct build_outcome outcome = {0};
    struct language *lang;
    int ret = -1;

    program_init(prog);
    struct build_input in = {.package_dir = dir,
                             .source_path = source,
                             .from_package = true,
                             .helper = true,
                             .display_name = base_name(source)};
    if (build_language(langs, &in, &lang, err, errlen) != 0)
        return -1;
    if (lang_resolve(lang, err, errlen) < 0)
        return -1;
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
            ret = fail(err, errlen, -2, "cannot hash %s: %s", source, strerror(-r));
            goto out;
        }
        struct cache_entry e;
        if (cache_get(&cache, key, PROGRAM_FORMAT, PROGRAM_MAX_BYTES + CACHE_META_MAX, &e)) {
            struct program cached;
            program_init(&cached);
            cached.lang = lang;
            cached.directory = prog->directory;
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

    ret = compile_sources(prog, &outcome, NULL, NULL, err, errlen);
    if (ret < 0)
        goto out;
    if (!outcome.ok) {
        ret = -1;
        first_error(source, outcome.message, err, errlen);
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
    return ret;
}
