"""test_import.py: problems imported from the browser. `judge import` makes a package from a
saved Competitive Companion payload and `judge listen` from one POSTed to 127.0.0.1; the package
judges a sample-correct solution AC and a wrong one WA. Hostile payloads (huge, endless, wrong
types, path-like ids, a NUL, too many or too large tests) are refused with one line and exit 2
(HTTP 4xx), nothing written in the library or beside it; an existing package is never
replaced; the server listens on the loopback address only."""

import http.client
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import _judgetest as jt  # noqa: E402
from _judgetest import check, run, write  # noqa: E402

# A payload as Competitive Companion sends it for a Codeforces problem.
PAYLOAD = {
    "name": "A. Sum of Two",
    "group": "Codeforces Round 1000 (Div. 2)",
    "url": "https://codeforces.com/problemset/problem/9999/A",
    "interactive": False,
    "memoryLimit": 128,
    "timeLimit": 2000,
    "tests": [
        {"input": "1 2\n", "output": "3\n"},
        {"input": "-5 12\n", "output": "7\n"},
        {"input": "1000000000 1000000000\n", "output": "2000000000\n"},
    ],
    "testType": "single",
    "input": {"type": "stdin"},
    "output": {"type": "stdout"},
    "languages": {"java": {"mainClass": "Main", "taskClass": "ASumOfTwo"}},
    "batch": {"id": "0b6f5a42-8e0c-4a35-9d5e-1c0d7c2f5e10", "size": 1},
}
SLUG = "a-sum-of-two"
AC = "a, b = map(int, input().split())\nprint(a + b)\n"
WA = "a, b = map(int, input().split())\nprint(a * b)\n"


def payload(**changes):
    p = json.loads(json.dumps(PAYLOAD))
    p.update(changes)
    return p


def fresh_library(name):
    """An empty library folder, alone in its own parent (to see that nothing lands beside)."""
    parent = os.path.join(jt.WORK, name)
    shutil.rmtree(parent, ignore_errors=True)
    lib = os.path.join(parent, "problems")
    os.makedirs(lib)
    return lib


def snapshot(lib):
    """Every path in the library and its parent, hidden ones too."""
    parent = os.path.dirname(lib)
    found = set()
    for root, dirs, files in os.walk(parent):
        for n in dirs + files:
            found.add(os.path.relpath(os.path.join(root, n), parent))
    return found


def one_line_error(err, *expected):
    lines = [l for l in err.splitlines() if l.strip()]
    check(len(lines) == 1 and lines[0].startswith("judge: "), f"one error line expected: {err!r}")
    for e in expected:
        check(e in lines[0], f"{e!r} not in {lines[0]!r}")


def save(name, obj):
    data = obj if isinstance(obj, (bytes, str)) else json.dumps(obj)
    return write(os.path.join(jt.WORK, "payloads", name), data)


def judges(lib, pid):
    """A sample-correct solution is AC on the package, a wrong one WA."""
    ac = write(os.path.join(jt.WORK, "sol", "ac.py"), AC)
    wa = write(os.path.join(jt.WORK, "sol", "wa.py"), WA)
    rc, out, err = run(["test", pid, ac, "--problems", lib])
    check(rc == 0, f"the sample-correct solution: {rc} {out} {err}")
    rc, out, err = run(["test", pid, wa, "--problems", lib])
    check(rc == 1 and "WA" in out, f"the wrong solution: {rc} {out} {err}")


# ---- judge import ----

