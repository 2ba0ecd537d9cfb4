/* cmd_exec.c: `judge exec`: run any command in the sandbox and report how it ended. */
#define _GNU_SOURCE
#include "judge/cli.h"
#include "judge/util.h"
#include "sandbox/sandbox.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <libgen.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#define MAX_BINDS 32
#define MAX_ENV   32

static void exec_usage(FILE *out)
{
    fprintf(out, "usage: judge exec [OPTIONS] -- PROGRAM [ARGS...]\n"
                 "\n"
                 "Runs PROGRAM in a fresh sandbox and reports how it ended.\n"
                 "\n"
                 "  --time-limit MS      CPU time of the whole process tree (default 10000)\n"
                 "  --wall-limit MS      wall-clock time (default 2 x time limit + 1000)\n"
                 "  --memory-limit MB    memory (default 256)\n"
                 "  --memory-mode MODE   as (address space, default) or resident (sampled RSS)\n"
                 "  --output-limit MB    largest file it may write, stdout included (default 64)\n"
                 "  --processes N        processes and threads at once (default 64)\n"
                 "  --profile P          native (default), interpreter, jvm or compiler\n"
                 "  --stdin FILE         standard input (default: /dev/null, or the judge's own\n"
                 "                       stdin when that is a file or a pipe)\n"
                 "  --stdout FILE        standard output to FILE (default: the judge's stdout)\n"
                 "  --stderr FILE        standard error to FILE (default: the judge's stderr)\n"
                 "  --bind-ro PATH       show a host path read-only at the same path (repeatable)\n"
                 "  --env VAR=VALUE      add to the program's clean environment (repeatable)\n"
                 "  --json               print the result as one JSON object on stdout (the\n"
                 "                       program's own output then goes to stderr)\n"
                 "\n"
                 "A PROGRAM given as a path to a host file outside the system directories is\n"
                 "shown in the box as /prog/NAME: the file itself, read-only, when everyone may\n"
                 "read and run it (mode r-xr-xr-x or more), else a copy made first.\n"
                 "\n"
                 "The program's output is forwarded byte for byte to a file or a pipe (it is\n"
                 "data); to a terminal, its control characters are shown as text (\\x1b) and\n"
                 "invalid UTF-8 as \\xNN, so that it cannot drive the terminal.\n"
                 "\n"
                 "Exit status: 0 when the program exited 0 within its limits, 1 otherwise, 2\n"
                 "for bad usage, 3 when the sandbox failed.\n");
}

/* Copies a host file into /prog; returns 0 or -errno. */
static int copy_into_prog(int prog_dir, const char *host_path, const char *name)
{
    int in = open(host_path, O_RDONLY | O_CLOEXEC);
    if (in < 0)
        return -errno;
    struct stat st = {0};
    int ret = 0;
    if (fstat(in, &st) < 0) {
        ret = -errno;
        goto out_close_in;
    }
    int out = openat(prog_dir, name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0755);
    if (out < 0 || fchmod(out, 0755) < 0) { /* whatever the umask: the run must run it */
        ret = -errno;
        if (out >= 0)
            close(out);
        goto out_close_in;
    }
    off_t left = st.st_size;
    while (left > 0) {
        ssize_t n = sendfile(out, in, NULL, (size_t)left);
        if (n <= 0) {
            ret = n < 0 ? -errno : -EIO;
            break;
        }
        left -= n;
    }
    close(out);
out_close_in:
    close(in);
    return ret;
}

/* Whether the box may show the file itself rather than a copy: the box's user, whoever it is,
 * may read and run it (a script's interpreter reads it), and its file system lets it run. A
 * copy is the box's own 0755 file, so that a 0700 program of the judge's user runs too. */
static bool can_show_in_place(const char *path, const struct stat *st)
{
    struct statvfs fs;
    return (st->st_mode & 0555) == 0555 && statvfs(path, &fs) == 0 && !(fs.f_flag & ST_NOEXEC);
}

static bool is_system_path(const char *path)
{
    static const char *const prefixes[] = {"/usr/", "/bin/", "/sbin/", "/lib", "/etc/", NULL};
    for (int i = 0; prefixes[i]; i++) {
        if (strncmp(path, prefixes[i], strlen(prefixes[i])) == 0)
            return true;
    }
    return false;
}

/* Copies everything readable from fd (rewound) to out_fd: the program's own bytes, as data,
 * when out_fd is a file or a pipe; made visible when it is a terminal, which must not obey
 * escape sequences a program wrote (strbuf_add_visible; a character split between two
 * reads is held back until the next). */
