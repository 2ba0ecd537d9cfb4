"""test_library_add.py: adding to the problem library: `judge problems add PATH` copies a
package in only after `judge check` passes, never over another and never outside the library;
`judge week new` writes a weekly set only when every command would read it as valid."""

import json
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _judgetest as jt  # noqa: E402
from _judgetest import check, run  # noqa: E402

SUM_PY = "a, b = map(int, input().split())\nprint(a + b)\n"


def library(name):
    root = os.path.join(jt.WORK, name)
    shutil.rmtree(root, ignore_errors=True)
    os.makedirs(root)
    return root


def sum_package(name, extra=None):
    files = {
        "solutions/accepted/sum.py": SUM_PY,
        "solutions/wrong_answer/product.py": "a, b = map(int, input().split())\nprint(a * b)\n",
    }
    files.update(extra or {})
    tests = {"sample-1": ("2 3\n", "5\n"), "1": ("10 20\n", "30\n"), "2": ("-4 4\n", "0\n")}
    return jt.package(name, tests, {"time_limit_ms": 2000}, files)


def tree(root):
    """Every path below root, with file contents."""
    out = {}
    for d, dirs, files in os.walk(root):
        for f in files:
            p = os.path.join(d, f)
            out[os.path.relpath(p, root)] = open(p, "rb").read()
        for x in dirs:
            out[os.path.relpath(os.path.join(d, x), root) + "/"] = None
    return out


def test_add_copies_a_checked_package():
    lib = library("lib-add")
    src = sum_package("sum-pair", {"solutions/accepted/.hidden-note": "not copied\n"})
    os.chmod(os.path.join(src, "solutions", "accepted", "sum.py"), 0o755)
    rc, out, err = run(["problems", "add", src, "--problems", lib])
    check(rc == 0, f"added: {rc} {out} {err}")
    check("every check passed" in out and f"added sum-pair to the library: {lib}/sum-pair" in out,
          f"the check's report, then where: {out}")
    dest = os.path.join(lib, "sum-pair")
    want = {k: v for k, v in tree(src).items() if ".hidden" not in k}
    check(tree(dest) == want, f"the same files: {sorted(tree(dest))} vs {sorted(want)}")
    check(os.stat(os.path.join(dest, "solutions", "accepted", "sum.py")).st_mode & 0o111,
          "an executable file stays executable")
    check(sorted(os.listdir(lib)) == ["sum-pair"], f"nothing else written: {os.listdir(lib)}")
    # The library's copy is a problem like any other.
    sol = jt.source("sum.py", SUM_PY)
    rc, out, err = run(["test", "sum-pair", sol, "--problems", lib])
    check(rc == 0, f"judged from the library: {rc} {out} {err}")
    # Under another id; never over an existing one.
    rc, out, err = run(["problems", "add", src, "--problems", lib, "--id", "sum_pair-2"])
    check(rc == 0 and os.path.isdir(os.path.join(lib, "sum_pair-2")), f"--id: {rc} {err}")
    before = tree(lib)
    rc, out, err = run(["problems", "add", src, "--problems", lib])
    check(rc == 2 and "already in the library" in err and len(err.strip().splitlines()) == 1,
          f"an existing id is refused in one line: {rc} {err}")
    check(tree(lib) == before, "and nothing changed")


def test_add_refuses_a_package_that_fails_check():
    lib = library("lib-fail")
    # A solution filed as accepted that is wrong: check fails, nothing is added.
    src = sum_package("sum-misfiled", {"solutions/accepted/wrong.py": "print(0)\n"})
    rc, out, err = run(["problems", "add", src, "--problems", lib])
    check(rc == 1, f"the check failed: {rc} {out} {err}")
    check("accepted/wrong.py: expected AC" in out and "not added" in err, f"{out} {err}")
    check(os.listdir(lib) == [], f"nothing written: {os.listdir(lib)}")
    # A package that does not load: exit 2, nothing written.
    broken = sum_package("sum-broken")
    with open(os.path.join(broken, "problem.json"), "w") as f:
        f.write('{"title": "x", "time_limit_ms": -5}')
    rc, out, err = run(["problems", "add", broken, "--problems", lib])
    check(rc == 2 and "time_limit_ms" in err, f"a bad package is exit 2 naming the field: {rc} {err}")
    check(os.listdir(lib) == [], f"nothing written: {os.listdir(lib)}")


def test_add_never_writes_outside_the_library():
    lib = library("lib-outside")
    src = sum_package("sum-outside")
    parent = os.listdir(jt.WORK)
    for bad in ["../escaped", "/tmp/escaped", ".hidden", "a/b", "-dash", "x" * 65, ""]:
        rc, out, err = run(["problems", "add", src, "--problems", lib, "--id", bad])
        check(rc == 2 and "problem id" in err, f"--id {bad!r}: {rc} {err}")
    check(os.listdir(lib) == [] and os.listdir(jt.WORK) == parent, "nothing written anywhere")
    check(not os.path.exists("/tmp/escaped"), "not in /tmp either")