def test_import_makes_a_package_that_judges():
    lib = fresh_library("import")
    rc, out, err = run(["import", save("cf.json", PAYLOAD), "--problems", lib])
    check(rc == 0, f"import: {rc} {out} {err}")
    pkg = os.path.join(lib, SLUG)
    check(out.split() == [SLUG, pkg], f"one line, the id and the path: {out!r}")
    with open(os.path.join(pkg, "problem.json")) as f:
        meta = json.load(f)
    check(meta["title"] == "A. Sum of Two" and meta["time_limit_ms"] == 2000 and
          meta["memory_limit_mb"] == 128 and meta["checker"] == "tokens" and
          meta["source"] == PAYLOAD["url"], f"problem.json: {meta}")
    with open(os.path.join(pkg, "statement.md")) as f:
        md = f.read()
    check(md.startswith("# A. Sum of Two\n") and PAYLOAD["url"] in md and
          "original statement" in md, f"statement.md: {md!r}")
    tests = sorted(os.listdir(os.path.join(pkg, "tests")))
    check(tests == [f"sample-{i}.{e}" for i in (1, 2, 3) for e in ("ans", "in")],
          f"the samples: {tests}")
    with open(os.path.join(pkg, "tests", "sample-2.in")) as f:
        check(f.read() == "-5 12\n", "sample 2's input")
    check(os.path.isdir(os.path.join(pkg, "generator")) and
          os.path.isdir(os.path.join(pkg, "solutions", "accepted")), "folders to fill")
    check(sorted(os.listdir(lib)) == [SLUG], f"nothing else in the library: {os.listdir(lib)}")
    judges(lib, SLUG)
    rc, out, err = run(["problem", SLUG, "--problems", lib])
    check(rc == 0 and "A. Sum of Two" in out and "1 2" in out, f"judge problem: {rc} {err}")


def test_import_from_standard_input_with_an_id():
    lib = fresh_library("import-stdin")
    # A name in another script slugs from its URL; --id names the package anyway.
    rc, out, err = run(["import", "-", "--id", "sum-2", "--problems", lib],
                       stdin=json.dumps(payload(name="두 수의 합")))
    check(rc == 0 and out.split() == ["sum-2", os.path.join(lib, "sum-2")], f"{rc} {out} {err}")
    judges(lib, "sum-2")
    rc, out, err = run(["import", "-", "--problems", lib],
                       stdin=json.dumps(payload(name="두 수의 합",
                                                url="https://www.acmicpc.net/problem/1000")))
    check(rc == 0 and out.split()[0] == "acmicpc-net-problem-1000", f"{rc} {out} {err}")


def test_import_never_replaces_a_package():
    lib = fresh_library("import-twice")
    file = save("cf.json", PAYLOAD)
    rc, _, err = run(["import", file, "--problems", lib])
    check(rc == 0, f"first import: {err}")
    statement = os.path.join(lib, SLUG, "statement.md")
    write(statement, "# Mine\n")
    before = snapshot(lib)
    rc, out, err = run(["import", save("other.json", payload(timeLimit=500)), "--problems", lib])
    check(rc == 2 and out == "", f"second import: {rc} {out} {err}")
    one_line_error(err, SLUG, "exists already")
    with open(statement) as f:
        check(f.read() == "# Mine\n", "the package is untouched")
    check(snapshot(lib) == before, "nothing written")
    # The weekly sets' folder is no problem's id.
    rc, _, err = run(["import", file, "--id", "weeks", "--problems", lib])
    check(rc == 2, f"--id weeks: {rc} {err}")


