"""test_icpc.py: ICPC/Kattis packages (tests/e2e/icpc/) are judged as the format says, in its
three versions: the default validator and its flags, custom validators, interactive and scoring
problems, time limits derived from the accepted submissions (and cached), and malformed packages
refused with a message naming the file."""

import os
import re
import shutil
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _judgetest as jt  # noqa: E402
from _judgetest import check, run, run_json  # noqa: E402

ICPC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "icpc")


def pkg(name):
    return os.path.join(ICPC, name)


def sub(name, rel):
    return os.path.join(ICPC, name, "submissions", rel)


def copy(name, as_name=None):
    """A private copy of a package under the work directory, to break or change."""
    dest = os.path.join(jt.WORK, as_name or name)
    shutil.rmtree(dest, ignore_errors=True)
    shutil.copytree(pkg(name), dest)
    return dest


def judged(name, rel, *extra):
    rc, o, err = run_json(["test", pkg(name), sub(name, rel)] + list(extra))
    return rc, o, err


def by_name(o):
    return {t["name"]: t for t in o["tests"]}


# ---- pass-fail with the default validator, one version each ----

def test_legacy_float_tolerance_and_lexicographic_order():
    rc, o, _ = judged("legacy-divide", "accepted/divide.py")
    check(rc == 0 and o["verdict"] == "AC", f"scientific notation within 1e-6: {o['verdict']}")
    names = [t["name"] for t in o["tests"]]
    check(names == ["sample/1", "secret/1", "secret/10", "secret/2", "secret/3"],
          f"tests run in lexicographic order: {names}")
    check(o["time_limit_ms"] == 1000 and o["memory_limit_mb"] == 256, f"limits: {o}")
    rc, o, _ = judged("legacy-divide", "wrong_answer/two_decimals.py")
    check(rc == 1 and o["verdict"] == "WA", f"two decimals are not 1e-6: {o['verdict']}")
    check("0.33" in o["tests"][0]["message"], f"the sample's difference is shown: {o['tests'][0]}")
    rc, out, _ = run(["test", pkg("legacy-divide"), sub("legacy-divide", "accepted/divide.c")])
    check(rc == 0 and "Divide (legacy-divide)" in out, f"name from problem.yaml: {out}")


def test_2023_07_case_sensitive_in_secret_only():
    rc, o, _ = judged("draft-greeting", "accepted/spaced.py")
    check(rc == 0, f"whitespace amounts do not matter: {o['verdict']}")
    rc, o, _ = judged("draft-greeting", "wrong_answer/shouting.py")
    t = by_name(o)
    check(t["sample/1"]["verdict"] == "AC", f"the sample compares case-insensitively: {t['sample/1']}")
    check(t["secret/01"]["verdict"] == "WA", f"secret has case_sensitive: {t['secret/01']}")
    rc, out, _ = run(["test", pkg("draft-greeting"), sub("draft-greeting", "accepted/hello.py")])
    check("Greeting (draft-greeting)" in out, f"the English name of a name map: {out[:200]}")


def test_2025_09_space_change_sensitive_in_secret_only():
    rc, o, _ = judged("modern-grid", "accepted/board.py")
    check(rc == 0, f"board: {o['verdict']}")
    rc, o, _ = judged("modern-grid", "wrong_answer/double_spaces.py")
    t = by_name(o)
    check(t["sample/1"]["verdict"] == "AC" and t["secret/2"]["verdict"] == "WA",
          f"space_change_sensitive from test_group.yaml: {o['tests']}")
    rc, o, _ = judged("modern-grid", "run_time_error/index_error.py")
    check(o["verdict"] == "RE", f"RE: {o['verdict']}")


# ---- custom validators ----

