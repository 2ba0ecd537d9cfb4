/* cli.h: what the judge's commands share: exit statuses, option parsing, terminal output. */
#ifndef JUDGE_CLI_H
#define JUDGE_CLI_H

#include <stdbool.h>
#include <stdio.h>

/* Exit statuses of every command. */
enum {
    EXIT_OK = 0,      /* accepted / the program succeeded */
    EXIT_VERDICT = 1, /* a verdict other than AC, or the program failed */
    EXIT_USAGE = 2,   /* bad usage or bad input: a problem package, a file, a limit */
    EXIT_SYSTEM = 3,  /* the judge itself failed (SE) */
};

/* A command: argv[0] is the command's name. Returns an exit status. */
typedef int (*cli_command_fn)(int argc, char **argv);

int cmd_exec(int argc, char **argv);
int cmd_doctor(int argc, char **argv);

/* Prints "judge: <message>\n" to stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Parses a decimal integer option value within [min, max]; on failure prints
 * "judge: --time-limit must be an integer between 1 and 86400000 (got 'x')" and returns -1. */
int cli_parse_long(const char *option, const char *value, long min, long max, long *out);

/* Whether to use colours on stream: a terminal, and NO_COLOR unset. */
bool cli_use_color(FILE *stream);

/* The program's name for messages. */
extern const char *cli_program;

#endif