def hostile_payloads():
    big = "1 " * (3 << 20)
    return [
        ("tests a string", payload(tests="1 2\n3\n"), "tests must be an array"),
        ("a test not an object", payload(tests=["1 2"]), "tests[0]"),
        ("an output a number", payload(tests=[{"input": "1 2\n", "output": 3}]), "tests[0]"),
        ("timeLimit a string", payload(timeLimit="2000"), "timeLimit"),
        ("negative timeLimit", payload(timeLimit=-1000), "timeLimit"),
        ("absurd timeLimit", payload(timeLimit=1e300), "timeLimit"),
        ("zero memoryLimit", payload(memoryLimit=0), "memoryLimit"),
        ("absurd memoryLimit", payload(memoryLimit=10 ** 9), "memoryLimit"),
        ("name a number", payload(name=42), "name"),
        ("no name", {k: v for k, v in PAYLOAD.items() if k != "name"}, "name is missing"),
        ("a NUL in the name", json.dumps(payload(name="x\u0000/../../../tmp/y")), "NUL"),
        ("a raw NUL", b'{"name": "x\x00", "tests": []}', "NUL"),
        ("interactive", payload(interactive=True), "interactor"),
        ("input from a file", payload(input={"type": "file", "fileName": "in.txt"}), "input.type"),
        ("a javascript: url", payload(url="javascript:alert(1)"), "url"),
        ("no tests", payload(tests=[]), "tests is empty"),
        ("100,000 tests", payload(tests=[{"input": "1 1\n", "output": "2\n"}] * 100000),
         "more than 100"),
        ("a test over the bound", payload(tests=[{"input": big + big, "output": "1\n"}]),
         "larger than 4 MiB"),
        ("malformed JSON", '{"name": "x", "tests": [', "malformed JSON"),
        ("an array", "[1, 2]", "JSON object"),
        ("over 16 MiB", payload(tests=[{"input": big, "output": "1\n"}] * 6), "16 MiB"),
    ]


def test_import_refuses_hostile_payloads():
    lib = fresh_library("import-hostile")
    # The control: the payload itself is taken (the library then holds one package).
    rc, _, err = run(["import", save("cf.json", PAYLOAD), "--problems", lib])
    check(rc == 0, f"the valid payload: {rc} {err}")
    before = snapshot(lib)
    for what, body, expected in hostile_payloads():
        rc, out, err = run(["import", save("hostile.json", body), "--problems", lib])
        check(rc == 2 and out == "", f"{what}: {rc} {out!r} {err!r}")
        one_line_error(err, expected)
        check(snapshot(lib) == before, f"{what}: nothing written ({snapshot(lib) - before})")

    # Ids that are paths; a name that looks like one is only a title (its slug the id).
    file = save("other.json", payload(name="Another"))
    for bad in ["../x", "/tmp/x", ".hidden", "a/b", "-x", "X", "a" * 65, ""]:
        rc, out, err = run(["import", file, "--id", bad, "--problems", lib])
        check(rc == 2 and out == "", f"--id {bad!r}: {rc} {out} {err}")
        one_line_error(err, "--id")
    check(snapshot(lib) == before, "no path-like id wrote anything")
    check(not os.path.exists("/tmp/x") or os.path.getmtime("/tmp/x") < time.time() - 60,
          "nothing written at /tmp/x")
    rc, out, err = run(["import", save("path.json", payload(name="../../etc/x")),
                        "--problems", lib])
    check(rc == 0 and out.split() == ["etc-x", os.path.join(lib, "etc-x")], f"{rc} {out} {err}")
    check(snapshot(lib) - before == {"problems/etc-x"} | {
        os.path.join("problems/etc-x", p) for p in
        ["problem.json", "statement.md", "tests", "generator", "solutions", "solutions/accepted"]
        + [f"tests/sample-{i}.{e}" for i in (1, 2, 3) for e in ("in", "ans")]},
        f"only the package: {snapshot(lib) - before}")


def test_import_keeps_a_name_plain_text():
    """A page's name is text in statement.md: no link, image or HTML of it when rendered."""
    lib = fresh_library("import-markdown")
    name = "<img src=x onerror=alert(1)> [a](javascript:x) *b*"
    rc, out, err = run(["import", save("md.json", payload(name=name)), "--id", "md",
                        "--problems", lib])
    check(rc == 0, f"import: {rc} {err}")
    with open(os.path.join(lib, "md", "statement.md")) as f:
        heading = f.readline()
    check(heading == "# \\<img src=x onerror=alert\\(1\\)\\> \\[a\\]\\(javascript:x\\) "
          "\\*b\\*\n", f"escaped: {heading!r}")
    with open(os.path.join(lib, "md", "problem.json")) as f:
        check(json.load(f)["title"] == name, "the title as it was")
    rc, out, err = run(["problem", "md", "--problems", lib])
    check(rc == 0 and name in out, f"shown as written: {out}")


