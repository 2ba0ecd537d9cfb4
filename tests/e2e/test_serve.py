"""test_serve.py: `judge serve` (docs/api.md), a real server on the loopback driven over HTTP.

Members submit over the API and see what `judge` gives locally on the same data; every
request without a valid token, or reaching past its member's rights, is refused; malformed and
oversized requests are refused with their reason and the server stays up (a bounded fuzz:
under the ASan build, a crash fails it); a public address needs --insecure-public; tokens
never reach the log; kill -9 of the server and its workers mid-judging loses nothing, and
SIGTERM finishes what is being judged. Runs on an SQLite file, and with --postgres (CTest
runs both) on a throwaway PostgreSQL server.
"""

import http.client
import json
import os
import random
import select
import signal
import socket
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "history"))
import _judgetest as jt  # noqa: E402
from _judgetest import check, run, run_json  # noqa: E402
import histfixture as hf  # noqa: E402

WEEKS = [{"id": "week-01", "title": "W1", "starts": "2026-11-02", "ends": "2026-11-08",
          "problems": ["p1"]}]
AC = "a, b = map(int, input().split())\nprint(a + b)\n"
WA = "a, b = map(int, input().split())\nprint(a - b)\n"
# About three seconds of judging: long enough to kill or stop the server in the middle of it.
SLOW = "import time\ntime.sleep(1.5)\na, b = map(int, input().split())\nprint(a + b)\n"
SECRET = "424242 171717\n"  # a hidden test's input: never served


