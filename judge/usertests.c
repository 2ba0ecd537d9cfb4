/* usertests.c: the user's own tests: a private store per problem, and adding them to a
 * problem when judging (see usertests.h). */
#define _GNU_SOURCE
#include "judge/usertests.h"
#include "judge/util.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Directory entries read from one store at most: inputs, answers, and what else is there. */
#define ENTRIES_MAX (4 * USERTESTS_MAX + 64)

bool usertests_valid_name(const char *name)
{
    size_t len = strlen(name);
    if (len == 0 || len > USERTESTS_NAME_MAX)
        return false;
    for (const char *p = name; *p; p++) {
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
              *p == '_' || *p == '-'))
            return false;
    }
    return true;
}

bool usertests_valid_id(const char *id)
{
    size_t len = strlen(id);
    if (len == 0 || len > USERTESTS_ID_MAX || id[0] == '.')
        return false;
    for (const unsigned char *p = (const unsigned char *)id; *p; p++) {
        if (*p == '/' || *p < 0x20 || *p == 0x7f)
            return false;
    }
    return utf8_valid(id, len);
}

/* The user's data directory: $XDG_DATA_HOME, else ~/.local/share. Malloc'ed, or NULL. */
static char *data_home(void)
{
    const char *xdg = getenv("XDG_DATA_HOME");
    if (xdg && xdg[0] == '/')
        return xstrdup(xdg);
    const char *home = getenv("HOME");
    if (home && home[0] == '/')
        return xasprintf("%s/.local/share", home);
    return NULL;
}

/* mkdir -p of the user's own path, as the user gave it (what is checked is the judge's
 * directory inside it). 0 or -errno. */
static int mkdir_parents(const char *path)
{
    char *p = xstrdup(path);
    int ret = 0;
    for (char *s = p + 1; *s && ret == 0; s++) {
        if (*s != '/')
            continue;
        *s = '\0';
        if (mkdir(p, 0700) < 0 && errno != EEXIST)
            ret = -errno;
        *s = '/';
    }
    if (ret == 0 && mkdir(p, 0700) < 0 && errno != EEXIST)
        ret = -errno;
    free(p);
    return ret;
}

/*
 * Opens the directory name in parent as one of the judge's: never through a symbolic link,
 * the user's own and writable by no one else; narrowed to 0700 when narrow. With create it
 * is made (0700) when missing. Returns 0 with *out, 1 when it does not exist (and create is
 * false), -1 with err naming it.
 */
