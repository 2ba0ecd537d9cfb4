"""test_pages.py: the group's pages (`judge serve` at /), in a real browser and over HTTP.

Over HTTP: the sign-in cookie is HttpOnly and SameSite=Strict and only a JSON body signs in; a
page's request that changes something needs the session's CSRF token; a revoked token signs
its pages out; signing out ends the session; the page files are served with their types and a
Content-Security-Policy, and nothing outside web/pages (a dot file, "..", a symbolic link).

In Debian's Chromium, headless, driven by playwright-core (web/package.json; scripts/setup
installs both): a member signs in, submits by pasting, sees the verdict come without a reload,
sees another member's accepted solution reach the board without a reload; the progress charts
hold the points the history implies; a member named like an <img onerror> tag, a note and a
source holding <script>, and an output holding HTML all show as text and run nothing. Every
page is saved as a screenshot at phone width (390 px) and at desktop width, under
BUILD/pages-screenshots/ for review.
"""

import http.client
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "history"))
import _judgetest as jt  # noqa: E402
from _judgetest import check  # noqa: E402
import histfixture as hf  # noqa: E402
import test_serve as ts  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(HERE))
XSS_NAME = "<img src=x onerror=window.__xss=1>"
STATEMENT = """# Sum of two

Read $a$ and $b$ ($|a|, |b| \\le 10^9$) and print $a + b$, which is $\\{a*b\\}$ for no
$a*b$ at all: $$\\sum_{i=1}^{2} x_i$$

<script>window.__xss = 'statement'</script>

[a link](javascript:window.__xss='link') and `code $not math$`.
"""
# Prints HTML instead of the sum, one token (the message quotes the first different token).
HTML_OUT = "print('<svg/onload=window.__xss=2><b>bold</b>')\n"
SCRIPT_SRC = ("# </script><script>window.__xss = 'source'</script>\n"
              "a, b = map(int, input().split())\nprint(a - b)\n")
NOTE = "<script>window.__xss = 'note'</script> a map from value to index"


def browser():
    """(node, chromium) or a Failure naming what scripts/setup installs."""
    node = shutil.which("node")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = os.path.join(ROOT, "web", "node_modules", "playwright-core")
    vendor = os.path.join(ROOT, "web", "pages", "vendor", "chart.umd.min.js")
    missing = [what for what, ok in (("node", node), ("chromium", chromium),
                                     ("web/node_modules/playwright-core", os.path.isdir(driver)),
                                     ("web/pages/vendor", os.path.exists(vendor))) if not ok]
    check(not missing, f"missing {', '.join(missing)}: run scripts/setup")
    return node, chromium


class Pages(ts.Group):
    def __init__(self, name, members=("ana", "ben", XSS_NAME)):
        super().__init__(name, members)
        hf.write(os.path.join(self.lib, "p1", "statement.md"), STATEMENT)

    def env(self, extra=None):
        # Judged within week-01 (JUDGE_TODAY's): solved in time, not late.
        e = {"JUDGE_NOW": "2026-11-03T10:00:00Z"}
        e.update(extra or {})
        return super().env(e)

    def http(self, method, path, body=None, headers=None):
        """(status, text, response) of a request to any path."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        conn.request(method, path, body=body, headers=headers or {})
        r = conn.getresponse()
        text = r.read().decode(errors="replace")
        conn.close()
        return r.status, text, r

    def sign_in(self, member):
        """(cookie header value, csrf) of a page's session."""
        status, text, r = self.http("POST", "/api/v1/session",
                                    json.dumps({"token": self.tokens[member]}),
                                    {"Content-Type": "application/json"})
        check(status == 201, f"sign-in: {status} {text}")
        cookie = r.getheader("Set-Cookie")
        return cookie.split(";")[0], json.loads(text)["csrf"], cookie