static void forward(int fd, int out_fd)
{
    char buf[65536];
    size_t carry = 0;
    ssize_t n;
    bool visible = isatty(out_fd);
    if (lseek(fd, 0, SEEK_SET) < 0)
        return;
    while ((n = read(fd, buf + carry, sizeof(buf) - carry)) > 0) {
        size_t len = carry + (size_t)n;
        if (!visible) {
            if (write_all(out_fd, buf, len) < 0)
                return;
            continue;
        }
        struct strbuf sb = STRBUF_INIT;
        size_t used = strbuf_add_visible(&sb, buf, len, false);
        int r = sb.len ? write_all(out_fd, sb.buf, sb.len) : 0;
        strbuf_release(&sb);
        if (r < 0)
            return;
        carry = len - used;
        memmove(buf, buf + used, carry);
    }
    if (carry) {
        struct strbuf sb = STRBUF_INIT;
        strbuf_add_visible(&sb, buf, carry, true);
        write_all(out_fd, sb.buf, sb.len);
        strbuf_release(&sb);
    }
}

static void print_json(const struct sbx_result *r)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "status", sbx_status_name(r->status));
    if (r->exit_code >= 0)
        cJSON_AddNumberToObject(o, "exit_code", r->exit_code);
    else
        cJSON_AddNullToObject(o, "exit_code");
    if (r->signal)
        cJSON_AddStringToObject(o, "signal", sbx_signal_name(r->signal));
    else
        cJSON_AddNullToObject(o, "signal");
    cJSON_AddNumberToObject(o, "time_ms", (double)r->cpu_ms);
    cJSON_AddNumberToObject(o, "wall_ms", (double)r->wall_ms);
    cJSON_AddNumberToObject(o, "memory_kb", (double)r->peak_memory_kib);
    cJSON_AddNumberToObject(o, "output_bytes", (double)r->output_bytes);
    if (r->status == SBX_BLOCKED_SYSCALL)
        cJSON_AddStringToObject(o, "syscall", r->syscall);
    else
        cJSON_AddNullToObject(o, "syscall");
    cJSON_AddStringToObject(o, "message", r->message);
    json_print_line(stdout, o);
    cJSON_Delete(o);
}

