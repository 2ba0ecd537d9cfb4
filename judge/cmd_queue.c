/* cmd_queue.c: the queue (docs/scaling.md): `judge worker` judges queued submissions,
 * `judge queue` shows them, `judge problems push` stores packages in the history. */
#define _GNU_SOURCE
#include "judge/cli.h"
#include "judge/derive.h"
#include "judge/history.h"
#include "judge/lang.h"
#include "judge/packages.h"
#include "judge/problem.h"
#include "judge/util.h"
#include "sandbox/sandbox.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MAX_ATTEMPTS    3    /* claims of one submission before it is given up */
#define LEASE_DEFAULT   30   /* seconds a claim holds without renewal */
#define POLL_MIN_MS     100  /* waiting for work: from this ... */
#define POLL_MAX_MS     2000 /* ... doubling up to this */
#define WORKER_JOBS_MAX 64
#define JUDGING_MAX_MS  (30 * 60 * 1000L) /* a lease is renewed this long at most */
#define WRITE_TRIES     5                 /* a result's write, on new connections */

static int hist_exit(int status)
{
    return status == HIST_ESYSTEM ? EXIT_SYSTEM : EXIT_USAGE;
}

/* ---- judge problems push ---- */

static void push_usage(FILE *out)
{
    fprintf(out, "usage: judge problems push PROBLEM... [--db URI|FILE] [--problems DIR] [--json]\n"
                 "\n"
                 "Stores each PROBLEM (a package directory, or an id in the library) in the\n"
                 "history's database by the hash of its content, so that `judge worker` on any\n"
                 "machine judges with exactly that package. Storing one that is there already\n"
                 "changes nothing; an edited package is a new one. `judge submit --queue` stores\n"
                 "the package it queues for by itself.\n"
                 "\n"
                 "Exit status: 0 stored, 2 bad usage, package or database, 3 judge failure.\n");
}

/* Stores the package at path for problem id; prints nothing. */
static int push_one(struct hist_db *db, const char *path, const char *id, const char *user,
                    char sha256[65], bool *added, char *err, size_t errlen)
{
    struct pkg_manifest m;
    if (pkg_manifest_read(path, &m, err, errlen) < 0)
        return HIST_EBADFILE;
    int r = hist_package_push(db, path, &m, id, user, added, err, errlen);
    snprintf(sha256, 65, "%s", m.sha256);
    pkg_manifest_release(&m);
    return r;
}

int cmd_problems_push(int argc, char **argv)
{
    static const struct option options[] = {
        {"db", required_argument, NULL, 'd'}, {"problems", required_argument, NULL, 'p'},
        {"json", no_argument, NULL, 'J'},     {"user", required_argument, NULL, 'u'},
        {"help", no_argument, NULL, 'h'},     {NULL, 0, NULL, 0},
    };
    const char *db_arg = NULL, *dir = NULL, *user_arg = NULL;
    bool json = false;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", options, NULL)) != -1) {
        switch (c) {
        case 'd':
            db_arg = optarg;
            break;
        case 'p':
            dir = optarg;
            break;
        case 'J':
            json = true;
            break;
        case 'u':
            user_arg = optarg;
            break;
        case 'h':
            push_usage(stdout);
            return EXIT_OK;
        default:
            push_usage(stderr);
            return EXIT_USAGE;
        }
    }
    if (optind >= argc) {
        cli_error("problems push needs a PROBLEM (usage: judge problems push PROBLEM...)");
        return EXIT_USAGE;
    }
    char err[4096];
    char *user = hist_user(user_arg, err, sizeof(err));
    if (!user) {
        cli_error("%s", err);
        return EXIT_USAGE;
    }
    struct hist_db *db;
    int r = hist_open(db_arg, true, &db, err, sizeof(err));
    if (r != HIST_OK) {
        cli_error("%s", err);
        free(user);
        return hist_exit(r);
    }
    cJSON *list = json ? cJSON_CreateArray() : NULL;
    int status = EXIT_OK;
    for (int i = optind; i < argc && status == EXIT_OK; i++) {
        char *path = problem_find(argv[i], dir, err, sizeof(err));
        struct problem p;
        if (!path || problem_load(path, &p, err, sizeof(err)) < 0) {
            cli_error("%s", err);
            free(path);
            status = EXIT_USAGE;
            break;
        }
        char sha256[65];
        bool added;
        r = push_one(db, path, p.id, user, sha256, &added, err, sizeof(err));
        if (r != HIST_OK) {
            cli_error("%s", err);
            status = hist_exit(r);
        } else if (json) {
            cJSON *o = cJSON_CreateObject();
            cJSON_AddStringToObject(o, "problem", p.id);
            cJSON_AddStringToObject(o, "package", sha256);
            cJSON_AddBoolToObject(o, "added", added);
            cJSON_AddItemToArray(list, o);
        } else {
            printf("%s: package %.12s %s\n", p.id, sha256, added ? "stored" : "was there already");
        }
        problem_release(&p);
        free(path);
    }
    if (json && status == EXIT_OK)
        json_print_line(stdout, list);
    cJSON_Delete(list);
    hist_close(db);
    free(user);
    return status;
}

