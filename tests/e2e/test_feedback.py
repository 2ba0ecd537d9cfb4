"""test_feedback.py: the solo practice loop of issue 10: why a solution failed (the first failed
test in full, hidden or not, unless verdict-only; run-time error reasons from stderr), function-
style problems in Java, JavaScript and Rust, Java's class rules, the user and the history's
empty answers, and the small things of the output (full test names, Ctrl-C, interactive
exchanges, Python's compile errors, --webhook schemes)."""

import json
import os
import pwd
import re
import signal
import sqlite3
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _judgetest as jt  # noqa: E402
from _judgetest import check, package, run, run_json, source  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LIBRARY = os.path.join(ROOT, "problems")

APLUSB = {
    "sample-1": ("1 2\n", "3\n"),
    "2": ("5 7\n", "12\n"),
    "10": ("2000000000 2000000000\n", "4000000000\n"),
}
INT32_SUM = '#include <stdio.h>\nint main(void){int a,b;scanf("%d %d",&a,&b);printf("%d\\n",a+b);}\n'
RIGHT_PY = "a, b = map(int, input().split())\nprint(a + b)\n"


def aplusb(name="fb-aplusb", **meta):
    return package(name, APLUSB, meta)


def named_test(o, name):
    [t] = [t for t in o["tests"] if t["name"] == name]
    return t


# ---- item 4: why it failed ----

def test_first_failed_hidden_test_shown_in_full():
    pkg = aplusb()
    src = source("int32.c", INT32_SUM)
    rc, o, err = run_json(["test", pkg, src])
    check(rc == 1 and o["verdict"] == "WA", f"WA: {rc} {o['verdict']} {err}")
    check(o["feedback"] == "full", f"feedback: {o.get('feedback')}")
    f = o.get("failure")
    check(f and f["test"] == "10" and not f["sample"], f"the first failed test is shown: {f}")
    check(f["input"] == "2000000000 2000000000\n" and f["expected"] == "4000000000\n"
          and f["output"] == "-294967296\n", f"input, answer and output: {f}")
    check(f["difference"] == {"line": 1, "column": 1, "expected": "4000000000", "got": "-294967296"},
          f"the first difference: {f['difference']}")
    check("expected '4000000000'" in named_test(o, "10")["message"],
          f"the hidden test's message gives the difference: {named_test(o, '10')}")
    rc, out, _ = run(["test", pkg, src])
    for piece in ("10 failed (WA)", "input:\n    2000000000 2000000000", "expected:\n    4000000000",
                  "your output:\n    -294967296", "first difference: line 1, column 1"):
        check(piece in out, f"{piece!r} not in the report:\n{out}")


def test_sample_failure_shown_besides_a_hidden_one():
    pkg = aplusb()
    rc, o, _ = run_json(["test", pkg, source("always7.py", "print(7)\n")])
    check(o["failure"]["test"] == "2" and o["sample_failure"]["test"] == "sample-1",
          f"first failure and first failed sample: {o['failure']} {o['sample_failure']}")
    rc, out, _ = run(["test", pkg, source("always7.py", "print(7)\n")])
    check("2 failed (WA)" in out and "sample-1 failed (sample, WA)" in out, out)


def test_shortened_to_the_documented_size():
    big_in = "".join(f"{i} {i}\n" for i in range(3000))  # more than 1024 bytes and 12 lines
    pkg = package("fb-big", {"1": (big_in, "0\n")})
    rc, o, _ = run_json(["test", pkg, source("echo.py", "import sys\nsys.stdout.write(sys.stdin.read())\n")])
    f = o["failure"]
    check(len(f["input"].encode()) == 1024 and f["input_truncated"], f"input kept: {len(f['input'])}")
    check(len(f["output"].encode()) == 1024 and f["output_truncated"], f"output kept: {len(f['output'])}")
    check(f["expected"] == "0\n" and not f["expected_truncated"], f"answer: {f['expected']!r}")
    rc, out, _ = run(["test", pkg, source("echo.py", "import sys\nsys.stdout.write(sys.stdin.read())\n")])
    block = out.split("input:\n")[1].split("expected:")[0]
    lines = block.rstrip().splitlines()
    check(len(lines) == 13 and lines[-1].strip() == "...", f"12 lines and '...': {lines}")
    wide = package("fb-wide", {"1": ("x" * 500 + "\n", "y\n")})
    rc, out, _ = run(["test", wide, source("wide.py", "print('z')\n")])
    shown = [l for l in out.splitlines() if l.startswith("    xxx")]
    check(shown and len(shown[0]) == 4 + 120 + 3 and shown[0].endswith("..."), f"120 characters: {shown}")


