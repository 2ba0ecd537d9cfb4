/* mock.c: the pure parts of mock coding tests (see mock.h). */
#define _GNU_SOURCE
#include "judge/mock.h"
#include "judge/pkgfile.h"
#include "judge/util.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

const char *mock_test_kind_name(enum mock_test_kind k)
{
    return k == MOCK_TEST_SAMPLE        ? "sample"
           : k == MOCK_TEST_PERFORMANCE ? "performance"
                                        : "correctness";
}

bool mock_glob_match(const char *pattern, const char *name)
{
    /* The classic matcher with one backtrack point, the last '*': each character of the name
     * is tried against each position of the pattern at most once per star. */
    const char *p = pattern, *n = name, *star = NULL, *resume = NULL;
    while (*n) {
        if (*p == '*') {
            star = p++;
            resume = n;
        } else if (*p && (*p == '?' || *p == *n)) {
            p++;
            n++;
        } else if (star) {
            p = star + 1;
            n = ++resume;
        } else {
            return false;
        }
    }
    while (*p == '*')
        p++;
    return *p == '\0';
}

void mock_classify_by_size(const long long *sizes, const bool *sample, size_t n,
                           enum mock_test_kind *kinds)
{
    long long largest = 0;
    for (size_t i = 0; i < n; i++) {
        if (!sample[i] && sizes[i] > largest)
            largest = sizes[i];
    }
    for (size_t i = 0; i < n; i++) {
        if (sample[i])
            kinds[i] = MOCK_TEST_SAMPLE;
        else if (largest >= MOCK_PERFORMANCE_MIN_BYTES && sizes[i] * 4 >= largest)
            kinds[i] = MOCK_TEST_PERFORMANCE;
        else
            kinds[i] = MOCK_TEST_CORRECTNESS;
    }
}

int mock_classify(const struct problem *p, enum mock_test_kind *kinds, char *err, size_t errlen)
{
    if (p->performance_tests_set) {
        for (size_t i = 0; i < p->ntests; i++) {
            kinds[i] = p->tests[i].sample ? MOCK_TEST_SAMPLE : MOCK_TEST_CORRECTNESS;
            for (size_t k = 0; k < p->nperformance_tests && !p->tests[i].sample; k++) {
                if (mock_glob_match(p->performance_tests[k], p->tests[i].name))
                    kinds[i] = MOCK_TEST_PERFORMANCE;
            }
        }
        return 0;
    }
    long long *sizes = xcalloc(p->ntests + 1, sizeof(*sizes));
    bool *sample = xcalloc(p->ntests + 1, sizeof(*sample));
    int ret = 0;
    for (size_t i = 0; i < p->ntests && ret == 0; i++) {
        const struct problem_test *t = &p->tests[i];
        sample[i] = t->sample;
        int fd = pkg_open(problem_test_dir(p, t), t->input, PKG_TEST_FILE_MAX, err, errlen);
        struct stat st;
        if (fd < 0 || fstat(fd, &st) < 0)
            ret = -1;
        else
            sizes[i] = (long long)st.st_size;
        if (fd >= 0)
            close(fd);
    }
    if (ret == 0)
        mock_classify_by_size(sizes, sample, p->ntests, kinds);
    free(sizes);
    free(sample);
    return ret;
}

double mock_score_value(long correctness_passed, long correctness_total, long performance_passed,
                        long performance_total)
{
    double c = correctness_total ? (double)correctness_passed / (double)correctness_total : 1.0;
    if (correctness_total == 0 && performance_total == 0)
        return 0;
    if (performance_total == 0)
        return round(100 * c);
    double perf = (double)performance_passed / (double)performance_total;
    if (correctness_total == 0)
        return round(100 * perf);
    return round(50 * (c + perf));
}

void mock_score(const struct judgement *j, const enum mock_test_kind *kinds,
                struct hist_mock_submission *score)
{
    score->correctness_passed = score->correctness_total = 0;
    score->performance_passed = score->performance_total = 0;
    for (size_t i = 0; i < j->total; i++) {
        bool passed = j->compiled && j->tests[i].ran && j->tests[i].verdict == VERDICT_AC;
        if (kinds[i] == MOCK_TEST_CORRECTNESS) {
            score->correctness_total++;
            score->correctness_passed += passed;
        } else if (kinds[i] == MOCK_TEST_PERFORMANCE) {
            score->performance_total++;
            score->performance_passed += passed;
        }
    }
    score->score = j->compiled
                       ? mock_score_value(score->correctness_passed, score->correctness_total,
                                          score->performance_passed, score->performance_total)
                       : 0;
}

static int difficulty_rank(const char *d)
{
    if (!d)
        return 3;
    if (strcmp(d, "easy") == 0)
        return 0;
    if (strcmp(d, "medium") == 0)
        return 1;
    if (strcmp(d, "hard") == 0)
        return 2;
    return 3;
}