/* ---- queuing: judge submit --queue and the server ---- */

int queue_add(struct hist_db *db, const char *user, const char *path, const struct problem *p,
              const char *filename, const char *source, size_t source_len, const char *lang_id,
              const struct week_set *weeks, long long *id, char sha256[65], const char **week,
              char *err, size_t errlen)
{
    bool added;
    int r = push_one(db, path, p->id, user, sha256, &added, err, errlen);
    if (r != HIST_OK)
        return r;
    const struct week *w = week_set_for_problem(weeks, p->id, week_today());
    struct hist_queued q = {
        .user = (char *)user,
        .problem = p->id,
        .package = sha256,
        .week = w ? (char *)w->id : NULL,
        .filename = (char *)filename,
        .language = (char *)lang_id,
        .source = (char *)source,
        .source_len = source_len,
    };
    const char *now = getenv("JUDGE_NOW");
    if (now && hist_parse_time(now) >= 0)
        snprintf(q.queued_at, sizeof(q.queued_at), "%s", now);
    else
        utc_now(q.queued_at);
    *week = q.week;
    return hist_queue_add(db, &q, id, err, errlen);
}

int queue_submit(const char *user, const char *problems_dir, const char *problem_arg,
                 const char *solution, const char *lang_id, const struct week_set *weeks,
                 struct hist_db *db, bool json)
{
    char err[4096];
    size_t source_len;
    char *source = cli_read_source(solution, &source_len);
    if (!source)
        return EXIT_USAGE;
    struct problem p;
    char *path = problem_find(problem_arg, problems_dir, err, sizeof(err));
    if (!path || problem_load(path, &p, err, sizeof(err)) < 0) {
        cli_error("%s", err);
        free(path);
        free(source);
        return EXIT_USAGE;
    }
    const char *base = strrchr(solution, '/');
    char sha256[65];
    const char *week;
    long long id;
    int status = EXIT_OK;
    int r = queue_add(db, user, path, &p, base ? base + 1 : solution, source, source_len, lang_id,
                      weeks, &id, sha256, &week, err, sizeof(err));
    if (r != HIST_OK) {
        cli_error("%s", err);
        status = hist_exit(r);
    } else if (json) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddNumberToObject(o, "queued", (double)id);
        cJSON_AddStringToObject(o, "problem", p.id);
        cJSON_AddStringToObject(o, "package", sha256);
        cJSON_AddStringToObject(o, "user", user);
        if (week)
            cJSON_AddStringToObject(o, "week", week);
        else
            cJSON_AddNullToObject(o, "week");
        json_print_line(stdout, o);
        cJSON_Delete(o);
    } else {
        printf("queued as #%lld (%s, %s): `judge queue %lld` shows it, a `judge worker` judges "
               "it\n",
               id, user, p.id, id);
    }
    problem_release(&p);
    free(path);
    free(source);
    return status;
}

/* ---- judge worker ---- */

static volatile sig_atomic_t stopping;
static pid_t supervisor; /* with --jobs: the parent, which passes SIGTERM on */

/* The first SIGTERM or Ctrl-C: finish what is held, then stop. The second: now; but not the
 * parent's passing on of one that reached the whole group already. */
static void on_stop(int sig, siginfo_t *info, void *ctx)
{
    (void)ctx;
    if (stopping && !(supervisor && info && info->si_pid == supervisor)) {
        sbx_emergency_cleanup();
        signal(sig, SIG_DFL);
        raise(sig);
    }
    stopping = 1;
}

