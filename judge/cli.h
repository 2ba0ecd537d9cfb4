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
int cmd_test(int argc, char **argv);
int cmd_check(int argc, char **argv);
int cmd_submit(int argc, char **argv);
int cmd_history(int argc, char **argv);
int cmd_show(int argc, char **argv);
int cmd_week(int argc, char **argv);
int cmd_stats(int argc, char **argv);
int cmd_review(int argc, char **argv);
/* The weekly routine (docs/meeting.md). */
int cmd_note(int argc, char **argv);
int cmd_mistake(int argc, char **argv);
int cmd_compare(int argc, char **argv);
int cmd_comment(int argc, char **argv);
/* The solo practice loop (docs/practice.md). */
int cmd_problems(int argc, char **argv);
int cmd_problem(int argc, char **argv);
int cmd_run(int argc, char **argv);
int cmd_tests(int argc, char **argv);
int cmd_stress(int argc, char **argv);
int cmd_mock(int argc, char **argv);
/* Adding to the library (cmd_library.c; docs/library.md). */
int cmd_problems_add(int argc, char **argv);
int cmd_week_new(int argc, char **argv);
/* The queue (cmd_queue.c; docs/scaling.md). */
int cmd_worker(int argc, char **argv);
int cmd_queue(int argc, char **argv);
int cmd_problems_push(int argc, char **argv);
int cmd_db(int argc, char **argv);
int cmd_member(int argc, char **argv);
struct hist_db;
struct week_set;
/* judge submit --queue: stores the problem's package and queues the solution in db for a
 * worker; prints its queue id. An exit status. */
int queue_submit(const char *user, const char *problems_dir, const char *problem_arg,
                 const char *solution, const char *lang_id, const struct week_set *weeks,
                 struct hist_db *db, bool json);
/* A problem as `judge problem ID --json` shows it (docs/json.md): its card, statement and
 * samples, never its hidden tests; with lang, the function signature in that language. The
 * caller deletes it. problem_view reads the statement itself: NULL with err when it cannot. */
struct problem;
struct language;
#include <cjson/cJSON.h>
cJSON *problem_view_json(const struct problem *p, const struct language *lang,
                         const char *statement, bool markdown, const char *signature);
cJSON *problem_view(const struct problem *p, char *err, size_t errlen);
/* The server (cmd_serve.c, api.c; docs/api.md). */
int cmd_serve(int argc, char **argv);
/* The commands pointed at a server (cmd_remote.c): judge login; whether a command runs on a
 * server when one is named, and running it there (its exit status). */
int cmd_login(int argc, char **argv);
struct remote;
bool remote_command(const char *name);
int remote_main(const struct remote *r, int argc, char **argv);
/* Queues source (source_len bytes, named filename) for user on problem p, whose package is
 * at path: stores the package in db by its hash (sha256), then the queue row, in the weekly
 * set p belongs to today (*week, pointing into weeks, or NULL). A hist_status, with *id. */
struct hist_queued;
int queue_add(struct hist_db *db, const char *user, const char *path, const struct problem *p,
              const char *filename, const char *source, size_t source_len, const char *lang_id,
              const struct week_set *weeks, long long *id, char sha256[65], const char **week,
              char *err, size_t errlen);
/* A queued submission as `judge queue ID --json` shows it. The caller deletes it. */
cJSON *queued_json(const struct hist_queued *q);
/* Importing problems (docs/import.md). */
int cmd_import(int argc, char **argv);
int cmd_listen(int argc, char **argv);
/* Authoring (docs/authoring.md). */
int cmd_new(int argc, char **argv);
int cmd_gen(int argc, char **argv);

