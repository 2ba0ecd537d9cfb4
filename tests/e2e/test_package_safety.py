"""test_package_safety.py: a problem package is untrusted input (issue 8, items 19 and 20).

The judge reads a package outside any sandbox, as whoever runs it. Every file it takes from the
package must be a regular file of the package: a symbolic link that leaves it (to a private
file, to /proc/self/environ), a FIFO or a device is refused with exit 2 and a message naming the
link, and its content is never shown or stored. Links that stay inside work (ICPC packages link
tests to each other); links to directories are never followed. And whatever a hostile package
holds (deeply nested YAML, a 1 TB sparse test, `.` links in submissions/, folders of 100,000
entries), the judge finishes at once, with exit 2 naming the file. Every run has a generous
timeout, so that a regression shows as a failure and not as a hang."""

import json
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _judgetest as jt  # noqa: E402
from _judgetest import check, run, run_json  # noqa: E402

ICPC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "icpc")
SECRET = "TOP-SECRET-c0ffee"
MARKER = "JUDGE_E2E_ENV_MARKER"
# Bounded work: well under a second here; the timeout only keeps a regression from hanging.
QUICK = 60

ECHO = "import sys\nsys.stdout.write(sys.stdin.read())\n"


def secret_file():
    """A private file outside every package, as a root-only file would be."""
    path = os.path.join(jt.WORK, "private", "id_rsa")
    if not os.path.exists(path):
        jt.write(path, SECRET + "\n", mode=0o600)
    return path


def copy(name, as_name):
    dest = os.path.join(jt.WORK, as_name)
    shutil.rmtree(dest, ignore_errors=True)
    shutil.copytree(os.path.join(ICPC, name), dest, symlinks=True)
    return dest


def link(target, *path):
    where = os.path.join(*path)
    if os.path.lexists(where):
        os.remove(where)
    os.makedirs(os.path.dirname(where), exist_ok=True)
    os.symlink(target, where)
    return where


def native(name, files=None, meta=None):
    tests = {"sample1": ("1 2\n", "1 2\n"), "1": ("3 4\n", "3 4\n")}
    return jt.package(name, tests, meta, files)


def refused(args, want, what):
    """Runs the judge (with a marker in its environment) and expects exit 2 naming want, with
    neither the secret nor the environment in anything it printed."""
    rc, out, err = run(args, env={MARKER: "leaked-environment"}, timeout=QUICK)
    check(rc == 2, f"{what}: exit 2, got {rc}: {err!r} {out[:300]!r}")
    check(want in err, f"{what}: the message names it ({want!r}): {err!r}")
    check(len(err.strip().splitlines()) == 1, f"{what}: one line: {err!r}")
    for text in (out, err):
        check(SECRET not in text and "leaked-environment" not in text, f"{what}: leaked: {text!r}")
    return err


# ---- item 19: links out of the package ----

def test_test_files_linking_out_are_refused():
    solution = jt.source("echo.py", ECHO)
    cases = [
        ("tests/sample2.in", secret_file()),
        ("tests/sample2.in", "/proc/self/environ"),
        ("tests/sample2.ans", secret_file()),
        ("tests/sample2.in", os.path.relpath(secret_file(), os.path.join(jt.WORK, "leak", "tests"))),
    ]
    for rel, target in cases:
        root = native("leak", {"tests/sample2.in": "5\n", "tests/sample2.ans": "5\n"})
        link(target, root, rel)
        refused(["test", root, solution], f"leak/{rel}: a symbolic link that leaves the package",
                f"{rel} -> {target}")
        refused(["check", root], f"leak/{rel}: a symbolic link that leaves the package",
                f"check: {rel} -> {target}")
    # The ICPC layout too, and nothing reaches the history.
    root = copy("legacy-divide", "leak-icpc")
    link("/proc/self/environ", root, "data", "secret", "2.in")
    env = {"JUDGE_DB": os.path.join(jt.WORK, "leak.db")}
    rc, out, err = run(["submit", root, os.path.join(root, "submissions", "accepted", "divide.py")],
                       env=dict(env, **{MARKER: "leaked-environment"}), timeout=QUICK)
    check(rc == 2 and "data/secret/2.in: a symbolic link that leaves the package" in err,
          f"submit: {rc} {err!r}")
    check(not os.path.exists(env["JUDGE_DB"]) or b"leaked-environment" not in
          open(env["JUDGE_DB"], "rb").read(), "nothing stored")


def test_links_inside_the_package_work():
    root = native("inside")
    link("1.in", root, "tests", "2.in")
    link("../tests/1.ans", root, "tests", "2.ans")
    rc, o, err = run_json(["test", root, jt.source("echo2.py", ECHO)], timeout=QUICK)
    check(rc == 0 and len(o["tests"]) == 3, f"links inside: {rc} {o.get('verdict')} {err!r}")
    root = copy("legacy-divide", "inside-icpc")
    link("../sample/1.in", root, "data", "secret", "10.in")
    link("../sample/1.ans", root, "data", "secret", "10.ans")
    rc, o, err = run_json(["test", root, os.path.join(root, "submissions", "accepted", "divide.py")],
                          timeout=QUICK)
    check(rc == 0, f"ICPC tests linked to the sample: {rc} {err!r}")


