/* test_practice.c: unit tests of the practice loop's pure parts: statements rendered from
 * Markdown and their signatures (judge/statement.c), LaTeX statements read as Markdown
 * (judge/latex.c), the user's test store
 * (judge/usertests.c, in a temporary data directory), the stress search's random cases
 * (judge/stress.c). */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "judge/latex.h"
#include "judge/statement.h"
#include "judge/stress.h"
#include "judge/usertests.h"
#include "judge/util.h"

/* ---- statements ---- */

static char *render(const char *md, int width, bool color)
{
    struct statement_style style = {.width = width, .color = color};
    return statement_render(md, strlen(md), &style);
}

static void test_render_blocks(void **state)
{
    (void)state;
    char *out = render("# Two Sum\n\nFind *it* **now**, `fast`.\n\n## Input\n\n"
                       "```\n5 10\n4 -3\n```\n\n- one\n- two\n  1. nested\n\n> quoted\n\n"
                       "[the docs](https://example.com/x)\n",
                       80, false);
    assert_non_null(strstr(out, "Two Sum\n=======\n"));
    assert_non_null(strstr(out, "Find it now, `fast`.\n"));
    assert_non_null(strstr(out, "Input\n-----\n"));
    assert_non_null(strstr(out, "\n    5 10\n    4 -3\n"));
    assert_non_null(strstr(out, "- one\n- two\n  1. nested\n"));
    assert_non_null(strstr(out, "| quoted\n"));
    assert_non_null(strstr(out, "the docs <https://example.com/x>"));
    assert_null(strchr(out, '\033')); /* no colour asked for */
    free(out);
    /* Math as written, not read as emphasis or escapes. */
    out = render("If $a*b$ and $c*d$, then $\\{1,\\ldots,n\\}$ and $2\\,000$.\n", 80, false);
    assert_string_equal(out, "If $a*b$ and $c*d$, then $\\{1,\\ldots,n\\}$ and $2\\,000$.\n");
    free(out);
}

static void test_render_wraps_paragraphs_not_code(void **state)
{
    (void)state;
    struct strbuf md = STRBUF_INIT;
    for (int i = 0; i < 60; i++)
        strbuf_addstr(&md, "word ");
    strbuf_addstr(&md, "\n\n    ");
    for (int i = 0; i < 60; i++)
        strbuf_addstr(&md, "code");
    strbuf_addstr(&md, "\n");
    char *out = render(md.buf, 30, false);
    size_t longest_text = 0, code_lines = 0;
    for (char *line = out; *line;) {
        size_t n = strcspn(line, "\n");
        if (strncmp(line, "    code", 8) == 0)
            code_lines++;
        else if (n > longest_text)
            longest_text = n;
        line += n + (line[n] == '\n');
    }
    assert_true(longest_text <= 30);
    assert_true(longest_text >= 25);
    assert_int_equal(code_lines, 1); /* one line, never cut */
    free(out);
    strbuf_release(&md);
}

static void test_render_makes_control_characters_visible(void **state)
{
    (void)state;
    /* An escape sequence in a heading, a paragraph, inline code, a code block and a link. */
    const char *md = "# Title \x1b[2J\n\nText \x1b]0;owned\x07 and `\x1b[31m`\n\n"
                     "```\n\x1b[H\n```\n\n[x](http://a\x1b[1m)\n";
    char *plain = render(md, 80, false);
    assert_null(strchr(plain, '\033'));
    assert_null(strchr(plain, '\007'));
    assert_non_null(strstr(plain, "\\x1b[2J"));
    free(plain);
    /* With colour, the only escapes are the renderer's own SGR sequences (ESC [ ... m). */
    char *color = render(md, 80, true);
    for (char *p = color; (p = strchr(p, '\033')); p++) {
        assert_int_equal(p[1], '[');
        size_t n = strspn(p + 2, "0123456789;");
        assert_int_equal(p[2 + n], 'm');
    }
    free(color);
}