def test_sessions_and_csrf():
    g = Pages("sessions")
    g.start("--workers", "0")
    try:
        cookie, csrf, full = g.sign_in("ben")
        attrs = [a.strip().lower() for a in full.split(";")[1:]]
        check("httponly" in attrs and "samesite=strict" in attrs and "path=/" in attrs,
              f"cookie attributes: {full}")
        check(g.tokens["ben"] not in full, "the token itself is in the cookie")
        # The cookie alone reads.
        status, text, _ = g.http("GET", "/api/v1/me", headers={"Cookie": cookie})
        check(status == 200 and json.loads(text)["name"] == "ben", f"{status} {text}")
        status, text, _ = g.http("GET", "/api/v1/session", headers={"Cookie": cookie})
        check(status == 200 and json.loads(text)["csrf"] == csrf, f"{status} {text}")
        # A write without the CSRF token, or with another one, is refused and does nothing.
        body = json.dumps({"problem": "p1", "language": "python", "source": ts.AC})
        for extra in ({}, {"X-CSRF-Token": "0" * 64}, {"X-CSRF-Token": ""}):
            status, text, _ = g.http("POST", "/api/v1/submissions", body,
                                     {"Cookie": cookie, "Content-Type": "application/json",
                                      **extra})
            check(status == 403 and "X-CSRF-Token" in text, f"{extra}: {status} {text}")
        status, text, _ = g.http("GET", "/api/v1/history", headers={"Cookie": cookie})
        check(json.loads(text)["submissions"] == [], f"a refused write was recorded: {text}")
        status, text, _ = g.http("POST", "/api/v1/submissions", body,
                                 {"Cookie": cookie, "X-CSRF-Token": csrf,
                                  "Content-Type": "application/json"})
        check(status == 201, f"with the token: {status} {text}")
        # Another member's session token is not this one's.
        _, other_csrf, _ = g.sign_in("ana")
        status, _, _ = g.http("PUT", "/api/v1/notes/p1", "x",
                              {"Cookie": cookie, "X-CSRF-Token": other_csrf})
        check(status == 403, f"ana's CSRF token on ben's session: {status}")
        # A sign-in a form could send (another site's page) is refused.
        for ctype in ("application/x-www-form-urlencoded", "text/plain", None):
            h = {"Content-Type": ctype} if ctype else {}
            status, text, r = g.http("POST", "/api/v1/session",
                                     json.dumps({"token": g.tokens["ben"]}), h)
            check(status == 415 and not r.getheader("Set-Cookie"), f"{ctype}: {status} {text}")
        status, text, r = g.http("POST", "/api/v1/session", json.dumps({"token": "jt_nope"}),
                                 {"Content-Type": "application/json"})
        check(status == 401 and not r.getheader("Set-Cookie"), f"bad token: {status} {text}")
        # A made-up cookie is nobody.
        status, _, _ = g.http("GET", "/api/v1/me", headers={"Cookie": "judge_session=" + "a" * 64})
        check(status == 401, f"made-up cookie: {status}")
        # Signing out ends the session (the cookie no longer works, even if kept).
        status, text, r = g.http("DELETE", "/api/v1/session",
                                 headers={"Cookie": cookie, "X-CSRF-Token": csrf})
        check(status == 200 and "Max-Age=0" in (r.getheader("Set-Cookie") or ""),
              f"sign out: {status} {text} {r.getheader('Set-Cookie')}")
        status, _, _ = g.http("GET", "/api/v1/me", headers={"Cookie": cookie})
        check(status == 401, f"after signing out: {status}")
        # Signing in again and again ends one's own oldest sessions, nobody else's.
        ana_cookie, _, _ = g.sign_in("ana")
        first, _, _ = g.sign_in("ben")
        for _ in range(16):
            g.sign_in("ben")
        status, _, _ = g.http("GET", "/api/v1/me", headers={"Cookie": first})
        check(status == 401, f"ben's 17th session kept his first: {status}")
        status, _, _ = g.http("GET", "/api/v1/me", headers={"Cookie": ana_cookie})
        check(status == 200, f"ben's sign-ins ended ana's session: {status}")
        # Behind an HTTPS proxy the cookie is __Host-judge_session, Secure: only this host over
        # HTTPS sets it, so a plain judge_session planted by a sibling domain or over HTTP
        # (signing the page in as someone else) is not read there.
        status, text, r = g.http("POST", "/api/v1/session",
                                 json.dumps({"token": g.tokens["ana"]}),
                                 {"Content-Type": "application/json",
                                  "X-Forwarded-Proto": "https"})
        full = r.getheader("Set-Cookie") or ""
        attrs = [a.strip().lower() for a in full.split(";")[1:]]
        check(status == 201 and full.startswith("__Host-judge_session=") and "secure" in attrs
              and "path=/" in attrs and not any(a.startswith("domain") for a in attrs),
              f"over HTTPS: {status} {full}")
        host_cookie = full.split(";")[0]
        https = {"X-Forwarded-Proto": "https"}
        status, text, _ = g.http("GET", "/api/v1/me", headers={"Cookie": host_cookie, **https})
        check(status == 200 and json.loads(text)["name"] == "ana", f"{status} {text}")
        planted = host_cookie.replace("__Host-", "", 1)
        status, _, _ = g.http("GET", "/api/v1/me", headers={"Cookie": planted, **https})
        check(status == 401, f"a plain judge_session read over HTTPS: {status}")
        # A cookie of any length is compared, and refused.
        for junk in ("", "a", "a" * 63, "a" * 65, "a" * 8000):
            status, _, _ = g.http("GET", "/api/v1/me", headers={"Cookie": "judge_session=" + junk})
            check(status == 401, f"a cookie of {len(junk)} characters: {status}")
        # A revoked token signs its pages out at once.
        cookie, csrf, _ = g.sign_in("ben")
        g.member("revoke", "ben")
        status, _, _ = g.http("GET", "/api/v1/me", headers={"Cookie": cookie})
        check(status == 401, f"after the token was revoked: {status}")
    finally:
        g.stop()


