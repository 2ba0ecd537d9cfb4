/* lang.c: reading the languages file, finding toolchains, expanding command templates. */
#define _GNU_SOURCE
#include "judge/lang.h"
#include "judge/util.h"

#include <cjson/cJSON.h>
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <glob.h>
#include <limits.h>
#include <regex.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define LANG_FILE_MAX (1 << 20)

void lang_argv_free(char **argv)
{
    if (!argv)
        return;
    for (char **p = argv; *p; p++)
        free(*p);
    free(argv);
}

/* An array of strings from JSON; NULL-ended. */
static int string_array(const cJSON *v, char ***out, const char *file, const char *lang,
                        const char *key, bool allow_empty, char *err, size_t errlen)
{
    *out = NULL;
    if (!v)
        return 0;
    if (!cJSON_IsArray(v) || (!allow_empty && cJSON_GetArraySize(v) == 0))
        return set_error(err, errlen, "%s: %s.%s must be a%s array of strings", file, lang, key,
                         allow_empty ? "n" : " non-empty");
    char **arr = xcalloc((size_t)cJSON_GetArraySize(v) + 1, sizeof(char *));
    size_t n = 0;
    const cJSON *s;
    cJSON_ArrayForEach(s, v)
    {
        if (!cJSON_IsString(s)) {
            lang_argv_free(arr);
            return set_error(err, errlen, "%s: %s.%s must hold only strings", file, lang, key);
        }
        arr[n++] = xstrdup(s->valuestring);
    }
    *out = arr;
    return 0;
}

static int parse_mode(const cJSON *v, enum sbx_memory_mode *out, const char *file, const char *lang,
                      const char *key, char *err, size_t errlen)
{
    if (!v)
        return 0;
    if (cJSON_IsString(v) && strcmp(v->valuestring, "as") == 0)
        *out = SBX_MEMORY_ADDRESS_SPACE;
    else if (cJSON_IsString(v) && strcmp(v->valuestring, "resident") == 0)
        *out = SBX_MEMORY_RESIDENT;
    else
        return set_error(err, errlen, "%s: %s.%s must be \"as\" or \"resident\"", file, lang, key);
    return 0;
}

static int parse_long(const cJSON *v, long *out, long max, const char *file, const char *lang,
                      const char *key, char *err, size_t errlen)
{
    if (!v)
        return 0;
    if (!cJSON_IsNumber(v) || v->valuedouble < 1 || v->valuedouble > (double)max)
        return set_error(err, errlen, "%s: %s.%s must be an integer between 1 and %ld", file, lang,
                         key, max);
    *out = (long)v->valuedouble;
    return 0;
}

static void error_rules_free(struct lang_error_rule *rules, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(rules[i].match);
        free(rules[i].show);
        free(rules[i].frame);
        free(rules[i].frame_show);
    }
    free(rules);
}

static char *pattern_with_files(const char *pattern, char *const *files);

/* Whether pattern compiles (with {file} standing for a file name). */
static bool pattern_compiles(const char *pattern, char *why, size_t len)
{
    static char probe_name[] = "solution.x";
    char *const probe[] = {probe_name, NULL};
    char *full = pattern_with_files(pattern, probe);
    regex_t re;
    int rc = regcomp(&re, full, REG_EXTENDED | REG_NEWLINE);
    free(full);
    if (rc != 0) {
        regerror(rc, &re, why, len);
        return false;
    }
    regfree(&re);
    return true;
}

/* One string member of a rule: its copy in *out (NULL when absent and optional). */
static int rule_string(const cJSON *rule, const char *key, bool pattern, char **out,
                       const char *file, const char *lang, size_t index, char *err, size_t errlen)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(rule, key);
    *out = NULL;
    if (!v)
        return 0;
    char why[256];
    if (!cJSON_IsString(v) || !v->valuestring[0])
        return set_error(err, errlen, "%s: %s.runtime_errors[%zu].%s must be a non-empty string",
                         file, lang, index, key);
    if (pattern && !pattern_compiles(v->valuestring, why, sizeof(why)))
        return set_error(err, errlen,
                         "%s: %s.runtime_errors[%zu].%s is not a valid regular "
                         "expression: %s",
                         file, lang, index, key, why);
    *out = xstrdup(v->valuestring);
    return 0;
}