static void test_render_survives_deep_nesting(void **state)
{
    (void)state;
    size_t n = 50000;
    char *md = xmalloc(2 * n + 8);
    for (size_t i = 0; i < n; i++)
        md[i] = '>';
    memcpy(md + n, " deep\n", 7);
    char *out = statement_render(md, strlen(md), &(struct statement_style){.width = 80});
    assert_non_null(strstr(out, "deep"));
    free(out);
    /* Nested lists and emphasis, as deep. */
    struct strbuf sb = STRBUF_INIT;
    for (size_t i = 0; i < 2000; i++) {
        for (size_t k = 0; k < i; k++)
            strbuf_addstr(&sb, "  ");
        strbuf_addstr(&sb, "- item\n");
    }
    for (size_t i = 0; i < 20000; i++)
        strbuf_addstr(&sb, "*");
    strbuf_addstr(&sb, "x\n");
    out = statement_render(sb.buf, sb.len, &(struct statement_style){.width = 80, .color = true});
    assert_non_null(strstr(out, "item"));
    free(out);
    strbuf_release(&sb);
    free(md);
}

static void test_signature_by_language(void **state)
{
    (void)state;
    const char *md = "# P\n\n```\n1 2\n```\n\n**C**\n\n```c\nint f(int x);\n```\n\n"
                     "```C++\nclass Solution {};\n```\n\n```python3 title\ndef f(x): ...\n```\n";
    static char c_[] = ".c", cpp_[] = ".cpp", cc_[] = ".cc", py_[] = ".py", java_[] = ".java";
    char *const c_ext[] = {c_, NULL}, *const cpp_ext[] = {cpp_, cc_, NULL},
                *const py_ext[] = {py_, NULL}, *const java_ext[] = {java_, NULL};
    char *s = statement_signature(md, strlen(md), "c", c_ext);
    assert_string_equal(s, "int f(int x);\n");
    free(s);
    s = statement_signature(md, strlen(md), "cpp", cpp_ext);
    assert_string_equal(s, "class Solution {};\n");
    free(s);
    s = statement_signature(md, strlen(md), "python", py_ext);
    assert_string_equal(s, "def f(x): ...\n");
    free(s);
    assert_null(statement_signature(md, strlen(md), "java", java_ext));
    /* A block of samples (no info string) is never a signature. */
    assert_null(statement_signature("```\nx\n```\n", 12, "c", c_ext));
}

/* ---- the user's test store ---- */

static char data[] = "/tmp/test-practice-XXXXXX";

static int store_setup(void **state)
{
    (void)state;
    memcpy(data + strlen(data) - 6, "XXXXXX", 6);
    if (!mkdtemp(data))
        return -1;
    setenv("XDG_DATA_HOME", data, 1);
    return 0;
}

static int store_teardown(void **state)
{
    (void)state;
    char command[256];
    snprintf(command, sizeof(command), "rm -rf '%s'", data);
    return system(command) == 0 ? 0 : -1;
}

static int memfd_with(const char *text)
{
    int fd = memfd_create("t", MFD_CLOEXEC);
    assert_true(fd >= 0);
    assert_int_equal(write_all(fd, text, strlen(text)), 0);
    return fd;
}

static void test_names_and_ids(void **state)
{
    (void)state;
    assert_true(usertests_valid_name("stress-1"));
    assert_true(usertests_valid_name("A_b-9"));
    assert_false(usertests_valid_name(""));
    assert_false(usertests_valid_name("../x"));
    assert_false(usertests_valid_name("a.b"));
    assert_false(usertests_valid_name("a b"));
    char long_name[USERTESTS_NAME_MAX + 2];
    memset(long_name, 'a', sizeof(long_name) - 1);
    long_name[sizeof(long_name) - 1] = '\0';
    assert_false(usertests_valid_name(long_name));
    assert_true(usertests_valid_id("two-sum"));
    assert_false(usertests_valid_id(".."));
    assert_false(usertests_valid_id(".hidden"));
    assert_false(usertests_valid_id("a/b"));
    assert_false(usertests_valid_id("a\nb"));
}