class Group:
    """A library (p1 with a hidden test), a history, members and their tokens."""

    def __init__(self, name, members=("ana", "ben", "cy")):
        self.root = os.path.join(jt.WORK, name)
        self.lib = hf.library(os.path.join(self.root, "lib"), {"p1": ["math"]}, WEEKS)
        hf.write(os.path.join(self.lib, "p1", "tests", "3.in"), SECRET)
        hf.write(os.path.join(self.lib, "p1", "tests", "3.ans"), "595959\n")
        self.db = jt.history_db(os.path.join(self.root, "history.db"))
        self.tokens = {}
        for i, m in enumerate(members):
            self.tokens[m] = self.member("add", m, *(["--admin"] if i == 0 else []))
        self.server = None
        self.log = os.path.join(self.root, "serve.log")

    def env(self, extra=None):
        e = {"JUDGE_DB": self.db, "JUDGE_PROBLEMS": self.lib, "JUDGE_TODAY": "2026-11-03",
             "TZ": "UTC", "XDG_CACHE_HOME": os.path.join(self.root, "cache"),
             "JUDGE_USER": "owner"}
        e.update(extra or {})
        return e

    def member(self, *args):
        rc, out, err = run(["member"] + list(args), env=self.env())
        check(rc == 0, f"member {args}: {rc} {err}")
        return out.splitlines()[-1] if out else ""

    def start(self, *args):
        env = dict(os.environ)
        env.update(self.env())
        self.server = subprocess.Popen(
            [jt.JUDGE, "serve", "--listen", "127.0.0.1:0", "--lease", "3"] + list(args),
            env=env, stdout=subprocess.PIPE, stderr=open(self.log, "a"), text=True,
            start_new_session=True)
        line = self.server.stdout.readline()
        check(line.startswith("judge serve: http://127.0.0.1:"), f"no address: {line!r}")
        self.port = int(line.split("127.0.0.1:")[1].split("/")[0])
        return self.server

    def stop(self):
        if self.server and self.server.poll() is None:
            self.server.send_signal(signal.SIGTERM)
            self.server.wait(timeout=120)
        self.server = None

    def request(self, method, path, body=None, token=None, member=None, headers=None):
        """(status, parsed JSON or None, headers) of one request."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        h = dict(headers or {})
        if member:
            token = self.tokens[member]
        if token:
            h["Authorization"] = f"Bearer {token}"
        data = body if isinstance(body, (bytes, str)) or body is None else json.dumps(body)
        conn.request(method, "/api/v1" + path, body=data, headers=h)
        r = conn.getresponse()
        text = r.read().decode()
        conn.close()
        try:
            o = json.loads(text)
        except ValueError:
            o = None
        return r.status, o, r

    def submit(self, member, text, problem="p1", filename="s.py", **extra):
        body = {"problem": problem, "filename": filename, "source": text}
        body.update(extra)
        status, o, _ = self.request("POST", "/submissions", body, member=member)
        check(status == 201 and o["state"] == "queued", f"{member}: {status} {o}")
        return o["id"]

    def wait_done(self, member, qid, seconds=120):
        deadline = time.time() + seconds
        while time.time() < deadline:
            status, o, _ = self.request("GET", f"/submissions/{qid}", member=member)
            check(status == 200, f"{status} {o}")
            if o["state"] in ("done", "failed"):
                return o
            time.sleep(0.1)
        raise jt.Failure(f"#{qid} not judged after {seconds}s")

    def local_json(self, args):
        rc, o, err = run_json(args, env=self.env())
        check(rc in (0, 1), f"{args}: {rc} {err}")
        return o


def test_members_submit_and_see_what_local_commands_give():
    g = Group("week")
    g.start("--workers", "2")
    try:
        status, o, _ = g.request("GET", "/me", member="ben")
        check(status == 200 and o == {"name": "ben", "admin": False}, f"{status} {o}")
        ids = {"ana": g.submit("ana", AC), "ben": g.submit("ben", WA),
               "cy": g.submit("cy", AC, language="python", filename=None)}
        results = {m: g.wait_done(m, q)["result"] for m, q in ids.items()}
        check(results["ana"]["verdict"] == "AC" and results["ben"]["verdict"] == "WA" and
              results["cy"]["verdict"] == "AC", f"{results}")
        check(all(r["week"] == "week-01" and r["user"] == m for m, r in results.items()),
              f"{results}")
        # The same file judged by `judge test` here: the same verdict on every test.
        src = hf.write(os.path.join(g.root, "ben.py"), WA)
        local = g.local_json(["test", "p1", src, "--json"])
        check([(t["name"], t["verdict"]) for t in local["tests"]] ==
              [(t["name"], t["verdict"]) for t in results["ben"]["tests"]],
              f"{local['tests']} {results['ben']['tests']}")
        # Each member's history is theirs; the list is what `judge history` gives.
        for m in ids:
            status, o, _ = g.request("GET", "/history", member=m)
            check(status == 200 and [s["user"] for s in o["submissions"]] == [m], f"{m}: {o}")
            local = g.local_json(["history", "--user", m, "--json"])
            check(o["submissions"] == local, f"{m}: {o['submissions']} != {local}")
        status, o, _ = g.request("GET", "/history?all=1&verdict=AC", member="ben")
        check(status == 200 and sorted(s["user"] for s in o["submissions"]) == ["ana", "cy"],
              f"{o}")
        # The problem: its statement and samples, never a hidden test.
        status, o, _ = g.request("GET", "/problems/p1", member="cy")
        check(status == 200 and o["id"] == "p1" and
              [s["name"] for s in o["samples"]] == ["sample-1"], f"{status} {o}")
        # As judge problem shows it, with the statement rendered for a page besides.
        check(o.pop("statement_html") == "<h1>p1</h1>\n", f"{o}")
        check(o == g.local_json(["problem", "p1", "--json"]), "judge problem p1 --json")
        status, listing, _ = g.request("GET", "/problems", member="cy")
        check(status == 200 and [p["id"] for p in listing["problems"]] == ["p1"], f"{listing}")
        check(listing["problems"][0]["state"] == "solved", f"{listing}")
        for body in (json.dumps(o), json.dumps(listing), json.dumps(results)):
            check("424242" not in body, "a hidden test's input was served")
        # ana's note, written over the API, in the meeting's agenda.
        status, o, _ = g.request("PUT", "/notes/p1", "two numbers, one sum", member="ana")
        check(status == 200 and o["ok"], f"{status} {o}")
        status, o, _ = g.request("GET", "/notes/p1", member="ana")
        check(status == 200 and o["text"] == "two numbers, one sum", f"{status} {o}")
        # The views are what each member's local command gives, JSON and text alike.
        for m in ids:
            for path, args in (("/weeks", ["week", "list"]),
                               ("/weeks/week-01", ["week", "show", "week-01"]),
                               ("/weeks/week-01/board", ["week", "board", "week-01"]),
                               ("/weeks/week-01/board?style=icpc",
                                ["week", "board", "week-01", "--style", "icpc"]),
                               ("/weeks/week-01/meeting", ["week", "meeting", "week-01"]),
                               ("/stats", ["stats"]), ("/review", ["review"]),
                               ("/compare/p1", ["compare", "p1"]),
                               ("/mistakes", ["mistake", "--list"])):
                status, o, _ = g.request("GET", path, member=m)
                rc, local, err = run_json(args, env=g.env({"JUDGE_USER": m}))
                check(status == 200 and o == local, f"{m} {path}: {status} {o} != {local} {err}")
                sep = "&" if "?" in path else "?"
                status, o, _ = g.request("GET", path + sep + "format=cli", member=m)
                rc, out, err = run(args, env=g.env({"JUDGE_USER": m}))
                check(status == 200 and (o["exit"], o["stdout"], o["stderr"]) == (rc, out, err),
                      f"{m} {path} as text: {o} != {(rc, out, err)}")
        # ben has not solved p1: ana's source is not in his comparison.
        status, o, _ = g.request("GET", "/compare/p1?format=cli", member="ben")
        check(AC.splitlines()[1] not in o["stdout"] and "a + b" not in o["stdout"],
              f"ben sees: {o['stdout']}")
        status, o, _ = g.request("GET", "/weeks/nope/board", member="ana")
        check(status == 404 and "nope" in o["error"], f"{status} {o}")
        status, o, _ = g.request("GET", "/weeks/week-01/board?style=x%20--db", member="ana")
        check(status == 400, f"{status} {o}")
    finally:
        g.stop()
    log = open(g.log).read()
    check(all(t not in log for t in g.tokens.values()), "a token reached the log")
    check("POST /api/v1/submissions 201 ana" in log, f"the log: {log[-500:]}")


def test_authorization_matrix():
    g = Group("authz")
    g.start()
    try:
        # No token, a malformed header, a token that is none (ana's with its last digit
        # changed: never her own, whatever it ends with).
        near = g.tokens["ana"][:-1] + ("1" if g.tokens["ana"].endswith("0") else "0")
        for h in ({}, {"Authorization": "Basic YW5hOng="}, {"Authorization": "Bearer jt_0"},
                  {"Authorization": "Bearer " + near}):
            status, o, r = g.request("GET", "/me", headers=h)
            check(status == 401 and r.getheader("WWW-Authenticate") and o["error"], f"{h}: {status}")
        # A revoked token, a rotated one: refused from the next request on.
        g.member("revoke", "cy")
        status, _, _ = g.request("GET", "/me", member="cy")
        check(status == 401, f"revoked: {status}")
        old = g.tokens["ben"]
        g.tokens["ben"] = g.member("rotate", "ben")
        status, _, _ = g.request("GET", "/me", token=old)
        check(status == 401, f"rotated: {status}")
        status, o, _ = g.request("GET", "/me", member="ben")
        check(status == 200 and o["name"] == "ben", f"{status} {o}")
        # Submitting as another member.
        status, o, _ = g.request("POST", "/submissions",
                                 {"problem": "p1", "filename": "s.py", "source": AC,
                                  "user": "ana"}, member="ben")
        check(status == 403 and "another member" in o["error"], f"{status} {o}")
        # Only an admin lists the members.
        status, o, _ = g.request("GET", "/members", member="ben")
        check(status == 403, f"{status} {o}")
        status, o, _ = g.request("GET", "/members", member="ana")
        check(status == 200 and [m["name"] for m in o["members"]] == ["ana", "ben", "cy"] and
              o["members"][2]["revoked"] and "token" not in json.dumps(o), f"{o}")
        # A's source before B solved the problem (the week runs to 2026-11-08): hidden.
        qa = g.submit("ana", AC)
        ra = g.wait_done("ana", qa)["result"]
        check(ra["source"] == AC, "her own source")
        status, o, _ = g.request("GET", f"/history/{ra['id']}", member="ben")
        check(status == 200 and o["source"] is None and "once you have solved" in
              o["source_hidden"], f"{status} {o}")
        status, o, _ = g.request("GET", f"/submissions/{qa}", member="ben")
        check(status == 404, f"another member's queue entry: {status}")
        # Once ben solved it, shown.
        g.wait_done("ben", g.submit("ben", AC))
        status, o, _ = g.request("GET", f"/history/{ra['id']}", member="ben")
        check(status == 200 and o["source"] == AC, f"{status} {o}")
    finally:
        g.stop()


def test_bad_requests_refused_with_their_reason():
    g = Group("bad", members=("ana",))
    g.start("--submit-rate", "4", "--workers", "0")
    try:
        cases = [
            ("POST", "/submissions", "{not json", 400, "not valid JSON"),
            ("POST", "/submissions", '{"problem": "p1"} trailing', 400, "not valid JSON"),
            ("POST", "/submissions", "[1, 2]", 400, "JSON object"),
        ]
        for method, path, body, code, why in cases:
            status, o, _ = g.request(method, path, body, member="ana")
            check(status == code and why in o["error"], f"{body!r}: {status} {o}")
        # Those three counted against the rate: one submission more, then 429.
        status, o, _ = g.request("POST", "/submissions", {"problem": "p1", "source": AC,
                                                           "filename": "a/b.py"}, member="ana")
        check(status == 400 and "base name" in o["error"], f"{status} {o}")
        status, o, r = g.request("POST", "/submissions", {"problem": "p1", "source": AC,
                                                           "filename": "s.py"}, member="ana")
        check(status == 429 and 0 < int(r.getheader("Retry-After")) <= 60, f"{status} {o}")
    finally:
        g.stop()
    g.start("--workers", "0")
    try:
        for body, code, why in (
                ({"problem": "../lib", "source": AC, "filename": "s.py"}, 404, "no problem"),
                ({"problem": "nope", "source": AC, "filename": "s.py"}, 404, "no problem"),
                ({"problem": "p1", "source": AC, "language": "cobol"}, 400, "unknown language"),
                ({"problem": "p1", "source": AC, "filename": "s.xyz"}, 400, "language"),
                ({"problem": "p1", "source": 5, "filename": "s.py"}, 400, "string"),
                ({"problem": "p1", "source": "x" * (1 << 20 | 1), "filename": "s.py"}, 413,
                 "larger")):
            status, o, _ = g.request("POST", "/submissions", body, member="ana")
            check(status == code and why in o["error"], f"{str(body)[:80]}: {status} {o}")
        for method, path, code in (("GET", "/nothing", 404), ("DELETE", "/me", 405),
                                   ("GET", "/submissions", 405), ("GET", "/history/x", 404),
                                   ("GET", "/problems/..", 404), ("GET", "/history?limit=0", 400),
                                   ("GET", "/history?verdict=XX", 400)):
            status, o, r = g.request(method, path, member="ana")
            check(status == code and o["error"], f"{method} {path}: {status} {o}")
            if code == 405:
                check(r.getheader("Allow"), "405 says what is allowed")
        # A body announced larger than the bound: refused before it is sent.
        s = socket.create_connection(("127.0.0.1", g.port), timeout=30)
        s.sendall(b"POST /api/v1/submissions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                  b"Content-Length: 900000000\r\n\r\n")
        reply = s.recv(4096).decode(errors="replace")
        s.close()
        check(reply.startswith("HTTP/1.1 413"), f"{reply[:100]!r}")
        # Headers beyond the bound.
        status, reply = raw(g.port, b"GET /api/v1/me HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " +
                            b"a" * 40000 + b"\r\n\r\n")
        check(status in (400, 413, 414, 431, None), f"{status} {reply[:100]!r}")
        # Slow clients: connections that send nothing, or half a request, hold no one up.
        idle = [socket.create_connection(("127.0.0.1", g.port)) for _ in range(40)]
        for i, s in enumerate(idle[:20]):
            s.sendall(b"GET /api/v1/me HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        status, o, _ = g.request("GET", "/me", member="ana")
        check(status == 200, f"beside 40 idle connections: {status} {o}")
        for s in idle:
            s.close()
        # Bodies of the largest size, announced and trickled by a client nobody knows yet: the
        # server holds at most 256 MiB of bodies at once (32 of them), the next is told to wait.
        big = [socket.create_connection(("127.0.0.1", g.port), timeout=60) for _ in range(33)]
        for s in big:
            s.sendall(b"POST /api/v1/cli HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                      b"Content-Type: application/json\r\nContent-Length: 8388608\r\n\r\n{")
        ready, _, _ = select.select(big, [], [], 60)
        replies = [s.recv(4096).decode(errors="replace") for s in ready]
        check(len(replies) == 1 and replies[0].startswith("HTTP/1.1 503")
              and "Retry-After: 5" in replies[0] and "request bodies" in replies[0],
              f"the 33rd body of 8 MiB: {replies!r}")
        for s in big:
            s.close()
        deadline = time.monotonic() + 60
        while True:  # the room comes back as the server sees the connections closed
            status, o, _ = g.request("PUT", "/notes/p1", "room again", member="ana")
            if status != 503 or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        check(status == 404 and "submit first" in o["error"],  # read, and answered
              f"a body once those were closed: {status} {o}")
        # A Host that is not the loopback (DNS rebinding), on a loopback server.
        status, o, _ = g.request("GET", "/me", member="ana", headers={"Host": "evil.example"})
        check(status == 403, f"{status}")
        status, o, _ = g.request("GET", "/health")
        check(status == 200 and o == {"ok": True}, f"{status} {o}")
    finally:
        g.stop()


def raw(port, data, timeout=10):
    """Sends data; (status or None when the connection was closed, reply)."""
    s = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    try:
        s.sendall(data)
        reply = b""
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            reply += chunk
            if b"\r\n\r\n" in reply:
                break
    except (ConnectionResetError, BrokenPipeError, socket.timeout):
        reply = b""
    finally:
        s.close()
    text = reply.decode(errors="replace")
    if text.startswith("HTTP/1."):
        return int(text.split()[1]), text
    return None, text


def test_fuzzed_requests_never_crash_it():
    """Random bodies and headers for a bounded time; the server answers each or closes, and
    is up and right afterwards (under the ASan build a crash is a failure)."""
    g = Group("fuzz", members=("ana",))
    g.start("--workers", "0", "--submit-rate", "100000")
    rnd = random.Random(20261201)
    token = g.tokens["ana"].encode()
    bodies = [b'{"problem": "p1", "source": "x", "filename": "s.py"}', b"{}", b"[]", b"null",
              b'{"problem": {"a": [1, 2, {"b": null}]}}', b'"\\ud800"', b"{" * 5000,
              b'{"problem": "p1", "source": "\\u0000", "language": "python"}']
    paths = [b"/api/v1/submissions", b"/api/v1/me", b"/api/v1/history?limit=1&verdict=AC",
             b"/api/v1/problems/p1", b"/api/v1/history/1", b"/api/v1/submissions/99999999999999",
             b"/api/v1/%00", b"/api/v1/problems/%2e%2e%2f%2e%2e", b"/" + b"a" * 3000]
    try:
        deadline = time.time() + 20
        n = 0
        while time.time() < deadline:
            n += 1
            body = bytearray(rnd.choice(bodies))
            for _ in range(rnd.randrange(4)):
                if body:
                    body[rnd.randrange(len(body))] = rnd.randrange(256)
            method = rnd.choice([b"GET", b"POST", b"PUT", b"\x00\xff", b"POST"])
            headers = [b"Host: 127.0.0.1"]
            if rnd.random() < 0.8:
                headers.append(b"Authorization: Bearer " + (token if rnd.random() < 0.7 else
                                                            bytes(rnd.randrange(256) for _ in range(rnd.randrange(80)))))
            if rnd.random() < 0.2:
                headers.append(b"Content-Length: " + str(rnd.choice([-1, 0, 10 ** 20, len(body) + 5])).encode())
            elif rnd.random() < 0.2:
                headers.append(b"Transfer-Encoding: chunked")
                body = b"%x\r\n" % len(body) + bytes(body) + b"\r\n0\r\n\r\n"
            else:
                headers.append(b"Content-Length: %d" % len(body))
            if rnd.random() < 0.1:
                headers.append(bytes(rnd.randrange(1, 256) for _ in range(rnd.randrange(200))))
            req = (method + b" " + rnd.choice(paths) + b" HTTP/1.1\r\n" + b"\r\n".join(headers) +
                   b"\r\n\r\n" + bytes(body))
            raw(g.port, req, timeout=5)
            check(g.server.poll() is None, f"the server died after request {n}: {req[:200]!r}")
        status, o, _ = g.request("GET", "/me", member="ana")
        check(status == 200 and o["name"] == "ana", f"after {n} requests: {status} {o}")
    finally:
        g.stop()
    check(g.server is None, "stopped")


def test_public_address_needs_insecure_public():
    g = Group("public", members=("ana",))
    env = g.env()
    for args, why in ((["--listen", "0.0.0.0:0"], "not the loopback"),
                      (["--listen", "nonsense"], "ADDR:PORT"),
                      (["--listen", "127.0.0.1:99999"], "port"),
                      (["--listen", "example.com:80"], "numeric")):
        rc, out, err = run(["serve"] + args, env=env, timeout=30)
        check(rc == 2 and why in err and len(err.strip().splitlines()) == 1, f"{args}: {rc} {err}")
    # The port taken by another program.
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(1)
    rc, out, err = run(["serve", "--listen", f"127.0.0.1:{s.getsockname()[1]}"], env=env,
                       timeout=30)
    s.close()
    check(rc == 2 and "in use" in err, f"{rc} {err}")


def test_kill9_mid_judging_loses_nothing():
    """The server and its workers killed -9 while judging; started again, everything accepted
    is judged, each once."""
    g = Group("kill", members=("ana", "ben"))
    g.start("--workers", "2")
    ids = [g.submit(m, SLOW) for m in ("ana", "ben", "ana", "ben", "ana", "ben")]
    deadline = time.time() + 60
    while time.time() < deadline:
        states = [g.request("GET", f"/submissions/{q}", member=m)[1]["state"]
                  for q, m in zip(ids, ["ana", "ben"] * 3)]
        if "judging" in states:
            break
        time.sleep(0.05)
    check("judging" in states, f"nothing judging: {states}")
    os.killpg(g.server.pid, signal.SIGKILL)
    g.server.wait()
    g.server = None
    g.start("--workers", "2")
    try:
        results = [g.wait_done(m, q, seconds=180) for q, m in zip(ids, ["ana", "ben"] * 3)]
    finally:
        g.stop()
    check(all(r["state"] == "done" and r["result"]["verdict"] == "AC" for r in results),
          f"{results}")
    sids = [r["submission"] for r in results]
    check(len(set(sids)) == 6, f"one submission each: {sids}")
    rc, o, err = run_json(["history", "--all", "--json"], env=g.env())
    check(rc == 0 and len(o) == 6, f"6 recorded, no more: {len(o)} {err}")
    check(max(r["attempts"] for r in results) >= 2, "what was being judged was judged again")


def test_sigterm_finishes_what_is_being_judged():
    g = Group("term", members=("ana",))
    g.start()
    q = g.submit("ana", SLOW)
    deadline = time.time() + 60
    while g.request("GET", f"/submissions/{q}", member="ana")[1]["state"] != "judging":
        check(time.time() < deadline, "never judged")
        time.sleep(0.05)
    g.server.send_signal(signal.SIGTERM)
    check(g.server.wait(timeout=120) == 0, "exit 0")
    g.server = None
    rc, o, err = run_json(["queue", str(q), "--json"], env=g.env())
    check(rc == 0 and o["state"] == "done" and o["attempts"] == 1, f"{o} {err}")


def test_cli_pointed_at_the_server():
    """judge login, then the commands run on the server as the member: the same output and
    exit status as the same command run on the server's machine."""
    g = Group("cli")
    g.start()
    url = f"http://127.0.0.1:{g.port}"
    home = os.path.join(g.root, "laptop")
    os.makedirs(home)
    # A member's laptop: no history, no library of its own.
    laptop = {"XDG_CONFIG_HOME": os.path.join(home, "config"), "JUDGE_DB": "",
              "JUDGE_PROBLEMS": os.path.join(home, "none"), "JUDGE_USER": "someone-else",
              "XDG_DATA_HOME": os.path.join(home, "data"), "JUDGE_SERVER": None}
    try:
        rc, out, err = run(["login", url], stdin=g.tokens["ben"] + "\n", env=laptop)
        check(rc == 0 and "as ben" in out, f"{rc} {out} {err}")
        login = os.path.join(home, "config", "judge", "server.json")
        check(os.stat(login).st_mode & 0o777 == 0o600, "the login is the member's only")
        rc, out, err = run(["login", url], stdin="jt_" + "0" * 64 + "\n", env=laptop)
        check(rc == 2 and "refused the token" in err, f"{rc} {err}")
        check(json.load(open(login))["token"] == g.tokens["ben"], "a refused login kept nothing")
        src = hf.write(os.path.join(home, "mine.py"), WA)
        rc, out, err = run(["submit", "p1", src], env=laptop)
        check(rc == 1 and ("Wrong" in out or "WA" in out), f"{rc} {out} {err}")
        src = hf.write(os.path.join(home, "mine.py"), AC)
        rc, out, err = run(["submit", "p1", src], env=laptop)
        check(rc == 0 and "ben" in out, f"{rc} {out} {err}")
        rc, out, err = run(["submit", "p1", src, "--no-wait", "--json"], env=laptop)
        check(rc == 0 and json.loads(out)["state"] == "queued", f"{rc} {out} {err}")
        g.wait_done("ben", json.loads(out)["id"])
        # The same commands, there and here, say the same.
        for args in (["history"], ["history", "--json"], ["history", "--verdict", "AC"],
                     ["show", "1"], ["week", "board", "week-01"], ["week", "meeting"],
                     ["stats"], ["review", "--json"], ["compare", "p1"], ["week", "show"],
                     ["show", "999"], ["week", "board", "nope"]):
            there = run(args, env=laptop)
            here = run(args, env=g.env({"JUDGE_USER": "ben"}))
            check(there == here, f"{args}: {there} != {here}")
        # For one command: --server, or JUDGE_SERVER with JUDGE_TOKEN; JUDGE_SERVER= is here.
        elsewhere = dict(laptop, XDG_CONFIG_HOME=os.path.join(home, "nologin"))
        rc, out, err = run(["history", "--json", "--server", url], env=dict(
            elsewhere, JUDGE_TOKEN=g.tokens["cy"]))
        check(rc == 0 and json.loads(out) == [], f"cy has none: {rc} {out} {err}")
        rc, out, err = run(["stats", "--json"], env=dict(elsewhere, JUDGE_SERVER=url,
                                                        JUDGE_TOKEN=g.tokens["ana"]))
        check(rc == 0 and json.loads(out)["user"] == "ana", f"{rc} {out} {err}")
        rc, out, err = run(["history"], env=dict(laptop, JUDGE_SERVER=""))
        check(rc == 0 and "no submissions" in out, f"here: {rc} {out} {err}")
        # A note from a file of the laptop, then shown.
        note = hf.write(os.path.join(home, "note.md"), "sum them")
        rc, out, err = run(["note", "p1", "--file", note], env=laptop)
        check(rc == 0, f"{rc} {out} {err}")
        rc, out, err = run(["note", "p1", "--show"], env=laptop)
        check(rc == 0 and "sum them" in out, f"{rc} {out} {err}")
        # week run: each solution of a folder sent, followed, then the board.
        folder = os.path.join(home, "week-01")
        hf.write(os.path.join(folder, "p1.py"), AC)
        hf.write(os.path.join(folder, "notes.txt"), "ideas")
        rc, out, err = run(["week", "run", "week-01", "--dir", folder], env=laptop)
        check(rc == 0 and "p1.py" in out and " AC " in out and "recorded as #" in out and
              "notes.txt" in out and "not judged" in out and "rank" in out, f"{rc} {out} {err}")
        rc, out, err = run(["week", "run", "--dir", folder, "--json"], env=laptop)
        o = json.loads(out)
        check(rc == 0 and o["week"] == "week-01" and
              [(x["problem"], x["verdict"]) for x in o["results"]] == [("p1", "AC")] and
              o["unmatched"][0]["file"] == "notes.txt" and o["board"]["style"] == "group",
              f"{rc} {out} {err}")
        hf.write(os.path.join(folder, "p1.py"), WA)
        rc, out, err = run(["week", "run", "--dir", folder], env=laptop)
        check(rc == 1 and " WA " in out, f"a wrong one is exit 1: {rc} {out} {err}")
        os.remove(os.path.join(folder, "p1.py"))
        rc, out, err = run(["week", "run", "--dir", folder], env=laptop)
        check(rc == 1 and "nothing judged" in out, f"{rc} {out} {err}")
        # What the server does not run, and options that would reach its files or send.
        for args in (["week", "run", "--dir", home, "-j", "2"], ["history", "--db", "/etc/passwd"],
                     ["history", "--db=/etc/passwd"], ["history", "--d", "x"],
                     ["week", "report", "--webhook", "http://127.0.0.1:1/"],
                     ["week", "meeting", "--confirm"], ["submit", "p1", src, "--time-limit", "9"],
                     ["test", "p1", src, "--server", url]):
            rc, out, err = run(args, env=laptop)
            check(rc == 2 and err.strip(), f"{args}: {rc} {out} {err}")
        for args in (["note", "p1", "--file", "/etc/passwd"], ["note", "p1", "--file=/etc/hosts"],
                     ["show", "1", "--user", "ana"], ["stats", "--problems", "/"]):
            status, o, _ = g.request("POST", "/cli", {"args": args}, member="ben")
            check(status == 403, f"{args}: {status} {o}")
        # A revoked member's laptop is refused; a server that is not there is exit 3.
        g.member("revoke", "ben")
        rc, out, err = run(["history"], env=laptop)
        check(rc == 2 and "refused the token" in err, f"{rc} {err}")
    finally:
        g.stop()
    rc, out, err = run(["history"], env=laptop)
    check(rc == 3 and "cannot reach" in err, f"{rc} {err}")


