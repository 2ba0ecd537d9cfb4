/* library.c: adding to the problem library: a checked package copied in, a weekly set written.
 *
 * Both write only beneath the library directory, build what they write under a hidden name
 * first and put it in place in one step that never replaces anything (renameat2 with
 * RENAME_NOREPLACE for a package's directory, link(2) for a set's file): a reader sees the
 * whole thing or nothing, and a failure leaves nothing behind. */
#define _GNU_SOURCE
#include "judge/library.h"
#include "judge/pkgfile.h"
#include "judge/util.h"
#include "judge/weeks.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int library_id_check(const char *what, const char *id, char *err, size_t errlen)
{
    size_t len = strlen(id);
    if (len == 0)
        return set_error(err, errlen, "the %s id is empty", what);
    if (len > LIBRARY_ID_MAX)
        return set_error(err, errlen, "the %s id is %zu bytes long (at most %d)", what, len,
                         LIBRARY_ID_MAX);
    if (id[0] == '-' || id[0] == '.')
        return set_error(err, errlen, "the %s id '%s' must not start with '%c'", what, id, id[0]);
    for (size_t i = 0; i < len; i++) {
        char c = id[i];
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                  c == '-' || c == '_';
        if (!ok) {
            char *shown = text_visible(id, 80);
            set_error(err, errlen,
                      "the %s id '%s' may hold only letters, digits, '-' and '_' (byte %zu is "
                      "not one)",
                      what, shown, i + 1);
            free(shown);
            return -1;
        }
    }
    if (strcmp(id, "weeks") == 0)
        return set_error(err, errlen, "the %s id 'weeks' is the library's folder of weekly sets",
                         what);
    return 0;
}

/* ---- a package copied in ---- */

/* Copies the regular file path of the package into dirfd as name, keeping whether it can be
 * executed (a build or run script). */
static int copy_file(const char *pkg, const char *path, int dirfd, const char *name, char *err,
                     size_t errlen)
{
    int in = pkg_open(pkg, path, PKG_TEST_FILE_MAX, err, errlen);
    if (in < 0)
        return -1;
    struct stat st;
    int r = -1;
    if (fstat(in, &st) < 0) {
        set_error(err, errlen, "%s: %s", path, strerror(errno));
        goto out;
    }
    mode_t mode = (st.st_mode & 0111) ? 0755 : 0644;
    int out = openat(dirfd, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
    if (out < 0) {
        set_error(err, errlen, "%s: cannot create its copy: %s", path, strerror(errno));
        goto out;
    }
    int cr = copy_fd(in, out);
    if (cr == 0 && fchmod(out, mode) < 0)
        cr = -errno;
    if (close(out) < 0 && cr == 0)
        cr = -errno;
    if (cr < 0)
        set_error(err, errlen, "%s: cannot copy it: %s", path, strerror(-cr));
    else
        r = 0;
out:
    close(in);
    return r;
}

/* Copies the package's directory path into dirfd, depth levels below the package's root. */
static int copy_dir(const char *pkg, const char *path, int dirfd, int depth, size_t *budget,
                    char *err, size_t errlen)
{
    struct pkg_entry *e;
    size_t n;
    if (pkg_list(pkg, path, &e, &n, budget, err, errlen) < 0)
        return -1;
    int r = 0;
    for (size_t i = 0; i < n && r == 0; i++) {
        char *child = path_join(path, e[i].name);
        if (e[i].kind == PKG_DIR && !e[i].link) {
            int sub = -1;
            if (depth + 1 > PKG_WALK_MAX_DEPTH) {
                r = set_error(err, errlen, "%s: more than %d levels of directories", child,
                              PKG_WALK_MAX_DEPTH);
            } else if (mkdirat(dirfd, e[i].name, 0755) < 0 ||
                       (sub = openat(dirfd, e[i].name,
                                     O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)) < 0) {
                r = set_error(err, errlen, "%s: cannot create its copy: %s", child,
                              strerror(errno));
            } else {
                r = copy_dir(pkg, child, sub, depth + 1, budget, err, errlen);
            }
            if (sub >= 0)
                close(sub);
        } else if (pkg_entry_check(child, &e[i], err, errlen) < 0) {
            r = -1;
        } else {
            r = copy_file(pkg, child, dirfd, e[i].name, err, errlen);
        }
        free(child);
    }
    pkg_entries_free(e, n);
    return r;
}

/* Removes the directory path and everything below it (our own copy, half made). */
static void remove_dir(const char *path)
{
    int fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd >= 0) {
        remove_tree_at(fd);
        close(fd);
    }
    rmdir(path);
}