struct worker {
    const char *db_arg;
    const char *languages;
    char name[128];
    long lease_ms;
    bool until_empty;
    bool json;
    struct hist_db *db; /* claims and results */
};

/* Sleeps ms, or less when a stop is asked for. */
static void pause_ms(long ms)
{
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    while (!stopping && nanosleep(&ts, &ts) < 0 && errno == EINTR)
        ;
}

/* (Re)connects a handle that failed: the server may be restarting. */
static bool reconnect(struct worker *w, struct hist_db **db)
{
    char err[4096];
    hist_close(*db);
    *db = NULL;
    /* A pause first, also when the server is back at once: an error that is not a lost
     * connection must not become a loop of new connections. */
    for (long wait = POLL_MIN_MS;; wait = wait < POLL_MAX_MS ? 2 * wait : POLL_MAX_MS) {
        pause_ms(wait);
        if (hist_open(w->db_arg, true, db, err, sizeof(err)) == HIST_OK)
            return true;
        fprintf(stderr, "judge worker: %s (retrying)\n", err);
        if (stopping)
            return false;
    }
}

/*
 * The lease is renewed by a process of its own, forked before the judging starts and killed
 * when it ends: not by a thread, since the sandbox starts its boxes with a raw clone(), which
 * a process with other threads must not do (their locks would be held forever in the copy).
 * It dies with the worker (PR_SET_PDEATHSIG): a worker killed stops renewing, and its lease
 * runs out. Nor does it renew for a worker that is stopped (SIGSTOP, a debugger), or past
 * JUDGING_MAX: a worker that does not get on loses what it holds.
 */
/* Whether process pid is stopped (state T or t in /proc/PID/stat). */
static bool stopped(pid_t pid)
{
    char path[64], buf[512];
    snprintf(path, sizeof(path), "/proc/%d/stat", (int)pid);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    ssize_t n = read(fd, buf, sizeof(buf) - 1);
    close(fd);
    if (n <= 0)
        return false;
    buf[n] = '\0';
    const char *end = strrchr(buf, ')'); /* the command name may hold anything */
    return end && end[1] == ' ' && (end[2] == 'T' || end[2] == 't');
}

static pid_t start_renewer(struct worker *w, long long id, long long lease)
{
    pid_t parent = getpid();
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid != 0)
        return pid;
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent)
        _exit(0);
    stopping = 0;
    /* A signal that asks the worker to drain (Ctrl-C, SIGTERM to the group) leaves the lease
     * renewed while the worker finishes; the worker kills this process when it is done. */
    signal(SIGINT, SIG_IGN);
    signal(SIGTERM, SIG_IGN);
    /* Its own connection: the worker's is the worker's. */
    struct hist_db *db = NULL;
    char err[4096];
    for (long waited = 0; waited < JUDGING_MAX_MS; waited += w->lease_ms / 3) {
        pause_ms(w->lease_ms / 3);
        if (stopped(parent))
            continue;
        bool held = true;
        if (!db && hist_open(w->db_arg, true, &db, err, sizeof(err)) != HIST_OK)
            db = NULL;
        if (!db)
            continue;
        if (hist_queue_renew(db, id, lease, w->lease_ms, &held, err, sizeof(err)) != HIST_OK) {
            hist_close(db); /* a server restarting, a busy file: try again next time */
            db = NULL;
            continue;
        }
        if (!held)
            _exit(0); /* taken over: the worker's result will be discarded */
    }
    _exit(0);
}

static void stop_renewer(pid_t pid)
{
    if (pid <= 0)
        return;
    kill(pid, SIGKILL);
    while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
        ;
}

/* The file name a queued source is judged under: its own base name when safe. */
static const char *safe_name(const char *name)
{
    if (!name[0] || strchr(name, '/') || strcmp(name, ".") == 0 || strcmp(name, "..") == 0 ||
        strlen(name) > 200)
        return "solution";
    return name;
}

/* Judges q: the judgement, or a message (SE or a submission that cannot be judged) in err
 * with *final when trying again cannot help. */