def doc_examples(path):
    """The examples of a page: (command, expected output) from its ```console blocks."""
    examples, block, cmd, out = [], False, None, []
    for line in open(path).read().splitlines():
        if line.startswith("```"):
            if block and cmd is not None:
                examples.append((cmd, "\n".join(out)))
            block, cmd, out = line == "```console", None, []
        elif block and line.startswith("$ "):
            if cmd is not None:
                examples.append((cmd, "\n".join(out)))
            cmd, out = line[2:], []
        elif block:
            out.append(line)
    return examples


def shape_matches(expected, actual):
    """Whether actual is what expected shows: its keys (others may be there too), "*" for any
    value or a part of a string, "..." ending a list for any further items."""
    if isinstance(expected, dict):
        return isinstance(actual, dict) and all(
            k in actual and shape_matches(v, actual[k]) for k, v in expected.items())
    if isinstance(expected, list):
        if expected and expected[-1] == "...":
            return (isinstance(actual, list) and len(actual) >= len(expected) - 1 and
                    all(shape_matches(e, a) for e, a in zip(expected[:-1], actual)))
        return (isinstance(actual, list) and len(actual) == len(expected) and
                all(shape_matches(e, a) for e, a in zip(expected, actual)))
    if isinstance(expected, str) and "*" in expected:
        import fnmatch
        return isinstance(actual, str) and fnmatch.fnmatchcase(actual, expected)
    return expected == actual and type(expected) is type(actual)