def test_custom_validator_with_group_arguments():
    for name in ("modern-sum-pair", "legacy-sum-pair"):
        rc, o, _ = judged(name, "accepted/zero_and_n.py")
        check(rc == 0, f"{name}: any valid pair: {o['tests']}")
        rc, o, _ = judged(name, "accepted/one_less.py")
        check(rc == 0, f"{name}: another valid pair: {o['verdict']}")
        rc, o, _ = judged(name, "wrong_answer/halves.py")
        t = by_name(o)
        check(t["sample/1"]["verdict"] == "AC" and t["secret/1"]["verdict"] == "WA",
              f"{name}: --distinct reaches the validator in secret only: {o['tests']}")
        rc, o, _ = judged(name, "wrong_answer/off_by_one.py")
        check(o["verdict"] == "WA" and "1 + 4 is not 4" in o["tests"][0]["message"],
              f"{name}: judgemessage.txt is shown: {o['tests'][0]}")


def test_validator_exit_0_is_a_judge_error():
    root = copy("modern-sum-pair", "broken-validator")
    with open(os.path.join(root, "output_validator", "validator.cpp"), "w") as f:
        f.write("int main() { return 0; }\n")
    rc, o, _ = run_json(["test", root, sub("modern-sum-pair", "accepted/zero_and_n.py")])
    check(rc == 3 and o["verdict"] == "SE", f"exit 0 is SE, never the user's fault: {rc} {o['verdict']}")


# ---- interactive ----

def test_interactive():
    rc, o, _ = judged("modern-guess", "accepted/bisect.py")
    check(rc == 0, f"bisection: {o['tests']}")
    rc, o, _ = judged("modern-guess", "wrong_answer/linear.py")
    check(o["verdict"] == "WA", f"too many questions: {o['verdict']}")
    t = by_name(o)
    check(t["sample/1"]["message"] == "more than 10 questions",
          f"the interactor's judgemessage.txt is shown for a sample: {t['sample/1']}")
    check(t["secret/1"]["verdict"] == "AC", f"1 in one question: {t['secret/1']}")


# ---- scoring ----

def test_scoring_groups_2025_09():
    rc, o, _ = judged("modern-scoring", "accepted/sum.py")
    check(rc == 0 and o["score"] == 100, f"full score: {o.get('score')}")
    rc, o, _ = judged("modern-scoring", "wrong_answer/int_sum.c")
    check(o["verdict"] == "WA" and o["score"] == 30, f"group1 only: {o.get('score')} {o['verdict']}")


def test_scoring_groups_legacy_grader_flags():
    rc, o, _ = judged("legacy-scoring", "accepted/sum.py")
    check(rc == 0 and o["score"] == 100, f"25 + 75: {o.get('score')}")
    rc, o, _ = judged("legacy-scoring", "wrong_answer/int_sum.c")
    check(o["score"] == 25, f"min per group, sum over groups, accept_if_any_accepted: {o.get('score')}")
    t = by_name(o)
    check(t["secret/group1/1"]["score"] == 25 and t["secret/group2/1"]["score"] == 0,
          f"per-test scores: {o['tests']}")


def test_scoring_from_score_txt_unbounded():
    rc, o, _ = judged("draft-scoring", "accepted/all.py")
    check(rc == 0 and o["score"] == 30, f"10 + 20 from score.txt: {o.get('score')}")
    check(by_name(o)["secret/2"]["score"] == 20 and by_name(o)["sample/1"]["score"] == 0,
          f"per-test scores, samples count for nothing: {o['tests']}")
    rc, o, _ = judged("draft-scoring", "accepted/half.py")
    check(o["score"] == 15, f"5 + 10: {o.get('score')}")
    rc, o, _ = judged("draft-scoring", "wrong_answer/too_big.py")
    check(o["verdict"] == "WA" and o["score"] == 0, f"rejected: {o.get('score')}")


# ---- time limits derived from the accepted submissions ----

DERIVED = re.compile(r"time limit derived: (\d+(?:\.\d+)?) s \(slowest accepted (\d+\.\d+) s x 5, "
                     r"(rounded up|raised to the 1 s minimum)(; cached)?\)")


