/* cmd_db.c: `judge db copy`: a history moved between SQLite and PostgreSQL. */
#define _GNU_SOURCE
#include "judge/cli.h"
#include "judge/history.h"
#include "judge/util.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static void db_usage(FILE *out)
{
    fprintf(out,
            "usage: judge db copy --from A --to B [--json]\n"
            "\n"
            "Copies the whole history A into B: an SQLite file into PostgreSQL (a\n"
            "postgresql:// URI) when a group outgrows one machine, or back. Every table is\n"
            "copied with its ids, then counted and checksummed on both sides; B is written in\n"
            "one transaction, only when all of it matches, and must be empty (a new file, or\n"
            "a database without a history). A is only read.\n"
            "\n"
            "Exit status: 0 copied and verified, 2 bad usage, A missing or B not empty,\n"
            "3 judge failure.\n");
}

static void print_table(void *ctx, const char *table, long long rows, const char *sha256)
{
    cJSON *list = ctx;
    if (list) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "table", table);
        cJSON_AddNumberToObject(o, "rows", (double)rows);
        cJSON_AddStringToObject(o, "sha256", sha256);
        cJSON_AddItemToArray(list, o);
    } else {
        printf("%-18s %8lld rows  %.16s\n", table, rows, sha256);
    }
}

int cmd_db(int argc, char **argv)
{
    static const struct option options[] = {
        {"from", required_argument, NULL, 'f'},
        {"to", required_argument, NULL, 't'},
        {"json", no_argument, NULL, 'J'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    if (argc < 2 || strcmp(argv[1], "copy") != 0) {
        if (argc >= 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
            db_usage(stdout);
            return EXIT_OK;
        }
        db_usage(stderr);
        return EXIT_USAGE;
    }
    const char *from = NULL, *to = NULL;
    bool json = false;
    int c;
    optind = 1;
    argc--;
    argv++;
    while ((c = getopt_long(argc, argv, "h", options, NULL)) != -1) {
        switch (c) {
        case 'f':
            from = optarg;
            break;
        case 't':
            to = optarg;
            break;
        case 'J':
            json = true;
            break;
        case 'h':
            db_usage(stdout);
            return EXIT_OK;
        default:
            db_usage(stderr);
            return EXIT_USAGE;
        }
    }
    if (!from || !to || !from[0] || !to[0] || optind < argc) {
        cli_error("db copy needs --from A and --to B (usage: judge db copy --from A --to B)");
        return EXIT_USAGE;
    }
    if (strcmp(from, to) == 0) {
        cli_error("db copy: --from and --to name the same history");
        return EXIT_USAGE;
    }
    char err[4096];
    struct hist_db *a, *b;
    int r = hist_open(from, false, &a, err, sizeof(err));
    if (r != HIST_OK) {
        cli_error("%s", err);
        return r == HIST_ESYSTEM ? EXIT_SYSTEM : EXIT_USAGE;
    }
    r = hist_open(to, true, &b, err, sizeof(err));
    if (r != HIST_OK) {
        cli_error("%s", err);
        hist_close(a);
        return r == HIST_ESYSTEM ? EXIT_SYSTEM : EXIT_USAGE;
    }
    cJSON *list = json ? cJSON_CreateArray() : NULL;
    r = hist_copy(a, b, print_table, list, err, sizeof(err));
    hist_close(a);
    hist_close(b);
    if (r != HIST_OK) {
        cli_error("%s", err);
        cJSON_Delete(list);
        return r == HIST_ESYSTEM ? EXIT_SYSTEM : EXIT_USAGE;
    }
    if (json) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddItemToObject(o, "tables", list);
        cJSON_AddBoolToObject(o, "verified", true);
        json_print_line(stdout, o);
        cJSON_Delete(o);
    } else {
        printf("copied and verified: every table's rows and checksum match\n");
    }
    return EXIT_OK;
}
