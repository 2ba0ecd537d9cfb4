"""test_practice.py: the solo practice loop end to end, as a user drives it: `judge problems`
and `judge problem` (the library and a statement), `judge run` (one run on one's own input),
`judge tests` (one's own tests, run by `test` and `submit` after the problem's), and
`judge stress` (random tests against the reference until a planted bug shows, the smallest
failing test saved)."""

import json
import os
import shutil
import signal
import stat
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import _judgetest as jt  # noqa: E402
from _judgetest import check, package, run, run_json, source, write  # noqa: E402

LIBRARY = os.path.normpath(os.path.join(HERE, "..", "..", "problems"))


def lib_env(name):
    """A private data directory (history, the user's tests) for one test."""
    data = os.path.join(jt.WORK, "data-" + name)
    shutil.rmtree(data, ignore_errors=True)
    return {"XDG_DATA_HOME": data, "JUDGE_PROBLEMS": LIBRARY, "JUDGE_USER": "ana"}


def one_line_error(err, *expected):
    lines = [l for l in err.splitlines() if l.strip()]
    check(len(lines) == 1 and lines[0].startswith("judge: "), f"one error line expected: {err!r}")
    for e in expected:
        check(e in lines[0], f"{e!r} not in {lines[0]!r}")


APLUSB = {"sample-1": ("1 2\n", "3\n"), "sample-2": ("5 5\n", "10\n"), "3": ("7 8\n", "15\n")}
APLUSB_OK = "a, b = map(int, input().split())\nprint(a + b)\n"
APLUSB_REF = "a, b = map(int, input().split())\nprint(a + b)\n"


def aplusb(name="aplusb", meta=None, ref=True):
    files = {"generator/ref.py": APLUSB_REF} if ref else {}
    return package(name, APLUSB, meta or {}, files)


# ---- judge problems / judge problem ----

def two_sum_harness_languages():
    """The languages two-sum has a harness for, in the order its problem.json lists them."""
    with open(os.path.join(LIBRARY, "two-sum", "problem.json")) as f:
        return list(json.load(f)["harness"])


def test_problems_lists_the_library_with_the_users_state():
    env = lib_env("problems")
    rc, o, err = run_json(["problems"], env=env)
    check(rc == 0, f"problems: {rc} {err}")
    by_id = {p["id"]: p for p in o["problems"]}
    packages = sorted(d for d in os.listdir(LIBRARY)
                      if os.path.isfile(os.path.join(LIBRARY, d, "problem.json")))
    check(sorted(by_id) == packages, f"every package of the library: {sorted(by_id)}")
    two = by_id["two-sum"]
    check(two["title"] == "Two Sum" and two["difficulty"] == "easy" and two["tags"] == ["hashing"],
          f"two-sum: {two}")
    check(two["function"] and two["function_languages"] == two_sum_harness_languages(), f"{two}")
    check(not by_id["coin-change"]["function"], "coin-change is a program")
    check(by_id["guess-the-number"]["interactive"], "guess-the-number is interactive")
    check(all(p["state"] == "new" for p in o["problems"]), "nothing submitted yet: all new")

    # Solve one, fail another: solved, tried, new.
    lib = os.path.join(LIBRARY, "two-sum", "solutions")
    rc, _, err = run(["submit", "two-sum", os.path.join(lib, "accepted", "hashmap.py")], env=env)
    check(rc == 0, f"submit AC: {err}")
    wa = os.path.join(LIBRARY, "max-subarray", "solutions", "wrong_answer", "int32-sum.c")
    rc, _, err = run(["submit", "max-subarray", wa], env=env)
    check(rc == 1, f"submit WA: {rc} {err}")
    rc, o, _ = run_json(["problems"], env=env)
    by_id = {p["id"]: p for p in o["problems"]}
    check(by_id["two-sum"]["state"] == "solved" and by_id["two-sum"]["attempts"] == 1, "solved")
    check(by_id["max-subarray"]["state"] == "tried", "tried")
    check(by_id["coin-change"]["state"] == "new", "new")

    rc, o, _ = run_json(["problems", "--unsolved", "--tag", "dp"], env=env)
    ids = [p["id"] for p in o["problems"]]
    check("max-subarray" in ids and "coin-change" in ids and "two-sum" not in ids, f"{ids}")
    check(all("dp" in p["tags"] for p in o["problems"]), "only dp")
    rc, o, _ = run_json(["problems", "--week", "week-01"], env=env)
    check(o["week"] == "week-01" and [p["id"] for p in o["problems"]][:1] == ["two-sum"],
          f"week-01 in its order: {[p['id'] for p in o['problems']]}")
    rc, o, _ = run_json(["problems", "--difficulty", "easy"], env=env)
    check(o["problems"] and all(p["difficulty"] == "easy" for p in o["problems"]), "easy only")

    rc, out, _ = run(["problems"], env=env)
    line = [l for l in out.splitlines() if l.strip().startswith("two-sum")][0]
    check("Two Sum" in line and "function" in line and "solved (1)" in line, f"{line!r}")
    line = [l for l in out.splitlines() if l.strip().startswith("guess-the-number")][0]
    check("interactive" in line and "new" in line, f"{line!r}")
    # An empty answer says which filter matched nothing.
    rc, out, _ = run(["problems", "--tag", "no-such-tag"], env=env)
    check(rc == 0 and "no problem matches --tag no-such-tag" in out, f"{out!r}")
    rc, _, err = run(["problems", "--difficulty", "brutal"], env=env)
    check(rc == 2, f"bad difficulty: {rc}")
    one_line_error(err, "--difficulty must be easy, medium or hard")
    rc, _, err = run(["problems", "--week", "week-99"], env=env)
    check(rc == 2, f"unknown week: {rc}")
    one_line_error(err, "week-99")


