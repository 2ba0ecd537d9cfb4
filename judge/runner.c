/* runner.c: building one program and running it on one input at a time, in its own box. */
#define _GNU_SOURCE
#include "judge/runner.h"
#include "judge/submissions.h"
#include "judge/util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *const run_env_base[] = {"PATH=/usr/local/bin:/usr/bin:/bin", "HOME=/box",
                                           "LANG=C.UTF-8", NULL};

static const char **make_env(const struct language *lang)
{
    size_t n = 0, cap = 4 + SBX_MAX_ENV;
    const char **env = xcalloc(cap, sizeof(char *));
    for (const char *const *e = run_env_base; *e; e++)
        env[n++] = *e;
    for (char **e = lang->env; e && *e && n + 1 < cap; e++)
        env[n++] = *e;
    return env;
}

static int open_box(struct runner *r, char *err, size_t errlen)
{
    struct sbx_box_config cfg = {.bind_ro = (const char *const *)r->prog.bind_ro};
    if (sbx_box_open(&r->box, &cfg, err, errlen) < 0)
        return -1;
    int e = program_install(&r->prog, r->box);
    if (e < 0)
        return set_error(err, errlen, "cannot put the program into the box: %s", strerror(-e));
    return 0;
}

/* The language of the program: --lang's, else its files'. */
static int pick_language(struct language_set *langs, const struct runner_spec *spec,
                         const struct build_input *in, struct language **lang, char *err,
                         size_t errlen)
{
    if (!spec->lang_id) {
        int r = build_language(langs, in, lang, err, errlen);
        return r == 0 ? 0 : -1;
    }
    *lang = (struct language *)lang_by_id(langs, spec->lang_id);
    if (*lang)
        return 0;
    struct strbuf known = STRBUF_INIT;
    for (size_t i = 0; i < langs->count; i++)
        strbuf_addf(&known, "%s%s", i ? ", " : "", langs->langs[i].id);
    set_error(err, errlen, "unknown language '%s' (known: %s)", spec->lang_id, known.buf);
    strbuf_release(&known);
    return -1;
}

int runner_build(struct runner *r, struct language_set *langs, const struct runner_spec *spec,
                 struct build_outcome *outcome, char *err, size_t errlen)
{
    const struct problem *p = spec->p;
    const char *slash = strrchr(spec->source, '/');
    struct build_input in = {.package_dir = p->dir,
                             .source_path = spec->source,
                             .from_package = build_path_within(p->dir, spec->source),
                             .display_name = slash && slash[1] ? slash + 1 : spec->source};
    struct language *lang;
    char *entry = NULL;
    int ret = -1;

    memset(r, 0, sizeof(*r));
    r->prog.fd = -1;
    memset(outcome, 0, sizeof(*outcome));
    if (!is_file(spec->source) && !is_dir(spec->source))
        return set_error(err, errlen, "%s: %s", spec->source,
                         access(spec->source, F_OK) ? strerror(errno) : "not a file or a folder");
    if (pick_language(langs, spec, &in, &lang, err, errlen) < 0)
        return -1;
    if (spec->harness && p->nharness > 0) {
        const struct problem_harness *h = problem_harness_for(p, lang->id);
        if (!h) {
            struct strbuf known = STRBUF_INIT;
            for (size_t i = 0; i < p->nharness; i++)
                strbuf_addf(&known, "%s%s", i ? ", " : "", p->harness[i].language);
            set_error(err, errlen, "%s asks for a function, and has harnesses only for: %s", p->id,
                      known.buf);
            strbuf_release(&known);
            return -1;
        }
        in.harness_path = h->path;
    }
    if (lang_resolve(lang, err, errlen) < 0)
        return -1;
    if (in.from_package && is_dir(spec->source) &&
        submissions_entry_point(p->dir, spec->source, &entry, err, errlen) < 0)
        return -1;
    in.entry_point = entry;

    ret = build_program(lang, &in, &r->prog, outcome, err, errlen);
    free(entry);
    if (ret < 0)
        return ret;
    if (!outcome->ok)
        return 0;
    r->built = true;
    r->argv = program_command(&r->prog, spec->memory_limit_mb);
    r->env = make_env(lang);
    r->limits.time_ms = spec->time_limit_ms;
    r->limits.wall_ms = 2 * spec->time_limit_ms + 1000;
    r->limits.memory_kib = spec->memory_limit_mb * 1024;
    r->limits.memory_mode = lang->memory_mode;
    r->limits.output_kib = spec->output_limit_mb * 1024;
    r->stderr_keep = spec->stderr_keep ? spec->stderr_keep : RUNNER_STDERR_MAX;
    if (open_box(r, err, errlen) < 0)
        return -2;
    return 0;
}

