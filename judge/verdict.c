/* verdict.c: verdict names. */
#include "judge/verdict.h"

#include <strings.h>

static const struct {
    const char *name;
    const char *long_name;
} verdicts[VERDICT_COUNT] = {
    [VERDICT_AC] = {"AC", "Accepted"},
    [VERDICT_WA] = {"WA", "Wrong answer"},
    [VERDICT_PE] = {"PE", "Presentation error"},
    [VERDICT_TLE] = {"TLE", "Time limit exceeded"},
    [VERDICT_MLE] = {"MLE", "Memory limit exceeded"},
    [VERDICT_OLE] = {"OLE", "Output limit exceeded"},
    [VERDICT_RE] = {"RE", "Run-time error"},
    [VERDICT_CE] = {"CE", "Compilation error"},
    [VERDICT_SE] = {"SE", "System error"},
};

const char *verdict_name(enum verdict v)
{
    return (unsigned)v < VERDICT_COUNT ? verdicts[v].name : "??";
}

const char *verdict_long_name(enum verdict v)
{
    return (unsigned)v < VERDICT_COUNT ? verdicts[v].long_name : "Unknown verdict";
}

int verdict_parse(const char *name, enum verdict *out)
{
    for (int i = 0; i < VERDICT_COUNT; i++) {
        if (strcasecmp(name, verdicts[i].name) == 0) {
            *out = (enum verdict)i;
            return 0;
        }
    }
    return -1;
}