/* What `judge test` and `judge submit` share: their options, and judging from them. */
#include "judge/judging.h"
#include <getopt.h>
struct week_set;
struct judge_cli {
    struct judge_options opts;
    bool json;
    const char *problems_dir;
    const char *languages;
    const char *user;
    const char *db;
    char **args; /* the positional arguments */
    int nargs;
    /* The weekly sets, when the command read them: a set with "feedback": "verdict-only"
     * makes its submissions verdict-only (week_id: the set the submission is for; NULL: the
     * one the problem belongs to today, as submit records it). */
    const struct week_set *weeks;
    const char *week_id;
    /* submit: the judgement is recorded in the problem's week, so a weekly-set file that is
     * not valid and might hold the problem (week_set_blocking) refuses it before judging,
     * exit 2; otherwise such a file is a warning, feedback as the valid sets say. */
    bool recording;
    bool no_user_tests; /* --no-user-tests: only the problem's own tests (usertests.h) */
};
/* The options every judging command takes (getopt_long values from 256 up; a command's
 * own options start at JUDGE_CLI_OPT_END). Put JUDGE_CLI_LONG_OPTIONS in the command's
 * option table and "j:" in its short options, and hand each option to judge_cli_option(). */
enum {
    JUDGE_CLI_OPT_LANG = 256,
    JUDGE_CLI_OPT_TIME,
    JUDGE_CLI_OPT_MEM,
    JUDGE_CLI_OPT_FAIL_FAST,
    JUDGE_CLI_OPT_JSON,
    JUDGE_CLI_OPT_PROBLEMS,
    JUDGE_CLI_OPT_LANGUAGES,
    JUDGE_CLI_OPT_USER,
    JUDGE_CLI_OPT_DB,
    JUDGE_CLI_OPT_NO_USER_TESTS,
    JUDGE_CLI_OPT_END,
};
#define JUDGE_CLI_LONG_OPTIONS                                                                     \
    {"lang", required_argument, NULL, JUDGE_CLI_OPT_LANG},                                         \
        {"time-limit", required_argument, NULL, JUDGE_CLI_OPT_TIME},                               \
        {"memory-limit", required_argument, NULL, JUDGE_CLI_OPT_MEM},                              \
        {"fail-fast", no_argument, NULL, JUDGE_CLI_OPT_FAIL_FAST},                                 \
        {"json", no_argument, NULL, JUDGE_CLI_OPT_JSON},                                           \
        {"problems", required_argument, NULL, JUDGE_CLI_OPT_PROBLEMS},                             \
        {"languages", required_argument, NULL, JUDGE_CLI_OPT_LANGUAGES},                           \
        {"user", required_argument, NULL, JUDGE_CLI_OPT_USER},                                     \
        {"no-user-tests", no_argument, NULL, JUDGE_CLI_OPT_NO_USER_TESTS},                         \
    {                                                                                              \
        "db", required_argument, NULL, JUDGE_CLI_OPT_DB                                            \
    }

/* Sets cli->opts.jobs to its default; call before parsing. */
void judge_cli_init(struct judge_cli *cli);
/* Applies one judging option (c as getopt_long returned it, with optarg). Returns 0 when it
 * was one, 1 when it is not a judging option, EXIT_USAGE after printing why a value is bad. */
int judge_cli_option(int c, const char *arg, struct judge_cli *cli);

/* Parses the options; returns 0, -1 for --help, or EXIT_USAGE after printing why. */
int judge_options_parse(int argc, char **argv, struct judge_cli *cli);
/* Finds and loads the problem and the languages, adds the user's own tests after the
 * problem's (unless no_user_tests), and judges; EXIT_OK with *p, *langs and
 * *j to release, or EXIT_USAGE after printing why (nothing to release). */
int judge_cli_judge(struct judge_cli *cli, const char *problem_arg, const char *solution,
                    struct problem *p, struct language_set *langs, struct judgement *j);
/* Prints the judgement as the options ask. */
void judge_cli_print(const struct judge_cli *cli, const struct judgement *j,
                     const struct problem *p, const char *solution);
/* 0 for AC, 3 for SE, 1 otherwise. */
int judge_cli_exit_status(const struct judgement *j);

/* Says on out why a read of the history with filter f found nothing: nothing is recorded (or
 * no history is there yet), or which of the filters matches no submission by itself (for the
 * user, whose submissions there are), or that they match only apart. */
struct hist_filter;
void cli_explain_empty(FILE *out, const char *db_opt, const struct hist_filter *f);

/* A solution's source to record: a regular file (a FIFO is refused before it is read: reading
 * it would wait for a writer forever) of at most HIST_SOURCE_MAX bytes. Malloc'ed with *len;
 * NULL after printing why. */
char *cli_read_source(const char *solution, size_t *len);

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