static int judge_queued(struct worker *w, const struct hist_queued *q, struct problem *p,
                        struct judgement *j, bool *final, char *err, size_t errlen)
{
    char *path;
    *final = false;
    if (!q->source) {
        *final = true;
        return set_error(err, errlen, "the queued source is larger than the %d KiB a history keeps",
                         HIST_SOURCE_MAX >> 10);
    }
    int r = hist_package_fetch(w->db, q->package, &path, err, errlen);
    if (r != HIST_OK) {
        *final = r != HIST_ESYSTEM;
        return -1;
    }
    r = problem_load(path, p, err, errlen);
    free(path);
    if (r < 0) {
        *final = true;
        return -1;
    }
    struct language_set langs;
    if (lang_load(&langs, w->languages, err, errlen) < 0) {
        problem_release(p);
        return -1;
    }
    const char *tmp = getenv("TMPDIR");
    char *dir = xasprintf("%s/judge-worker-XXXXXX", tmp && tmp[0] == '/' ? tmp : "/tmp");
    if (!mkdtemp(dir)) {
        set_error(err, errlen, "%s: %s", dir, strerror(errno));
        free(dir);
        lang_set_release(&langs);
        problem_release(p);
        return -1;
    }
    char *solution = xasprintf("%s/%s", dir, safe_name(q->filename));
    int fd = open(solution, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    r = fd < 0 ? -errno : write_all(fd, q->source, q->source_len);
    if (fd >= 0)
        close(fd);
    if (r < 0)
        set_error(err, errlen, "%s: %s", solution, strerror(-r));
    struct judge_options opts = {.lang_id = q->language, .jobs = 1};
    if (r == 0 && p->time_limit_ms == 0) {
        struct derive_result dr;
        r = derive_time_limit(p, &langs, NULL, NULL, &dr, err, errlen);
        if (r == 0)
            derive_result_release(&dr);
        else
            *final = true;
    }
    if (r == 0 && judge_run(p, &langs, solution, &opts, j, err, errlen) < 0) {
        r = -1;
        *final = true; /* the submission's own input: an unknown language, say */
    }
    unlink(solution);
    rmdir(dir);
    free(solution);
    free(dir);
    lang_set_release(&langs);
    if (r < 0)
        problem_release(p);
    return r;
}

static void report(struct worker *w, const struct hist_queued *q, const char *outcome,
                   long long submission_id, const char *message)
{
    if (w->json) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddNumberToObject(o, "queued", (double)q->id);
        cJSON_AddStringToObject(o, "user", q->user);
        cJSON_AddStringToObject(o, "problem", q->problem);
        cJSON_AddStringToObject(o, "outcome", outcome);
        if (submission_id)
            cJSON_AddNumberToObject(o, "submission", (double)submission_id);
        if (message)
            cJSON_AddStringToObject(o, "message", message);
        cJSON_AddStringToObject(o, "worker", w->name);
        json_print_line(stdout, o);
        cJSON_Delete(o);
    } else {
        /* What a row holds is shown as text (a name written by hand may hold escapes). */
        char *user = text_visible_line(q->user, 256), *problem = text_visible_line(q->problem, 256);
        char *why = message ? text_visible_line(message, 4096) : NULL;
        printf("#%lld %s %s: %s", q->id, user, problem, outcome);
        if (submission_id)
            printf(", recorded as #%lld", submission_id);
        if (why)
            printf(" (%s)", why);
        printf("\n");
        free(user);
        free(problem);
        free(why);
    }
    fflush(stdout);
}