def test_import_reads_a_bounded_amount():
    lib = fresh_library("import-bounds")
    rc, _, err = run(["import", "-", "--problems", lib], stdin=json.dumps(PAYLOAD))
    check(rc == 0, f"the control from standard input: {rc} {err}")
    before = snapshot(lib)
    # An endless standard input is read to the bound, not to its end.
    started = time.monotonic()
    with open("/dev/zero", "rb") as zero:
        p = subprocess.run([jt.JUDGE, "import", "-", "--problems", lib], stdin=zero,
                           capture_output=True, text=True, timeout=60)
    check(p.returncode == 2, f"endless stdin: {p.returncode} {p.stderr}")
    one_line_error(p.stderr, "standard input", "16 MiB")
    # A file that is not one (a device) is refused without reading it.
    rc, _, err = run(["import", "/dev/zero", "--problems", lib])
    check(rc == 2, f"/dev/zero: {rc} {err}")
    one_line_error(err, "/dev/zero")
    check(snapshot(lib) == before, "nothing written")
    check(time.monotonic() - started < 60, "bounded reads end")
    # A library folder that is not there is not made.
    missing = os.path.join(os.path.dirname(lib), "nowhere")
    rc, _, err = run(["import", save("cf.json", PAYLOAD), "--problems", missing])
    check(rc == 2 and not os.path.exists(missing), f"missing library: {rc} {err}")
    one_line_error(err, "nowhere")


# ---- judge listen ----

