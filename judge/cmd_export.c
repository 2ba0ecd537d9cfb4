/* cmd_export.c: `judge week export DIR [WEEK]`: the week as files for a group's repository. */
#define _GNU_SOURCE
#include "judge/cli.h"
#include "judge/cmd_week.h"
#include "judge/export.h"
#include "judge/history.h"
#include "judge/honesty.h"
#include "judge/lang.h"
#include "judge/routine.h"
#include "judge/stats.h"
#include "judge/util.h"

#include <stdlib.h>
#include <string.h>

/* Safe, distinct names for data (users, problems): export_name, with a short hash of the
 * original added where two would otherwise be the same. */
struct name_map {
    const char **data;
    char **names;
    size_t count;
};

static void name_map_init(struct name_map *m, const char *const *data, size_t n)
{
    m->data = xcalloc(n + 1, sizeof(*m->data));
    m->names = xcalloc(n + 1, sizeof(*m->names));
    m->count = n;
    char buf[EXPORT_NAME_MAX + 1];
    for (size_t i = 0; i < n; i++) {
        m->data[i] = data[i];
        export_name(data[i], buf);
        m->names[i] = xstrdup(buf);
    }
    for (size_t i = 0; i < n; i++) {
        bool clash = false;
        for (size_t j = 0; j < n && !clash; j++)
            clash = j != i && strcasecmp(m->names[i], m->names[j]) == 0 &&
                    strcmp(m->data[i], m->data[j]) != 0;
        if (!clash)
            continue;
        /* Case-insensitive too: a checkout on macOS or Windows would merge them. */
        char digest[65];
        sha256_hex(data[i], strlen(data[i]), digest);
        char *named = xasprintf("%s-%.8s", m->names[i], digest);
        free(m->names[i]);
        m->names[i] = named;
    }
}

static const char *name_map_get(const struct name_map *m, const char *data)
{
    for (size_t i = 0; i < m->count; i++) {
        if (strcmp(m->data[i], data) == 0)
            return m->names[i];
    }
    return "_";
}

static void name_map_release(struct name_map *m)
{
    for (size_t i = 0; i < m->count; i++)
        free(m->names[i]);
    free(m->names);
    free(m->data);
    memset(m, 0, sizeof(*m));
}

/* The file extension for a language: its first in the languages file, else "txt". */
static char *extension_for(const struct language_set *langs, const char *language)
{
    const struct language *l = lang_by_id(langs, language);
    const char *ext = l && l->extensions && l->extensions[0] ? l->extensions[0] : ".txt";
    char buf[EXPORT_NAME_MAX + 1];
    export_name(ext[0] == '.' ? ext + 1 : ext, buf);
    return xstrdup(buf);
}

/* What an export did, for the report, and the strings its README entries point at. */
struct export_log {
    cJSON *files;    /* [{"path", "status"}] */
    cJSON *withheld; /* [{"user", "problem", "reason"}] */
    char **kept;
    size_t nkept;
};

/* Keeps s (malloc'ed) until the export ends; returns it. */
static const char *keep(struct export_log *log, char *s)
{
    log->kept = xrealloc(log->kept, (log->nkept + 1) * sizeof(*log->kept));
    log->kept[log->nkept++] = s;
    return s;
}

static int write_logged(struct export_dir *d, struct export_log *log, const char *rel,
                        const char *content, size_t len)
{
    char err[4096];
    enum export_status status;
    if (export_write(d, rel, content, len, &status, err, sizeof(err)) < 0) {
        cli_error("%s", err);
        return EXIT_USAGE;
    }
    cJSON *x = cJSON_CreateObject();
    cJSON_AddStringToObject(x, "path", rel);
    cJSON_AddStringToObject(x, "status", status == EXPORT_WRITTEN ? "written" : "unchanged");
    cJSON_AddItemToArray(log->files, x);
    return EXIT_OK;
}

/* Whether the group may see s (its author is the exporter, or its week has ended); when not,
 * logs why. EXIT_OK with *shown set, or an exit status. */