/* Judges one claimed submission and writes its one result. */
static void work_on(struct worker *w, struct hist_queued *q)
{
    pid_t renewer = start_renewer(w, q->id, q->lease);

    struct problem p;
    struct judgement j;
    bool final;
    char err[4096];
    int r = judge_queued(w, q, &p, &j, &final, err, sizeof(err));
    if (r == 0 && j.verdict == VERDICT_SE) {
        snprintf(err, sizeof(err), "%s", j.error ? j.error : "system error");
        judgement_release(&j);
        problem_release(&p);
        r = -1;
        final = false;
    }

    stop_renewer(renewer);

    char werr[4096];
    if (r < 0) {
        final = final || q->attempts >= MAX_ATTEMPTS;
        for (int tries = 0; tries < WRITE_TRIES; tries++) {
            if (hist_queue_release(w->db, q->id, q->lease, err, final, werr, sizeof(werr)) !=
                    HIST_ESYSTEM ||
                !reconnect(w, &w->db))
                break;
        }
        report(w, q, final ? "failed" : "given back", 0, err);
        return;
    }
    struct hist_submission s;
    hist_submission_from_judgement(&s, &j, &p, q->user, q->week, q->source, q->source_len);
    /* Recorded as the member submitted it: the problem's id in their library, at the time
     * it was queued (a deadline is met when the submission is made, not when judged). */
    free(s.problem);
    s.problem = xstrdup(q->problem);
    snprintf(s.judged_at, sizeof(s.judged_at), "%s", q->queued_at);
    long long id = 0;
    bool discarded = false;
    /* A connection lost (a server restarting) is tried again on a new one; an error that
     * stays (a row the database refuses) is given up after a few tries: the submission is
     * given back, failed once its tries are spent, and the worker goes on. */
    for (int tries = 0; tries < WRITE_TRIES; tries++) {
        r = hist_queue_finish(w->db, q->id, q->lease, &s, &id, &discarded, werr, sizeof(werr));
        if (r != HIST_ESYSTEM || !reconnect(w, &w->db))
            break;
    }
    if (r != HIST_OK) {
        char why[4200];
        snprintf(why, sizeof(why), "not recorded: %s", werr);
        bool last = q->attempts >= MAX_ATTEMPTS;
        if (hist_queue_release(w->db, q->id, q->lease, why, last, werr, sizeof(werr)) != HIST_OK)
            fprintf(stderr, "judge worker: %s\n", werr);
        report(w, q, last ? "failed" : "given back", 0, why);
    } else if (discarded)
        report(w, q, "discarded", 0, "its lease was taken over: another worker records it");
    else
        report(w, q, verdict_name(j.verdict), id, NULL);
    hist_submission_release(&s);
    judgement_release(&j);
    problem_release(&p);
}

/* One worker process: claims and judges until stopped (or, with --until-empty, until
 * nothing is queued or being judged). */
static int work(struct worker *w)
{
    char err[4096];
    int r = hist_open(w->db_arg, true, &w->db, err, sizeof(err));
    if (r != HIST_OK) {
        cli_error("%s", err);
        return hist_exit(r);
    }
    long wait = POLL_MIN_MS;
    int status = EXIT_OK;
    while (!stopping) {
        struct hist_queued q;
        r = hist_queue_claim(w->db, w->name, w->lease_ms, MAX_ATTEMPTS, &q, err, sizeof(err));
        if (r == HIST_OK) {
            work_on(w, &q);
            hist_queued_release(&q);
            wait = POLL_MIN_MS;
            continue;
        }
        if (r == HIST_ESYSTEM) {
            fprintf(stderr, "judge worker: %s\n", err);
            if (!reconnect(w, &w->db))
                break;
            continue;
        }
        if (w->until_empty) {
            struct hist_queued *list;
            size_t n, pending = 0;
            if (hist_queue_list(w->db, 0, &list, &n, err, sizeof(err)) == HIST_OK) {
                for (size_t i = 0; i < n; i++)
                    pending += strcmp(list[i].state, "queued") == 0 ||
                               strcmp(list[i].state, "judging") == 0;
                hist_queue_list_free(list, n);
                if (pending == 0)
                    break;
            }
        }
        pause_ms(wait);
        wait = wait < POLL_MAX_MS ? 2 * wait : POLL_MAX_MS;
    }
    hist_close(w->db);
    return status;
}

static void worker_usage(FILE *out)
{
    fprintf(out,
            "usage: judge worker [--db URI|FILE] [--jobs N] [--lease SECONDS] [--until-empty]\n"
            "                    [--name NAME] [--languages FILE] [--json]\n"
            "\n"
            "Judges the submissions queued in the history (judge submit --queue), oldest first,\n"
            "each with the package it was queued with (fetched from the database by hash and\n"
            "kept in the cache), and records each result once. Any number of workers, on any\n"
            "machines, may share one database (PostgreSQL: docs/scaling.md).\n"
            "\n"
            "  --jobs N          submissions judged at once, one process each (default 1)\n"
            "  --lease SECONDS   how long a claim holds unless renewed (default %d); a worker\n"
            "                    renews it every third of that while it judges, so a worker that\n"
            "                    dies loses it and another judges the submission again\n"
            "  --until-empty     stop when nothing is queued or being judged (default: wait)\n"
            "  --name NAME       the worker's name in the queue (default: host:pid)\n"
            "\n"
            "SIGTERM or Ctrl-C: finish what is being judged, then stop; a second one stops at\n"
            "once (what was held is judged again by another worker).\n"
            "\n"
            "Exit status: 0 stopped, 2 bad usage or database, 3 judge failure.\n",
            LEASE_DEFAULT);
}

