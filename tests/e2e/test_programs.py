"""test_programs.py: programs of a package, as the format's "Programs" section says (issue 8,
item 14).

A program is a file or a directory. An output validator (or interactor) may be one program
folder inside output_validator/ (as problemtools' own examples ship it) or its files directly
there, and a validator's folder may carry `build` and `run` scripts. A submission may be a
directory: a C++ file with its header, a Python program of several modules, a Java program of
several classes, its entry point found as the languages table says (or as submissions.yaml's
`entrypoint` says). `judge test PROBLEM DIR`, `judge check` and the time-limit derivation take
them. A directory in two languages, or one holding a symbolic link, a FIFO or too many files,
is refused with a message naming what is wrong."""

import os
import shutil
import stat
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _judgetest as jt  # noqa: E402
from _judgetest import check, run, run_json  # noqa: E402

ICPC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "icpc")
QUICK = 120  # a refusal is immediate; the timeout only keeps a regression from hanging

APLUSB = {"sample-1": ("1 2\n", "3\n"), "2": ("1000000000 1000000000\n", "2000000000\n"),
          "3": ("-5 3\n", "-2\n")}


def copy(name, as_name):
    dest = os.path.join(jt.WORK, as_name)
    shutil.rmtree(dest, ignore_errors=True)
    shutil.copytree(os.path.join(ICPC, name), dest, symlinks=True)
    return dest


def folder(name, files):
    """Writes a program folder under the work directory: files maps names to text."""
    root = os.path.join(jt.WORK, "src", name)
    shutil.rmtree(root, ignore_errors=True)
    os.makedirs(root)
    for rel, text in files.items():
        jt.write(os.path.join(root, rel), text)
    return root


def aplusb():
    return jt.package("programs-aplusb", APLUSB)


def judged(args, **kw):
    rc, o, err = run_json(args, **kw)
    return rc, o, err


def verdicts(o):
    return {s["path"]: s["verdict"] for s in o["submissions"]}


CPP_SPLIT = {
    "main.cpp": '#include "util.h"\n#include <cstdio>\n'
                'int main() { long long a, b; std::scanf("%lld %lld", &a, &b); '
                'std::printf("%lld\\n", add(a, b)); }\n',
    "util.h": "#pragma once\nlong long add(long long a, long long b);\n",
    "util.cpp": '#include "util.h"\nlong long add(long long a, long long b) { return a + b; }\n',
}

PY_MODULES = {
    "__init__.py": "",
    "__main__.py": "from reader import read_pair\nfrom arith import add\n\n"
                   "print(add(*read_pair()))\n",
    "reader.py": "def read_pair():\n    a, b = map(int, input().split())\n    return a, b\n",
    "arith.py": "def add(a, b):\n    return a + b\n",
}

JAVA_CLASSES = {
    "Main.java": "import java.util.Scanner;\n\npublic class Main {\n"
                 "    public static void main(String[] args) {\n"
                 "        Scanner in = new Scanner(System.in);\n"
                 "        System.out.println(Helper.add(in.nextLong(), in.nextLong()));\n"
                 "    }\n}\n",
    "Helper.java": "class Helper {\n    static long add(long a, long b) { return a + b; }\n}\n",
}


# ---- validators and interactors given as program folders ----

def test_validator_in_one_program_folder():
    """output_validator/pair_validator/{validator.cpp, pair.h}: the folder is the program, its
    header comes along into the compile box."""
    pkg = os.path.join(ICPC, "programs-folder-validator")
    right = jt.source("pair-right.py", "n = int(input())\nprint(0, n)\n")
    rc, o, err = judged(["test", pkg, right])
    check(rc == 0 and o["verdict"] == "AC", f"a right pair: {rc} {o.get('verdict')} {err[:300]}")
    wrong = jt.source("pair-wrong.py", "n = int(input())\nprint(n, 1)\n")
    rc, o, err = judged(["test", pkg, wrong])
    check(rc == 1 and o["verdict"] == "WA", f"a wrong pair: {rc} {o.get('verdict')} {err[:300]}")


def test_interactor_in_one_program_folder():
    """An interactive problem's validator, one folder inside output_validator/."""
    pkg = copy("modern-guess", "programs-guess-folder")
    os.makedirs(os.path.join(pkg, "output_validator", "guess_interactor"))
    os.rename(os.path.join(pkg, "output_validator", "interactor.cpp"),
              os.path.join(pkg, "output_validator", "guess_interactor", "interactor.cpp"))
    bisect = os.path.join(pkg, "submissions", "accepted", "bisect.py")
    rc, o, err = judged(["test", pkg, bisect])
    check(rc == 0 and o["verdict"] == "AC", f"bisect: {rc} {o.get('verdict')} {err[:300]}")


