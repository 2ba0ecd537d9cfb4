/* cmd_serve.c: `judge serve`, the group's server: the API (api.c) over HTTP (httpd.c), and
 * workers (cmd_worker) judging what it queues.
 *
 * Processes: this one serves (libmicrohttpd's threads); one child runs `judge worker --jobs
 * N` on the same history (a new program: forked and executed), and is started again if it
 * dies.
 * A submission is a queue row committed before its 201, so nothing accepted is lost when any
 * of them is killed: a restarted server's workers judge what is queued, and what a killed
 * worker held is judged again once its lease runs out (docs/scaling.md). SIGTERM or Ctrl-C:
 * no new requests, the ones being answered are, the workers finish what they hold; queued
 * submissions stay queued for the next start. */
#define _GNU_SOURCE
#include "judge/api.h"
#include "judge/cli.h"
#include "judge/history.h"
#include "judge/util.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#define SERVE_PORT_DEFAULT     8080
#define SERVE_WORKERS_MAX      64
#define SERVE_BODY_MAX         (8u << 20)   /* a 1 MiB source, escaped as JSON at worst */
#define SERVE_BODIES_MAX       (256u << 20) /* 32 of the largest at once */
#define SERVE_HEADER_MAX       (32u << 10)
#define SERVE_CONNECTIONS_MAX  256
#define SERVE_PER_ADDRESS_MAX  32
#define SERVE_TIMEOUT_S        30
#define SERVE_THREADS          4
#define SERVE_RESTART_PAUSE_MS 1000

static int signal_pipe[2] = {-1, -1};

static void on_signal(int sig)
{
    int saved = errno;
    char c = (char)sig;
    ssize_t w = write(signal_pipe[1], &c, 1);
    (void)w;
    errno = saved;
}

static void serve_usage(FILE *out)
{
    fprintf(out,
            "usage: judge serve [--listen ADDR:PORT] [--db URI|FILE] [--workers N] [--lease S]\n"
            "                   [--problems DIR] [--languages FILE] [--submit-rate N]\n"
            "                   [--web DIR] [--insecure-public] [--quiet]\n"
            "\n"
            "Serves the group: the JSON API under /api/v1 (docs/api.md) over the history,\n"
            "with N workers judging the submissions it receives (default 1; 0 when workers\n"
            "run on other machines: judge worker), and the group's pages at / (signed in\n"
            "with a member's token). Every request carries a member's token (judge member\n"
            "add) or a page's sign-in.\n"
            "\n"
            "  --listen ADDR:PORT  the address to serve (default 127.0.0.1:%d; port 0: any\n"
            "                      free one, printed). Plain HTTP is served on the loopback\n"
            "                      only: put a TLS reverse proxy in front (docs/api.md), or\n"
            "                      give --insecure-public to serve another address anyway\n"
            "  --submit-rate N     submissions a member may make in a minute (default %d)\n"
            "  --web DIR           the pages' files (default: the installed ones, JUDGE_WEB)\n"
            "  --lease S           the workers' lease (judge worker --lease)\n"
            "  --quiet             no request log on standard error\n"
            "\n"
            "SIGTERM or Ctrl-C: stop taking requests, finish the ones being answered and the\n"
            "submissions being judged; queued ones are judged after the next start.\n"
            "\n"
            "Exit status: 0 stopped, 2 bad usage, address or database, 3 judge failure.\n",
            SERVE_PORT_DEFAULT, API_SUBMIT_PER_MINUTE);
}

/* ADDR:PORT, [ADDR]:PORT or :PORT into host and port; -1 after saying why. */
static int parse_listen(const char *arg, char *host, size_t hostlen, unsigned *port)
{
    const char *colon = strrchr(arg, ':');
    const char *h = arg;
    size_t n = colon ? (size_t)(colon - arg) : 0;
    if (colon && n >= 2 && arg[0] == '[' && arg[n - 1] == ']') {
        h = arg + 1;
        n -= 2;
    }
    long p;
    if (!colon || n >= hostlen || cli_parse_long("--listen's port", colon + 1, 0, 65535, &p) < 0) {
        if (!colon || n >= hostlen)
            cli_error("--listen must be ADDR:PORT, e.g. 127.0.0.1:8080 (got '%s')", arg);
        return -1;
    }
    snprintf(host, hostlen, "%.*s", (int)n, h);
    if (!*host)
        snprintf(host, hostlen, "127.0.0.1");
    unsigned char addr[sizeof(struct in6_addr)];
    if (inet_pton(AF_INET, host, addr) != 1 && inet_pton(AF_INET6, host, addr) != 1) {
        cli_error("--listen's address must be a numeric IPv4 or IPv6 address (got '%s')", host);
        return -1;
    }
    *port = (unsigned)p;
    return 0;
}

