/* cmd_routine.c: the meeting routine's own commands: `judge note` (approach notes),
 * `judge mistake` (the mistake log) and `judge comment` (reviews). */
#define _GNU_SOURCE
#include "judge/cli.h"
#include "judge/history.h"
#include "judge/honesty.h"
#include "judge/mistakes.h"
#include "judge/util.h"
#include "judge/weeks.h"

#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static int hist_status(int r)
{
    return r == HIST_ESYSTEM ? EXIT_SYSTEM : r == HIST_ENOTFOUND ? EXIT_VERDICT : EXIT_USAGE;
}

static void print_json(cJSON *o)
{
    json_print_line(stdout, o);
    cJSON_Delete(o);
}

/* Parses "12" or "#12" as a submission id; -1 after printing why. */
static long long parse_id(const char *arg)
{
    long id;
    if (cli_parse_long("ID", arg[0] == '#' ? arg + 1 : arg, 1, 1000000000000L, &id) < 0)
        return -1;
    return id;
}

/* The arguments from first on, joined by spaces. Malloc'ed. */
static char *join_args(int argc, char **argv, int first)
{
    struct strbuf sb = STRBUF_INIT;
    for (int i = first; i < argc; i++)
        strbuf_addf(&sb, "%s%s", i > first ? " " : "", argv[i]);
    return strbuf_detach(&sb);
}

/* Prints text with its control characters made visible, each line indented by prefix. */
static void print_indented(const char *text, const char *prefix)
{
    struct strbuf sb = STRBUF_INIT;
    strbuf_add_visible(&sb, text, strlen(text), true);
    const char *line = sb.buf ? sb.buf : "";
    while (*line) {
        const char *end = strchr(line, '\n');
        size_t len = end ? (size_t)(end - line) : strlen(line);
        printf("%s%.*s\n", prefix, (int)len, line);
        line += len + (end ? 1 : 0);
    }
    strbuf_release(&sb);
}

/* ---- judge note ---- */

static void note_usage(FILE *out)
{
    fprintf(out,
            "usage: judge note PROBLEM [--file F | --show] [--user U] [--db FILE] [--json]\n"
            "\n"
            "Your approach note on PROBLEM for the meeting: the idea, its complexity, what was\n"
            "hard. It is kept in the history with your submission it belongs to (your latest\n"
            "accepted one, else your latest). Without --file, $VISUAL or $EDITOR opens it in\n"
            "a private temporary file (removed afterwards).\n"
            "\n"
            "  --file F    the note from file F (- for standard input)\n"
            "  --show      print your note (--json: as JSON)\n"
            "\n"
            "Exit status: 0 recorded (or shown), 1 no note to show or the editor failed,\n"
            "2 bad usage, no editor, or no submission to attach it to, 3 the judge failed.\n");
}

static const char note_template[] = "# Idea\n\n\n# Complexity\n\n\n# What was hard\n\n";

/* The user's editor: $VISUAL, else $EDITOR; NULL when neither is set. */
static const char *editor_command(void)
{
    const char *editor = getenv("VISUAL");
    if (!editor || !editor[0])
        editor = getenv("EDITOR");
    return editor && editor[0] ? editor : NULL;
}

/* Runs the editor on path, as the user (not in a sandbox), through the shell as git does so
 * that "code --wait" works. 0, or -1 after printing why. */
