/* cmd_import.c: `judge import` and `judge listen`: Competitive Companion payloads made packages. */
#include "judge/cli.h"
#include "judge/httpd.h"
#include "judge/import.h"
#include "judge/problem.h"
#include "judge/util.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Competitive Companion sends to this port without any setting (it is among the ports it
 * always tries: cph's is 27121, cpeditor's 10045); docs/import.md. */
#define LISTEN_DEFAULT_PORT 10043

enum { OPT_ID = 256, OPT_PROBLEMS, OPT_PORT, OPT_ONCE };

static int exit_status(enum import_status s)
{
    return s == IMPORT_OK ? EXIT_OK : s == IMPORT_FAILED ? EXIT_SYSTEM : EXIT_USAGE;
}

/* The library folder: --problems, else the one the judge finds; NULL after saying why. */
static char *library_folder(const char *given)
{
    char *lib = problem_library_dir(given);
    if (!lib)
        cli_error("no problem library found (use --problems DIR or JUDGE_PROBLEMS)");
    else if (!is_dir(lib)) {
        cli_error("%s: no such problem library folder", lib);
        free(lib);
        lib = NULL;
    }
    return lib;
}

int cmd_import(int argc, char **argv)
{
    static const struct option options[] = {
        {"id", required_argument, NULL, OPT_ID},
        {"problems", required_argument, NULL, OPT_PROBLEMS},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    const char *id = NULL, *problems = NULL;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", options, NULL)) != -1) {
        switch (c) {
        case OPT_ID:
            id = optarg;
            break;
        case OPT_PROBLEMS:
            problems = optarg;
            break;
        case 'h':
            printf("usage: judge import FILE.json [--id ID] [--problems DIR]\n\n"
                   "Makes a package in the problem library from a Competitive Companion payload "
                   "(a problem\npage saved as JSON; '-' reads standard input): problem.json with "
                   "the page's limits,\nstatement.md linking the page, its samples as tests. ID "
                   "defaults to a slug of the\nproblem's name. An existing package is never "
                   "replaced. See docs/import.md.\n");
            return EXIT_OK;
        default:
            return EXIT_USAGE;
        }
    }
    if (argc - optind != 1) {
        cli_error("import needs one FILE.json (usage: judge import FILE.json [--id ID] "
                  "[--problems DIR])");
        return EXIT_USAGE;
    }
    const char *file = argv[optind];
    char err[512];
    int fd = 0;
    if (strcmp(file, "-") != 0) {
        fd = open_regular_file(file, IMPORT_PAYLOAD_MAX, err, sizeof(err));
        if (fd < 0) {
            cli_error("%s", err);
            return EXIT_USAGE;
        }
    }
    const char *what = fd == 0 ? "standard input" : file;
    size_t len;
    char *payload = import_read_payload(fd, what, &len, err, sizeof(err));
    if (fd != 0)
        close(fd);
    if (!payload) {
        cli_error("%s", err);
        return EXIT_USAGE;
    }
    char *lib = library_folder(problems);
    if (!lib) {
        free(payload);
        return EXIT_USAGE;
    }
    struct import_result res;
    enum import_status s = import_payload(payload, len, what, lib, id, &res, err, sizeof(err));
    if (s == IMPORT_OK) {
        printf("%s %s\n", res.id, res.path);
        import_result_release(&res);
    } else {
        cli_error("%s", err);
    }
    free(payload);
    free(lib);
    return exit_status(s);
}

struct listener {
    const char *library;
    unsigned port;
    bool once;
    unsigned received;
};

static void on_ready(void *ctx)
{
    const struct listener *l = ctx;
    printf("listening on http://127.0.0.1:%u for Competitive Companion; new problems go to %s%s\n",
           l->port, l->library, l->once ? " (one, then stop)" : " (Ctrl-C stops)");
    fflush(stdout);
}

/* One POST: its body imported; one line on the terminal for it. */
static int on_payload(const char *body, size_t len, void *ctx, char **reply, bool *stop)
{
    struct listener *l = ctx;
    char err[512], what[32];
    snprintf(what, sizeof(what), "request %u", ++l->received);
    struct import_result res;
    enum import_status s =
        import_payload(body, len, what, l->library, NULL, &res, err, sizeof(err));
    if (s == IMPORT_OK) {
        printf("%s %s\n", res.id, res.path);
        fflush(stdout);
        *reply = xasprintf("imported %s", res.id);
        import_result_release(&res);
        *stop = l->once;
        return 200;
    }
    cli_error("refused %s", err);
    *reply = xstrdup(err);
    return s == IMPORT_EXISTS ? 409 : s == IMPORT_FAILED ? 500 : 400;
}

int cmd_listen(int argc, char **argv)
{
    static const struct option options[] = {
        {"port", required_argument, NULL, OPT_PORT},
        {"problems", required_argument, NULL, OPT_PROBLEMS},
        {"once", no_argument, NULL, OPT_ONCE},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    struct listener l = {.port = LISTEN_DEFAULT_PORT};
    const char *problems = NULL;
    long port;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", options, NULL)) != -1) {
        switch (c) {
        case OPT_PORT:
            if (cli_parse_long("--port", optarg, 1, 65535, &port) < 0)
                return EXIT_USAGE;
            l.port = (unsigned)port;
            break;
        case OPT_PROBLEMS:
            problems = optarg;
            break;
        case OPT_ONCE:
            l.once = true;
            break;
        case 'h':
            printf("usage: judge listen [--port N] [--problems DIR] [--once]\n\n"
                   "Receives problems from the Competitive Companion browser extension on "
                   "127.0.0.1:%d\n(only the loopback) and makes each a package in the problem "
                   "library, as 'judge import'\ndoes; one line per problem: its id and path, or "
                   "why it was refused. --once stops\nafter the first problem imported. See "
                   "docs/import.md.\n",
                   LISTEN_DEFAULT_PORT);
            return EXIT_OK;
        default:
            return EXIT_USAGE;
        }
    }
    if (optind != argc) {
        cli_error("listen takes no arguments (usage: judge listen [--port N] [--problems DIR] "
                  "[--once])");
        return EXIT_USAGE;
    }
    char *lib = library_folder(problems);
    if (!lib)
        return EXIT_USAGE;
    l.library = lib;
    char err[512];
    int r = httpd_serve_loopback(l.port, IMPORT_PAYLOAD_MAX, on_payload, on_ready, &l, err,
                                 sizeof(err));
    if (r < 0)
        cli_error("listen: %s", err);
    free(lib);
    return r == -2 ? EXIT_USAGE : r < 0 ? EXIT_SYSTEM : EXIT_OK;
}