struct workers {
    pid_t pid;
    const char *self; /* this judge's executable */
    char **argv;      /* "judge", "worker", its options */
};

/* Starts `judge worker --jobs N ...` as a new program: fork and exec, so that nothing of the
 * server's state (its threads, its connections to the history: SQLite must not cross a fork)
 * is in it. Between the two, only calls safe after a fork in a process with threads. */
static pid_t start_workers(const struct workers *w)
{
    pid_t parent = getpid();
    fflush(stdout);
    fflush(stderr);
    /* The server's handlers must not run in the child: a SIGTERM between the fork and the
     * exec would be written to the server's pipe and lost. Blocked until the exec. */
    sigset_t all, old;
    sigfillset(&all);
    sigprocmask(SIG_BLOCK, &all, &old);
    pid_t pid = fork();
    if (pid != 0) {
        sigprocmask(SIG_SETMASK, &old, NULL);
        return pid;
    }
    /* The workers stop (finishing what they hold) when the server dies, even by kill -9. */
    prctl(PR_SET_PDEATHSIG, SIGTERM);
    if (getppid() != parent)
        _exit(0);
    struct sigaction dfl = {.sa_handler = SIG_DFL};
    sigaction(SIGCHLD, &dfl, NULL);
    sigaction(SIGTERM, &dfl, NULL);
    sigaction(SIGINT, &dfl, NULL);
    sigaction(SIGPIPE, &dfl, NULL);
    /* Nothing of the server's: its pipe, its listening socket (which would keep the port
     * taken after the server died), its connections. */
    close_range(3, ~0U, 0);
    sigprocmask(SIG_SETMASK, &old, NULL);
    execv(w->self, w->argv);
    _exit(EXIT_SYSTEM);
}

