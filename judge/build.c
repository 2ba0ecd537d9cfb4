/* build.c: compiling (or syntax-checking) sources in a sandbox, and caching built checkers. */
#define _GNU_SOURCE
#include "judge/build.h"
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

#define MESSAGE_MAX_BYTES  8192
#define MESSAGE_MAX_LINES  60
#define EXTRA_FILES_MAX    64
#define ARTIFACT_MAX_BYTES (256L << 20)

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

/* Adds a file to the program from a host path (or from memory when data is given). */
static int add_file(struct program *prog, const char *name, const char *host_path, const void *data,
                    size_t len, bool executable)
{
    int fd = memfd_create(name, MFD_CLOEXEC);
    if (fd < 0)
        return -errno;
    int r = 0;
    if (data) {
        r = write_all(fd, data, len);
    } else {
        int in = open(host_path, O_RDONLY | O_CLOEXEC);
        if (in < 0)
            r = -errno;
        else {
            r = copy_fd(in, fd);
            close(in);
        }
    }
    if (r < 0) {
        close(fd);
        return r;
    }
    prog->files = xrealloc(prog->files, (prog->nfiles + 1) * sizeof(*prog->files));
    prog->files[prog->nfiles].name = xstrdup(name);
    prog->files[prog->nfiles].fd = fd;
    prog->files[prog->nfiles].executable = executable;
    prog->nfiles++;
    return 0;
}