def test_api_doc_examples():
    """docs/api.md is the contract: each of its examples, run in order against a server on
    the bundled library, answers what the page shows."""
    root = os.path.join(jt.WORK, "doc")
    os.makedirs(root)
    db = jt.history_db(os.path.join(root, "history.db"))
    g = Group.__new__(Group)
    g.root, g.lib, g.db, g.server = root, os.path.join(jt.ROOT, "problems"), db, None
    g.log = os.path.join(root, "serve.log")
    g.tokens = {}
    g.tokens["ana"] = g.member("add", "ana", "--admin")
    g.tokens["ben"] = g.member("add", "ben")
    examples = doc_examples(os.path.join(jt.ROOT, "docs", "api.md"))
    check(len(examples) >= 15, f"the page's examples: {len(examples)}")
    g.start()
    env = dict(os.environ, URL=f"http://127.0.0.1:{g.port}", ANA=g.tokens["ana"],
               BEN=g.tokens["ben"])
    try:
        for cmd, expected in examples:
            p = subprocess.run(["bash", "-c", "set -o pipefail; " + cmd], capture_output=True,
                               text=True, env=env, timeout=120)
            check(p.returncode == 0, f"{cmd}: exit {p.returncode} {p.stderr}")
            got = p.stdout.strip()
            if expected.strip()[:1] in ("{", "["):
                ok = shape_matches(json.loads(expected), json.loads(got))
            else:
                ok = got == expected.strip()
            check(ok, f"{cmd}\n  the page shows: {expected}\n  the server said: {got}")
    finally:
        g.stop()


