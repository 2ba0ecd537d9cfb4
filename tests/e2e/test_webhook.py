"""test_webhook.py: `judge week report --webhook` against HTTP servers on loopback that the test
starts: one that accepts (the payload checked field by field), one that answers 500, one that
redirects, one that accepts the connection and never answers, and a closed port."""

import http.server
import json
import os
import shutil
import socket
import sqlite3
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "history"))
import _judgetest as jt  # noqa: E402
from _judgetest import check, run  # noqa: E402
import histfixture as hf  # noqa: E402

SECRET_PATH = "/services/T000/B000/s3cr3t"


class Recorder(http.server.BaseHTTPRequestHandler):
    """Answers every POST with the server's status, keeping what it received."""

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(length)
        self.server.requests.append({"method": "POST", "path": self.path,
                                     "headers": dict(self.headers), "body": body})
        status, answer, extra = self.server.answer
        self.send_response(status)
        for k, v in extra.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *args):
        pass


class Server:
    def __init__(self, status=200, answer=b"ok", headers=None):
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
        self.httpd.requests = []
        self.httpd.answer = (status, answer, headers or {})
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    @property
    def requests(self):
        return self.httpd.requests

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


class Silent:
    """Accepts connections and never answers."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.held = []
        self.stop = False
        self.thread = threading.Thread(target=self.hold, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"

    def hold(self):
        self.sock.settimeout(0.2)
        while not self.stop:
            try:
                conn, _ = self.sock.accept()
                self.held.append(conn)
            except OSError:
                continue

    def close(self):
        self.stop = True
        self.thread.join()
        for c in self.held:
            c.close()
        self.sock.close()


def fixture(name, rows=None):
    root = os.path.join(jt.WORK, name)
    shutil.rmtree(root, ignore_errors=True)
    lib = hf.fixture_library(os.path.join(root, "lib"))
    db = hf.fixture_history(os.path.join(root, "history.db"), rows=rows)
    return lib, db


def report(lib, db, *extra, timeout=120):
    return run(["week", "report", "week-01", "--problems", lib] + list(extra), env=hf.env(db),
               timeout=timeout)


def snapshot(db):
    """The history's bytes and rows, to show nothing changed."""
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT * FROM submissions ORDER BY id").fetchall()
    conn.close()
    with open(db, "rb") as f:
        return f.read(), rows


def one_line(err, *parts):
    lines = err.strip().splitlines()
    check(len(lines) == 1, f"expected a one-line error, got {err!r}")
    for p in parts:
        check(p in lines[0], f"the error lacks {p!r}: {lines[0]!r}")
    check(SECRET_PATH not in lines[0], f"the error shows the webhook's secret path: {lines[0]!r}")


def test_payload_posted():
    lib, db = fixture("post")
    rc, markdown, err = report(lib, db)
    check(rc == 0 and markdown.startswith("## week-01: Arrays"), f"report: {rc} {err}")
    server = Server()
    try:
        rc, out, err = report(lib, db, "--webhook", server.url + SECRET_PATH)
        check(rc == 0, f"posted: exit {rc} ({err})")
        check(out == "", f"nothing on stdout without --markdown: {out!r}")
        check(f"report posted to {server.url}" in err and SECRET_PATH not in err, f"stderr: {err!r}")
        check(len(server.requests) == 1, f"{len(server.requests)} requests")
        req = server.requests[0]
        check(req["path"] == SECRET_PATH, f"path {req['path']}")
        check(req["headers"].get("Content-Type") == "application/json", f"headers {req['headers']}")
        payload = json.loads(req["body"])
        check(sorted(payload) == ["content", "text", "username"], f"fields {sorted(payload)}")
        check(payload["text"] == markdown, "text: the Markdown report")
        check(payload["content"] == markdown, "content: the same, under 2000 characters")
        check(payload["username"] == "judge", f"username {payload['username']}")

        rc, out, err = report(lib, db, "--webhook", server.url + SECRET_PATH, "--markdown")
        check(rc == 0 and out == markdown, "--markdown also prints it")
        check(len(server.requests) == 2, "posted again")
    finally:
        server.close()