def test_fifos_and_devices_are_refused():
    solution = jt.source("echo3.py", ECHO)
    root = native("fifo")
    os.remove(os.path.join(root, "tests", "1.in"))
    os.mkfifo(os.path.join(root, "tests", "1.in"))
    refused(["test", root, solution], "fifo/tests/1.in: not a regular file (a FIFO)", "a FIFO input")
    root = native("device")
    os.remove(os.path.join(root, "tests", "1.ans"))
    os.mknod(os.path.join(root, "tests", "1.ans"), 0o644 | 0o020000, os.makedev(1, 5))
    refused(["test", root, solution], "device/tests/1.ans: not a regular file (a device)",
            "a device answer")
    root = native("devlink")
    link("/dev/zero", root, "tests", "1.in")
    refused(["test", root, solution], "devlink/tests/1.in: a symbolic link that leaves the package",
            "a link to /dev/zero")


def test_programs_linking_out_are_refused():
    solution = jt.source("echo4.py", ECHO)
    checker = '#include <stdio.h>\nint main(void) { return 0; }\n'
    root = native("checker-link", meta={"checker": {"type": "testlib", "source": "checker.cpp"}})
    link(secret_file(), root, "checker.cpp")
    refused(["test", root, solution], "checker-link/checker.cpp: a symbolic link that leaves the package",
            "checker.cpp")
    # build.c takes the checker's neighbours along: they are checked too.
    root = native("checker-sibling", files={"checker/check.c": checker},
                  meta={"checker": {"type": "testlib", "source": "checker/check.c"}})
    link(secret_file(), root, "checker", "notes.txt")
    refused(["test", root, solution],
            "checker-sibling/checker/notes.txt: a symbolic link that leaves the package", "a neighbour")
    root = native("harness-link", meta={"harness": {"c": "harness/main.c"}})
    link(secret_file(), root, "harness", "main.c")
    refused(["test", root, solution], "harness-link/harness/main.c: a symbolic link that leaves the package",
            "harness/main.c")
    # Every file of an ICPC validator folder (it was copied into the checker cache, 0644).
    root = copy("modern-sum-pair", "validator-link")
    link(secret_file(), root, "output_validator", "id_rsa")
    refused(["test", root, os.path.join(root, "submissions", "accepted", "zero_and_n.py")],
            "validator-link/output_validator/id_rsa: a symbolic link that leaves the package",
            "output_validator/id_rsa")
    rc, out, _ = run(["check", root], timeout=QUICK)
    check(rc == 2 and SECRET not in out, f"check: {rc}")
    cache = os.path.join(jt.WORK, "cache")
    for dirpath, _, files in os.walk(cache):
        for f in files:
            with open(os.path.join(dirpath, f), "rb") as fh:
                check(SECRET.encode() not in fh.read(), f"the cache holds the secret: {dirpath}/{f}")


def test_settings_and_statements_linking_out_are_refused():
    root = copy("modern-grid", "yaml-link")
    link(secret_file(), root, "problem.yaml")
    refused(["test", root, os.path.join(root, "submissions", "accepted", "board.py")],
            "yaml-link/problem.yaml: a symbolic link that leaves the package", "problem.yaml")
    root = copy("modern-grid", "group-link")
    link(secret_file(), root, "data", "secret", "test_group.yaml")
    refused(["test", root, os.path.join(root, "submissions", "accepted", "board.py")],
            "group-link/data/secret/test_group.yaml: a symbolic link that leaves the package",
            "test_group.yaml")
    root = copy("legacy-divide", "statement-link")
    jt.write(os.path.join(root, "problem.yaml"), "limits:\n  time_limit: 1\n")
    link(secret_file(), root, "problem_statement", "problem.en.tex")
    refused(["test", root, os.path.join(root, "submissions", "accepted", "divide.py")],
            "statement-link/problem_statement/problem.en.tex: a symbolic link that leaves the package",
            "a statement read for the title")
    root = native("json-link")
    link(secret_file(), root, "problem.json")
    refused(["test", root, jt.source("echo5.py", ECHO)],
            "json-link/problem.json: a symbolic link that leaves the package", "problem.json")