/* "runtime_errors": [{"match", "show", "last", "frame", "frame_show", "frame_last"}, ...] */
static int parse_error_rules(const cJSON *v, struct language *l, const char *file, char *err,
                             size_t errlen)
{
    if (!v)
        return 0;
    if (!cJSON_IsArray(v))
        return set_error(err, errlen, "%s: %s.runtime_errors must be a list of rules", file, l->id);
    l->error_rules = xcalloc((size_t)cJSON_GetArraySize(v) + 1, sizeof(*l->error_rules));
    const cJSON *rule;
    cJSON_ArrayForEach(rule, v)
    {
        size_t i = l->nerror_rules;
        struct lang_error_rule *r = &l->error_rules[i];
        l->nerror_rules++;
        if (!cJSON_IsObject(rule))
            return set_error(err, errlen, "%s: %s.runtime_errors[%zu] must be an object", file,
                             l->id, i);
        for (const cJSON *k = rule->child; k; k = k->next) {
            static const char *const known[] = {"match", "show",       "last",
                                                "frame", "frame_show", "frame_last"};
            bool ok = false;
            for (size_t n = 0; n < sizeof(known) / sizeof(known[0]); n++)
                ok |= strcmp(k->string, known[n]) == 0;
            if (!ok)
                return set_error(err, errlen, "%s: %s.runtime_errors[%zu]: unknown key \"%s\"",
                                 file, l->id, i, k->string);
        }
        if (rule_string(rule, "match", true, &r->match, file, l->id, i, err, errlen) < 0 ||
            rule_string(rule, "show", false, &r->show, file, l->id, i, err, errlen) < 0 ||
            rule_string(rule, "frame", true, &r->frame, file, l->id, i, err, errlen) < 0 ||
            rule_string(rule, "frame_show", false, &r->frame_show, file, l->id, i, err, errlen) < 0)
            return -1;
        if (!r->match)
            return set_error(err, errlen, "%s: %s.runtime_errors[%zu].match is missing", file,
                             l->id, i);
        const cJSON *last = cJSON_GetObjectItemCaseSensitive(rule, "last");
        const cJSON *frame_last = cJSON_GetObjectItemCaseSensitive(rule, "frame_last");
        if ((last && !cJSON_IsBool(last)) || (frame_last && !cJSON_IsBool(frame_last)))
            return set_error(err, errlen,
                             "%s: %s.runtime_errors[%zu]: last and frame_last must "
                             "be true or false",
                             file, l->id, i);
        r->last = cJSON_IsTrue(last);
        r->frame_last = cJSON_IsTrue(frame_last);
    }
    return 0;
}

static void lang_release(struct language *l)
{
    error_rules_free(l->error_rules, l->nerror_rules);
    free(l->id);
    free(l->name);
    lang_argv_free(l->extensions);
    free(l->source);
    lang_argv_free(l->entry);
    lang_argv_free(l->pch_compile);
    free(l->pch_header);
    lang_argv_free(l->compile);
    lang_argv_free(l->check);
    lang_argv_free(l->run);
    lang_argv_free(l->artifacts);
    lang_argv_free(l->env);
    lang_argv_free(l->bind_ro);
    lang_argv_free(l->mle_patterns);
    for (size_t i = 0; i < l->ntools; i++) {
        free(l->tools[i].name);
        lang_argv_free(l->tools[i].candidates);
        free(l->tools[i].path);
    }
    free(l->tools);
}