def test_add_copies_no_link_out_and_leaves_nothing_on_failure():
    lib = library("lib-links")
    secret = jt.write(os.path.join(jt.WORK, "secret.txt"), "password\n")
    src = sum_package("sum-linked")
    os.symlink(secret, os.path.join(src, "notes.txt"))
    rc, out, err = run(["problems", "add", src, "--problems", lib])
    # judge check itself may pass (the link is no file it uses); the copy refuses it.
    check(rc == 2 and "notes.txt" in err and "leaves the package" in err,
          f"a link out of the package is refused: {rc} {out} {err}")
    check(os.listdir(lib) == [], f"no half copy left behind: {os.listdir(lib)}")
    # A link inside the package is copied as the file it leads to.
    os.remove(os.path.join(src, "notes.txt"))
    os.symlink("statement.md", os.path.join(src, "readme.md"))
    rc, out, err = run(["problems", "add", src, "--problems", lib])
    dest = os.path.join(lib, "sum-linked", "readme.md")
    check(rc == 0 and os.path.isfile(dest) and not os.path.islink(dest), f"{rc} {err}")
    # A FIFO in the package: refused without blocking, nothing left.
    src2 = sum_package("sum-fifo")
    os.mkfifo(os.path.join(src2, "pipe"))
    rc, out, err = run(["problems", "add", src2, "--problems", lib], timeout=120)
    check(rc == 2 and "pipe" in err, f"a FIFO is refused: {rc} {err}")
    check(sorted(os.listdir(lib)) == ["sum-linked"], f"{os.listdir(lib)}")


def week_lib():
    lib = library("lib-weeks")
    for p in ["alpha", "beta", "gamma"]:
        os.makedirs(os.path.join(lib, p))
    return lib


def test_week_new_writes_a_valid_set():
    lib = week_lib()
    rc, out, err = run(["week", "new", "week-01", "--problems", "alpha,beta", "--starts",
                        "2027-01-04", "--title", "Warm-up", "--library", lib])
    check(rc == 0, f"written: {rc} {out} {err}")
    path = os.path.join(lib, "weeks", "week-01.json")
    doc = json.load(open(path))
    check(doc == {"id": "week-01", "title": "Warm-up", "starts": "2027-01-04", "ends": "2027-01-10",
                  "problems": ["alpha", "beta"]}, f"{doc}")
    # Without --starts a set is undated: the next in the library's order, which each group's
    # calendar dates; it can be verdict-only.
    rc, out, err = run(["week", "new", "week-02", "--problems", "gamma", "--verdict-only",
                        "--library", lib])
    doc = json.load(open(os.path.join(lib, "weeks", "week-02.json")))
    check(rc == 0 and doc["week"] == 1 and "starts" not in doc and "ends" not in doc
          and doc["feedback"] == "verdict-only", f"{rc} {err} {doc}")
    rc, out, err = run(["week", "new", "week-03", "--problems", "alpha", "--library", lib])
    doc = json.load(open(os.path.join(lib, "weeks", "week-03.json")))
    check(rc == 0 and doc["week"] == 2 and "week 2 in the library's order" in out,
          f"{rc} {out} {err} {doc}")
    # Every command reads them: with no calendar set, the undated sets run weekly from this
    # week's Monday (no history here), passing over the dated set's days.
    db = os.path.join(jt.WORK, "library-add-weeks.db")
    rc, out, err = run(["week", "list", "--json", "--problems", lib, "--db", db],
                       env={"JUDGE_TODAY": "2027-01-05"})
    o = json.loads(out) if rc == 0 else {}
    check([(w["id"], w["starts"], w["ends"], w["dated"]) for w in o.get("weeks", [])] ==
          [("week-01", "2027-01-04", "2027-01-10", True),
           ("week-02", "2027-01-11", "2027-01-17", False),
           ("week-03", "2027-01-18", "2027-01-24", False)] and o.get("current") == "week-01",
          f"{rc} {out} {err}")
    check(not os.path.exists(db), "listing the weeks creates no history")
    check(sorted(os.listdir(os.path.join(lib, "weeks"))) ==
          ["week-01.json", "week-02.json", "week-03.json"], "no temporary file left")


def test_week_new_refuses_what_would_not_be_valid():
    lib = week_lib()
    rc, _, err = run(["week", "new", "w1", "--problems", "alpha", "--starts", "2027-03-01",
                      "--library", lib])
    check(rc == 0, err)
    first = open(os.path.join(lib, "weeks", "w1.json")).read()
    cases = [
        (["w2", "--problems", "alpha", "--starts", "2027-03-05"], "overlaps"),
        (["w2", "--problems", "alpha,delta", "--starts", "2027-04-01"], "unknown problem 'delta'"),
        (["w2", "--problems", "alpha,alpha", "--starts", "2027-04-01"], "duplicate problem"),
        (["w2", "--problems", "alpha", "--starts", "2027-02-30"], "real date"),
        (["w2", "--problems", "alpha", "--starts", "2027-04-10", "--ends", "2027-04-01"], "before"),
        (["w1", "--problems", "beta", "--starts", "2027-05-01"], "already exists"),
        (["../w2", "--problems", "beta", "--starts", "2027-05-01"], "week id"),
        (["w2", "--problems", "../alpha", "--starts", "2027-05-01"], "problems[0]"),
        (["w2", "--starts", "2027-05-01"], "needs --problems"),
        (["w2", "--problems", "alpha", "--ends", "2027-05-01"], "--ends needs --starts"),
    ]
    for args, want in cases:
        rc, out, err = run(["week", "new"] + args + ["--library", lib])
        check(rc == 2 and want in err and len(err.strip().splitlines()) == 1,
              f"{args}: one line with {want!r}, exit 2: {rc} {err!r}")
    check(os.listdir(os.path.join(lib, "weeks")) == ["w1.json"], "nothing else written")
    check(open(os.path.join(lib, "weeks", "w1.json")).read() == first, "w1 untouched")
    # A library whose sets are already broken is said to be, not added to.
    jt.write(os.path.join(lib, "weeks", "bad.json"), "{")
    rc, _, err = run(["week", "new", "w3", "--problems", "beta", "--starts", "2027-06-01",
                      "--library", lib])
    check(rc == 2 and "bad.json" in err, f"{rc} {err}")
    check(not os.path.exists(os.path.join(lib, "weeks", "w3.json")), "not written")


if __name__ == "__main__":
    jt.main(globals())