static void test_store_add_list_remove(void **state)
{
    (void)state;
    struct usertests s;
    char err[512];
    /* Reading a store that does not exist creates nothing. */
    assert_int_equal(usertests_open(&s, "p1", false, err, sizeof(err)), 0);
    assert_int_equal(s.dirfd, -1);
    usertests_close(&s);
    char *judge_dir = path_join(data, "judge");
    assert_false(is_dir(judge_dir));

    if (usertests_open(&s, "p1", true, err, sizeof(err)) < 0)
        fail_msg("%s", err);
    int in = memfd_with("1 2\n"), ans = memfd_with("3\n");
    char *name;
    if (usertests_add(&s, NULL, in, ans, false, &name, err, sizeof(err)) < 0)
        fail_msg("%s", err);
    assert_string_equal(name, "1");
    free(name);
    assert_int_equal(usertests_add(&s, NULL, in, ans, true, &name, err, sizeof(err)), 0);
    assert_string_equal(name, "2");
    free(name);
    assert_int_equal(usertests_add(&s, "mine", in, ans, false, &name, err, sizeof(err)), 0);
    free(name);
    /* A name in use is refused, and leaves nothing behind. */
    assert_int_equal(usertests_add(&s, "mine", in, ans, false, &name, err, sizeof(err)), -1);
    assert_non_null(strstr(err, "exists already"));

    struct usertest *list;
    size_t n;
    assert_int_equal(usertests_list(&s, &list, &n, err, sizeof(err)), 0);
    assert_int_equal(n, 3);
    assert_string_equal(list[0].name, "1");
    assert_false(list[0].answer_from_reference);
    assert_string_equal(list[1].name, "2");
    assert_true(list[1].answer_from_reference);
    assert_int_equal(list[1].input_bytes, 4);
    assert_int_equal(list[1].answer_bytes, 2);
    assert_string_equal(list[2].name, "mine");
    usertests_list_free(list, n);

    /* Private: 0700 directories, 0600 files. */
    struct stat st;
    char *dir = path_join(data, "judge/tests/p1");
    assert_int_equal(stat(dir, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0700);
    char *file = path_join(dir, "2.ref");
    assert_int_equal(stat(file, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0600);
    free(file);

    assert_int_equal(usertests_remove(&s, "1", err, sizeof(err)), 0);
    assert_int_equal(usertests_remove(&s, "1", err, sizeof(err)), -1);
    assert_int_equal(usertests_list(&s, &list, &n, err, sizeof(err)), 0);
    assert_int_equal(n, 2);
    usertests_list_free(list, n);
    /* The next number is the smallest free one again. */
    assert_int_equal(usertests_add(&s, NULL, in, ans, false, &name, err, sizeof(err)), 0);
    assert_string_equal(name, "1");
    free(name);
    usertests_close(&s);
    close(in);
    close(ans);
    free(dir);
    free(judge_dir);
}

static void test_store_refuses_what_is_not_private(void **state)
{
    (void)state;
    struct usertests s;
    char err[512];
    assert_int_equal(usertests_open(&s, "p2", true, err, sizeof(err)), 0);
    usertests_close(&s);
    char *dir = path_join(data, "judge/tests/p2");
    /* Writable by others: refused, naming the directory. */
    assert_int_equal(chmod(dir, 0777), 0);
    assert_int_equal(usertests_open(&s, "p2", false, err, sizeof(err)), -1);
    assert_non_null(strstr(err, "writable by group or others"));
    assert_non_null(strstr(err, "p2"));
    usertests_close(&s);
    assert_int_equal(chmod(dir, 0755), 0);
    /* Readable by others: narrowed to 0700. */
    assert_int_equal(usertests_open(&s, "p2", false, err, sizeof(err)), 0);
    usertests_close(&s);
    struct stat st;
    assert_int_equal(stat(dir, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0700);
    /* A symbolic link in its place: refused. */
    char *link = path_join(data, "judge/tests/p3");
    assert_int_equal(symlink(dir, link), 0);
    assert_int_equal(usertests_open(&s, "p3", false, err, sizeof(err)), -1);
    assert_non_null(strstr(err, "symbolic link"));
    usertests_close(&s);
    /* An input that is a link: listing refuses it. */
    char *target = path_join(data, "elsewhere");
    FILE *f = fopen(target, "w");
    fclose(f);
    char *in_link = path_join(dir, "9.in"), *ans = path_join(dir, "9.ans");
    assert_int_equal(symlink(target, in_link), 0);
    f = fopen(ans, "w");
    fclose(f);
    assert_int_equal(usertests_open(&s, "p2", false, err, sizeof(err)), 0);
    struct usertest *list;
    size_t n;
    assert_int_equal(usertests_list(&s, &list, &n, err, sizeof(err)), -1);
    assert_non_null(strstr(err, "not a regular file"));
    usertests_close(&s);
    free(in_link);
    free(ans);
    free(target);
    free(link);
    free(dir);
}

static void test_append_to_problem(void **state)
{
    (void)state;
    static char id[] = "p4", dirname[] = "/nowhere/p4", t1[] = "sample-1", t2[] = "10";
    struct problem p;
    memset(&p, 0, sizeof(p));
    p.id = xstrdup(id);
    p.dir = xstrdup(dirname);
    p.ntests = 2;
    p.tests = xcalloc(2, sizeof(*p.tests));
    p.tests[0].name = xstrdup(t1);
    p.tests[0].sample = true;
    p.tests[0].group = 0;
    p.tests[1].name = xstrdup(t2);
    p.tests[1].group = 1;
    p.tests[0].input = xstrdup("x");
    p.tests[0].answer = xstrdup("x");
    p.tests[1].input = xstrdup("x");
    p.tests[1].answer = xstrdup("x");
    const char *skipped;
    char err[512];
    /* No store: nothing added. */
    assert_int_equal(usertests_append(&p, &skipped, err, sizeof(err)), 0);
    assert_int_equal(p.ntests, 2);

    struct usertests s;
    assert_int_equal(usertests_open(&s, "p4", true, err, sizeof(err)), 0);
    int in = memfd_with("1\n"), ans = memfd_with("1\n");
    char *name;
    assert_int_equal(usertests_add(&s, "b", in, ans, true, &name, err, sizeof(err)), 0);
    free(name);
    assert_int_equal(usertests_add(&s, "a", in, ans, false, &name, err, sizeof(err)), 0);
    free(name);
    close(in);
    close(ans);
    if (usertests_append(&p, &skipped, err, sizeof(err)) != 2)
        fail_msg("%s", err);
    usertests_close(&s);
    assert_int_equal(p.ntests, 4);
    assert_int_equal(p.nuser_tests, 2);
    assert_string_equal(p.tests[2].name, "user/a");
    assert_string_equal(p.tests[3].name, "user/b");
    assert_true(ends_with(p.tests[3].answer, "/b.ref"));
    assert_int_equal(p.tests[2].group, 1); /* the secret tests' group */
    assert_false(problem_test_is_user(&p, &p.tests[1]));
    assert_true(problem_test_is_user(&p, &p.tests[2]));
    assert_string_equal(problem_test_dir(&p, &p.tests[1]), "/nowhere/p4");
    assert_true(ends_with(problem_test_dir(&p, &p.tests[3]), "/judge/tests/p4"));
    assert_true(problem_test_visible(&p, &p.tests[0]));
    assert_false(problem_test_visible(&p, &p.tests[1]));
    assert_true(problem_test_visible(&p, &p.tests[2]));
    problem_release(&p);

    /* A scoring problem takes none, and says why. */
    memset(&p, 0, sizeof(p));
    p.id = xstrdup(id);
    p.dir = xstrdup(dirname);
    p.scoring = true;
    assert_int_equal(usertests_append(&p, &skipped, err, sizeof(err)), 0);
    assert_non_null(skipped);
    assert_int_equal(p.ntests, 0);
    problem_release(&p);
}

/* ---- stress: the search's random cases ---- */

static void test_stress_random_cases(void **state)
{
    (void)state;
    uint64_t s = 0;
    /* splitmix64's known sequence from 0. */
    assert_true(stress_random(&s) == 0xe220a8397b1dcdafULL);
    assert_true(stress_random(&s) == 0x6e789e6aa1b965f4ULL);
    uint64_t a = 42, b = 42;
    bool sizes[8] = {false};
    for (int i = 0; i < 1000; i++) {
        uint32_t seed_a, seed_b;
        long size_a, size_b;
        stress_next_case(&a, 7, &seed_a, &size_a);
        stress_next_case(&b, 7, &seed_b, &size_b);
        assert_int_equal(seed_a, seed_b); /* the same --seed: the same search */
        assert_int_equal(size_a, size_b);
        assert_true(seed_a <= STRESS_SEED_MAX);
        assert_in_range(size_a, 1, 7);
        sizes[size_a] = true;
    }
    for (int k = 1; k <= 7; k++)
        assert_true(sizes[k]); /* every size comes */
    uint32_t seed;
    long size;
    stress_next_case(&a, 1, &seed, &size);
    assert_int_equal(size, 1);
}

/* A statement for a page: math as written, code as it is, nothing that runs. */
static void html_has(const char *md, const char *want)
{
    char *html = statement_html(md, strlen(md));
    if (!strstr(html, want))
        fail_msg("statement_html(%s) = %s: no %s", md, html, want);
    free(html);
}

static void html_lacks(const char *md, const char *unwanted)
{
    char *html = statement_html(md, strlen(md));
    if (strstr(html, unwanted))
        fail_msg("statement_html(%s) = %s: has %s", md, html, unwanted);
    free(html);
}

static void test_html_keeps_math_and_code(void **state)
{
    (void)state;
    html_has("Read $a_i$ and $b_i$, *then* sum.",
             "<p>Read $a_i$ and $b_i$, <em>then</em> sum.</p>");
    html_has("$|a| \\le 10^9$ and $\\{x\\}$", "$|a| \\le 10^9$ and $\\{x\\}$");
    html_has("$$\n\\sum_{i=1}^{n} a_i * b_i\n$$\n", "$$\n\\sum_{i=1}^{n} a_i * b_i\n$$");
    html_has("$a*b$ and $c*d$", "<p>$a*b$ and $c*d$</p>"); /* not <em>b$ and $c</em> */
    html_has("$a<b>c$", "$a&lt;b&gt;c$");
    html_has("costs $5 and $6, or *$7*", "costs $5 and $6, or <em>$7</em>");
    html_has("`$a_b$` and `` `$x_y$` ``", "<code>$a_b$</code> and <code>`$x_y$`</code>");
    html_has("```\n$x_1$ \\n\n```\n", "<pre><code>$x_1$ \\n\n</code></pre>");
    html_has("    $y_1$ *z*\n", "<pre><code>$y_1$ *z*\n</code></pre>");
    html_has("an escaped \\$5 and $x_1$", "an escaped $5 and $x_1$");
    html_has("no close $a_b and _c_", "no close $a_b and <em>c</em>");
    html_lacks("<script>alert(1)</script>\n\nx", "<script");
    html_lacks("[a](javascript:alert(1))", "javascript:");
    html_lacks("$x$ <img src=x onerror=alert(1)>", "<img");
}

/* Statements made of the characters the math and code scanning looks at, at random (under
 * the sanitizers, a read past the text fails): every one renders. */
static void test_html_survives_any_text(void **state)
{
    (void)state;
    static const char alphabet[] = "$$``\\\n \t~*_a{<";
    unsigned seed = 12345;
    char text[96];
    for (int round = 0; round < 20000; round++) {
        seed = seed * 1103515245u + 12345u;
        size_t len = (seed >> 16) % sizeof(text);
        for (size_t i = 0; i < len; i++) {
            seed = seed * 1103515245u + 12345u;
            text[i] = alphabet[(seed >> 16) % (sizeof(alphabet) - 1)];
        }
        char *copy = xmalloc(len ? len : 1); /* exactly len bytes: no NUL to lean on */
        memcpy(copy, text, len);
        char *html = statement_html(copy, len);
        assert_non_null(html);
        free(html);
        free(copy);
    }
}

static void md_is(const char *tex, const char *expected)
{
    char *md = latex_to_markdown(tex, strlen(tex));
    if (strcmp(md, expected) != 0)
        fail_msg("latex_to_markdown(%s)\n= [%s]\nexpected [%s]", tex, md, expected);
    free(md);
}

static void test_latex_as_markdown(void **state)
{
    (void)state;
    /* problemtools' statement: the name is problem.yaml's, sections are headings. */
    md_is("\\problemname{Sum}\nAdd $a$ and $b$.\n\n\\section*{Input}\nTwo integers.\n",
          "Add $a$ and $b$.\n\n## Input\n\nTwo integers.\n");
    md_is("\\emph{one } \\textbf{two} {\\bf three} {\\em four} \\emph{}x",
          "*one* **two** **three** *four* x\n");
    /* Math as written, on one line; \\[ and \\( become $$ and $; \\label dropped. */
    md_is("$a_1, \\ldots, a_n$ and \\(x^2\\) and\n\\[ \\sum_i\n a_i \\label{s} \\]\n",
          "$a_1, \\ldots, a_n$ and $x^2$ and\n\n$$\\sum_i  a_i $$\n");
    md_is("\\begin{align*}\nx &= 1 \\\\\ny &= 2\n\\end{align*}",
          "$$\\begin{aligned}x &= 1 \\\\ y &= 2\\end{aligned}$$\n");
    /* Lists, nested, kept tight. */
    md_is("\\begin{itemize}\n  \\item a\n  \\begin{enumerate}\n    \\item b\n    \\item c\n"
          "  \\end{enumerate}\n  \\item d\n\\end{itemize}\nAfter.",
          "- a\n  1. b\n  2. c\n- d\n\nAfter.\n");
    /* Text that Markdown would read as markup stays text. */
    md_is("1999. A <b>tag</b>, *stars*, # and 100\\% of \\$5 -- or --- \\_x\\_",
          "1999\\. A \\<b\\>tag\\</b\\>, \\*stars\\*, \\# and 100% of \\$5 – or — \\_x\\_\n");
    md_is("``quoted'' it's~fine", "“quoted” it’s\xc2\xa0"
                                  "fine\n");
    /* Code: \\texttt, \\verb, verbatim (as written, a fence longer than what it holds). */
    md_is("\\texttt{int\\_max} \\verb|a`b|\n\\begin{verbatim}\n  x = ```y```\n\\end{verbatim}\n",
          "`int_max` ``a`b``\n\n````\n  x = ```y```\n````\n");
    /* A table as aligned columns, rules and $ dropped. */
    md_is("\\begin{tabular}{|c|c|}\\hline $n$ & out \\\\ \\hline 10 & 2 \\\\\\end{tabular}",
          "```\nn  | out\n10 | 2\n```\n");
    /* Links only to http(s); other commands keep their text, or drop what is not text. */
    md_is("\\url{https://a.org/x_y} \\href{javascript:alert(1)}{click} \\href{http://b.org}{B}",
          "<https://a.org/x_y> click [B](http://b.org)\n");
    md_is("\\textsc{Small} \\vspace{2mm}\\noindent Text\\footnote{note}.", "Small Text (note).\n");
    md_is("\\illustration{0.3}{f.png}{A figure}Then", "*A figure*\n\nThen\n");
    md_is("Caf\\'e na\\\"{\\i}ve", "Cafe\xcc\x81"
                                   " nai\xcc\x88"
                                   "ve\n");
    md_is("\\documentclass{article}\\begin{document}Body % comment\n  here\\end{document}tail",
          "Body here\n");
    /* An item's text on the next line; math, code and text after a nested list stay in the
     * item; a comment line keeps an empty line's paragraph. */
    md_is("\\begin{itemize}\n\\item\n  One with $n$.\n\\item % x\n  Two.\n\\end{itemize}",
          "- One with $n$.\n- Two.\n");
    md_is("\\begin{enumerate}\n\\item First\n$$x = 1$$\nmore\n\\item Second\n\\end{enumerate}",
          "1. First\n   $$x = 1$$\n   more\n2. Second\n");
    md_is("\\begin{itemize}\\item a\\begin{itemize}\\item b\\end{itemize}after\\end{itemize}",
          "- a\n  - b\n\n  after\n");
    md_is("\\begin{itemize}\\item 2019. was\\end{itemize}", "- 2019\\. was\n");
    md_is("First.\n% note\n\nSecond.", "First.\n\nSecond.\n");
    /* Labels and cells keep their math; \\multicolumn's text, \\cline and \\\\[2pt] dropped. */
    md_is("\\begin{description}\\item[$n \\le 5$] small\\end{description}",
          "- **$n \\le 5$** small\n");
    md_is("\\begin{tabular}{ll}\\multicolumn{2}{c}{Limits} \\\\ \\cline{1-2} $1 \\le n$ & "
          "$\\alpha$ \\\\[2pt] x & y\\end{tabular}",
          "```\nLimits\n1 \\le n | \\alpha\nx       | y\n```\n");
    /* A comment in math goes (on one line it would hide the rest). */
    md_is("$a + % c\n b$", "$a +   b$\n");
    /* Letters of names, and accents with nothing under them. */
    md_is("\\AA{}ngstr\\\"om \\O{}stersund Micha\\l{} 2\\^{}n \\~{}user",
          "Ångstro\xcc\x88"
          "m Østersund Michał 2\\^n \\~user\n");
    /* Emphasis that CommonMark would show as stars: continued, or dropped. */
    md_is("\\textbf{a}\\textbf{b} \\emph{a}\\emph{b} the \\textbf{$n$}th \\textbf{Note:}This",
          "**ab** *ab* the $n$th Note:This\n");
    md_is("{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{\\textbf{x}"
          "\\href{https://"
          "a.b}{y}\\section{Z}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}"
          "}}}}}}}}} after",
          "xy\n\nZ after\n"); /* past 64 groups: the text, not the markup */
    md_is("\\quad\\quad\\quad\\quad\\quad Text", "Text\n");
    md_is("Line\\\\* two \\section{In\\\\ put}", "Line\\\ntwo\n\n## In put\n");
    md_is("\\newcommand\\x{bad}\\begin{tikzpicture}\\draw (0,0) -- (1,1);\\end{tikzpicture}ok",
          "ok\n");
    /* A NUL is a space, not the text's end. */
    static const char nul[] = "before \\\0 after $x\\\0y$ end";
    char *md = latex_to_markdown(nul, sizeof(nul) - 1);
    assert_string_equal(md, "before  after $x\\ y$ end\n");
    free(md);
    /* Unclosed: the text stays text, nothing is lost. */
    md_is("a $b and \\[ c {d", "a \\$b and \\[ c d\n");
}

/* The Markdown of a LaTeX statement on the page: raw HTML and script links of the source
 * are text or dropped, math reaches KaTeX as written. */
static void test_latex_statement_html(void **state)
{
    (void)state;
    static const char tex[] = "<script>alert(1)</script> \\href{javascript:x()}{a} "
                              "\\url{javascript:y()} $a<b$ \\texttt{<img src=x>}\n";
    char *md = latex_to_markdown(tex, strlen(tex));
    char *html = statement_html(md, strlen(md));
    if (strstr(html, "<script") || strstr(html, "javascript:x") || strstr(html, "<img") ||
        strstr(html, "href=\"javascript"))
        fail_msg("%s", html);
    assert_non_null(strstr(html, "$a&lt;b$"));
    free(md);
    free(html);
}

/* Texts made of what the conversion looks at, at random, exactly their length (no NUL to
 * lean on, read past under the sanitizers): each converts, and its HTML too. */
static void test_latex_survives_any_text(void **state)
{
    (void)state;
    static const char *const pieces[] = {"\\",
                                         "{",
                                         "}",
                                         "$",
                                         "$$",
                                         "[",
                                         "]",
                                         "\\[",
                                         "\\]",
                                         "\\(",
                                         "\\)",
                                         "%",
                                         "\n",
                                         " ",
                                         "~",
                                         "`",
                                         "'",
                                         "-",
                                         "&",
                                         "a",
                                         "\\begin{itemize}",
                                         "\\end{itemize}",
                                         "\\item",
                                         "\\begin{enumerate}",
                                         "\\end{enumerate}",
                                         "\\begin{tabular}{c}",
                                         "\\end{tabular}",
                                         "\\begin{verbatim}",
                                         "\\end{verbatim}",
                                         "\\begin{align}",
                                         "\\end{align}",
                                         "\\emph{",
                                         "\\section{",
                                         "\\href{http://x}{",
                                         "\\texttt{",
                                         "\\verb|",
                                         "\\'",
                                         "\\label{",
                                         "\\illustration{",
                                         "\\\\",
                                         "\\footnote{",
                                         "\\url{",
                                         "{\\bf ",
                                         "\\begin{document}"};
    unsigned seed = 4242;
    for (int round = 0; round < 20000; round++) {
        struct strbuf sb = STRBUF_INIT;
        seed = seed * 1103515245u + 12345u;
        size_t n = (seed >> 16) % 40;
        for (size_t k = 0; k < n; k++) {
            seed = seed * 1103515245u + 12345u;
            strbuf_addstr(&sb, pieces[(seed >> 16) % (sizeof(pieces) / sizeof(pieces[0]))]);
        }
        char *copy = xmalloc(sb.len ? sb.len : 1);
        memcpy(copy, sb.buf ? sb.buf : "", sb.len);
        char *md = latex_to_markdown(copy, sb.len);
        assert_non_null(md);
        char *html = statement_html(md, strlen(md));
        free(html);
        free(md);
        free(copy);
        strbuf_release(&sb);
    }
    /* Deep groups and lists, and many unclosed delimiters: bounded, and fast. */
    struct strbuf deep = STRBUF_INIT;
    for (int k = 0; k < 20000; k++)
        strbuf_addstr(&deep, "{\\emph{\\begin{itemize}\\item \\[ \\( $$ ");
    char *md = latex_to_markdown(deep.buf, deep.len);
    assert_non_null(md);
    free(md);
    strbuf_release(&deep);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_render_blocks),
        cmocka_unit_test(test_render_wraps_paragraphs_not_code),
        cmocka_unit_test(test_render_makes_control_characters_visible),
        cmocka_unit_test(test_render_survives_deep_nesting),
        cmocka_unit_test(test_html_keeps_math_and_code),
        cmocka_unit_test(test_html_survives_any_text),
        cmocka_unit_test(test_latex_as_markdown),
        cmocka_unit_test(test_latex_statement_html),
        cmocka_unit_test(test_latex_survives_any_text),
        cmocka_unit_test(test_signature_by_language),
        cmocka_unit_test(test_names_and_ids),
        cmocka_unit_test_setup_teardown(test_store_add_list_remove, store_setup, store_teardown),
        cmocka_unit_test_setup_teardown(test_store_refuses_what_is_not_private, store_setup,
                                        store_teardown),
        cmocka_unit_test_setup_teardown(test_append_to_problem, store_setup, store_teardown),
        cmocka_unit_test(test_stress_random_cases),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
