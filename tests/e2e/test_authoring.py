"""test_authoring.py: a problem authored from nothing, as docs/authoring.md tells it: `judge new`
makes the package in a library, `judge gen` writes its tests with its generator and reference
in the sandbox, `judge check` proves it, and `judge test` judges solutions on it. Also what
must never happen: an id that is a path, a hidden name or too long writing anything; an
existing package replaced; a generator that loops or floods leaving tests/ half written."""

import hashlib
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import _judgetest as jt  # noqa: E402
from _judgetest import check, run, run_json, source, write  # noqa: E402

SUM_OK = "n = int(input())\nprint(sum(map(int, input().split()[:n])))\n"
# Wrong: forgets the last number.
SUM_WRONG = "n = int(input())\nprint(sum(map(int, input().split()[:n - 1])))\n"


def library(name):
    """An empty problem library of the test's own, inside a folder that holds nothing else
    (so that a write beside the library would show)."""
    root = os.path.join(jt.WORK, name)
    shutil.rmtree(root, ignore_errors=True)
    os.makedirs(os.path.join(root, "lib"))
    return os.path.join(root, "lib")


def tree(root):
    """Every path below root (relative), for "nothing was written" checks."""
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        for n in dirnames + filenames:
            found.append(os.path.relpath(os.path.join(dirpath, n), root))
    return sorted(found)


def snapshot(directory):
    """The name and SHA-256 of every file of a directory."""
    return {n: hashlib.sha256(open(os.path.join(directory, n), "rb").read()).hexdigest()
            for n in sorted(os.listdir(directory))}


def one_line_error(err, *expected):
    lines = [l for l in err.splitlines() if l.strip()]
    check(len(lines) == 1 and lines[0].startswith("judge: "), f"one error line expected: {err!r}")
    for e in expected:
        check(e in lines[0], f"{e!r} not in {lines[0]!r}")


def new(lib, pid, *flags):
    rc, out, err = run(["new", pid, "--problems", lib] + list(flags))
    check(rc == 0, f"judge new {pid} {flags}: exit {rc}: {out}{err}")
    return os.path.join(lib, pid)


def gen(lib, pid, *flags):
    rc, out, err = run(["gen", pid, "--problems", lib] + list(flags))
    check(rc == 0, f"judge gen {pid} {flags}: exit {rc}: {out}{err}")
    return out


def check_passes(lib, pid):
    rc, res, err = run_json(["check", pid, "--problems", lib])
    check(rc == 0 and res["ok"], f"judge check {pid}: exit {rc}: {res['problems']} {err}")
    return res


_AUTHORED = {}


def authored():
    """One package authored once (new, then gen) and shared by the tests that only read it."""
    if "lib" not in _AUTHORED:
        lib = library("authored")
        new(lib, "sum-it")
        gen(lib, "sum-it")
        _AUTHORED["lib"] = lib
    return _AUTHORED["lib"]


def test_new_makes_a_package_that_gen_and_check_prove():
    lib = authored()
    pkg = os.path.join(lib, "sum-it")
    for rel in ["problem.json", "statement.md", "generator/stress.py", "generator/ref.cpp",
                "tests/sample-1.in", "tests/sample-1.ans", "solutions/accepted",
                "solutions/wrong_answer", "solutions/time_limit_exceeded",
                "solutions/run_time_error"]:
        check(os.path.exists(os.path.join(pkg, rel)), f"{rel} missing from the new package")
    meta = json.load(open(os.path.join(pkg, "problem.json")))
    check(meta["title"] == "sum-it" and meta["time_limit_ms"] > 0, f"problem.json: {meta}")
    statement = open(os.path.join(pkg, "statement.md")).read()
    for section in ["# sum-it", "## Input", "## Output", "## Constraints", "## Samples",
                    "## Notes"]:
        check(section in statement, f"statement.md has no {section!r}")
    names = sorted(os.listdir(os.path.join(pkg, "tests")))
    generated = [n for n in names if n.startswith("gen-")]
    check(len(generated) == 20 and "gen-01.in" in names and "gen-10.ans" in names,
          f"gen wrote {names}")
    check(not [n for n in os.listdir(lib) if n != "sum-it"], f"leftovers: {os.listdir(lib)}")
    res = check_passes(lib, "sum-it")
    verdicts = {s["path"]: s["verdict"] for s in res["submissions"]}
    for folder, verdict in [("accepted", "AC"), ("wrong_answer", "WA"),
                            ("time_limit_exceeded", "TLE"), ("run_time_error", "RE")]:
        got = [v for p, v in verdicts.items() if p.startswith(f"solutions/{folder}/")]
        check(got and all(v == verdict for v in got), f"{folder}: {verdicts}")