static int parse_language(const char *file, const cJSON *o, struct language *l, char *err,
                          size_t errlen)
{
    const char *id = o->string;
    memset(l, 0, sizeof(*l));
    l->id = xstrdup(id);
    l->profile = SBX_PROFILE_NATIVE;
    l->memory_mode = SBX_MEMORY_ADDRESS_SPACE;
    l->compile_memory_mode = SBX_MEMORY_ADDRESS_SPACE;
    l->compile_time_ms = 30000;
    l->compile_memory_mb = 1024;

    if (!cJSON_IsObject(o))
        return set_error(err, errlen, "%s: %s must be an object", file, id);
    const cJSON *name = cJSON_GetObjectItemCaseSensitive(o, "name");
    const cJSON *source = cJSON_GetObjectItemCaseSensitive(o, "source");
    const cJSON *profile = cJSON_GetObjectItemCaseSensitive(o, "profile");
    if (!cJSON_IsString(name))
        return set_error(err, errlen, "%s: %s.name must be a string", file, id);
    if (!cJSON_IsString(source) || strchr(source->valuestring, '/'))
        return set_error(err, errlen, "%s: %s.source must be a file name such as \"solution.c\"",
                         file, id);
    l->name = xstrdup(name->valuestring);
    l->source = xstrdup(source->valuestring);
    if (profile &&
        (!cJSON_IsString(profile) || sbx_profile_parse(profile->valuestring, &l->profile) < 0))
        return set_error(err, errlen, "%s: %s.profile must be native, interpreter, jvm or compiler",
                         file, id);

#define ARRAY(key, field, empty)                                                                   \
    if (string_array(cJSON_GetObjectItemCaseSensitive(o, key), &l->field, file, id, key, empty,    \
                     err, errlen) < 0)                                                             \
        return -1;
    ARRAY("extensions", extensions, false)
    ARRAY("compile", compile, false)
    ARRAY("check", check, false)
    ARRAY("run", run, false)
    ARRAY("artifacts", artifacts, true)
    ARRAY("env", env, true)
    ARRAY("bind_ro", bind_ro, true)
    ARRAY("mle_patterns", mle_patterns, true)
    ARRAY("entry", entry, true)
    ARRAY("pch_compile", pch_compile, false)
#undef ARRAY
    const cJSON *pch = cJSON_GetObjectItemCaseSensitive(o, "pch_header");
    if (pch && (!cJSON_IsString(pch) || !pch->valuestring[0] || strstr(pch->valuestring, "..") ||
                pch->valuestring[0] == '/'))
        return set_error(err, errlen,
                         "%s: %s.pch_header must name a header as included, such as "
                         "\"bits/stdc++.h\"",
                         file, id);
    if (pch && !l->pch_compile)
        return set_error(err, errlen, "%s: %s.pch_header needs pch_compile", file, id);
    if (pch)
        l->pch_header = xstrdup(pch->valuestring);
    if (!l->extensions)
        return set_error(err, errlen, "%s: %s.extensions is missing", file, id);
    if (!l->run)
        return set_error(err, errlen, "%s: %s.run is missing", file, id);
    for (char **e = l->entry; e && *e; e++) {
        if (!(*e)[0] || strchr(*e, '/'))
            return set_error(err, errlen, "%s: %s.entry must list file names (got '%s')", file, id,
                             *e);
    }
    for (char **e = l->env; e && *e; e++) {
        if (!strchr(*e, '='))
            return set_error(err, errlen, "%s: %s.env entries must be VAR=value (got '%s')", file,
                             id, *e);
    }
    if (parse_mode(cJSON_GetObjectItemCaseSensitive(o, "memory"), &l->memory_mode, file, id,
                   "memory", err, errlen) < 0 ||
        parse_mode(cJSON_GetObjectItemCaseSensitive(o, "compile_memory"), &l->compile_memory_mode,
                   file, id, "compile_memory", err, errlen) < 0 ||
        parse_long(cJSON_GetObjectItemCaseSensitive(o, "compile_time_ms"), &l->compile_time_ms,
                   600000, file, id, "compile_time_ms", err, errlen) < 0 ||
        parse_long(cJSON_GetObjectItemCaseSensitive(o, "compile_memory_mb"), &l->compile_memory_mb,
                   65536, file, id, "compile_memory_mb", err, errlen) < 0)
        return -1;

    if (parse_error_rules(cJSON_GetObjectItemCaseSensitive(o, "runtime_errors"), l, file, err,
                          errlen) < 0)
        return -1;
    const cJSON *hc = cJSON_GetObjectItemCaseSensitive(o, "harness_compile");
    if (hc) {
        bool alone = cJSON_IsString(hc) && strcmp(hc->valuestring, "harness") == 0;
        l->harness_with_sources =
            cJSON_IsString(hc) && strcmp(hc->valuestring, "with-sources") == 0;
        if (!alone && !l->harness_with_sources)
            return set_error(err, errlen,
                             "%s: %s.harness_compile must be \"harness\" or \"with-sources\"", file,
                             id);
    }

    const cJSON *tools = cJSON_GetObjectItemCaseSensitive(o, "tools");
    if (tools) {
        if (!cJSON_IsObject(tools))
            return set_error(err, errlen, "%s: %s.tools must map names to lists of paths", file,
                             id);
        l->tools = xcalloc((size_t)cJSON_GetArraySize(tools), sizeof(*l->tools));
        const cJSON *t;
        cJSON_ArrayForEach(t, tools)
        {
            struct lang_tool *lt = &l->tools[l->ntools];
            if (string_array(t, &lt->candidates, file, id, "tools", false, err, errlen) < 0)
                return -1;
            if (!lt->candidates)
                return set_error(err, errlen, "%s: %s.tools.%s must list paths", file, id,
                                 t->string);
            lt->name = xstrdup(t->string);
            l->ntools++;
        }
    }
    return 0;
}

static char *default_path(void)
{
    const char *env = getenv("JUDGE_LANGUAGES");
    if (env && env[0])
        return xstrdup(env);
    const char *xdg = getenv("XDG_CONFIG_HOME");
    const char *home = getenv("HOME");
    char *user = NULL;
    if (xdg && xdg[0] == '/')
        user = xasprintf("%s/judge/languages.json", xdg);
    else if (home && home[0] == '/')
        user = xasprintf("%s/.config/judge/languages.json", home);
    if (user && is_file(user))
        return user;
    free(user);
    if (is_file(JUDGE_DATADIR "/languages.json"))
        return xstrdup(JUDGE_DATADIR "/languages.json");
#ifdef JUDGE_SOURCE_DIR
    return xstrdup(JUDGE_SOURCE_DIR "/judge/languages.json");
#else
    return xstrdup(JUDGE_DATADIR "/languages.json");
#endif
}

int lang_load(struct language_set *set, const char *path, char *err, size_t errlen)
{
    memset(set, 0, sizeof(*set));
    set->path = path ? xstrdup(path) : default_path();
    size_t len;
    char *text = read_file(set->path, LANG_FILE_MAX, &len);
    if (!text)
        return set_error(err, errlen, "%s: cannot read the languages file: %s", set->path,
                         strerror(errno));
    const char *end = NULL;
    cJSON *root = cJSON_ParseWithLengthOpts(text, len + 1, &end, 1);
    int ret = -1;
    if (!root) {
        int line = 1;
        for (const char *q = text; end && q < end; q++)
            line += *q == '\n';
        set_error(err, errlen, "%s:%d: malformed JSON", set->path, line);
        goto out;
    }
    const cJSON *langs = cJSON_GetObjectItemCaseSensitive(root, "languages");
    if (!cJSON_IsObject(langs)) {
        set_error(err, errlen, "%s: must be {\"languages\": {ID: {...}, ...}}", set->path);
        goto out;
    }
    set->langs = xcalloc((size_t)cJSON_GetArraySize(langs), sizeof(*set->langs));
    const cJSON *o;
    cJSON_ArrayForEach(o, langs)
    {
        if (parse_language(set->path, o, &set->langs[set->count], err, errlen) < 0) {
            lang_release(&set->langs[set->count]);
            goto out;
        }
        set->count++;
    }
    ret = 0;
out:
    cJSON_Delete(root);
    free(text);
    if (ret < 0)
        lang_set_release(set);
    return ret;
}

