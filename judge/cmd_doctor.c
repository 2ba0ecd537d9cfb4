/* cmd_doctor.c: `judge doctor`: which isolation layers work here, and what falls back. */
#include "judge/cli.h"
#include "judge/util.h"
#include "sandbox/sandbox.h"

#include <cjson/cJSON.h>
#include <string.h>
#include <unistd.h>

int cmd_doctor(int argc, char **argv)
{
    bool json = argc > 1 && strcmp(argv[1], "--json") == 0;
    if (argc > 1 && !json) {
        if (strcmp(argv[1], "--help") == 0) {
            printf("usage: judge doctor [--json]\n\nSays which isolation layers work on this "
                   "machine for this user. Exits 3 when untrusted code\ncannot be contained by "
                   "at least seccomp and rlimits.\n");
            return EXIT_OK;
        }
        cli_error("doctor: unknown argument '%s'", argv[1]);
        return EXIT_USAGE;
    }

    struct sbx_isolation iso;
    sbx_probe(&iso);
    bool root = geteuid() == 0;
    /* Without namespaces an ordinary user's runs would keep its uid: the sandbox refuses. */
    bool contained = iso.seccomp && (root || iso.namespaces);
    const char *level = !contained                         ? "none"
                        : iso.namespaces && iso.mount_view ? "full"
                                                           : "seccomp+rlimits";
    const struct {
        const char *name;
        bool ok;
        const char *fallback;
    } layers[] = {
        {"user namespace", root || iso.user_ns,
         root ? "not needed: running as root" : "no user namespace: no private mount view"},
        {"pid/mount/net/ipc/uts namespaces", iso.namespaces,
         root ? "processes share the host's view; cleanup by process group"
              : "NO box can be made: runs would keep this user's uid (run as root, or allow "
                "unprivileged user namespaces)"},
        {"minimal read-only mount view", iso.mount_view, "programs see the host's files"},
        {"seccomp filter", iso.seccomp, "NOTHING contains untrusted code"},
        {"seccomp user notification", iso.seccomp_notify,
         "blocked calls are reported as SIGSYS without their name"},
        {"separate unprivileged uid", iso.own_uid,
         "runs keep the judge's uid (inside a user namespace, without capabilities)"},
        {"cgroup v2 delegation", iso.cgroup, "rlimits and wait4/proc accounting"},
        {"rlimits", true, ""},
    };

    if (json) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "isolation", level);
        cJSON_AddBoolToObject(o, "root", root);
        cJSON *arr = cJSON_AddArrayToObject(o, "layers");
        for (size_t i = 0; i < sizeof(layers) / sizeof(layers[0]); i++) {
            cJSON *l = cJSON_CreateObject();
            cJSON_AddStringToObject(l, "name", layers[i].name);
            cJSON_AddBoolToObject(l, "ok", layers[i].ok);
            if (!layers[i].ok)
                cJSON_AddStringToObject(l, "fallback", layers[i].fallback);
            cJSON_AddItemToArray(arr, l);
        }
        cJSON_AddStringToObject(o, "notes", iso.notes);
        json_print_line(stdout, o);
        cJSON_Delete(o);
    } else {
        bool color = cli_use_color(stdout);
        printf("judge %s sandbox check, running as %s\n\n", JUDGE_VERSION,
               root ? "root" : "an ordinary user");
        for (size_t i = 0; i < sizeof(layers) / sizeof(layers[0]); i++) {
            const char *mark = layers[i].ok ? (color ? "\033[32mok\033[0m  " : "ok  ")
                                            : (color ? "\033[33mno\033[0m  " : "no  ");
            printf("  %s %-34s%s%s\n", mark, layers[i].name, layers[i].ok ? "" : "-> ",
                   layers[i].ok ? "" : layers[i].fallback);
        }
        printf("\nisolation: %s\n", level);
        if (iso.notes[0])
            printf("notes: %s\n", iso.notes);
    }
    return contained ? EXIT_OK : EXIT_SYSTEM;
}
