/* main.c: the `judge` command: dispatches to its subcommands. */
#define _GNU_SOURCE
#include "judge/cli.h"
#include "judge/remote.h"
#include "judge/util.h"
#include "sandbox/sandbox.h"

#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

const char *cli_program = "judge";

/* The exit status after Ctrl-C, as a shell reports a program that SIGINT ended (128 + 2). */
#define EXIT_INTERRUPTED 130

static const struct {
    const char *name;
    cli_command_fn fn;
    const char *summary;
} commands[] = {
    {"test", cmd_test, "judge a solution on a problem's tests (nothing recorded)"},
    {"submit", cmd_submit, "judge a solution and record the result in your history"},
    {"history", cmd_history, "list past submissions"},
    {"show", cmd_show, "show one past submission: its source and per-test results"},
    {"week", cmd_week, "weekly sets: list, show, run, board, report, meeting, pairs, export"},
    {"stats", cmd_stats, "look back: solved per week, first-try rate, weak topics"},
    {"review", cmd_review, "the problems worth solving again now"},
    /* The weekly routine (docs/meeting.md). */
    {"note", cmd_note, "your approach note on a problem, for the meeting"},
    {"mistake", cmd_mistake, "tag a failed submission with what went wrong (the mistake log)"},
    {"compare", cmd_compare, "members' accepted solutions of a problem side by side"},
    {"comment", cmd_comment, "comment on a submission (peer review), or show its comments"},
    /* The solo practice loop (docs/practice.md). */
    {"problems", cmd_problems, "the problem library: titles, tags, difficulty, your state"},
    {"problem", cmd_problem, "a problem's statement, samples and limits, for the terminal"},
    {"run", cmd_run, "run a solution once on your input or a sample, and see what it printed"},
    {"tests", cmd_tests, "your own tests of a problem: add, list, show, remove"},
    {"stress", cmd_stress, "random tests against the reference until one fails, made small"},
    {"mock", cmd_mock, "a timed mock coding test: problems, a countdown, a score"},
    {"worker", cmd_worker, "judge queued submissions (submit --queue), on any machine"},
    {"queue", cmd_queue, "the queued submissions: waiting, being judged, done"},
    {"db", cmd_db, "copy a history between SQLite and PostgreSQL, verified"},
    {"login", cmd_login, "point submit, history, week... at the group's server (judge serve)"},
    {"serve", cmd_serve, "serve the group: the JSON API, members' tokens, workers (docs/api.md)"},
    {"member", cmd_member, "the group's members and their tokens (add, list, revoke, rotate)"},
    {"new", cmd_new, "create a problem package from the skeleton, ready to edit"},
    {"gen", cmd_gen, "write a package's tests with its generator and reference solution"},
    {"check", cmd_check, "validate a problem package and its reference solutions"},
    {"import", cmd_import, "make a package from a Competitive Companion payload (a saved page)"},
    {"listen", cmd_listen, "receive problems from the Competitive Companion browser extension"},
    {"exec", cmd_exec, "run any command in the sandbox and report how it ended"},
    {"doctor", cmd_doctor, "say which isolation layers work on this machine"},
};

static void usage(FILE *out)
{
    fprintf(out, "usage: judge COMMAND [ARGS]\n\ncommands:\n");
    for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
        fprintf(out, "  %-10s %s\n", commands[i].name, commands[i].summary);
    fprintf(out, "\n'judge COMMAND --help' tells more. Exit status: 0 success/accepted, "
                 "1 another verdict, 2 bad usage or input, 3 the judge failed, 130 "
                 "interrupted.\n");
}

void cli_error(const char *fmt, ...)
{
    /* Messages quote package files, compilers and programs: one line, nothing raw. */
    struct strbuf msg = STRBUF_INIT;
    va_list ap;
    va_start(ap, fmt);
    strbuf_vaddf(&msg, fmt, ap);
    va_end(ap);
    for (size_t i = 0; i < msg.len; i++) {
        if (msg.buf[i] == '\n' || msg.buf[i] == '\t')
            msg.buf[i] = ' ';
    }
    char *shown = text_visible(msg.buf, 0);
    fprintf(stderr, "%s: %s\n", cli_program, shown);
    free(shown);
    strbuf_release(&msg);
}