def test_long_report_cut_for_discord():
    # 90 members with a first-try AC each: a report far over 2000 characters.
    rows = [hf.row(i, f"member-{i:03d}-ü", "p-a", "week-01", "AC", "2026-11-02T05:00:00Z",
                   hf.PROBLEMS["p-a"]) for i in range(1, 91)]
    lib, db = fixture("long", rows=rows)
    rc, markdown, _ = report(lib, db)
    check(len(markdown) > 4000, f"a long report: {len(markdown)} characters")
    server = Server(status=204, answer=b"")
    try:
        rc, _, err = report(lib, db, "--webhook", server.url + "/hook")
        check(rc == 0, f"204 is success: {rc} {err}")
        payload = json.loads(server.requests[0]["body"])
        check(payload["text"] == markdown, "text: all of it")
        content = payload["content"]
        check(len(content) == 2000, f"content: {len(content)} characters")
        check(content.endswith("\n…") and markdown.startswith(content[:-2]), "cut, with an ellipsis")
    finally:
        server.close()


def test_server_error_and_redirect():
    lib, db = fixture("error")
    report(lib, db)  # the first open settles the file (WAL mode); then nothing may change
    before = snapshot(db)
    for status, answer, headers, expected in [
            (500, b"boom\ninternal", {}, ["HTTP 500", "boom internal"]),
            (302, b"", {"Location": "http://127.0.0.1:1/elsewhere"}, ["HTTP 302"]),
            (404, b"no_such_hook", {}, ["HTTP 404", "no_such_hook"])]:
        server = Server(status=status, answer=answer, headers=headers)
        try:
            rc, out, err = report(lib, db, "--webhook", server.url + SECRET_PATH)
            check(rc == 1, f"HTTP {status}: exit 1, got {rc} ({err})")
            one_line(err, "week-01 report not sent", f"posting to {server.url} failed", *expected)
            check(len(server.requests) == 1, f"HTTP {status}: one request, not followed")
        finally:
            server.close()
        check(snapshot(db) == before, "the history is unchanged")
    # It can simply be sent again.
    server = Server()
    try:
        rc, _, err = report(lib, db, "--webhook", server.url + SECRET_PATH)
        check(rc == 0 and len(server.requests) == 1, f"sent again: {rc} {err}")
    finally:
        server.close()


def test_server_that_never_answers():
    lib, db = fixture("hang")
    report(lib, db)
    before = snapshot(db)
    silent = Silent()
    try:
        start = time.monotonic()
        rc, out, err = report(lib, db, "--webhook", silent.url + SECRET_PATH, "--timeout", "2",
                              timeout=60)
        took = time.monotonic() - start
        check(rc == 1, f"exit 1, got {rc} ({err})")
        one_line(err, f"posting to {silent.url} failed", "imed out")
        check(silent.held, "the server saw the connection")
        print(f"  (gave up after {took:.1f} s with --timeout 2)")
    finally:
        silent.close()
    check(snapshot(db) == before, "the history is unchanged")


def test_closed_port_and_bad_options():
    lib, db = fixture("closed")
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now
    rc, _, err = report(lib, db, "--webhook", f"http://127.0.0.1:{port}/hook")
    check(rc == 1, f"refused: exit 1, got {rc}")
    one_line(err, f"posting to http://127.0.0.1:{port} failed")
    rc, _, err = report(lib, db, "--webhook", "ftp://127.0.0.1/hook")
    check(rc == 2 and "ftp" in err, f"only http and https, refused as bad usage (issue 10): {rc} {err}")
    for bad in (["--timeout", "0"], ["--timeout", "x"]):
        rc, _, err = report(lib, db, "--webhook", "http://127.0.0.1:1/", *bad)
        check(rc == 2, f"{bad}: exit 2, got {rc} ({err})")
    rc, _, err = run(["week", "board", "--webhook", "http://x/", "--problems", lib], env=hf.env(db))
    check(rc == 2 and "--webhook" in err, f"--webhook outside report: {rc} {err}")


if __name__ == "__main__":
    jt.main(globals())