def test_problems_lists_a_broken_package_with_its_error():
    root = os.path.join(jt.WORK, "brokenlib")
    shutil.rmtree(root, ignore_errors=True)
    write(os.path.join(root, "good", "problem.json"), '{"title": "Good", "difficulty": "hard"}')
    write(os.path.join(root, "good", "tests", "sample-1.in"), "1\n")
    write(os.path.join(root, "good", "tests", "sample-1.ans"), "1\n")
    write(os.path.join(root, "bad", "problem.json"), '{"title": 5}')
    os.makedirs(os.path.join(root, "not-a-package"))
    rc, o, err = run_json(["problems", "--problems", root], env=lib_env("broken"))
    check(rc == 0, f"{rc} {err}")
    by_id = {p["id"]: p for p in o["problems"]}
    check(sorted(by_id) == ["bad", "good"], f"{sorted(by_id)}")
    check(by_id["good"]["error"] is None and by_id["good"]["difficulty"] == "hard", "good")
    check("title" in by_id["bad"]["error"], f"bad: {by_id['bad']}")


def test_problems_week_refuses_a_fifo_set_file_not_waited_on():
    # A weekly set file that is a FIFO would wait for a writer forever: it is a bad set file,
    # named in one line.
    root = os.path.join(jt.WORK, "fifolib")
    shutil.rmtree(root, ignore_errors=True)
    write(os.path.join(root, "good", "problem.json"), '{"title": "Good", "difficulty": "hard"}')
    write(os.path.join(root, "good", "tests", "sample-1.in"), "1\n")
    write(os.path.join(root, "good", "tests", "sample-1.ans"), "1\n")
    fifo = os.path.join(root, "weeks", "w.json")
    os.makedirs(os.path.dirname(fifo))
    os.mkfifo(fifo)
    env = dict(lib_env("fifolib"), JUDGE_PROBLEMS=root)
    for args in (["problems", "--week", "w"], ["mock", "--week", "w", "--json"]):
        rc, _, err = run(args, env=env, timeout=60)
        check(rc == 2, f"{args}: {rc} {err}")
        one_line_error(err, fifo, "not a regular file")