def test_verdict_only_problem_hides_hidden_tests():
    pkg = aplusb("fb-verdict-only", feedback="verdict-only")
    rc, o, _ = run_json(["test", pkg, source("int32.c", INT32_SUM)])
    check(o["feedback"] == "verdict-only", f"feedback: {o.get('feedback')}")
    hidden = named_test(o, "10")
    check(hidden["verdict"] == "WA" and hidden["message"] == "wrong answer", f"verdict alone: {hidden}")
    check(o["failure"] is None, f"no hidden failure shown: {o['failure']}")
    rc, out, _ = run(["test", pkg, source("int32.c", INT32_SUM)])
    check("4000000000" not in out and "2000000000" not in out and "verdict-only" in out,
          f"hidden data shown under verdict-only:\n{out}")
    # Samples are still shown: they are in the statement.
    rc, o, _ = run_json(["test", pkg, source("always7.py", "print(7)\n")])
    check(o["failure"]["test"] == "sample-1" and o["failure"]["output"] == "7\n", f"the sample: {o['failure']}")
    check(named_test(o, "2")["message"] == "wrong answer", f"{named_test(o, '2')}")
    # A run-time error on a hidden test says only that it exited.
    rc, o, _ = run_json(["test", pkg, source("raise.py", "raise ValueError('secret ' + input())\n")])
    check(named_test(o, "10")["message"] == "exit code 1", f"no reason: {named_test(o, '10')}")
    check("secret 1 2" in named_test(o, "sample-1")["message"], f"the sample's: {named_test(o, 'sample-1')}")
    # A bad value is refused, naming the file and the field.
    bad = aplusb("fb-bad-feedback", feedback="some")
    rc, _, err = run(["test", bad, source("ok.py", RIGHT_PY)])
    check(rc == 2 and "problem.json" in err and "feedback" in err and "verdict-only" in err, f"{rc} {err}")


def week_library(name, feedback):
    """A library with two A+B problems; the set week-01 (today) holds only the first."""
    lib = os.path.join(jt.WORK, name)
    package(os.path.join(name, "in-set"), APLUSB)
    package(os.path.join(name, "outside"), APLUSB)
    week = {"id": "week-01", "title": "Mock", "starts": "2026-11-09", "ends": "2026-11-15",
            "problems": ["in-set"]}
    if feedback:
        week["feedback"] = feedback
    jt.write(os.path.join(lib, "weeks", "week-01.json"), json.dumps(week))
    return lib


