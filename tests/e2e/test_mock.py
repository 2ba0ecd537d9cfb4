"""test_mock.py: `judge mock` end to end, as a user sits one: the problems picked (unsolved
first, mixed difficulty), submissions judged with the verdict only while the clock runs, the
session across a restart of the terminal (run it, kill it, run it again: the same deadline),
time running out while away, the report scored per group (correctness, performance), and
`judge stats` over the mocks. Time comes from JUDGE_NOW: nothing here waits on a clock."""

import json
import os
import shutil
import signal
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import _judgetest as jt  # noqa: E402
from _judgetest import check, run, run_json, source, write  # noqa: E402

T0 = "2026-11-20T10:00:00Z"

# Square a number: correctness tests are small, performance tests large. A solution that is
# slow on large inputs gets the correctness group and fails the performance one.
SQUARE_OK = "n = int(input())\nprint(n * n)\n"
SQUARE_SLOW = ("n = int(input())\n"
               "if n > 1000:\n    while True:\n        pass\n"
               "print(n * n)\n")
SQUARE_WRONG = "n = int(input())\nprint(n * n + (1 if n % 2 else 0))\n"


def square_package(root, name, difficulty, explicit=True):
    d = os.path.join(root, name)
    doc = {"title": name.title(), "time_limit_ms": 1000, "difficulty": difficulty,
           "tags": ["math"]}
    if explicit:
        doc["performance_tests"] = ["perf-*"]
    write(os.path.join(d, "problem.json"), json.dumps(doc))
    write(os.path.join(d, "statement.md"), f"# {name}\n\nPrint the **square** of `n`.\n")
    tests = {"sample-1": 3, "c1": 2, "c2": 5, "c3": 10, "c4": 7, "perf-1": 100000,
             "perf-2": 200000}
    for t, n in tests.items():
        write(os.path.join(d, "tests", t + ".in"), f"{n}\n")
        write(os.path.join(d, "tests", t + ".ans"), f"{n * n}\n")
    return d


def library(name):
    """A library of five problems: two easy, two medium, one hard."""
    root = os.path.join(jt.WORK, name)
    shutil.rmtree(root, ignore_errors=True)
    for p, diff in (("easy-a", "easy"), ("easy-b", "easy"), ("medium-a", "medium"),
                    ("medium-b", "medium"), ("hard-a", "hard")):
        square_package(root, p, diff)
    return root


def mock_env(name, now=T0):
    data = os.path.join(jt.WORK, "data-" + name)
    shutil.rmtree(data, ignore_errors=True)
    env = {"XDG_DATA_HOME": data, "JUDGE_PROBLEMS": library("lib-" + name),
           "JUDGE_USER": "ana", "JUDGE_NOW": now}
    if jt.POSTGRES:  # --postgres: the history in a schema of its own on the server
        env["JUDGE_DB"] = jt.history_db(os.path.join(data, "judge", "history.db"))
    return env


def at(env, now):
    e = dict(env)
    e["JUDGE_NOW"] = now
    return e


def one_line_error(err, *expected):
    lines = [l for l in err.splitlines() if l.strip()]
    check(len(lines) == 1 and lines[0].startswith("judge: "), f"one error line expected: {err!r}")
    for e in expected:
        check(e in lines[0], f"{e!r} not in {lines[0]!r}")


def start(env, *args):
    rc, o, err = run_json(["mock"] + list(args), env=env)
    check(rc == 0, f"mock: {rc} {err}")
    return o


# ---- picking ----