def test_problem_statement_for_the_terminal():
    env = lib_env("statement")
    rc, out, err = run(["problem", "two-sum", "--lang", "cpp", "--width", "70"], env=env)
    check(rc == 0, f"{rc} {err}")
    lines = out.splitlines()
    check(lines[0].startswith("Two Sum (two-sum) · easy · 1.000 s, 256 MiB"), f"{lines[0]!r}")
    langs = ", ".join(two_sum_harness_languages())
    check(f"function-style: submit a function, not a program (languages: {langs})" in out,
          "function-style said")
    # Markdown read, not shown raw: headings underlined, code indented, emphasis gone.
    check("What to submit\n--------------\n" in out, "a heading")
    check("## " not in out and "**" not in out and "```" not in out, "no raw Markdown")
    check("\n    class Solution {\n" in out, "a code block, indented")
    body = out[out.index("Two Sum\n=======\n"):out.index("Your function")]
    prose = [l for l in body.splitlines() if not l.startswith("    ")]
    check(max(len(l) for l in prose) <= 70 and max(len(l) for l in prose) >= 60,
          f"wrapped at 70: {max(prose, key=len)!r}")
    # The signature in the user's language, and the samples with how to run them.
    sig = out[out.index("Your function (C++):"):]
    check("    vector<int> twoSum(vector<int>& nums, int target);" in sig, f"{sig[:300]!r}")
    check("Sample 1 (sample-1; judge run two-sum SOLUTION --sample 1)" in out, "samples")
    check("4 -3 8 6 15" in out, "sample input shown")

    rc, out, _ = run(["problem", "two-sum", "--lang", "python"], env=env)
    check("def twoSum(self, nums, target)" in out[out.index("Your function (Python 3):"):], "py")
    rc, out, _ = run(["problem", "two-sum", "--lang", "java"], env=env)
    check("public int[] twoSum(int[] nums, int target)" in out[out.index("Your function (Java):"):],
          "java")
    # Go is in the languages file, and no library problem has a Go harness.
    rc, out, _ = run(["problem", "two-sum", "--lang", "go"], env=env)
    check("two-sum has no harness for Go" in out, f"go: no harness: {out[-400:]!r}")
    rc, out, _ = run(["problem", "coin-change", "--lang", "cpp"], env=env)
    check("Your function" not in out and "function-style" not in out, "a program: no signature")

    rc, o, _ = run_json(["problem", "two-sum", "--lang", "c"], env=env)
    check(o["function"] and o["signature"]["language"] == "c" and o["signature"]["harness"], f"{o}")
    check("int *two_sum(" in o["signature"]["text"], f"{o['signature']}")
    check(o["statement_format"] == "markdown" and o["statement"].startswith("# Two Sum"), "raw")
    check([s["name"] for s in o["samples"]] == ["sample-1", "sample-2", "sample-3"], "samples")
    check(o["samples"][0]["input"] == "5 10\n4 -3 8 6 15\n" and o["samples"][0]["answer"] == "0 3\n",
          f"{o['samples'][0]}")

    rc, _, err = run(["problem", "no-such-problem"], env=env)
    check(rc == 2, f"{rc}")
    one_line_error(err, "no-such-problem")
    rc, _, err = run(["problem", "two-sum", "--lang", "cobol"], env=env)
    check(rc == 2, f"{rc}")
    one_line_error(err, "unknown language 'cobol'")


def test_problem_statement_shows_control_characters_never_obeys_them():
    pkg = aplusb("hostile-statement")
    write(os.path.join(pkg, "statement.md"),
          "# Evil \x1b[2J\n\nText \x1b]0;title\x07 and `\x1b[31mred`\n\n```\n\x1b[H\n```\n")
    rc, out, err = run(["problem", pkg], env=lib_env("hostile"))
    check(rc == 0, f"{rc} {err}")
    check("\x1b" not in out and "\x07" not in out, f"raw control characters: {out!r}")
    check("Evil \\x1b[2J" in out, f"made visible: {out!r}")


def test_problems_shows_a_newline_in_an_id_or_title_on_its_one_line():
    # A package's directory name and title are single-line fields: a newline in them is shown
    # as \n, never a line of its own that could pass for another problem's row.
    root = os.path.join(jt.WORK, "newlinelib")
    shutil.rmtree(root, ignore_errors=True)
    pkg = os.path.join(root, "odd\n  two-sum")
    write(os.path.join(pkg, "problem.json"),
          json.dumps({"title": "Odd\n  two-sum   Two Sum   easy   solved", "difficulty": "easy"}))
    write(os.path.join(pkg, "tests", "sample-1.in"), "1 2\n")
    write(os.path.join(pkg, "tests", "sample-1.ans"), "3\n")
    env = dict(lib_env("newlinelib"), JUDGE_PROBLEMS=root)
    rc, out, err = run(["problems"], env=env)
    check(rc == 0, f"{rc} {err}")
    check("odd\\n  two-sum" in out and not any(l.startswith("  two-sum") for l in out.splitlines()),
          f"{out!r}")
    rc, out, err = run(["problem", pkg], env=env)
    check(rc == 0 and out.splitlines()[0].startswith("Odd\\n  two-sum"), f"{out!r}")
    src = source("nl-add.py", APLUSB_OK)
    rc, out, err = run(["run", pkg, src], env=env)
    check(rc == 0 and out.splitlines()[0].startswith("Odd\\n  two-sum"), f"{out!r} {err}")


# ---- judge run ----

TWO_SUM_PY = """class Solution:
    def twoSum(self, nums, target):
        import sys
        print("looking at", len(nums), file=sys.stderr)
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
"""