static int run_editor(const char *editor, const char *path)
{
    char *command = xasprintf("%s \"$1\"", editor);
    /* As system() does: Ctrl-C in the editor is the editor's, not the judge's to die of (the
     * temporary file must still be removed). So are a closed terminal's hangup and a kill:
     * the editor ends of them, and the judge cleans up after it. */
    static const int signals[] = {SIGINT, SIGQUIT, SIGHUP, SIGTERM};
    enum { NSIGNALS = sizeof(signals) / sizeof(signals[0]) };
    struct sigaction ignore = {.sa_handler = SIG_IGN}, old[NSIGNALS];
    sigemptyset(&ignore.sa_mask);
    for (int i = 0; i < NSIGNALS; i++)
        sigaction(signals[i], &ignore, &old[i]);
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0) {
        for (int i = 0; i < NSIGNALS; i++)
            sigaction(signals[i], &old[i], NULL);
        execl("/bin/sh", "sh", "-c", command, "sh", path, (char *)NULL);
        _exit(127);
    }
    int status = 0, ret = 0;
    if (pid < 0) {
        cli_error("cannot start the editor: %s", strerror(errno));
        ret = -1;
    } else {
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
            ;
        if (WIFEXITED(status) && WEXITSTATUS(status) == 127) {
            cli_error("the editor '%s' could not be run: note not recorded", editor);
            ret = -1;
        } else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            cli_error("the editor '%s' failed (%s %d): note not recorded", editor,
                      WIFEXITED(status) ? "exit status" : "signal",
                      WIFEXITED(status) ? WEXITSTATUS(status) : WTERMSIG(status));
            ret = -1;
        }
    }
    for (int i = 0; i < NSIGNALS; i++)
        sigaction(signals[i], &old[i], NULL);
    free(command);
    return ret;
}

/* The note written in the editor, starting from start. Malloc'ed; NULL after printing why.
 * The temporary file is private (0600); its path in *kept (malloc'ed) when the note was
 * read, for the caller to remove once recorded, else removed here. */
static char *note_from_editor(const char *editor, const char *start, char **kept)
{
    *kept = NULL;
    const char *tmpdir = getenv("TMPDIR");
    char *path = xasprintf("%s/judge-note-XXXXXX.md", tmpdir && tmpdir[0] ? tmpdir : "/tmp");
    int fd = mkstemps(path, 3);
    char *text = NULL;
    if (fd < 0) {
        cli_error("%s: cannot create a temporary file: %s", path, strerror(errno));
        free(path);
        return NULL;
    }
    int e = write_all(fd, start, strlen(start));
    close(fd);
    if (e < 0) {
        cli_error("%s: %s", path, strerror(-e));
    } else if (run_editor(editor, path) == 0) {
        size_t len;
        text = read_file(path, HIST_NOTE_MAX, &len);
        if (!text)
            cli_error("%s: %s", path,
                      errno == EFBIG ? "the note is larger than 64 KiB" : strerror(errno));
        else if (memchr(text, '\0', len)) {
            cli_error("%s: the note holds a NUL byte: not text", path);
            free(text);
            text = NULL;
        }
    }
    if (text) {
        *kept = path;
        return text;
    }
    unlink(path);
    free(path);
    return text;
}

/* The note from --file F (- for standard input). Malloc'ed; NULL after printing why. */
static char *note_from_file(const char *file)
{
    size_t len;
    char *text;
    if (strcmp(file, "-") == 0) {
        /* A pipe: read() until the end, at most one byte past the bound. */
        struct strbuf sb = STRBUF_INIT;
        char buf[8192];
        ssize_t n;
        while (sb.len <= HIST_NOTE_MAX &&
               ((n = read(STDIN_FILENO, buf, sizeof(buf))) > 0 || (n < 0 && errno == EINTR)))
            if (n > 0)
                strbuf_add(&sb, buf, (size_t)n);
        int e = errno;
        len = sb.len;
        text = strbuf_detach(&sb);
        if (n < 0 || len > HIST_NOTE_MAX) {
            free(text);
            text = NULL;
            errno = n < 0 ? e : EFBIG;
        }
    } else {
        text = read_file(file, HIST_NOTE_MAX, &len);
    }
    if (!text) {
        cli_error("%s: %s", file,
                  errno == EFBIG ? "the note is larger than 64 KiB" : strerror(errno));
        return NULL;
    }
    if (memchr(text, '\0', len)) {
        cli_error("%s: the note holds a NUL byte: not text", file);
        free(text);
        return NULL;
    }
    return text;
}

/* CRLF line ends (a Windows editor's) as LF, in place: a CR left before each newline would
 * show as \x0d at the end of every line of the note on the agenda. */
static void crlf_to_lf(char *text)
{
    char *out = text;
    for (const char *p = text; *p; p++) {
        if (p[0] == '\r' && p[1] == '\n')
            continue;
        *out++ = *p;
    }
    *out = '\0';
}

