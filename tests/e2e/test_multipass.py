"""test_multipass.py: ICPC multi-pass problems (type: multi-pass): the output validator writes
nextpass.in in its feedback directory to have the submission run again on that input, the
feedback directory lasts between passes, limits.validation_passes bounds the passes, and a
nextpass.in without an accepting exit code is the package's error."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _judgetest as jt  # noqa: E402
from _judgetest import check, run, run_json, source, write  # noqa: E402

# Each pass: the submission reads k and must print k + 1. The validator reads the pass's
# input (argv[1]), counts passes in its feedback directory, and asks for another pass, on the
# submission's answer, until MODE says stop.
VALIDATOR = r'''
#include <stdio.h>
#include <string.h>
#define MODE "%s"
static int count(const char *dir)
{
    char path[4096];
    snprintf(path, sizeof(path), "%%scount", dir);
    int n = 0;
    FILE *f = fopen(path, "r");
    if (f) { if (fscanf(f, "%%d", &n) != 1) n = 0; fclose(f); }
    f = fopen(path, "w");
    if (!f) return -1;
    fprintf(f, "%%d\n", ++n);
    fclose(f);
    return n;
}
int main(int argc, char **argv)
{
    if (argc < 4) return 1;
    long k, x;
    FILE *in = fopen(argv[1], "r");
    if (!in || fscanf(in, "%%ld", &k) != 1) return 1;
    fclose(in);
    int pass = count(argv[3]);
    if (pass < 0) return 1;
    char path[4096];
    snprintf(path, sizeof(path), "%%sjudgemessage.txt", argv[3]);
    FILE *msg = fopen(path, "a");
    if (scanf("%%ld", &x) != 1 || x != k + 1) {
        if (msg) fprintf(msg, "pass %%d: expected %%ld\n", pass, k + 1);
        return 43;
    }
    int more = strcmp(MODE, "forever") == 0 || strcmp(MODE, "reject") == 0 || pass < 3;
    if (more) {
        snprintf(path, sizeof(path), "%%snextpass.in", argv[3]);
        FILE *next = fopen(path, "w");
        if (!next) return 1;
        fprintf(next, "%%ld\n", x);
        fclose(next);
    }
    return strcmp(MODE, "reject") == 0 ? 43 : 42;
}
'''


def multipass(name, mode="three", passes=3, interactive=False):
    root = os.path.join(jt.WORK, name)
    types = "[multi-pass, interactive]" if interactive else "multi-pass"
    write(os.path.join(root, "problem.yaml"),
          "problem_format_version: 2025-09\nname: %s\nuuid: 0f0e0d0c-0b0a-4909-8807-060504030201\n"
          "type: %s\nlimits:\n  time_limit: 1\n  validation_passes: %d\n" % (name, types, passes))
    write(os.path.join(root, "statement", "problem.en.md"), "# %s\n" % name)
    for group, cases in (("sample", {"1": 5}), ("secret", {"1": 10, "2": 100})):
        for t, k in cases.items():
            write(os.path.join(root, "data", group, t + ".in"), "%d\n" % k)
            write(os.path.join(root, "data", group, t + ".ans"), "\n")
    validator = VALIDATOR % mode
    if interactive:
        # The same game, spoken: the validator says k, the submission answers.
        validator = validator.replace('scanf("%ld", &x)', '(printf("%ld\\n", k), fflush(stdout), scanf("%ld", &x))')
    write(os.path.join(root, "output_validator", "validator.c"), validator)
    return root


INC = "#include <stdio.h>\nint main(void){ long k; if (scanf(\"%ld\", &k) != 1) return 1; printf(\"%ld\\n\", k + 1); return 0; }\n"
# Right on the first pass only: later passes get larger inputs (k + 1, k + 2 ...).
FIRST_ONLY = ("#include <stdio.h>\nint main(void){ long k; if (scanf(\"%ld\", &k) != 1) return 1;\n"
              "  static const long first[] = {5, 10, 100};\n  int known = 0;\n"
              "  for (int i = 0; i < 3; i++) known |= first[i] == k;\n"
              "  printf(\"%ld\\n\", known ? k + 1 : k); return 0; }\n")


def test_three_passes_accepted():
    rc, o, err = run_json(["test", multipass("mp-three"), source("inc.c", INC)])
    check(rc == 0 and o["verdict"] == "AC", f"{o['verdict']} {[t['message'] for t in o['tests']]} {err}")


def test_wrong_in_a_later_pass():
    rc, o, err = run_json(["test", multipass("mp-later"), source("first.c", FIRST_ONLY)])
    check(o["verdict"] == "WA", f"{o['verdict']} {[t['message'] for t in o['tests']]} {err}")
    sample = [t for t in o["tests"] if t["sample"]][0]
    check("pass 2" in sample["message"], f"the sample's message names the pass: {sample}")


def test_more_passes_than_allowed_is_a_judge_error():
    rc, o, err = run_json(["test", multipass("mp-forever", "forever", passes=4),
                           source("inc.c", INC)])
    check(rc == 3 and o["verdict"] == "SE", f"rc {rc} {o['verdict']}")
    check("validation_passes" in json_text(o), f"names the limit: {json_text(o)[:300]}")


def test_nextpass_without_accepting_is_a_judge_error():
    rc, o, err = run_json(["test", multipass("mp-reject", "reject"), source("inc.c", INC)])
    check(rc == 3 and o["verdict"] == "SE", f"rc {rc} {o['verdict']}")
    check("nextpass.in" in json_text(o), f"says why: {json_text(o)[:300]}")


def test_interactive_multi_pass():
    rc, o, err = run_json(["test", multipass("mp-inter", interactive=True),
                           source("inc.c", INC)])
    check(rc == 0 and o["verdict"] == "AC", f"{o['verdict']} {[t['message'] for t in o['tests']]} {err}")
    rc, o, err = run_json(["test", multipass("mp-inter-wa", interactive=True),
                           source("first.c", FIRST_ONLY)])
    check(o["verdict"] == "WA", f"{o['verdict']} {[t['message'] for t in o['tests']]}")


def test_multi_pass_needs_a_validator():
    root = multipass("mp-novalidator")
    os.remove(os.path.join(root, "output_validator", "validator.c"))
    os.rmdir(os.path.join(root, "output_validator"))
    rc, out, err = run(["test", root, source("inc.c", INC)])
    check(rc == 2 and "multi-pass" in err and "problem.yaml" in err, f"rc {rc}: {err}")


def json_text(o):
    import json
    return json.dumps(o)


if __name__ == "__main__":
    jt.main(globals())