def test_time_limit_derived_then_cached():
    solution = sub("legacy-derive", "accepted/formula.py")
    start = time.monotonic()
    rc, o, err = run_json(["test", pkg("legacy-derive"), solution])
    first = time.monotonic() - start
    m = DERIVED.search(err)
    check(rc == 0 and m and not m.group(4), f"derived on the first run: {rc} {err!r}")
    limit = float(m.group(1))
    slowest = float(m.group(2))
    check(limit >= 1 and limit == int(limit) and limit >= slowest * 5,
          f"slowest x 5 rounded up to whole seconds: {err!r}")
    check(o["time_limit_ms"] == limit * 1000, f"the derived limit is applied: {o['time_limit_ms']}")

    start = time.monotonic()
    rc, o, err = run_json(["test", pkg("legacy-derive"), solution])
    second = time.monotonic() - start
    m = DERIVED.search(err)
    check(rc == 0 and m and m.group(4), f"read back from the cache: {err!r}")
    check(float(m.group(1)) == limit and o["time_limit_ms"] == limit * 1000, f"same limit: {err!r}")
    check(second < first / 2, f"the cache saves the accepted runs: {second:.2f} s vs {first:.2f} s")

    rc, o, err = run_json(["test", pkg("legacy-derive"), solution, "--time-limit", "3000"])
    check(rc == 0 and "derived" not in err and o["time_limit_ms"] == 3000,
          f"--time-limit overrides without deriving: {err!r} {o['time_limit_ms']}")


def test_time_limit_derivation_follows_the_version_and_content():
    root = copy("modern-grid", "grid-no-limit")
    with open(os.path.join(root, "problem.yaml")) as f:
        text = f.read()
    with open(os.path.join(root, "problem.yaml"), "w") as f:
        f.write(text.replace("  time_limit: 1\n", "  time_resolution: 0.5\n"))
    solution = os.path.join(root, "submissions", "accepted", "board.py")
    rc, o, err = run_json(["test", root, solution])
    check(rc == 0 and "x 2, raised to the 1 s minimum)" in err, f"2025-09: ac_to_time_limit 2: {err!r}")
    rc, o, err = run_json(["test", root, solution])
    check("; cached" in err, f"cached: {err!r}")
    with open(os.path.join(root, "data", "secret", "1.in"), "w") as f:
        f.write("1\n\n")
    rc, o, err = run_json(["test", root, solution])
    check("derived" in err and "cached" not in err, f"new content, new derivation: {err!r}")


def test_time_limit_cannot_be_derived():
    root = copy("legacy-derive", "derive-nothing")
    shutil.rmtree(os.path.join(root, "submissions", "accepted"))
    rc, out, err = run(["test", root, sub("legacy-derive", "accepted/formula.py")])
    check(rc == 2 and "submissions/accepted: no accepted submissions" in err, f"{rc} {err!r}")


# ---- malformed packages ----

def test_malformed_problem_yaml_names_file_and_line():
    solution = sub("modern-grid", "accepted/board.py")
    cases = [
        ("name: [unclosed\n", "problem.yaml:2:1: malformed YAML"),
        ("problem_format_version: 2025-09\nname: x\nlimits:\n  time_limit: -1\n",
         "problem.yaml:4: limits.time_limit must be a positive number (got -1)"),
        ("problem_format_version: 2025-09\nname: x\nlimits:\n  memory: lots\n",
         "problem.yaml:4: limits.memory must be a positive integer (got lots)"),
        ("name: x\nlimits:\n  memory: -256\n", "problem.yaml:3: limits.memory must be a positive integer (got -256)"),
        ("problem_format_version: 2025-09\nname: x\nlimits: 5\n", "problem.yaml:3: limits must be a map"),
        ("problem_format_version: 2025-09\nname: x\ntype: [pass-fail, multi-pass]\n",
         "problem.yaml:3: type multi-pass needs an output validator"),
        ("problem_format_version: 2025-09\nname: x\ntype: [multi-pass, submit-answer]\n",
         "problem.yaml:3: type submit-answer is not supported"),
        ("problem_format_version: 2025-09\nname: x\ntype: 7\n", "problem.yaml:3: type must be"),
        ("problem_format_version: 2024-01\nname: x\n", "problem.yaml:1: problem_format_version must be"),
        ("problem_format_version: 2025-09\nuuid: x\n", "problem.yaml: name is missing"),
        ("- a list\n", "problem.yaml:1: must hold a map"),
    ]
    for text, want in cases:
        root = copy("modern-grid", "malformed")
        with open(os.path.join(root, "problem.yaml"), "w") as f:
            f.write(text)
        rc, out, err = run(["test", root, solution])
        check(rc == 2 and want in err and root in err, f"{text!r}: {rc} {err!r}")