def test_run_on_a_sample_through_the_harness():
    env = lib_env("run")
    src = source("two_sum.py", TWO_SUM_PY)
    rc, out, err = run(["run", "two-sum", src], env=env)
    check(rc == 0, f"{rc} {out} {err}")
    check("input: sample-1" in out and "--- output ---\n0 3\n" in out, f"{out!r}")
    check("--- stderr ---\nlooking at 5\n" in out, "stderr shown")
    check("exited normally" in out and "the output matches the answer of sample-1" in out, out)
    rc, o, err = run_json(["run", "two-sum", src, "--sample", "3"], env=env)
    check(rc == 0 and o["input"] == "sample-3" and o["stdout"] == "0 2\n", f"{o} {err}")
    check(o["status"] == "exited" and o["exit_code"] == 0 and o["verdict"] == "AC" and o["checked"],
          f"{o}")
    check(o["time_limit_ms"] == 1000 and o["memory_kb"] > 0, f"{o}")
    # A wrong answer on a sample: said, with the expected answer.
    wrong = source("two_sum_wrong.py", "class Solution:\n    def twoSum(self, nums, t):\n"
                                       "        return [0, 1]\n")
    rc, out, _ = run(["run", "two-sum", wrong, "--sample", "1"], env=env)
    check(rc == 1 and "WA: the output differs from the answer of sample-1" in out, f"{out!r}")
    check("  expected:\n    0 3\n" in out, f"{out!r}")


def test_run_on_the_users_input_file_and_stdin():
    pkg = aplusb("run-input")
    env = lib_env("run-input")
    src = source("add.py", APLUSB_OK)
    inp = write(os.path.join(jt.WORK, "my-input.txt"), "40 2\n")
    rc, o, err = run_json(["run", pkg, src, "--input", inp], env=env)
    check(rc == 0 and o["stdout"] == "42\n" and not o["checked"], f"{o} {err}")
    check(o["input"] == inp, f"{o['input']}")
    rc, out, _ = run(["run", pkg, src, "-"], stdin="100 23\n", env=env)
    check(rc == 0 and "--- output ---\n123\n" in out and "input: standard input" in out, out)
    rc, o, _ = run_json(["run", pkg, src, "--input", "-"], stdin="1 1\n", env=env)
    check(o["stdout"] == "2\n", f"{o}")


def test_run_says_how_it_ended():
    pkg = aplusb("run-endings")
    env = lib_env("run-endings")
    crash = source("crash.py", "import sys\nprint('partial')\nraise IndexError('list index out of range')\n")
    rc, o, _ = run_json(["run", pkg, crash], env=env)
    check(rc == 1 and o["verdict"] == "RE" and o["exit_code"] == 1, f"{o}")
    check("IndexError: list index out of range" in o["stderr"] and o["stdout"] == "partial\n", f"{o}")
    check("IndexError" in o["message"], f"{o['message']}")
    slow = source("slow.c", "int main(void){volatile unsigned long x=0;for(;;)x++;}\n")
    rc, o, _ = run_json(["run", pkg, slow, "--time-limit", "300"], env=env)
    check(rc == 1 and o["verdict"] == "TLE" and o["status"] == "time limit", f"{o}")
    broken = source("broken.c", "int main(void) { return missing; }\n")
    rc, out, _ = run(["run", pkg, broken], env=env)
    check(rc == 1 and "CE Compilation error" in out and "missing" in out, f"{out!r}")
    rc, o, _ = run_json(["run", pkg, broken], env=env)
    check(o["compile"]["ok"] is False and "missing" in o["compile"]["message"], f"{o}")
    # Escape sequences the program prints are shown, not obeyed.
    esc = source("esc.py", "print('\\x1b[2J\\x1b]0;x\\x07ok')\n")
    rc, out, _ = run(["run", pkg, esc], env=env)
    check("\x1b" not in out and "\\x1b[2J" in out, f"{out!r}")


def test_run_and_tests_show_nul_bytes_without_ending_the_text_there():
    # A careless fwrite of a whole buffer writes NUL bytes: what follows one is still shown
    # (as \x00), on the terminal and in the JSON, and so is a user test's input holding one.
    pkg = aplusb("run-nul")
    env = lib_env("run-nul")
    nul = source("nul.py", "import sys\nsys.stdout.buffer.write(b'3\\x00tail\\n')\n"
                 "sys.stderr.buffer.write(b'e\\x00rr-after\\n')\n")
    rc, out, _ = run(["run", pkg, nul], env=env)
    check("3\\x00tail" in out and "e\\x00rr-after" in out, f"{out!r}")
    rc, o, _ = run_json(["run", pkg, nul], env=env)
    check(o["stdout"] == "3\\x00tail\n" and o["stderr"] == "e\\x00rr-after\n", f"{o}")
    inp = write(os.path.join(jt.WORK, "nul.in"), b"1 \x002 after\n")
    ans = write(os.path.join(jt.WORK, "nul.ans"), "3\n")
    rc, out, err = run(["tests", "add", pkg, "--input", inp, "--answer", ans], env=env)
    check(rc == 0, f"{out} {err}")
    rc, out, _ = run(["tests", "show", pkg, "1"], env=env)
    check("    1 \\x002 after\n" in out, f"{out!r}")