def test_latex_statement_on_the_page():
    # An ICPC package's LaTeX statement reaches the page as HTML (math kept for KaTeX), with
    # the source's raw HTML and script links as text, like a Markdown one.
    g = Pages("latex")
    shutil.copytree(os.path.join(HERE, "icpc", "legacy-divide"), os.path.join(g.lib, "tex-divide"))
    hf.write(os.path.join(g.lib, "tex-divide", "problem_statement", "problem.en.tex"),
             "\\problemname{Divide}\nPrint \\emph{exactly} $a < b$.\n\\section*{Input}\n"
             "<script>window.__xss=1</script> \\href{javascript:alert(1)}{link}\n")
    g.start("--workers", "0")
    try:
        status, o, _ = g.request("GET", "/problems/tex-divide", member="ana")
        check(status == 200 and o["statement_format"] == "latex", f"{status} {o}")
        html = o["statement_html"]
        for shown in ("<em>exactly</em>", "$a &lt; b$", "<h2>Input</h2>",
                      "&lt;script&gt;window.__xss=1&lt;/script&gt; link"):
            check(shown in html, f"{shown!r} not in {html!r}")
        check("<script" not in html and "javascript:" not in html, f"{html!r}")
    finally:
        g.stop()


def test_submission_feedback():
    """The compiler's output and the first failed visible test are recorded with the
    submission, shown by judge show and the API; a hidden test's files never are."""
    g = Pages("feedback")
    g.start("--workers", "1")
    try:
        cases = {"ce": ("int main( {", "bad.c"), "wa": (ts.WA, "s.py"),
                 # right on the sample, wrong on the hidden tests only
                 "hidden": ("a, b = map(int, input().split())\n"
                            "print(a + b if (a, b) == (1, 2) else 0)\n", "s.py")}
        got = {}
        for name, (src, filename) in cases.items():
            qid = g.submit("ben", src, filename=filename)
            got[name] = g.wait_done("ben", qid)["result"]
        ce, wa, hidden = got["ce"], got["wa"], got["hidden"]
        check(ce["verdict"] == "CE" and "error" in (ce["compile_message"] or "") and
              "bad.c" in ce["compile_message"] and ce["failure"] is None, f"CE: {ce}")
        f = wa["failure"]
        check(wa["verdict"] == "WA" and f and f["test"] == "sample-1" and f["sample"] and
              f["input"] == "1 2\n" and f["expected"] == "3\n" and f["output"] == "-1\n" and
              f["difference"] == {"line": 1, "column": 1, "expected": "3", "got": "-1"},
              f"WA: {wa}")
        check(hidden["verdict"] == "WA" and hidden["failure"] is None, f"hidden: {hidden}")
        for r in got.values():
            check(ts.SECRET.strip() not in json.dumps(r), f"a hidden test's input: {r}")
        # judge show says the same; another member sees none of it before the honesty rule
        # lets them (the compiler quotes the source).
        rc, local, err = jt.run_json(["show", str(wa["id"]), "--json"],
                                     env=g.env({"JUDGE_USER": "ben"}))
        check(local["failure"] == f and local["compile_message"] is None, f"show: {local}")
        status, other, _ = g.request("GET", f"/history/{ce['id']}", member="ana")
        check(status == 200 and other["source"] is None and other["compile_message"] is None,
              f"ana sees ben's compiler output: {other}")
    finally:
        g.stop()