def test_burst_with_the_server_killed():
    """8 clients sending 5 submissions each; the server and its workers killed -9 in the middle
    and started again while the clients keep going: every submission answered 201 is judged,
    once, and nothing is judged that was not queued."""
    import threading
    members = tuple(f"m{i}" for i in range(8))
    g = Group("burst", members=members)
    g.start("--workers", "2", "--submit-rate", "1000")
    accepted, lock = [], threading.Lock()

    def client(m):
        for k in range(5):
            body = {"problem": "p1", "filename": "s.py", "source": f"# {m} {k}\n" + AC}
            for _ in range(600):
                try:
                    status, o, _ = g.request("POST", "/submissions", body, member=m)
                except (OSError, http.client.HTTPException):
                    time.sleep(0.1)  # the server is down: again, as a client would
                    continue
                if status == 201:
                    with lock:
                        accepted.append((m, o["id"]))
                    break
                time.sleep(0.1)

    threads = [threading.Thread(target=client, args=(m,)) for m in members]
    for t in threads:
        t.start()
    deadline = time.time() + 60
    while len(accepted) < 12 and time.time() < deadline:
        time.sleep(0.02)
    os.killpg(g.server.pid, signal.SIGKILL)
    g.server.wait()
    time.sleep(0.5)
    g.start("--workers", "2", "--submit-rate", "1000")
    try:
        for t in threads:
            t.join(timeout=300)
        check(len(accepted) == 40, f"accepted {len(accepted)} of 40")
        results = [g.wait_done(m, q, seconds=300) for m, q in accepted]
    finally:
        g.stop()
    check(all(r["state"] == "done" and r["result"]["verdict"] == "AC" for r in results),
          f"{[r for r in results if r['state'] != 'done'][:3]}")
    rc, queue, err = run_json(["queue", "--limit", "1000", "--json"], env=g.env())
    rc2, history, err2 = run_json(["history", "--all", "--json"], env=g.env())
    check(rc == 0 and rc2 == 0, f"{err} {err2}")
    check(all(q["state"] == "done" for q in queue), "every queued submission judged")
    check(len(history) == len(queue) >= 40, f"{len(history)} recorded for {len(queue)} queued")
    check(len({q["submission"] for q in queue}) == len(queue), "each once")