def test_run_refuses_bad_input_in_one_line():
    pkg = aplusb("run-bad")
    env = lib_env("run-bad")
    src = source("add2.py", APLUSB_OK)
    cases = [
        (["run", pkg, src, "--sample", "9"], "has 2 samples, not 9"),
        (["run", pkg, src, "--input", os.path.join(jt.WORK, "nope.txt")], "nope.txt"),
        (["run", pkg, src, "--input", jt.WORK], "not a regular file"),
        (["run", pkg, src, "--sample", "1", "--input", "-"], "do not go together"),
        (["run", pkg], "run needs PROBLEM and SOLUTION"),
        (["run", pkg, os.path.join(jt.WORK, "missing.py")], "missing.py"),
    ]
    fifo = os.path.join(jt.WORK, "input.fifo")
    if not os.path.exists(fifo):
        os.mkfifo(fifo)
    cases.append((["run", pkg, src, "--input", fifo], "not a regular file"))
    for args, expected in cases:
        rc, _, err = run(args, env=env, timeout=60)
        check(rc == 2, f"{args}: exit {rc} ({err})")
        one_line_error(err, expected)


# ---- the user's own tests ----

def test_users_tests_add_list_show_remove_and_privacy():
    pkg = aplusb("mine")
    env = lib_env("mine")
    data = env["XDG_DATA_HOME"]
    inp = write(os.path.join(jt.WORK, "mine-1.in"), "20 22\n")
    ans = write(os.path.join(jt.WORK, "mine-1.ans"), "42\n")
    rc, out, err = run(["tests", "add", pkg, "--input", inp, "--answer", ans], env=env)
    check(rc == 0 and "added user/1" in out and "with your answer" in out, f"{out} {err}")
    # Without an answer: the reference solution answers it, in the sandbox.
    inp2 = write(os.path.join(jt.WORK, "mine-2.in"), "1000000 1\n")
    rc, out, err = run(["tests", "add", pkg, "--input", inp2, "--name", "big"], env=env)
    check(rc == 0 and "added user/big" in out and "answered by the reference solution" in out,
          f"{out} {err}")
    rc, out, _ = run(["tests", "add", pkg, "--input", "-", "--answer", ans], stdin="21 21\n", env=env)
    check(rc == 0 and "added user/2" in out, out)

    rc, o, _ = run_json(["tests", "list", pkg], env=env)
    check([(t["name"], t["answer"]) for t in o["tests"]] ==
          [("user/1", "yours"), ("user/2", "yours"), ("user/big", "reference")], f"{o}")
    store = os.path.join(data, "judge", "tests", "mine")
    check(o["dir"] == store, f"{o['dir']}")
    check(open(os.path.join(store, "big.ref")).read() == "1000001\n", "the reference's answer")
    for d in (os.path.join(data, "judge", "tests"), store):
        check(stat.S_IMODE(os.stat(d).st_mode) == 0o700, f"{d} not 0700")
    for f in os.listdir(store):
        check(stat.S_IMODE(os.stat(os.path.join(store, f)).st_mode) == 0o600, f"{f} not 0600")
    rc, out, _ = run(["tests", "show", pkg, "user/big"], env=env)
    check("  input:\n    1000000 1\n" in out and "  answer:\n    1000001\n" in out, f"{out!r}")

    # Refusals: a name in use, a bad name, an input the reference fails on.
    rc, _, err = run(["tests", "add", pkg, "--input", inp, "--name", "big"], env=env)
    check(rc == 2, f"{rc}")
    one_line_error(err, "exists already")
    rc, _, err = run(["tests", "add", pkg, "--input", inp, "--name", "../x"], env=env)
    check(rc == 2, f"{rc}")
    one_line_error(err, "--name must be")
    bad = write(os.path.join(jt.WORK, "bad-input.in"), "not numbers\n")
    rc, _, err = run(["tests", "add", pkg, "--input", bad], env=env)
    check(rc == 2, f"{rc}")
    one_line_error(err, "the reference solution failed on this input", "--answer")
    big = write(os.path.join(jt.WORK, "huge.in"), b"")
    with open(big, "wb") as f:
        f.truncate((64 << 20) + 1)
    rc, _, err = run(["tests", "add", pkg, "--input", big, "--answer", ans], env=env)
    check(rc == 2, f"{rc}")
    one_line_error(err, "larger than 64 MiB")
    os.remove(big)
    rc, o, _ = run_json(["tests", "list", pkg], env=env)
    check(len(o["tests"]) == 3, "nothing left behind by the refusals")

    rc, out, _ = run(["tests", "remove", pkg, "user/2"], env=env)
    check(rc == 0 and "removed user/2" in out, out)
    rc, _, err = run(["tests", "remove", pkg, "2"], env=env)
    check(rc == 2, f"{rc}")
    one_line_error(err, "no test '2'")
    # A store that another user could write is refused, naming it.
    os.chmod(store, 0o777)
    rc, _, err = run(["tests", "list", pkg], env=env)
    check(rc == 2, f"{rc}")
    one_line_error(err, "writable by group or others", store)
    os.chmod(store, 0o700)