static int open_own_dir(int parent, const char *name, const char *path, bool create, bool narrow,
                        int *out, char *err, size_t errlen)
{
    *out = -1;
    if (create && mkdirat(parent, name, 0700) < 0 && errno != EEXIST)
        return set_error(err, errlen, "%s: cannot create the directory: %s", path, strerror(errno));
    int probe = openat(parent, name, O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (probe < 0) {
        int e = errno;
        if (e == ENOENT && !create)
            return 1;
        if (e == ELOOP || e == ENOTDIR)
            return set_error(err, errlen, "%s: a symbolic link or not a directory; remove it",
                             path);
        return set_error(err, errlen, "%s: %s", path, strerror(e));
    }
    struct stat st;
    int ret = -1;
    if (fstat(probe, &st) < 0) {
        set_error(err, errlen, "%s: %s", path, strerror(errno));
        goto out_probe;
    }
    if (st.st_uid != geteuid()) {
        set_error(err, errlen, "%s: belongs to uid %u, not to you (uid %u); remove it", path,
                  (unsigned)st.st_uid, (unsigned)geteuid());
        goto out_probe;
    }
    if (st.st_mode & (S_IWGRP | S_IWOTH)) {
        set_error(err, errlen,
                  "%s: writable by group or others (mode %03o); make it yours alone (chmod 700)",
                  path, (unsigned)(st.st_mode & 0777));
        goto out_probe;
    }
    int fd = openat(probe, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        set_error(err, errlen, "%s: %s", path, strerror(errno));
        goto out_probe;
    }
    if (narrow && (st.st_mode & 077) && fchmod(fd, st.st_mode & 0700) < 0) {
        set_error(err, errlen, "%s: cannot make it private: %s", path, strerror(errno));
        close(fd);
        goto out_probe;
    }
    *out = fd;
    ret = 0;
out_probe:
    close(probe);
    return ret;
}

int usertests_open(struct usertests *s, const char *problem_id, bool create, char *err,
                   size_t errlen)
{
    s->dirfd = -1;
    s->path = NULL;
    if (!usertests_valid_id(problem_id))
        return set_error(err, errlen,
                         "'%s' cannot name a store of tests (one file name of 1 to %d bytes, not "
                         "starting with a dot)",
                         problem_id, USERTESTS_ID_MAX);
    char *home = data_home();
    if (!home)
        return set_error(err, errlen,
                         "no place for your tests: set HOME or XDG_DATA_HOME (an absolute path)");
    char *judge = path_join(home, "judge");
    char *tests = path_join(judge, "tests");
    s->path = path_join(tests, problem_id);
    int ret = -1, base = -1, jfd = -1, tfd = -1;
    int e = create ? mkdir_parents(home) : 0;
    if (e < 0) {
        set_error(err, errlen, "%s: cannot create the directory: %s", home, strerror(-e));
        goto out;
    }
    base = open(home, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (base < 0) {
        if (errno == ENOENT && !create)
            ret = 0; /* nothing stored */
        else
            set_error(err, errlen, "%s: %s", home, strerror(errno));
        goto out;
    }
    int r = open_own_dir(base, "judge", judge, create, false, &jfd, err, errlen);
    if (r == 0)
        r = open_own_dir(jfd, "tests", tests, create, true, &tfd, err, errlen);
    if (r == 0)
        r = open_own_dir(tfd, problem_id, s->path, create, true, &s->dirfd, err, errlen);
    ret = r < 0 ? -1 : 0;
out:
    if (base >= 0)
        close(base);
    if (jfd >= 0)
        close(jfd);
    if (tfd >= 0)
        close(tfd);
    free(home);
    free(judge);
    free(tests);
    return ret;
}

void usertests_close(struct usertests *s)
{
    if (s->dirfd >= 0)
        close(s->dirfd);
    free(s->path);
    s->dirfd = -1;
    s->path = NULL;
}

static int compare_tests(const void *a, const void *b)
{
    const struct usertest *x = a, *y = b;
    return natural_compare(x->name, y->name);
}

/* The size of a regular file of the store (never through a link); -1 when it is missing,
 * -2 when it is something else. */
static long long file_size(int dirfd, const char *name)
{
    struct stat st;
    if (fstatat(dirfd, name, &st, AT_SYMLINK_NOFOLLOW) < 0)
        return -1;
    return S_ISREG(st.st_mode) ? (long long)st.st_size : -2;
}

int usertests_list(const struct usertests *s, struct usertest **out, size_t *count, char *err,
                   size_t errlen)
{
    *out = NULL;
    *count = 0;
    if (s->dirfd < 0)
        return 0;
    int fd = openat(s->dirfd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
    if (!d) {
        if (fd >= 0)
            close(fd);
        return set_error(err, errlen, "%s: %s", s->path, strerror(errno));
    }
    size_t cap = 0, entries = 0;
    int ret = 0;
    struct dirent *de;
    while (ret == 0 && (de = readdir(d))) {
        if (++entries > ENTRIES_MAX) {
            ret = set_error(err, errlen, "%s: more than %d files", s->path, ENTRIES_MAX);
            break;
        }
        size_t len = strlen(de->d_name);
        if (len < 4 || strcmp(de->d_name + len - 3, ".in") != 0)
            continue;
        char *name = xstrndup(de->d_name, len - 3);
        if (!usertests_valid_name(name)) {
            free(name);
            continue; /* not one of the judge's: a temporary file, something the user put */
        }
        long long in = file_size(s->dirfd, de->d_name);
        char *ans_name = xasprintf("%s.ans", name), *ref_name = xasprintf("%s.ref", name);
        long long ans = file_size(s->dirfd, ans_name), ref = file_size(s->dirfd, ref_name);
        free(ans_name);
        free(ref_name);
        if (in == -2 || ans == -2 || (ans == -1 && ref == -2)) {
            ret = set_error(err, errlen,
                            "%s/%s: not a regular file (a symbolic link?); remove the test with "
                            "`judge tests remove`",
                            s->path, name);
        } else if (ans == -1 && ref == -1) {
            ret = set_error(err, errlen,
                            "%s/%s.in: no answer (%s.ans or %s.ref); remove the test with `judge "
                            "tests remove`",
                            s->path, name, name, name);
        } else if (*count == USERTESTS_MAX) {
            ret = set_error(err, errlen, "%s: more than %d tests", s->path, USERTESTS_MAX);
        } else {
            if (*count == cap) {
                cap = cap ? 2 * cap : 16;
                *out = xrealloc(*out, cap * sizeof(**out));
            }
            struct usertest *t = &(*out)[(*count)++];
            t->name = name;
            name = NULL;
            t->input_bytes = in;
            t->answer_from_reference = ans < 0;
            t->answer_bytes = ans >= 0 ? ans : ref;
        }
        free(name);
    }
    closedir(d);
    if (ret < 0) {
        usertests_list_free(*out, *count);
        *out = NULL;
        *count = 0;
        return -1;
    }
    sort_array(*out, *count, sizeof(**out), compare_tests);
    return 0;
}

void usertests_list_free(struct usertest *list, size_t count)
{
    for (size_t i = 0; i < count; i++)
        free(list[i].name);
    free(list);
}

/* Copies fd (from offset 0, at most USERTESTS_FILE_MAX bytes) into the store as final,
 * through a temporary file; never replaces a file. 0, or -1 with err. */
static int store_file(struct usertests *s, int fd, const char *final, const char *what, char *err,
                      size_t errlen)
{
    char tmp[USERTESTS_NAME_MAX + 32];
    snprintf(tmp, sizeof(tmp), ".tmp-%ld-%s", (long)getpid(), final);
    int out = openat(s->dirfd, tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (out < 0)
        return set_error(err, errlen, "%s/%s: %s", s->path, tmp, strerror(errno));
    char buf[65536];
    long long total = 0;
    ssize_t n;
    int ret = 0;
    if (lseek(fd, 0, SEEK_SET) < 0 && errno != ESPIPE)
        ret = set_error(err, errlen, "the %s: %s", what, strerror(errno));
    while (ret == 0 && (n = read(fd, buf, sizeof(buf))) != 0) {
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            ret = set_error(err, errlen, "the %s: %s", what, strerror(errno));
            break;
        }
        total += n;
        if (total > USERTESTS_FILE_MAX) {
            ret = set_error(err, errlen, "the %s is larger than %lld MiB", what,
                            USERTESTS_FILE_MAX >> 20);
            break;
        }
        int e = write_all(out, buf, (size_t)n);
        if (e < 0)
            ret = set_error(err, errlen, "%s/%s: %s", s->path, tmp, strerror(-e));
    }
    if (ret == 0 && fsync(out) < 0)
        ret = set_error(err, errlen, "%s/%s: %s", s->path, tmp, strerror(errno));
    close(out);
    if (ret == 0 && renameat2(s->dirfd, tmp, s->dirfd, final, RENAME_NOREPLACE) < 0)
        ret = set_error(err, errlen, "%s/%s: %s", s->path, final,
                        errno == EEXIST ? "exists already" : strerror(errno));
    if (ret < 0)
        unlinkat(s->dirfd, tmp, 0);
    return ret;
}

int usertests_add(struct usertests *s, const char *name, int input_fd, int answer_fd,
                  bool from_reference, char **added, char *err, size_t errlen)
{
    *added = NULL;
    if (s->dirfd < 0)
        return set_error(err, errlen, "%s: the store is not open", s->path);
    if (name && !usertests_valid_name(name))
        return set_error(err, errlen,
                         "--name must be 1 to %d letters, digits, '_' or '-' (got '%s')",
                         USERTESTS_NAME_MAX, name);
    struct usertest *list;
    size_t n;
    if (usertests_list(s, &list, &n, err, errlen) < 0)
        return -1;
    char number[32];
    if (!name) {
        /* The smallest free number: names already used are few (at most USERTESTS_MAX). */
        for (long k = 1;; k++) {
            snprintf(number, sizeof(number), "%ld", k);
            if (!usertests_name_taken(s, number))
                break;
        }
        name = number;
    }
    usertests_list_free(list, n);
    if (n >= USERTESTS_MAX)
        return set_error(err, errlen, "%s: already %d tests, the most a problem keeps", s->path,
                         USERTESTS_MAX);
    char in_name[USERTESTS_NAME_MAX + 8], ans_name[USERTESTS_NAME_MAX + 8];
    snprintf(in_name, sizeof(in_name), "%s.in", name);
    snprintf(ans_name, sizeof(ans_name), "%s.%s", name, from_reference ? "ref" : "ans");
    if (usertests_name_taken(s, name))
        return set_error(err, errlen,
                         "%s: a test named '%s' exists already (remove it first, or give "
                         "another --name)",
                         s->path, name);
    /* Ctrl-C (or a closed terminal) waits until the test is stored whole or not at all: the
     * judge's handler exits at once, and would leave a temporary file (up to 64 MiB) and an
     * answer without its input behind. */
    sigset_t fatal, old_mask;
    sigemptyset(&fatal);
    sigaddset(&fatal, SIGINT);
    sigaddset(&fatal, SIGTERM);
    sigaddset(&fatal, SIGHUP);
    sigaddset(&fatal, SIGQUIT);
    sigprocmask(SIG_BLOCK, &fatal, &old_mask);
    /* The answer first: an input in the store always has its answer. */
    int ret = store_file(s, answer_fd, ans_name, "answer", err, errlen);
    if (ret == 0 && (ret = store_file(s, input_fd, in_name, "input", err, errlen)) < 0)
        unlinkat(s->dirfd, ans_name, 0);
    sigprocmask(SIG_SETMASK, &old_mask, NULL);
    if (ret == 0)
        *added = xstrdup(name);
    return ret;
}

bool usertests_name_taken(const struct usertests *s, const char *name)
{
    static const char *const exts[] = {"in", "ans", "ref"};
    for (size_t i = 0; i < 3; i++) {
        char f[USERTESTS_NAME_MAX + 8];
        snprintf(f, sizeof(f), "%s.%s", name, exts[i]);
        if (file_size(s->dirfd, f) != -1)
            return true;
    }
    return false;
}

int usertests_remove(struct usertests *s, const char *name, char *err, size_t errlen)
{
    if (!usertests_valid_name(name))
        return set_error(err, errlen, "'%s' is not a test name (letters, digits, '_' or '-')",
                         name);
    char f[USERTESTS_NAME_MAX + 8];
    snprintf(f, sizeof(f), "%s.in", name);
    if (s->dirfd < 0 || !usertests_name_taken(s, name))
        return set_error(err, errlen, "no test '%s' in %s", name, s->path);
    /* The input first: an answer left alone is not a test. */
    if (unlinkat(s->dirfd, f, 0) < 0 && errno != ENOENT)
        return set_error(err, errlen, "%s/%s: %s", s->path, f, strerror(errno));
    static const char *const exts[] = {"ans", "ref"};
    for (size_t i = 0; i < 2; i++) {
        snprintf(f, sizeof(f), "%s.%s", name, exts[i]);
        if (unlinkat(s->dirfd, f, 0) < 0 && errno != ENOENT)
            return set_error(err, errlen, "%s/%s: %s", s->path, f, strerror(errno));
    }
    return 0;
}

int usertests_append(struct problem *p, const char **skipped, char *err, size_t errlen)
{
    *skipped = NULL;
    struct usertests s = {.dirfd = -1};
    struct usertest *list = NULL;
    size_t n = 0;
    int ret = -1;
    if (!usertests_valid_id(p->id))
        return 0; /* a package no store can be named for has none */
    if (usertests_open(&s, p->id, false, err, errlen) < 0 ||
        usertests_list(&s, &list, &n, err, errlen) < 0)
        goto out;
    ret = 0;
    if (n == 0)
        goto out;
    if (p->scoring) {
        *skipped = "a scoring problem's score is its own tests': your tests are not run";
        goto out;
    }
    int group = p->ntests ? p->tests[p->ntests - 1].group : 0;
    for (size_t i = p->ntests; i-- > 0;) {
        if (!p->tests[i].sample) {
            group = p->tests[i].group;
            break;
        }
    }
    p->tests = xrealloc(p->tests, (p->ntests + n) * sizeof(*p->tests));
    for (size_t i = 0; i < n; i++) {
        struct problem_test *t = &p->tests[p->ntests + i];
        memset(t, 0, sizeof(*t));
        t->name = xasprintf("user/%s", list[i].name);
        t->input = xasprintf("%s/%s.in", s.path, list[i].name);
        t->answer = xasprintf("%s/%s.%s", s.path, list[i].name,
                              list[i].answer_from_reference ? "ref" : "ans");
        t->group = group;
    }
    p->ntests += n;
    p->nuser_tests = n;
    free(p->user_tests_dir);
    p->user_tests_dir = xstrdup(s.path);
    ret = (int)n;
out:
    usertests_list_free(list, n);
    usertests_close(&s);
    return ret;
}
