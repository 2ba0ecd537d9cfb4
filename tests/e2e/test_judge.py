"""test_judge.py: `judge test` end to end: languages, verdicts, checkers, bad packages."""

import json
import os
import shutil
import signal
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _judgetest as jt  # noqa: E402
from _judgetest import check, package, run, run_json, source  # noqa: E402

APLUSB = {
    "sample-1": ("1 2\n", "3\n"),
    "2": ("5 7\n", "12\n"),
    "10": ("2000000000 2000000000\n", "4000000000\n"),
}


def aplusb():
    return package("aplusb", APLUSB, {"tags": ["math"]})


def verdict_of(pkg, src, *extra):
    rc, o, err = run_json(["test", pkg, src] + list(extra))
    return rc, o, err


def expect(pkg, name, text, verdict, *extra):
    rc, o, err = verdict_of(pkg, source(name, text), *extra)
    check(o["verdict"] == verdict, f"{name}: expected {verdict}, got {o['verdict']}: {json.dumps(o)[:600]} {err}")
    want_rc = 0 if verdict == "AC" else 3 if verdict == "SE" else 1
    check(rc == want_rc, f"{name}: exit status {rc}, expected {want_rc}")
    return o


# ---- languages and verdicts ----

def test_c_cpp_python_java_rust_accepted():
    pkg = aplusb()
    expect(pkg, "ok.c", '#include <stdio.h>\nint main(void){long long a,b;scanf("%lld %lld",&a,&b);printf("%lld\\n",a+b);}\n', "AC")
    expect(pkg, "ok.cpp", "#include <iostream>\nint main(){long long a,b;std::cin>>a>>b;std::cout<<a+b<<'\\n';}\n", "AC")
    expect(pkg, "ok.py", "a, b = map(int, input().split())\nprint(a + b)\n", "AC")
    o = expect(pkg, "Adder.java", "import java.util.*;\npublic class Adder { public static void main(String[] x) {\n"
               "Scanner s = new Scanner(System.in); System.out.println(s.nextLong() + s.nextLong()); } }\n", "AC")
    check(o["language"] == "java", "java language id")
    expect(pkg, "ok.rs", "use std::io::Read;\nfn main(){let mut s=String::new();std::io::stdin().read_to_string(&mut s).unwrap();"
           "let v:Vec<i64>=s.split_whitespace().map(|x|x.parse().unwrap()).collect();println!(\"{}\",v[0]+v[1]);}\n", "AC")


def test_wrong_answer_overflow_and_order():
    pkg = aplusb()
    o = expect(pkg, "wa.c", '#include <stdio.h>\nint main(void){int a,b;scanf("%d %d",&a,&b);printf("%d\\n",a+b);}\n', "WA")
    names = [t["name"] for t in o["tests"]]
    check(names == ["2", "10", "sample-1"], f"natural order: {names}")
    check(o["passed"] == 2 and o["total"] == 3, f"passed/total {o['passed']}/{o['total']}")
    hidden = o["tests"][1]
    check(hidden["verdict"] == "WA" and "4000000000" in hidden["message"], f"full feedback: {hidden}")
    # Verdict-only feedback (issue 10) keeps a hidden test's data to itself.
    quiet = package("aplusb-quiet", APLUSB, {"feedback": "verdict-only"})
    rc, o, _ = verdict_of(quiet, source("wa.c", '#include <stdio.h>\nint main(void){int a,b;scanf("%d %d",&a,&b);printf("%d\\n",a+b);}\n'))
    hidden = o["tests"][1]
    check(hidden["verdict"] == "WA" and "4000000000" not in hidden["message"], f"hidden test leaks: {hidden}")


def test_time_limit():
    pkg = aplusb()
    o = expect(pkg, "tle.cpp", "int main(){volatile unsigned long x=0;for(;;)x++;}\n", "TLE", "--fail-fast")
    t = o["tests"][0]
    check(t["time_ms"] >= 1000, f"TLE time {t['time_ms']}")
    check([x["verdict"] for x in o["tests"][1:]] == ["skipped", "skipped"], "fail-fast skips the rest")
    expect(pkg, "sleep.py", "import time\ntime.sleep(60)\n", "TLE", "--fail-fast")
    o = expect(pkg, "tle-override.cpp", "int main(){volatile unsigned long x=0;for(;;)x++;}\n", "TLE",
               "--fail-fast", "--time-limit", "300")
    check(300 <= o["tests"][0]["time_ms"] < 1000, f"--time-limit 300 applied: {o['tests'][0]['time_ms']}")