int cmd_exec(int argc, char **argv)
{
    enum {
        OPT_TIME = 256,
        OPT_WALL,
        OPT_MEM,
        OPT_MEMMODE,
        OPT_OUT,
        OPT_PROC,
        OPT_PROFILE,
        OPT_STDIN,
        OPT_STDOUT,
        OPT_STDERR,
        OPT_BIND,
        OPT_ENV,
        OPT_JSON,
        OPT_HELP
    };
    static const struct option options[] = {
        {"time-limit", required_argument, NULL, OPT_TIME},
        {"wall-limit", required_argument, NULL, OPT_WALL},
        {"memory-limit", required_argument, NULL, OPT_MEM},
        {"memory-mode", required_argument, NULL, OPT_MEMMODE},
        {"output-limit", required_argument, NULL, OPT_OUT},
        {"processes", required_argument, NULL, OPT_PROC},
        {"profile", required_argument, NULL, OPT_PROFILE},
        {"stdin", required_argument, NULL, OPT_STDIN},
        {"stdout", required_argument, NULL, OPT_STDOUT},
        {"stderr", required_argument, NULL, OPT_STDERR},
        {"bind-ro", required_argument, NULL, OPT_BIND},
        {"env", required_argument, NULL, OPT_ENV},
        {"json", no_argument, NULL, OPT_JSON},
        {"help", no_argument, NULL, OPT_HELP},
        {NULL, 0, NULL, 0},
    };
    struct sbx_run run;
    const char *binds[MAX_BINDS + 1] = {NULL};
    const char *env[MAX_ENV + 4] = {NULL};
    const char *stdin_path = NULL, *stdout_path = NULL, *stderr_path = NULL;
    int nbinds = 0, nenv = 0;
    bool json = false;
    long v;

    sbx_run_init(&run);
    optind = 1;
    int c;
    while ((c = getopt_long(argc, argv, "+", options, NULL)) != -1) {
        switch (c) {
        case OPT_TIME:
            if (cli_parse_long("--time-limit", optarg, 1, 86400000, &v) < 0)
                return EXIT_USAGE;
            run.limits.time_ms = v;
            break;
        case OPT_WALL:
            if (cli_parse_long("--wall-limit", optarg, 1, 3 * 86400000L, &v) < 0)
                return EXIT_USAGE;
            run.limits.wall_ms = v;
            break;
        case OPT_MEM:
            if (cli_parse_long("--memory-limit", optarg, 1, 65536, &v) < 0)
                return EXIT_USAGE;
            run.limits.memory_kib = v * 1024;
            break;
        case OPT_MEMMODE:
            if (strcmp(optarg, "as") == 0)
                run.limits.memory_mode = SBX_MEMORY_ADDRESS_SPACE;
            else if (strcmp(optarg, "resident") == 0)
                run.limits.memory_mode = SBX_MEMORY_RESIDENT;
            else {
                cli_error("--memory-mode must be 'as' or 'resident' (got '%s')", optarg);
                return EXIT_USAGE;
            }
            break;
        case OPT_OUT:
            if (cli_parse_long("--output-limit", optarg, 1, 16384, &v) < 0)
                return EXIT_USAGE;
            run.limits.output_kib = v * 1024;
            break;
        case OPT_PROC:
            if (cli_parse_long("--processes", optarg, 1, 4096, &v) < 0)
                return EXIT_USAGE;
            run.limits.processes = (int)v;
            break;
        case OPT_PROFILE:
            if (sbx_profile_parse(optarg, &run.profile) < 0) {
                cli_error("--profile must be native, interpreter, jvm or compiler (got '%s')",
                          optarg);
                return EXIT_USAGE;
            }
            break;
        case OPT_STDIN:
            stdin_path = optarg;
            break;
        case OPT_STDOUT:
            stdout_path = optarg;
            break;
        case OPT_STDERR:
            stderr_path = optarg;
            break;
        case OPT_BIND:
            if (nbinds == MAX_BINDS) {
                cli_error("at most %d --bind-ro paths", MAX_BINDS);
                return EXIT_USAGE;
            }
            if (optarg[0] != '/') {
                cli_error("--bind-ro needs an absolute path (got '%s')", optarg);
                return EXIT_USAGE;
            }
            if (sbx_box_owns_path(optarg)) {
                cli_error("--bind-ro %s: the box has its own %s; put the file elsewhere or give "
                          "it as the PROGRAM, which is copied into /prog",
                          optarg, optarg);
                return EXIT_USAGE;
            }
            if (access(optarg, F_OK) < 0) {
                cli_error("--bind-ro %s: %s", optarg, strerror(errno));
                return EXIT_USAGE;
            }
            binds[nbinds++] = optarg;
            break;
        case OPT_ENV:
            if (nenv == MAX_ENV || !strchr(optarg, '=') || optarg[0] == '=') {
                cli_error("--env needs VAR=VALUE, at most %d of them (got '%s')", MAX_ENV, optarg);
                return EXIT_USAGE;
            }
            env[nenv++] = optarg;
            break;
        case OPT_JSON:
            json = true;
            break;
        case OPT_HELP:
            exec_usage(stdout);
            return EXIT_OK;
        default:
            exec_usage(stderr);
            return EXIT_USAGE;
        }
    }
    if (optind >= argc) {
        cli_error("exec: no program given (usage: judge exec [OPTIONS] -- PROGRAM [ARGS...])");
        return EXIT_USAGE;
    }

    /* Open every file before the box exists: a bad path costs nothing. */
    int in_fd = -1, out_fd = -1, err_fd = -1, ret = EXIT_SYSTEM;
    if (stdin_path) {
        in_fd = open(stdin_path, O_RDONLY | O_CLOEXEC);
        if (in_fd < 0) {
            cli_error("--stdin %s: %s", stdin_path, strerror(errno));
            return EXIT_USAGE;
        }
    } else if (!isatty(STDIN_FILENO)) {
        in_fd = fcntl(STDIN_FILENO, F_DUPFD_CLOEXEC, 3);
    }
    /* Where runs have a uid of their own (the judge is root), --stdout and --stderr files
     * are given to the program as they are, and fill while it runs. Where a run would share
     * the user's uid (a user namespace), it could chmod them: it then writes into captures
     * the judge made, copied to the files afterwards. */
    int out_file = -1, err_file = -1;
    if (stdout_path) {
        out_file = open(stdout_path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        if (out_file < 0) {
            cli_error("--stdout %s: %s", stdout_path, strerror(errno));
            ret = EXIT_USAGE;
            goto out_close;
        }
    }
    if (stderr_path) {
        err_file = open(stderr_path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        if (err_file < 0) {
            cli_error("--stderr %s: %s", stderr_path, strerror(errno));
            ret = EXIT_USAGE;
            goto out_close;
        }
    }
    out_fd = memfd_create("stdout", MFD_CLOEXEC);
    err_fd = memfd_create("stderr", MFD_CLOEXEC);
    if (out_fd < 0 || err_fd < 0) {
        cli_error("cannot create capture files: %s", strerror(errno));
        goto out_close;
    }

    char **prog_argv = argv + optind;
    const char *prog = prog_argv[0];
    struct stat st = {0};
    bool copy = strchr(prog, '/') && !is_system_path(prog);
    for (int i = 0; copy && i < nbinds; i++) {
        size_t l = strlen(binds[i]);
        if (strncmp(prog, binds[i], l) == 0 && (prog[l] == '/' || prog[l] == '\0'))
            copy = false;
    }
    if (copy && (stat(prog, &st) < 0 || !S_ISREG(st.st_mode))) {
        cli_error("%s: %s", prog, errno ? strerror(errno) : "not a regular file");
        ret = EXIT_USAGE;
        goto out_close;
    }

    char name_buf[PATH_MAX], prog_in_box[PATH_MAX];
    snprintf(name_buf, sizeof(name_buf), "%s", prog);
    struct sbx_prog_file in_place = {
        .host = prog, .name = basename(name_buf), .dev = st.st_dev, .ino = st.st_ino};
    if (copy) {
        snprintf(prog_in_box, sizeof(prog_in_box), "/prog/%s", in_place.name);
        prog_argv[0] = prog_in_box;
    }
    if (nenv > 0) {
        bool has_path = false;
        for (int i = 0; i < nenv; i++)
            has_path |= strncmp(env[i], "PATH=", 5) == 0;
        if (!has_path)
            env[nenv++] = "PATH=/usr/local/bin:/usr/bin:/bin";
        env[nenv++] = "HOME=/box";
        run.envp = env;
    }
    run.argv = (const char *const *)prog_argv;
    run.stdin_fd = in_fd;
    run.stdout_fd = out_fd;
    run.stderr_fd = err_fd;

    bool in_place_ok = copy && can_show_in_place(prog, &st);
    struct sbx_box_config cfg = {.bind_ro = binds,
                                 .prog_file = in_place_ok ? &in_place : NULL,
                                 .expect_profile = run.profile,
                                 .expect_memory_mode = run.limits.memory_mode};
    /* The run goes with the box's set-up when it needs nothing the box reports first: a
     * program that need not be copied in, and no --stdout or --stderr file (whether those
     * go to the run as they are depends on the box's own_uid, which opening reports). */
    if ((!copy || in_place_ok) && !stdout_path && !stderr_path)
        cfg.first_run = &run;
    struct sbx_box *box;
    char err[256];
    int opened = sbx_box_open(&box, &cfg, err, sizeof(err));
    if (opened < 0) {
        cli_error("%s", err);
        if (opened == -ENOENT || opened == -EINVAL || opened == -E2BIG)
            ret = EXIT_USAGE; /* no /proc, a --bind-ro the box cannot show, bad arguments */
        goto out_close;
    }
    bool started = sbx_box_started(box);
    if (copy && !started && !sbx_box_isolation(box)->prog_in_place) {
        int r = copy_into_prog(sbx_box_dirfd(box, SBX_AREA_PROG), prog, in_place.name);
        if (r < 0) {
            cli_error("cannot copy %s into the box: %s", prog, strerror(-r));
            ret = EXIT_USAGE;
            goto out_box;
        }
    }
    if (!started && sbx_box_isolation(box)->own_uid) {
        if (out_file >= 0) {
            close(out_fd);
            out_fd = run.stdout_fd = out_file;
            out_file = -1;
        }
        if (err_file >= 0) {
            close(err_fd);
            err_fd = run.stderr_fd = err_file;
            err_file = -1;
        }
    }

    struct sbx_result res;
    int r = started ? sbx_wait(box, &res) : sbx_run(box, &run, &res);
    if (r == -EINVAL || r == -E2BIG) {
        cli_error("%s", sbx_box_error(box));
        ret = EXIT_USAGE;
        goto out_box;
    }
    if (res.status == SBX_SANDBOX_ERROR) {
        /* One line, and the right status: a program that is not there is the user's
         * mistake; anything else is the judge's. */
        bool missing = strncmp(res.message, "cannot execute", 14) == 0;
        if (json)
            print_json(&res);
        else
            cli_error("%s", res.message);
        ret = missing ? EXIT_USAGE : EXIT_SYSTEM;
        goto out_box;
    }
    fflush(stdout);
    if (out_file >= 0 || !stdout_path)
        forward(out_fd, out_file >= 0 ? out_file : json ? STDERR_FILENO : STDOUT_FILENO);
    if (err_file >= 0 || !stderr_path)
        forward(err_fd, err_file >= 0 ? err_file : STDERR_FILENO);

    if (json) {
        print_json(&res);
    } else {
        fprintf(stderr, "%s: %s, %.3f s CPU, %.3f s wall, %ld KiB\n",
                res.status == SBX_EXITED && res.exit_code == 0 ? "OK" : "FAILED", res.message,
                (double)res.cpu_ms / 1000, (double)res.wall_ms / 1000, res.peak_memory_kib);
    }
    ret = (res.status == SBX_EXITED && res.exit_code == 0) ? EXIT_OK : EXIT_VERDICT;
out_box:
    sbx_box_close_at_exit(box); /* judge exec ends right after */
out_close:
    if (out_file >= 0)
        close(out_file);
    if (err_file >= 0)
        close(err_file);
    if (in_fd >= 0)
        close(in_fd);
    if (out_fd >= 0)
        close(out_fd);
    if (err_fd >= 0)
        close(err_fd);
    return ret;
}