static bool blank(const char *text)
{
    for (; *text; text++) {
        if (*text != ' ' && *text != '\n' && *text != '\t' && *text != '\r')
            return false;
    }
    return true;
}

static int show_note(struct hist_db *db, const char *user, const char *problem, bool json)
{
    char err[4096];
    struct hist_note note;
    int r = hist_note_get(db, user, problem, &note, err, sizeof(err));
    if (r != HIST_OK) {
        cli_error("%s", err);
        return hist_status(r);
    }
    if (json) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "user", note.user);
        cJSON_AddStringToObject(o, "problem", note.problem);
        cJSON_AddNumberToObject(o, "submission_id", (double)note.submission_id);
        if (note.week)
            cJSON_AddStringToObject(o, "week", note.week);
        else
            cJSON_AddNullToObject(o, "week");
        cJSON_AddStringToObject(o, "written_at", note.written_at);
        cJSON_AddStringToObject(o, "text", note.text);
        print_json(o);
    } else {
        char *who = text_visible(user, 0), *what = text_visible(problem, 0),
             *when = text_visible(note.written_at, 0);
        printf("%s's note on %s (with submission #%lld, written %s):\n\n", who, what,
               note.submission_id, when);
        free(who);
        free(what);
        free(when);
        print_indented(note.text, "");
    }
    hist_note_release(&note);
    return EXIT_OK;
}

int cmd_note(int argc, char **argv)
{
    enum { OPT_FILE = 256, OPT_SHOW, OPT_USER, OPT_DB, OPT_JSON, OPT_HELP };
    static const struct option options[] = {
        {"file", required_argument, NULL, OPT_FILE},
        {"show", no_argument, NULL, OPT_SHOW},
        {"user", required_argument, NULL, OPT_USER},
        {"db", required_argument, NULL, OPT_DB},
        {"json", no_argument, NULL, OPT_JSON},
        {"help", no_argument, NULL, OPT_HELP},
        {NULL, 0, NULL, 0},
    };
    const char *file = NULL, *user_opt = NULL, *db_opt = NULL;
    bool show = false, json = false;
    char err[4096];
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", options, NULL)) != -1) {
        switch (c) {
        case OPT_FILE:
            file = optarg;
            break;
        case OPT_SHOW:
            show = true;
            break;
        case OPT_USER:
            user_opt = optarg;
            break;
        case OPT_DB:
            db_opt = optarg;
            break;
        case OPT_JSON:
            json = true;
            break;
        case OPT_HELP:
        case 'h':
            note_usage(stdout);
            return EXIT_OK;
        default:
            note_usage(stderr);
            return EXIT_USAGE;
        }
    }
    if (argc - optind != 1) {
        cli_error("note needs one PROBLEM (usage: judge note PROBLEM [--file F | --show])");
        return EXIT_USAGE;
    }
    if ((show && file) || (json && !show)) {
        cli_error(show ? "--show and --file do not go together" : "--json goes with --show");
        return EXIT_USAGE;
    }
    const char *problem = argv[optind];
    char *user = hist_user(user_opt, err, sizeof(err));
    if (!user) {
        cli_error("%s", err);
        return EXIT_USAGE;
    }
    struct hist_db *db;
    int r = hist_open(db_opt, !show && hist_exists(db_opt), &db, err, sizeof(err));
    if (r != HIST_OK) {
        cli_error("%s", err);
        free(user);
        return hist_status(r);
    }
    if (show) {
        r = show_note(db, user, problem, json);
        goto out_close;
    }

    /* The submission the note belongs to: the latest accepted, else the latest. */
    struct hist_filter f = {.user = user, .problem = problem};
    struct hist_submission *list;
    size_t n;
    if ((r = hist_list(db, &f, &list, &n, err, sizeof(err))) != HIST_OK) {
        cli_error("%s", err);
        r = hist_status(r);
        goto out_close;
    }
    long long target = 0;
    for (size_t i = 0; i < n && !target; i++) {
        if (strcmp(list[i].verdict, "AC") == 0)
            target = list[i].id;
    }
    if (!target && n)
        target = list[0].id;
    hist_list_free(list, n);
    if (!target) {
        cli_error("no submission of %s by %s: a note belongs to a submission (submit first)",
                  problem, user);
        r = EXIT_USAGE;
        goto out_close;
    }

    const char *editor = file ? NULL : editor_command();
    if (!file && !editor) {
        cli_error("no editor: set $VISUAL or $EDITOR, or give the note with --file F");
        r = EXIT_USAGE;
        goto out_close;
    }
    struct hist_note old;
    bool had = hist_note_get(db, user, problem, &old, err, sizeof(err)) == HIST_OK;
    char *edited = NULL; /* the editor's file, kept should the history not take the note */
    char *text = file ? note_from_file(file)
                      : note_from_editor(editor, had ? old.text : note_template, &edited);
    if (text)
        crlf_to_lf(text);
    if (!text) {
        r = file ? EXIT_USAGE : EXIT_VERDICT;
    } else if (blank(text) || (!file && !had && strcmp(text, note_template) == 0)) {
        cli_error("the note is empty: nothing recorded");
        r = EXIT_USAGE;
    } else if (had && strcmp(text, old.text) == 0 && old.submission_id == target) {
        char *shown = text_visible(problem, 0);
        printf("note unchanged (%s, with submission #%lld)\n", shown, target);
        free(shown);
        r = EXIT_OK;
    } else if ((r = hist_note_set(db, target, text, err, sizeof(err))) != HIST_OK) {
        /* What was written in the editor is not lost with the temporary file. */
        if (edited)
            cli_error("%s (your note is kept in %s: record it with judge note %s --file %s)", err,
                      edited, problem, edited);
        else
            cli_error("%s", err);
        r = hist_status(r);
        free(edited);
        edited = NULL;
    } else {
        char *shown = text_visible(problem, 0);
        printf("note recorded for %s (with submission #%lld)\n", shown, target);
        free(shown);
        r = EXIT_OK;
    }
    if (edited) {
        unlink(edited);
        free(edited);
    }
    free(text);
    if (had)
        hist_note_release(&old);