def test_several_program_folders_are_refused():
    pkg = copy("programs-folder-validator", "programs-two-folders")
    shutil.copytree(os.path.join(pkg, "output_validator", "pair_validator"),
                    os.path.join(pkg, "output_validator", "other_validator"))
    right = jt.source("pair-right.py", "n = int(input())\nprint(0, n)\n")
    rc, out, err = run(["test", pkg, right], timeout=QUICK)
    check(rc == 2 and "2 program folders" in err and "output_validator" in err,
          f"two validators: {rc} {err!r}")


def test_build_and_run_scripts():
    """output_validator/ with build (cc into ./validator) and run (execs it): validator.c
    compiles only through the build script."""
    pkg = os.path.join(ICPC, "programs-build-run")
    right = jt.source("add-right.py", "a, b = map(int, input().split())\nprint(a + b)\n")
    rc, o, err = judged(["test", pkg, right])
    check(rc == 0 and o["verdict"] == "AC", f"right: {rc} {o.get('verdict')} {err[:300]}")
    wrong = jt.source("add-wrong.py", "a, b = map(int, input().split())\nprint(a - b)\n")
    rc, o, err = judged(["test", pkg, wrong])
    check(rc == 1 and o["verdict"] == "WA", f"wrong: {rc} {o.get('verdict')} {err[:300]}")


def test_build_result_is_cached_by_content():
    cache = os.path.join(jt.WORK, "programs-cache")
    shutil.rmtree(cache, ignore_errors=True)
    os.makedirs(cache, mode=0o700)
    env = {"XDG_CACHE_HOME": cache}
    pkg = copy("programs-build-run", "programs-build-cache")
    right = jt.source("add-right.py", "a, b = map(int, input().split())\nprint(a + b)\n")
    checkers = os.path.join(cache, "judge", "checkers")

    def entries():
        return {n for n in os.listdir(checkers) if not n.startswith(".")}

    rc, o, err = judged(["test", pkg, right], env=env)
    check(o["verdict"] == "AC" and len(entries()) == 1, f"built once: {o['verdict']} {err[:200]}")
    rc, o, err = judged(["test", pkg, right], env=env)
    check(o["verdict"] == "AC" and len(entries()) == 1, f"read back: {entries()}")
    # The build script's content is part of the key: a changed script is built anew, and what
    # it builds now (a validator that accepts nothing) is what runs.
    with open(os.path.join(pkg, "output_validator", "build"), "a") as f:
        f.write("printf '#!/bin/sh\\nexit 43\\n' > run\n")
    rc, o, err = judged(["test", pkg, right], env=env)
    check(o["verdict"] == "WA" and len(entries()) == 2, f"rebuilt: {o['verdict']} {entries()}")


def test_failing_build_script_is_reported():
    pkg = copy("programs-build-run", "programs-build-fails")
    with open(os.path.join(pkg, "output_validator", "build"), "w") as f:
        f.write("#!/bin/sh\necho 'cannot find the frobnicator' >&2\nexit 3\n")
    right = jt.source("add-right.py", "a, b = map(int, input().split())\nprint(a + b)\n")
    rc, out, err = run(["test", pkg, right], timeout=QUICK)
    check(rc == 2 and "does not compile" in err and "frobnicator" in err,
          f"a failing build: {rc} {err!r}")
    with open(os.path.join(pkg, "output_validator", "build"), "w") as f:
        f.write("#!/bin/sh\nrm -f run\n")
    rc, out, err = run(["test", pkg, right], timeout=QUICK)
    check(rc == 2 and "no executable file named run" in err, f"no run after build: {rc} {err!r}")
    # A run that is a symbolic link (to a tool of the box, or to a file of the host) is not
    # taken: only the regular files the build left are the program.
    with open(os.path.join(pkg, "output_validator", "build"), "w") as f:
        f.write("#!/bin/sh\nrm -f run\nln -s /bin/true run\n")
    rc, out, err = run(["test", pkg, right], timeout=QUICK)
    check(rc == 2 and "the build left no run" in err, f"run as a link: {rc} {err!r}")


def test_run_script_in_python():
    """Legacy output_validators/half_checker/: a `run` that is a Python program importing a
    module beside it (no build script, no executable bit needed)."""
    pkg = copy("programs-run-script", "programs-run-script")
    os.chmod(os.path.join(pkg, "output_validators", "half_checker", "run"), 0o644)
    right = jt.source("half-right.py", "print(int(input()) / 2)\n")
    rc, o, err = judged(["test", pkg, right])
    check(rc == 0 and o["verdict"] == "AC", f"right: {rc} {o.get('verdict')} {err[:300]}")
    wrong = jt.source("half-wrong.py", "print(int(input()) // 2)\n")
    rc, o, err = judged(["test", pkg, wrong])
    check(rc == 1 and o["verdict"] == "WA", f"wrong: {rc} {o.get('verdict')} {err[:300]}")
    sample = o["tests"][0]
    check("not within 1e-6" in (sample.get("message") or ""), f"its judgemessage: {sample}")