def test_memory_limit():
    pkg = aplusb()
    # Growing a vector is CPU time too (copies, page faults): where the machine's memory is
    # slow to hand out (a VM under a busy host) the time limit could come first. Ten seconds
    # leave only the memory limit to end it.
    expect(pkg, "mle.cpp", "#include <vector>\nint main(){std::vector<long long> v;for(long long i=0;;i++)v.push_back(i);}\n",
           "MLE", "--fail-fast", "--time-limit", "10000")
    expect(pkg, "mle-big.cpp", "#include <vector>\n#include <cstdio>\nint main(){std::vector<int> v(1000000000);printf(\"%d\",v[7]);}\n",
           "MLE", "--fail-fast")
    expect(pkg, "mle.py", "x = [0] * (10 ** 9)\nprint(len(x))\n", "MLE", "--fail-fast")
    o = expect(pkg, "mle-64.cpp", "#include <vector>\n#include <cstdio>\nint main(){std::vector<char> v(100<<20, 1);printf(\"%d\",v[7]);}\n",
               "MLE", "--fail-fast", "--memory-limit", "64")
    check("64 MiB" in o["tests"][0]["message"], o["tests"][0]["message"])


def test_output_limit():
    pkg = package("ole", {"1": ("", "x\n")}, {"output_limit_mb": 1})
    expect(pkg, "flood.c", '#include <stdio.h>\nint main(void){for(;;)fputs("yyyyyyyyyyyyyyyyyyyyyyyy\\n",stdout);}\n', "OLE")


def test_runtime_errors():
    pkg = aplusb()
    o = expect(pkg, "seg.c", "int main(void){volatile int *p=0;return *p;}\n", "RE", "--fail-fast")
    check(o["tests"][0]["signal"] == "SIGSEGV", f"signal {o['tests'][0]}")
    o = expect(pkg, "exit3.c", "int main(void){return 3;}\n", "RE", "--fail-fast")
    check(o["tests"][0]["exit_code"] == 3, f"exit code {o['tests'][0]}")
    expect(pkg, "raise.py", "raise ValueError('no')\n", "RE", "--fail-fast")
    expect(pkg, "Main.java", "public class Main { public static void main(String[] a) { int[] x = new int[1]; x[2] = 1; } }\n",
           "RE", "--fail-fast")
    o = expect(pkg, "socket.c", "#include <sys/socket.h>\nint main(void){return socket(AF_INET,SOCK_STREAM,0)<0;}\n", "RE",
               "--fail-fast")
    check("socket" in o["tests"][0]["message"], f"names the call: {o['tests'][0]['message']}")


def test_deep_recursion_succeeds():
    pkg = package("deep", {"1": ("1000000\n", "1000000\n")})
    expect(pkg, "deep.cpp", "#include <cstdio>\nint f(int n){volatile char pad[16]; pad[0]=n; return n==0?0:1+f(n-1)+(pad[0]&0);}\n"
           "int main(){int n;scanf(\"%d\",&n);printf(\"%d\\n\",f(n));}\n", "AC")


def test_compile_errors():
    pkg = aplusb()
    rc, out, err = run(["test", pkg, source("broken.cpp", "int main() { return x; }\n")])
    check(rc == 1, f"CE exits 1, got {rc}")
    check("broken.cpp:1" in out and "/prog/" not in out, f"CE names the user's file: {out}")
    o = expect(pkg, "urandom.c", '#include "/dev/urandom"\nint main(void){return 0;}\n', "CE")
    o = expect(pkg, "shadow.c", '#include "/etc/shadow"\nint main(void){return 0;}\n', "CE")
    check("root:" not in o["compile"]["message"], "no shadow contents in the message")
    o = expect(pkg, "syntax.py", "def f(:\n  pass\n", "CE")
    check("syntax.py" in o["compile"]["message"], o["compile"]["message"])


def test_reused_box_starts_clean():
    """One box runs every test: each run must find /box, /tmp and /dev/shm empty again."""
    pkg = package("clean", {str(i): ("", "clean\n") for i in range(1, 5)})
    src = source("marks.py", "import os\n"
                 "marks = ['/box/mark', '/tmp/mark', '/dev/shm/mark']\n"
                 "print('dirty' if any(os.path.exists(m) for m in marks) else 'clean')\n"
                 "for m in marks:\n    open(m, 'w').write('x')\n"
                 "os.makedirs('/tmp/d/e', exist_ok=True)\nos.chmod('/tmp/d', 0)\n")
    rc, o, _ = run_json(["test", pkg, src])
    check(o["verdict"] == "AC" and o["passed"] == 4, f"every run starts clean: {o['tests']}")


# ---- checkers ----