def test_verdict_only_weekly_set():
    lib = week_library("fb-weeks", "verdict-only")
    env = {"JUDGE_TODAY": "2026-11-11", "JUDGE_DB": os.path.join(jt.WORK, "fb-weeks.db")}
    src = source("int32.c", INT32_SUM)
    for cmd in (["test"], ["submit", "--user", "ana"]):
        rc, o, err = run_json(cmd + ["in-set", src, "--problems", lib], env=env)
        check(o["feedback"] == "verdict-only" and o["failure"] is None
              and named_test(o, "10")["message"] == "wrong answer", f"{cmd[0]}: the set's problem: {o} {err}")
        rc, o, err = run_json(cmd + ["outside", src, "--problems", lib], env=env)
        check(o["feedback"] == "full" and o["failure"]["test"] == "10", f"{cmd[0]}: not in the set: {o} {err}")
    rc, out, _ = run(["submit", "in-set", src, "--problems", lib, "--user", "ana"], env=env)
    check("4000000000" not in out, f"submit shows hidden data of a verdict-only set:\n{out}")
    # week run judges in the set's name: verdict-only too.
    folder = os.path.join(jt.WORK, "fb-week-dir")
    jt.write(os.path.join(folder, "in-set.c"), INT32_SUM)
    rc, out, err = run(["week", "run", "week-01", "--dir", folder, "--problems", lib, "--user", "bo"], env=env)
    check("4000000000" not in out and "-294967296" not in out, f"week run shows hidden data:\n{out}")
    # ... and records it verdict-only: what `show` gives later holds no hidden data either.
    rc, rows, err = run_json(["history", "--user", "bo"], env=env)
    check(rc == 0 and len(rows) == 1, f"bo's submission: {rc} {rows} {err}")
    rc, o, err = run_json(["show", str(rows[0]["id"]), "--user", "bo"], env=env)
    hidden = [t for t in o["tests"] if t["name"] == "10"]
    check(hidden and hidden[0]["message"] == "wrong answer", f"week run records hidden data: {hidden}")
    # A set without the key, or "full", gives full feedback; another value is refused.
    lib2 = week_library("fb-weeks-full", None)
    rc, o, _ = run_json(["test", "in-set", src, "--problems", lib2], env=env)
    check(o["failure"]["test"] == "10", f"a set without feedback: {o['failure']}")
    lib3 = week_library("fb-weeks-bad", "silent")
    rc, _, err = run(["submit", "in-set", src, "--problems", lib3], env=env)
    check(rc == 2 and "week-01.json" in err and "feedback" in err, f"bad feedback: {rc} {err}")


RE_CASES = [
    ("py", "def f(x):\n    return [][x]\n\na, b = map(int, input().split())\nprint(f(a))\n",
     "IndexError: list index out of range ({name}, line 2)"),
    ("java", "import java.util.*;\npublic class Main {\n    static int f(int[] x) { return x[2]; }\n"
             "    public static void main(String[] a) { new Scanner(System.in); System.out.println(f(new int[1])); }\n}\n",
     "java.lang.ArrayIndexOutOfBoundsException: Index 2 out of bounds for length 1 (at Main.f(Main.java:3))"),
    ("rs", "fn main() {\n    let v: Vec<i32> = vec![1];\n    let i = v.len() + 1;\n    println!(\"{}\", v[i]);\n}\n",
     "panicked at {name}:4:"),
    ("js", "require('fs').readFileSync(0, 'utf8');\nfunction f(o) { return o.a.b; }\nconsole.log(f({}));\n",
     "TypeError: Cannot read properties of undefined (reading 'b') ({name}:2)"),
]


def test_runtime_error_reasons_on_hidden_tests():
    pkg = aplusb()
    for ext, text, want in RE_CASES:
        name = f"re-{ext}.{ext}" if ext != "java" else "Main.java"
        rc, o, err = run_json(["test", pkg, source(name, text)])
        check(o["verdict"] == "RE", f"{name}: {o['verdict']} {err}")
        for t in o["tests"]:
            check(want.format(name=name) in t["message"], f"{name}: {t['name']}: {t['message']!r}, wanted {want!r}")
            check("Node.js v" not in t["message"] and "note: run with" not in t["message"],
                  f"{name}: the last line is no reason: {t['message']}")
        if ext == "rs":
            check("index out of bounds: the len is 1 but the index is 2" in o["tests"][0]["message"],
                  f"the panic message: {o['tests'][0]['message']}")