# ---- submissions that are directories ----

def test_directory_submissions_with_judge_test():
    pkg = aplusb()
    for name, files, lang in (("cpp-split", CPP_SPLIT, "cpp"), ("py-modules", PY_MODULES, "python"),
                              ("java-classes", JAVA_CLASSES, "java")):
        sol = folder(name, files)
        rc, o, err = judged(["test", pkg, sol])
        check(rc == 0 and o["verdict"] == "AC" and o["language"] == lang,
              f"{name}: {rc} {o.get('verdict')} {o.get('language')} {err[:300]}")


def test_directory_entry_points():
    pkg = aplusb()
    # Python: main.py is the table's entry point, over the other modules.
    sol = folder("py-main", {"main.py": "import helper\nhelper.go()\n",
                             "helper.py": "def go():\n    a, b = map(int, input().split())\n"
                                          "    print(a + b)\n",
                             "zzz.py": "raise SystemExit('not the entry point')\n"})
    rc, o, err = judged(["test", pkg, sol])
    check(o["verdict"] == "AC", f"main.py: {o.get('verdict')} {err[:300]}")
    # Java without Main.java: the one class with a main method.
    sol = folder("java-solver", {"Solver.java": JAVA_CLASSES["Main.java"].replace("Main", "Solver"),
                                 "Helper.java": JAVA_CLASSES["Helper.java"]})
    rc, o, err = judged(["test", pkg, sol])
    check(o["verdict"] == "AC", f"Solver.java: {o.get('verdict')} {err[:300]}")
    # Several Python files and no main.py: which one starts is not guessed.
    sol = folder("py-unclear", {"a.py": "print(1)\n", "b.py": "print(2)\n"})
    rc, out, err = run(["test", pkg, sol], timeout=QUICK)
    check(rc == 2 and "entry point" in err and "main.py" in err and "a.py" in err,
          f"no entry point: {rc} {err!r}")
    # A compile error names the file of the folder where it is.
    sol = folder("cpp-broken", dict(CPP_SPLIT, **{"util.cpp": "long long add(long long a, long long b) "
                                                              "{ return a + ; }\n"}))
    rc, o, err = judged(["test", pkg, sol])
    check(o["verdict"] == "CE" and "util.cpp" in o["compile"]["message"],
          f"CE: {o.get('verdict')} {o.get('compile', {}).get('message', '')[:300]}")


def test_judge_check_judges_directory_submissions():
    for name, want in (("programs-folder-validator",
                        {"submissions/accepted/cpp-split": "AC",
                         "submissions/wrong_answer/py-modules": "WA"}),
                       ("programs-build-run",
                        {"submissions/accepted/java-classes": "AC",
                         "submissions/accepted/entry-named": "AC"}),
                       ("programs-run-script", {"submissions/accepted/c-split": "AC"})):
        rc, o, err = judged(["check", os.path.join(ICPC, name)])
        got = verdicts(o)
        check(rc == 0 and o["ok"], f"{name}: {rc} {o['problems']} {o['notes']}")
        for path, verdict in want.items():
            check(got.get(path) == verdict, f"{name}: {path}: {got.get(path)}, expected {verdict}")


def test_entrypoint_from_submissions_yaml():
    """accepted/entry-named/ has solve.py and numbers_io.py: submissions.yaml names the entry
    point (through a brace pattern); without it the folder cannot be built as it is."""
    pkg = copy("programs-build-run", "programs-entrypoint")
    sol = os.path.join(pkg, "submissions", "accepted", "entry-named")
    rc, o, err = judged(["test", pkg, sol])
    check(rc == 0 and o["verdict"] == "AC", f"named entry: {rc} {o.get('verdict')} {err[:300]}")
    os.remove(os.path.join(pkg, "submissions", "submissions.yaml"))
    rc, o, err = judged(["check", pkg])
    check(rc == 1 and any("entry-named" in p and "entry point" in p for p in o["problems"]),
          f"no entrypoint: {rc} {o['problems']}")
    jt.write(os.path.join(pkg, "submissions", "submissions.yaml"),
             "accepted/entry-named:\n  entrypoint: ../../../etc/passwd\n")
    rc, out, err = run(["test", pkg, sol], timeout=QUICK)
    check(rc == 2 and "submissions.yaml:2" in err and "entrypoint" in err,
          f"an entrypoint that is a path: {rc} {err!r}")
    jt.write(os.path.join(pkg, "submissions", "submissions.yaml"),
             "accepted/entry-named: {entrypoint: [unclosed\n")
    rc, out, err = run(["test", pkg, sol], timeout=QUICK)
    check(rc == 2 and "submissions.yaml" in err and "malformed YAML" in err,
          f"malformed submissions.yaml: {rc} {err!r}")