int runner_run(struct runner *r, int stdin_fd, const char *const *args, struct runner_result *res,
               char *err, size_t errlen)
{
    memset(res, 0, sizeof(*res));
    res->out_fd = -1;
    const char *argv[SBX_MAX_ARGS + 1];
    size_t n = 0;
    for (char **a = r->argv; *a && n < SBX_MAX_ARGS; a++)
        argv[n++] = *a;
    for (const char *const *a = args; a && *a && n < SBX_MAX_ARGS; a++)
        argv[n++] = *a;
    argv[n] = NULL;

    for (int attempt = 0; attempt < 2; attempt++) {
        if (!r->box || !sbx_box_usable(r->box)) {
            sbx_box_close(r->box);
            r->box = NULL;
            if (open_box(r, err, errlen) < 0)
                return -1;
        }
        int out = memfd_create("stdout", MFD_CLOEXEC);
        int errfd = memfd_create("stderr", MFD_CLOEXEC);
        if (out < 0 || errfd < 0) {
            int e = errno;
            if (out >= 0)
                close(out);
            if (errfd >= 0)
                close(errfd);
            return set_error(err, errlen, "memfd_create: %s", strerror(e));
        }
        fchmod(out, 0644);
        if (stdin_fd >= 0)
            lseek(stdin_fd, 0, SEEK_SET);
        struct sbx_run run;
        sbx_run_init(&run);
        run.argv = argv;
        run.envp = r->env;
        run.stdin_fd = stdin_fd;
        run.stdout_fd = out;
        run.stderr_fd = errfd;
        run.profile = r->prog.lang->profile;
        run.limits = r->limits;
        int rc = sbx_run(r->box, &run, &res->sbx);
        if ((rc < 0 || res->sbx.status == SBX_SANDBOX_ERROR) && !sbx_box_usable(r->box) &&
            attempt == 0) {
            close(out); /* not the program's doing: once more, in a new box */
            close(errfd);
            continue;
        }
        if (rc < 0 && res->sbx.status != SBX_SANDBOX_ERROR) {
            close(out);
            close(errfd);
            return set_error(err, errlen, "%s", sbx_box_error(r->box));
        }
        lseek(out, 0, SEEK_SET);
        res->out_fd = out;
        res->err_text = read_fd_text(errfd, r->stderr_keep, &res->err_truncated);
        close(errfd);
        return 0;
    }
    return set_error(err, errlen, "the sandbox failed twice: %s", sbx_box_error(r->box));
}

void runner_result_release(struct runner_result *res)
{
    if (res->out_fd >= 0)
        close(res->out_fd);
    free(res->err_text);
    memset(res, 0, sizeof(*res));
    res->out_fd = -1;
}

/* The last non-empty line of a text, one line of at most len - 1 bytes. */
static void last_line(const char *text, char *out, size_t len)
{
    out[0] = '\0';
    if (!text)
        return;
    const char *end = text + strlen(text);
    while (end > text && (end[-1] == '\n' || end[-1] == '\r' || end[-1] == ' '))
        end--;
    const char *start = end;
    while (start > text && start[-1] != '\n')
        start--;
    size_t n = (size_t)(end - start);
    if (n >= len)
        n = len - 1;
    memcpy(out, start, n);
    out[n] = '\0';
    for (size_t i = 0; i < n; i++) {
        if ((unsigned char)out[i] < 0x20)
            out[i] = ' ';
    }
}

enum verdict runner_verdict(const struct runner *r, const struct runner_result *res, char *msg,
                            size_t len)
{
    const struct sbx_result *s = &res->sbx;
    bool runtime_oom = false;
    for (char **pat = r->prog.lang->mle_patterns; res->err_text && pat && *pat; pat++)
        runtime_oom |= strstr(res->err_text, *pat) != NULL;
    char tail[160];
    last_line(res->err_text, tail, sizeof(tail));
    msg[0] = '\0';
    switch (s->status) {
    case SBX_EXITED:
        if (s->exit_code == 0)
            return VERDICT_AC;
        if (runtime_oom) {
            snprintf(msg, len, "the runtime ran out of memory (limit %ld MiB)",
                     r->limits.memory_kib / 1024);
            return VERDICT_MLE;
        }
        snprintf(msg, len, "exit code %d%s%s", s->exit_code, tail[0] ? ": " : "", tail);
        return VERDICT_RE;
    case SBX_SIGNALED:
        if (runtime_oom) {
            snprintf(msg, len, "the runtime ran out of memory");
            return VERDICT_MLE;
        }
        snprintf(msg, len, "%s (%s)%s%s", sbx_signal_name(s->signal), strsignal(s->signal),
                 tail[0] ? ": " : "", tail);
        return VERDICT_RE;
    case SBX_TIME_LIMIT:
        snprintf(msg, len, "used more than %.3f s of CPU time", (double)r->limits.time_ms / 1000);
        return VERDICT_TLE;
    case SBX_WALL_LIMIT:
        snprintf(msg, len, "ran %.3f s of wall-clock time (limit %.3f s)",
                 (double)s->wall_ms / 1000, (double)r->limits.wall_ms / 1000);
        return VERDICT_TLE;
    case SBX_MEMORY_LIMIT:
        snprintf(msg, len, "%s", s->message);
        return VERDICT_MLE;
    case SBX_OUTPUT_LIMIT:
        snprintf(msg, len, "wrote more than %ld MiB", r->limits.output_kib / 1024);
        return VERDICT_OLE;
    case SBX_BLOCKED_SYSCALL:
        snprintf(msg, len, "%s (not allowed in the judge)", s->message);
        return VERDICT_RE;
    default:
        snprintf(msg, len, "judge failure: %s", s->message);
        return VERDICT_SE;
    }
}

void runner_release(struct runner *r)
{
    sbx_box_close(r->box);
    r->box = NULL;
    lang_argv_free(r->argv);
    r->argv = NULL;
    free(r->env);
    r->env = NULL;
    program_release(&r->prog);
    r->built = false;
}
