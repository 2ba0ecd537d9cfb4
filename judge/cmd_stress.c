/* cmd_stress.c: stub */
#include "judge/cli.h"
int cmd_stress(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    return EXIT_USAGE;
}