def test_runtime_error_rules_are_in_the_languages_file():
    with open(os.path.join(ROOT, "judge", "languages.json")) as f:
        langs = json.load(f)
    langs["languages"]["python"]["runtime_errors"] = [
        {"match": "^OOPS ([a-z]+)$", "show": "custom reason: \\1"}]
    path = jt.write(os.path.join(jt.WORK, "fb-langs.json"), json.dumps(langs))
    pkg = aplusb()
    src = source("oops.py", "import sys\nsys.stderr.write('OOPS broken\\nlast line\\n')\nsys.exit(4)\n")
    rc, o, err = run_json(["test", pkg, src, "--languages", path])
    check(all(t["message"] == "exit code 4: custom reason: broken" for t in o["tests"]), f"{o['tests']} {err}")
    # No rule matches: the last line of stderr.
    rc, o, _ = run_json(["test", pkg, src])
    check(all(t["message"] == "exit code 4: last line" for t in o["tests"]), f"{o['tests']}")
    langs["languages"]["python"]["runtime_errors"] = [{"match": "([unclosed"}]
    bad = jt.write(os.path.join(jt.WORK, "fb-langs-bad.json"), json.dumps(langs))
    rc, _, err = run(["test", pkg, src, "--languages", bad])
    check(rc == 2 and "fb-langs-bad.json" in err and "python.runtime_errors[0].match" in err,
          f"a bad pattern is named: {rc} {err}")


# ---- item 6: function-style problems in Java, JavaScript and Rust ----

TWO_SUM = {
    "TwoSum.java": "import java.util.HashMap;\n\nclass Solution {\n    public int[] twoSum(int[] nums, int target) {\n"
                   "        HashMap<Integer, Integer> seen = new HashMap<>();\n"
                   "        for (int j = 0; j < nums.length; j++) {\n"
                   "            Integer i = seen.get(target - nums[j]);\n"
                   "            if (i != null) return new int[] {i, j};\n"
                   "            seen.put(nums[j], j);\n        }\n        return new int[0];\n    }\n}\n",
    "two_sum.js": "var twoSum = function(nums, target) {\n    const seen = new Map();\n"
                  "    for (let j = 0; j < nums.length; j++) {\n        const i = seen.get(target - nums[j]);\n"
                  "        if (i !== undefined) return [i, j];\n        seen.set(nums[j], j);\n    }\n    return [];\n};\n",
    "two_sum.rs": "use std::collections::HashMap;\n\nimpl Solution {\n"
                  "    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {\n"
                  "        let mut seen = HashMap::new();\n"
                  "        for (j, &x) in nums.iter().enumerate() {\n"
                  "            if let Some(&i) = seen.get(&(target as i64 - x as i64)) { return vec![i, j as i32]; }\n"
                  "            seen.insert(x as i64, j as i32);\n        }\n        vec![]\n    }\n}\n",
}
MAX_SUBARRAY = {
    "Kadane.java": "public class Solution {\n    public long maxSubArray(int[] nums) {\n"
                   "        long best = nums[0], here = nums[0];\n"
                   "        for (int i = 1; i < nums.length; i++) { here = Math.max(here + nums[i], nums[i]); best = Math.max(best, here); }\n"
                   "        return best;\n    }\n}\n",
    "kadane.js": "function maxSubArray(nums) {\n    let best = nums[0], here = nums[0];\n"
                 "    for (const x of nums.slice(1)) { here = Math.max(here + x, x); best = Math.max(best, here); }\n"
                 "    return best;\n}\nmodule.exports = maxSubArray;\n",
    "kadane.rs": "impl Solution {\n    pub fn max_sub_array(nums: Vec<i32>) -> i64 {\n"
                 "        let (mut best, mut here) = (nums[0] as i64, nums[0] as i64);\n"
                 "        for &x in &nums[1..] { here = (here + x as i64).max(x as i64); best = best.max(here); }\n"
                 "        best\n    }\n}\n",
}


def test_function_style_java_javascript_rust_accepted():
    for problem, sources in (("two-sum", TWO_SUM), ("max-subarray", MAX_SUBARRAY)):
        for name, text in sources.items():
            rc, o, err = run_json(["test", os.path.join(LIBRARY, problem), source(name, text)], timeout=600)
            check(rc == 0 and o["verdict"] == "AC", f"{problem} {name}: {o['verdict']} {json.dumps(o)[:800]} {err}")