void lang_set_release(struct language_set *set)
{
    for (size_t i = 0; i < set->count; i++)
        lang_release(&set->langs[i]);
    free(set->langs);
    free(set->path);
    memset(set, 0, sizeof(*set));
}

const struct language *lang_by_id(const struct language_set *set, const char *id)
{
    for (size_t i = 0; i < set->count; i++) {
        if (strcmp(set->langs[i].id, id) == 0)
            return &set->langs[i];
    }
    return NULL;
}

const struct language *lang_for_file(const struct language_set *set, const char *file)
{
    for (size_t i = 0; i < set->count; i++) {
        for (char **e = set->langs[i].extensions; *e; e++) {
            if (ends_with(file, *e))
                return &set->langs[i];
        }
    }
    return NULL;
}

static bool under_system_dirs(const char *path)
{
    static const char *const dirs[] = {"/usr/", "/bin/", "/sbin/", "/lib", "/etc/", NULL};
    for (int i = 0; dirs[i]; i++) {
        if (strncmp(path, dirs[i], strlen(dirs[i])) == 0)
            return true;
    }
    return false;
}

/* The path a tool is run by: as found when it and its target are in the system directories
 * (the box shows those whole); otherwise its real path, which is what lang_bind_paths()
 * shows (~/.local/bin/node -> /opt/node/bin/node: /opt/node/bin is shown, not ~/.local). */
static char *tool_path(const char *found)
{
    char real[PATH_MAX];
    if (!realpath(found, real) || (under_system_dirs(found) && under_system_dirs(real)))
        return xstrdup(found);
    return xstrdup(real);
}

int lang_resolve(struct language *l, char *err, size_t errlen)
{
    if (l->resolved)
        return 0;
    for (size_t i = 0; i < l->ntools; i++) {
        struct lang_tool *t = &l->tools[i];
        for (char **c = t->candidates; *c && !t->path; c++) {
            glob_t g;
            if (glob(*c, GLOB_TILDE | GLOB_NOSORT, NULL, &g) == 0) {
                for (size_t k = 0; k < g.gl_pathc && !t->path; k++) {
                    if (access(g.gl_pathv[k], X_OK) == 0 && is_file(g.gl_pathv[k]))
                        t->path = tool_path(g.gl_pathv[k]);
                }
            }
            globfree(&g);
        }
        if (!t->path) {
            struct strbuf sb = STRBUF_INIT;
            for (char **c = t->candidates; *c; c++)
                strbuf_addf(&sb, "%s%s", c == t->candidates ? "" : ", ", *c);
            set_error(err, errlen, "%s needs %s, which is not installed (looked for %s)", l->name,
                      t->name, sb.buf);
            strbuf_release(&sb);
            return -1;
        }
    }
    l->resolved = true;
    return 0;
}

/* Whether path is dir or lies under it. */
static bool path_within(const char *path, const char *dir)
{
    size_t l = strlen(dir);
    return strncmp(path, dir, l) == 0 && (path[l] == '\0' || path[l] == '/' || l == 1);
}

/* The directory part of path ("/a/b/c" -> "/a/b", "/a" -> "/"). Malloc'ed. */
static char *parent_dir(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash || slash == path)
        return xstrdup("/");
    return xstrndup(path, (size_t)(slash - path));
}

static bool holds_secrets_name(const char *name)
{
    return name[0] == '.' || strcasestr(name, "credential") || strcasestr(name, "token") ||
           strcasestr(name, "secret");
}

/*
 * Whether a directory may be shown read-only to every run: not the root, not a home directory
 * (the user's $HOME, /root, /home/NAME) nor above one, and holding directly no dotfile and
 * nothing named like credentials (credentials.toml, a token, a secret), which is where tools
 * under a home directory keep them (~/.cargo/credentials.toml beside ~/.cargo/bin).
 */
static bool safe_to_show(const char *dir)
{
    char real[PATH_MAX], home[PATH_MAX];
    if (!realpath(dir, real) || strcmp(real, "/") == 0)
        return false;
    const char *env = getenv("HOME");
    if (env && env[0] == '/' && realpath(env, home) && path_within(home, real))
        return false;
    if (path_within("/root", real) || strcmp(real, "/home") == 0)
        return false;
    char *parent = parent_dir(real);
    bool in_home_root = strcmp(parent, "/home") == 0;
    free(parent);
    if (in_home_root)
        return false;
    DIR *d = opendir(real);
    if (!d)
        return false;
    bool ok = true;
    struct dirent *de;
    while (ok && (de = readdir(d))) {
        if (strcmp(de->d_name, ".") != 0 && strcmp(de->d_name, "..") != 0)
            ok = !holds_secrets_name(de->d_name);
    }
    closedir(d);
    return ok;
}

/* A NULL-ended list of paths that grows. */
struct path_list {
    char **paths;
    size_t count, cap;
};