def test_malformed_data_names_file():
    solution = sub("modern-grid", "accepted/board.py")

    def broken(change, want):
        root = copy("modern-grid", "broken-data")
        change(root)
        rc, out, err = run(["test", root, solution])
        check(rc == 2 and want in err, f"{want}: {rc} {err!r}")

    broken(lambda r: shutil.rmtree(os.path.join(r, "data")), "broken-data/data: missing")
    broken(lambda r: shutil.rmtree(os.path.join(r, "data", "sample")) or
           shutil.rmtree(os.path.join(r, "data", "secret")), "broken-data/data: no tests")
    broken(lambda r: os.remove(os.path.join(r, "data", "secret", "3.ans")), "broken-data/data/secret/3.in: no .ans")
    broken(lambda r: jt.write(os.path.join(r, "data", "secret", "test_group.yaml"),
                              "output_validator_args: [case_insensitive]\n"),
           "data/secret/test_group.yaml:1: output_validator_args: unknown flag 'case_insensitive'")
    broken(lambda r: os.rename(os.path.join(r, "data", "secret", "test_group.yaml"),
                               os.path.join(r, "data", "secret", "testdata.yaml")),
           "data/secret/testdata.yaml: 2025-09 packages name this file test_group.yaml")
    root = copy("legacy-sum-pair", "no-validator")
    shutil.rmtree(os.path.join(root, "output_validators"))
    rc, out, err = run(["test", root, sub("legacy-sum-pair", "accepted/zero_and_n.py")])
    check(rc == 2 and "no-validator/output_validators: missing" in err and "validation is custom" in err,
          f"validation: custom without a validator: {err!r}")


# ---- packages other judges publish (issue 8, item 16) ----

def test_samples_only_package_is_judged_with_a_warning():
    # DOMjudge's own hello has data/sample and no data/secret.
    root = copy("modern-grid", "samples-only")
    shutil.rmtree(os.path.join(root, "data", "secret"))
    solution = sub("modern-grid", "accepted/board.py")
    rc, o, err = run_json(["test", root, solution])
    check(rc == 0 and o["verdict"] == "AC", f"judged on its samples: {rc} {o.get('verdict')} {err!r}")
    check([t["name"] for t in o["tests"]] == ["sample/1"], f"the samples only: {o['tests']}")
    warnings = [l for l in err.splitlines() if "warning" in l]
    check(len(warnings) == 1 and "samples-only/data/secret: no secret tests; judging the samples only"
          in warnings[0], f"one line of warning on stderr: {err!r}")
    rc, o, err = run_json(["test", root, sub("modern-grid", "wrong_answer/double_spaces.py")])
    check(rc == 0 or o["verdict"] in ("AC", "WA"), f"still a verdict: {rc} {o}")
    # An empty data/secret is the same; no tests at all is still refused.
    os.makedirs(os.path.join(root, "data", "secret"))
    rc, o, err = run_json(["test", root, solution])
    check(rc == 0 and "no secret tests" in err, f"empty data/secret: {rc} {err!r}")
    shutil.rmtree(os.path.join(root, "data", "sample"))
    rc, out, err = run(["test", root, solution])
    check(rc == 2 and "samples-only/data: no tests" in err, f"nothing to judge: {rc} {err!r}")


# ---- numbers at the edges (issue 8, item 18) ----