WRONG_SIGNATURES = [
    # (file, text, the line the message must name, what else it must say, verdict)
    ("ws.java", "import java.util.*;\n\nclass Solution {\n    public int[] twoSum(int[] nums) {\n"
                "        return new int[] {0, 1};\n    }\n}\n", 4, "twoSum(int[] nums, int target)", "CE"),
    ("ws.rs", "impl Solution {\n    pub fn two_sum(nums: Vec<i32>) -> Vec<i32> {\n        vec![0, 1]\n    }\n}\n",
     2, "two_sum(nums: Vec<i32>, target: i32)", "CE"),
    ("ws.cpp", "class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums) { return {0, 1}; }\n};\n",
     3, "twoSum(vector<int>& nums, int target)", "CE"),
    ("ws.js", "// my attempt\n\nconst twoSum = (nums, target, memo, extra) => [0, 1];\n", 3,
     "twoSum(nums, target)", "RE"),
    ("ws2.js", "function towSum(nums, target) {\n    return [0, 1];\n}\n", 1, "no function twoSum(nums, target)", "RE"),
    ("ws.py", "class Solution:\n    # wrong\n    def twoSum(self, nums):\n        return [0, 1]\n", 3,
     "twoSum(self, nums, target)", "RE"),
]


def test_wrong_signature_reported_against_the_users_line():
    for name, text, line, what, verdict in WRONG_SIGNATURES:
        rc, o, err = run_json(["test", os.path.join(LIBRARY, "two-sum"), source(name, text)], timeout=600)
        check(o["verdict"] == verdict, f"{name}: {o['verdict']} {json.dumps(o)[:600]} {err}")
        if verdict == "CE":
            first = o["compile"]["message"].splitlines()[0]
        else:
            first = o["tests"][0]["message"].split(": ", 1)[1]
        check(first.startswith(f"{name}:{line}:") and what in first,
              f"{name}: the first line names the user's file and line {line}: {first!r}")
        for harness in ("Main.java", "main.rs", "main.cpp", "main.js", "main.py"):
            check(not first.startswith(harness), f"{name}: against the harness: {first}")


def test_harness_marker_is_bounded_and_shown_safely():
    """A package's harness is untrusted: its signature text is cut and shown, never obeyed."""
    marker = "judge-signature: \x1b]0;owned\x07 int f(int x) " + "A" * 5000
    harness = ("#include <stdio.h>\n#include \"solution.c\"\nint main(void) {\n"
               f"    printf(\"%d\\n\", f(1, 2)); /* {marker} */\n    return 0;\n}}\n")
    pkg = package("fb-marker", {"1": ("", "1\n")}, {"harness": {"c": "harness/main.c"}},
                  {"harness/main.c": harness})
    rc, o, err = run_json(["test", pkg, source("f.c", "int f(int x)\n{\n    return x;\n}\n")])
    msg = o["compile"]["message"]
    first = msg.splitlines()[0]
    check(o["verdict"] == "CE" and first.startswith("f.c:1: error: f does not have the signature"),
          f"pointed at the user's line: {first!r}")
    check("\x1b" not in first and "\\x1b" in first and len(first) < 400, f"bounded and visible: {first!r}")


# ---- item 7: Java's classes ----

JAVA_SUM = ("    public static void main(String[] a) {\n"
            "        java.util.Scanner s = new java.util.Scanner(System.in);\n"
            "        System.out.println(s.nextLong() + s.nextLong());\n    }\n")