def test_linked_directories_are_not_followed():
    root = copy("legacy-divide", "dir-link")
    os.rename(os.path.join(root, "data", "secret"), os.path.join(root, "elsewhere"))
    link("../elsewhere", root, "data", "secret")
    solution = os.path.join(root, "submissions", "accepted", "divide.py")
    refused(["test", root, solution], "dir-link/data/secret: a symbolic link to a directory",
            "data/secret -> a directory inside")
    root = copy("legacy-divide", "group-dir-link")
    link("../sample", root, "data", "secret", "again")
    refused(["test", root, solution], "group-dir-link/data/secret/again: a symbolic link to a directory",
            "a group linked to another")
    root = native("tests-link")
    os.rename(os.path.join(root, "tests"), os.path.join(root, "real-tests"))
    link("real-tests", root, "tests")
    refused(["test", root, jt.source("echo6.py", ECHO)], "tests-link/tests: reached through a symbolic link",
            "tests/ -> a directory inside")


def test_check_refuses_to_judge_submissions_linking_out():
    root = copy("legacy-divide", "submission-link")
    link(secret_file(), root, "submissions", "accepted", "leak.py")
    rc, o, err = run_json(["check", root], timeout=300)
    problems = "\n".join(o["problems"])
    check(rc == 1 and "submissions/accepted/leak.py: not judged: " in problems and
          "leak.py: a symbolic link that leaves the package" in problems, f"{rc} {problems}")
    check(SECRET not in json.dumps(o) and SECRET not in err, "the secret is not shown")


# ---- item 20: bounded work ----

def test_deeply_nested_problem_yaml():
    root = copy("modern-grid", "nested-yaml")
    depth = 500000  # 1 MB of nested flow sequences: minutes of CPU before
    jt.write(os.path.join(root, "problem.yaml"),
             "problem_format_version: 2025-09\nname: " + "[" * depth + "]" * depth + "\n")
    refused(["test", root, os.path.join(root, "submissions", "accepted", "board.py")],
            "nested-yaml/problem.yaml:2:38: nested deeper than 32 levels of maps and lists",
            "1 MB of nested lists")


def test_deeply_nested_testdata_yaml():
    root = copy("legacy-divide", "nested-testdata")
    depth = 100000  # 200 KB
    jt.write(os.path.join(root, "data", "secret", "testdata.yaml"),
             "grader_flags: " + "[" * depth + "]" * depth + "\n")
    refused(["test", root, os.path.join(root, "submissions", "accepted", "divide.py")],
            "nested-testdata/data/secret/testdata.yaml:1:46: nested deeper than 32 levels",
            "200 KB of nested lists")
    # The same in a map of maps.
    jt.write(os.path.join(root, "data", "secret", "testdata.yaml"), "a:\n" + "".join(
        " " * i + f"k{i}:\n" for i in range(1, 40)))
    refused(["test", root, os.path.join(root, "submissions", "accepted", "divide.py")],
            "nested-testdata/data/secret/testdata.yaml:33:33: nested deeper than 32 levels",
            "nested block maps")


def test_huge_sparse_test_is_refused_before_hashing():
    # No time limit: the derivation hashed all of data/, 1 TB of zeros.
    root = copy("legacy-derive", "sparse")
    big = os.path.join(root, "data", "secret", "big.in")
    with open(big, "w") as f:
        f.truncate(1 << 40)
    jt.write(os.path.join(root, "data", "secret", "big.ans"), "0\n")
    solution = os.path.join(root, "submissions", "accepted", "formula.py")
    refused(["test", root, solution],
            "sparse/data/secret/big.in: larger than 1 GiB, the most the judge takes for this file",
            "a 1 TB sparse test")
    refused(["test", root, solution, "--time-limit", "1000"], "sparse/data/secret/big.in: larger than 1 GiB",
            "with a time limit")
    rc, out, err = run(["check", root], timeout=QUICK)
    check(rc == 2 and "big.in: larger than 1 GiB" in err, f"check: {rc} {err!r}")
    os.remove(big)


def test_dot_links_in_submissions_are_not_walked():
    # Four links to "." in submissions/accepted/ made the derivation walk ~4^17 paths.
    root = copy("legacy-derive", "dot-links")
    for name in "abcd":
        link(".", root, "submissions", "accepted", name)
    solution = os.path.join(root, "submissions", "accepted", "formula.py")
    refused(["test", root, solution],
            "dot-links/submissions/accepted/a: a symbolic link to a directory, which the judge does "
            "not follow", "four . links")
    rc, o, err = run_json(["check", root], timeout=QUICK)
    check(rc == 1 and any("submissions/accepted/a: a symbolic link to a directory" in p
                          for p in o["problems"]), f"check: {rc} {o['problems']}")


def test_folders_with_too_many_entries():
    root = copy("legacy-divide", "crowded")
    folder = os.path.join(root, "data", "secret", "crowd")
    os.makedirs(folder)
    for i in range(100001):
        open(os.path.join(folder, f"{i}.txt"), "w").close()
    refused(["test", root, os.path.join(root, "submissions", "accepted", "divide.py")],
            "crowded/data/secret/crowd: more than 100000 entries", "100,001 files in a group")
    shutil.rmtree(folder)


if __name__ == "__main__":
    jt.main(globals())