static void path_list_add(struct path_list *l, const char *path)
{
    for (size_t i = 0; i < l->count; i++) {
        if (strcmp(l->paths[i], path) == 0)
            return;
    }
    if (l->count + 2 > l->cap) {
        l->cap = l->cap ? 2 * l->cap : 8;
        l->paths = xrealloc(l->paths, l->cap * sizeof(char *));
    }
    l->paths[l->count++] = xstrdup(path);
    l->paths[l->count] = NULL;
}

#define TOOLCHAIN_SUBDIRS_MAX 32

/*
 * What a toolchain outside the system directories needs in the box, for a tool at its real
 * path. The tool's own directory (bin/) if it may be shown, else the tool alone. When that
 * directory is a bin/ whose parent is a toolchain's own root (it may be shown: a JDK, Go, a
 * rustup toolchain), the root's other subdirectories too (lib/, conf/, src/...), never the
 * root itself nor what it holds directly. When the parent is not (a home directory, ~/.cargo
 * with its credentials.toml), only its lib/, lib64/ and libexec/, each if it may be shown.
 * A subdirectory that is a symbolic link out of the toolchain is left out.
 */
static void toolchain_binds(struct path_list *out, const char *tool)
{
    char *bin = parent_dir(tool);
    char *root = parent_dir(bin);
    const char *base = strrchr(bin, '/') + 1;
    bool in_bin = strcmp(base, "bin") == 0 || strcmp(base, "sbin") == 0;

    if (safe_to_show(bin))
        path_list_add(out, bin);
    else
        path_list_add(out, tool);
    if (!in_bin || strcmp(root, "/") == 0)
        goto out;

    if (safe_to_show(root)) {
        DIR *d = opendir(root);
        struct dirent *de;
        int n = 0;
        char real_root[PATH_MAX], real[PATH_MAX];
        if (!d || !realpath(root, real_root)) {
            if (d)
                closedir(d);
            goto out;
        }
        while ((de = readdir(d)) && n < TOOLCHAIN_SUBDIRS_MAX) {
            if (de->d_name[0] == '.')
                continue;
            char *sub = path_join(root, de->d_name);
            if (is_dir(sub) && realpath(sub, real) &&
                (path_within(real, real_root) || under_system_dirs(real)) && safe_to_show(sub)) {
                path_list_add(out, sub);
                n++;
            }
            free(sub);
        }
        closedir(d);
    } else {
        static const char *const libs[] = {"lib", "lib64", "libexec", NULL};
        for (int i = 0; libs[i]; i++) {
            char *sub = path_join(root, libs[i]);
            if (is_dir(sub) && safe_to_show(sub))
                path_list_add(out, sub);
            free(sub);
        }
    }
out:
    free(root);
    free(bin);
}

char **lang_bind_paths(const struct language *l)
{
    struct path_list out = {xcalloc(1, sizeof(char *)), 0, 1};
    for (char **b = l->bind_ro; b && *b; b++) {
        if (access(*b, F_OK) == 0)
            path_list_add(&out, *b);
    }
    for (size_t i = 0; i < l->ntools; i++) {
        const char *p = l->tools[i].path;
        if (p && !under_system_dirs(p))
            toolchain_binds(&out, p);
    }
    return out.paths;
}

/* Whether arg is exactly the list variable {name}. */
static bool is_list_var(const char *arg, const char *name)
{
    size_t n = strlen(name);
    return arg[0] == '{' && strncmp(arg + 1, name, n) == 0 && arg[n + 1] == '}' && !arg[n + 2];
}

char **lang_expand(const struct language *l, char *const *tmpl, const struct lang_vars *v)
{
    size_t n = 0, room = 0;
    while (tmpl[n])
        n++;
    char *const single[] = {(char *)v->main, NULL};
    char *const *sources = v->sources ? v->sources : v->main ? single : NULL;
    char *const *files = v->files ? v->files : sources;
    for (char *const *f = sources; f && *f; f++)
        room++;
    for (char *const *f = files; f && *f; f++)
        room++;
    char **argv = xcalloc(n + room + 1, sizeof(char *));
    size_t out = 0;
    char memory[32];
    snprintf(memory, sizeof(memory), "%ld", v->memory_mb);
    for (size_t i = 0; i < n; i++) {
        bool want_sources = is_list_var(tmpl[i], "sources");
        if (want_sources || is_list_var(tmpl[i], "files")) {
            for (char *const *f = want_sources ? sources : files; f && *f; f++)
                argv[out++] = xstrdup(*f);
            continue;
        }
        char *s = xstrdup(tmpl[i]);
        const struct {
            const char *key, *value;
        } subst[] = {
            {"{source}", v->source},
            {"{main}", v->main},
            {"{class}", v->klass},
            {"{memory_mb}", memory},
        };
        for (size_t k = 0; k < sizeof(subst) / sizeof(subst[0]); k++) {
            if (subst[k].value && strstr(s, subst[k].key)) {
                char *r = str_replace_all(s, subst[k].key, subst[k].value);
                free(s);
                s = r;
            }
        }
        for (size_t k = 0; k < l->ntools; k++) {
            char key[128];
            snprintf(key, sizeof(key), "{%s}", l->tools[k].name);
            if (l->tools[k].path && strstr(s, key)) {
                char *r = str_replace_all(s, key, l->tools[k].path);
                free(s);
                s = r;
            }
        }
        argv[out++] = s;
    }
    return argv;
}