out_close:
    hist_close(db);
    free(user);
    return r;
}

/* ---- judge mistake ---- */

static void mistake_usage(FILE *out)
{
    fprintf(out,
            "usage: judge mistake ID [KIND [NOTE...]] [--yes] [--user U] [--db FILE] [--json]\n"
            "       judge mistake --list [--user U] [--db FILE] [--json]\n"
            "\n"
            "The mistake log: tags your failed submission ID with what went wrong, one of\n"
            "  %s\n"
            "and a free note. Without KIND the judge proposes one when the evidence is clear\n"
            "(TLE: complexity; PE: output format; an RE at the recursion or stack limit:\n"
            "recursion depth; a WA whose first difference is a number with its sign flipped\n"
            "or wrapped at 32 or 64 bits: overflow) and asks you to confirm; --yes confirms\n"
            "(for scripts). --list prints your log. `judge stats` shows the kinds over time,\n"
            "`judge review` brings back the problems whose kind of mistake recurs.\n"
            "\n"
            "Exit status: 0 recorded (or listed), 1 not recorded (not confirmed) or no such\n"
            "submission, 2 bad usage (not yours, accepted, an unknown kind, no clear evidence),\n"
            "3 the judge failed.\n",
            mistake_kind_list());
}

static int mistake_list(struct hist_db *db, const char *user, bool json)
{
    char err[4096];
    struct hist_mistake *list;
    size_t n;
    int r = hist_mistakes_list(db, user, &list, &n, err, sizeof(err));
    if (r != HIST_OK) {
        cli_error("%s", err);
        return hist_status(r);
    }
    if (json) {
        cJSON *a = cJSON_CreateArray();
        for (size_t i = 0; i < n; i++) {
            cJSON *x = cJSON_CreateObject();
            cJSON_AddNumberToObject(x, "submission_id", (double)list[i].submission_id);
            cJSON_AddStringToObject(x, "problem", list[i].problem);
            if (list[i].week)
                cJSON_AddStringToObject(x, "week", list[i].week);
            else
                cJSON_AddNullToObject(x, "week");
            cJSON_AddStringToObject(x, "verdict", list[i].verdict);
            cJSON_AddStringToObject(x, "kind", list[i].kind);
            cJSON_AddStringToObject(x, "note", list[i].note);
            cJSON_AddStringToObject(x, "judged_at", list[i].judged_at);
            cJSON_AddItemToArray(a, x);
        }
        print_json(a);
    } else if (n == 0) {
        printf("no mistakes tagged yet (judge mistake ID KIND)\n");
    } else {
        printf("  %-10s %-7s %-24s %-9s %-7s %-16s %s\n", "judged", "#", "problem", "week",
               "verdict", "kind", "note");
        for (size_t i = n; i-- > 0;) {
            /* One row each: a newline or a tab in any field is shown, never obeyed. */
            char *problem = text_visible_line(list[i].problem, 24),
                 *note = text_visible_line(list[i].note, 0),
                 *week = text_visible_line(list[i].week ? list[i].week : "-", 9),
                 *judged = text_visible_line(list[i].judged_at, 10),
                 *verdict = text_visible_line(list[i].verdict, 7),
                 *kind = text_visible_line(list[i].kind, 16);
            printf("  %-10s #%-6lld %-24s %-9s %-7s %-16s %s\n", judged, list[i].submission_id,
                   problem, week, verdict, kind, note);
            free(problem);
            free(note);
            free(week);
            free(judged);
            free(verdict);
            free(kind);
        }
    }
    hist_mistakes_free(list, n);
    return EXIT_OK;
}