def test_a_correct_solution_gets_ac_and_a_wrong_one_wa():
    lib = authored()
    rc, res, err = run_json(["test", "sum-it", source("sum_ok.py", SUM_OK), "--problems", lib])
    check(rc == 0 and res["verdict"] == "AC", f"correct: exit {rc} {res.get('verdict')} {err}")
    check(len(res["tests"]) == 12, f"12 tests expected: {len(res['tests'])}")
    rc, res, err = run_json(["test", "sum-it", source("sum_wrong.py", SUM_WRONG), "--problems",
                             lib])
    check(rc == 1 and res["verdict"] == "WA", f"wrong: exit {rc} {res.get('verdict')} {err}")


def test_gen_is_deterministic_and_keeps_hand_written_tests():
    lib = library("determinism")
    pkg = new(lib, "det")
    tests = os.path.join(pkg, "tests")
    write(os.path.join(tests, "hand-1.in"), "2\n5 6\n")
    write(os.path.join(tests, "hand-1.ans"), "11\n")
    out = gen(lib, "det", "--count", "12")
    check("gen-12" in out and "seed" in out and "size" in out, f"gen's report: {out}")
    first = snapshot(tests)
    check(len([n for n in first if n.startswith("gen-")]) == 24, f"12 tests: {sorted(first)}")
    # Another seed: other tests; and fewer: the earlier gen-* all replaced.
    gen(lib, "det", "--seed", "2", "--count", "3")
    other = snapshot(tests)
    check(sorted(n for n in other if n.startswith("gen-")) ==
          ["gen-01.ans", "gen-01.in", "gen-02.ans", "gen-02.in", "gen-03.ans", "gen-03.in"],
          f"--count 3: {sorted(other)}")
    check(other["gen-02.in"] != first["gen-02.in"], "--seed 2 gave the same test")
    # The same options again: byte-identical tests.
    gen(lib, "det", "--count", "12")
    check(snapshot(tests) == first, "judge gen twice gave different tests")
    for kept in ["sample-1.in", "sample-1.ans", "sample-2.in", "hand-1.in", "hand-1.ans"]:
        check(kept in first, f"{kept} was not kept")
    check(open(os.path.join(tests, "hand-1.ans")).read() == "11\n", "hand-1.ans changed")
    check(not [n for n in os.listdir(pkg) if n.startswith(".")], f"leftovers: {os.listdir(pkg)}")


def test_function_style_and_interactive_skeletons_check():
    lib = library("styles")
    pkg = new(lib, "fs", "--function-style")
    meta = json.load(open(os.path.join(pkg, "problem.json")))
    check(set(meta["harness"]) == {"c", "cpp", "python", "java", "javascript", "rust"},
          f"harnesses: {meta.get('harness')}")
    gen(lib, "fs")
    check_passes(lib, "fs")
    pkg = new(lib, "inter", "--interactive")
    check(json.load(open(os.path.join(pkg, "problem.json")))["interactor"]["type"] == "kattis",
          "no interactor in problem.json")
    gen(lib, "inter")
    check_passes(lib, "inter")
    rc, out, err = run(["new", "both", "--problems", lib, "--function-style", "--interactive"])
    check(rc == 2 and not os.path.exists(os.path.join(lib, "both")), f"both: {rc} {err}")


def test_hostile_ids_are_refused_and_nothing_is_written():
    lib = library("hostile")
    outer = os.path.dirname(lib)
    before = tree(outer)
    for pid in ["../x", ".x", "a/b", "x" * 65, "..", "", "a b", "x\n", "-x", "/tmp/abs"]:
        rc, out, err = run(["new", pid, "--problems", lib])
        check(rc == 2, f"{pid!r}: exit {rc} ({out}{err})")
        check(tree(outer) == before, f"{pid!r} wrote {tree(outer)}")
        check(not os.path.exists("/tmp/abs") and not os.path.exists(os.path.join(outer, "x")),
              f"{pid!r} wrote outside the library")
    rc, out, err = run(["new", "../x", "--problems", lib])
    one_line_error(err, "problem id")
    rc, out, err = run(["new", "y" * 65, "--problems", lib])
    one_line_error(err, "65 bytes")
    # 64 bytes is an id.
    new(lib, "y" * 64)
    check(tree(lib)[0] == "y" * 64, f"64-byte id: {tree(lib)[:1]}")


def test_an_existing_id_is_never_replaced():
    lib = library("existing")
    pkg = new(lib, "taken")
    write(os.path.join(pkg, "statement.md"), "# mine\n")
    before = tree(pkg)
    rc, out, err = run(["new", "taken", "--problems", lib])
    check(rc == 2, f"exit {rc}")
    one_line_error(err, "already exists")
    check(open(os.path.join(pkg, "statement.md")).read() == "# mine\n", "statement replaced")
    check(tree(pkg) == before and sorted(os.listdir(lib)) == ["taken"], f"{os.listdir(lib)}")
    # Whatever has the name: a file, a link (to a directory outside the library).
    write(os.path.join(lib, "afile"), "x")
    elsewhere = os.path.join(os.path.dirname(lib), "elsewhere")
    os.makedirs(elsewhere)
    os.symlink(elsewhere, os.path.join(lib, "alink"))
    for pid in ["afile", "alink"]:
        rc, out, err = run(["new", pid, "--problems", lib])
        check(rc == 2, f"{pid}: exit {rc}")
        one_line_error(err, "already exists")
    check(os.listdir(elsewhere) == [] and open(os.path.join(lib, "afile")).read() == "x",
          "an existing name was written through")