def test_picks_unsolved_first_and_mixed_difficulty():
    env = mock_env("pick")
    o = start(env, "--problems", "3", "--minutes", "45", "--seed", "1")
    check(o["id"] == 1 and not o["resumed"], f"{o}")
    check(o["started_at"] == T0 and o["deadline"] == "2026-11-20T10:45:00Z", f"{o}")
    check(o["minutes"] == 45 and o["seconds_left"] == 45 * 60 and o["finished_at"] is None, f"{o}")
    diffs = [p["difficulty"] for p in o["problems"]]
    check(diffs == ["easy", "medium", "hard"], f"one of each, easy first: {diffs}")
    check([p["letter"] for p in o["problems"]] == ["A", "B", "C"], "letters")
    run(["mock", "finish"], env=env)

    # Solve both easy ones: a new mock of two picks the unsolved ones.
    lib = env["JUDGE_PROBLEMS"]
    ok = source("sq-ok.py", SQUARE_OK)
    for p in ("easy-a", "easy-b"):
        rc, _, err = run(["submit", p, ok, "--problems", lib], env=env)
        check(rc == 0, f"submit {p}: {err}")
    o = start(env, "--problems", "2", "--seed", "1")
    ids = [p["problem"] for p in o["problems"]]
    check(all(not i.startswith("easy") for i in ids), f"unsolved first: {ids}")
    check(sorted(p["difficulty"] for p in o["problems"]) == ["hard", "medium"], f"{o['problems']}")
    run(["mock", "finish"], env=env)
    # --difficulty and --tag narrow the choice.
    o = start(env, "--problems", "3", "--difficulty", "easy")
    check(sorted(p["problem"] for p in o["problems"]) == ["easy-a", "easy-b"], f"{o['problems']}")
    run(["mock", "finish"], env=env)
    rc, _, err = run(["mock", "--tag", "no-such-tag", "--json"], env=env)
    check(rc == 2, f"{rc}")
    one_line_error(err, "matches")


# ---- while the clock runs ----

def test_submissions_get_the_verdict_only():
    env = mock_env("verdicts")
    o = start(env, "--problems", "2", "--minutes", "60", "--seed", "3")
    a = o["problems"][0]["problem"]
    wrong = source("sq-wrong.py", SQUARE_WRONG)
    rc, out, err = run(["mock", "submit", "A", wrong], env=at(env, "2026-11-20T10:10:00Z"))
    check(rc == 1, f"{rc} {err}")
    check(out.startswith(f"A ({a}): Wrong answer · samples 0/1 passed · recorded as #1 · 50:00 left"),
          f"{out!r}")
    # Nothing of the tests: no inputs, answers, outputs, messages, counts of passed tests.
    for leak in ("expected", "input", "c1", "perf", "passed,", "/7", "9\n", "10\n"):
        check(leak not in out, f"{leak!r} leaks: {out!r}")
    rc, o, _ = run_json(["mock", "submit", "a", wrong], env=at(env, "2026-11-20T10:11:00Z"))
    check(rc == 1 and o["verdict"] == "WA" and o["samples"] == {"passed": 0, "total": 1}, f"{o}")
    check(sorted(o) == sorted(["mock", "letter", "problem", "verdict", "samples", "compile",
                               "submission_id", "seconds_left"]), f"keys: {sorted(o)}")
    ok = source("sq-ok2.py", SQUARE_OK)
    rc, o, _ = run_json(["mock", "submit", a, ok], env=at(env, "2026-11-20T10:20:00Z"))
    check(rc == 0 and o["verdict"] == "AC" and o["letter"] == "A", f"{o}")
    broken = source("sq-broken.c", "int main(void) { return nope; }\n")
    rc, out, _ = run(["mock", "submit", "B", broken], env=at(env, "2026-11-20T10:21:00Z"))
    check(rc == 1 and "Compilation error" in out and "nope" in out, f"{out!r}")
    st = start(at(env, "2026-11-20T10:30:00Z"), "status")
    check([(p["submissions"], p["last_verdict"]) for p in st["problems"]] == [(3, "AC"), (1, "CE")],
          f"{st['problems']}")
    check(st["seconds_left"] == 30 * 60, f"{st['seconds_left']}")
    # The submissions are the user's, in the history (no weekly set).
    rc, h, _ = run_json(["history"], env=env)
    check(len(h) == 4 and all(x["week"] is None for x in h), f"{h}")

    for args, expected in (
        (["mock", "submit", "Z", ok], "no problem 'Z'"),
        (["mock", "submit", "A"], "mock submit needs PROBLEM and FILE"),
        (["mock", "submit", "A", os.path.join(jt.WORK, "nothing.py")], "nothing.py"),
        (["mock", "report"], "is under way"),
        (["mock", "--problems", "0"], "--problems must be"),
        (["mock", "--difficulty", "brutal"], "--difficulty takes"),
        (["mock", "frobnicate"], "unknown mock command"),
    ):
        rc, _, err = run(args, env=at(env, "2026-11-20T10:31:00Z"))
        check(rc == 2, f"{args}: {rc} {err}")
        one_line_error(err, expected)