def test_page_files():
    g = Pages("files")
    web = os.path.join(g.root, "web")
    shutil.copytree(os.path.join(ROOT, "web", "pages"), web, symlinks=True)
    hf.write(os.path.join(web, ".secret.txt"), "HIDDEN-CONTENT\n")
    hf.write(os.path.join(g.root, "outside.txt"), "OUTSIDE-CONTENT\n")
    os.symlink(os.path.join(g.root, "outside.txt"), os.path.join(web, "link.txt"))
    os.symlink(g.root, os.path.join(web, "up"))
    g.start("--workers", "0", "--web", web)
    try:
        for path, ctype in (("/", "text/html"), ("/index.html", "text/html"),
                            ("/web/app.js", "text/javascript"), ("/web/style.css", "text/css"),
                            ("/web/vendor/katex.min.css", "text/css")):
            status, text, r = g.http("GET", path)
            check(status == 200 and r.getheader("Content-Type").startswith(ctype),
                  f"{path}: {status} {r.getheader('Content-Type')}")
            csp = r.getheader("Content-Security-Policy") or ""
            check("script-src 'self'" in csp and "frame-ancestors 'none'" in csp,
                  f"{path}: CSP {csp!r}")
            check(r.getheader("X-Content-Type-Options") == "nosniff", f"{path}: nosniff")
        # A file the browser has is a 304 with nothing in it; a changed one is sent again.
        status, text, r = g.http("GET", "/web/style.css")
        etag = r.getheader("ETag")
        check(status == 200 and etag and r.getheader("Cache-Control") == "no-cache",
              f"style.css: {status} {etag} {r.getheader('Cache-Control')}")
        status, text, r = g.http("GET", "/web/style.css", headers={"If-None-Match": etag})
        check(status == 304 and text == "", f"again with its ETag: {status} {len(text)} bytes")
        with open(os.path.join(web, "style.css"), "a") as f:
            f.write("/* changed */\n")
        status, text, r = g.http("GET", "/web/style.css", headers={"If-None-Match": etag})
        check(status == 200 and text.endswith("/* changed */\n") and r.getheader("ETag") != etag,
              f"changed: {status} {r.getheader('ETag')}")
        status, text, r = g.http("GET", "/web/vendor/fonts/KaTeX_Main-Regular.woff2")
        check(status == 200 and r.getheader("Content-Type") == "font/woff2", f"font: {status}")
        for path in ("/web/.secret.txt", "/web/../outside.txt", "/web/%2e%2e/outside.txt",
                     "/web/link.txt", "/web/up/outside.txt", "/web/vendor/../../outside.txt",
                     "/web//app.js", "/web/", "/web/nope.js", "/web/app.exe", "/etc/passwd"):
            status, text, _ = g.http("GET", path)
            check(status == 404 and "CONTENT" not in text,
                  f"{path}: {status} {text[:80]!r}")
        status, _, r = g.http("POST", "/web/app.js", "x")
        check(status == 405, f"POST to a page: {status}")
        # A %00 would cut the name short where the server reads it (app.js%00.png read as
        # app.js): a control character in the path or a query argument is refused.
        for path in ("/web/app.js%00.png", "/web/app.js%00", "/web/app%0a.js",
                     "/api/v1/history?user=ana%00x", "/api/v1/history?limit=1%7f",
                     "/api/v1/me?x%00=1"):
            status, text, _ = g.http("GET", path)
            check(status == 400 and "control character" in text, f"{path}: {status} {text[:80]!r}")
        status, _, _ = g.http("GET", "/web/app.js?v=%25%30%30")
        check(status == 200, f"a literal %00 (escaped) in a query argument: {status}")
    finally:
        g.stop()
    status, out, err = jt.run(["serve", "--listen", "127.0.0.1:0", "--web",
                               os.path.join(g.root, "nope")], env=g.env())
    check(status == 2 and "--web" in err and "no such directory" in err, f"{status} {err}")