int cmd_serve(int argc, char **argv)
{
    static const struct option options[] = {
        {"listen", required_argument, NULL, 'l'},
        {"db", required_argument, NULL, 'd'},
        {"workers", required_argument, NULL, 'w'},
        {"lease", required_argument, NULL, 'L'},
        {"problems", required_argument, NULL, 'p'},
        {"languages", required_argument, NULL, 'g'},
        {"submit-rate", required_argument, NULL, 'r'},
        {"web", required_argument, NULL, 'W'},
        {"insecure-public", no_argument, NULL, 'I'},
        {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    char host[64] = "127.0.0.1", err[4096];
    unsigned port = SERVE_PORT_DEFAULT;
    const char *db_arg = NULL, *problems = NULL, *languages = NULL, *lease = NULL, *web = NULL;
    long nworkers = 1, rate = API_SUBMIT_PER_MINUTE;
    bool insecure_public = false, quiet = false;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", options, NULL)) != -1) {
        switch (c) {
        case 'l':
            if (parse_listen(optarg, host, sizeof(host), &port) < 0)
                return EXIT_USAGE;
            break;
        case 'd':
            db_arg = optarg;
            break;
        case 'w':
            if (cli_parse_long("--workers", optarg, 0, SERVE_WORKERS_MAX, &nworkers) < 0)
                return EXIT_USAGE;
            break;
        case 'L': {
            long s;
            if (cli_parse_long("--lease", optarg, 2, 3600, &s) < 0)
                return EXIT_USAGE;
            lease = optarg;
            break;
        }
        case 'p':
            problems = optarg;
            break;
        case 'g':
            languages = optarg;
            break;
        case 'r':
            if (cli_parse_long("--submit-rate", optarg, 1, 100000, &rate) < 0)
                return EXIT_USAGE;
            break;
        case 'W':
            web = optarg;
            break;
        case 'I':
            insecure_public = true;
            break;
        case 'q':
            quiet = true;
            break;
        case 'h':
            serve_usage(stdout);
            return EXIT_OK;
        default:
            serve_usage(stderr);
            return EXIT_USAGE;
        }
    }
    if (optind < argc) {
        cli_error("serve takes no arguments (got '%s')", argv[optind]);
        return EXIT_USAGE;
    }
    bool loopback = httpd_address_is_loopback(host);
    if (!loopback && !insecure_public) {
        cli_error("--listen %s is not the loopback: tokens and sources would cross the network "
                  "in clear; serve the loopback behind a TLS reverse proxy (docs/api.md), or "
                  "give --insecure-public",
                  host);
        return EXIT_USAGE;
    }

    struct api_server api;
    if (api_server_init(&api, db_arg, problems, languages, web, err, sizeof(err)) < 0) {
        cli_error("%s", err);
        return EXIT_USAGE;
    }
    api.submit_per_minute = rate;
    api.loopback_only = loopback;
    api.quiet = quiet;
    /* The history is made (or migrated) once, here, before any request or worker. */
    struct hist_db *db;
    int r = hist_open(db_arg, true, &db, err, sizeof(err));
    if (r != HIST_OK) {
        cli_error("%s", err);
        api_server_release(&api);
        return r == HIST_ESYSTEM ? EXIT_SYSTEM : EXIT_USAGE;
    }
    char *history = xstrdup(hist_name(db));
    hist_close(db);

    int status = EXIT_OK;
    if (pipe2(signal_pipe, O_CLOEXEC) < 0) {
        cli_error("pipe: %s", strerror(errno));
        status = EXIT_SYSTEM;
        goto out_release;
    }
    struct sigaction sa = {.sa_handler = on_signal, .sa_flags = SA_RESTART};
    sigemptyset(&sa.sa_mask);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGCHLD, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);

    char jobs[32];
    snprintf(jobs, sizeof(jobs), "%ld", nworkers);
    char *wargv[16];
    int wargc = 0;
    wargv[wargc++] = (char *)"judge";
    wargv[wargc++] = (char *)"worker";
    wargv[wargc++] = (char *)"--jobs";
    wargv[wargc++] = jobs;
    if (db_arg) {
        wargv[wargc++] = (char *)"--db";
        wargv[wargc++] = (char *)db_arg;
    }
    if (languages) {
        wargv[wargc++] = (char *)"--languages";
        wargv[wargc++] = (char *)languages;
    }
    if (lease) {
        wargv[wargc++] = (char *)"--lease";
        wargv[wargc++] = (char *)lease;
    }
    wargv[wargc] = NULL;
    struct workers w = {.self = api.self, .argv = wargv};
    if (nworkers > 0)
        w.pid = start_workers(&w);

    struct httpd_config cfg = {.host = host,
                               .port = port,
                               .body_max = SERVE_BODY_MAX,
                               .bodies_max = SERVE_BODIES_MAX,
                               .header_max = SERVE_HEADER_MAX,
                               .connections_max = SERVE_CONNECTIONS_MAX,
                               /* On the loopback every client is the proxy in front (or
                                * this machine): a bound per address would be one for all. */
                               .per_address_max = loopback ? 0 : SERVE_PER_ADDRESS_MAX,
                               .timeout_s = SERVE_TIMEOUT_S,
                               .threads = SERVE_THREADS};
    bool usage;
    struct httpd *h = httpd_start(&cfg, api_handle, &api, &usage, err, sizeof(err));
    if (!h) {
        cli_error("%s", err);
        status = usage ? EXIT_USAGE : EXIT_SYSTEM;
        goto out_workers;
    }
    bool v6 = strchr(host, ':') != NULL;
    printf("judge serve: http://%s%s%s:%u/api/v1 (history %s; %ld worker%s; %s)\n", v6 ? "[" : "",
           host, v6 ? "]" : "", httpd_port(h), history, nworkers, nworkers == 1 ? "" : "s",
           api.web ? "the pages at /" : "no pages: web/ not found");
    fflush(stdout);

    for (;;) {
        char sig;
        ssize_t n = read(signal_pipe[0], &sig, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0 || sig == SIGTERM || sig == SIGINT)
            break;
        /* SIGCHLD: the workers ended by themselves (a crash, a lost database): again. */
        int ws;
        if (w.pid > 0 && waitpid(w.pid, &ws, WNOHANG) == w.pid) {
            fprintf(stderr, "judge serve: the workers stopped (%s %d); starting them again\n",
                    WIFEXITED(ws) ? "exit" : "signal",
                    WIFEXITED(ws) ? WEXITSTATUS(ws) : WTERMSIG(ws));
            usleep(SERVE_RESTART_PAUSE_MS * 1000);
            w.pid = start_workers(&w);
        }
    }
    fprintf(stderr, "judge serve: stopping: answering the requests in progress, finishing what "
                    "is being judged\n");
    httpd_stop(h);
out_workers:
    if (w.pid > 0) {
        kill(w.pid, SIGTERM);
        int ws;
        while (waitpid(w.pid, &ws, 0) < 0 && errno == EINTR)
            ;
    }
    close(signal_pipe[0]);
    close(signal_pipe[1]);
out_release:
    free(history);
    api_server_release(&api);
    return status;
}
