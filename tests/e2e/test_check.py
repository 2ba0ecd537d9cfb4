"""test_check.py: `judge check` proves a package sound, native or ICPC: it loads, answers have
inputs, samples and a statement exist, the validator compiles, every example program gets the
verdict its folder names, and the time limit leaves a margin. Exit 0, 1 or 2, and --json."""

import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _judgetest as jt  # noqa: E402
from _judgetest import check, run, run_json  # noqa: E402

ICPC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "icpc")


def copy(name, as_name):
    dest = os.path.join(jt.WORK, as_name)
    shutil.rmtree(dest, ignore_errors=True)
    shutil.copytree(os.path.join(ICPC, name), dest)
    return dest


def checked(path, *extra):
    return run_json(["check", path] + list(extra))


def assert_sound(o, rc, what):
    check(rc == 0 and o["ok"] and o["problems"] == [], f"{what}: {rc} {o['problems']}")
    check(o["time_limit_ms"] > 0, f"{what}: a time limit: {o}")
    for s in o["submissions"]:
        check(s["verdict"] is not None and s["time_ms"] is not None, f"{what}: judged: {s}")
        if s["expected"] in ("AC", "WA", "TLE"):
            check(s["verdict"] == s["expected"], f"{what}: {s}")


def test_help():
    rc, out, _ = run(["check", "--help"])
    check(rc == 0 and "judge check PROBLEM" in out, f"help: {rc} {out!r}")
    rc, _, err = run(["check"])
    check(rc == 2, f"no problem is bad usage: {rc} {err!r}")


def test_every_icpc_test_package_passes():
    for name in sorted(os.listdir(ICPC)):
        rc, o, err = checked(os.path.join(ICPC, name))
        assert_sound(o, rc, name)
        check(o["problem"] == name and o["format"] == "icpc", f"{name}: {o['problem']} {o.get('format')}")
        paths = [s["path"] for s in o["submissions"]]
        check(any(p.startswith("submissions/accepted/") for p in paths), f"{name}: {paths}")


def test_json_shape():
    rc, o, _ = checked(os.path.join(ICPC, "legacy-divide"))
    for key in ("problem", "ok", "time_limit_ms", "submissions", "problems"):
        check(key in o, f"key {key}: {o}")
    s = {x["path"]: x for x in o["submissions"]}
    tle = s["submissions/time_limit_exceeded/spin.py"]
    check(tle == {"path": "submissions/time_limit_exceeded/spin.py", "expected": "TLE",
                  "verdict": "TLE", "time_ms": tle["time_ms"]}, f"one submission: {tle}")
    check(o["time_limit_ms"] == 1000 and o["format_version"] == "legacy", f"{o}")


def test_misfiled_submission_fails():
    root = copy("legacy-divide", "misfiled")
    jt.write(os.path.join(root, "submissions", "wrong_answer", "actually_right.py"),
             "a, b = map(int, input().split())\nprint(a / b)\n")
    jt.write(os.path.join(root, "submissions", "accepted", "actually_wrong.py"), "print(0)\n")
    rc, o, _ = checked(root)
    check(rc == 1 and not o["ok"], f"a misfiled submission fails check: {rc} {o['problems']}")
    s = {x["path"]: x for x in o["submissions"]}
    check(s["submissions/wrong_answer/actually_right.py"]["verdict"] == "AC", f"{s}")
    problems = "\n".join(o["problems"])
    check("submissions/wrong_answer/actually_right.py: expected WA, got AC" in problems, problems)
    check("submissions/accepted/actually_wrong.py: expected AC, got WA on sample/1" in problems, problems)
    rc, out, _ = run(["check", root])
    check(rc == 1 and "2 problems:" in out and "FAIL" in out, f"human output: {out}")


def test_package_faults_fail():
    root = copy("modern-grid", "faults")
    shutil.rmtree(os.path.join(root, "statement"))
    shutil.rmtree(os.path.join(root, "data", "sample"))
    jt.write(os.path.join(root, "data", "secret", "9.ans"), "#\n")
    rc, o, _ = checked(root)
    problems = "\n".join(o["problems"])
    check(rc == 1, f"faults fail: {rc} {problems}")
    check("no statement" in problems, f"statement: {problems}")
    check("no samples" in problems, f"samples: {problems}")
    check("data/secret/9.ans: an answer without an input" in problems, f"orphan answer: {problems}")