def test_admins_publish_problems_and_weeks():
    """An admin's laptop publishes a new problem and a weekly set into the server's library
    (judge problems push, judge week push); members then solve it; other members may not
    publish; a package that does not load replaces nothing."""
    g = Group("publish")
    g.start()
    url = f"http://127.0.0.1:{g.port}"
    laptop = {"XDG_CONFIG_HOME": os.path.join(g.root, "ana-config"), "JUDGE_SERVER": url,
              "JUDGE_DB": "", "XDG_DATA_HOME": os.path.join(g.root, "ana-data")}
    ana = dict(laptop, JUDGE_TOKEN=g.tokens["ana"])
    ben = dict(laptop, JUDGE_TOKEN=g.tokens["ben"])
    mine = hf.library(os.path.join(g.root, "ana-lib"), {"p2": ["greedy"]}, [])
    hf.write(os.path.join(mine, "p2", "tests", "big.in"), "1 1\n" + "x" * 300000)
    hf.write(os.path.join(mine, "p2", "tests", "big.ans"), "2\n")
    week = hf.write(os.path.join(g.root, "week-02.json"), json.dumps(
        {"id": "week-02", "title": "W2", "starts": "2026-11-09", "ends": "2026-11-15",
         "problems": ["p1", "p2"]}))
    try:
        # Members who are not admins publish nothing.
        rc, out, err = run(["problems", "push", os.path.join(mine, "p2")], env=ben)
        check(rc == 2 and "only an admin" in err, f"{rc} {err}")
        rc, out, err = run(["week", "push", week], env=ben)
        check(rc == 2 and "only an admin" in err, f"{rc} {err}")
        for method, path, body in (("POST", "/packages", {"problem": "p2", "sha256": "0" * 64,
                                                          "manifest": "[]"}),
                                   ("PUT", "/blobs/" + "0" * 64, "x"),
                                   ("PUT", "/weeks/week-02", open(week).read())):
            status, o, _ = g.request(method, path, body, member="ben")
            check(status == 403, f"{method} {path}: {status} {o}")
        check(not os.path.exists(os.path.join(g.lib, "p2")), "nothing published")
        # The week needs its problems in the library first.
        rc, out, err = run(["week", "push", week], env=ana)
        check(rc == 2 and "p2" in err, f"{rc} {err}")
        rc, out, err = run(["problems", "push", os.path.join(mine, "p2")], env=ana)
        check(rc == 0 and "p2: published" in out and "files sent" in out, f"{rc} {out} {err}")
        rc, out, err = run(["problems", "push", os.path.join(mine, "p2")], env=ana)
        check(rc == 0 and "(0 files sent)" in out, f"again, nothing to send: {out} {err}")
        rc, out, err = run(["week", "push", week], env=ana)
        check(rc == 0 and "week-02: published" in out, f"{rc} {out} {err}")
        check(json.load(open(os.path.join(g.lib, "weeks", "week-02.json")))["problems"] ==
              ["p1", "p2"], "the set is in the library")
        rc, out, err = run(["problems", "--json"], env=ben)
        check(rc == 0 and [p["id"] for p in json.loads(out)["problems"]] == ["p1", "p2"],
              f"{rc} {out} {err}")
        q = g.submit("ben", AC, problem="p2")
        r = g.wait_done("ben", q)["result"]
        check(r["verdict"] == "AC" and r["total"] == 3, f"{r}")
        # A package that does not load: refused, p2 as it was.
        broken = os.path.join(g.root, "broken", "p2")
        os.makedirs(broken)
        hf.write(os.path.join(broken, "problem.json"), "{not json")
        rc, out, err = run(["problems", "push", broken], env=ana)
        check(rc == 2 and "problem.json" in err, f"{rc} {out} {err}")
        check(os.path.exists(os.path.join(g.lib, "p2", "tests", "big.in")), "p2 kept")
        check(not [n for n in os.listdir(g.lib) if n.startswith(".push")], "nothing left")
        # A file whose bytes are not its hash; a manifest whose paths leave the package.
        status, o, _ = g.request("PUT", "/blobs/" + "1" * 64, "data", member="ana")
        check(status == 400 and "SHA-256" in o["error"], f"{status} {o}")
        evil = json.dumps([{"path": "../../etc/x", "sha256": "0" * 64, "size": 1,
                            "exec": False}], separators=(",", ":"))
        import hashlib
        status, o, _ = g.request("POST", "/packages", {
            "problem": "p3", "manifest": evil,
            "sha256": hashlib.sha256(evil.encode()).hexdigest()}, member="ana")
        check(status == 400, f"{status} {o}")
        status, o, _ = g.request("POST", "/packages", {"problem": "../p3", "manifest": "[]",
                                                       "sha256": "0" * 64}, member="ana")
        check(status == 400, f"{status} {o}")
        # Admins manage the members from their laptop, with the output of the command.
        rc, out, err = run(["member", "add", "dee"], env=ben)
        check(rc == 2 and "only an admin" in err, f"{rc} {err}")
        status, o, _ = g.request("POST", "/members", {"name": "eve"}, member="ben")
        check(status == 403, f"{status} {o}")
        rc, out, err = run(["member", "add", "dee"], env=ana)
        dee = out.splitlines()[-1] if out else ""
        check(rc == 0 and dee.startswith("jt_"), f"{rc} {out} {err}")
        status, o, _ = g.request("GET", "/me", token=dee)
        check(status == 200 and o["name"] == "dee", f"{status} {o}")
        status, o, _ = g.request("POST", "/members", {"name": "eve", "admin": False},
                                 member="ana")
        check(status == 201 and o["name"] == "eve" and o["token"].startswith("jt_"), f"{o}")
        status, o, _ = g.request("POST", "/members", {"name": "eve"}, member="ana")
        check(status == 400 and "eve" in o["error"], f"a name taken: {status} {o}")
        rc, out, err = run(["member", "list"], env=ana)
        check(rc == 0 and "dee" in out and "eve" in out, f"{rc} {out} {err}")
        rc, out, err = run(["member", "revoke", "dee"], env=ana)
        check(rc == 0, f"{rc} {out} {err}")
        status, o, _ = g.request("GET", "/me", token=dee)
        check(status == 401, f"revoked: {status}")
        status, o, _ = g.request("POST", "/members/eve/rotate", member="ana")
        check(status == 200 and o["token"].startswith("jt_"), f"{status} {o}")
    finally:
        g.stop()


def test_workers_started_again_when_they_die():
    """The workers' process killed: the server starts them again, submissions are judged, and
    the restarted workers do not hold the server's port (a new server binds it at once)."""
    g = Group("respawn", members=("ana",))
    g.start()
    try:
        children = open(f"/proc/{g.server.pid}/task/{g.server.pid}/children").read().split()
        check(len(children) == 1, f"one workers' process: {children}")
        os.kill(int(children[0]), signal.SIGKILL)
        q = g.submit("ana", AC)
        check(g.wait_done("ana", q)["result"]["verdict"] == "AC", "judged after the restart")
        children = open(f"/proc/{g.server.pid}/task/{g.server.pid}/children").read().split()
        check(len(children) == 1, f"started again: {children}")
        port = g.port
        os.kill(g.server.pid, signal.SIGKILL)
        g.server.wait()
        g.server = None
        time.sleep(0.3)
        s = socket.socket()
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
        except OSError as e:
            raise jt.Failure(f"the port is still held after the server died: {e}")
        finally:
            s.close()
    finally:
        g.stop()


if __name__ == "__main__":
    jt.main(globals())