def test_builtin_checkers_whitespace():
    crlf = source("crlf.py", "import sys\nsys.stdout.write('1 2\\r\\n3\\r\\n')\n")
    nofinal = source("nofinal.py", "import sys\nsys.stdout.write('1 2\\n3')\n")
    blanks = source("blanks.py", "import sys\nsys.stdout.write('1 2\\n3\\n\\n\\n')\n")
    middle = source("middle.py", "import sys\nsys.stdout.write('1 2\\n\\n3\\n')\n")
    spaces = source("spaces.py", "import sys\nsys.stdout.write('1   2   \\n3 \\n')\n")
    empty = source("empty.py", "pass\n")
    expected = {
        "exact": {crlf: "WA", nofinal: "WA", blanks: "WA", middle: "WA", spaces: "WA", empty: "WA"},
        "lines": {crlf: "AC", nofinal: "AC", blanks: "AC", middle: "WA", spaces: "WA", empty: "WA"},
        "tokens": {crlf: "AC", nofinal: "AC", blanks: "AC", middle: "AC", spaces: "AC", empty: "WA"},
    }
    for mode, cases in expected.items():
        pkg = package("ws-" + mode, {"1": ("", "1 2\n3\n")}, {"checker": mode})
        for src, want in cases.items():
            rc, o, err = run_json(["test", pkg, src])
            check(o["verdict"] == want, f"{mode} {os.path.basename(src)}: {o['verdict']} != {want}")
    pkg = package("empty-ok", {"1": ("", "")}, {"checker": "tokens"})
    rc, o, _ = run_json(["test", pkg, empty])
    check(o["verdict"] == "AC", "empty output, empty answer")


def test_float_checker_edges():
    cases = [
        ("0", "1e-7", {"absolute": 1e-6}, "AC"),
        ("0", "1e-7", {"relative": 1e-6}, "WA"),
        ("0.0", "-0.0", {"absolute": 1e-9}, "AC"),
        ("nan", "nan", {"absolute": 1e-6}, "AC"),
        ("nan", "1", {"absolute": 1e-6}, "WA"),
        ("inf", "inf", {"absolute": 1e-6}, "AC"),
        ("inf", "-inf", {"absolute": 1e-6}, "WA"),
        ("10000000000", "10000000001", {"relative": 1e-6}, "AC"),
        ("10000000000", "10000000001", {"absolute": 1e-6}, "WA"),
        ("100", "1e2", {"absolute": 1e-9}, "AC"),
        ("3.14159", "abc", {"absolute": 1e-3}, "WA"),
    ]
    for i, (ans, out, tol, want) in enumerate(cases):
        checker = {"type": "float"}
        checker.update(tol)
        pkg = package(f"float{i}", {"1": ("", ans + "\n")}, {"checker": checker})
        src = source(f"float{i}.py", f"print({out!r})\n")
        rc, o, _ = run_json(["test", pkg, src])
        check(o["verdict"] == want, f"float {ans} vs {out} {tol}: {o['verdict']} != {want}")


def test_long_tokens():
    big = "7" * (3 << 20)
    pkg = package("longtok", {"1": ("", big + "\n")}, {"checker": "tokens"})
    rc, o, _ = run_json(["test", pkg, source("long-ok.py", f"print('7' * {3 << 20})\n")])
    check(o["verdict"] == "AC", f"long equal tokens: {o['verdict']}")
    rc, o, _ = run_json(["test", pkg, source("long-wa.py", f"print('7' * {(3 << 20) - 1} + '8')\n")])
    check(o["verdict"] == "WA", f"long tokens differing at the end: {o['verdict']}")


TESTLIB_CHECKER = r"""
#include <cstdio>
#include <cstring>
// A testlib-style checker: checker input output answer; 0 AC, 1 WA, 2 PE, 3 failure.
int main(int argc, char **argv) {
    if (argc < 4) return 3;
    FILE *in = fopen(argv[1], "r"), *out = fopen(argv[2], "r"), *ans = fopen(argv[3], "r");
    if (!in || !out || !ans) { fprintf(stderr, "cannot open files\n"); return 3; }
    long n, want, got;
    if (fscanf(in, "%ld", &n) != 1 || fscanf(ans, "%ld", &want) != 1) return 3;
    char word[64];
    if (fscanf(out, "%63s", word) != 1) { fprintf(stderr, "empty output\n"); return 2; }
    if (!strcmp(word, "FAIL")) { fprintf(stderr, "asked to fail\n"); return 3; }
    if (sscanf(word, "%ld", &got) != 1) { fprintf(stderr, "not a number: %s\n", word); return 2; }
    if (got % n != want % n) { fprintf(stderr, "expected %ld modulo %ld, got %ld\n", want, n, got); return 1; }
    return 0;
}
"""