def icpc_package(name, files):
    """An ICPC package written by the test: files maps relative paths to their text."""
    root = os.path.join(jt.WORK, name)
    shutil.rmtree(root, ignore_errors=True)
    for rel, text in files.items():
        jt.write(os.path.join(root, rel), text)
    return root


def test_overflowing_numbers_are_not_infinity():
    # problemtools' default validator compares a token that is not a finite float as a string:
    # an answer 1e400 is not "infinity", and accepts neither 1e999 nor inf.
    root = icpc_package("overflow", {
        "problem.yaml": "name: Overflow\nlimits:\n  time_limit: 1\nvalidator_flags: float_tolerance 1e-6\n",
        "data/sample/1.in": "1\n", "data/sample/1.ans": "0.5\n",
        "data/secret/1.in": "2\n", "data/secret/1.ans": "1e400\n",
    })
    program = "import sys\nn = int(input())\nprint('0.5' if n == 1 else sys.argv[1] if len(sys.argv) > 1 else '%s')\n"
    for out, verdict in (("1e400", "AC"), ("1e999", "WA"), ("inf", "WA"), ("Infinity", "WA")):
        src = jt.source(f"overflow_{out}.py", program % out)
        rc, o, _ = run_json(["test", root, src])
        check(o["verdict"] == verdict, f"answer 1e400, output {out}: {o['verdict']} (want {verdict})")
    # A finite answer never accepts an output that overflows.
    jt.write(os.path.join(root, "data", "secret", "1.ans"), "1e308\n")
    src = jt.source("overflow_big.py", program % "1e999")
    rc, o, _ = run_json(["test", root, src])
    check(o["verdict"] == "WA", f"answer 1e308, output 1e999: {o['verdict']}")


def test_absurd_multipliers_refused_naming_the_field():
    solution = sub("legacy-derive", "accepted/formula.py")
    cases = [
        ("legacy-derive", "limits:\n  time_multiplier: 1e300\n",
         "problem.yaml:3: limits.time_multiplier must be at most 100 (got 1e300)"),
        ("legacy-derive", "limits:\n  time_multiplier: 1e15\n",
         "problem.yaml:3: limits.time_multiplier must be at most 100 (got 1e15)"),
        ("legacy-derive", "limits:\n  time_safety_margin: 1e300\n",
         "problem.yaml:3: limits.time_safety_margin must be at most 100"),
        ("legacy-derive", "limits:\n  time_resolution: 1e300\n",
         "problem.yaml:3: limits.time_resolution must be at most 60"),
    ]
    for name, limits, want in cases:
        # No time limit: the multipliers would derive one (1e300 made it negative, then 1 s).
        root = copy(name, "absurd")
        jt.write(os.path.join(root, "problem.yaml"), "name: Absurd\n" + limits)
        rc, out, err = run(["test", root, solution], timeout=120)
        check(rc == 2 and want in err, f"{limits!r}: {rc} {err!r}")
    root = copy("modern-grid", "absurd-modern")
    with open(os.path.join(root, "problem.yaml"), "a") as f:
        f.write("  time_multipliers:\n    ac_to_time_limit: 1e15\n")
    rc, out, err = run(["test", root, sub("modern-grid", "accepted/board.py")])
    check(rc == 2 and "limits.time_multipliers.ac_to_time_limit must be at most 100 (got 1e15)" in err,
          f"2025-09: {rc} {err!r}")


def test_accept_score_bounded():
    # accept_score sums that overflowed printed "score inf" (and "score": null in JSON).
    root = copy("legacy-scoring", "huge-scores")
    jt.write(os.path.join(root, "data", "secret", "group1", "testdata.yaml"),
             "accept_score: 1e308\ngrader_flags: sum\n")
    rc, out, err = run(["test", root, sub("legacy-scoring", "accepted/sum.py")])
    check(rc == 2 and "group1/testdata.yaml:1: accept_score must be at most 1e+09 (got 1e308)" in err,
          f"{rc} {out!r} {err!r}")