/* Asks on the terminal whether to record the proposal. */
static bool confirm_on_terminal(long long id, const struct hist_submission *s,
                                const struct mistake_proposal *p)
{
    char answer[16];
    char *problem = text_visible(s->problem, 0), *why = text_visible(p->why, 0);
    fprintf(stderr, "#%lld (%s, %s): the evidence points to %s (%s). Record it? [y/N] ", id,
            problem, s->verdict, mistake_kind_name(p->kind), why);
    free(problem);
    free(why);
    fflush(stderr);
    if (!fgets(answer, sizeof(answer), stdin))
        return false;
    return answer[0] == 'y' || answer[0] == 'Y';
}

int cmd_mistake(int argc, char **argv)
{
    enum { OPT_YES = 256, OPT_LIST, OPT_USER, OPT_DB, OPT_JSON, OPT_HELP };
    static const struct option options[] = {
        {"yes", no_argument, NULL, OPT_YES},
        {"list", no_argument, NULL, OPT_LIST},
        {"user", required_argument, NULL, OPT_USER},
        {"db", required_argument, NULL, OPT_DB},
        {"json", no_argument, NULL, OPT_JSON},
        {"help", no_argument, NULL, OPT_HELP},
        {NULL, 0, NULL, 0},
    };
    const char *user_opt = NULL, *db_opt = NULL;
    bool yes = false, list = false, json = false;
    char err[4096];
    int c;
    optind = 1;
    /* "+": a note may start with a dash only after "--"; options come before ID. */
    while ((c = getopt_long(argc, argv, "h", options, NULL)) != -1) {
        switch (c) {
        case OPT_YES:
            yes = true;
            break;
        case OPT_LIST:
            list = true;
            break;
        case OPT_USER:
            user_opt = optarg;
            break;
        case OPT_DB:
            db_opt = optarg;
            break;
        case OPT_JSON:
            json = true;
            break;
        case OPT_HELP:
        case 'h':
            mistake_usage(stdout);
            return EXIT_OK;
        default:
            mistake_usage(stderr);
            return EXIT_USAGE;
        }
    }
    int nargs = argc - optind;
    if (list ? nargs != 0 : nargs < 1) {
        cli_error(list ? "--list takes no arguments"
                       : "mistake needs a submission ID (usage: judge mistake ID [KIND [NOTE]])");
        return EXIT_USAGE;
    }
    char *user = hist_user(user_opt, err, sizeof(err));
    if (!user) {
        cli_error("%s", err);
        return EXIT_USAGE;
    }
    struct hist_db *db;
    int r = hist_open(db_opt, !list && hist_exists(db_opt), &db, err, sizeof(err));
    if (r != HIST_OK) {
        cli_error("%s", err);
        free(user);
        return hist_status(r);
    }
    if (list) {
        r = mistake_list(db, user, json);
        goto out_close;
    }

    long long id = parse_id(argv[optind]);
    enum mistake_kind kind = MISTAKE_OTHER;
    if (id < 0 || (nargs >= 2 && mistake_kind_parse(argv[optind + 1], &kind) < 0)) {
        if (id >= 0)
            cli_error("unknown kind of mistake '%s' (the kinds: %s)", argv[optind + 1],
                      mistake_kind_list());
        r = EXIT_USAGE;
        goto out_close;
    }
    char *note = join_args(argc, argv, optind + 2);
    struct hist_submission s;
    if ((r = hist_get(db, id, &s, err, sizeof(err))) != HIST_OK) {
        cli_error("%s", err);
        r = hist_status(r);
        goto out_free_note;
    }
    struct mistake_proposal proposal;
    bool proposed = mistake_propose(&s, &proposal);
    bool recorded = false;
    if (strlen(note) > HIST_MISTAKE_NOTE_MAX) {
        cli_error("the note is longer than %d bytes", HIST_MISTAKE_NOTE_MAX);
        r = EXIT_USAGE;
    } else if (strcmp(s.user, user) != 0) {
        cli_error("#%lld is %s's submission: only its author tags its mistakes", id, s.user);
        r = EXIT_USAGE;
    } else if (strcmp(s.verdict, "AC") == 0) {
        cli_error("#%lld was accepted: only a failed submission has a mistake to tag", id);
        r = EXIT_USAGE;
    } else if (nargs < 2 && !proposed) {
        cli_error("no clear evidence for #%lld (%s): name the kind (%s)", id, s.verdict,
                  mistake_kind_list());
        r = EXIT_USAGE;
    } else if (nargs < 2 && !yes && !(isatty(STDIN_FILENO) && isatty(STDERR_FILENO))) {
        if (!json) {
            char *why = text_visible(proposal.why, 0);
            printf("#%lld: the evidence points to %s (%s)\n", id, mistake_kind_name(proposal.kind),
                   why);
            free(why);
        }
        cli_error("not recorded: confirm with --yes, or name the kind");
        r = EXIT_VERDICT;
    } else if (nargs < 2 && !yes && !confirm_on_terminal(id, &s, &proposal)) {
        cli_error("not recorded");
        r = EXIT_VERDICT;
    } else {
        if (nargs < 2)
            kind = proposal.kind;
        r = hist_mistake_set(db, id, mistake_kind_name(kind), note, err, sizeof(err));
        if (r != HIST_OK) {
            cli_error("%s", err);
            r = hist_status(r);
        } else {
            recorded = true;
            if (!json) {
                char *problem = text_visible(s.problem, 0), *shown = text_visible(note, 0);
                printf("#%lld (%s) tagged %s%s%s\n", id, problem, mistake_kind_name(kind),
                       note[0] ? ": " : "", shown);
                free(problem);
                free(shown);
            }
        }
    }
    if (json) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddNumberToObject(o, "submission_id", (double)id);
        cJSON_AddBoolToObject(o, "recorded", recorded);
        if (recorded)
            cJSON_AddStringToObject(o, "kind", mistake_kind_name(kind));
        else
            cJSON_AddNullToObject(o, "kind");
        cJSON_AddStringToObject(o, "note", note);
        if (proposed) {
            cJSON *p = cJSON_AddObjectToObject(o, "proposed");
            cJSON_AddStringToObject(p, "kind", mistake_kind_name(proposal.kind));
            cJSON_AddStringToObject(p, "why", proposal.why);
        } else {
            cJSON_AddNullToObject(o, "proposed");
        }
        print_json(o);
    }
    hist_submission_release(&s);