KATTIS_VALIDATOR = r"""
#include <cstdio>
#include <string>
// A Kattis-style validator: validator input answer feedback_dir < output; 42 AC, 43 WA.
int main(int argc, char **argv) {
    if (argc < 4) return 1;
    FILE *ans = fopen(argv[2], "r");
    long want, got;
    if (!ans || fscanf(ans, "%ld", &want) != 1) return 1;
    std::string dir = argv[3];
    FILE *msg = fopen((dir + "judgemessage.txt").c_str(), "w");
    if (scanf("%ld", &got) != 1) { if (msg) fprintf(msg, "no number\n"); return 43; }
    if (got == -1) return 0;  // a validator bug: exit 0 is not a verdict
    if (got != want && got != -want) { if (msg) fprintf(msg, "want +-%ld, got %ld\n", want, got); return 43; }
    return 42;
}
"""


def test_testlib_checker():
    pkg = package("modulo", {"sample-1": ("10\n", "3\n"), "2": ("7\n", "5\n")},
                  {"checker": {"type": "testlib", "source": "checker.cpp"}},
                  {"checker.cpp": TESTLIB_CHECKER})
    def sol(name, sample, other):
        return source(name, f"n = int(input())\nprint({sample!r} if n == 10 else {other!r})\n")
    cases = [(sol("ok-mod.py", "13", "12"), "AC"), (sol("wa-mod.py", "4", "5"), "WA"),
             (sol("pe-mod.py", "x3", "5"), "PE"), (sol("se-mod.py", "FAIL", "5"), "SE")]
    for src, want in cases:
        rc, o, err = run_json(["test", pkg, src])
        check(o["verdict"] == want, f"testlib {os.path.basename(src)}: {o['verdict']} != {want} {err}")
        if want == "WA":
            check("expected 3 modulo 10" in o["tests"][1]["message"], f"sample message shown: {o['tests'][1]}")
        if want == "SE":
            check(rc == 3, f"checker failure exits 3, got {rc}")


def test_kattis_validator():
    pkg = package("plusminus", {"sample-1": ("x\n", "5\n"), "2": ("y\n", "8\n")},
                  {"checker": {"type": "kattis", "source": "validator.cpp"}},
                  {"validator.cpp": KATTIS_VALIDATOR})
    ok = source("pm-ok.py", "s = input()\nprint(-5 if s == 'x' else 8)\n")
    wa = source("pm-wa.py", "s = input()\nprint(6 if s == 'x' else 8)\n")
    bug = source("pm-bug.py", "print(-1)\n")
    rc, o, _ = run_json(["test", pkg, ok])
    check(o["verdict"] == "AC", f"kattis ok: {o['verdict']}")
    rc, o, _ = run_json(["test", pkg, wa])
    check(o["verdict"] == "WA" and "want +-5, got 6" in o["tests"][1]["message"], f"kattis wa: {o['tests']}")
    rc, o, _ = run_json(["test", pkg, bug])
    check(o["verdict"] == "SE" and rc == 3, f"validator exit 0 is a judge error: {o['verdict']} rc {rc}")


# ---- interactive and function-style ----

INTERACTOR = r"""
#include <cstdio>
#include <string>
// Guess a number: "? x" answered by < > =; at most 20 questions. Kattis convention.
int main(int argc, char **argv) {
    FILE *in = fopen(argv[1], "r");
    long secret; if (!in || fscanf(in, "%ld", &secret) != 1) return 1;
    FILE *msg = fopen((std::string(argv[3]) + "judgemessage.txt").c_str(), "w");
    for (int q = 0; q < 20; q++) {
        char c; long x;
        if (scanf(" %c %ld", &c, &x) != 2 || c != '?') { fprintf(msg, "bad or missing query\n"); return 43; }
        if (x == secret) { printf("=\n"); fflush(stdout); return 42; }
        printf(x < secret ? ">\n" : "<\n"); fflush(stdout);
    }
    fprintf(msg, "too many queries\n");
    return 43;
}
"""