def test_score_txt_not_finite_is_a_judge_error():
    # A validator's score.txt that is not a finite score of at most 1e9: SE for the test.
    validator = ("import sys\n"
                 "out = sys.stdin.read().split()\n"
                 "open(sys.argv[3] + 'score.txt', 'w').write(out[0] + '\\n')\n"
                 "sys.exit(42)\n")
    root = icpc_package("score-txt", {
        "problem.yaml": "name: Score\ntype: scoring\nvalidation: custom score\nlimits:\n  time_limit: 1\n",
        "output_validators/v/validator.py": validator,
        "data/sample/1.in": "1\n", "data/sample/1.ans": "1\n",
        "data/secret/1.in": "1\n", "data/secret/1.ans": "1\n",
        "data/secret/2.in": "2\n", "data/secret/2.ans": "2\n",
    })
    src = jt.source("score_seven.py", "input()\nprint(7)\n")
    rc, o, _ = run_json(["test", root, src])
    check(rc == 0 and o["verdict"] == "AC" and o["score"] == 21, f"7 + 7 + 7: {rc} {o.get('score')}")
    for written in ("1e999", "inf", "-inf", "1e10"):
        src = jt.source("score_bad.py", f"input()\nprint('{written}')\n")
        rc, o, err = run_json(["test", root, src])
        check(rc == 3 and o["verdict"] == "SE", f"score.txt {written}: {rc} {o.get('verdict')} {o.get('score')}")
        check(isinstance(o["score"], (int, float)), f"score.txt {written}: a number in JSON: {o.get('score')}")
        check("score.txt" in (o.get("error") or ""), f"score.txt {written}: the error says why: {o}")
        rc, out, err = run(["test", root, src])
        check("score inf" not in out and "score -inf" not in out, f"score.txt {written}: {out!r}")



# ---- statements ----

TEX_STATEMENT = r"""\problemname{Divide}
% problemtools' macros and plain LaTeX, as packages write them
Given two integers $a$ and $b$ ($b \neq 0$), print \emph{exactly} $a / b$.
\begin{itemize}
  \item Answers within $10^{-6}$ are \textbf{accepted}.
  \item Print at most 100\% of the digits.
\end{itemize}

\section*{Input}
One line: $a$ and $b$. A <b>tag</b> and \href{javascript:alert(1)}{a link} stay text.
\[ |a|, |b| \le 10^9 \]

\section*{Output}
\begin{tabular}{|l|r|}
\hline
input & output \\ \hline
1 3 & 0.333333 \\
\end{tabular}
"""


def test_latex_statement_read_as_markdown():
    # The terminal shows a LaTeX statement formatted, as it shows Markdown: no markup left.
    d = copy("legacy-divide", "tex-divide")
    with open(os.path.join(d, "problem_statement", "problem.en.tex"), "w") as f:
        f.write(TEX_STATEMENT)
    rc, out, err = run(["problem", "tex-divide", "--problems", jt.WORK, "--width", "100"])
    check(rc == 0, f"{rc} {err}")
    for gone in ("\\section", "\\begin", "\\item", "\\emph", "\\textbf", "\\href", "\\[",
                 "problemtools' macros", "problemname"):
        check(gone not in out, f"{gone} left in the statement: {out}")
    for shown in ("print exactly $a / b$", "Answers within $10^{-6}$ are accepted",
                  "100% of the digits", "Input", "Output", "$$|a|, |b| \\le 10^9$$",
                  "A <b>tag</b> and a link stay text", "input | output", "1 3   | 0.333333"):
        check(shown in out, f"{shown!r} not in: {out}")
    check(re.search(r"(?m)^ *[-•*] +Answers within", out), f"the list's items: {out}")
    # --json keeps the text as written, and says it is LaTeX.
    rc, o, err = run_json(["problem", "tex-divide", "--problems", jt.WORK, "--json"])
    check(rc == 0 and o["statement_format"] == "latex" and o["statement"] == TEX_STATEMENT,
          f"{rc} {err} {o.get('statement_format')}")


if __name__ == "__main__":
    jt.main(globals())