def test_java_non_public_class_with_main_runs():
    pkg = aplusb()
    rc, o, err = run_json(["test", pkg, source("Whatever.java", "class Solution {\n" + JAVA_SUM + "}\n")])
    check(rc == 0 and o["verdict"] == "AC", f"a non-public class with main: {o['verdict']} {json.dumps(o)[:600]}")
    two = "class Helper { static long twice(long x) { return 2 * x; } }\n\nclass Program {\n" + JAVA_SUM + "}\n"
    rc, o, _ = run_json(["test", pkg, source("helper.java", two)])
    check(o["verdict"] == "AC", f"main in the second class: {o['verdict']}")
    # No class with main, or two and none public: a compile error, not an RE on every test.
    rc, o, _ = run_json(["test", pkg, source("nomain.java", "class Foo { int x; }\n")])
    check(o["verdict"] == "CE" and "no class declares public static void main" in o["compile"]["message"],
          f"no main: {o['verdict']} {o['compile']}")
    both = "class A {\n" + JAVA_SUM + "}\nclass B {\n" + JAVA_SUM + "}\n"
    rc, o, _ = run_json(["test", pkg, source("both.java", both)])
    check(o["verdict"] == "CE" and "(A, B)" in o["compile"]["message"], f"two mains: {o['compile']}")
    rc, o, _ = run_json(["test", pkg, source("pub.java", both.replace("class B", "public class B"))])
    check(o["verdict"] == "AC", f"the public one of two: {o['verdict']} {o['compile']}")


def test_java_package_line_is_left_out():
    pkg = aplusb()
    text = "package com.example.app;\n\nimport java.util.*;\n\npublic class Main {\n" + JAVA_SUM + "}\n"
    rc, o, err = run_json(["test", pkg, source("pkg.java", text)])
    check(rc == 0 and o["verdict"] == "AC", f"a package line: {o['verdict']} {o['compile']} {err}")
    check("pkg.java:1: note: the line `package com.example.app;` is left out" in o["compile"]["message"],
          f"the note: {o['compile']['message']!r}")
    # Line numbers are kept: an error below it points at its own line.
    rc, o, _ = run_json(["test", pkg, source("pkg-bad.java", text.replace("s.nextLong() + s.nextLong()", "nope"))])
    check(o["verdict"] == "CE" and "pkg-bad.java:8:" in o["compile"]["message"], f"line kept: {o['compile']['message']}")


# ---- item 9: the user and the history's answers ----

def test_user_from_passwd_when_user_is_unset():
    db = os.path.join(jt.WORK, "fb-passwd.db")
    pkg = aplusb()
    env = dict(os.environ)
    for var in ("USER", "JUDGE_USER", "LOGNAME"):
        env.pop(var, None)
    env["XDG_CONFIG_HOME"] = os.path.join(jt.WORK, "fb-no-config")
    p = subprocess.run([jt.JUDGE, "submit", pkg, source("ok.py", RIGHT_PY), "--db", db, "--json"],
                       capture_output=True, text=True, env=env, timeout=300)
    login = pwd.getpwuid(os.getuid()).pw_name
    o = json.loads(p.stdout)
    check(o["submission"]["user"] == login, f"the passwd entry's name: {o['submission']} {p.stderr}")
    p = subprocess.run([jt.JUDGE, "history", "--db", db], capture_output=True, text=True, env=env, timeout=60)
    check(p.returncode == 0 and "fb-aplusb" in p.stdout, f"history finds it: {p.stdout} {p.stderr}")


def test_mistyped_db_is_an_error_for_reading_commands():
    missing = os.path.join(jt.WORK, "fb-nowhere", "histroy.db")
    lib = week_library("fb-weeks-db", None)
    for args in (["history"], ["history", "--all", "--json"], ["show", "1"], ["stats"], ["review"],
                 ["week", "board", "--problems", lib], ["week", "show", "--problems", lib]):
        rc, out, err = run(args + ["--db", missing], env={"JUDGE_TODAY": "2026-11-11"})
        check(rc == 2 and missing in err and "no history there" in err, f"{args}: {rc} {out!r} {err!r}")
        check(not os.path.exists(os.path.dirname(missing)), f"{args}: something was created")