int cmd_worker(int argc, char **argv)
{
    static const struct option options[] = {
        {"db", required_argument, NULL, 'd'},
        {"jobs", required_argument, NULL, 'j'},
        {"lease", required_argument, NULL, 'l'},
        {"until-empty", no_argument, NULL, 'e'},
        {"name", required_argument, NULL, 'n'},
        {"languages", required_argument, NULL, 'L'},
        {"json", no_argument, NULL, 'J'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    struct worker w = {.lease_ms = LEASE_DEFAULT * 1000L};
    long jobs = 1, lease = LEASE_DEFAULT;
    const char *name = NULL;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "j:h", options, NULL)) != -1) {
        switch (c) {
        case 'd':
            w.db_arg = optarg;
            break;
        case 'j':
            if (cli_parse_long("--jobs", optarg, 1, WORKER_JOBS_MAX, &jobs) < 0)
                return EXIT_USAGE;
            break;
        case 'l':
            if (cli_parse_long("--lease", optarg, 2, 3600, &lease) < 0)
                return EXIT_USAGE;
            w.lease_ms = lease * 1000L;
            break;
        case 'e':
            w.until_empty = true;
            break;
        case 'n':
            name = optarg;
            break;
        case 'L':
            w.languages = optarg;
            break;
        case 'J':
            w.json = true;
            break;
        case 'h':
            worker_usage(stdout);
            return EXIT_OK;
        default:
            worker_usage(stderr);
            return EXIT_USAGE;
        }
    }
    if (optind < argc) {
        cli_error("worker takes no arguments (got '%s')", argv[optind]);
        return EXIT_USAGE;
    }
    char host[64] = "";
    gethostname(host, sizeof(host) - 1);
    struct sigaction sa = {.sa_sigaction = on_stop, .sa_flags = SA_SIGINFO};
    sigemptyset(&sa.sa_mask);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    if (jobs == 1) {
        snprintf(w.name, sizeof(w.name), "%s", name ? name : "");
        if (!name)
            snprintf(w.name, sizeof(w.name), "%s:%d", host, (int)getpid());
        return work(&w);
    }
    /* N processes, each its own worker; the signals reach them all, and this one waits. */
    pid_t *children = xcalloc((size_t)jobs, sizeof(pid_t));
    for (long i = 0; i < jobs; i++) {
        pid_t pid = fork();
        if (pid == 0) {
            supervisor = getppid();
            snprintf(w.name, sizeof(w.name), "%s/%ld", name ? name : "", i + 1);
            if (!name)
                snprintf(w.name, sizeof(w.name), "%s:%d", host, (int)getpid());
            fflush(stdout);
            _exit(work(&w));
        }
        children[i] = pid;
    }
    int status = EXIT_OK;
    for (long left = jobs; left > 0;) {
        int ws;
        pid_t pid = waitpid(-1, &ws, 0);
        if (pid < 0 && errno == EINTR) {
            for (long i = 0; i < jobs; i++)
                if (children[i] > 0)
                    kill(children[i], SIGTERM);
            continue;
        }
        if (pid < 0)
            break;
        for (long i = 0; i < jobs; i++)
            if (children[i] == pid)
                children[i] = 0;
        left--;
        int code = WIFEXITED(ws) ? WEXITSTATUS(ws) : EXIT_SYSTEM;
        if (code > status)
            status = code;
    }
    free(children);
    return status;
}

/* ---- judge queue ---- */

static void queue_usage(FILE *out)
{
    fprintf(out, "usage: judge queue [ID] [--db URI|FILE] [--limit N] [--json]\n"
                 "\n"
                 "The queued submissions, newest first (default the last 50): their state\n"
                 "(queued, judging, done, failed), the worker holding each and how often it was\n"
                 "tried, and the submission each became (judge show ID). With ID, that one.\n"
                 "\n"
                 "Exit status: 0 shown, 1 no such queued submission, 2 bad usage or database,\n"
                 "3 judge failure.\n");
}