def test_interactive():
    pkg = package("guess", {"1": ("37\n", "37\n"), "2": ("1000\n", "1000\n")},
                  {"interactor": {"type": "kattis", "source": "interactor.cpp"}},
                  {"interactor.cpp": INTERACTOR})
    ok = source("guess-ok.py", "lo, hi = 1, 1024\nwhile True:\n    m = (lo + hi) // 2\n    print('?', m, flush=True)\n"
                "    r = input()\n    if r == '=': break\n    if r == '>': lo = m + 1\n    else: hi = m - 1\n")
    noflush = source("guess-noflush.c", '#include <stdio.h>\nint main(void){printf("? 1\\n");char r[8];'
                     'if(scanf("%7s",r)!=1)return 0;return 0;}\n')
    early = source("guess-early.py", "print('? 1', flush=True)\n")
    rc, o, _ = run_json(["test", pkg, ok])
    check(o["verdict"] == "AC", f"interactive ok: {o['verdict']} {o['tests']}")
    rc, o, _ = run_json(["test", pkg, noflush, "--fail-fast"])
    check(o["verdict"] == "TLE", f"forgetting to flush is TLE: {o['verdict']} {o['tests'][0]}")
    rc, o, _ = run_json(["test", pkg, early, "--fail-fast"])
    check(o["verdict"] == "WA", f"exiting early is WA: {o['verdict']} {o['tests'][0]}")
    # An interactor that answers only after the solution is gone dies of SIGPIPE (as most
    # do, not ignoring it): still the solution's doing, WA, never the judge's SE.
    slow = package("guess-slow", {"1": ("37\n", "37\n")},
                   {"interactor": {"type": "kattis", "source": "interactor.cpp"}},
                   {"interactor.cpp": INTERACTOR.replace("if (x == secret)", "usleep(300000); if (x == secret)")
                    .replace("#include <string>", "#include <string>\n#include <unistd.h>")})
    rc, o, _ = run_json(["test", slow, early, "--fail-fast"])
    check(o["verdict"] == "WA" and rc == 1, f"broken pipe is WA: {o['verdict']} {o['tests'][0]}")


HARNESS_C = r"""
#include <stdio.h>
#include <stdlib.h>
#include "solution.c"
int main(void) {
    int n; if (scanf("%d", &n) != 1) return 1;
    int *a = malloc(sizeof(int) * (n ? n : 1));
    for (int i = 0; i < n; i++) scanf("%d", &a[i]);
    printf("%lld\n", total(a, n));
    return 0;
}
"""


def test_function_style():
    pkg = package("total", {"1": ("3\n1 2 3\n", "6\n")}, {"harness": {"c": "harness/main.c"}},
                  {"harness/main.c": HARNESS_C})
    rc, o, _ = run_json(["test", pkg, source("total.c", "long long total(int *a, int n){long long s=0;for(int i=0;i<n;i++)s+=a[i];return s;}\n")])
    check(o["verdict"] == "AC", f"function-style AC: {o}")
    rc, out, _ = run(["test", pkg, source("total-bad.c", "long long total(int *a, int n){\n  return nope;\n}\n")])
    check(rc == 1 and "total-bad.c:2" in out, f"errors point at the user's file: {out}")
    rc, out, err = run(["test", pkg, source("total.py", "def total(a): return sum(a)\n")])
    check(rc == 2 and "harness" in err, f"no python harness: {rc} {err}")


# ---- output that is always valid and safe to show ----

