/* validator.c: the output validator of "Add Two" (Kattis conventions): the output must be the
 * answer's number. It must be built by ./build, which says so. */
#ifndef BUILT_BY_THE_BUILD_SCRIPT
#error "build this validator with its build script"
#endif
#include <stdio.h>

int main(int argc, char **argv)
{
    if (argc < 4)
        return 2;
    FILE *ans = fopen(argv[2], "r");
    long long want, got;
    char extra[2];
    if (!ans || fscanf(ans, "%lld", &want) != 1)
        return 2;
    if (scanf("%lld", &got) != 1 || scanf("%1s", extra) == 1)
        return 43;
    return got == want ? 42 : 43;
}