def test_empty_answers_say_which_filter_matched_nothing():
    db = os.path.join(jt.WORK, "fb-empty.db")
    pkg = aplusb()
    rc, _, err = run(["submit", pkg, source("ok.py", RIGHT_PY), "--db", db, "--user", "ana"])
    check(rc == 0, err)
    rc, out, _ = run(["history", "--db", db, "--user", "bo"])
    check(rc == 0 and "user bo" in out and "by ana" in out, f"names the user and who is there: {out!r}")
    rc, out, _ = run(["history", "--db", db, "--user", "ana", "--problem", "two-sm"])
    check("problem two-sm" in out and "user ana" not in out.split("has")[1], f"names only the problem: {out!r}")
    rc, out, _ = run(["history", "--db", db, "--user", "ana", "--verdict", "WA"])
    check("verdict WA" in out, f"names the verdict: {out!r}")
    rc, out, err = run(["history", "--db", db, "--user", "bo", "--json"])
    check(out.strip() == "[]" and "user bo" in err, f"--json: stdout stays [], stderr says why: {out!r} {err!r}")
    rc, out, _ = run(["history", "--db", db, "--user", "ana", "--since", "2999-01-01"])
    check("since 2999-01-01" in out, f"names the date: {out!r}")
    rc, out, _ = run(["stats", "--db", db, "--user", "bo"])
    check("user bo" in out, f"stats says why: {out!r}")
    rc, out, _ = run(["history"], env={"JUDGE_DB": os.path.join(jt.WORK, "fb-fresh", "h.db")})
    check(rc == 0 and "no submissions recorded yet" in out, f"a history not there yet: {out!r}")


# ---- item 12: output ----

def test_test_names_in_full():
    long_a = "a-very-long-descriptive-test-name-of-forty"
    long_b = "another-long-name-that-runs-past-24-chars-too"
    pkg = package("fb-names", {long_a: ("1 2\n", "3\n"), long_b: ("2 2\n", "4\n"), "s": ("0 0\n", "0\n")})
    src = source("wrong-names.py", "a, b = map(int, input().split())\nprint(a * b)\n")
    rc, out, _ = run(["test", pkg, src])
    rows = [l for l in out.splitlines() if re.match(r"  [0-9]+ ", l)]
    check(len(rows) == 3, f"rows: {rows}")
    for name in (long_a, long_b):
        check(any(f" {name} " in r for r in rows), f"{name} cut: {rows}")
    starts = {re.search(r"\b(AC|WA)\b", r).start() for r in rows}
    check(len(starts) == 1, f"the verdict column is aligned: {rows}")
    db = os.path.join(jt.WORK, "fb-names.db")
    rc, o, _ = run_json(["submit", pkg, src, "--db", db, "--user", "ana"])
    rc, out, _ = run(["show", str(o["submission"]["id"]), "--db", db])
    rows = [l for l in out.splitlines() if re.match(r"  [0-9]+ ", l)]
    check(all(any(f" {n} " in r for r in rows) for n in (long_a, long_b)), f"show cuts names: {rows}")
    check(len({re.search(r"\b(AC|WA)\b", r).start() for r in rows}) == 1, f"show: aligned: {rows}")


