/* skeleton.c: `judge new`'s package, copied from the skeleton's templates (see skeleton.h). */
#define _GNU_SOURCE
#include "judge/library.h"
#include "judge/skeleton.h"
#include "judge/util.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

/* The templates are the judge's own small files; these bound a broken installation. */
#define TEMPLATE_FILE_MAX (1 << 20)
#define TEMPLATE_DEPTH    8

char *skeleton_template_dir(void)
{
    const char *env = getenv("JUDGE_SKELETON");
    if (env && env[0])
        return is_dir(env) ? xstrdup(env) : NULL;
    if (is_dir(JUDGE_DATADIR "/skeleton"))
        return xstrdup(JUDGE_DATADIR "/skeleton");
#ifdef JUDGE_SOURCE_DIR
    if (is_dir(JUDGE_SOURCE_DIR "/judge/skeleton"))
        return xstrdup(JUDGE_SOURCE_DIR "/judge/skeleton");
#endif
    return NULL;
}

/* Writes a new file name beneath dirfd (never replacing, never through a link). 0 or -2. */
static int write_new(int dirfd, const char *name, const char *shown, const void *data, size_t len,
                     char *err, size_t errlen)
{
    int fd = openat(dirfd, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
    if (fd < 0) {
        set_error(err, errlen, "%s: %s", shown, strerror(errno));
        return -2;
    }
    int r = write_all(fd, data, len);
    if (close(fd) < 0 && r == 0)
        r = -errno;
    if (r < 0) {
        set_error(err, errlen, "%s: %s", shown, strerror(-r));
        return -2;
    }
    return 0;
}

/* Copies the template folder src into dirfd, merging folders; the top-level statement.md is
 * left to the caller (skip_statement). 0, or -2 with err. */
static int copy_tree(const char *src, int dirfd, const char *shown, int depth, bool skip_statement,
                     char *err, size_t errlen)
{
    if (depth > TEMPLATE_DEPTH) {
        set_error(err, errlen, "%s: the skeleton's folders nest too deep", src);
        return -2;
    }
    DIR *d = opendir(src);
    if (!d) {
        set_error(err, errlen, "%s: %s", src, strerror(errno));
        return -2;
    }
    int ret = 0;
    struct dirent *e;
    while (ret == 0 && (e = readdir(d))) {
        const char *name = e->d_name;
        if (strcmp(name, ".") == 0 || strcmp(name, "..") == 0)
            continue;
        if (skip_statement && strcmp(name, "statement.md") == 0)
            continue;
        char *from = path_join(src, name);
        char *to = path_join(shown, name);
        struct stat st;
        if (lstat(from, &st) < 0) {
            set_error(err, errlen, "%s: %s", from, strerror(errno));
            ret = -2;
        } else if (S_ISDIR(st.st_mode)) {
            if (mkdirat(dirfd, name, 0777) < 0 && errno != EEXIST) {
                set_error(err, errlen, "%s: %s", to, strerror(errno));
                ret = -2;
            } else {
                int sub = openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
                if (sub < 0) {
                    set_error(err, errlen, "%s: %s", to, strerror(errno));
                    ret = -2;
                } else {
                    ret = copy_tree(from, sub, to, depth + 1, false, err, errlen);
                    close(sub);
                }
            }
        } else if (S_ISREG(st.st_mode)) {
            size_t len;
            char *data = read_file(from, TEMPLATE_FILE_MAX, &len);
            if (!data) {
                set_error(err, errlen, "%s: %s", from, strerror(errno));
                ret = -2;
            } else {
                ret = write_new(dirfd, name, to, data, len, err, errlen);
                free(data);
            }
        }
        free(from);
        free(to);
    }
    closedir(d);
    return ret;
}

/* problem.json for the style: the id as its title, the library's usual limits. */
static char *problem_json(const char *id, enum skeleton_style style)
{
    struct strbuf sb = STRBUF_INIT;
    /* id holds only letters, digits, '-' and '_' (library_id_check): nothing to escape. */
    strbuf_addf(&sb,
                "{\n"
                "  \"title\": \"%s\",\n"
                "  \"time_limit_ms\": 1000,\n"
                "  \"memory_limit_mb\": 256,\n"
                "  \"output_limit_mb\": 64,\n"
                "  \"checker\": \"tokens\",\n",
                id);
    if (style == SKELETON_FUNCTION)
        strbuf_addstr(&sb, "  \"harness\": {\"c\": \"harness/main.c\", \"cpp\": "
                           "\"harness/main.cpp\", \"python\": \"harness/main.py\",\n"
                           "              \"java\": \"harness/Main.java\", \"javascript\": "
                           "\"harness/main.js\", \"rust\": \"harness/main.rs\"},\n");
    if (style == SKELETON_INTERACTIVE)
        strbuf_addstr(
            &sb, "  \"interactor\": {\"type\": \"kattis\", \"source\": \"interactor.cpp\"},\n");
    strbuf_addstr(&sb, "  \"tags\": [],\n"
                       "  \"difficulty\": \"easy\"\n"
                       "}\n");
    return strbuf_detach(&sb);
}

/* Fills the temporary package beneath dirfd. 0, or -2 with err. */
static int fill(int dirfd, const char *tmpl, const char *id, enum skeleton_style style,
                const char *shown, char *err, size_t errlen)
{
    static const char *const program[] = {"common", "whole-program", "program", NULL};
    static const char *const function[] = {"common", "function", NULL};
    static const char *const interactive[] = {"common", "whole-program", "interactive", NULL};
    const char *const *parts = style == SKELETON_FUNCTION      ? function
                               : style == SKELETON_INTERACTIVE ? interactive
                                                               : program;
    int ret = 0;
    for (size_t i = 0; parts[i] && ret == 0; i++) {
        char *src = path_join(tmpl, parts[i]);
        ret = copy_tree(src, dirfd, shown, 0, true, err, errlen);
        free(src);
    }
    if (ret < 0)
        return ret;

    /* The statement: the style's template under a title line. */
    size_t nparts = 0;
    while (parts[nparts])
        nparts++;
    char *statement_path = xasprintf("%s/%s/statement.md", tmpl, parts[nparts - 1]);
    size_t len;
    char *body = read_file(statement_path, TEMPLATE_FILE_MAX, &len);
    if (!body) {
        set_error(err, errlen, "%s: %s", statement_path, strerror(errno));
        free(statement_path);
        return -2;
    }
    free(statement_path);
    char *statement = xasprintf("# %s\n\n%s", id, body);
    free(body);
    char *shown_statement = path_join(shown, "statement.md");
    ret = write_new(dirfd, "statement.md", shown_statement, statement, strlen(statement), err,
                    errlen);
    free(shown_statement);
    free(statement);
    if (ret < 0)
        return ret;

    char *json = problem_json(id, style);
    char *shown_json = path_join(shown, "problem.json");
    ret = write_new(dirfd, "problem.json", shown_json, json, strlen(json), err, errlen);
    free(shown_json);
    free(json);
    return ret;
}

int skeleton_create(const char *library, const char *id, enum skeleton_style style, char **path,
                    char *err, size_t errlen)
{
    *path = NULL;
    if (library_id_check("problem", id, err, errlen) < 0)
        return -1;
    char *tmpl = skeleton_template_dir();
    if (!tmpl) {
        set_error(err, errlen,
                  "the skeleton's templates are missing (share/judge/skeleton/, or judge/skeleton/ "
                  "in the source tree; JUDGE_SKELETON names another)");
        return -2;
    }
    int ret = -1;
    char *final = path_join(library, id);
    char tmpname[LIBRARY_ID_MAX + 32] = "";
    int libfd = open(library, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (libfd < 0) {
        set_error(err, errlen, "%s: cannot open the problem library: %s", library, strerror(errno));
        goto out;
    }
    struct stat st;
    if (fstatat(libfd, id, &st, AT_SYMLINK_NOFOLLOW) == 0 || errno != ENOENT) {
        set_error(err, errlen, "%s: already exists (judge new never replaces anything)", final);
        goto out_close_lib;
    }

    /* The temporary package, beside where it goes: the rename cannot cross a filesystem. */
    for (int attempt = 0;; attempt++) {
        unsigned nonce = 0;
        if (getrandom(&nonce, sizeof(nonce), 0) != (ssize_t)sizeof(nonce))
            nonce = (unsigned)getpid() * 2654435761u + (unsigned)attempt;
        snprintf(tmpname, sizeof(tmpname), ".new-%s-%08x", id, nonce);
        if (mkdirat(libfd, tmpname, 0777) == 0)
            break;
        int e = errno;
        if (e != EEXIST || attempt == 16) {
            set_error(err, errlen, "%s: cannot create a package there: %s", library, strerror(e));
            tmpname[0] = '\0';
            ret = e == EACCES || e == EROFS || e == EPERM ? -1 : -2;
            goto out_close_lib;
        }
    }
    int tmpfd = openat(libfd, tmpname, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (tmpfd < 0) {
        set_error(err, errlen, "%s/%s: %s", library, tmpname, strerror(errno));
        ret = -2;
        goto out_remove_tmp;
    }
    ret = fill(tmpfd, tmpl, id, style, final, err, errlen);
    if (ret < 0)
        goto out_close_tmp;
    if (renameat2(libfd, tmpname, libfd, id, RENAME_NOREPLACE) < 0) {
        int e = errno;
        if (e == EEXIST)
            set_error(err, errlen, "%s: already exists (judge new never replaces anything)", final);
        else
            set_error(err, errlen, "%s: %s", final, strerror(e));
        ret = e == EEXIST ? -1 : -2;
        goto out_close_tmp;
    }
    close(tmpfd);
    tmpname[0] = '\0';
    *path = final;
    final = NULL;
    ret = 0;
    goto out_close_lib;

out_close_tmp:
    remove_tree_at(tmpfd);
    close(tmpfd);
out_remove_tmp:
    unlinkat(libfd, tmpname, AT_REMOVEDIR);
out_close_lib:
    close(libfd);
out:
    free(final);
    free(tmpl);
    return ret;
}