/* Skips whitespace and comments in Java source. */
static const char *skip_java_space(const char *p)
{
    for (;;) {
        while (isspace((unsigned char)*p))
            p++;
        if (p[0] == '/' && p[1] == '/') {
            while (*p && *p != '\n')
                p++;
        } else if (p[0] == '/' && p[1] == '*') {
            const char *end = strstr(p + 2, "*/");
            p = end ? end + 2 : p + strlen(p);
        } else {
            return p;
        }
    }
}

/* ---- entry points of programs given as directories ---- */

static bool template_names_entry(char *const *tmpl)
{
    for (char *const *a = tmpl; a && *a; a++) {
        if (strstr(*a, "{main}") || strstr(*a, "{class}") || strstr(*a, "{source}"))
            return true;
    }
    return false;
}

bool lang_needs_entry(const struct language *l)
{
    /* A check step that names {source} checks one file; the run or compile step naming
     * {main} or {class} starts from one. */
    return template_names_entry(l->run) || template_names_entry(l->compile);
}

bool lang_has_extension(const struct language *l, const char *name)
{
    for (char **e = l->extensions; e && *e; e++) {
        if (ends_with(name, *e) && strlen(name) > strlen(*e))
            return true;
    }
    return false;
}

/* The next Java token: an identifier (into word), or one other character; comments,
 * strings and character literals skipped. Returns where it ends, or NULL at the end. */
static const char *java_token(const char *p, char *word, size_t len)
{
    for (;;) {
        p = skip_java_space(p);
        if (*p != '"' && *p != '\'')
            break;
        char quote = *p++;
        while (*p && *p != quote) {
            if (*p == '\\' && p[1])
                p++;
            p++;
        }
        if (*p)
            p++;
    }
    if (!*p)
        return NULL;
    size_t n = 0;
    if (isalpha((unsigned char)*p) || *p == '_' || *p == '$') {
        while (isalnum((unsigned char)p[n]) || p[n] == '_' || p[n] == '$')
            n++;
    } else {
        n = 1;
    }
    snprintf(word, len, "%.*s", (int)n, p);
    return p + n;
}

bool lang_java_has_main(const char *text)
{
    /* "static", at most a few modifiers or a type later "void main (" */
    char prev[3][16] = {"", "", ""}, word[16];
    for (const char *p = text; (p = java_token(p, word, sizeof(word)));) {
        if (strcmp(word, "(") == 0 && strcmp(prev[2], "main") == 0 &&
            strcmp(prev[1], "void") == 0 && strcmp(prev[0], "static") == 0)
            return true;
        /* Modifiers between static and void do not count as tokens. */
        if (strcmp(word, "public") == 0 || strcmp(word, "final") == 0 ||
            strcmp(word, "synchronized") == 0 || strcmp(word, "strictfp") == 0)
            continue;
        memmove(prev[0], prev[1], sizeof(prev[0]));
        memmove(prev[1], prev[2], sizeof(prev[1]));
        snprintf(prev[2], sizeof(prev[2]), "%s", word);
    }
    return false;
}

static bool named_like_helper(const char *name)
{
    return strstr(name, "validator") || strstr(name, "checker") || strstr(name, "interactor");
}

/* "a.py, b.py, c.py" (at most a few, then "..."). */
static void list_names(struct strbuf *sb, const char *const *names, size_t n)
{
    for (size_t i = 0; i < n && i < 6; i++)
        strbuf_addf(sb, "%s%s", i ? ", " : "", names[i]);
    if (n > 6)
        strbuf_addstr(sb, ", ...");
}

int lang_entry_point(const struct language *l, const char *const *names, const char *const *texts,
                     size_t n, const char *named, bool helper, char *err, size_t errlen)
{
    if (n == 0)
        return set_error(err, errlen, "no %s source file", l->name);
    if (named) {
        for (size_t i = 0; i < n; i++) {
            if (strcmp(names[i], named) == 0)
                return (int)i;
        }
        for (size_t i = 0; i < n; i++) {
            size_t len = strlen(named);
            if (strncmp(names[i], named, len) == 0 && names[i][len] == '.' &&
                lang_has_extension(l, names[i]) && !strchr(names[i] + len + 1, '.'))
                return (int)i;
        }
        struct strbuf sb = STRBUF_INIT;
        list_names(&sb, names, n);
        set_error(err, errlen, "the entry point '%s' is none of the %s files (%s)", named, l->name,
                  sb.buf);
        strbuf_release(&sb);
        return -1;
    }
    for (char **e = l->entry; e && *e; e++) {
        for (size_t i = 0; i < n; i++) {
            if (strcmp(names[i], *e) == 0)
                return (int)i;
        }
    }
    if (n == 1)
        return 0;
    int found = -1, count = 0;
    for (size_t i = 0; helper && i < n; i++) {
        if (named_like_helper(names[i])) {
            found = (int)i;
            count++;
        }
    }
    if (count == 1)
        return found;
    if (strcmp(l->id, "java") == 0) {
        found = -1;
        count = 0;
        for (size_t i = 0; i < n; i++) {
            if (texts && texts[i] && lang_java_has_main(texts[i])) {
                found = (int)i;
                count++;
            }
        }
        if (count == 1)
            return found;
    }
    struct strbuf sb = STRBUF_INIT;
    list_names(&sb, names, n);
    if (l->entry && l->entry[0])
        set_error(err, errlen,
                  "cannot tell the entry point: no %s among %zu %s files (%s); name it %s",
                  l->entry[0], n, l->name, sb.buf, l->entry[0]);
    else
        set_error(err, errlen, "cannot tell the entry point among %zu %s files (%s)", n, l->name,
                  sb.buf);
    strbuf_release(&sb);
    return -1;
}