def test_a_failed_new_leaves_nothing():
    lib = library("broken-skeleton")
    skel = os.path.join(jt.WORK, "skeleton-broken")
    shutil.rmtree(skel, ignore_errors=True)
    shutil.copytree(os.path.join(HERE, "..", "..", "judge", "skeleton"), skel)
    os.remove(os.path.join(skel, "program", "statement.md"))
    rc, out, err = run(["new", "half", "--problems", lib], env={"JUDGE_SKELETON": skel})
    check(rc == 3, f"exit {rc}: {out}{err}")
    one_line_error(err, "statement.md")
    check(os.listdir(lib) == [], f"left behind: {os.listdir(lib)}")


def hostile_generator(name, code, *expected, flags=()):
    lib = library("gen-" + name)
    pkg = new(lib, name)
    gen(lib, name, "--count", "3")
    tests = os.path.join(pkg, "tests")
    before = snapshot(tests)
    write(os.path.join(pkg, "generator", "stress.py"), code)
    rc, out, err = run(["gen", name, "--problems", lib, "--count", "3"] + list(flags))
    check(rc == 2, f"{name}: exit {rc} (expected 2): {out}{err}")
    one_line_error(err, "gen-01", "seed", "size", *expected)
    check(snapshot(tests) == before, f"{name}: tests/ changed")
    check(sorted(os.listdir(pkg)) == ["generator", "problem.json", "solutions", "statement.md",
                                      "tests"], f"{name}: leftovers {os.listdir(pkg)}")


def test_a_generator_that_loops_forever_is_stopped_and_tests_stay():
    hostile_generator("loops", "while True:\n    pass\n", "TLE", flags=("--time-limit", "1000"))


def test_a_generator_that_writes_a_gigabyte_is_stopped_and_tests_stay():
    flood = ("import sys\nblock = b'1' * (1 << 20)\nfor _ in range(1024):\n"
             "    sys.stdout.buffer.write(block)\n")
    hostile_generator("floods", flood, "OLE")
    # The same gigabyte into a file of the box: its space is bounded too.
    to_file = ("block = b'1' * (1 << 20)\nwith open('big', 'wb') as f:\n"
               "    for _ in range(1024):\n        f.write(block)\n")
    hostile_generator("fills", to_file)


def test_the_generator_runs_in_the_sandbox():
    lib = library("gen-sandboxed")
    pkg = new(lib, "boxed")
    escaped = os.path.join(pkg, "escaped")
    write(os.path.join(pkg, "generator", "stress.py"),
          "import os\n"
          f"for path in [{escaped!r}, {os.path.join(pkg, 'tests', 'gen-99.in')!r}]:\n"
          "    try:\n"
          "        open(path, 'w').write('x')\n"
          "    except OSError:\n"
          "        pass\n"
          "print(os.path.exists(%r) and 1 or 2)\n"
          "print('5 6' if not os.path.exists(%r) else '5')\n" % (pkg, pkg))
    gen(lib, "boxed", "--count", "2")
    check(not os.path.exists(escaped), "the generator wrote into the package")
    names = sorted(os.listdir(os.path.join(pkg, "tests")))
    check("gen-99.in" not in names and "gen-02.in" in names, f"tests: {names}")
    # It saw none of the host's package: n = 2, two numbers.
    check(open(os.path.join(pkg, "tests", "gen-01.in")).read() == "2\n5 6\n",
          "the generator saw the package's folder")
    check(open(os.path.join(pkg, "tests", "gen-01.ans")).read() == "11\n", "the reference's answer")


def test_a_reference_that_fails_names_the_test_and_tests_stay():
    lib = library("bad-ref")
    pkg = new(lib, "badref")
    gen(lib, "badref", "--count", "3")
    tests = os.path.join(pkg, "tests")
    before = snapshot(tests)
    write(os.path.join(pkg, "generator", "ref.cpp"),
          "#include <cstdio>\nint main() { int n; std::scanf(\"%d\", &n); return n > 2 ? 3 : 0; }\n")
    rc, out, err = run(["gen", "badref", "--problems", lib, "--count", "3"])
    check(rc == 2, f"exit {rc}: {out}{err}")
    one_line_error(err, "gen-02", "reference", "seed", "size")
    check(snapshot(tests) == before, "tests/ changed")
    check(not [n for n in os.listdir(pkg) if n.startswith(".")], f"leftovers: {os.listdir(pkg)}")


if __name__ == "__main__":
    jt.main(globals())
