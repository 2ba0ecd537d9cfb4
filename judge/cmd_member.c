/* cmd_member.c: `judge member`: the group's members and their tokens (docs/scaling.md). */
#define _GNU_SOURCE
#include "judge/cli.h"
#include "judge/history.h"
#include "judge/util.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static void member_usage(FILE *out)
{
    fprintf(out,
            "usage: judge member add NAME [--admin] | list | revoke NAME | rotate NAME\n"
            "                    [--db URI|FILE] [--user U] [--json]\n"
            "\n"
            "The members of a group's server (judge serve): each has a token that every\n"
            "request carries. `add` and `rotate` print the new token once, alone on the last\n"
            "line of the output; the history keeps only its SHA-256, so it cannot be shown\n"
            "again (rotate gives a new one and the old one stops working). `revoke` ends a\n"
            "member's access; their history stays. Admins publish problems and weekly sets\n"
            "and manage members.\n"
            "\n"
            "Exit status: 0 done, 1 no such member, 2 bad usage or history, 3 judge failure.\n");
}

static int hist_status_exit(int r)
{
    return r == HIST_ENOTFOUND ? EXIT_VERDICT : r == HIST_ESYSTEM ? EXIT_SYSTEM : EXIT_USAGE;
}

static cJSON *member_json(const struct hist_member *m)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "name", m->name);
    cJSON_AddBoolToObject(o, "admin", m->admin);
    cJSON_AddStringToObject(o, "added_by", m->added_by);
    cJSON_AddStringToObject(o, "added_at", m->added_at);
    if (m->rotated_at[0])
        cJSON_AddStringToObject(o, "rotated_at", m->rotated_at);
    else
        cJSON_AddNullToObject(o, "rotated_at");
    if (m->revoked_at[0])
        cJSON_AddStringToObject(o, "revoked_at", m->revoked_at);
    else
        cJSON_AddNullToObject(o, "revoked_at");
    return o;
}

int cmd_member(int argc, char **argv)
{
    static const struct option options[] = {
        {"admin", no_argument, NULL, 'a'},      {"db", required_argument, NULL, 'd'},
        {"user", required_argument, NULL, 'u'}, {"json", no_argument, NULL, 'J'},
        {"help", no_argument, NULL, 'h'},       {NULL, 0, NULL, 0},
    };
    const char *db_arg = NULL, *user_arg = NULL;
    bool admin = false, json = false;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", options, NULL)) != -1) {
        switch (c) {
        case 'a':
            admin = true;
            break;
        case 'd':
            db_arg = optarg;
            break;
        case 'u':
            user_arg = optarg;
            break;
        case 'J':
            json = true;
            break;
        case 'h':
            member_usage(stdout);
            return EXIT_OK;
        default:
            member_usage(stderr);
            return EXIT_USAGE;
        }
    }
    const char *action = optind < argc ? argv[optind] : NULL;
    const char *name = optind + 1 < argc ? argv[optind + 1] : NULL;
    bool list = action && strcmp(action, "list") == 0;
    bool named = action && (strcmp(action, "add") == 0 || strcmp(action, "revoke") == 0 ||
                            strcmp(action, "rotate") == 0);
    if ((!list && !named) || (list && name) || (named && !name) || argc - optind > 2 ||
        (admin && strcmp(action, "add") != 0)) {
        member_usage(stderr);
        return EXIT_USAGE;
    }
    char err[4096];
    char *by = hist_user(user_arg, err, sizeof(err));
    if (!by) {
        cli_error("%s", err);
        return EXIT_USAGE;
    }
    struct hist_db *db;
    int r = hist_open(db_arg, !list, &db, err, sizeof(err));
    if (r != HIST_OK) {
        cli_error("%s", err);
        free(by);
        return hist_status_exit(r);
    }
    char token[HIST_TOKEN_SIZE] = "";
    if (list) {
        struct hist_member *members;
        size_t n;
        r = hist_members_list(db, &members, &n, err, sizeof(err));
        if (r == HIST_OK && json) {
            cJSON *a = cJSON_CreateArray();
            for (size_t i = 0; i < n; i++)
                cJSON_AddItemToArray(a, member_json(&members[i]));
            json_print_line(stdout, a);
            cJSON_Delete(a);
        } else if (r == HIST_OK) {
            if (n == 0)
                printf("no members (judge member add NAME)\n");
            for (size_t i = 0; i < n; i++) {
                const struct hist_member *m = &members[i];
                char *shown = text_visible_line(m->name, 256);
                printf("%-24s %-6s added %.10s%s%s\n", shown, m->admin ? "admin" : "", m->added_at,
                       m->revoked_at[0] ? ", revoked " : "", m->revoked_at[0] ? m->revoked_at : "");
                free(shown);
            }
            r = HIST_OK;
        }
        if (r == HIST_OK)
            hist_members_free(members, n);
    } else if (strcmp(action, "add") == 0) {
        r = hist_member_add(db, name, admin, by, token, err, sizeof(err));
    } else if (strcmp(action, "rotate") == 0) {
        r = hist_member_rotate(db, name, token, err, sizeof(err));
    } else {
        r = hist_member_revoke(db, name, err, sizeof(err));
        if (r == HIST_OK && !json)
            printf("%s: revoked; the token no longer works\n", name);
    }
    hist_close(db);
    free(by);
    if (r != HIST_OK) {
        cli_error("%s", err);
        return hist_status_exit(r);
    }
    if (token[0]) {
        /* The token alone on the last line: a script takes it with tail -n 1. */
        if (json) {
            cJSON *o = cJSON_CreateObject();
            cJSON_AddStringToObject(o, "name", name);
            cJSON_AddStringToObject(o, "token", token);
            json_print_line(stdout, o);
            cJSON_Delete(o);
        } else {
            printf(
                "%s: a new token, shown this once (keep it secret; `judge login` takes it):\n%s\n",
                name, token);
        }
        explicit_bzero(token, sizeof(token));
    } else if (json && !list) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "name", name);
        cJSON_AddBoolToObject(o, "revoked", true);
        json_print_line(stdout, o);
        cJSON_Delete(o);
    }
    return EXIT_OK;
}