def test_users_tests_an_answer_left_without_its_input_does_not_block_adding():
    # An add interrupted between storing the answer and the input (Ctrl-C, a crash) leaves
    # an answer alone: it is not a test, the next number is used, and remove clears it.
    pkg = aplusb("orphan")
    env = lib_env("orphan")
    inp = write(os.path.join(jt.WORK, "orphan.in"), "2 3\n")
    ans = write(os.path.join(jt.WORK, "orphan.ans"), "5\n")
    rc, out, err = run(["tests", "add", pkg, "--input", inp, "--answer", ans], env=env)
    check(rc == 0 and "added user/1" in out, f"{out} {err}")
    store = os.path.join(env["XDG_DATA_HOME"], "judge", "tests", "orphan")
    write(os.path.join(store, "2.ans"), "5\n", 0o600)
    write(os.path.join(store, "stress-1.ref"), "5\n", 0o600)
    rc, out, err = run(["tests", "add", pkg, "--input", inp, "--answer", ans], env=env)
    check(rc == 0 and "added user/3" in out, f"{rc} {out} {err}")
    rc, o, _ = run_json(["tests", "list", pkg], env=env)
    check([t["name"] for t in o["tests"]] == ["user/1", "user/3"], f"{o}")
    rc, out, err = run(["tests", "remove", pkg, "2"], env=env)
    check(rc == 0 and not os.path.exists(os.path.join(store, "2.ans")), f"{rc} {out} {err}")
    rc, out, err = run(["tests", "add", pkg, "--input", inp, "--answer", ans], env=env)
    check(rc == 0 and "added user/2" in out, f"{rc} {out} {err}")
    # stress saves its failing test under the next free stress-N.
    wrong = source("orphan-wrong.py", "a, b = map(int, input().split())\nprint(a - b)\n")
    rc, out, err = run(["stress", pkg, wrong, "--gen", source("orphan-gen.py", "print(1, 2)\n"),
                        "--count", "5", "--seed", "1"], env=env, timeout=300)
    check(rc == 1 and "stress-2" in out, f"{rc} {out} {err}")
    check(os.path.exists(os.path.join(store, "stress-2.in")), f"{os.listdir(store)}")