static int may_share(struct hist_db *db, const struct week_cli *w, const char *viewer,
                     const struct hist_submission *s, struct export_log *log, bool *shown,
                     char **why)
{
    char err[4096];
    enum honesty_reason reason;
    int r = honesty_check_submission(db, &w->weeks, viewer, s, w->today, HONESTY_GROUP, &reason,
                                     err, sizeof(err));
    if (r != HIST_OK) {
        cli_error("%s", err);
        return r == HIST_ESYSTEM ? EXIT_SYSTEM : EXIT_USAGE;
    }
    *shown = reason != HONESTY_HIDDEN;
    if (!*shown && log) {
        const struct week *week = s->week ? week_set_find(&w->weeks, s->week) : NULL;
        *why = honesty_explain(s->user, s->problem, week, HONESTY_GROUP);
        cJSON *x = cJSON_CreateObject();
        cJSON_AddStringToObject(x, "user", s->user);
        cJSON_AddStringToObject(x, "problem", s->problem);
        cJSON_AddStringToObject(x, "reason", *why);
        cJSON_AddItemToArray(log->withheld, x);
    }
    return EXIT_OK;
}

/* Exports one member's solution of one problem: its source and note, as the rule allows. */
static int export_solution(struct hist_db *db, struct week_cli *w, const char *viewer,
                           struct export_dir *d, struct export_log *log,
                           const struct language_set *langs, const char *week_dir,
                           const char *problem_dir, const char *user_name,
                           const struct member_solution *sol, struct export_entry *entry)
{
    char err[4096];
    struct hist_submission full;
    int r = hist_get(db, sol->latest_ac->id, &full, err, sizeof(err));
    if (r != HIST_OK) {
        cli_error("%s", err);
        return r == HIST_ESYSTEM ? EXIT_SYSTEM : EXIT_USAGE;
    }
    bool shown;
    char *why = NULL;
    if ((r = may_share(db, w, viewer, &full, log, &shown, &why)) != EXIT_OK)
        goto out_release;
    entry->user = sol->user;
    entry->problem = sol->problem;
    entry->language = sol->latest_ac->language;
    entry->attempts = sol->attempts;
    entry->late = sol->late;
    entry->time_ms = sol->best_time_ms;
    entry->memory_kib = sol->best_memory_kib;
    if (!shown) {
        /* The README says why, without the source. */
        entry->withheld = keep(log, why);
        goto out_release;
    }
    char *ext = extension_for(langs, full.language);
    char *rel = xasprintf("%s/%s.%s", problem_dir, user_name, ext);
    char *path = xasprintf("%s/%s", week_dir, rel);
    r = write_logged(d, log, path, full.source, full.source_len);
    free(path);
    free(ext);
    entry->source_path = keep(log, rel);
    if (r != EXIT_OK)
        goto out_release;

    struct hist_note note;
    int nr = hist_note_get(db, sol->user, sol->problem, &note, err, sizeof(err));
    if (nr == HIST_OK) {
        struct hist_submission about = {
            .user = note.user, .problem = note.problem, .week = note.week};
        if ((r = may_share(db, w, viewer, &about, NULL, &shown, &why)) == EXIT_OK && shown) {
            char *note_rel = xasprintf("%s/%s.md", problem_dir, user_name);
            char *note_path = xasprintf("%s/%s", week_dir, note_rel);
            r = write_logged(d, log, note_path, note.text, strlen(note.text));
            entry->note_path = keep(log, note_rel);
            free(note_path);
        }
        hist_note_release(&note);
    } else if (nr != HIST_ENOTFOUND) {
        cli_error("%s", err);
        r = nr == HIST_ESYSTEM ? EXIT_SYSTEM : EXIT_USAGE;
    }
out_release:
    hist_submission_release(&full);
    return r;
}