def test_samples_only_package_fails_check():
    # `judge test` judges it on its samples with a warning (issue 8, item 16); check flags it.
    root = copy("modern-grid", "samples-only")
    shutil.rmtree(os.path.join(root, "data", "secret"))
    rc, o, err = checked(root)
    problems = "\n".join(o["problems"])
    check(rc == 1 and not o["ok"], f"a failed check, not an unloadable package: {rc} {problems} {err!r}")
    check("no secret tests (data/secret/ is missing or has no tests)" in problems, problems)
    s = {x["path"]: x for x in o["submissions"]}
    check(s["submissions/accepted/board.py"]["verdict"] == "AC", f"the rest is still checked: {s}")


def test_validator_that_does_not_compile_fails():
    root = copy("modern-sum-pair", "bad-validator")
    jt.write(os.path.join(root, "output_validator", "validator.cpp"), "int main( { return 42; }\n")
    rc, o, _ = checked(root)
    problems = "\n".join(o["problems"])
    check(rc == 1 and "does not compile" in problems, f"{rc} {problems}")


def test_unloadable_package_exits_2():
    root = copy("modern-grid", "unloadable")
    jt.write(os.path.join(root, "problem.yaml"), "problem_format_version: 2025-09\nname: x\nlimits:\n  memory: -1\n")
    rc, o, err = checked(root)
    check(rc == 2 and not o["ok"] and "problem.yaml:4: limits.memory" in o["problems"][0],
          f"exit 2 with the loader's message: {rc} {o} {err!r}")
    shutil.rmtree(os.path.join(root, "data"))
    rc, out, err = run(["check", root])
    check(rc == 2 and "unloadable/problem.yaml:4" in err, f"{rc} {err!r}")


def test_check_derives_a_missing_time_limit():
    rc, o, _ = checked(os.path.join(ICPC, "legacy-derive"))
    assert_sound(o, rc, "legacy-derive")
    check(o["time_limit_ms"] % 1000 == 0 and o["time_limit_ms"] >= 1000, f"derived: {o['time_limit_ms']}")
    rc, out, _ = run(["check", os.path.join(ICPC, "legacy-derive")])
    check("time limit derived:" in out and "cached" in out, f"the second check reads the cache: {out}")


# ---- native packages ----

def native(name, limit_ms=1000, extra=None):
    tests = {"sample-1": ("2 3\n", "5\n"), "1": ("10 20\n", "30\n"), "2": ("-4 4\n", "0\n")}
    files = {
        "solutions/accepted/sum.py": "a, b = map(int, input().split())\nprint(a + b)\n",
        "solutions/accepted/sum.c": '#include <stdio.h>\nint main(void){long a,b;scanf("%ld %ld",&a,&b);'
                                    'printf("%ld\\n",a+b);return 0;}\n',
        "solutions/wrong_answer/product.py": "a, b = map(int, input().split())\nprint(a * b)\n",
        "solutions/time_limit_exceeded/spin.py": "while True:\n    pass\n",
        "solutions/run_time_error/crash.py": "raise SystemExit(3)\n",
    }
    files.update(extra or {})
    files = {k: v for k, v in files.items() if v is not None}
    return jt.package(name, tests, {"time_limit_ms": limit_ms}, files)


def test_native_package():
    root = native("native-sum")
    rc, o, _ = checked(root)
    assert_sound(o, rc, "native")
    check(o["format"] == "native" and len(o["submissions"]) == 5, f"{o}")
    check({s["expected"] for s in o["submissions"]} == {"AC", "WA", "TLE", "RE"}, f"{o['submissions']}")

    root = native("native-misfiled", extra={"solutions/run_time_error/fine.py":
                                            "a, b = map(int, input().split())\nprint(a + b)\n"})
    rc, o, _ = checked(root)
    check(rc == 1 and any("run_time_error/fine.py: expected RE, got AC" in p for p in o["problems"]),
          f"{rc} {o['problems']}")


def test_native_time_limit_margin():
    # About 0.6 s of CPU against a 1 s limit: accepted, but without a 2x margin.
    # CPU time, not a count of steps: as slow on a fast machine as on a slow one.
    slow = ("import time\nwhile time.process_time() < 0.6:\n    pass\n"
            "a, b = map(int, input().split())\nprint(a + b)\n")
    root = native("native-tight", extra={"solutions/accepted/slow.py": slow})
    rc, o, _ = checked(root)
    problems = "\n".join(o["problems"])
    check(rc == 1 and ("is too tight: slowest accepted" in problems or "slow.py: expected AC" in problems),
          f"margin: {rc} {problems}")
    roomy = native("native-roomy", limit_ms=5000, extra={"solutions/accepted/slow.py": slow,
                                                         "solutions/time_limit_exceeded/spin.py": None})
    rc, o, _ = checked(roomy)
    check(rc == 0, f"5 s is roomy: {o['problems']}")


if __name__ == "__main__":
    jt.main(globals())