out_free_note:
    free(note);
out_close:
    hist_close(db);
    free(user);
    return r;
}

/* ---- judge comment ---- */

static void comment_usage(FILE *out)
{
    fprintf(out, "usage: judge comment ID [--line N] TEXT...\n"
                 "       judge comment ID --show [--json]\n"
                 "  [--user U] [--db FILE] [--problems DIR]\n"
                 "\n"
                 "Reviews: a comment on submission ID, on line N of its source or on the whole;\n"
                 "--show lists its comments with the lines they are about. Another member's\n"
                 "submission can be read and commented on once you have solved its problem or\n"
                 "its week has ended (the honesty rule, docs/meeting.md).\n"
                 "\n"
                 "Exit status: 0 recorded (or shown), 1 no such submission or not yet readable\n"
                 "(the honesty rule), 2 bad usage, 3 the judge failed.\n");
}

/* Line n (1-based) of source, without its newline. Malloc'ed; NULL past the end. */
static char *source_line(const char *source, size_t len, long n)
{
    const char *p = source, *end = source + len;
    for (long i = 1; i < n && p < end; i++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            return NULL;
        p = nl + 1;
    }
    if (p >= end)
        return NULL;
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    return xstrndup(p, nl ? (size_t)(nl - p) : (size_t)(end - p));
}

