/* cmd_mock.c: stub */
#include "judge/cli.h"
int cmd_mock(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    return EXIT_USAGE;
}