def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Listener:
    """`judge listen --once` on a free port, waited for by polling with a deadline."""

    def __init__(self, lib, once=True):
        self.port = free_port()
        args = [jt.JUDGE, "listen", "--port", str(self.port), "--problems", lib]
        self.proc = subprocess.Popen(args + (["--once"] if once else []), stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 20
        while True:
            if self.proc.poll() is not None:
                check(False, f"listen ended: {self.proc.communicate()}")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            except OSError:
                check(time.monotonic() < deadline, "listen never opened its port")
                time.sleep(0.05)

    def post(self, body, headers=None):
        """POSTs body; returns (status, reply)."""
        data = body if isinstance(body, bytes) else (
            body.encode() if isinstance(body, str) else json.dumps(body).encode())
        req = urllib.request.Request(f"http://127.0.0.1:{self.port}/", data=data,
                                     headers={"Content-Type": "application/json",
                                              **(headers or {})})
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                return r.status, r.read().decode()
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode()

    def raw(self, method, headers):
        c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        c.putrequest(method, "/", skip_host="Host" in headers)
        for k, v in headers.items():
            c.putheader(k, v)
        c.endheaders()
        r = c.getresponse()
        status, text = r.status, r.read().decode()
        c.close()
        return status, text

    def finish(self):
        try:
            out, err = self.proc.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            out, err = self.proc.communicate()
            check(False, f"listen did not stop: {out} {err}")
        return self.proc.returncode, out, err

    def kill(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.communicate()


def listening_addresses(port):
    """The local addresses of the sockets listening on port (/proc/net/tcp and tcp6)."""
    found = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not os.path.exists(table):
            continue
        with open(table) as f:
            for line in f.readlines()[1:]:
                fields = line.split()
                addr, hexport = fields[1].split(":")
                if int(hexport, 16) == port and fields[3] == "0A":  # LISTEN
                    found.append(addr)
    return found


def other_address():
    """An address of this machine that is not the loopback, or None."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.connect(("192.0.2.1", 9))  # no packet is sent
            addr = s.getsockname()[0]
        return None if addr.startswith("127.") else addr
    except OSError:
        return None


def test_listen_imports_a_posted_payload():
    lib = fresh_library("listen")
    # A package of the first payload's id is there already: refused with 409.
    rc, _, err = run(["import", save("cf.json", PAYLOAD), "--problems", lib])
    check(rc == 0, f"import: {err}")
    listener = Listener(lib)
    try:
        check(listening_addresses(listener.port) == ["0100007F"],
              f"listens on 127.0.0.1 only: {listening_addresses(listener.port)}")
        other = other_address()
        if other:
            try:
                socket.create_connection((other, listener.port), timeout=2).close()
                check(False, f"reachable on {other}")
            except OSError:
                pass
        before = snapshot(lib)
        status, reply = listener.post(PAYLOAD)
        check(status == 409 and "exists already" in reply, f"an existing id: {status} {reply}")
        status, reply = listener.post(payload(tests="1 2"))
        check(status == 400 and "tests must be an array" in reply, f"{status} {reply}")
        status, reply = listener.post(b"{not json")
        check(status == 400 and "malformed JSON" in reply, f"bad JSON: {status} {reply}")
        status, reply = listener.post(payload(name="Evil"), {"Origin": "https://evil.example"})
        check(status == 403, f"a web page's post: {status} {reply}")
        status, reply = listener.post(payload(name="Evil"), {"Host": "evil.example"})
        check(status == 403, f"a rebound name: {status} {reply}")
        status, _ = listener.raw("GET", {})
        check(status == 405, f"GET: {status}")
        status, reply = listener.raw("POST", {"Content-Length": str(2 << 30)})
        check(status == 413, f"2 GiB claimed: {status} {reply}")
        check(snapshot(lib) == before, f"nothing written: {snapshot(lib) - before}")

        # The extension's post (its Origin is the extension's) is imported; --once stops.
        status, reply = listener.post(payload(name="B. Sum Again"),
                                      {"Origin": "moz-extension://8d5b3c1e-0000-4000-8000-1"})
        check(status == 200 and "b-sum-again" in reply, f"the payload: {status} {reply}")
        rc, out, err = listener.finish()
    finally:
        listener.kill()
    check(rc == 0, f"listen --once: {rc} {err}")
    lines = out.splitlines()
    check(lines[0].startswith("listening on http://127.0.0.1:") and
          lines[1:] == [f"b-sum-again {os.path.join(lib, 'b-sum-again')}"], f"stdout: {out!r}")
    check(err.count("refused") == 3, f"one line per refused problem: {err!r}")
    judges(lib, "b-sum-again")


def test_listen_closes_an_oversized_body():
    lib = fresh_library("listen-big")
    listener = Listener(lib)
    try:
        # A chunked body that goes on past 16 MiB: the connection is closed, nothing kept.
        s = socket.create_connection(("127.0.0.1", listener.port), timeout=30)
        s.sendall(b"POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n")
        chunk = b"%x\r\n%s\r\n" % (1 << 20, b"x" * (1 << 20))
        reply = b""
        try:
            for _ in range(20):
                s.sendall(chunk)
            s.sendall(b"0\r\n\r\n")
            reply = s.recv(4096)
        except OSError:
            pass
        s.close()
        check(not reply.startswith(b"HTTP/1.1 200"), f"an oversized body taken: {reply[:80]!r}")
        check(os.listdir(lib) == [], "nothing written")
        # The server goes on: the next payload is imported.
        status, reply = listener.post(PAYLOAD)
        check(status == 200, f"after the oversized body: {status} {reply}")
        rc, out, err = listener.finish()
    finally:
        listener.kill()
    check(rc == 0 and os.listdir(lib) == [SLUG], f"{rc} {out} {err}")


def test_listen_refuses_a_busy_port():
    lib = fresh_library("listen-busy")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen(1)
        port = s.getsockname()[1]
        rc, out, err = run(["listen", "--port", str(port), "--problems", lib], timeout=30)
    check(rc == 2, f"a busy port: {rc} {out} {err}")
    one_line_error(err, f"127.0.0.1:{port}", "in use")


if __name__ == "__main__":
    jt.main(globals())