static long count_lines(const char *source, size_t len)
{
    long lines = 0;
    for (size_t i = 0; i < len; i++)
        lines += source[i] == '\n';
    return lines + (len && source[len - 1] != '\n');
}

static int show_comments(struct hist_db *db, const struct hist_submission *s, bool json)
{
    char err[4096];
    struct hist_comment *list;
    size_t n;
    struct hist_comment_filter f = {.submission_id = s->id};
    int r = hist_comments_list(db, &f, &list, &n, err, sizeof(err));
    if (r != HIST_OK) {
        cli_error("%s", err);
        return hist_status(r);
    }
    cJSON *o = NULL, *arr = NULL;
    if (json) {
        o = cJSON_CreateObject();
        cJSON_AddNumberToObject(o, "submission_id", (double)s->id);
        cJSON_AddStringToObject(o, "user", s->user);
        cJSON_AddStringToObject(o, "problem", s->problem);
        arr = cJSON_AddArrayToObject(o, "comments");
    } else {
        char *who = text_visible(s->user, 0), *what = text_visible(s->problem, 0);
        printf("#%lld, %s's %s: %zu comment%s\n", s->id, who, what, n, n == 1 ? "" : "s");
        free(who);
        free(what);
    }
    for (size_t i = 0; i < n; i++) {
        const struct hist_comment *c = &list[i];
        char *line = c->line ? source_line(s->source, s->source_len, c->line) : NULL;
        if (json) {
            cJSON *x = cJSON_CreateObject();
            cJSON_AddNumberToObject(x, "id", (double)c->id);
            cJSON_AddStringToObject(x, "author", c->author);
            if (c->line)
                cJSON_AddNumberToObject(x, "line", (double)c->line);
            else
                cJSON_AddNullToObject(x, "line");
            if (line)
                cJSON_AddStringToObject(x, "source_line", line);
            else
                cJSON_AddNullToObject(x, "source_line");
            cJSON_AddStringToObject(x, "text", c->text);
            cJSON_AddStringToObject(x, "written_at", c->written_at);
            cJSON_AddItemToArray(arr, x);
        } else {
            char *author = text_visible(c->author, 0), *when = text_visible(c->written_at, 0);
            printf("\n%s, %s%s:\n", author, when, c->line ? "" : " (on the whole)");
            free(author);
            free(when);
            if (line) {
                char prefix[32];
                snprintf(prefix, sizeof(prefix), "  %4ld │ ", c->line);
                print_indented(line, prefix);
            }
            print_indented(c->text, "    ");
        }
        free(line);
    }
    if (json)
        print_json(o);
    hist_comments_free(list, n);
    return EXIT_OK;
}