def test_time_limit_derived_from_directory_submissions():
    pkg = copy("programs-derive", "programs-derive")
    right = jt.source("double.py", "print(2 * int(input()))\n")
    rc, o, err = judged(["test", pkg, right])
    check(rc == 0 and o["verdict"] == "AC" and "time limit derived" in err,
          f"derived: {rc} {o.get('verdict')} {err[:300]}")
    check(o["time_limit_ms"] == 1000, f"the 1 s minimum: {o['time_limit_ms']}")


# ---- what a directory may not hold ----

def test_directory_in_two_languages_is_refused():
    pkg = aplusb()
    sol = folder("two-languages", {"main.py": "print(3)\n", "main.cpp": "int main() {}\n",
                                   "notes.txt": "not a source\n"})
    rc, out, err = run(["test", pkg, sol], timeout=QUICK)
    check(rc == 2 and "2 languages" in err and "main.cpp (C++)" in err and "main.py (Python 3)" in err,
          f"two languages: {rc} {err!r}")


def test_symbolic_links_in_a_directory_are_refused():
    pkg = aplusb()
    private = jt.write(os.path.join(jt.WORK, "private", "secret.txt"), "TOP-SECRET-PROGRAMS\n", 0o600)
    for name, target in (("link-out", private), ("link-in", "helper.py")):
        sol = folder(name, {"main.py": "import helper\nhelper.go()\n",
                            "real.py": "def go():\n    print(open('secret.txt').read())\n"})
        os.symlink(target if target.startswith("/") else "real.py",
                   os.path.join(sol, "helper.py" if name == "link-in" else "secret.txt"))
        rc, out, err = run(["test", pkg, sol, "--json"], timeout=QUICK)
        check(rc == 2 and "symbolic link" in err and name in err, f"{name}: {rc} {err!r}")
        check("TOP-SECRET" not in out + err, f"{name}: the secret shown: {out!r} {err!r}")
    # In a package, a submission folder's link out of the package fails the check by name.
    pkg = copy("programs-derive", "programs-link-out")
    link = os.path.join(pkg, "submissions", "accepted", "py-split", "secret.txt")
    os.symlink(private, link)
    rc, o, err = judged(["check", pkg], timeout=QUICK)
    check(rc != 0 and "TOP-SECRET" not in str(o) + err and "secret.txt" in str(o) + err,
          f"a link out of the package: {rc} {o.get('problems')} {err[:300]}")


def test_special_files_and_bounds():
    pkg = aplusb()
    sol = folder("fifo", PY_MODULES)
    os.mkfifo(os.path.join(sol, "pipe"))
    rc, out, err = run(["test", pkg, sol], timeout=QUICK)
    check(rc == 2 and "pipe: not a regular file (a FIFO)" in err, f"a FIFO: {rc} {err!r}")
    many = dict(PY_MODULES)
    many.update({f"m{i:02}.py": "x = 1\n" for i in range(64)})
    sol = folder("many", many)
    rc, out, err = run(["test", pkg, sol], timeout=QUICK)
    check(rc == 2 and "more than 64 files" in err, f"too many files: {rc} {err!r}")
    sol = folder("big", dict(PY_MODULES, **{"data.txt": "x" * (65 << 20)}))
    rc, out, err = run(["test", pkg, sol], timeout=QUICK)
    check(rc == 2 and "data.txt" in err and "larger than" in err, f"too big: {rc} {err!r}")
    # Subdirectories stay behind (a __pycache__, say), and so do dot files.
    sol = folder("with-subdir", dict(PY_MODULES, **{"__pycache__/x.pyc": "junk", ".hidden": "x"}))
    rc, o, err = judged(["test", pkg, sol])
    check(o["verdict"] == "AC", f"subdirectory left behind: {o.get('verdict')} {err[:300]}")


def test_directory_for_a_function_problem_is_refused():
    pkg = jt.package("programs-function", APLUSB, meta={"harness": {"python": "harness/main.py"}},
                     files={"harness/main.py": "from solution import add\n"
                                               "print(add(*map(int, input().split())))\n"})
    sol = folder("py-function", {"main.py": "def add(a, b):\n    return a + b\n"})
    rc, out, err = run(["test", pkg, sol], timeout=QUICK)
    check(rc == 2 and "a folder, but this problem asks for a function" in err, f"function problem: {rc} {err!r}")


if __name__ == "__main__":
    jt.main(globals())