def run_bytes(args, env=None):
    """Runs the judge; returns (exit status, stdout, stderr) as bytes, undecoded."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    p = subprocess.run([jt.JUDGE] + list(args), capture_output=True, env=full_env, timeout=300)
    return p.returncode, p.stdout, p.stderr


def strict_json(raw, what):
    try:
        text = raw.decode("utf-8")  # strict: invalid UTF-8 raises
    except UnicodeDecodeError as e:
        raise jt.Failure(f"{what} is not valid UTF-8: {e}: {raw[:300]!r}")
    lines = [l for l in text.splitlines() if l.strip()]
    check(len(lines) == 1, f"{what}: one JSON line expected, got {raw[:300]!r}")
    return json.loads(lines[0])


def test_json_is_valid_utf8():
    pkg = aplusb()
    ce = jt.write(os.path.join(jt.WORK, "src", "bytes.cpp"), b'#error "\xff\xfe"\nint main() {}\n')
    rc, out, err = run_bytes(["test", pkg, ce, "--json"])
    o = strict_json(out, "test --json of a compile error")
    check(rc == 1 and o["verdict"] == "CE", f"CE: {rc} {o['verdict']} {err}")
    check('#error "\ufffd\ufffd"' in o["compile"]["message"], f"replaced: {o['compile']['message']!r}")
    # Bytes a program wrote, quoted in a sample's message: valid too. One U+FFFD per maximal
    # invalid subpart: "\xe2\x82" (a cut euro sign) is one, "\xed\xa0\x80" (a surrogate) three.
    re_ = source("stderr-bytes.py", "import sys\nsys.stderr.buffer.write(b'bad \\xe2\\x82 \\xed\\xa0\\x80 \\xff\\n')\n"
                                    "sys.exit(1)\n")
    rc, out, err = run_bytes(["test", pkg, re_, "--json"])
    o = strict_json(out, "test --json of a runtime error")
    [sample] = [t for t in o["tests"] if t["name"] == "sample-1"]
    check(sample["message"] == "exit code 1: bad \ufffd \ufffd\ufffd\ufffd \ufffd",
          f"the sample's message: {sample}")


ESCAPES = "\x1b]0;owned\x07\x1b[2J\x1b[31m"


def test_report_shows_control_characters():
    """A report never hands the terminal escape sequences that a program, a compiler or a
    package wrote: they are shown as text (\x1b), newlines and tabs kept."""
    pkg = package("escapes", {"sample-1": ("1 2\n", "3\n")},
                  {"title": "Title\x1b[2J here"})
    src = source("escapes.py", "import sys\ninput()\n"
                 f"sys.stdout.write({ESCAPES!r} + 'x\\ty\\r\\n' + '\\u009b2J\\n')\n")
    rc, out, err = run_bytes(["test", pkg, src])
    check(rc == 1, f"WA: exit {rc} ({err!r})")
    check(b"\x1b" not in out and b"\x07" not in out and b"\r" not in out and b"\xc2\x9b" not in out,
          f"raw control characters reach the terminal: {out!r}")
    for shown in (b"\\x1b]0;owned\\x07\\x1b[2J\\x1b[31m", b"x\ty\\x0d", b"\\u009b2J",
                  b"Title\\x1b[2J here"):
        check(shown in out, f"{shown!r} not shown in the report:\n{out.decode(errors='replace')}")
    # The same in a compiler's message.
    ce = jt.write(os.path.join(jt.WORK, "src", "esc.cpp"), b'#error "\x1b]0;owned\x07\x1b[2J"\n')
    rc, out, err = run_bytes(["test", pkg, ce])
    check(rc == 1 and b"\x1b" not in out and b'#error "\\x1b]0;owned\\x07\\x1b[2J"' in out,
          f"compile message: {out!r}")


def test_exec_output_shown_on_a_terminal_passed_on_in_a_pipe():
    import pty
    args = [jt.JUDGE, "exec", "--", "/usr/bin/printf", "A\\033]0;owned\\007\\033[2J\\tB\\n"]
    piped = subprocess.run(args, capture_output=True, timeout=120).stdout
    check(piped == b"A\x1b]0;owned\x07\x1b[2J\tB\n", f"in a pipe, the bytes as they are: {piped!r}")
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(args[0], args, dict(os.environ, NO_COLOR="1"))
    out = b""
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    os.waitpid(pid, 0)
    os.close(fd)
    check(b"\x1b" not in out and b"\x07" not in out, f"on a terminal, raw escapes: {out!r}")
    check(b"A\\x1b]0;owned\\x07\\x1b[2J\tB" in out, f"on a terminal, shown as text: {out!r}")


# ---- toolchains outside the system directories ----

def test_toolchain_under_home_shows_no_credentials():
    """A tool under a home directory (~/.cargo/bin, a rustup toolchain) is shown to the box
    with what it needs, never with the credentials and settings kept beside it."""
    home = os.path.join(jt.WORK, "home")
    shutil.rmtree(home, ignore_errors=True)
    wrapper = "#!/bin/sh\nexec /usr/bin/python3 \"$@\"\n"
    jt.write(os.path.join(home, ".cargo", "bin", "py"), wrapper, 0o755)
    jt.write(os.path.join(home, ".cargo", "credentials.toml"), 'token = "SECRET-CARGO"\n')
    chain = os.path.join(home, ".rustup", "toolchains", "fake-x86_64")
    jt.write(os.path.join(chain, "bin", "py"), wrapper, 0o755)
    jt.write(os.path.join(chain, "lib", "needed.txt"), "library\n")
    jt.write(os.path.join(home, ".rustup", "settings.toml"), 'token = "SECRET-RUSTUP"\n')
    jt.write(os.path.join(home, ".bashrc"), "export SECRET=1\n")
    for d in (home, os.path.join(home, ".cargo"), os.path.join(home, ".rustup")):
        os.chmod(d, 0o755)
    langs = {"languages": {}}
    for lang_id, ext, tool in (("cargo", ".py", "~/.cargo/bin/py"),
                               ("rustup", ".pyr", "~/.rustup/toolchains/fake-*/bin/py")):
        langs["languages"][lang_id] = {
            "name": lang_id, "extensions": [ext], "source": "solution.py", "tools": {"py": [tool]},
            "run": ["{py}", "{main}"], "profile": "compiler", "memory": "as"}
    lang_file = jt.write(os.path.join(jt.WORK, "home-languages.json"), json.dumps(langs))
    secrets = [os.path.join(home, ".cargo", "credentials.toml"),
               os.path.join(home, ".rustup", "settings.toml"), os.path.join(home, ".bashrc")]
    probe = ("import os\nfound = []\n"
             f"for p in {secrets!r}:\n"
             "    try:\n        found.append(p + ': ' + open(p).read().strip())\n"
             "    except OSError:\n        pass\n"
             "print('\\n'.join(found) if found else 'hidden')\n")
    pkg = package("home-tool", {"1": ("", "hidden\n")})
    env = {"HOME": home, "JUDGE_LANGUAGES": lang_file}
    for name in ("probe.py", "probe.pyr"):
        rc, o, err = run_json(["test", pkg, source(name, probe)], env=env)
        check(o["verdict"] == "AC", f"{name}: the box sees the home's secrets: {json.dumps(o)[:800]} {err}")
    # The toolchain's own lib/ is there.
    lib = source("lib.pyr", f"print(open({os.path.join(chain, 'lib', 'needed.txt')!r}).read().strip())\n")
    pkg2 = package("home-lib", {"1": ("", "library\n")})
    rc, o, err = run_json(["test", pkg2, lib], env=env)
    check(o["verdict"] == "AC", f"the toolchain's lib/ is shown: {json.dumps(o)[:800]} {err}")


# ---- JavaScript: CommonJS and ES modules ----

def test_javascript_syntax_errors_are_compile_errors():
    pkg = aplusb()
    cjs = "const [a, b] = require('fs').readFileSync(0, 'utf8').trim().split(/\\s+/).map(BigInt);\nconsole.log(String(a + b));\n"
    esm = "import { readFileSync } from 'fs';\nconst [a, b] = readFileSync(0, 'utf8').trim().split(/\\s+/).map(BigInt);\nconsole.log(String(a + b));\n"
    expect(pkg, "ok-cjs.js", cjs, "AC")
    expect(pkg, "ok-esm.js", esm, "AC")
    expect(pkg, "ok-esm.mjs", esm, "AC")
    expect(pkg, "ok-shebang.js", "#!/usr/bin/env node\n" + cjs, "AC")
    broken = "\nconst x = ;\n"
    for name, text in (("bad-cjs.js", cjs + broken), ("bad-esm.js", esm + broken),
                       ("bad-esm.mjs", esm + broken)):
        o = expect(pkg, name, text, "CE")
        line = len(text.splitlines())
        check(f"{name}:{line}" in o["compile"]["message"] and "SyntaxError" in o["compile"]["message"],
              f"{name}: the message points at the line: {o['compile']['message']}")
    expect(pkg, "throws.js", esm + "throw new Error('at run time');\n", "RE", "--fail-fast")

# ---- bad input ----

def test_bad_packages():
    def bad(name, meta=None, tests=None, files=None, raw_json=None, expect_text=()):
        root = package(name, tests if tests is not None else {"1": ("1\n", "1\n")}, meta, files)
        if raw_json is not None:
            jt.write(os.path.join(root, "problem.json"), raw_json)
        rc, out, err = run(["test", root, source("any.py", "print(1)\n")])
        check(rc == 2, f"{name}: exit status {rc}, expected 2 ({err})")
        check(len(err.strip().splitlines()) == 1, f"{name}: one line: {err!r}")
        for t in expect_text:
            check(t in err, f"{name}: {t!r} not in {err!r}")
        return root
    bad("malformed", raw_json='{"title": "x",\n "time_limit_ms": 1000,,\n}', expect_text=("problem.json:2", "malformed JSON"))
    bad("negative", {"time_limit_ms": -5}, expect_text=("problem.json", "time_limit_ms", "-5"))
    bad("absurd", {"memory_limit_mb": 10 ** 9}, expect_text=("memory_limit_mb",))
    bad("unknown-checker", {"checker": "fuzzy"}, expect_text=("checker", "fuzzy"))
    bad("missing-checker-source", {"checker": {"type": "testlib", "source": "nope.cpp"}}, expect_text=("nope.cpp",))
    bad("no-answer", files={"tests/3.in": "1\n"}, expect_text=("3.in", "answer"))
    bad("no-tests", tests={}, files={"tests/README": "x"}, expect_text=("no tests",))
    bad("no-title", raw_json='{"time_limit_ms": 1000}', expect_text=("title",))
    bad("broken-checker", {"checker": {"type": "testlib", "source": "checker.cpp"}},
        files={"checker.cpp": "this is not C++\n"}, expect_text=("checker",))
    rc, out, err = run(["test", os.path.join(jt.WORK, "does-not-exist"), source("any.py", "print(1)\n")])
    check(rc == 2 and "does-not-exist" in err, f"missing package: {rc} {err}")
    rc, out, err = run(["test", aplusb(), os.path.join(jt.WORK, "nope.cpp")])
    check(rc == 2 and "nope.cpp" in err, f"missing solution: {rc} {err}")
    rc, out, err = run(["test", aplusb(), source("sol.txt", "x")])
    check(rc == 2 and "--lang" in err, f"unknown extension: {rc} {err}")
    rc, out, err = run(["test", aplusb(), source("sol2.py", "print(3)"), "--lang", "cobol"])
    check(rc == 2 and "cobol" in err, f"unknown language: {rc} {err}")
    rc, out, err = run(["test", aplusb(), source("sol3.py", "print(3)"), "--time-limit", "-1"])
    check(rc == 2 and "--time-limit" in err, f"bad limit: {rc} {err}")


def test_sample_shown_in_full():
    pkg = package("aplusb-quiet", APLUSB, {"feedback": "verdict-only"})  # hidden tests: verdicts
    rc, out, err = run(["test", pkg, source("always7.py", "print(7)\n")])
    check(rc == 1, f"exit 1, got {rc}")
    for piece in ("sample-1 failed", "input:", "1 2", "expected:", "your output:", "7", "first difference"):
        check(piece in out, f"{piece!r} not in the report:\n{out}")
    check("12\n" not in out.split("sample-1 failed")[1] and "4000000000" not in out, f"hidden answers leak:\n{out}")


def test_json_contract():
    rc, o, _ = run_json(["test", aplusb(), source("ok2.py", "a, b = map(int, input().split())\nprint(a + b)\n")])
    for key, kind in [("problem", str), ("language", str), ("verdict", str), ("passed", int), ("total", int),
                      ("time_ms", int), ("memory_kb", int), ("compile", dict), ("tests", list)]:
        check(isinstance(o.get(key), kind), f"{key} is {type(o.get(key))}")
    check(set(o["compile"]) >= {"ok", "message"}, "compile keys")
    for t in o["tests"]:
        check(set(t) >= {"name", "verdict", "time_ms", "wall_ms", "memory_kb", "exit_code", "signal", "message"}, f"test keys {t}")


def test_parallel_jobs_agree():
    pkg = aplusb()
    src = source("wa2.c", '#include <stdio.h>\nint main(void){int a,b;scanf("%d %d",&a,&b);printf("%d\\n",a+b);}\n')
    _, one, _ = run_json(["test", pkg, src])
    _, two, _ = run_json(["test", pkg, src, "-j", "2"])
    check([t["verdict"] for t in one["tests"]] == [t["verdict"] for t in two["tests"]], "-j 2 gives the same verdicts")


def interrupt_and_check(env, signals):
    before = set(jt.leftover_boxes())
    pkg = package("slow", {str(i): ("", "1\n") for i in range(1, 8)})
    src = source("slow.py", "import time\ntime.sleep(0.5)\nprint(1)\n")
    for sig in signals:
        p = subprocess.Popen([jt.JUDGE, "test", pkg, src], stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL, env=dict(os.environ, **env))
        time.sleep(1.5)
        p.send_signal(sig)
        p.wait(timeout=30)
        time.sleep(0.5)
        left = set(jt.leftover_boxes()) - before
        check(not left, f"{sig.name}: box directories left: {left}")
        alive = subprocess.run(["pgrep", "-f", "slow.py"], capture_output=True, text=True).stdout.split()
        check(not alive, f"{sig.name}: processes left: {alive}")


def test_nothing_left_behind_on_interrupt():
    interrupt_and_check({}, (signal.SIGINT, signal.SIGTERM, signal.SIGKILL))


def test_fallback_without_namespaces():
    """Where namespaces are not available the judge still judges, and still cleans up."""
    env = {"JUDGE_SANDBOX_NO_NAMESPACES": "1"}
    rc, o, _ = run_json(["test", aplusb(), source("fb-ok.py", "a, b = map(int, input().split())\nprint(a + b)\n")], env=env)
    check(o["verdict"] == "AC", f"fallback AC: {o['verdict']}")
    rc, o, _ = run_json(["test", aplusb(), source("fb-sock.c", "#include <sys/socket.h>\nint main(void){return socket(AF_INET,SOCK_STREAM,0)<0;}\n"),
                         "--fail-fast"], env=env)
    check(o["verdict"] == "RE" and "socket" in o["tests"][0]["message"], f"fallback still filters: {o['tests'][0]}")
    rc, out, _ = run(["doctor"], env=env)
    check(rc == 0 and "seccomp+rlimits" in out, f"doctor reports the fallback: {out}")
    interrupt_and_check(env, (signal.SIGINT, signal.SIGTERM))


if __name__ == "__main__":
    jt.main(globals())
