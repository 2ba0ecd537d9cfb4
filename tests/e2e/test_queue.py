"""test_queue.py: the queue (docs/scaling.md): `judge submit --queue`, `judge worker`,
`judge queue`, `judge problems push`.

Runs on an SQLite file, and with --postgres (CTest runs both) on a throwaway PostgreSQL server.
A queued submission is judged with the package it was queued with (by hash: an edit made
meanwhile does not change it, a tampered copy in the database is refused), once: a worker
killed mid-judging loses its lease and another judges the submission again; a worker stopped
past its lease finds its result discarded; SIGTERM lets a worker finish what it holds. With
PostgreSQL: 4 workers and 500 submissions, one worker killed and the server restarted once,
and 500 results, each once.
"""

import json
import os
import signal
import sqlite3
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
# About three seconds of judging (two tests of a second and a half, asleep): long enough to
# stop or kill a worker in the middle of it.
SLOW = "import time\ntime.sleep(1.5)\na, b = map(int, input().split())\nprint(a + b)\n"


class Queue:
    """A library, a history and a cache of one test."""

    def __init__(self, name):
        self.root = os.path.join(jt.WORK, name)
        self.lib = hf.library(os.path.join(self.root, "lib"), {"p1": ["math"]}, WEEKS)
        self.db = jt.history_db(os.path.join(self.root, "history.db"))
        self.n = 0

    def env(self, extra=None):
        e = {"JUDGE_DB": self.db, "JUDGE_PROBLEMS": self.lib, "JUDGE_NOW": "2026-11-03T10:00:00Z",
             "JUDGE_TODAY": "2026-11-03", "TZ": "UTC",
             "XDG_CACHE_HOME": os.path.join(self.root, "cache")}
        e.update(extra or {})
        return e

    def queue(self, user, text, problem="p1"):
        self.n += 1
        src = hf.write(os.path.join(self.root, "src", f"{self.n}.py"), text)
        rc, o, err = run_json(["submit", "--queue", problem, src, "--user", user, "--json"],
                              env=self.env())
        check(rc == 0 and "queued" in o, f"not queued: {rc} {err}")
        return o["queued"]

    def worker(self, *args, cache=None):
        """Starts `judge worker ARGS` in the background."""
        env = dict(os.environ)
        env.update(self.env({"XDG_CACHE_HOME": cache} if cache else None))
        return subprocess.Popen([jt.JUDGE, "worker", "--json"] + list(args), env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def entry(self, qid):
        rc, o, err = run_json(["queue", str(qid), "--json"], env=self.env())
        check(rc == 0, f"judge queue {qid}: {rc} {err}")
        return o

    def wait_state(self, qid, state, seconds=60):
        deadline = time.time() + seconds
        while time.time() < deadline:
            if self.entry(qid)["state"] == state:
                return
            time.sleep(0.1)
        raise jt.Failure(f"#{qid} not {state} after {seconds}s: {self.entry(qid)}")

    def sql(self, statement):
        """Runs statement on the history, whichever store it is in; rows as text lines."""
        if jt.POSTGRES:
            p = subprocess.run(["psql", self.db, "-qAt", "-v", "ON_ERROR_STOP=1", "-c",
                                statement], capture_output=True, text=True)
            check(p.returncode == 0, f"psql: {p.stderr}")
            return p.stdout.splitlines()
        conn = sqlite3.connect(self.db)
        rows = conn.execute(statement).fetchall()
        conn.commit()
        conn.close()
        return ["|".join(str(v) for v in r) for r in rows]

    def history(self):
        rc, o, err = run_json(["history", "--all", "--json"], env=self.env())
        check(rc == 0, f"history: {err}")
        return sorted(o, key=lambda s: s["id"])


def finished(proc, seconds=300):
    out, err = proc.communicate(timeout=seconds)
    return proc.returncode, [json.loads(line) for line in out.splitlines()], err


def test_queued_then_judged_as_submit_would():
    """Queued submissions are judged by a worker and recorded as `judge submit` records them:
    the same verdicts and tests, the week, at the time they were queued."""
    q = Queue("basic")
    a = q.queue("ana", hf.APLUSB_OK)
    b = q.queue("ben", hf.APLUSB_WA)
    check(q.entry(a)["state"] == "queued" and q.entry(a)["week"] == "week-01", f"{q.entry(a)}")
    rc, events, err = finished(q.worker("--until-empty"))
    check(rc == 0 and [e["outcome"] for e in events] == ["AC", "WA"], f"{rc} {events} {err}")
    h = q.history()
    check([(s["user"], s["verdict"], s["passed"], s["week"], s["judged_at"]) for s in h] ==
          [("ana", "AC", 2, "week-01", "2026-11-03T10:00:00Z"),
           ("ben", "WA", 0, "week-01", "2026-11-03T10:00:00Z")], f"{h}")
    for qid, s in zip((a, b), h):
        e = q.entry(qid)
        check(e["state"] == "done" and e["submission"] == s["id"] and e["attempts"] == 1, f"{e}")
    # The same file through `judge submit`: the same answer.
    src = hf.write(os.path.join(q.root, "direct.py"), hf.APLUSB_WA)
    rc, o, _ = run_json(["submit", "p1", src, "--user", "ben", "--json"], env=q.env())
    check(rc == 1 and o["verdict"] == "WA" and o["passed"] == 0, f"{rc} {o}")
    rc, o, _ = run_json(["show", str(h[1]["id"]), "--user", "ben", "--json"], env=q.env())
    check([t["verdict"] for t in o["tests"]] == ["WA", "WA"], f"{o}")


def test_package_by_hash_not_by_name():
    """A submission is judged with the package it was queued with: an edit made meanwhile is
    a new package, used only by what is queued after it."""
    q = Queue("hash")
    before = q.queue("ana", hf.APLUSB_OK)
    hf.write(os.path.join(q.lib, "p1", "tests", "2.ans"), "13\n")  # the answer changed
    after = q.queue("ana", hf.APLUSB_OK)
    check(q.entry(before)["package"] != q.entry(after)["package"], "two packages")
    rc, events, err = finished(q.worker("--until-empty"))
    check(rc == 0 and [(e["queued"], e["outcome"]) for e in events] ==
          [(before, "AC"), (after, "WA")], f"{events} {err}")
    # Pushing it again stores nothing new.
    rc, o, err = run_json(["problems", "push", "p1", "--json"], env=q.env())
    check(rc == 0 and o == [{"problem": "p1", "package": q.entry(after)["package"],
                             "added": False}], f"{rc} {o} {err}")


def test_tampered_package_refused():
    """The database is shared: a package whose stored bytes or manifest do not match their
    hashes is not judged (the submission fails, saying why) and nothing is written outside
    the cache."""
    q = Queue("tamper")
    qid = q.queue("ana", hf.APLUSB_OK)
    package = q.entry(qid)["package"]
    # One file's bytes replaced.
    q.sql("UPDATE blobs SET content = " + ("decode('78', 'hex')" if jt.POSTGRES else "X'78'") +
          " WHERE sha256 IN (SELECT sha256 FROM blobs LIMIT 1)")
    rc, events, err = finished(q.worker("--until-empty"))
    check(rc == 0 and events[0]["outcome"] == "failed" and
          "do not have its hash" in events[0]["message"], f"{events} {err}")
    check(q.history() == [], "nothing recorded")
    # A manifest pointing outside the package: it no longer has its hash.
    q2 = Queue("tamper2")
    qid = q2.queue("ana", hf.APLUSB_OK)
    package = q2.entry(qid)["package"]
    q2.sql(f"UPDATE packages SET manifest = replace(manifest, 'tests/2.in', '../../escaped') "
           f"WHERE sha256 = '{package}'")
    rc, events, err = finished(q2.worker("--until-empty"))
    check(rc == 0 and events[0]["outcome"] == "failed" and
          "does not have that hash" in events[0]["message"], f"{events} {err}")
    check(not os.path.exists(os.path.join(q2.root, "cache", "judge", "escaped")) and
          not os.path.exists(os.path.join(q2.root, "cache", "escaped")), "nothing outside")


def test_worker_killed_mid_judging():
    """kill -9 of a worker while it judges: its lease runs out and another worker judges the
    submission again; one result."""
    q = Queue("killed")
    qid = q.queue("ana", SLOW)
    first = q.worker("--lease", "2", "--name", "first")
    q.wait_state(qid, "judging")
    first.kill()
    first.communicate()
    check(q.entry(qid)["worker"] == "first", f"{q.entry(qid)}")
    rc, events, err = finished(q.worker("--until-empty", "--lease", "2", "--name", "second"))
    e = q.entry(qid)
    check(rc == 0 and [x["outcome"] for x in events] == ["AC"], f"{events} {err}")
    check(e["state"] == "done" and e["attempts"] == 2 and e["worker"] == "second", f"{e}")
    check(len(q.history()) == 1, "one result")


def test_late_result_discarded():
    """A worker stopped (SIGSTOP) past its lease: another takes the submission over and
    records it; the first, continued, finds its lease gone and writes nothing."""
    q = Queue("late")
    qid = q.queue("ana", SLOW)
    slow = q.worker("--until-empty", "--lease", "2", "--name", "stopped")
    q.wait_state(qid, "judging")
    os.kill(slow.pid, signal.SIGSTOP)
    try:
        rc, events, err = finished(q.worker("--until-empty", "--lease", "30", "--name", "other"))
        check(rc == 0 and [x["outcome"] for x in events] == ["AC"], f"{events} {err}")
    finally:
        os.kill(slow.pid, signal.SIGCONT)
    rc, events, err = finished(slow)
    check(rc == 0 and [x["outcome"] for x in events] == ["discarded"], f"{events} {err}")
    e = q.entry(qid)
    check(e["state"] == "done" and e["worker"] == "other" and len(q.history()) == 1,
          f"{e} {q.history()}")


def test_sigterm_finishes_what_it_holds():
    """SIGTERM: the worker records what it is judging, takes nothing more, and exits 0."""
    q = Queue("drain")
    slow = q.queue("ana", SLOW)
    fast = q.queue("ben", hf.APLUSB_OK)
    w = q.worker("--name", "drained")
    q.wait_state(slow, "judging")
    w.send_signal(signal.SIGTERM)
    rc, events, err = finished(w)
    check(rc == 0 and [(x["queued"], x["outcome"]) for x in events] == [(slow, "AC")],
          f"{rc} {events} {err}")
    check(q.entry(fast)["state"] == "queued", f"{q.entry(fast)}")


def test_usage_and_refusals():
    """Options a queued submission cannot have, bad worker options, an unknown id: exit 2
    (1 for the id), one line, nothing queued."""
    q = Queue("usage")
    src = hf.write(os.path.join(q.root, "a.py"), hf.APLUSB_OK)
    for extra in (["--time-limit", "5"], ["--fail-fast"]):
        rc, _, err = run(["submit", "--queue", "p1", src] + extra, env=q.env())
        check(rc == 2 and "--queue" in err and len(err.strip().splitlines()) == 1, f"{rc} {err}")
    for args in (["--jobs", "0"], ["--lease", "1"], ["extra"]):
        rc, _, err = run(["worker"] + args, env=q.env())
        check(rc == 2, f"worker {args}: {rc} {err}")
    rc, _, err = run(["queue", "999"], env=q.env())
    check(rc == 1 and "no queued submission #999" in err, f"{rc} {err}")
    rc, out, _ = run(["queue"], env=q.env())
    check(rc == 0 and out.strip() == "nothing queued", out)
    # A package with a symbolic link is not stored (its target is not the package's).
    os.symlink("/etc/passwd", os.path.join(q.lib, "p1", "tests", "link"))
    rc, _, err = run(["problems", "push", "p1"], env=q.env())
    check(rc == 2 and "symbolic link" in err, f"{rc} {err}")


@jt.postgres_only
def test_burst_with_a_worker_killed_and_the_server_restarted():
    """4 workers, 500 queued submissions; one worker killed mid-judging and the server
    restarted once: 500 results, each once, none lost."""
    q = Queue("burst")
    total = 500
    srcs = [hf.write(os.path.join(q.root, "src", f"b{i}.py"),
                     hf.APLUSB_OK if i % 5 else hf.APLUSB_WA) for i in range(total)]
    for i, src in enumerate(srcs):
        rc, _, err = run(["submit", "--queue", "p1", src, "--user", f"u{i % 25}"],
                         env=q.env())
        check(rc == 0, f"queue {i}: {err}")
    workers = [q.worker("--until-empty", "--lease", "3", "--name", f"w{i}") for i in range(4)]

    def done():
        return int(q.sql("SELECT count(*) FROM queue WHERE state = 'done'")[0])

    deadline = time.time() + 600
    while done() < 50 and time.time() < deadline:
        time.sleep(0.2)
    while int(q.sql("SELECT count(*) FROM queue WHERE state = 'judging' AND worker = 'w0'")[0]) \
            == 0 and time.time() < deadline:
        time.sleep(0.01)
    workers[0].kill()
    while done() < 150 and time.time() < deadline:
        time.sleep(0.2)
    subprocess.run([os.path.join(jt.ROOT, "scripts", "pg-scratch"), "restart", jt.POSTGRES_DIR],
                   check=True)
    for w in workers[1:]:
        rc, events, err = finished(w, seconds=max(10, deadline - time.time()))
        check(rc == 0, f"a worker: exit {rc}: {err[-2000:]}")
    workers[0].communicate()
    states = q.sql("SELECT state, count(*) FROM queue GROUP BY state")
    check(states == [f"done|{total}"], f"states {states}")
    check(q.sql("SELECT count(*), count(DISTINCT submission_id) FROM queue") ==
          [f"{total}|{total}"], "one submission each")
    check(q.sql("SELECT count(*) FROM submissions") == [str(total)], "no result twice")
    check(q.sql("SELECT count(*) FROM submissions s JOIN queue q ON q.submission_id = s.id "
                "WHERE s.verdict = CASE WHEN q.filename LIKE 'b%0.py' OR q.filename LIKE "
                "'b%5.py' THEN 'WA' ELSE 'AC' END") == [str(total)], "each its own verdict")
    check(int(q.sql("SELECT max(attempts) FROM queue")[0]) >= 2, "the killed one judged again")


if __name__ == "__main__":
    jt.main(globals())
