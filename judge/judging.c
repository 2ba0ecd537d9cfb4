/* judging.c: judging a solution: build it, run every test in boxes, check, decide. */
#define _GNU_SOURCE
#include "judge/judging.h"
#include "judge/build.h"
#include "judge/icpc.h"
#include "judge/pkgfile.h"
#include "judge/submissions.h"
#include "judge/util.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/*
 * Boxes: one compile box (build.c) for the solution and, when the package has them, one per
 * checker/interactor build (cached); then `jobs` run boxes, each with the built program in
 * its /prog, reused test after test (every run starts with an empty /box and /tmp); one
 * checker box for a custom checker; for interactive problems an interactor box beside each
 * run box. Outputs live in memfds: nothing is written to the host's disk.
 */

/* Descriptors one slot may add to the poll: its two boxes, the interactor's output to drop,
 * and four of a relay. */
#define POLL_PER_SLOT     7
#define POLL_MAX          (POLL_PER_SLOT * JUDGE_MAX_JOBS)
#define CHECKER_TIME_MS   20000
#define CHECKER_MEMORY_MB 1024
#define STDERR_HEAD       4096

/* Messages are one line for humans: longer ones are cut, on purpose. */
static void set_message(struct test_result *t, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void set_message(struct test_result *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(t->message, sizeof(t->message), fmt, ap);
    va_end(ap);
}

/* A custom checker or interactor: built once, run in its own box. */
struct helper {
    struct program prog;
    char **argv;
    bool built;
};

/*
 * One direction of an interactive sample's exchange, relayed by the judge: it reads what one
 * side writes (in) and writes it for the other (out), through a buffer of RELAY_BUF bytes; a
 * full buffer stops the reading, so a side that does not read blocks the other as a pipe
 * would. The other side sees the end of its input only once the writer's result is in and
 * everything was passed on (as the judge's copies of the write ends do for other interactive
 * tests, which are not relayed). When the reader is gone (EPIPE), in is closed: the writer
 * gets SIGPIPE as it would from a pipe to a program that ended; a program that ended while the
 * interactor still writes has what it writes read and dropped, so the interactor never gets
 * SIGPIPE because of it.
 */
#define RELAY_BUF 65536

struct relay {
    int in, out; /* the judge's ends, non-blocking; -1 when closed */
    char *buf;
    size_t len;
    bool eof;     /* in reached its end */
    bool dropped; /* out is gone: what comes in is read and dropped */
};

struct slot {
    struct sbx_box *box;  /* the solution's */
    struct sbx_box *ibox; /* the interactor's */
    bool busy;
    bool sol_running, int_running;
    size_t test;
    int in_fd, out_fd, err_fd;
    int int_err_fd;
    struct sbx_result sol, inter;
    /* Interactive tests: the judge's own ends of the two pipes. It keeps the read end of the
     * interactor's output for the whole test (the interactor never dies of SIGPIPE when the
     * solution leaves; what it still writes is read and dropped), and a copy of each side's
     * write end until that side's result is in, so that neither sees end of file before the
     * judge knows the other ended: which one ended first is then certain. */
    int to_sol_read;  /* interactor -> solution, read end */
    int to_sol_write; /* interactor -> solution, write end (the interactor's stdout) */
    int to_int_write; /* solution -> interactor, write end (the solution's stdout) */
    /* Multi-pass problems: the pass under way (1, 2, ...), the input the validator wrote for
     * it (a memfd; -1 in the first pass, which reads the test's input), the largest time and
     * memory of the passes before, and this slot's own box for the validator, whose /box is
     * the feedback directory that lasts through all passes of a test. */
    int pass;
    int pass_input;
    long passes_time_ms, passes_memory_kib;
    struct sbx_box *cbox;
    int restarts;   /* of the test under way, on a new box */
    bool cancelled; /* --fail-fast: an earlier test failed, this one is stopped and skipped */
    /* Interactive samples: the judge relays both directions itself, to record the exchange
     * (struct relay); the descriptors above for interactive tests are then unused. */
    bool relaying;
    struct relay to_int, to_sol;
    struct strbuf exchange;
    bool exchange_truncated;
    int exchange_dir;      /* who wrote the line under way: 0 nobody, 1 program, 2 interactor */
    bool exchange_in_line; /* that line has no newline yet */
};

struct run_ctx {
    const struct problem *p;
    const struct judge_options *o;
    struct judgement *j;
    struct program *prog;
    char **argv; /* the solution's command */
    const char **env;
    struct sbx_limits limits;
    struct helper checker;
    struct helper interactor;
    struct sbx_box *checker_box;
    struct slot *slots;
    int nslots;
    enum problem_feedback feedback;
    char **user_files;      /* the /prog names of the user's sources ({file} in reasons) */
    size_t captured;        /* the first failed test that may be shown; ntests: none yet */
    size_t captured_sample; /* the first failed sample or own test; ntests: none yet */
};

/* Whether a test's data and reasons may be shown: samples always (they are in the
 * statement) and the user's own tests (they wrote them), the problem's hidden tests unless
 * the feedback is verdict-only. */
static bool reveal(const struct run_ctx *c, size_t test)
{
    return problem_test_visible(c->p, &c->p->tests[test]) || c->feedback == FEEDBACK_FULL;
}

static int renew_box(struct sbx_box **box, const struct program *prog, char *err, size_t errlen);
static int open_box(struct sbx_box **box, const struct program *prog, char *err, size_t errlen);
static void close_slot_files(struct slot *s);
static int start_plain(struct run_ctx *c, struct slot *s, char *err, size_t errlen);
static int start_interactive(struct run_ctx *c, struct slot *s, char *err, size_t errlen);

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

/* Opens a test file of the package (as pkgfile.h says: never through a link out of it) so that
 * a box's uid can read it through /dev/fd/N: a private file is copied into a memfd first. */
static int open_for_box(const char *dir, const char *path)
{
    char err[512];
    int fd = pkg_open(dir, path, PKG_TEST_FILE_MAX, err, sizeof(err));
    if (fd < 0)
        return -EACCES;
    struct stat st;
    if (fstat(fd, &st) == 0 && (st.st_mode & S_IROTH))
        return fd;
    int copy = memfd_create("test-file", MFD_CLOEXEC);
    if (copy < 0 || copy_fd(fd, copy) < 0 || lseek(copy, 0, SEEK_SET) < 0) {
        int e = errno;
        close(fd);
        if (copy >= 0)
            close(copy);
        return -e;
    }
    close(fd);
    return copy;
}

/* The last non-empty line of a text, for "exit code 1: ..." messages when no rule of the
 * language reads the reason. */
static void last_line(const char *text, char *out, size_t len)
{
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

/* Why a run failed, from its stderr: the language's rules (languages.json runtime_errors:
 * the Python exception, the Java exception and its frame, the Rust panic, the Node error),
 * else the last line; paths as the user knows them. */
static void stderr_reason(const struct run_ctx *c, const char *text, char *out, size_t len)
{
    out[0] = '\0';
    char *reason = lang_error_reason(c->prog->lang, text, c->user_files);
    char tail[LANG_REASON_MAX + 1];
    if (!reason) {
        last_line(text, tail, sizeof(tail));
        reason = xstrdup(tail);
    }
    char *shown = program_show_paths(c->prog, reason);
    snprintf(out, len, "%s", shown);
    free(shown);
    free(reason);
}

/* Decides a test from how the solution's run ended, before looking at its output. Returns
 * true when the output still has to be checked. With with_reason, a failed run's message gives
 * its reason from stderr. */
static bool map_run(const struct run_ctx *c, const struct sbx_result *r, int err_fd,
                    bool with_reason, struct test_result *t)
{
    t->time_ms = r->cpu_ms;
    t->wall_ms = r->wall_ms;
    t->memory_kib = r->peak_memory_kib;
    t->exit_code = r->exit_code;
    t->signal = r->signal;

    bool failed = r->status == SBX_SIGNALED || (r->status == SBX_EXITED && r->exit_code != 0);
    bool truncated;
    char *stderr_text =
        err_fd >= 0 && failed
            ? read_fd_text(err_fd, with_reason ? JUDGE_STDERR_READ : STDERR_HEAD, &truncated)
            : NULL;
    bool runtime_oom = false;
    for (char **pat = c->prog->lang->mle_patterns; stderr_text && pat && *pat; pat++)
        runtime_oom |= strstr(stderr_text, *pat) != NULL;
    char tail[LANG_REASON_MAX + 1] = "";
    if (stderr_text && with_reason)
        stderr_reason(c, stderr_text, tail, sizeof(tail));
    free(stderr_text);

    bool check = false;
    switch (r->status) {
    case SBX_EXITED:
        if (r->exit_code == 0) {
            check = true;
        } else if (runtime_oom) {
            t->verdict = VERDICT_MLE;
            set_message(t, "the runtime ran out of memory (limit %ld MiB)",
                        c->limits.memory_kib / 1024);
        } else {
            t->verdict = VERDICT_RE;
            set_message(t, "exit code %d%s%s", r->exit_code, tail[0] ? ": " : "", tail);
        }
        break;
    case SBX_SIGNALED:
        if (runtime_oom) {
            t->verdict = VERDICT_MLE;
            set_message(t, "the runtime ran out of memory");
        } else {
            t->verdict = VERDICT_RE;
            set_message(t, "%s (%s)%s%s", sbx_signal_name(r->signal), strsignal(r->signal),
                        tail[0] ? ": " : "", tail);
        }
        break;
    case SBX_TIME_LIMIT:
        t->verdict = VERDICT_TLE;
        set_message(t, "used more than %.3f s of CPU time", (double)c->limits.time_ms / 1000);
        break;
    case SBX_WALL_LIMIT:
        t->verdict = VERDICT_TLE;
        set_message(t,
                    "ran %.3f s of wall-clock time (limit %.3f s): waiting for input, sleeping "
                    "or stopped?",
                    (double)r->wall_ms / 1000, (double)c->limits.wall_ms / 1000);
        break;
    case SBX_MEMORY_LIMIT:
        t->verdict = VERDICT_MLE;
        set_message(t, "%s", r->message);
        break;
    case SBX_OUTPUT_LIMIT:
        t->verdict = VERDICT_OLE;
        set_message(t, "wrote more than %ld MiB", c->limits.output_kib / 1024);
        break;
    case SBX_BLOCKED_SYSCALL:
        t->verdict = VERDICT_RE;
        set_message(t, "%s (not allowed in the judge)", r->message);
        break;
    default:
        t->verdict = VERDICT_SE;
        set_message(t, "judge failure: %s", r->message);
        break;
    }
    return check;
}

/* Reads a small file a checker left in its /box, for its message. */
static void read_box_file(struct sbx_box *box, const char *name, char *out, size_t len)
{
    out[0] = '\0';
    int fd = sbx_open_result(sbx_box_dirfd(box, SBX_AREA_BOX), name);
    if (fd < 0)
        return;
    bool truncated;
    char *text = read_fd_head(fd, len - 1, &truncated);
    close(fd);
    snprintf(out, len, "%s", text);
    free(text);
    /* One line for humans. */
    for (char *p = out; *p; p++) {
        if (*p == '\n' || *p == '\r' || *p == '\t')
            *p = ' ';
    }
    size_t n = strlen(out);
    while (n > 0 && out[n - 1] == ' ')
        out[--n] = '\0';
}

/* Runs the custom checker on a test's output. */
/* The input of the slot's pass: the test's, or in a later pass of a multi-pass problem the
 * one the validator wrote. A descriptor of the caller's, or -1. */
static int pass_input(const struct run_ctx *c, const struct slot *s)
{
    if (s->pass_input < 0)
        return open_for_box(problem_test_dir(c->p, &c->p->tests[s->test]),
                            c->p->tests[s->test].input);
    int fd = fcntl(s->pass_input, F_DUPFD_CLOEXEC, 3);
    if (fd >= 0 && lseek(fd, 0, SEEK_SET) < 0) {
        close(fd);
        return -1;
    }
    return fd;
}

/* Runs the custom checker on a test's output, in *box; keep_files: the box keeps what the
 * checker left before (a multi-pass validator's feedback directory). */
static void run_checker(struct run_ctx *c, const struct slot *s, struct sbx_box **box,
                        bool keep_files, int out_fd, struct test_result *t)
{
    const struct problem *p = c->p;
    const struct problem_test *test = &p->tests[s->test];
    int in = pass_input(c, s), ans = open_for_box(problem_test_dir(p, test), test->answer);
    if (in < 0 || ans < 0) {
        t->verdict = VERDICT_SE;
        set_message(t, "cannot open %s", in < 0 ? test->input : test->answer);
        if (in >= 0)
            close(in);
        if (ans >= 0)
            close(ans);
        return;
    }
    int msg = memfd_create("checker-output", MFD_CLOEXEC);
    const char *extra[16];
    size_t n = 0;
    for (char **a = c->checker.argv; *a && n < 8; a++)
        extra[n++] = *a;
    struct sbx_run run;
    sbx_run_init(&run);
    bool kattis = p->checker.kind == CHECKER_KATTIS;
    char *flags_copy = NULL;
    if (kattis) {
        /* validator input answer feedback_dir [flags] < output */
        extra[n++] = "/dev/fd/3";
        extra[n++] = "/dev/fd/4";
        extra[n++] = "/box/";
        const char *flags =
            p->groups && test->group >= 0 ? p->groups[test->group].validator_flags : NULL;
        if (flags) {
            flags_copy = xstrdup(flags);
            for (char *save = NULL, *tok = strtok_r(flags_copy, " \t\n", &save); tok && n < 15;
                 tok = strtok_r(NULL, " \t\n", &save))
                extra[n++] = tok;
        }
        run.extra_fds[0] = in;
        run.extra_fds[1] = ans;
        lseek(out_fd, 0, SEEK_SET);
        run.stdin_fd = out_fd;
    } else {
        /* checker input output answer */
        extra[n++] = "/dev/fd/3";
        extra[n++] = "/dev/fd/4";
        extra[n++] = "/dev/fd/5";
        run.extra_fds[0] = in;
        run.extra_fds[1] = out_fd;
        run.extra_fds[2] = ans;
    }
    extra[n] = NULL;
    run.argv = extra;
    run.envp = c->env;
    run.stdout_fd = msg;
    run.stderr_fd = msg;
    run.profile = c->checker.prog.lang->profile;
    run.limits.time_ms = CHECKER_TIME_MS;
    run.limits.memory_kib = CHECKER_MEMORY_MB * 1024L;
    run.limits.memory_mode = c->checker.prog.lang->memory_mode;
    run.keep_files = keep_files;

    struct sbx_result r;
    int ret = sbx_run(*box, &run, &r);
    if ((ret < 0 || r.status == SBX_SANDBOX_ERROR) && !sbx_box_usable(*box) && !keep_files) {
        /* The checker's box broke (what the last checker left, say): once more, anew. A
         * feedback directory of earlier passes would be lost with it: not then. */
        char berr[256];
        if (renew_box(box, &c->checker.prog, berr, sizeof(berr)) == 0 &&
            lseek(out_fd, 0, SEEK_SET) == 0 && (msg < 0 || ftruncate(msg, 0) == 0))
            ret = sbx_run(*box, &run, &r);
    }
    free(flags_copy);
    close(in);
    close(ans);
    char text[200] = "";
    if (msg >= 0) {
        bool truncated;
        char *head = read_fd_head(msg, 4096, &truncated);
        last_line(head, text, sizeof(text));
        free(head);
        close(msg);
    }
    if (kattis) {
        char judgemessage[200];
        read_box_file(*box, "judgemessage.txt", judgemessage, sizeof(judgemessage));
        if (judgemessage[0])
            snprintf(text, sizeof(text), "%s", judgemessage);
        char score[64], why[160];
        read_box_file(*box, "score.txt", score, sizeof(score));
        if (score[0] && icpc_parse_score(score, &t->score, why, sizeof(why)) < 0) {
            t->verdict = VERDICT_SE;
            set_message(t, "the output validator's score.txt: %s", why);
            return;
        }
    }
    if (ret < 0 || r.status != SBX_EXITED) {
        t->verdict = VERDICT_SE;
        set_message(t, "the checker failed: %s", ret < 0 ? sbx_box_error(*box) : r.message);
        return;
    }
    int code = r.exit_code;
    if (kattis) {
        if (code == 42)
            t->verdict = VERDICT_AC;
        else if (code == 43)
            t->verdict = VERDICT_WA;
        else {
            t->verdict = VERDICT_SE;
            set_message(t, "the output validator exited with %d (not 42 or 43)%s%s", code,
                        text[0] ? ": " : "", text);
            return;
        }
    } else {
        if (code == 0)
            t->verdict = VERDICT_AC;
        else if (code == 1)
            t->verdict = VERDICT_WA;
        else if (code == 2)
            t->verdict = VERDICT_PE;
        else {
            t->verdict = VERDICT_SE;
            set_message(t, "the checker failed (exit code %d)%s%s", code, text[0] ? ": " : "",
                        text);
            return;
        }
    }
    if (t->verdict != VERDICT_AC && reveal(c, s->test) && text[0])
        set_message(t, "%s", text);
    else if (t->verdict == VERDICT_WA)
        set_message(t, "wrong answer");
    else if (t->verdict == VERDICT_PE)
        set_message(t, "presentation error");
}

/* Checks a finished test's output and fills its verdict. */
static void check_output(struct run_ctx *c, struct slot *s, int out_fd, struct test_result *t)
{
    const struct problem_test *test = &c->p->tests[s->test];
    if (c->p->checker.kind != CHECKER_BUILTIN) {
        if (c->p->multi_pass) { /* the slot's own validator box: its feedback lasts */
            char berr[200];
            if (!s->cbox && open_box(&s->cbox, &c->checker.prog, berr, sizeof(berr)) < 0) {
                t->verdict = VERDICT_SE;
                set_message(t, "the validator's box: %s", berr);
                return;
            }
            run_checker(c, s, &s->cbox, s->pass > 1, out_fd, t);
        } else
            run_checker(c, s, &c->checker_box, false, out_fd, t);
        return;
    }
    char why[sizeof(t->message) - 16];
    int ans =
        pkg_open(problem_test_dir(c->p, test), test->answer, PKG_TEST_FILE_MAX, why, sizeof(why));
    if (ans < 0) {
        t->verdict = VERDICT_SE;
        set_message(t, "cannot open %s", why);
        return;
    }
    struct cmp_options opts = c->p->checker.cmp;
    if (opts.mode == CMP_KATTIS && c->p->groups && test->group >= 0 &&
        c->p->groups[test->group].validator_flags) {
        char perr[128];
        if (cmp_parse_kattis_flags(c->p->groups[test->group].validator_flags, &opts, perr,
                                   sizeof(perr)) < 0) {
            t->verdict = VERDICT_SE;
            set_message(t, "bad validator flags: %s", perr);
            close(ans);
            return;
        }
    }
    lseek(out_fd, 0, SEEK_SET);
    struct cmp_result r;
    if (cmp_fds(out_fd, ans, &opts, &r) < 0) {
        t->verdict = VERDICT_SE;
        set_message(t, "cannot compare: %s", r.message);
    } else {
        t->verdict = r.verdict;
        if (r.verdict != VERDICT_AC) {
            if (reveal(c, s->test)) {
                t->has_diff = true;
                t->diff = r;
                set_message(t, "%s", r.message);
            } else {
                set_message(t, "wrong answer");
            }
        }
    }
    close(ans);
}

/*
 * An interactive test's verdict, decided as Kattis problemtools decides it:
 *   1. the interactor crashed, or exited with a code that means nothing: the judge's failure
 *   2. the interactor ended first and said WA (or PE): that, whatever the solution did after
 *   3. the solution went over its time limit (also after a correct exchange): TLE
 *   4. the solution went over another limit (memory, output, a blocked call): that verdict;
 *      it crashed or exited non-zero: RE. A solution killed by SIGPIPE only wrote after the
 *      interactor had stopped reading: that is no crash, and the interactor decides.
 *   5. otherwise what the interactor said.
 */
static void judge_interaction(struct run_ctx *c, struct slot *s, struct test_result *t)
{
    const struct sbx_result *ir = &s->inter;
    struct sbx_result sol = s->sol;
    char text[200];
    read_box_file(s->ibox, "judgemessage.txt", text, sizeof(text));

    int code = ir->status == SBX_EXITED ? ir->exit_code : -1;
    bool kattis = c->p->interaction == INTERACTION_KATTIS;
    enum verdict said;
    if (kattis)
        said = code == 42 ? VERDICT_AC : code == 43 ? VERDICT_WA : VERDICT_SE;
    else
        said = code == 0   ? VERDICT_AC
               : code == 1 ? VERDICT_WA
               : code == 2 ? VERDICT_PE
                           : VERDICT_SE;
    bool interactor_first = ir->end_us < sol.end_us;

    if (said == VERDICT_SE) {
        map_run(c, &sol, s->err_fd, reveal(c, s->test), t); /* its time and memory */
        t->verdict = VERDICT_SE;
        set_message(t, "the interactor failed: %s%s%s", ir->message, text[0] ? ": " : "", text);
        return;
    }
    if (said != VERDICT_AC && interactor_first) {
        map_run(c, &sol, s->err_fd, reveal(c, s->test), t);
        t->verdict = said;
        set_message(t, "%s", reveal(c, s->test) && text[0] ? text : "wrong answer");
        return;
    }
    /* Writing to an interactor that had stopped reading is no crash: like an exit. */
    if (sol.status == SBX_SIGNALED && sol.signal == SIGPIPE) {
        sol.status = SBX_EXITED;
        sol.signal = 0;
        sol.exit_code = 0;
    }
    if (!map_run(c, &sol, s->err_fd, reveal(c, s->test), t))
        return; /* TLE, MLE, OLE, RE, SE of the solution's own */
    t->verdict = said;
    if (said == VERDICT_AC)
        t->message[0] = '\0';
    else
        set_message(t, "%s", reveal(c, s->test) && text[0] ? text : "wrong answer");
}

/* Keeps what a failed test printed when it is a failure that may be shown: the first that
 * failed (if it may be revealed), or the first failed sample. Tests end in any order with -j:
 * a failure earlier in order replaces a later one, whose output is dropped. */
static void keep_output(struct run_ctx *c, struct slot *s, struct test_result *t)
{
    size_t old[2] = {c->p->ntests, c->p->ntests};
    bool keep = false;
    if (reveal(c, s->test) && s->test < c->captured) {
        old[0] = c->captured;
        c->captured = s->test;
        keep = true;
    }
    if (problem_test_visible(c->p, &c->p->tests[s->test]) && s->test < c->captured_sample) {
        old[1] = c->captured_sample;
        c->captured_sample = s->test;
        keep = true;
    }
    for (int k = 0; k < 2; k++) {
        size_t i = old[k];
        if (i < c->p->ntests && i != c->captured && i != c->captured_sample) {
            free(c->j->tests[i].output_head);
            c->j->tests[i].output_head = NULL;
        }
    }
    if (keep || s->test == c->captured || s->test == c->captured_sample) {
        free(t->output_head);
        t->output_head = read_fd_text(s->out_fd, JUDGE_FEEDBACK_BYTES, &t->output_truncated);
    }
}

/* The verdict of the run (or pass) that just ended on s. */
static void judge_test(struct run_ctx *c, struct slot *s, struct test_result *t)
{
    t->ran = true;
    if (c->p->interaction != INTERACTION_NONE) {
        judge_interaction(c, s, t);
        free(t->exchange);
        t->exchange = NULL;
        if (s->relaying && t->verdict != VERDICT_AC) {
            /* The last line may have no newline: it ends the record anyway. */
            if (s->exchange_in_line)
                strbuf_addstr(&s->exchange, "\n");
            t->exchange = xstrdup(s->exchange.buf ? s->exchange.buf : "");
            t->exchange_truncated = s->exchange_truncated;
        }
    } else {
        if (map_run(c, &s->sol, s->err_fd, reveal(c, s->test), t))
            check_output(c, s, s->out_fd, t);
        if (t->verdict != VERDICT_AC && t->verdict != VERDICT_SE && s->out_fd >= 0)
            keep_output(c, s, t);
    }
}

static void finish_test(struct run_ctx *c, struct slot *s)
{
    struct test_result *t = &c->j->tests[s->test];
    const struct problem_test *test = &c->p->tests[s->test];
    if (c->p->multi_pass) { /* each pass has the limits to itself: the largest is shown */
        if (s->passes_time_ms > t->time_ms)
            t->time_ms = s->passes_time_ms;
        if (s->passes_memory_kib > t->memory_kib)
            t->memory_kib = s->passes_memory_kib;
    }
    if (t->verdict == VERDICT_SE && !c->j->error)
        c->j->error = xasprintf("test %s: %s", test->name, t->message);
    close_slot_files(s);
    s->busy = false;
    if (c->o->on_test)
        c->o->on_test(c->o->ctx, c->j, s->test);
}

static int start_plain(struct run_ctx *c, struct slot *s, char *err, size_t errlen)
{
    const struct problem_test *test = &c->p->tests[s->test];
    if (s->pass_input >= 0) {
        s->in_fd = pass_input(c, s);
        if (s->in_fd < 0)
            return set_error(err, errlen, "the input of pass %d: %s", s->pass, strerror(errno));
    } else {
        s->in_fd =
            pkg_open(problem_test_dir(c->p, test), test->input, PKG_TEST_FILE_MAX, err, errlen);
        if (s->in_fd < 0)
            return -1;
    }
    s->out_fd = memfd_create("stdout", MFD_CLOEXEC);
    s->err_fd = memfd_create("stderr", MFD_CLOEXEC);
    if (s->out_fd < 0 || s->err_fd < 0)
        return set_error(err, errlen, "memfd_create: %s", strerror(errno));
    /* Not writable by others: a custom checker is then given the output itself rather than
     * a sealed copy (see sbx_start()). */
    fchmod(s->out_fd, 0644);
    struct sbx_run run;
    sbx_run_init(&run);
    run.argv = (const char *const *)c->argv;
    run.envp = c->env;
    run.stdin_fd = s->in_fd;
    run.stdout_fd = s->out_fd;
    run.stderr_fd = s->err_fd;
    run.profile = c->prog->lang->profile;
    run.limits = c->limits;
    if (sbx_start(s->box, &run) < 0)
        return set_error(err, errlen, "%s", sbx_box_error(s->box));
    s->sol_running = true;
    return 0;
}

static void relay_close(struct relay *r)
{
    if (r->in >= 0)
        close(r->in);
    if (r->out >= 0)
        close(r->out);
    free(r->buf);
    memset(r, 0, sizeof(*r));
    r->in = r->out = -1;
}

/* Appends what one side said to the slot's record of the exchange: each line as "> " (the
 * program) or "< " (the interactor), at most JUDGE_EXCHANGE_BYTES in all. */
static void exchange_add(struct slot *s, int dir, const char *data, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (s->exchange.len >= JUDGE_EXCHANGE_BYTES) {
            s->exchange_truncated = true;
            return;
        }
        if (!s->exchange_in_line || s->exchange_dir != dir) {
            if (s->exchange_in_line)
                strbuf_addstr(&s->exchange, "\n"); /* the other side spoke mid-line */
            strbuf_addstr(&s->exchange, dir == 1 ? "> " : "< ");
            s->exchange_dir = dir;
            s->exchange_in_line = true;
        }
        strbuf_add(&s->exchange, data + i, 1);
        if (data[i] == '\n')
            s->exchange_in_line = false;
    }
}

/* write(), with SIGPIPE held back: a side that is gone is EPIPE, never the judge's death. */
static ssize_t write_no_sigpipe(int fd, const void *buf, size_t n)
{
    sigset_t pipe_set, old;
    sigemptyset(&pipe_set);
    sigaddset(&pipe_set, SIGPIPE);
    sigprocmask(SIG_BLOCK, &pipe_set, &old);
    ssize_t w = write(fd, buf, n);
    int e = errno;
    if (w < 0 && e == EPIPE) {
        struct timespec zero = {0, 0};
        sigtimedwait(&pipe_set, NULL, &zero);
    }
    sigprocmask(SIG_SETMASK, &old, NULL);
    errno = e;
    return w;
}

/* Moves what it can in one direction without blocking; writer_done: the writing side's
 * result is in (its end of input may now be passed on). */
static void relay_pump(struct slot *s, struct relay *r, int dir, bool writer_done)
{
    for (int rounds = 0; rounds < 64; rounds++) {
        bool moved = false;
        if (r->in >= 0 && (r->dropped || r->len < RELAY_BUF)) {
            char drop[4096];
            char *into = r->dropped ? drop : r->buf + r->len;
            size_t room = r->dropped ? sizeof(drop) : RELAY_BUF - r->len;
            ssize_t n = read(r->in, into, room);
            if (n > 0) {
                if (!r->dropped) {
                    exchange_add(s, dir, into, (size_t)n);
                    r->len += (size_t)n;
                }
                moved = true;
            } else if (n == 0 || (errno != EAGAIN && errno != EINTR)) {
                close(r->in);
                r->in = -1;
                r->eof = true;
            }
        }
        if (r->out >= 0 && r->len > 0) {
            ssize_t n = write_no_sigpipe(r->out, r->buf, r->len);
            if (n > 0) {
                memmove(r->buf, r->buf + n, r->len - (size_t)n);
                r->len -= (size_t)n;
                moved = true;
            } else if (n < 0 && errno != EAGAIN && errno != EINTR) {
                /* The reader is gone: so is what was for it, and the writer learns it as from
                 * a pipe (SIGPIPE) -- unless the writer is the interactor, whose output is then
                 * read and dropped. */
                close(r->out);
                r->out = -1;
                r->len = 0;
                if (dir == 1) {
                    if (r->in >= 0)
                        close(r->in);
                    r->in = -1;
                } else {
                    r->dropped = true;
                }
            }
        }
        if (!moved)
            break;
    }
    if (r->out >= 0 && r->len == 0 && (r->eof || r->in < 0) && writer_done) {
        close(r->out); /* the reader sees the end of its input */
        r->out = -1;
    }
}

/* Pumps both directions of a relaying slot. */
static void relay_slot(struct slot *s)
{
    if (!s->relaying)
        return;
    relay_pump(s, &s->to_int, 1, !s->sol_running);
    relay_pump(s, &s->to_sol, 2, !s->int_running);
}

/* Adds a relay's descriptors to poll: in when there is room, out when there is data. */
static void relay_poll(const struct relay *r, struct pollfd *pfd, int *np)
{
    if (r->in >= 0 && (r->dropped || r->len < RELAY_BUF))
        pfd[(*np)++] = (struct pollfd){.fd = r->in, .events = POLLIN};
    if (r->out >= 0 && r->len > 0)
        pfd[(*np)++] = (struct pollfd){.fd = r->out, .events = POLLOUT};
}

static int start_interactive(struct run_ctx *c, struct slot *s, char *err, size_t errlen)
{
    const struct problem_test *test = &c->p->tests[s->test];
    int to_int[2], to_sol[2];
    int in = pass_input(c, s), ans = open_for_box(problem_test_dir(c->p, test), test->answer);
    int ret = -1;
    if (in < 0 || ans < 0) {
        set_error(err, errlen, "cannot open %s", in < 0 ? test->input : test->answer);
        goto out_files;
    }
    if (pipe2(to_int, O_CLOEXEC) < 0) {
        set_error(err, errlen, "pipe: %s", strerror(errno));
        goto out_files;
    }
    if (pipe2(to_sol, O_CLOEXEC) < 0) {
        set_error(err, errlen, "pipe: %s", strerror(errno));
        close(to_int[0]);
        close(to_int[1]);
        goto out_files;
    }
    /* A sample's exchange is recorded: the judge stands between the two (struct relay), with
     * two more pipes. to_int and to_sol then lead from each side to the judge; these from the
     * judge to each side. */
    int from_judge_int[2] = {-1, -1}, from_judge_sol[2] = {-1, -1};
    s->relaying = test->sample;
    if (s->relaying &&
        (pipe2(from_judge_int, O_CLOEXEC) < 0 || pipe2(from_judge_sol, O_CLOEXEC) < 0)) {
        set_error(err, errlen, "pipe: %s", strerror(errno));
        int *all[] = {&to_int[0],         &to_int[1],         &to_sol[0],
                      &to_sol[1],         &from_judge_int[0], &from_judge_int[1],
                      &from_judge_sol[0], &from_judge_sol[1]};
        for (size_t k = 0; k < sizeof(all) / sizeof(all[0]); k++) {
            if (*all[k] >= 0)
                close(*all[k]);
        }
        s->relaying = false;
        goto out_files;
    }
    if (s->relaying && s->pass > 1) {
        char mark[64];
        snprintf(mark, sizeof(mark), "%s-- pass %d --\n", s->exchange_in_line ? "\n" : "", s->pass);
        s->exchange_in_line = false;
        if (s->exchange.len < JUDGE_EXCHANGE_BYTES)
            strbuf_addstr(&s->exchange, mark);
    }
    s->err_fd = memfd_create("stderr", MFD_CLOEXEC);
    s->int_err_fd = memfd_create("interactor-stderr", MFD_CLOEXEC);

    const char *iargv[16];
    size_t n = 0;
    for (char **a = c->interactor.argv; *a && n < 10; a++)
        iargv[n++] = *a;
    iargv[n++] = "/dev/fd/3";
    if (c->p->interaction == INTERACTION_KATTIS) {
        iargv[n++] = "/dev/fd/4";
        iargv[n++] = "/box/";
    } else {
        iargv[n++] = "/box/output.txt";
        iargv[n++] = "/dev/fd/4";
    }
    iargv[n] = NULL;

    struct sbx_run irun;
    sbx_run_init(&irun);
    irun.argv = iargv;
    irun.envp = c->env;
    irun.stdin_fd = s->relaying ? from_judge_int[0] : to_int[0];
    irun.stdout_fd = to_sol[1];
    irun.stderr_fd = s->int_err_fd;
    irun.extra_fds[0] = in;
    irun.extra_fds[1] = ans;
    irun.profile = c->interactor.prog.lang->profile;
    irun.limits.time_ms = c->limits.time_ms * 2 + 5000;
    irun.limits.wall_ms = c->limits.wall_ms + 5000;
    irun.limits.memory_kib = CHECKER_MEMORY_MB * 1024L;
    irun.limits.memory_mode = c->interactor.prog.lang->memory_mode;
    irun.keep_files = s->pass > 1; /* multi-pass: the feedback directory lasts */

    struct sbx_run run;
    sbx_run_init(&run);
    run.argv = (const char *const *)c->argv;
    run.envp = c->env;
    run.stdin_fd = s->relaying ? from_judge_sol[0] : to_sol[0];
    run.stdout_fd = to_int[1];
    run.stderr_fd = s->err_fd;
    run.profile = c->prog->lang->profile;
    run.limits = c->limits;

    if (sbx_start(s->ibox, &irun) < 0) {
        set_error(err, errlen, "%s", sbx_box_error(s->ibox));
    } else if (sbx_start(s->box, &run) < 0) {
        set_error(err, errlen, "%s", sbx_box_error(s->box));
        sbx_kill(s->ibox);
        sbx_wait(s->ibox, &s->inter);
    } else {
        s->sol_running = s->int_running = true;
        ret = 0;
    }
    /* The judge keeps the read end of what the interactor writes, and for now each side's
     * write end (see struct slot). The solution's output reaches only the interactor: once
     * that has gone, the solution writing more gets SIGPIPE. */
    if (s->relaying) {
        /* The judge keeps only its own ends: the read ends of what each side writes, the
         * write ends of what each reads. */
        close(to_int[1]);
        close(to_sol[1]);
        close(from_judge_int[0]);
        close(from_judge_sol[0]);
        relay_close(&s->to_int);
        relay_close(&s->to_sol);
        s->to_int = (struct relay){.in = to_int[0], .out = from_judge_int[1]};
        s->to_sol = (struct relay){.in = to_sol[0], .out = from_judge_sol[1]};
        s->to_int.buf = xmalloc(RELAY_BUF);
        s->to_sol.buf = xmalloc(RELAY_BUF);
        int ends[] = {to_int[0], from_judge_int[1], to_sol[0], from_judge_sol[1]};
        for (size_t k = 0; k < 4; k++)
            fcntl(ends[k], F_SETFL, fcntl(ends[k], F_GETFL) | O_NONBLOCK);
        goto out_files;
    }
    close(to_int[0]);
    s->to_int_write = to_int[1];
    s->to_sol_write = to_sol[1];
    s->to_sol_read = to_sol[0]; /* blocking: it is the solution's stdin too */
out_files:
    if (in >= 0)
        close(in);
    if (ans >= 0)
        close(ans);
    return ret;
}

static void close_fd(int *fd)
{
    if (*fd >= 0)
        close(*fd);
    *fd = -1;
}

/* Reads and drops what a pipe holds, once: poll() said it is readable, and nobody else
 * reads it any more, so the read does not block. */
static void drop_some(int fd)
{
    char buf[65536];
    if (read(fd, buf, sizeof(buf)) < 0 && errno != EINTR)
        return;
}

static int open_box(struct sbx_box **box, const struct program *prog, char *err, size_t errlen)
{
    struct sbx_box_config cfg = {.bind_ro = (const char *const *)prog->bind_ro,
                                 .expect_profile = prog->lang->profile,
                                 .expect_memory_mode = prog->lang->memory_mode};
    if (sbx_box_open(box, &cfg, err, errlen) < 0)
        return -1;
    int r = program_install(prog, *box);
    if (r < 0) {
        snprintf(err, errlen, "cannot put the program into the box: %s", strerror(-r));
        return -1;
    }
    return 0;
}

/* A box that broke (its keeper died or missed its deadline, or a run left something it could
 * not empty) is replaced by a new one with the same program. 0, or -1 with err set. */
static int renew_box(struct sbx_box **box, const struct program *prog, char *err, size_t errlen)
{
    sbx_box_close(*box);
    *box = NULL;
    return open_box(box, prog, err, errlen);
}

/* Whether the test that just ended on s failed only because its box broke: then it runs
 * again on a new box (once). */
static bool box_failed(const struct slot *s)
{
    bool sol = s->sol.status == SBX_SANDBOX_ERROR && !sbx_box_usable(s->box);
    bool inter = s->ibox && s->inter.status == SBX_SANDBOX_ERROR && !sbx_box_usable(s->ibox);
    return (sol || inter) && s->restarts < 1;
}

static void close_slot_files(struct slot *s)
{
    int *fds[] = {&s->in_fd,       &s->out_fd,       &s->err_fd,       &s->int_err_fd,
                  &s->to_sol_read, &s->to_sol_write, &s->to_int_write, &s->pass_input};
    for (size_t k = 0; k < sizeof(fds) / sizeof(fds[0]); k++) {
        if (*fds[k] >= 0)
            close(*fds[k]);
        *fds[k] = -1;
    }
    relay_close(&s->to_int);
    relay_close(&s->to_sol);
}

/*
 * Multi-pass problems: after a pass, the validator may have written nextpass.in in its
 * feedback directory; if it accepted the pass, the submission runs again on that input, in
 * the same slot, and the feedback directory lasts (the next run of the validator keeps its
 * files). A nextpass.in with any verdict but accepted, or one pass too many, is the
 * package's error. Returns 1 when the next pass has started, 0 when the test is over, -1 when
 * the judge failed (err set).
 */
static int next_pass(struct run_ctx *c, struct slot *s, struct test_result *t, char *err,
                     size_t errlen)
{
    bool interactive = c->p->interaction != INTERACTION_NONE;
    struct sbx_box *vbox = interactive ? s->ibox : s->cbox;
    if (!vbox)
        return 0; /* the validator did not run: the submission failed first */
    int boxfd = sbx_box_dirfd(vbox, SBX_AREA_BOX);
    int fd = sbx_open_result(boxfd, "nextpass.in");
    if (fd < 0)
        return 0; /* no next pass */
    bool accepted = interactive ? s->inter.status == SBX_EXITED && s->inter.exit_code == 42
                                : t->verdict == VERDICT_AC;
    struct stat st;
    int copy = -1;
    if (!accepted && (interactive || t->verdict == VERDICT_WA)) {
        t->verdict = VERDICT_SE;
        set_message(t,
                    "the validator wrote nextpass.in but did not accept the pass (exit code "
                    "%d, not 42)",
                    interactive ? s->inter.exit_code : 43);
    } else if (t->verdict != VERDICT_AC) {
        ; /* the submission failed in this pass: judging stops */
    } else if (s->pass >= c->p->validation_passes) {
        t->verdict = VERDICT_SE;
        set_message(t, "the validator asked for pass %d, more than limits.validation_passes (%d)",
                    s->pass + 1, c->p->validation_passes);
    } else if (fstat(fd, &st) < 0 || st.st_size > PKG_TEST_FILE_MAX ||
               (copy = memfd_create("nextpass.in", MFD_CLOEXEC)) < 0 || copy_fd(fd, copy) < 0) {
        t->verdict = VERDICT_SE;
        set_message(t, "cannot take the validator's nextpass.in (larger than %lld MiB?)",
                    PKG_TEST_FILE_MAX >> 20);
        if (copy >= 0)
            close(copy);
        copy = -1;
    }
    close(fd);
    if (copy < 0)
        return 0;
    /* Removed before the next pass, as the format says; everything else stays. */
    unlinkat(boxfd, "nextpass.in", 0);
    fchmod(copy, 0644); /* the runs may read it, not change it (see sbx_start()) */
    if (t->time_ms > s->passes_time_ms)
        s->passes_time_ms = t->time_ms;
    if (t->memory_kib > s->passes_memory_kib)
        s->passes_memory_kib = t->memory_kib;
    free(t->output_head);
    t->output_head = NULL;
    t->message[0] = '\0';
    close_slot_files(s); /* the last pass's, its input among them */
    s->pass_input = copy;
    s->pass++;
    int r = interactive ? start_interactive(c, s, err, errlen) : start_plain(c, s, err, errlen);
    return r < 0 ? -1 : 1;
}

/* Starts the slot's test, on new boxes where the old ones broke. 0, or -1 with err set. */
static int start_test(struct run_ctx *c, struct slot *s, char *err, size_t errlen)
{
    s->in_fd = s->out_fd = s->err_fd = s->int_err_fd = -1;
    s->to_sol_read = s->to_sol_write = s->to_int_write = -1;
    s->pass = 1;
    s->pass_input = -1;
    s->passes_time_ms = s->passes_memory_kib = 0;
    s->to_int = s->to_sol = (struct relay){.in = -1, .out = -1};
    s->relaying = false;
    strbuf_release(&s->exchange);
    s->exchange_truncated = s->exchange_in_line = false;
    s->exchange_dir = 0;
    if (!sbx_box_usable(s->box) && renew_box(&s->box, c->prog, err, errlen) < 0)
        return -1;
    if (s->ibox && !sbx_box_usable(s->ibox) &&
        renew_box(&s->ibox, &c->interactor.prog, err, errlen) < 0)
        return -1;
    return c->p->interaction != INTERACTION_NONE ? start_interactive(c, s, err, errlen)
                                                 : start_plain(c, s, err, errlen);
}

/* Runs every test over the slots; returns 0, or -1 when the judge itself failed. Every wait
 * is bounded: each box says how long its run may still take (sbx_wait_timeout_ms()). */
static int run_tests(struct run_ctx *c, char *err, size_t errlen)
{
    size_t next = 0, n = c->p->ntests;
    bool stop = false;
    int running = 0;

    for (;;) {
        for (int i = 0; i < c->nslots && next < n && !stop; i++) {
            struct slot *s = &c->slots[i];
            if (s->busy)
                continue;
            s->busy = true;
            s->test = next++;
            s->restarts = 0;
            s->cancelled = false;
            if (start_test(c, s, err, errlen) < 0)
                return -1;
            running++;
        }
        if (running == 0)
            return 0;

        struct pollfd pfd[POLL_MAX];
        struct sbx_box *pbox[POLL_MAX];
        int owner[POLL_MAX], which[POLL_MAX], np = 0;
        int timeout = -1;
        for (int i = 0; i < c->nslots && np <= POLL_MAX - POLL_PER_SLOT; i++) {
            struct slot *s = &c->slots[i];
            if (!s->busy)
                continue;
            if (s->relaying) {
                int first = np;
                relay_poll(&s->to_int, pfd, &np);
                relay_poll(&s->to_sol, pfd, &np);
                for (int k = first; k < np; k++) {
                    pbox[k] = NULL;
                    owner[k] = i;
                    which[k] = 3;
                }
            }
            for (int w = 0; w < 2; w++) {
                struct sbx_box *box = w == 0 ? s->box : s->ibox;
                if (!(w == 0 ? s->sol_running : s->int_running))
                    continue;
                pfd[np] = (struct pollfd){.fd = sbx_box_pollfd(box), .events = POLLIN};
                pbox[np] = box;
                owner[np] = i;
                which[np++] = w;
                int left = sbx_wait_timeout_ms(box);
                if (left >= 0 && (timeout < 0 || left < timeout))
                    timeout = left;
            }
            if (s->int_running && !s->sol_running && s->to_sol_read >= 0) {
                /* The solution is gone: what the interactor still writes is dropped. */
                pfd[np] = (struct pollfd){.fd = s->to_sol_read, .events = POLLIN};
                pbox[np] = NULL;
                owner[np] = i;
                which[np++] = 2;
            }
        }
        int pr = poll(pfd, (nfds_t)np, timeout);
        if (pr < 0 && errno != EINTR)
            return set_error(err, errlen, "poll: %s", strerror(errno));
        for (int i = 0; i < c->nslots; i++) {
            if (c->slots[i].busy)
                relay_slot(&c->slots[i]);
        }
        for (int k = 0; k < np; k++) {
            struct slot *s = &c->slots[owner[k]];
            if (which[k] == 3)
                continue; /* relayed above */
            if (which[k] == 2) {
                if (pfd[k].revents & POLLIN)
                    drop_some(s->to_sol_read);
                else if (pfd[k].revents)
                    close_fd(&s->to_sol_read); /* the interactor closed its output */
                continue;
            }
            /* A box past its deadline is waited for too: sbx_wait() then gives it up. */
            if (!(pfd[k].revents & (POLLIN | POLLHUP | POLLERR)) &&
                sbx_wait_timeout_ms(pbox[k]) != 0)
                continue;
            if (which[k] == 0) {
                sbx_wait(s->box, &s->sol); /* a broken box says so in the result */
                s->sol_running = false;
                close_fd(&s->to_int_write); /* the interactor may see end of file now */
            } else {
                sbx_wait(s->ibox, &s->inter);
                s->int_running = false;
                close_fd(&s->to_sol_write); /* and the solution */
            }
            relay_slot(s); /* so may the relayed side, once all is passed on */
            if (s->sol_running || s->int_running)
                continue;
            if (s->cancelled) {
                close_slot_files(s);
                s->busy = false;
                running--;
                continue; /* left as not run: "skipped" */
            }
            if (box_failed(s)) {
                /* Not the solution's doing: the same test again, on new boxes. */
                close_slot_files(s);
                s->restarts++;
                if (start_test(c, s, err, errlen) < 0)
                    return -1;
                continue;
            }
            judge_test(c, s, &c->j->tests[s->test]);
            if (c->p->multi_pass) {
                int r = next_pass(c, s, &c->j->tests[s->test], err, errlen);
                if (r < 0)
                    return -1;
                if (r > 0)
                    continue; /* the same test, its next pass */
            }
            finish_test(c, s);
            running--;
            const struct test_result *t = &c->j->tests[s->test];
            if ((t->verdict != VERDICT_AC && c->o->fail_fast) || t->verdict == VERDICT_SE) {
                /* Stop: no new test, and the running ones after this one are stopped and
                 * skipped, so that -j N ends as one test at a time would. Earlier ones
                 * finish: one of them may fail first in order. */
                stop = true;
                for (int i = 0; i < c->nslots; i++) {
                    struct slot *o = &c->slots[i];
                    if (o->busy && o->test > s->test && !o->cancelled) {
                        o->cancelled = true;
                        if (o->sol_running)
                            sbx_kill(o->box);
                        if (o->int_running)
                            sbx_kill(o->ibox);
                    }
                }
            }
        }
    }
}

static int build_helper(struct language_set *langs, const char *dir, const char *source,
                        struct helper *h, const char *what, char *err, size_t errlen)
{
    char berr[4096];
    int r = build_cached(langs, dir, source, &h->prog, berr, sizeof(berr));
    if (r < 0) {
        set_error(err, errlen, "%s %s", what, berr);
        return -1;
    }
    h->argv = program_command(&h->prog, CHECKER_MEMORY_MB);
    h->built = true;
    return 0;
}

static void release_helper(struct helper *h)
{
    if (!h->built)
        return;
    lang_argv_free(h->argv);
    program_release(&h->prog);
    h->built = false;
}

static void decide(const struct problem *p, const struct judge_options *o, struct judgement *j)
{
    /* --fail-fast reports what one test at a time would have: nothing after the first
     * failure in order, whichever of the tests running side by side ended first. */
    for (size_t i = 0, failed = 0; o->fail_fast && i < j->total; i++) {
        struct test_result *t = &j->tests[i];
        if (failed)
            t->ran = false;
        else if (t->ran && t->verdict != VERDICT_AC)
            failed = 1;
    }
    j->verdict = VERDICT_AC;
    bool decided = false;
    for (size_t i = 0; i < j->total; i++) {
        struct test_result *t = &j->tests[i];
        if (!t->ran)
            continue;
        if (t->verdict == VERDICT_AC)
            j->passed++;
        else if (!decided) {
            j->verdict = t->verdict;
            decided = true;
        }
        if (t->time_ms > j->max_time_ms)
            j->max_time_ms = t->time_ms;
        if (t->memory_kib > j->max_memory_kib)
            j->max_memory_kib = t->memory_kib;
    }
    if (j->error)
        j->verdict = VERDICT_SE;
    /* The failures shown: the first failed test, or with verdict-only feedback the first
     * failed sample; and the first failed sample besides, when it is another. Never a judge
     * error. */
    j->shown = j->shown_sample = j->total;
    for (size_t i = 0; i < j->total && j->shown == j->total; i++) {
        const struct test_result *t = &j->tests[i];
        bool may = problem_test_visible(p, &p->tests[i]) || j->feedback == FEEDBACK_FULL;
        if (t->ran && t->verdict != VERDICT_AC && t->verdict != VERDICT_SE && may)
            j->shown = i;
        else if (t->ran && t->verdict != VERDICT_AC && j->feedback == FEEDBACK_FULL)
            break; /* the first failure is the judge's: nothing to show */
    }
    for (size_t i = 0; i < j->total && j->shown_sample == j->total; i++) {
        const struct test_result *t = &j->tests[i];
        if (problem_test_visible(p, &p->tests[i]) && t->ran && t->verdict != VERDICT_AC &&
            t->verdict != VERDICT_SE)
            j->shown_sample = i;
    }
    if (j->shown_sample == j->shown)
        j->shown_sample = j->total;
    /* ICPC scoring problems: the score, from the package's groups (icpc.c). */
    if (p->scoring && p->format == PROBLEM_ICPC)
        icpc_score(p, j);
}

int judge_run(const struct problem *p, struct language_set *langs, const char *solution,
              const struct judge_options *o, struct judgement *j, char *err, size_t errlen)
{
    struct run_ctx c;
    struct language *lang;
    const struct problem_harness *harness = NULL;
    char *entry = NULL;
    int ret = -1;

    memset(j, 0, sizeof(*j));
    memset(&c, 0, sizeof(c));
    /* A solution inside the package (its submissions/) is the package's: opened beneath it,
     * with the entry point submissions.yaml names. Else it is the user's own file or folder. */
    const char *slash = strrchr(solution, '/');
    struct build_input in = {.package_dir = p->dir,
                             .source_path = solution,
                             .from_package = build_path_within(p->dir, solution),
                             .display_name = slash && slash[1] ? slash + 1 : solution,
                             .on_compile = o->on_compile,
                             .ctx = o->ctx};
    if (o->lang_id) {
        lang = (struct language *)lang_by_id(langs, o->lang_id);
        if (!lang) {
            struct strbuf known = STRBUF_INIT;
            for (size_t i = 0; i < langs->count; i++)
                strbuf_addf(&known, "%s%s", i ? ", " : "", langs->langs[i].id);
            set_error(err, errlen, "unknown language '%s' (known: %s)", o->lang_id, known.buf);
            strbuf_release(&known);
            return -1;
        }
    } else if (build_language(langs, &in, &lang, err, errlen) != 0) {
        return -1;
    }
    if (!is_file(solution) && !is_dir(solution))
        return set_error(err, errlen, "%s: %s", solution,
                         access(solution, F_OK) ? strerror(errno) : "not a file or a folder");
    if (p->nharness > 0) {
        harness = problem_harness_for(p, lang->id);
        if (!harness) {
            struct strbuf known = STRBUF_INIT;
            for (size_t i = 0; i < p->nharness; i++)
                strbuf_addf(&known, "%s%s", i ? ", " : "", p->harness[i].language);
            set_error(err, errlen, "%s asks for a function, and has harnesses only for: %s", p->id,
                      known.buf);
            strbuf_release(&known);
            return -1;
        }
    }
    if (lang_resolve(lang, err, errlen) < 0)
        return -1;

    j->problem_id = xstrdup(p->id);
    j->problem_title = xstrdup(p->title ? p->title : p->id);
    j->language_id = xstrdup(lang->id);
    j->language_name = xstrdup(lang->name);
    j->total = p->ntests;
    j->scoring = p->scoring;
    j->tests = xcalloc(p->ntests, sizeof(*j->tests));
    for (size_t i = 0; i < p->ntests; i++) {
        j->tests[i].exit_code = -1;
        j->tests[i].verdict = VERDICT_AC;
        j->tests[i].score = p->scoring ? NAN : 0; /* NAN: no score.txt (icpc_score) */
    }
    j->feedback = o->verdict_only ? FEEDBACK_VERDICT_ONLY : p->feedback;
    j->shown = j->shown_sample = p->ntests;
    j->time_limit_ms = o->time_limit_ms ? o->time_limit_ms : p->time_limit_ms;
    j->memory_limit_mb = o->memory_limit_mb ? o->memory_limit_mb : p->memory_limit_mb;
    if (j->time_limit_ms <= 0) {
        set_error(err, errlen, "%s: no time limit (give --time-limit)", p->dir);
        goto out;
    }

    c.p = p;
    c.o = o;
    c.j = j;
    c.feedback = j->feedback;
    c.captured = c.captured_sample = p->ntests;
    if (p->checker.kind != CHECKER_BUILTIN &&
        build_helper(langs, p->dir, p->checker.source, &c.checker, "checker", err, errlen) < 0)
        goto out;
    if (p->interaction != INTERACTION_NONE &&
        build_helper(langs, p->dir, p->interactor_source, &c.interactor, "interactor", err,
                     errlen) < 0)
        goto out;

    struct program prog;
    struct build_outcome outcome;
    if (in.from_package && is_dir(solution) &&
        submissions_entry_point(p->dir, solution, &entry, err, errlen) < 0)
        goto out;
    in.harness_path = harness ? harness->path : NULL;
    in.entry_point = entry;
    int r = build_program(lang, &in, &prog, &outcome, err, errlen);
    if (r == -1)
        goto out;
    if (r < 0) {
        j->error = xstrdup(err);
        j->verdict = VERDICT_SE;
        ret = 0;
        goto out;
    }
    j->compile_message = outcome.message;
    j->compile_cached = outcome.cached;
    j->compile_pch = outcome.pch;
    outcome.message = NULL;
    if (!outcome.ok) {
        j->verdict = VERDICT_CE;
        program_release(&prog);
        ret = 0;
        goto out;
    }
    j->compiled = true;
    c.prog = &prog;

    c.limits.time_ms = j->time_limit_ms;
    c.limits.wall_ms = 2 * j->time_limit_ms + 1000;
    c.limits.memory_kib = j->memory_limit_mb * 1024;
    c.limits.memory_mode = lang->memory_mode;
    c.limits.output_kib = p->output_limit_mb * 1024;
    c.argv = program_command(&prog, j->memory_limit_mb);
    c.env = make_env(lang);
    c.user_files = program_user_files(&prog);

    c.nslots = o->jobs < 1 ? 1 : o->jobs > JUDGE_MAX_JOBS ? JUDGE_MAX_JOBS : o->jobs;
    if ((size_t)c.nslots > p->ntests)
        c.nslots = (int)p->ntests;
    c.slots = xcalloc((size_t)c.nslots, sizeof(*c.slots));
    char box_err[256];
    for (int i = 0; i < c.nslots; i++) {
        if (open_box(&c.slots[i].box, &prog, box_err, sizeof(box_err)) < 0 ||
            (c.interactor.built &&
             open_box(&c.slots[i].ibox, &c.interactor.prog, box_err, sizeof(box_err)) < 0)) {
            j->error = xstrdup(box_err);
            goto out_boxes;
        }
    }
    if (c.checker.built &&
        open_box(&c.checker_box, &c.checker.prog, box_err, sizeof(box_err)) < 0) {
        j->error = xstrdup(box_err);
        goto out_boxes;
    }
    if (run_tests(&c, box_err, sizeof(box_err)) < 0 && !j->error)
        j->error = xstrdup(box_err);

out_boxes:
    for (int i = 0; i < c.nslots; i++) {
        sbx_box_close(c.slots[i].box);
        sbx_box_close(c.slots[i].ibox);
        sbx_box_close(c.slots[i].cbox);
        if (c.slots[i].busy)
            close_slot_files(&c.slots[i]);
        strbuf_release(&c.slots[i].exchange);
    }
    sbx_box_close(c.checker_box);
    free(c.slots);
    lang_argv_free(c.argv);
    lang_argv_free(c.user_files);
    free(c.env);
    program_release(&prog);
    decide(p, o, j);
    ret = 0;
out:
    release_helper(&c.checker);
    release_helper(&c.interactor);
    free(entry);
    if (ret < 0)
        judgement_release(j);
    return ret;
}

void judgement_release(struct judgement *j)
{
    free(j->problem_id);
    free(j->problem_title);
    free(j->language_id);
    free(j->language_name);
    free(j->compile_message);
    free(j->error);
    for (size_t i = 0; j->tests && i < j->total; i++) {
        free(j->tests[i].output_head);
        free(j->tests[i].exchange);
    }
    free(j->tests);
    memset(j, 0, sizeof(*j));
}