def test_users_tests_add_interrupted_leaves_nothing_behind():
    # Ctrl-C while a large input is being stored: the test is stored whole or not at all, and
    # no temporary file is left in the store. The signal is sent once the copy has begun.
    pkg = aplusb("add-sigint")
    env = lib_env("add-sigint")
    store = os.path.join(env["XDG_DATA_HOME"], "judge", "tests", "add-sigint")
    big = os.path.join(jt.WORK, "add-sigint.in")
    with open(big, "wb") as f:
        f.write(b"1 2\n" * (12 << 20))
    ans = write(os.path.join(jt.WORK, "add-sigint.ans"), "3\n")
    full_env = dict(os.environ, **env)
    for attempt in range(3):
        p = subprocess.Popen([jt.JUDGE, "tests", "add", pkg, "--input", big, "--answer", ans],
                             env=full_env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        while p.poll() is None:
            if os.path.isdir(store) and any(f.startswith(".tmp-") for f in os.listdir(store)):
                p.send_signal(signal.SIGINT)
                break
        p.wait(timeout=120)
        files = sorted(os.listdir(store)) if os.path.isdir(store) else []
        check(not any(f.startswith(".tmp-") for f in files), f"attempt {attempt}: {files}")
        stems = {f.rsplit(".", 1)[0] for f in files}
        for stem in stems:
            check(f"{stem}.in" in files and f"{stem}.ans" in files, f"half a test: {files}")
    os.remove(big)


def test_users_tests_run_after_the_problems_by_test_and_submit():
    pkg = aplusb("mine-run")
    env = lib_env("mine-run")
    inp = write(os.path.join(jt.WORK, "mr.in"), "2000000000 2000000000\n")
    rc, _, err = run(["tests", "add", pkg, "--input", inp], env=env)
    check(rc == 0, err)
    good = source("mr-ok.py", APLUSB_OK)
    rc, o, err = run_json(["test", pkg, good], env=env)
    check(rc == 0 and o["verdict"] == "AC" and o["total"] == 4, f"{o} {err}")
    last = o["tests"][-1]
    check(last["name"] == "user/1" and last["user"] is True and last["sample"] is False, f"{last}")
    check(all(t["user"] is False for t in o["tests"][:-1]), "the problem's own are not the user's")
    # A solution that passes the problem's tests but not the user's: failed on the user's,
    # shown in full (the user wrote it) after the problem's.
    c32 = source("mr-int.c", '#include <stdio.h>\nint main(void){int a,b;scanf("%d %d",&a,&b);'
                             'printf("%d\\n",a+b);}\n')
    rc, out, _ = run(["test", pkg, c32], env=env)
    check(rc == 1, f"{rc}")
    check("Wrong answer on test 4 (user/1): 3/4 passed" in out, f"{out}")
    check("your own tests (user/...): 0 of 1 passed" in out, f"{out}")
    check("user/1 failed (WA)" in out and "  expected:\n    4000000000\n" in out, f"{out}")
    rc, o, _ = run_json(["test", pkg, c32, "--no-user-tests"], env=env)
    check(rc == 0 and o["total"] == 3, f"--no-user-tests: {o['total']}")
    # submit runs and records them too.
    rc, o, err = run_json(["submit", pkg, c32, "--problems", os.path.dirname(pkg)], env=env)
    check(rc == 1 and o["tests"][-1]["name"] == "user/1", f"{o} {err}")
    rc, shown, _ = run_json(["show", str(o["submission"]["id"])], env=env)
    check(shown["tests"][-1]["name"] == "user/1" and shown["tests"][-1]["verdict"] == "WA", f"{shown}")


def test_users_tests_of_an_interactive_problem_need_an_answer():
    env = lib_env("mine-inter")
    inp = write(os.path.join(jt.WORK, "gn.in"), "7 32\n")
    rc, _, err = run(["tests", "add", "guess-the-number", "--input", inp], env=env)
    check(rc == 2, f"{rc}")
    one_line_error(err, "interactive", "--answer")


# ---- judge stress ----

def planted_bug():
    """A library solution with a bug planted: it looks at the first five days only."""
    text = open(os.path.join(LIBRARY, "best-time-to-trade", "solutions", "accepted",
                             "running-min.c")).read()
    planted = text.replace("if (mn >= 0 && p - mn > best)", "if (mn >= 0 && p - mn > best && i < 5)")
    check(planted != text, "the bug is planted")
    return source("planted.c", planted)


def test_stress_finds_a_planted_bug_and_saves_a_smaller_test():
    env = lib_env("stress")
    planted = planted_bug()
    rc, o, err = run_json(["stress", "best-time-to-trade", planted, "--seed", "2", "--max-size",
                           "12", "--count", "200"], env=env, timeout=600)
    check(rc == 1 and o["found"], f"found: {rc} {json.dumps(o)[:500]} {err}")
    check(o["generator"] == "generator/stress.py", f"{o['generator']}")
    check(o["oracle"] == "the reference solution generator/ref.cpp", f"{o['oracle']}")
    first, small = o["first"], o["smallest"]
    check(small["size"] < first["size"], f"smaller: {first['size']} -> {small['size']}")
    # The bug needs a sixth day: the smallest failing test has one, and no more than it needs.
    n = int(small["input"].split()[0])
    check(6 <= n <= small["size"], f"n = {n} at size {small['size']}")
    check(small["verdict"] == "WA" and small["expected"] != small["output"], f"{small}")
    check(o["saved"] == "user/stress-1", f"{o['saved']}")
    # Saved as the user's own test, with the reference's answer: the planted solution fails it,
    # the library's own passes it.
    rc, lst, _ = run_json(["tests", "list", "best-time-to-trade"], env=env)
    check([(t["name"], t["answer"]) for t in lst["tests"]] == [("user/stress-1", "reference")],
          f"{lst}")
    rc, t, _ = run_json(["test", "best-time-to-trade", planted], env=env)
    check(t["tests"][-1]["name"] == "user/stress-1" and t["tests"][-1]["verdict"] == "WA",
          f"{t['tests'][-1]}")
    good = os.path.join(LIBRARY, "best-time-to-trade", "solutions", "accepted", "running-min.c")
    rc, t, _ = run_json(["test", "best-time-to-trade", good], env=env)
    check(rc == 0 and t["tests"][-1]["verdict"] == "AC", f"{t['tests'][-1]}")
    # The same seed repeats the same search.
    rc, again, _ = run_json(["stress", "best-time-to-trade", planted, "--seed", "2", "--max-size",
                             "12", "--count", "200", "--no-save"], env=env, timeout=600)
    check(again["first"] == first and again["saved"] is None, "the same search again")
    # The human report shows the test, the answers and where it was saved.
    rc, out, _ = run(["stress", "best-time-to-trade", planted, "--seed", "2", "--max-size", "12",
                      "--count", "200"], env=env, timeout=600)
    check(f"test {o['tests']} failed: WA (seed {first['seed']}, size {first['size']})" in out, out)
    check("  expected (the reference's answer):" in out and "  your output:" in out, out)
    check("saved as your test user/stress-2 of best-time-to-trade" in out, out)


def test_stress_with_the_users_generator_and_brute_force():
    pkg = aplusb("stress-own", ref=False)
    env = lib_env("stress-own")
    gen = source("gen.py", "import random, sys\nr = random.Random(int(sys.argv[1]))\n"
                           "n = int(sys.argv[2])\nprint(r.randint(0, 10 * n), r.randint(0, 10 * n))\n")
    brute = source("brute.py", "a, b = map(int, input().split())\nprint(sum([1] * a) + b)\n")
    # Wrong when a + b >= 30: generator sizes 1..2 never get there, larger ones do.
    wrong = source("capped.py", "a, b = map(int, input().split())\nprint(min(a + b, 29))\n")
    rc, o, err = run_json(["stress", pkg, wrong, "--gen", gen, "--brute", brute, "--seed", "5",
                           "--count", "300", "--max-size", "20"], env=env, timeout=600)
    check(rc == 1 and o["found"], f"{rc} {json.dumps(o)[:400]} {err}")
    check(o["oracle"] == f"your brute force {brute}" and o["generator"] == gen, f"{o}")
    small = o["smallest"]
    a, b = map(int, small["input"].split())
    check(a + b >= 30 and small["expected"] == f"{a + b}\n", f"{small}")
    check(small["size"] <= o["first"]["size"] and small["size"] >= 2, f"{small['size']}")
    # The brute force's answer is the user's: saved as such.
    rc, lst, _ = run_json(["tests", "list", pkg], env=env)
    check([(t["name"], t["answer"]) for t in lst["tests"]] == [("user/stress-1", "yours")], f"{lst}")
    # A correct solution: no failing test, exit 0.
    ok = source("stress-ok.py", APLUSB_OK)
    rc, o, _ = run_json(["stress", pkg, ok, "--gen", gen, "--brute", brute, "--count", "15"],
                        env=env, timeout=600)
    check(rc == 0 and not o["found"] and o["tests"] == 15 and o["saved"] is None, f"{o}")
    rc, out, _ = run(["stress", pkg, ok, "--gen", gen, "--brute", brute, "--seconds", "1"],
                     env=env, timeout=600)
    check(rc == 0 and "no failing test in" in out, out)


def test_stress_refuses_in_one_line():
    pkg = aplusb("stress-bad", ref=False)
    env = lib_env("stress-bad")
    ok = source("sb-ok.py", APLUSB_OK)
    gen_fails = source("gen_fails.py", "import sys\nsys.exit(3)\n")
    gen = source("gen_ok.py", "print(1, 2)\n")
    bad_oracle = source("bad_oracle.py", "raise SystemExit(4)\n")
    cases = [
        (["stress", pkg, ok], "has no generator/stress.*"),
        (["stress", pkg, ok, "--gen", gen], "has no reference solution", "--brute"),
        (["stress", pkg, ok, "--gen", gen_fails, "--brute", ok, "--seed", "1"],
         "the generator failed with seed", "size"),
        (["stress", pkg, ok, "--gen", gen, "--brute", bad_oracle],
         "the oracle failed on the test generated with seed"),
        (["stress", "guess-the-number", ok], "interactive"),
        (["stress", pkg, ok, "--count", "0"], "--count must be"),
        (["stress", pkg, ok, "--gen", os.path.join(jt.WORK, "no-gen.py"), "--brute", ok],
         "no-gen.py"),
    ]
    for args, *expected in cases:
        rc, _, err = run(args, env=env, timeout=300)
        check(rc == 2, f"{args}: exit {rc} ({err})")
        one_line_error(err, *expected)


def test_stress_runs_everything_in_the_sandbox():
    pkg = aplusb("stress-sandbox", ref=False)
    env = lib_env("stress-sandbox")
    marker = os.path.join(jt.WORK, "written-by-the-generator")
    # A generator that tries to leave a file on the host and to reach the network: in the box
    # it cannot (the work directory is not in its view; sockets are refused).
    gen = source("gen_escape.py", f"""import socket, sys
try:
    open({marker!r}, "w").write("escaped")
except OSError:
    pass
try:
    socket.create_connection(("127.0.0.1", 22), timeout=1)
    print("0 0")
except OSError:
    print(1, 2)
""")
    ok = source("ss-ok.py", APLUSB_OK)
    rc, out, err = run(["stress", pkg, ok, "--gen", gen, "--brute", ok, "--count", "3"],
                       env=env, timeout=300)
    check(not os.path.exists(marker), "the generator wrote to the host")
    # An interpreter's inet socket ends its run: the generator failed, and says why.
    check(rc == 2, f"{rc} {out} {err}")
    one_line_error(err, "the generator failed", "blocked system call: socket")


if __name__ == "__main__":
    jt.main(globals())