int cli_parse_long(const char *option, const char *value, long min, long max, long *out)
{
    char *end;
    errno = 0;
    long v = strtol(value, &end, 10);
    if (errno || end == value || *end || v < min || v > max) {
        cli_error("%s must be an integer between %ld and %ld (got '%s')", option, min, max, value);
        return -1;
    }
    *out = v;
    return 0;
}

bool cli_use_color(FILE *stream)
{
    const char *no_color = getenv("NO_COLOR");
    return isatty(fileno(stream)) && !(no_color && no_color[0]);
}

/* Whether stderr is a terminal, decided once: the handler below only reads it. */
static volatile sig_atomic_t stderr_is_terminal;

/* Ctrl-C, kill, a closed terminal: remove the boxes' host directories. Every box's processes
 * die with the judge (PR_SET_PDEATHSIG). Ctrl-C says "interrupted" and exits 130, as a shell
 * reports it; nothing is recorded, since a submission is only recorded once judged. The other
 * signals die of themselves. Only async-signal-safe calls here. */
static void on_fatal_signal(int sig)
{
    sbx_emergency_cleanup();
    if (sig == SIGINT) {
        static const char clear[] = "\r\033[K", text[] = "judge: interrupted\n";
        ssize_t w = 0;
        if (stderr_is_terminal)
            w = write(STDERR_FILENO, clear, sizeof(clear) - 1);
        w = write(STDERR_FILENO, text, sizeof(text) - 1);
        (void)w;
        _exit(EXIT_INTERRUPTED);
    }
    signal(sig, SIG_DFL);
    raise(sig);
}

int main(int argc, char **argv)
{
    static const int fatal[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
    stderr_is_terminal = isatty(STDERR_FILENO);
    for (size_t i = 0; i < sizeof(fatal) / sizeof(fatal[0]); i++) {
        struct sigaction sa = {.sa_handler = on_fatal_signal};
        sigemptyset(&sa.sa_mask);
        sigaction(fatal[i], &sa, NULL);
    }

    if (argc < 2) {
        usage(stderr);
        return EXIT_USAGE;
    }
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
        strcmp(argv[1], "help") == 0) {
        usage(stdout);
        return EXIT_OK;
    }
    if (strcmp(argv[1], "--version") == 0) {
        printf("judge %s\n", JUDGE_VERSION);
        return EXIT_OK;
    }
    /* --server URL, for one command: taken out here, before the command's own options. */
    const char *server = NULL;
    for (int i = 2; i < argc && strcmp(argv[i], "--") != 0; i++) {
        bool joined = strncmp(argv[i], "--server=", 9) == 0;
        if (!joined && strcmp(argv[i], "--server") != 0)
            continue;
        if (!joined && i + 1 >= argc) {
            cli_error("--server needs a URL");
            return EXIT_USAGE;
        }
        server = joined ? argv[i] + 9 : argv[i + 1];
        int taken = joined ? 1 : 2;
        memmove(&argv[i], &argv[i + taken], (size_t)(argc - i - taken + 1) * sizeof(*argv));
        argc -= taken;
        break;
    }
    if (remote_command(argv[1])) {
        char err[4096];
        struct remote *r;
        int found = remote_find(server, &r, err, sizeof(err));
        if (found < 0) {
            cli_error("%s", err);
            return EXIT_USAGE;
        }
        if (found) {
            int status = remote_main(r, argc - 1, argv + 1);
            remote_free(r);
            return status;
        }
    } else if (server) {
        cli_error("%s does not run on a server (these do: submit, history, show, week, stats, "
                  "review, note, mistake, compare)",
                  argv[1]);
        return EXIT_USAGE;
    }
    for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++) {
        if (strcmp(argv[1], commands[i].name) == 0)
            return commands[i].fn(argc - 1, argv + 1);
    }
    cli_error("unknown command '%s' (see 'judge --help')", argv[1]);
    return EXIT_USAGE;
}