def test_a_mock_survives_a_restart_of_the_terminal():
    env = mock_env("restart")
    # Run it as a user does, in a terminal session that is then closed (SIGHUP) while it waits
    # for a command; then killed outright in a second session.
    full = dict(os.environ)
    full.update(env)
    full.pop("NO_COLOR", None)
    p = subprocess.Popen([jt.JUDGE, "mock", "--problems", "2", "--minutes", "40", "--seed", "9"],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True, env=full)
    first = p.stdout.readline()
    check(first.startswith("mock #1: 2 problems, 40 minutes, until 10:40 UTC"), f"{first!r}")
    while "commands:" not in (line := p.stdout.readline()):
        check(line, "the session ended before asking for commands")
    p.send_signal(signal.SIGHUP)
    p.wait(timeout=60)
    check(p.returncode == -signal.SIGHUP, f"died of the hang-up: {p.returncode}")

    # Back ten minutes later: the same mock, the same deadline, 30 minutes left.
    rc, out, err = run(["mock", "--problems", "5", "--minutes", "90"], stdin="time\nlist\nquit\n",
                       env=at(env, "2026-11-20T10:10:00Z"))
    check(rc == 0, f"{rc} {err}")
    check("resuming mock #1, started 10:00 UTC; its deadline does not move: 10:40 UTC, 30:00 left"
          in out, f"{out!r}")
    check("the options of a new mock are ignored" in err, f"{err!r}")
    check("30:00 left (the deadline: 2026-11-20T10:40:00Z)" in out, f"{out!r}")
    check("leaving mock #1: it goes on until 2026-11-20T10:40:00Z" in out, f"{out!r}")

    # A submission typed in the session; then the terminal goes away without a word.
    ok = source("sq-ok3.py", SQUARE_OK)
    full["JUDGE_NOW"] = "2026-11-20T10:15:00Z"
    p = subprocess.Popen([jt.JUDGE, "mock"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True, env=full)
    p.stdin.write(f"submit A {ok}\n")
    p.stdin.flush()
    while "recorded as #" not in (line := p.stdout.readline()):
        check(line, "the session ended before the submission was judged")
    check("Accepted" in line and "25:00 left" in line, f"{line!r}")
    p.kill()
    p.wait(timeout=60)
    o = start(at(env, "2026-11-20T10:20:00Z"), "status")
    check(o["id"] == 1 and o["deadline"] == "2026-11-20T10:40:00Z" and o["seconds_left"] == 20 * 60,
          f"{o}")
    check(o["problems"][0]["last_verdict"] == "AC", f"{o['problems']}")

    # The deadline passes while the user is away: coming back shows the report.
    rc, out, err = run(["mock"], stdin="", env=at(env, "2026-11-20T12:00:00Z"))
    check(rc == 0, f"{rc} {err}")
    check("mock #1 ended at its deadline, 2026-11-20T10:40:00Z, while you were away" in out, out)
    check("time was up after 40:00" in out and "score 100 of 200 (50%)" in out, out)
    rc, _, err = run(["mock", "submit", "B", ok], env=at(env, "2026-11-20T12:01:00Z"))
    check(rc == 2, f"{rc}")
    one_line_error(err, "no mock under way")
    rc, o, _ = run_json(["mock", "report"], env=at(env, "2026-11-20T12:01:00Z"))
    check(o["finished_at"] == "2026-11-20T10:40:00Z", f"the end is the deadline: {o['finished_at']}")


def test_time_up_during_a_session_and_after_it():
    env = mock_env("time-up")
    start(env, "--problems", "1", "--minutes", "30")
    ok = source("sq-ok4.py", SQUARE_OK)
    # A submission after the deadline is refused, and ends the mock at its deadline.
    rc, _, err = run(["mock", "submit", "A", ok], env=at(env, "2026-11-20T10:30:00Z"))
    check(rc == 2, f"{rc}")
    one_line_error(err, "time is up", "not judged")
    rc, o, _ = run_json(["mock", "list"], env=env)
    check(len(o) == 1 and o[0]["finished_at"] == "2026-11-20T10:30:00Z" and o[0]["score"] == 0, f"{o}")
    # A session reading commands when its time is up says so and shows the report.
    env2 = mock_env("time-up-2")
    start(env2, "--problems", "1", "--minutes", "5")
    rc, out, _ = run(["mock"], stdin=f"submit A {ok}\n", env=at(env2, "2026-11-20T10:06:00Z"))
    check("mock #1 ended at its deadline" in out and "not submitted: 0" in out, f"{out!r}")


# ---- the report ----

def test_report_scores_correctness_and_performance_groups():
    env = mock_env("report")
    o = start(env, "--problems", "2", "--minutes", "60", "--seed", "4")
    slow, wrong = source("sq-slow.py", SQUARE_SLOW), source("sq-wrong2.py", SQUARE_WRONG)
    rc, out, _ = run(["mock", "submit", "A", wrong], env=at(env, "2026-11-20T10:05:00Z"))
    check(rc == 1, out)
    rc, out, _ = run(["mock", "submit", "A", slow], env=at(env, "2026-11-20T10:20:00Z"))
    check(rc == 1 and "Time limit exceeded" in out, out)
    # The report is not there before the end.
    rc, _, err = run(["mock", "report"], env=at(env, "2026-11-20T10:21:00Z"))
    check(rc == 2, f"{rc}")
    rc, r, err = run_json(["mock", "finish"], env=at(env, "2026-11-20T10:30:00Z"))
    check(rc == 0, f"{rc} {err}")
    check(r["finished_at"] == "2026-11-20T10:30:00Z", f"{r['finished_at']}")
    a, b = r["problems"]
    # slow: correctness 4/4 (100%), performance 0/2 (0%): 50; wrong: odd n fail, c2, c4 and
    # perf-1... (2 and 10 even pass): correctness 2/4, performance 2/2 (the perf inputs are
    # even): (50 + 100) / 2 = 75. The best is kept: 75.
    check(a["correctness"] == {"passed": 2, "total": 4, "percent": 50}, f"{a['correctness']}")
    check(a["performance"] == {"passed": 2, "total": 2, "percent": 100}, f"{a['performance']}")
    check(a["score"] == 75, f"score {a['score']}")
    check([(s["verdict"], s["score"]) for s in a["submissions_made"]] == [("WA", 75), ("TLE", 50)],
          f"{a['submissions_made']}")
    check({(f["test"], f["group"], f["verdict"]) for f in a["failed"]} ==
          {("c2", "correctness", "WA"), ("c4", "correctness", "WA"), ("sample-1", "sample", "WA")},
          f"what failed: {a['failed']}")
    check(b["score"] is None and b["submissions_made"] == [] and b["failed"] == [], f"{b}")
    check(r["score"] == 75 and r["max_score"] == 200, f"{r['score']} / {r['max_score']}")
    # Time spent: on A from the start to the end (its focus never moved), B none.
    check(a["seconds_spent"] == 30 * 60 and b["seconds_spent"] == 0, f"{a['seconds_spent']}")

    rc, out, _ = run(["mock", "report", "1"], env=env)
    check("finished early, after 30:00" in out and "score 75 of 200 (38%)" in out, out)
    check("correctness 2/4 (50%) · performance 2/2 (100%) · time spent 30:00" in out, out)
    check("#1 at 5:00 WA 75" in out and "#2 at 20:00 TLE 50" in out, out)
    check("c2" in out and "correctness" in out and "not submitted: 0" in out, out)
    # Another user's mock is not shown without --user.
    rc, _, err = run(["mock", "report", "1"], env=dict(env, JUDGE_USER="ben"))
    check(rc == 2, f"{rc}")
    one_line_error(err, "ana's")


def test_default_performance_tests_by_input_size():
    """Without performance_tests in problem.json, the largest inputs are the performance
    tests (a quarter of the largest and up, when the largest is 4 KiB or more)."""
    env = mock_env("default-perf")
    lib = env["JUDGE_PROBLEMS"]
    shutil.rmtree(lib)
    d = square_package(lib, "sizes", "easy", explicit=False)
    # The performance inputs are padded with spaces: 8 KiB and 3 KiB, against a few bytes.
    write(os.path.join(d, "tests", "perf-1.in"), "100000" + " " * 8192 + "\n")
    write(os.path.join(d, "tests", "perf-2.in"), "200000" + " " * 3000 + "\n")
    start(env, "--problems", "1")
    slow = source("sq-slow2.py", SQUARE_SLOW)
    run(["mock", "submit", "A", slow], env=env)
    rc, r, _ = run_json(["mock", "finish"], env=env)
    p = r["problems"][0]
    # perf-2's 3 KiB is more than a quarter of perf-1's 8 KiB: both performance.
    check(p["performance"]["total"] == 2 and p["correctness"]["total"] == 4, f"{p}")
    check(p["score"] == 50, f"{p['score']}")


def test_stats_shows_mock_scores_over_time():
    env = mock_env("stats")
    ok, slow = source("sq-ok5.py", SQUARE_OK), source("sq-slow3.py", SQUARE_SLOW)
    start(env, "--problems", "2", "--seed", "1")
    run(["mock", "submit", "A", slow], env=at(env, "2026-11-20T10:10:00Z"))
    run(["mock", "finish"], env=at(env, "2026-11-20T10:20:00Z"))
    env2 = at(env, "2026-11-27T10:00:00Z")
    start(env2, "--problems", "2", "--seed", "1")
    run(["mock", "submit", "A", ok], env=at(env, "2026-11-27T10:10:00Z"))
    run(["mock", "submit", "B", ok], env=at(env, "2026-11-27T10:20:00Z"))
    run(["mock", "finish"], env=at(env, "2026-11-27T10:25:00Z"))
    # One under way is not in the statistics until it ends.
    start(at(env, "2026-11-28T10:00:00Z"), "--problems", "1")
    rc, o, err = run_json(["stats"], env=dict(env, JUDGE_TODAY="2026-11-28"))
    check(rc == 0, err)
    check([(m["id"], m["started_at"], m["score"], m["max_score"], m["percent"]) for m in o["mocks"]]
          == [(1, "2026-11-20T10:00:00Z", 50, 200, 25.0), (2, "2026-11-27T10:00:00Z", 200, 200, 100.0)],
          f"{o['mocks']}")
    rc, out, _ = run(["stats"], env=dict(env, JUDGE_TODAY="2026-11-28"))
    check("mock tests:" in out, out)
    lines = out[out.index("mock tests:"):].splitlines()
    check("#1" in lines[1] and "score   50/200   25%" in lines[1], f"{lines[1]!r}")
    check("#2" in lines[2] and "100%" in lines[2] and "+75" in lines[2], f"{lines[2]!r}")
    rc, o, _ = run_json(["mock", "list"], env=env)
    check([m["finished_at"] is None for m in o] == [False, False, True], f"{o}")


def test_session_commands():
    env = mock_env("session")
    ok = source("sq-ok6.py", SQUARE_OK)
    rc, out, err = run(["mock", "--problems", "2", "--seed", "2"],
                       stdin=f"help\nshow A\nfrobnicate\nsubmit\nsubmit B {ok}\ntime\nfinish\n",
                       env=env)
    check(rc == 0, f"{rc} {err}")
    check("Print the square of `n`." in out, f"the statement shown: {out!r}")
    check("judge: unknown command 'frobnicate' (help lists them)" in err, err)
    check("judge: submit needs a problem and a file" in err, err)
    check("B (" in out and "Accepted" in out, out)
    # finish: the report follows at once.
    check("finished early, after 0:00" in out and "score 100 of 200 (50%)" in out, out)
    # A long line is refused without ending the session.
    env2 = mock_env("session-2")
    rc, out, err = run(["mock", "--problems", "1"], stdin="x" * 10000 + "\ntime\nquit\n", env=env2)
    check(rc == 0 and "more than 4096 bytes" in err and "left (the deadline" in out, f"{out} {err}")


@jt.sqlite_only
def test_refusals_name_the_filter_and_leave_no_history_behind():
    env = mock_env("refusals")
    data = env["XDG_DATA_HOME"]
    # finish and submit with no mock under way, with the default history or a mistyped
    # --db: exit 2, one line, and no history created.
    ok = source("sq-ok-refusals.py", SQUARE_OK)
    typo = os.path.join(jt.WORK, "refusals-typo.db")
    if os.path.exists(typo):
        os.remove(typo)
    for args in (["mock", "finish"], ["mock", "submit", "A", ok],
                 ["mock", "finish", "--db", typo], ["mock", "submit", "A", ok, "--db", typo]):
        rc, _, err = run(args, env=env)
        check(rc == 2, f"{args}: {rc} {err}")
        one_line_error(err)
        check(not os.path.exists(typo), f"{args} created {typo}")
        check(not os.path.exists(data), f"{args} created {data}")
    # Filters that match nothing: the error names each of them.
    rc, _, err = run(["mock", "--difficulty", "hard", "--tag", "nosuch"], env=env)
    check(rc == 2, f"{rc} {err}")
    one_line_error(err, "the tag nosuch", "the difficulty hard")
    check(not os.path.exists(data), f"a refused start created {data}")
    # A start that picks its problems creates the history.
    start(env, "--problems", "1")
    check(os.path.exists(os.path.join(data, "judge", "history.db")), "the history is created")


def test_a_fifo_as_the_solution_is_refused_not_waited_on():
    # Reading a FIFO would wait for a writer forever: the session, `mock submit` and
    # `judge submit` refuse it in one line and go on.
    env = mock_env("fifo")
    fifo = os.path.join(jt.WORK, "mock-solution.py")
    if not os.path.exists(fifo):
        os.mkfifo(fifo)
    ok = source("sq-ok-fifo.py", SQUARE_OK)
    rc, out, err = run(["mock", "--problems", "1"], stdin=f"submit A {fifo}\nsubmit A {ok}\nquit\n",
                       env=env, timeout=120)
    check(rc == 0 and "not a regular file" in err and "Accepted" in out, f"{rc} {out} {err}")
    rc, _, err = run(["mock", "submit", "A", fifo], env=env, timeout=60)
    check(rc == 2, f"{rc} {err}")
    one_line_error(err, fifo, "not a regular file")
    rc, _, err = run(["submit", os.path.join(env["JUDGE_PROBLEMS"], "easy-a"), fifo], env=env,
                     timeout=60)
    check(rc == 2, f"{rc} {err}")
    one_line_error(err, fifo, "not a regular file")


@jt.sqlite_only
def test_a_damaged_history_is_refused_or_shown_never_obeyed():
    import sqlite3
    env = mock_env("damaged")
    start(env, "--problems", "1")
    ok = source("sq-ok7.py", SQUARE_OK)
    rc, _, err = run(["mock", "submit", "A", ok], env=env)
    check(rc == 0, err)
    db = os.path.join(env["XDG_DATA_HOME"], "judge", "history.db")
    conn = sqlite3.connect(db)
    conn.execute("UPDATE submissions SET verdict = ?", ("\x1b[2JAC",))
    conn.execute("UPDATE mock_problems SET problem_title = ?", ("Title\x1b]0;x\x07",))
    conn.commit()
    rc, out, err = run(["mock", "status"], env=env)
    check(rc == 0 and "\x1b" not in out and "\\x1b[2J" in out and "Title\\x1b]0;x\\x07" in out,
          f"{out!r} {err}")
    # A time that is not a time: the file is damaged, refused in one line.
    conn.execute("UPDATE mock_sessions SET deadline = ?", ("\x1b[2J",))
    conn.commit()
    conn.close()
    for args in (["mock", "status"], ["mock"], ["mock", "report", "1"], ["mock", "list"]):
        rc, out, err = run(args, stdin="", env=env)
        check(rc == 2, f"{args}: {rc} {out} {err}")
        one_line_error(err, "mock #1's deadline is not a time")
    # Commands that only read never create a history where none is.
    missing = os.path.join(jt.WORK, "no-such-dir", "history.db")
    for args in (["mock", "status"], ["mock", "report"], ["mock", "list"]):
        rc, _, err = run(args, env=dict(env, JUDGE_DB=missing))
        check(not os.path.exists(os.path.dirname(missing)), f"{args} created {missing}")
    check(rc == 0, f"list of nothing: {rc} {err}")
    # ... while a --db naming no file is a mistyped path: exit 2, and nothing created either.
    rc, _, err = run(["mock", "list", "--db", missing], env=env)
    check(rc == 2 and not os.path.exists(os.path.dirname(missing)), f"--db missing: {rc} {err}")
    one_line_error(err, "no history there")


if __name__ == "__main__":
    jt.main(globals())
