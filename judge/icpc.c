/* icpc.c: loading ICPC/Kattis problem packages (problem.yaml, data/). */
#include "judge/problem.h"

#include <stdio.h>

int problem_load_icpc(const char *path, struct problem *p, char *err, size_t errlen)
{
    (void)p;
    snprintf(err, errlen, "%s: ICPC packages are not supported yet", path);
    return -1;
}