def test_ctrl_c_is_interrupted_exit_130_nothing_recorded():
    before = set(jt.leftover_boxes())
    pkg = package("fb-slow", {str(i): ("", "1\n") for i in range(1, 8)})
    src = source("fb-slow.py", "import time\ntime.sleep(0.5)\nprint(1)\n")
    db = os.path.join(jt.WORK, "fb-interrupted.db")
    p = subprocess.Popen([jt.JUDGE, "submit", pkg, src, "--db", db, "--user", "ana"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(1.5)
    p.send_signal(signal.SIGINT)
    out, err = p.communicate(timeout=60)
    check(p.returncode == 130 and "interrupted" in err, f"exit {p.returncode}: {err!r}")
    count = sqlite3.connect(db).execute("SELECT count(*) FROM submissions").fetchone()[0] \
        if os.path.exists(db) else 0
    check(count == 0, f"{count} submissions recorded")
    time.sleep(0.5)
    check(not (set(jt.leftover_boxes()) - before), "box directories left")


GUESS_INTERACTOR = r"""
#include <cstdio>
#include <string>
int main(int argc, char **argv) {
    FILE *in = fopen(argv[1], "r");
    long secret; if (!in || fscanf(in, "%ld", &secret) != 1) return 1;
    FILE *msg = fopen((std::string(argv[3]) + "judgemessage.txt").c_str(), "w");
    for (int q = 0; q < 6; q++) {
        char c; long x;
        if (scanf(" %c %ld", &c, &x) != 2 || c != '?') { fprintf(msg, "bad or missing query\n"); return 43; }
        if (x == secret) { printf("=\n"); fflush(stdout); return 42; }
        printf(x < secret ? ">\n" : "<\n"); fflush(stdout);
    }
    fprintf(msg, "too many queries\n");
    return 43;
}
"""


def test_interactive_sample_shown_as_the_exchange():
    pkg = package("fb-guess", {"sample-1": ("37\n", "37\n"), "2": ("75\n", "75\n")},
                  {"interactor": {"type": "kattis", "source": "interactor.cpp"}},
                  {"interactor.cpp": GUESS_INTERACTOR})
    # Reads the answers backwards: never finds it.
    src = source("guess-backwards.py", "lo, hi = 1, 100\nwhile True:\n    m = (lo + hi) // 2\n"
                 "    print('?', m, flush=True)\n    r = input()\n    if r == '=': break\n"
                 "    if r == '<': lo = m + 1\n    else: hi = m - 1\n")
    rc, out, _ = run(["test", pkg, src])
    check("exchange (> your program, < the interactor):\n    > ? 50\n    < <\n    > ? 75\n    < <" in out,
          f"the exchange:\n{out}")
    rc, o, _ = run_json(["test", pkg, src])
    sample = o["sample_failure"] if o["failure"]["test"] != "sample-1" else o["failure"]
    check(sample["exchange"].startswith("> ? 50\n< <\n> ? 75\n"), f"exchange in JSON: {sample}")
    check(o["failure"]["exchange"] is None or o["failure"]["sample"], f"hidden tests are not recorded: {o['failure']}")
    # The relay changes no verdict: a correct solution is accepted, a silent one is TLE.
    ok = source("guess-ok.py", "lo, hi = 1, 100\nwhile True:\n    m = (lo + hi) // 2\n"
                "    print('?', m, flush=True)\n    r = input()\n    if r == '=': break\n"
                "    if r == '>': lo = m + 1\n    else: hi = m - 1\n")
    rc, o, _ = run_json(["test", pkg, ok])
    check(o["verdict"] == "AC", f"relayed AC: {o['tests']}")
    rc, o, _ = run_json(["test", pkg, source("guess-mute.py", "import time\ntime.sleep(30)\n")])
    check(named_test(o, "sample-1")["verdict"] == "TLE", f"relayed TLE: {o['tests']}")


def test_python_compile_error_without_the_check_scripts_frame():
    pkg = aplusb()
    rc, o, _ = run_json(["test", pkg, source("syntax.py", "x = 1\ndef f(:\n    pass\n")])
    msg = o["compile"]["message"]
    check(o["verdict"] == "CE" and "<string>" not in msg and "Traceback" not in msg, f"noise: {msg!r}")
    check('File "syntax.py", line 2' in msg and "SyntaxError" in msg, f"the error itself: {msg!r}")


def test_webhook_with_an_unsupported_scheme_is_exit_2():
    lib = week_library("fb-weeks-hook", None)
    for url in ("ftp://hooks.example/SECRET-PATH", "file:///etc/passwd", "hooks.example/x", "https:///x"):
        rc, out, err = run(["week", "report", "--problems", lib, "--webhook", url,
                            "--db", os.path.join(jt.WORK, "fb-empty.db")], env={"JUDGE_TODAY": "2026-11-11"})
        check(rc == 2 and "--webhook" in err, f"{url}: {rc} {err!r}")
        check("SECRET-PATH" not in err and "passwd" not in err, f"{url}: the URL's secret quoted: {err!r}")


if __name__ == "__main__":
    jt.main(globals())