int program_install(const struct program *prog, struct sbx_box *box)
{
    int dir = sbx_box_dirfd(box, SBX_AREA_PROG);
    for (size_t i = 0; i < prog->nfiles; i++) {
        const struct program_file *f = &prog->files[i];
        unlinkat(dir, f->name, 0);
        int out = openat(dir, f->name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
                         f->executable ? 0755 : 0644);
        if (out < 0)
            return -errno;
        if (lseek(f->fd, 0, SEEK_SET) < 0) {
            close(out);
            return -errno;
        }
        int r = copy_fd(f->fd, out);
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
    for (size_t i = 0; i < prog->nfiles; i++) {
        free(prog->files[i].name);
        close(prog->files[i].fd);
    }
    free(prog->files);
    free(prog->klass);
    free(prog->display_name);
    lang_argv_free(prog->bind_ro);
    memset(prog, 0, sizeof(*prog));
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

/* Copies what the compile step left in /box into the program. */
static int collect_artifacts(struct program *prog, struct sbx_box *box, char *err, size_t errlen)
{
    int boxfd = sbx_box_dirfd(box, SBX_AREA_BOX);
    for (char **a = prog->lang->artifacts; a && *a; a++) {
        bool pattern = (*a)[0] == '*';
        int found = 0;
        int dfd = openat(boxfd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        DIR *d = dfd >= 0 ? fdopendir(dfd) : NULL;
        if (!d) {
            if (dfd >= 0)
                close(dfd);
            return fail(err, errlen, -2, "cannot list the compile box: %s", strerror(errno));
        }
        struct dirent *de;
        while ((de = readdir(d))) {
            if (pattern ? !ends_with(de->d_name, *a + 1) : strcmp(de->d_name, *a) != 0)
                continue;
            int fd = sbx_open_result(boxfd, de->d_name);
            if (fd < 0)
                continue; /* not a regular file: not something we built */
            struct stat st;
            if (fstat(fd, &st) < 0 || st.st_size > ARTIFACT_MAX_BYTES) {
                close(fd);
                closedir(d);
                return fail(err, errlen, -2, "the compiled file %s is too large", de->d_name);
            }
            char *data = xmalloc((size_t)st.st_size + 1);
            ssize_t n = pread(fd, data, (size_t)st.st_size, 0);
            close(fd);
            int r = n == st.st_size ? add_file(prog, de->d_name, NULL, data, (size_t)n, !pattern)
                                    : -EIO;
            free(data);
            if (r < 0) {
                closedir(d);
                return fail(err, errlen, -2, "cannot keep %s: %s", de->d_name, strerror(-r));
            }
            found++;
        }
        closedir(d);
        if (!found)
            return fail(err, errlen, -1, "the compiler left no %s", *a);
    }
    return 0;
}

static const char *const compile_devices[] = {"null", NULL};

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
    char *source = xasprintf("/prog/%s", prog->files[0].name);
    char *main_path = xasprintf("/prog/%s", main_name(prog));
    struct lang_vars v = {.source = source, .main = main_path, .klass = prog->klass};
    char **argv = lang_expand(lang, tmpl, &v);
    free(source);
    free(main_path);

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

int build_program(struct language *lang, const struct build_input *in, struct program *prog,
                  struct build_outcome *outcome, char *err, size_t errlen)
{
    memset(prog, 0, sizeof(*prog));
    memset(outcome, 0, sizeof(*outcome));
    prog->lang = lang;
    prog->display_name = xstrdup(in->display_name ? in->display_name : base_name(in->source_path));

    if (lang_resolve(lang, err, errlen) < 0)
        return -1;
    size_t len;
    char *text = read_file(in->source_path, SOURCE_MAX_BYTES, &len);
    if (!text) {
        if (errno == EFBIG)
            return fail(err, errlen, -1, "%s: larger than %ld KiB; is it really a source file?",
                        in->source_path, SOURCE_MAX_BYTES / 1024);
        return fail(err, errlen, -1, "%s: %s", in->source_path, strerror(errno));
    }
    if (strcmp(lang->id, "java") == 0)
        prog->klass = lang_java_class(text);
    char *source_name =
        str_replace_all(lang->source, "{class}", prog->klass ? prog->klass : "Main");
    int r = add_file(prog, source_name, NULL, text, len, false);
    free(text);
    if (r < 0) {
        free(source_name);
        return fail(err, errlen, -2, "cannot hold the source: %s", strerror(-r));
    }
    if (in->harness_path) {
        /* The harness is the entry point; it includes or imports the user's file. */
        const char *ext = strrchr(in->harness_path, '.');
        char *hname = xasprintf("main%s", ext ? ext : "");
        r = add_file(prog, hname, in->harness_path, NULL, 0, false);
        free(hname);
        if (r < 0) {
            free(source_name);
            return fail(err, errlen, -1, "%s: %s", in->harness_path, strerror(-r));
        }
    }
    if (in->extra_dir) {
        DIR *d = opendir(in->extra_dir);
        struct dirent *de;
        int count = 0;
        while (d && (de = readdir(d))) {
            if (de->d_name[0] == '.' || strcmp(de->d_name, source_name) == 0)
                continue;
            char *p = path_join(in->extra_dir, de->d_name);
            if (is_file(p) && strcmp(base_name(in->source_path), de->d_name) != 0 &&
                count++ < EXTRA_FILES_MAX)
                add_file(prog, de->d_name, p, NULL, 0, access(p, X_OK) == 0);
            free(p);
        }
        if (d)
            closedir(d);
    }
    free(source_name);
    prog->bind_ro = lang_bind_paths(lang);

    char **tmpl = lang->compile ? lang->compile : lang->check;
    if (!tmpl) {
        outcome->ok = true;
        outcome->message = xstrdup("");
        return 0;
    }
    /* The sources stay in the program (files[0] is the user's, for {source}); the built
     * files join them. */
    return compile_in_box(prog, tmpl, outcome, err, errlen);
}

/* ---- built checkers, cached by content ---- */

static char *cache_root(void)
{
    const char *xdg = getenv("XDG_CACHE_HOME");
    const char *home = getenv("HOME");
    if (xdg && xdg[0] == '/')
        return xasprintf("%s/judge/checkers", xdg);
    if (home && home[0] == '/')
        return xasprintf("%s/.cache/judge/checkers", home);
    return xstrdup("/tmp/judge-cache/checkers");
}

static int mkdir_p(const char *path)
{
    char *p = xstrdup(path);
    for (char *s = p + 1; *s; s++) {
        if (*s != '/')
            continue;
        *s = '\0';
        if (mkdir(p, 0755) < 0 && errno != EEXIST) {
            free(p);
            return -errno;
        }
        *s = '/';
    }
    int r = mkdir(p, 0755) < 0 && errno != EEXIST ? -errno : 0;
    free(p);
    return r;
}

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

static void hash_file_into(struct strbuf *sb, const char *path)
{
    size_t len;
    char *data = read_file(path, SOURCE_MAX_BYTES * 8, &len);
    strbuf_addf(sb, "%s\n%zu\n", base_name(path), data ? len : 0);
    if (data)
        strbuf_add(sb, data, len);
    free(data);
}

int build_cached(struct language_set *langs, const char *source, struct program *prog, char *err,
                 size_t errlen)
{
    char *main_src = NULL, *extra_dir = NULL;
    int ret = -1;

    memset(prog, 0, sizeof(*prog));
    if (is_dir(source)) {
        main_src = pick_main(langs, source, err, errlen);
        if (!main_src)
            return -1;
        extra_dir = xstrdup(source);
    } else {
        main_src = xstrdup(source);
        char *slash = strrchr(main_src, '/');
        extra_dir = slash ? xstrndup(main_src, (size_t)(slash - main_src)) : xstrdup(".");
    }
    struct language *lang = (struct language *)lang_for_file(langs, main_src);
    if (!lang) {
        fail(err, errlen, -1, "%s: no language for this file", main_src);
        goto out;
    }
    if (lang_resolve(lang, err, errlen) < 0)
        goto out;

    /* The key: the sources, the language and its compile command, the judge's version. */
    struct strbuf key = STRBUF_INIT;
    strbuf_addf(&key, "judge %s\nlang %s\n", JUDGE_VERSION, lang->id);
    for (char **c = lang->compile; c && *c; c++)
        strbuf_addf(&key, "%s\n", *c);
    hash_file_into(&key, main_src);
    bool in_dir = is_dir(source);
    if (in_dir) {
        DIR *d = opendir(source);
        struct dirent *de;
        char **names = NULL;
        size_t n = 0;
        while (d && (de = readdir(d))) {
            if (de->d_name[0] == '.')
                continue;
            names = xrealloc(names, (n + 1) * sizeof(char *));
            names[n++] = xstrdup(de->d_name);
        }
        if (d)
            closedir(d);
        qsort(names, n, sizeof(char *), (int (*)(const void *, const void *))strcmp);
        for (size_t i = 0; i < n; i++) {
            char *p = path_join(source, names[i]);
            if (is_file(p))
                hash_file_into(&key, p);
            free(p);
            free(names[i]);
        }
        free(names);
    }
    char hash[65];
    sha256_hex(key.buf, key.len, hash);
    strbuf_release(&key);

    char *root = cache_root();
    char *dir = path_join(root, hash);
    char *manifest = path_join(dir, "MANIFEST");

    if (lang->compile && is_file(manifest)) {
        /* Cached: each line of the manifest names a file; the first line may be "class X". */
        size_t mlen;
        char *text = read_file(manifest, 65536, &mlen);
        prog->lang = lang;
        prog->display_name = xstrdup(base_name(main_src));
        prog->bind_ro = lang_bind_paths(lang);
        bool good = text != NULL;
        for (char *line = text, *next; good && line && *line; line = next) {
            next = strchr(line, '\n');
            if (next)
                *next++ = '\0';
            if (strncmp(line, "class ", 6) == 0) {
                prog->klass = xstrdup(line + 6);
                continue;
            }
            bool exe = line[0] == 'x';
            char *p = path_join(dir, line + 2);
            good = add_file(prog, line + 2, p, NULL, 0, exe) == 0;
            free(p);
        }
        free(text);
        if (good && prog->nfiles > 0) {
            ret = 0;
            goto out_paths;
        }
        program_release(prog);
    }

    struct build_input in = {.source_path = main_src,
                             .display_name = base_name(main_src),
                             .extra_dir = in_dir ? extra_dir : NULL};
    struct build_outcome outcome;
    int r = build_program(lang, &in, prog, &outcome, err, errlen);
    if (r < 0) {
        ret = r;
        goto out_paths;
    }
    if (!outcome.ok) {
        /* One line: the compiler's first error names the place. */
        const char *m = outcome.message;
        const char *at = strstr(m, "error");
        const char *start = at ? at : m;
        while (start > m && start[-1] != '\n')
            start--;
        size_t len = strcspn(start, "\n");
        fail(err, errlen, -1, "%s does not compile: %.*s", main_src, (int)len, start);
        build_outcome_release(&outcome);
        program_release(prog);
        goto out_paths;
    }
    build_outcome_release(&outcome);
    ret = 0;
    if (!lang->compile)
        goto out_paths;

    /* Keep it: write into a fresh directory, then rename it into place. */
    if (mkdir_p(root) == 0) {
        char *tmp = xasprintf("%s/.tmp-%s-%d", root, hash, (int)getpid());
        if (mkdir(tmp, 0755) == 0) {
            struct strbuf m = STRBUF_INIT;
            bool good = true;
            if (prog->klass)
                strbuf_addf(&m, "class %s\n", prog->klass);
            for (size_t i = 0; good && i < prog->nfiles; i++) {
                char *p = path_join(tmp, prog->files[i].name);
                int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC,
                              prog->files[i].executable ? 0755 : 0644);
                good = fd >= 0 && lseek(prog->files[i].fd, 0, SEEK_SET) == 0 &&
                       copy_fd(prog->files[i].fd, fd) == 0;
                if (fd >= 0)
                    close(fd);
                free(p);
                strbuf_addf(&m, "%c %s\n", prog->files[i].executable ? 'x' : '-',
                            prog->files[i].name);
            }
            char *mp = path_join(tmp, "MANIFEST");
            int fd = good ? open(mp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644) : -1;
            good = fd >= 0 && write_all(fd, m.buf, m.len) == 0;
            if (fd >= 0)
                close(fd);
            free(mp);
            strbuf_release(&m);
            if (!good || rename(tmp, dir) < 0) {
                /* Another judge got there first, or the cache is not writable: fine. */
                int dirfd = open(tmp, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
                if (dirfd >= 0) {
                    DIR *d = fdopendir(dirfd);
                    struct dirent *de;
                    while (d && (de = readdir(d))) {
                        if (de->d_name[0] != '.' || de->d_name[1])
                            unlinkat(dirfd, de->d_name, 0);
                    }
                    if (d)
                        closedir(d);
                }
                rmdir(tmp);
            }
        }
        free(tmp);
    }
out_paths:
    free(root);
    free(dir);
    free(manifest);
out:
    free(main_src);
    free(extra_dir);
    return ret;
}