/* ---- the reason of a run-time error ---- */

/* A copy of pattern with {file} replaced by a group matching any of files, each quoted. */
static char *pattern_with_files(const char *pattern, char *const *files)
{
    struct strbuf alt = STRBUF_INIT;
    strbuf_addstr(&alt, "(");
    for (char *const *f = files; f && *f; f++) {
        if (f != files)
            strbuf_addstr(&alt, "|");
        for (const char *c = *f; *c; c++) {
            if (strchr(".[]()*+?{}|^$\\", *c))
                strbuf_add(&alt, "\\", 1);
            strbuf_add(&alt, c, 1);
        }
    }
    if (!files || !files[0])
        strbuf_addstr(&alt, "[^\n]*");
    strbuf_addstr(&alt, ")");
    char *full = str_replace_all(pattern, "{file}", alt.buf);
    strbuf_release(&alt);
    return full;
}

#define REASON_GROUPS 10

/* Finds the first (or last) match of pattern in text; true with its groups' offsets. */
static bool find_match(const char *pattern, char *const *files, const char *text, bool last,
                       regmatch_t m[REASON_GROUPS])
{
    char *full = pattern_with_files(pattern, files);
    regex_t re;
    int rc = regcomp(&re, full, REG_EXTENDED | REG_NEWLINE);
    free(full);
    if (rc != 0)
        return false; /* checked when the file was read: only a changed file gets here */
    bool found = false;
    size_t off = 0, len = strlen(text);
    regmatch_t here[REASON_GROUPS];
    while (off <= len) {
        int flags = off > 0 && text[off - 1] != '\n' ? REG_NOTBOL : 0;
        if (regexec(&re, text + off, REASON_GROUPS, here, flags) != 0)
            break;
        for (int g = 0; g < REASON_GROUPS; g++) {
            m[g] = here[g];
            if (here[g].rm_so >= 0) {
                m[g].rm_so += (regoff_t)off;
                m[g].rm_eo += (regoff_t)off;
            }
        }
        found = true;
        if (!last)
            break;
        size_t next = (size_t)m[0].rm_eo;
        off = next > off ? next : off + 1;
    }
    regfree(&re);
    return found;
}

/* Appends tmpl with \0 .. \9 replaced by the groups of m in text, \\ by a backslash. */
static void expand_match(struct strbuf *sb, const char *tmpl, const char *text,
                         const regmatch_t m[REASON_GROUPS])
{
    if (!tmpl)
        tmpl = "\\0";
    for (const char *p = tmpl; *p; p++) {
        if (p[0] == '\\' && p[1] >= '0' && p[1] <= '9') {
            const regmatch_t *g = &m[p[1] - '0'];
            if (g->rm_so >= 0 && g->rm_eo >= g->rm_so)
                strbuf_add(sb, text + g->rm_so, (size_t)(g->rm_eo - g->rm_so));
            p++;
        } else if (p[0] == '\\' && p[1] == '\\') {
            strbuf_add(sb, "\\", 1);
            p++;
        } else {
            strbuf_add(sb, p, 1);
        }
    }
}

char *lang_error_reason(const struct language *l, const char *text, char *const *files)
{
    if (!text)
        return NULL;
    for (size_t i = 0; i < l->nerror_rules; i++) {
        const struct lang_error_rule *r = &l->error_rules[i];
        regmatch_t m[REASON_GROUPS];
        if (!find_match(r->match, files, text, r->last, m))
            continue;
        struct strbuf sb = STRBUF_INIT;
        expand_match(&sb, r->show, text, m);
        if (r->frame && find_match(r->frame, files, text, r->frame_last, m)) {
            strbuf_addstr(&sb, " (");
            expand_match(&sb, r->frame_show, text, m);
            strbuf_addstr(&sb, ")");
        }
        /* One line, bounded: what a program wrote is shown, never obeyed. */
        for (size_t k = 0; k < sb.len; k++) {
            if ((unsigned char)sb.buf[k] < 0x20 || sb.buf[k] == 0x7f)
                sb.buf[k] = ' ';
        }
        char *line = strbuf_detach(&sb);
        if (strlen(line) > LANG_REASON_MAX) {
            size_t cut = LANG_REASON_MAX;
            while (cut > 0 && ((unsigned char)line[cut] & 0xc0) == 0x80)
                cut--;
            line[cut] = '\0';
        }
        return line;
    }
    return NULL;
}

/* ---- Java's top-level types ---- */

#define JAVA_TYPES_MAX 256

struct java_type {
    char name[128];
    bool is_public;
    bool has_main;
};

struct java_source {
    struct java_type types[JAVA_TYPES_MAX];
    size_t ntypes;
    bool has_package;
    size_t package_start, package_end;
    char package[256];
};

