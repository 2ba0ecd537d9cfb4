/* cmd_problems.c: stub */
#include "judge/cli.h"
int cmd_problems(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    return EXIT_USAGE;
}
int cmd_problem(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    return EXIT_USAGE;
}