int library_add_package(const char *src, const char *library, const char *id, char *err,
                        size_t errlen)
{
    if (library_id_check("problem", id, err, errlen) < 0)
        return -1;
    if (!is_dir(library))
        return set_error(err, errlen, "%s: the problem library is not a directory", library);
    struct pkg_entry root;
    pkg_stat(src, src, &root);
    if (root.kind != PKG_DIR)
        return set_error(err, errlen, "%s: not a problem package directory", src);

    char *final = path_join(library, id);
    struct stat st;
    if (lstat(final, &st) == 0) {
        set_error(err, errlen, "%s: already in the library (remove it first to replace it)", final);
        free(final);
        return -1;
    }
    char *name = xasprintf(".add-%s-XXXXXX", id);
    char *tmp = path_join(library, name);
    free(name);
    if (!mkdtemp(tmp)) {
        set_error(err, errlen, "%s: cannot write in the library: %s", library, strerror(errno));
        free(tmp);
        free(final);
        return -1;
    }
    int r = -1;
    int fd = open(tmp, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    size_t budget = PKG_WALK_MAX_ENTRIES;
    if (fd < 0) {
        set_error(err, errlen, "%s: %s", tmp, strerror(errno));
    } else if (copy_dir(src, src, fd, 0, &budget, err, errlen) == 0) {
        if (fchmod(fd, 0755) < 0 || fsync(fd) < 0)
            set_error(err, errlen, "%s: %s", tmp, strerror(errno));
        else if (renameat2(AT_FDCWD, tmp, AT_FDCWD, final, RENAME_NOREPLACE) < 0)
            set_error(err, errlen, "%s: %s", final,
                      errno == EEXIST ? "already in the library" : strerror(errno));
        else
            r = 0;
    }
    if (fd >= 0)
        close(fd);
    if (r < 0)
        remove_dir(tmp);
    free(tmp);
    free(final);
    return r;
}

/* ---- a weekly set written ---- */

static char *week_text(const struct library_week *spec)
{
    char starts[11], ends[11];
    week_date_format(spec->starts_day, starts);
    week_date_format(spec->ends_day, ends);
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "id", spec->id);
    cJSON_AddStringToObject(o, "title", spec->title ? spec->title : spec->id);
    if (spec->number > 0) {
        cJSON_AddNumberToObject(o, "week", spec->number);
    } else {
        cJSON_AddStringToObject(o, "starts", starts);
        cJSON_AddStringToObject(o, "ends", ends);
    }
    cJSON *list = cJSON_AddArrayToObject(o, "problems");
    for (size_t i = 0; i < spec->nproblems; i++)
        cJSON_AddItemToArray(list, cJSON_CreateString(spec->problems[i]));
    if (spec->verdict_only)
        cJSON_AddStringToObject(o, "feedback", "verdict-only");
    char *text = json_print(o);
    cJSON_Delete(o);
    char *with_newline = xasprintf("%s\n", text);
    free(text);
    return with_newline;
}

/* Writes text to dir/name through a temporary file linked into place (never replacing). */
static int write_new_file(const char *dir, const char *name, const char *text, char *err,
                          size_t errlen)
{
    char *final = path_join(dir, name);
    char *tmp_name = xasprintf(".new-%s-XXXXXX", name);
    char *tmp = path_join(dir, tmp_name);
    free(tmp_name);
    int r = -1;
    int fd = mkostemp(tmp, O_CLOEXEC);
    if (fd < 0) {
        set_error(err, errlen, "%s: cannot write in it: %s", dir, strerror(errno));
        goto out;
    }
    if (write_all(fd, text, strlen(text)) < 0 || fchmod(fd, 0644) < 0 || fsync(fd) < 0) {
        set_error(err, errlen, "%s: %s", final, strerror(errno));
        close(fd);
        unlink(tmp);
        goto out;
    }
    close(fd);
    if (link(tmp, final) < 0)
        set_error(err, errlen, "%s: %s", final,
                  errno == EEXIST ? "already exists" : strerror(errno));
    else
        r = 0;
    unlink(tmp);
out:
    free(tmp);
    free(final);
    return r;
}

int library_week_new(const char *library, const struct library_week *spec, char **path_out,
                     char *err, size_t errlen)
{
    if (library_id_check("week", spec->id, err, errlen) < 0)
        return -1;
    if (!is_dir(library))
        return set_error(err, errlen, "%s: the problem library is not a directory", library);

    char *weeks_dir = path_join(library, "weeks");
    char *file_name = xasprintf("%s.json", spec->id);
    char *file = path_join(weeks_dir, file_name);
    char *text = week_text(spec);
    struct week w;
    struct week_set set = WEEK_SET_INIT;
    int r = -1;
    memset(&w, 0, sizeof(w));

    /* The set as every command will read it: the same parser, then against the others. */
    if (week_parse(file, text, strlen(text), week_library_has_problem, (void *)library, &w, err,
                   errlen) < 0)
        goto out;
    if (week_set_load(&set, library, NULL, err, errlen) < 0)
        goto out;
    const struct week *same = week_set_find(&set, spec->id);
    if (!same)
        same = week_set_find_skipped(&set, spec->id);
    if (same || access(file, F_OK) == 0) {
        set_error(err, errlen, "%s: a weekly set '%s' already exists", same ? same->file : file,
                  spec->id);
        goto out;
    }
    /* Dates are checked against the dated sets only: each group's calendar places the
     * undated ones around them. */
    for (size_t i = 0; i < set.count; i++) {
        const struct week *o = &set.weeks[i];
        if (!w.dated && o->number == w.number) {
            set_error(err, errlen, "%s: week %d is already %s's place in the library's order", file,
                      w.number, o->file);
            goto out;
        }
        if (w.dated && o->dated && w.starts_day <= o->ends_day && o->starts_day <= w.ends_day) {
            set_error(err, errlen, "%s: %s..%s overlaps %s (%s..%s): a day belongs to one set",
                      file, w.starts, w.ends, o->file, o->starts, o->ends);
            goto out;
        }
    }
    if (mkdir(weeks_dir, 0755) < 0 && errno != EEXIST) {
        set_error(err, errlen, "%s: %s", weeks_dir, strerror(errno));
        goto out;
    }
    if (write_new_file(weeks_dir, file_name, text, err, errlen) < 0)
        goto out;
    if (path_out)
        *path_out = xstrdup(file);
    r = 0;
out:
    week_set_release(&set);
    week_release(&w);
    free(text);
    free(file);
    free(file_name);
    free(weeks_dir);
    return r;
}