/* Reads the top-level structure of a Java source: its package declaration and its types,
 * each with whether it is public and declares `static void main(` in its own body. */
static void java_scan(const char *text, struct java_source *js)
{
    memset(js, 0, sizeof(*js));
    char word[64], prev[3][16] = {"", "", ""};
    int depth = 0, parens = 0;
    bool pending_public = false, want_name = false, in_package = false;
    struct java_type *current = NULL; /* the type whose body is at depth 1 */
    for (const char *p = text; (p = java_token(p, word, sizeof(word)));) {
        /* java_token skipped space and comments first: a short token starts len(word) back. */
        const char *tok = p - strlen(word);
        if (in_package) {
            size_t used = strlen(js->package);
            if (strcmp(word, ";") == 0) {
                js->package_end = (size_t)(p - text);
                in_package = false;
            } else if (used + strlen(word) + 1 < sizeof(js->package)) {
                snprintf(js->package + used, sizeof(js->package) - used, "%s", word);
            }
            continue;
        }
        if (strcmp(word, "{") == 0) {
            depth++;
            continue;
        }
        if (strcmp(word, "}") == 0) {
            if (depth > 0)
                depth--;
            if (depth == 0)
                current = NULL;
            continue;
        }
        if (strcmp(word, "(") == 0) {
            if (depth == 1 && current && strcmp(prev[2], "main") == 0 &&
                strcmp(prev[1], "void") == 0 && strcmp(prev[0], "static") == 0)
                current->has_main = true;
            parens++;
        } else if (strcmp(word, ")") == 0 && parens > 0) {
            parens--;
        }
        if (depth == 0 && parens == 0) {
            if (want_name) {
                want_name = false;
                if (js->ntypes < JAVA_TYPES_MAX &&
                    (isalpha((unsigned char)word[0]) || word[0] == '_' || word[0] == '$')) {
                    current = &js->types[js->ntypes++];
                    snprintf(current->name, sizeof(current->name), "%s", word);
                    current->is_public = pending_public;
                }
                pending_public = false;
            } else if (strcmp(word, "package") == 0 && js->ntypes == 0 && !js->has_package) {
                js->has_package = true;
                in_package = true;
                js->package_start = (size_t)(tok - text);
            } else if (strcmp(word, "public") == 0) {
                pending_public = true;
            } else if ((strcmp(word, "class") == 0 || strcmp(word, "interface") == 0 ||
                        strcmp(word, "enum") == 0 || strcmp(word, "record") == 0) &&
                       strcmp(prev[2], ".") != 0) {
                want_name = true;
            } else if (strcmp(word, ";") == 0) {
                pending_public = false;
            }
        }
        /* Modifiers between static and void do not count, as in lang_java_has_main(). */
        if (strcmp(word, "public") == 0 || strcmp(word, "final") == 0 ||
            strcmp(word, "synchronized") == 0 || strcmp(word, "strictfp") == 0)
            continue;
        memmove(prev[0], prev[1], sizeof(prev[0]));
        memmove(prev[1], prev[2], sizeof(prev[1]));
        snprintf(prev[2], sizeof(prev[2]), "%.15s", word); /* "main", "void": short */
    }
}

char *lang_java_class(const char *text)
{
    struct java_source *js = xmalloc(sizeof(*js));
    java_scan(text, js);
    const char *name = NULL;
    for (size_t i = 0; i < js->ntypes && !name; i++) {
        if (js->types[i].is_public)
            name = js->types[i].name;
    }
    for (size_t i = 0; i < js->ntypes && !name; i++) {
        if (js->types[i].has_main)
            name = js->types[i].name;
    }
    if (!name && js->ntypes)
        name = js->types[0].name;
    char *out = xstrdup(name ? name : "Main");
    free(js);
    return out;
}

int lang_java_main_class(const char *text, char **out, char *err, size_t errlen)
{
    struct java_source *js = xmalloc(sizeof(*js));
    java_scan(text, js);
    *out = NULL;
    size_t count = 0, publics = 0;
    const char *only = NULL, *public_one = NULL;
    struct strbuf names = STRBUF_INIT;
    for (size_t i = 0; i < js->ntypes; i++) {
        if (!js->types[i].has_main)
            continue;
        strbuf_addf(&names, "%s%s", count ? ", " : "", js->types[i].name);
        count++;
        only = js->types[i].name;
        if (js->types[i].is_public) {
            publics++;
            public_one = js->types[i].name;
        }
    }
    int ret = 0;
    if (count == 1)
        *out = xstrdup(only);
    else if (count > 1 && publics == 1)
        *out = xstrdup(public_one);
    else if (count > 1)
        ret = set_error(err, errlen,
                        "%zu classes declare static void main (%s): the judge runs the only one, "
                        "or the public one",
                        count, names.buf);
    else
        ret = 1;
    strbuf_release(&names);
    free(js);
    return ret;
}

int lang_java_package(const char *text, size_t *start, size_t *end, char **name)
{
    struct java_source *js = xmalloc(sizeof(*js));
    java_scan(text, js);
    int ret = 0;
    if (js->has_package && js->package_end > js->package_start) {
        *start = js->package_start;
        *end = js->package_end;
        *name = xstrdup(js->package);
        ret = 1;
    }
    free(js);
    return ret;
}