size_t mock_pick(const struct mock_candidate *c, size_t n, size_t want, size_t *out)
{
    bool *taken = xcalloc(n + 1, sizeof(bool));
    size_t picked = 0;
    int count[4] = {0, 0, 0, 0};
    while (picked < want && picked < n) {
        long best = -1;
        for (size_t i = 0; i < n; i++) {
            if (taken[i])
                continue;
            if (best < 0) {
                best = (long)i;
                continue;
            }
            const struct mock_candidate *a = &c[i], *b = &c[best];
            int ra = difficulty_rank(a->difficulty), rb = difficulty_rank(b->difficulty);
            /* Unsolved first; then the difficulty picked least; then the easier; then order. */
            if (a->solved != b->solved) {
                if (!a->solved)
                    best = (long)i;
            } else if (count[ra] != count[rb]) {
                if (count[ra] < count[rb])
                    best = (long)i;
            } else if (ra != rb) {
                if (ra < rb)
                    best = (long)i;
            } else if (a->order < b->order) {
                best = (long)i;
            }
        }
        taken[best] = true;
        count[difficulty_rank(c[best].difficulty)]++;
        out[picked++] = (size_t)best;
    }
    /* Easy first: a stable insertion sort by difficulty. */
    for (size_t i = 1; i < picked; i++) {
        size_t v = out[i], k = i;
        while (k > 0 &&
               difficulty_rank(c[out[k - 1]].difficulty) > difficulty_rank(c[v].difficulty)) {
            out[k] = out[k - 1];
            k--;
        }
        out[k] = v;
    }
    free(taken);
    return picked;
}

long long mock_now(void)
{
    const char *now = getenv("JUDGE_NOW");
    long long t;
    if (now && (t = hist_parse_time(now)) >= 0)
        return t;
    return (long long)time(NULL);
}

void mock_format_time(long long t, char out[21])
{
    time_t tt = (time_t)t;
    struct tm tm;
    gmtime_r(&tt, &tm);
    strftime(out, 21, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

const char *mock_format_duration(long long seconds, char *buf, size_t len)
{
    if (seconds < 0)
        seconds = 0;
    if (seconds >= 3600)
        snprintf(buf, len, "%lld:%02lld:%02lld", seconds / 3600, seconds / 60 % 60, seconds % 60);
    else
        snprintf(buf, len, "%lld:%02lld", seconds / 60, seconds % 60);
    return buf;
}

long long mock_end(const struct hist_mock *m)
{
    long long deadline = hist_parse_time(m->deadline);
    if (m->finished_at[0]) {
        long long f = hist_parse_time(m->finished_at);
        if (f >= 0 && (deadline < 0 || f < deadline))
            return f;
    }
    return deadline;
}

void mock_time_spent(const struct hist_mock *m, long long end, long long *spent)
{
    for (size_t i = 0; i < m->nproblems; i++)
        spent[i] = 0;
    for (size_t k = 0; k < m->nfocus; k++) {
        const struct hist_mock_focus *f = &m->focus[k];
        if (f->position < 0 || (size_t)f->position >= m->nproblems)
            continue;
        long long from = hist_parse_time(f->at);
        long long to = k + 1 < m->nfocus ? hist_parse_time(m->focus[k + 1].at) : end;
        if (to > end)
            to = end;
        if (from >= 0 && to > from)
            spent[f->position] += to - from;
    }
}

void mock_best(const struct hist_mock *m, double *best, long *which)
{
    for (size_t i = 0; i < m->nproblems; i++) {
        best[i] = -1;
        which[i] = -1;
    }
    for (size_t k = 0; k < m->nsubmissions; k++) {
        const struct hist_mock_submission *s = &m->submissions[k];
        if (s->position < 0 || (size_t)s->position >= m->nproblems)
            continue;
        if (s->score > best[s->position]) {
            best[s->position] = s->score;
            which[s->position] = (long)k;
        }
    }
}

double mock_total(const struct hist_mock *m)
{
    double *best = xcalloc(m->nproblems + 1, sizeof(double));
    long *which = xcalloc(m->nproblems + 1, sizeof(long));
    mock_best(m, best, which);
    double total = 0;
    for (size_t i = 0; i < m->nproblems; i++)
        total += best[i] > 0 ? best[i] : 0;
    free(best);
    free(which);
    return total;
}

char mock_letter(size_t position)
{
    return (char)('A' + (position % 26));
}

cJSON *mock_summary_json(const struct hist_mock *m)
{
    cJSON *o = cJSON_CreateObject();
    double total = mock_total(m), max = 100.0 * (double)m->nproblems;
    cJSON_AddNumberToObject(o, "id", (double)m->id);
    cJSON_AddStringToObject(o, "started_at", m->started_at);
    cJSON_AddNumberToObject(o, "minutes", (double)m->minutes);
    cJSON_AddNumberToObject(o, "problems", (double)m->nproblems);
    cJSON_AddNumberToObject(o, "score", total);
    cJSON_AddNumberToObject(o, "max_score", max);
    cJSON_AddNumberToObject(o, "percent", max > 0 ? round(1000 * total / max) / 10 : 0);
    return o;
}