int cmd_comment(int argc, char **argv)
{
    enum { OPT_LINE = 256, OPT_SHOW, OPT_USER, OPT_DB, OPT_PROBLEMS, OPT_JSON, OPT_HELP };
    static const struct option options[] = {
        {"line", required_argument, NULL, OPT_LINE},
        {"show", no_argument, NULL, OPT_SHOW},
        {"user", required_argument, NULL, OPT_USER},
        {"db", required_argument, NULL, OPT_DB},
        {"problems", required_argument, NULL, OPT_PROBLEMS},
        {"json", no_argument, NULL, OPT_JSON},
        {"help", no_argument, NULL, OPT_HELP},
        {NULL, 0, NULL, 0},
    };
    const char *user_opt = NULL, *db_opt = NULL, *problems_dir = NULL;
    bool show = false, json = false;
    long line = 0;
    char err[4096];
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", options, NULL)) != -1) {
        switch (c) {
        case OPT_LINE:
            if (cli_parse_long("--line", optarg, 1, 100000000, &line) < 0)
                return EXIT_USAGE;
            break;
        case OPT_SHOW:
            show = true;
            break;
        case OPT_USER:
            user_opt = optarg;
            break;
        case OPT_DB:
            db_opt = optarg;
            break;
        case OPT_PROBLEMS:
            problems_dir = optarg;
            break;
        case OPT_JSON:
            json = true;
            break;
        case OPT_HELP:
        case 'h':
            comment_usage(stdout);
            return EXIT_OK;
        default:
            comment_usage(stderr);
            return EXIT_USAGE;
        }
    }
    int nargs = argc - optind;
    if (nargs < 1 || (show && (nargs != 1 || line)) || (!show && (nargs < 2 || json))) {
        cli_error(show ? "comment --show takes only the ID (usage: judge comment ID --show)"
                       : "comment needs ID and TEXT (usage: judge comment ID [--line N] TEXT)");
        return EXIT_USAGE;
    }
    long long id = parse_id(argv[optind]);
    if (id < 0)
        return EXIT_USAGE;
    char *text = show ? NULL : join_args(argc, argv, optind + 1);
    if (text && (blank(text) || strlen(text) > HIST_COMMENT_MAX)) {
        cli_error(blank(text) ? "the comment is empty" : "the comment is longer than 8 KiB");
        free(text);
        return EXIT_USAGE;
    }
    char *viewer = hist_user(user_opt, err, sizeof(err));
    if (!viewer) {
        cli_error("%s", err);
        free(text);
        return EXIT_USAGE;
    }
    struct week_set weeks = WEEK_SET_INIT;
    struct hist_db *db;
    struct hist_submission s;
    int r = hist_open(db_opt, !show && hist_exists(db_opt), &db, err, sizeof(err));
    if (r != HIST_OK) {
        cli_error("%s", err);
        r = hist_status(r);
        goto out_free;
    }
    if ((r = hist_get(db, id, &s, err, sizeof(err))) != HIST_OK) {
        cli_error("%s", err);
        r = hist_status(r);
        goto out_close;
    }
    /* The honesty rule: another member's submission is read (and so commented on) only once
     * the viewer solved the problem or its week ended. */
    enum honesty_reason why = HONESTY_OWN;
    if (strcmp(s.user, viewer) != 0) {
        if ((r = hist_weeks_load_db(&weeks, problems_dir, db, false, err, sizeof(err))) !=
            HIST_OK) {
            cli_error("%s", err);
            r = hist_status(r);
            goto out_release;
        }
        r = honesty_check_submission(db, &weeks, viewer, &s, week_today(), HONESTY_VIEWER, &why,
                                     err, sizeof(err));
        if (r != HIST_OK) {
            cli_error("%s", err);
            r = hist_status(r);
            goto out_release;
        }
    }
    if (why == HONESTY_HIDDEN) {
        char *explain = honesty_explain(
            s.user, s.problem, s.week ? week_set_find(&weeks, s.week) : NULL, HONESTY_VIEWER);
        cli_error("#%lld: %s", id, explain);
        free(explain);
        r = EXIT_VERDICT;
    } else if (show) {
        r = show_comments(db, &s, json);
    } else if (line > count_lines(s.source, s.source_len)) {
        cli_error("--line %ld: #%lld has %ld line%s", line, id, count_lines(s.source, s.source_len),
                  count_lines(s.source, s.source_len) == 1 ? "" : "s");
        r = EXIT_USAGE;
    } else {
        long long cid;
        r = hist_comment_add(db, id, viewer, line, text, &cid, err, sizeof(err));
        if (r != HIST_OK) {
            cli_error("%s", err);
            r = hist_status(r);
        } else {
            printf("comment #%lld on #%lld recorded\n", cid, id);
            r = EXIT_OK;
        }
    }
out_release:
    hist_submission_release(&s);
out_close:
    hist_close(db);
out_free:
    week_set_release(&weeks);
    free(viewer);
    free(text);
    return r;
}