cJSON *queued_json(const struct hist_queued *q)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddNumberToObject(o, "id", (double)q->id);
    cJSON_AddStringToObject(o, "user", q->user);
    cJSON_AddStringToObject(o, "problem", q->problem);
    cJSON_AddStringToObject(o, "package", q->package);
    if (q->week)
        cJSON_AddStringToObject(o, "week", q->week);
    else
        cJSON_AddNullToObject(o, "week");
    cJSON_AddStringToObject(o, "queued_at", q->queued_at);
    cJSON_AddStringToObject(o, "state", q->state);
    cJSON_AddNumberToObject(o, "attempts", (double)q->attempts);
    if (q->worker)
        cJSON_AddStringToObject(o, "worker", q->worker);
    else
        cJSON_AddNullToObject(o, "worker");
    if (q->submission_id)
        cJSON_AddNumberToObject(o, "submission", (double)q->submission_id);
    else
        cJSON_AddNullToObject(o, "submission");
    if (q->message)
        cJSON_AddStringToObject(o, "message", q->message);
    else
        cJSON_AddNullToObject(o, "message");
    return o;
}

int cmd_queue(int argc, char **argv)
{
    static const struct option options[] = {
        {"db", required_argument, NULL, 'd'},
        {"limit", required_argument, NULL, 'n'},
        {"json", no_argument, NULL, 'J'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    const char *db_arg = NULL;
    long limit = 50, id = 0;
    bool json = false;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", options, NULL)) != -1) {
        switch (c) {
        case 'd':
            db_arg = optarg;
            break;
        case 'n':
            if (cli_parse_long("--limit", optarg, 1, 1000000, &limit) < 0)
                return EXIT_USAGE;
            break;
        case 'J':
            json = true;
            break;
        case 'h':
            queue_usage(stdout);
            return EXIT_OK;
        default:
            queue_usage(stderr);
            return EXIT_USAGE;
        }
    }
    if (argc - optind > 1 ||
        (optind < argc && cli_parse_long("ID", argv[optind], 1, 1L << 53, &id) < 0)) {
        if (argc - optind > 1)
            cli_error("queue takes one ID at most");
        return EXIT_USAGE;
    }
    char err[4096];
    struct hist_db *db;
    int r = hist_open(db_arg, false, &db, err, sizeof(err));
    if (r != HIST_OK) {
        cli_error("%s", err);
        return hist_exit(r);
    }
    struct hist_queued *list = NULL, one;
    size_t n = 0;
    if (id) {
        r = hist_queue_get(db, id, &one, err, sizeof(err));
        if (r == HIST_OK) {
            list = xmalloc(sizeof(*list));
            list[0] = one;
            n = 1;
        }
    } else {
        r = hist_queue_list(db, limit, &list, &n, err, sizeof(err));
    }
    hist_close(db);
    if (r != HIST_OK) {
        cli_error("%s", err);
        return r == HIST_ENOTFOUND ? EXIT_VERDICT : hist_exit(r);
    }
    if (json) {
        cJSON *o = id ? queued_json(&list[0]) : cJSON_CreateArray();
        for (size_t i = 0; !id && i < n; i++)
            cJSON_AddItemToArray(o, queued_json(&list[i]));
        json_print_line(stdout, o);
        cJSON_Delete(o);
    } else if (n == 0) {
        printf("nothing queued\n");
    } else {
        printf("%-7s %-17s %-12s %-20s %-8s %-4s %s\n", "#", "queued (UTC)", "user", "problem",
               "state", "try", "result");
        for (size_t i = 0; i < n; i++) {
            const struct hist_queued *q = &list[i];
            char when[17];
            snprintf(when, sizeof(when), "%.10s %.5s", q->queued_at, q->queued_at + 11);
            /* A row's text is shown as text: a name written by hand may hold escapes. */
            char *user = text_visible_line(q->user, 256);
            char *problem = text_visible_line(q->problem, 256);
            char *state = text_visible_line(q->state, 64);
            char *note = q->message  ? text_visible_line(q->message, 4096)
                         : q->worker ? text_visible_line(q->worker, 256)
                                     : NULL;
            printf("%-7lld %-17s %-12s %-20s %-8s %-4ld ", q->id, when, user, problem, state,
                   q->attempts);
            if (q->submission_id)
                printf("#%lld", q->submission_id);
            else if (note)
                printf(q->message ? "%s" : "(%s)", note);
            printf("\n");
            free(user);
            free(problem);
            free(state);
            free(note);
        }
    }
    hist_queue_list_free(list, n);
    return EXIT_OK;
}