int week_export(struct week_cli *w, const struct week *week)
{
    char err[4096];
    char *viewer = hist_user(w->judge.user, err, sizeof(err));
    if (!viewer) {
        cli_error("%s", err);
        return EXIT_USAGE;
    }
    struct language_set langs;
    if (lang_load(&langs, w->judge.languages, err, sizeof(err)) < 0) {
        cli_error("%s", err);
        free(viewer);
        return EXIT_USAGE;
    }
    struct hist_db *db;
    int r = week_cli_open_history(w, false, &db);
    if (r != EXIT_OK)
        goto out_release_langs;
    struct hist_filter f = {.week = week->id, .oldest_first = true};
    struct hist_submission *rows;
    size_t nrows;
    int hr = hist_list(db, &f, &rows, &nrows, err, sizeof(err));
    if (hr != HIST_OK) {
        cli_error("%s", err);
        r = hr == HIST_ESYSTEM ? EXIT_SYSTEM : EXIT_USAGE;
        goto out_close;
    }
    struct stats_attempt *attempts;
    size_t nattempts = stats_attempts_from_history(rows, nrows, &attempts);
    struct group_board b;
    group_board_compute(&b, week, attempts, nattempts);

    struct export_dir d;
    if (export_open(&d, w->export_dir, err, sizeof(err)) < 0) {
        cli_error("%s", err);
        r = EXIT_USAGE;
        goto out_release_board;
    }
    char week_dir[EXPORT_NAME_MAX + 1];
    export_name(week->id, week_dir);
    const char **users = xcalloc(b.nrows + 1, sizeof(*users));
    for (size_t i = 0; i < b.nrows; i++)
        users[i] = b.rows[i].user;
    struct name_map user_names, problem_names;
    name_map_init(&user_names, users, b.nrows);
    name_map_init(&problem_names, (const char *const *)week->problems, week->nproblems);
    free(users);

    struct export_log log = {cJSON_CreateArray(), cJSON_CreateArray(), NULL, 0};
    struct export_entry *entries = xcalloc(b.nrows * week->nproblems + 1, sizeof(*entries));
    size_t nentries = 0;
    for (size_t p = 0; p < week->nproblems && r == EXIT_OK; p++) {
        for (size_t i = 0; i < b.nrows && r == EXIT_OK; i++) {
            if (!b.rows[i].cells[p].first_ac_id)
                continue;
            struct member_solution sol;
            member_solution_compute(&sol, b.rows[i].user, week->problems[p], week, rows, nrows);
            r = export_solution(db, w, viewer, &d, &log, &langs, week_dir,
                                name_map_get(&problem_names, week->problems[p]),
                                name_map_get(&user_names, b.rows[i].user), &sol,
                                &entries[nentries++]);
        }
    }
    if (r == EXIT_OK) {
        char *readme = export_readme(&b, entries, nentries);
        char *rel = xasprintf("%s/README.md", week_dir);
        r = write_logged(&d, &log, rel, readme, strlen(readme));
        free(rel);
        free(readme);
    }
    if (r == EXIT_OK) {
        if (w->judge.json) {
            cJSON *o = cJSON_CreateObject();
            cJSON_AddStringToObject(o, "dir", w->export_dir);
            cJSON_AddStringToObject(o, "week", week->id);
            cJSON_AddItemToObject(o, "files", log.files);
            cJSON_AddItemToObject(o, "withheld", log.withheld);
            log.files = log.withheld = NULL;
            week_cli_print_json(o);
        } else {
            printf("%s exported to %s/%s: %zu file%s written, %zu unchanged\n", week->id,
                   w->export_dir, week_dir, d.written, d.written == 1 ? "" : "s", d.unchanged);
            const cJSON *x;
            cJSON_ArrayForEach(x, log.files)
            {
                const char *status = cJSON_GetStringValue(cJSON_GetObjectItem(x, "status"));
                if (strcmp(status, "written") == 0)
                    printf("  written  %s\n", cJSON_GetStringValue(cJSON_GetObjectItem(x, "path")));
            }
            cJSON_ArrayForEach(x, log.withheld)
            {
                char *why = text_visible(cJSON_GetStringValue(cJSON_GetObjectItem(x, "reason")), 0);
                printf("  not exported: %s\n", why);
                free(why);
            }
        }
    }
    cJSON_Delete(log.files);
    cJSON_Delete(log.withheld);
    for (size_t i = 0; i < log.nkept; i++)
        free(log.kept[i]);
    free(log.kept);
    free(entries);
    name_map_release(&user_names);
    name_map_release(&problem_names);
    export_close(&d);
out_release_board:
    group_board_release(&b);
    free(attempts);
    hist_list_free(rows, nrows);
out_close:
    hist_close(db);
out_release_langs:
    lang_set_release(&langs);
    free(viewer);
    return r;
}