def test_in_a_browser():
    node, chromium = browser()
    g = Pages("browser")
    g.start("--workers", "2")
    shots = os.path.join(os.path.dirname(jt.JUDGE), "pages-screenshots")
    shutil.rmtree(shots, ignore_errors=True)
    os.makedirs(shots)
    try:
        # What the driver does in the pages is in pages_driver.js; what it needs is here.
        config = {"url": f"http://127.0.0.1:{g.port}/", "chromium": chromium, "shots": shots,
                  "tokens": g.tokens, "xss_name": XSS_NAME, "wa": ts.WA, "ac": ts.AC,
                  "script_src": SCRIPT_SRC, "html_out": HTML_OUT, "note": NOTE,
                  "week": "week-01", "problem": "p1",
                  # What ben's history implies, week by week: the one problem solved in
                  # week-01, not at the first try, at the fifth attempt; one mistake logged.
                  "charts": {"chart-solved": {"labels": ["week-01"], "values": [1]},
                             "chart-first-try": {"labels": ["week-01"], "values": [0]},
                             "chart-attempts": {"labels": ["week-01"], "values": [5]},
                             "chart-mistakes": {"labels": ["output-format"], "values": [1]}},
                  "driver": os.path.join(ROOT, "web", "node_modules", "playwright-core")}
        path = hf.write(os.path.join(g.root, "driver.json"), json.dumps(config))
        p = subprocess.run([node, os.path.join(HERE, "pages_driver.js"), path],
                           capture_output=True, text=True, timeout=600)
        sys.stdout.write(p.stdout)
        check(p.returncode == 0, f"the browser's scenario failed ({p.returncode}):\n"
                                 f"{p.stdout[-4000:]}\n{p.stderr[-4000:]}")
        taken = sorted(os.listdir(shots))
        check(any(n.startswith("phone-") for n in taken) and
              any(n.startswith("desktop-") for n in taken), f"screenshots: {taken}")
        # The history holds what the pages submitted, as the pages said.
        o = g.local_json(["history", "--json", "--user", "ben"])
        verdicts = sorted(s["verdict"] for s in o)
        check(verdicts == ["AC", "CE", "WA", "WA", "WA"], f"ben's history: {verdicts}")
    finally:
        g.stop()


if __name__ == "__main__":
    jt.main(globals())
