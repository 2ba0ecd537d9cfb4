"""test_history.py: the submission history end to end: judge submit records everything,
history and show read it back, the user defaults, SE is not recorded, kill -9 at any moment
leaves a consistent database, concurrent submits lose nothing, a version-1 database is migrated
with nothing lost, and a newer, corrupt or foreign file is refused untouched."""

import csv
import hashlib
import io
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "history"))
import _judgetest as jt  # noqa: E402
from _judgetest import check, run, run_json  # noqa: E402
import histfixture as hf  # noqa: E402

WEEKS = [{"id": "week-01", "title": "Warm-up", "starts": "2026-11-09", "ends": "2026-11-15",
          "problems": ["aplusb"]},
         {"id": "week-05", "title": "Again", "starts": "2026-12-07", "ends": "2026-12-13",
          "problems": ["aplusb"]}]


def workspace(name, problems=None, weeks=None):
    """A library (A+B problems) and the path of a history that does not exist yet."""
    root = os.path.join(jt.WORK, name)
    shutil.rmtree(root, ignore_errors=True)
    lib = hf.library(os.path.join(root, "lib"), problems or {"aplusb": ["math"], "other": []},
                     WEEKS if weeks is None else weeks)
    return root, lib, os.path.join(root, "data", "judge", "history.db")


def solution(root, name, text):
    return hf.write(os.path.join(root, "src", name), text)


def rows(db, sql="SELECT * FROM submissions ORDER BY id"):
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql).fetchall()]
    finally:
        conn.close()


def one_line_error(err, *parts):
    lines = err.strip().splitlines()
    check(len(lines) == 1, f"expected a one-line error, got {err!r}")
    for p in parts:
        check(p in lines[0], f"the error lacks {p!r}: {lines[0]!r}")


# ---- recording ----

def test_submit_records_everything():
    root, lib, db = workspace("record")
    src = solution(root, "ok.py", hf.APLUSB_OK)
    env = {"JUDGE_TODAY": "2026-11-10", "JUDGE_NOW": "2026-11-10T08:09:10Z", "JUDGE_USER": "ana"}
    rc, out, err = run(["submit", "aplusb", src, "--problems", lib, "--db", db], env=env)
    check(rc == 0, f"submit: {rc} {err}")
    check("Accepted" in out and out.rstrip().endswith("recorded as #1 (ana, week-01)"),
          f"the report and the record line: {out}")
    _, version, _ = run(["--version"])
    [r] = rows(db)
    source = open(src, "rb").read()
    check(r["user"] == "ana" and r["problem"] == "aplusb" and r["problem_title"] == "APLUSB", f"{r}")
    check(r["week"] == "week-01" and r["language"] == "python" and r["verdict"] == "AC", f"{r}")
    check(r["passed"] == 2 and r["total"] == 2 and r["max_time_ms"] >= 0 and r["max_memory_kib"] > 0, f"{r}")
    check(r["source"] == source.decode(), "the source itself")
    check(r["source_sha256"] == hashlib.sha256(source).hexdigest(), "its SHA-256")
    check(r["judged_at"] == "2026-11-10T08:09:10Z", f"judged_at {r['judged_at']}")
    check(version.strip() == "judge " + r["judge_version"], f"judge version {r['judge_version']}")
    tests = rows(db, "SELECT * FROM submission_tests ORDER BY position")
    check([(t["name"], t["verdict"]) for t in tests] == [("2", "AC"), ("sample-1", "AC")], f"{tests}")
    check(all(t["time_ms"] is not None and t["memory_kib"] > 0 for t in tests), f"{tests}")
    check([t["tag"] for t in rows(db, "SELECT tag FROM submission_tags")] == ["math"], "tags")

    # --json: the report with the record in it. Week: outside every set's dates, the latest
    # set with the problem; a problem in no set: none.
    env.update(JUDGE_TODAY="2026-11-30", JUDGE_USER="ben")
    wa = solution(root, "wa.py", hf.APLUSB_WA)
    rc, o, err = run_json(["submit", "aplusb", wa, "--problems", lib, "--db", db], env=env)
    check(rc == 1 and o["verdict"] == "WA", f"WA: {rc} {o['verdict']} {err}")
    check(o["submission"] == {"id": 2, "user": "ben", "week": "week-05",
                              "judged_at": "2026-11-10T08:09:10Z"}, f"{o['submission']}")
    rc, o, _ = run_json(["submit", "other", src, "--problems", lib, "--db", db], env=env)
    check(o["submission"]["week"] is None, f"no week: {o['submission']}")
    ce = solution(root, "ce.cpp", "int main( {\n")
    rc, o, _ = run_json(["submit", "aplusb", ce, "--problems", lib, "--db", db], env=env)
    check(rc == 1 and o["verdict"] == "CE", f"CE recorded: {o['verdict']}")
    tests = rows(db, f"SELECT * FROM submission_tests WHERE submission_id = {o['submission']['id']}")
    check([t["verdict"] for t in tests] == ["skipped", "skipped"], f"CE tests: {tests}")


def test_stats_and_review_show_a_hostile_problem_id_never_obey_it():
    """A problem's id is its package folder's name: an escape sequence or a newline in it
    reaches stats and review as text to show (\\x1b, \\n), never as a command to the
    terminal or a row of its own."""
    evil = "evil\x1b[2J\nrow"
    root, lib, db = workspace("hostile-id", problems={evil: []}, weeks=[])
    env = {"JUDGE_DB": db, "JUDGE_USER": "ana", "JUDGE_NOW": "2026-11-10T08:00:00Z",
           "JUDGE_TODAY": "2026-11-10"}
    rc, out, err = run(["submit", os.path.join(lib, evil), solution(root, "wa.py", hf.APLUSB_WA)],
                       env=env)
    check(rc == 1, f"recorded: {rc} {out} {err}")
    for today in ("2026-11-10", "2026-11-20", "2026-12-30"):
        env.update(JUDGE_TODAY=today, JUDGE_NOW=today + "T08:00:00Z")
        for args in (["stats"], ["review"]):
            rc, out, err = run(args, env=env)
            check(rc in (0, 1) and "\x1b" not in out + err, f"{args} {today}: raw ESC: {out!r}")
            check("evil\\x1b[2J\\nrow" in out or "evil" not in out,
                  f"{args} {today}: shown escaped: {out!r}")


def test_history_and_show():
    root, lib, db = workspace("history")
    ok = solution(root, "ok.py", hf.APLUSB_OK)
    wa = solution(root, "wa.py", hf.APLUSB_WA)
    plan = [("ana", ok, "2026-11-09T10:00:00Z"), ("ana", wa, "2026-11-10T10:00:00Z"),
            ("ben", wa, "2026-11-11T10:00:00Z"), ("ana", ok, "2026-11-12T10:00:00Z")]
    for user, src, now in plan:
        run(["submit", "aplusb", src, "--problems", lib, "--user", user],
            env={"JUDGE_DB": db, "JUDGE_NOW": now, "JUDGE_TODAY": now[:10]})
    env = {"JUDGE_DB": db, "JUDGE_USER": "ana"}
    rc, o, _ = run_json(["history"], env=env)
    check(rc == 0 and [x["id"] for x in o] == [4, 2, 1], f"ana's, newest first: {[x['id'] for x in o]}")
    check(set(o[0]) == {"id", "user", "problem", "problem_title", "week", "language", "verdict",
                        "passed", "total", "time_ms", "memory_kb", "judged_at", "judge_version",
                        "source_sha256", "tags"}, f"history keys: {sorted(o[0])}")
    _, o, _ = run_json(["history", "--all"], env=env)
    check([x["id"] for x in o] == [4, 3, 2, 1], "everyone's")
    _, o, _ = run_json(["history", "--user", "ben"], env=env)
    check([x["id"] for x in o] == [3], "ben's")
    _, o, _ = run_json(["history", "--verdict", "wa", "--all"], env=env)
    check([x["id"] for x in o] == [3, 2], "--verdict")
    _, o, _ = run_json(["history", "--since", "2026-11-10", "--limit", "2"], env=env)
    check([x["id"] for x in o] == [4, 2], "--since and --limit")
    _, o, _ = run_json(["history", "--week", "week-01", "--problem", "aplusb"], env=env)
    check([x["id"] for x in o] == [4, 2, 1], "--week and --problem")
    _, o, _ = run_json(["history", "--problem", "nope"], env=env)
    check(o == [], "no match")
    rc, out, err = run(["history", "--csv", "--all"], env=env)
    table = list(csv.DictReader(io.StringIO(out)))
    check(rc == 0 and [r["id"] for r in table] == ["4", "3", "2", "1"], f"csv: {out}")
    check(table[1]["user"] == "ben" and table[1]["verdict"] == "WA" and table[1]["tags"] == "math", f"{table[1]}")
    rc, out, _ = run(["history"], env=env)
    check(rc == 0 and "aplusb" in out and "week-01" in out and "WA" in out, f"table: {out}")
    for bad in (["--since", "2026-13-01"], ["--verdict", "XX"], ["--limit", "0"], ["--json", "--csv"]):
        rc, _, err = run(["history"] + bad, env=env)
        check(rc == 2 and err.strip(), f"history {bad}: {rc} {err}")

    rc, o, _ = run_json(["show", "2"], env=env)
    check(rc == 0 and o["verdict"] == "WA" and o["source"] == hf.APLUSB_WA, f"show --json: {o}")
    check([(t["name"], t["verdict"]) for t in o["tests"]] == [("2", "WA"), ("sample-1", "WA")],
          f"show tests: {o['tests']}")
    check("expected" in o["tests"][1]["message"], f"the sample's message: {o['tests'][1]}")
    rc, out, _ = run(["show", "#2"], env=env)
    check(rc == 0 and "Wrong answer" in out and hf.APLUSB_WA in out and "sample-1" in out, f"show: {out}")
    rc, _, err = run(["show", "99"], env=env)
    check(rc == 1 and "no submission #99" in err, f"show 99: {rc} {err}")
    rc, _, err = run(["show", "x"], env=env)
    check(rc == 2, f"show x: {rc} {err}")


def test_user_and_path_defaults():
    root, lib, _ = workspace("defaults")
    src = solution(root, "ok.py", hf.APLUSB_OK)
    data = os.path.join(root, "xdg-data")
    config = os.path.join(root, "xdg-config")
    base = {"XDG_DATA_HOME": data, "XDG_CONFIG_HOME": config, "JUDGE_DB": "", "JUDGE_USER": "",
            "USER": "login"}

    def submit_as(**extra):
        env = dict(base, **extra)
        rc, o, err = run_json(["submit", "aplusb", src, "--problems", lib], env=env)
        check(rc == 0, f"submit: {rc} {err}")
        return o["submission"]["user"]

    check(submit_as() == "login", "$USER")
    hf.write(os.path.join(config, "judge", "config.json"), json.dumps({"user": "configured"}))
    check(submit_as() == "configured", "config.json")
    check(submit_as(JUDGE_USER="from-env") == "from-env", "$JUDGE_USER")
    rc, o, _ = run_json(["submit", "aplusb", src, "--problems", lib, "--user", "given"],
                        env=dict(base, JUDGE_USER="from-env"))
    check(o["submission"]["user"] == "given", "--user")
    os.remove(os.path.join(config, "judge", "config.json"))
    import pwd
    check(submit_as(USER="") == pwd.getpwuid(os.getuid()).pw_name,
          "USER unset: the passwd entry's login name (issue 10)")
    db = os.path.join(data, "judge", "history.db")
    check(len(rows(db)) == 5, "the default path under $XDG_DATA_HOME")
    # A malformed config is an error naming the file.
    path = hf.write(os.path.join(config, "judge", "config.json"), "{\"user\": ")
    rc, _, err = run(["submit", "aplusb", src, "--problems", lib], env=base)
    check(rc == 2 and path in err, f"bad config: {rc} {err}")
    # Reading a history that does not exist creates nothing.
    missing = os.path.join(root, "nowhere", "history.db")
    rc, o, _ = run_json(["history"], env={"JUDGE_DB": missing})
    check(rc == 0 and o == [] and not os.path.exists(os.path.dirname(missing)), "nothing created")


def test_system_error_not_recorded():
    root, lib, db = workspace("se")
    # A Kattis validator that exits 1 (neither 42 nor 43): the judge's failure, SE.
    pkg = os.path.join(lib, "broken")
    shutil.copytree(os.path.join(lib, "aplusb"), pkg)
    hf.write(os.path.join(pkg, "problem.json"),
             json.dumps({"title": "Broken", "checker": {"type": "kattis", "source": "validate.py"}}))
    hf.write(os.path.join(pkg, "validate.py"), "import sys\nsys.exit(1)\n")
    src = solution(root, "ok.py", hf.APLUSB_OK)
    rc, out, err = run(["submit", "broken", src, "--problems", lib, "--db", db])
    check(rc == 3, f"SE: exit 3, got {rc} ({out} {err})")
    check("not recorded" in err, f"says it is not recorded: {err}")
    check(rows(db) == [], "nothing recorded")


# ---- kill -9 and concurrency ----

def consistent(db):
    """integrity_check passes and every submission row is whole: all its tests and tags."""
    conn = sqlite3.connect(db)
    try:
        check(conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", "integrity_check")
        check(conn.execute("PRAGMA foreign_key_check").fetchall() == [], "foreign keys")
        broken = conn.execute(
            "SELECT s.id, s.total, (SELECT count(*) FROM submission_tests t WHERE t.submission_id = s.id),"
            " (SELECT count(*) FROM submission_tags g WHERE g.submission_id = s.id) FROM submissions s"
        ).fetchall()
        for sid, total, ntests, ntags in broken:
            check(ntests == total and ntags == 2, f"submission {sid} is incomplete: "
                                                   f"{ntests} of {total} tests, {ntags} of 2 tags")
        stray = conn.execute("SELECT count(*) FROM submission_tests WHERE submission_id NOT IN "
                             "(SELECT id FROM submissions)").fetchone()[0]
        check(stray == 0, f"{stray} test rows without a submission")
        return len(broken)
    finally:
        conn.close()


def wal_state(db):
    try:
        st = os.stat(db + "-wal")
        return st.st_size, st.st_mtime_ns
    except FileNotFoundError:
        return None


def kill_when_writing(args, env, db, rng):
    """Starts a submit and kills it as soon as it writes the WAL (the recording), after a
    random pause of 0 to 3 ms; returns whether it got that far."""
    p = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    start = wal_state(db)
    pause = rng.choice([0, 0, 0.0005, 0.001, 0.002, 0.003])
    hit = False
    while p.poll() is None:
        now = wal_state(db)
        if now is not None and now[0] > 0 and now != start:
            if pause:
                time.sleep(pause)
            hit = True
            break
    p.send_signal(signal.SIGKILL)
    p.wait(timeout=60)
    return hit


def test_kill_during_submit_leaves_a_consistent_history():
    # Many tests and a large source make the recording write many pages.
    root, lib, db = workspace("kill", problems={"aplusb": ["math", "x"]}, weeks=[])
    for i in range(3, 40):
        hf.write(os.path.join(lib, "aplusb", "tests", f"{i}.in"), f"{i} {i}\n")
        hf.write(os.path.join(lib, "aplusb", "tests", f"{i}.ans"), f"{2 * i}\n")
    src = solution(root, "big.py", hf.APLUSB_OK + "#" + "x" * 900_000 + "\n")
    args = [jt.JUDGE, "submit", "aplusb", src, "--problems", lib, "--db", db, "--user", "k"]
    env = dict(os.environ, NO_COLOR="1")

    durations = []
    for _ in range(3):
        start = time.monotonic()
        subprocess.run(args, env=env, capture_output=True, timeout=120)
        durations.append(time.monotonic() - start)
    typical = sorted(durations)[1]
    before = consistent(db)
    check(before == 3, f"three whole submissions first, got {before}")

    rng = random.Random(4)
    kills = 24
    # Killed at any moment, from the start to past the end of a typical run: opening,
    # judging, recording, closing.
    for i in range(kills):
        p = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(typical * 1.2 * (i + rng.random()) / kills)
        p.send_signal(signal.SIGKILL)
        p.wait(timeout=60)
        if i % 8 == 7:
            consistent(db)
    # Killed while recording: the moment the WAL is written, or a few milliseconds on.
    # Catching that moment depends on the machine's load: try until half of `kills` were
    # caught, up to three times as many attempts.
    hits = attempts = 0
    while hits < kills // 2 and attempts < 3 * kills:
        hits += kill_when_writing(args, env, db, rng)
        attempts += 1
    check(hits >= kills // 2, f"only {hits} of {attempts} submits were killed while recording")
    after = consistent(db)
    check(before <= after <= before + kills + attempts, f"{after} rows")
    # The history still takes a submission after all that, and reads back.
    rc = subprocess.run(args, env=env, capture_output=True, timeout=120).returncode
    check(rc == 0 and consistent(db) == after + 1, "a submit after the kills")
    print(f"  (typical submit {typical:.3f} s; {after - before} of {kills + attempts} killed "
          f"submits were recorded whole, {hits} killed while recording)")


def test_concurrent_submits_lose_nothing():
    root, lib, db = workspace("concurrent", problems={"aplusb": ["math", "y"]}, weeks=[])
    src = solution(root, "ok.py", hf.APLUSB_OK)
    env = dict(os.environ, NO_COLOR="1")
    failures = []

    def member(n):
        for k in range(25):
            p = subprocess.run([jt.JUDGE, "submit", "aplusb", src, "--problems", lib, "--db", db,
                                "--user", f"u{n}"], env=env, capture_output=True, text=True,
                               timeout=300)
            if p.returncode != 0:
                failures.append(f"u{n} #{k}: {p.returncode} {p.stderr.strip()}")

    threads = [threading.Thread(target=member, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    check(not failures, f"failed submits: {failures[:5]}")
    check(consistent(db) == 200, "200 rows")
    per_user = rows(db, "SELECT user, count(*) AS n FROM submissions GROUP BY user ORDER BY user")
    check([(r["user"], r["n"]) for r in per_user] == [(f"u{n}", 25) for n in range(8)], f"{per_user}")
    ids = [r["id"] for r in rows(db, "SELECT id FROM submissions ORDER BY id")]
    check(ids == list(range(1, 201)), "ids 1..200")


# ---- schema versions ----


def test_migrate_version_1():
    root = os.path.join(jt.WORK, "migrate")
    shutil.rmtree(root, ignore_errors=True)
    os.makedirs(root)
    db = os.path.join(root, "v1.db")
    originals = hf.fixture_rows()
    originals[0]["source"] = "int main() { return 0; } // ünïcödé, \"quotes\", 'apostrophes'\n"
    originals[1]["tests"][0]["message"] = "line 1: expected '3', got '4'\nand a second line"
    hf.fixture_history(db, version=1, rows=originals)

    rc, o, err = run_json(["history", "--all", "--db", db])
    check(rc == 0 and len(o) == len(originals), f"history on v1: {rc} {len(o)} {err}")
    conn = sqlite3.connect(db)
    check(conn.execute("PRAGMA user_version").fetchone()[0] == hf.SCHEMA_VERSION,
          f"migrated to version {hf.SCHEMA_VERSION}")
    columns = [r[1] for r in conn.execute("PRAGMA table_info(submissions)")]
    check("tests" not in columns and "tags" not in columns, f"columns: {columns}")
    conn.close()
    by_id = {r["id"]: r for r in rows(db)}
    for want in originals:
        got = by_id[want["id"]]
        for key in ("user", "problem", "problem_title", "week", "language", "source",
                    "source_sha256", "verdict", "passed", "total", "max_time_ms",
                    "max_memory_kib", "judged_at", "judge_version"):
            check(got[key] == want[key], f"#{want['id']} {key}: {got[key]!r} != {want[key]!r}")
        tests = rows(db, f"SELECT name, verdict, time_ms, memory_kib, message FROM submission_tests "
                         f"WHERE submission_id = {want['id']} ORDER BY position")
        check(tests == [{"name": t["name"], "verdict": t["verdict"], "time_ms": t["time_ms"],
                         "memory_kib": t["memory_kb"], "message": t["message"]} for t in want["tests"]],
              f"#{want['id']} tests: {tests} != {want['tests']}")
        tags = [r["tag"] for r in rows(db, f"SELECT tag FROM submission_tags WHERE submission_id = "
                                           f"{want['id']} ORDER BY tag")]
        check(tags == sorted(want["tags"]), f"#{want['id']} tags {tags}")
    rc, o, _ = run_json(["show", "1", "--db", db, "--user", originals[0]["user"]])
    check(o["source"] == originals[0]["source"], "show after migration")
    check(consistent_v2(db), "consistent")
    # And the migrated history takes new submissions after the old ids.
    root2, lib, _ = workspace("migrate-lib")
    src = solution(root2, "ok.py", hf.APLUSB_OK)
    rc, o, err = run_json(["submit", "aplusb", src, "--problems", lib, "--db", db])
    check(rc == 0 and o["submission"]["id"] == len(originals) + 1, f"{o.get('submission')} {err}")


def consistent_v2(db):
    conn = sqlite3.connect(db)
    ok = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    return ok


def refused(path, args, *expected):
    before = open(path, "rb").read()
    rc, out, err = run(args + ["--db", path])
    check(rc == 2, f"{args} on {os.path.basename(path)}: exit 2 expected, got {rc} ({out} {err})")
    one_line_error(err, path, *expected)
    check(open(path, "rb").read() == before, f"{path} was modified")
    check(not os.path.exists(path + "-wal") or os.path.getsize(path + "-wal") == 0, "no WAL written")


def test_migrate_version_2():
    """A version-2 history (before the meeting routine) gains the routine's tables, keeps every
    row, and takes notes afterwards; a version-3 file missing one of them is refused."""
    root = os.path.join(jt.WORK, "migrate2")
    shutil.rmtree(root, ignore_errors=True)
    os.makedirs(root)
    db = hf.fixture_history(os.path.join(root, "v2.db"), version=2)
    before = rows(db)
    rc, o, err = run_json(["history", "--all", "--db", db])
    check(rc == 0 and len(o) == len(before), f"history on v2: {rc} {err}")
    conn = sqlite3.connect(db)
    check(conn.execute("PRAGMA user_version").fetchone()[0] == hf.SCHEMA_VERSION,
          f"migrated to version {hf.SCHEMA_VERSION}")
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
    conn.close()
    for table in ("notes", "mistakes", "presentations", "review_pairs", "comments"):
        check(table in tables, f"table {table} after migration: {tables}")
    check(rows(db) == before, "every submission kept as it was")
    note = hf.write(os.path.join(root, "note.md"), "two pointers\n")
    rc, out, err = run(["note", "p-a", "--file", note, "--user", "ana", "--db", db])
    check(rc == 0 and "with submission #1" in out, f"a note on the migrated history: {rc} {out} {err}")

    missing = os.path.join(root, "v3-no-comments.db")
    conn = hf.new_db(missing, 3)
    conn.execute("DROP TABLE comments")
    conn.commit()
    conn.close()
    refused(missing, ["history", "--all"], "table comments is missing")


def test_migrate_version_3():
    """A version-3 history (the meeting routine, before mock tests) gains the mock tables and
    keeps every row and note; `judge mock list` then answers; a version-4 file missing one of
    the mock tables is refused."""
    root = os.path.join(jt.WORK, "migrate3")
    shutil.rmtree(root, ignore_errors=True)
    os.makedirs(root)
    db = hf.fixture_history(os.path.join(root, "v3.db"), version=3)
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO notes VALUES (1, 'sorted, then two pointers', '2026-11-03T10:00:00Z')")
    conn.commit()
    conn.close()
    before = rows(db)
    rc, o, err = run_json(["history", "--all", "--db", db])
    check(rc == 0 and len(o) == len(before), f"history on v3: {rc} {err}")
    conn = sqlite3.connect(db)
    check(conn.execute("PRAGMA user_version").fetchone()[0] == hf.SCHEMA_VERSION,
          f"migrated to version {hf.SCHEMA_VERSION}")
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
    notes = conn.execute("SELECT submission_id, text FROM notes").fetchall()
    conn.close()
    for table in ("mock_sessions", "mock_problems", "mock_submissions", "mock_focus"):
        check(table in tables, f"table {table} after migration: {tables}")
    check(notes == [(1, "sorted, then two pointers")], f"the note kept: {notes}")
    check(rows(db) == before, "every submission kept as it was")
    rc, out, err = run(["mock", "list", "--user", "ana", "--db", db])
    check(rc == 0, f"mock list on the migrated history: {rc} {out} {err}")

    missing = os.path.join(root, "v4-no-focus.db")
    conn = hf.new_db(missing, 4)
    conn.execute("DROP TABLE mock_focus")
    conn.commit()
    conn.close()
    refused(missing, ["history", "--all"], "table mock_focus is missing")


def test_migrate_version_4():
    """A version-4 history (before the group's calendar) gains the calendar table and keeps
    every row; `judge week start` then stores a calendar in it; a version-5 file without the
    table is refused."""
    root = os.path.join(jt.WORK, "migrate4")
    shutil.rmtree(root, ignore_errors=True)
    os.makedirs(root)
    db = hf.fixture_history(os.path.join(root, "v4.db"), version=4)
    before = rows(db)
    rc, o, err = run_json(["history", "--all", "--db", db])
    check(rc == 0 and len(o) == len(before), f"history on v4: {rc} {err}")
    conn = sqlite3.connect(db)
    check(conn.execute("PRAGMA user_version").fetchone()[0] == hf.SCHEMA_VERSION,
          f"migrated to version {hf.SCHEMA_VERSION}")
    check(conn.execute("SELECT COUNT(*) FROM calendar").fetchone()[0] == 0, "no calendar yet")
    conn.close()
    check(rows(db) == before, "every submission kept as it was")
    rc, out, err = run(["week", "start", "2026-12-07", "--db", db, "--user", "ana",
                        "--problems", os.path.join(root, "no-library")])
    check(rc == 0, f"week start on the migrated history: {rc} {out} {err}")
    conn = sqlite3.connect(db)
    got = conn.execute("SELECT starts, every_days, sets, set_by FROM calendar").fetchall()
    conn.close()
    check(got == [("2026-12-07", 7, None, "ana")], f"the calendar stored: {got}")

    missing = os.path.join(root, "v5-no-calendar.db")
    conn = hf.new_db(missing, 5)
    conn.execute("DROP TABLE calendar")
    conn.commit()
    conn.close()
    refused(missing, ["history", "--all"], "table calendar is missing")


def test_refuse_newer_corrupt_and_foreign_files():
    boxes_before = set(jt.leftover_boxes())
    root, lib, _ = workspace("refuse")
    src = solution(root, "ok.py", hf.APLUSB_OK)
    submit = ["submit", "aplusb", src, "--problems", lib]

    newer = os.path.join(root, "newer.db")
    conn = hf.new_db(newer, hf.SCHEMA_VERSION)
    hf.insert(conn, hf.fixture_rows()[0], hf.SCHEMA_VERSION)
    conn.execute(f"PRAGMA user_version = {hf.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    for args in (["history"], submit, ["stats"]):
        refused(newer, args, f"schema version {hf.SCHEMA_VERSION + 1} is newer than this judge "
                             f"knows ({hf.SCHEMA_VERSION})")

    foreign = os.path.join(root, "foreign.db")
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.execute("INSERT INTO notes VALUES ('mine')")
    conn.commit()
    conn.close()
    for args in (["history"], submit):
        refused(foreign, args, "not a judge history database")

    garbage = hf.write(os.path.join(root, "garbage.db"), "this is not a database at all\n" * 100)
    for args in (["history"], submit, ["show", "1"]):
        refused(garbage, args, "not a judge history database")

    # A real judge history with a damaged page: corrupt.
    corrupt = os.path.join(root, "corrupt.db")
    rows_ = [hf.row(i, "ana", "p-a", None, "WA", "2026-11-02T00:00:00Z", ["arrays"]) for i in range(1, 400)]
    hf.fixture_history(corrupt, rows=rows_)
    with open(corrupt, "r+b") as f:
        size = f.seek(0, os.SEEK_END)
        f.seek(size // 2)
        f.write(os.urandom(8192))
    for args in (["history", "--all"], submit):
        refused(corrupt, args, "corrupt")

    # A refused history is refused before any judging: no box was even made.
    check(set(jt.leftover_boxes()) == boxes_before, "no box directories")


def test_refuse_missing_tables_and_columns():
    """A file with the judge's identity whose tables or columns are missing or of another type
    is a bad history file: refused at open, exit 2, one line naming the file, untouched."""
    root, lib, _ = workspace("shape")
    src = solution(root, "ok.py", hf.APLUSB_OK)
    submit = ["submit", "aplusb", src, "--problems", lib]

    def broken(name, *statements, version=2):
        path = os.path.join(root, name)
        conn = hf.new_db(path, version)
        hf.insert(conn, hf.fixture_rows()[0], version)
        for sql in statements:
            conn.execute(sql)
        conn.commit()
        conn.close()
        return path

    no_tags = broken("no-tags.db", "DROP TABLE submission_tags")
    for args in (["history", "--all"], ["show", "1"], ["stats", "--user", "ana"], submit):
        refused(no_tags, args, "table submission_tags is missing")
    no_message = broken("no-message.db", "ALTER TABLE submission_tests DROP COLUMN message")
    for args in (["show", "1"], ["history", "--all"], submit):
        refused(no_message, args, "column submission_tests.message is missing")
    view = broken("view.db", "DROP TABLE submission_tags",
                  "CREATE VIEW submission_tags AS SELECT 1 AS submission_id, 'x' AS tag")
    refused(view, ["history", "--all"], "table submission_tags is missing")
    retyped = broken("retyped.db", "ALTER TABLE submissions DROP COLUMN judge_version",
                     "ALTER TABLE submissions ADD COLUMN judge_version BLOB")
    refused(retyped, ["history", "--all"], "submissions.judge_version is BLOB, not TEXT")
    extra = broken("extra.db", "ALTER TABLE submissions ADD COLUMN reviewer TEXT NOT NULL DEFAULT ''",
                   "DROP INDEX submissions_by_week")
    rc, o, err = run_json(["history", "--all", "--db", extra])
    check(rc == 0 and len(o) == 1, f"an added column with a default and a missing index are "
                                   f"harmless: {rc} {err}")
    # A version-1 file is checked against version 1's tables before it is migrated.
    v1 = broken("v1-no-tags.db", "ALTER TABLE submissions DROP COLUMN tags", version=1)
    refused(v1, ["history", "--all"], "column submissions.tags is missing")


def run_bytes(args, env=None):
    """Runs the judge; returns (exit status, stdout, stderr) as bytes, undecoded."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    p = subprocess.run([jt.JUDGE] + list(args), capture_output=True, env=full_env, timeout=300)
    return p.returncode, p.stdout, p.stderr


def strict_text(raw, what):
    try:
        return raw.decode("utf-8")  # strict: invalid UTF-8 raises
    except UnicodeDecodeError as e:
        raise jt.Failure(f"{what} is not valid UTF-8: {e}: {raw[:300]!r}")


def strict_json(raw, what):
    lines = [l for l in strict_text(raw, what).splitlines() if l.strip()]
    check(len(lines) == 1, f"{what}: one JSON line expected, got {raw[:300]!r}")
    return json.loads(lines[0])


def test_invalid_utf8_is_replaced_in_json_and_history():
    root, lib, db = workspace("utf8")
    env = {"JUDGE_USER": "ana", "JUDGE_TODAY": "2026-11-10"}
    ce_source = b'#error "\xff\xfe"\nint main() {}\n'
    ce = os.path.join(root, "src", "bytes.cpp")
    os.makedirs(os.path.dirname(ce), exist_ok=True)
    with open(ce, "wb") as f:
        f.write(ce_source)
    rc, out, err = run_bytes(["submit", "aplusb", ce, "--problems", lib, "--db", db, "--json"], env)
    o = strict_json(out, "submit --json of a compile error")
    check(rc == 1 and o["verdict"] == "CE", f"CE: {rc} {o['verdict']} {err}")
    check('#error "\ufffd\ufffd"' in o["compile"]["message"],
          f"the invalid bytes replaced: {o['compile']['message']!r}")

    # A program's stderr quoted in a sample's message.
    re_ = solution(root, "bytes.py", "import sys\nsys.stderr.buffer.write(b'oops \\xff\\xfe\\n')\n"
                                     "sys.exit(1)\n")
    rc, out, err = run_bytes(["submit", "aplusb", re_, "--problems", lib, "--db", db, "--json"], env)
    o = strict_json(out, "submit --json of a runtime error")
    sample = [t for t in o["tests"] if t["name"] == "sample-1"][0]
    check(rc == 1 and "oops \ufffd\ufffd" in sample["message"], f"RE message: {sample} {err}")

    shown = {}
    for sid in (1, 2):
        rc, out, err = run_bytes(["show", str(sid), "--json", "--db", db], env)
        shown[sid] = strict_json(out, f"show {sid} --json")
        check(rc == 0, f"show {sid} --json: {rc} {err}")
        rc, out, err = run_bytes(["show", str(sid), "--db", db], env)
        strict_text(out, f"show {sid}")
        check(rc == 0, f"show {sid}: {rc} {err}")
    check(shown[1]["source"] == ce_source.decode("utf-8", "replace"), f"show's source: {shown[1]}")
    check("oops \ufffd\ufffd" in shown[2]["tests"][1]["message"], f"show's message: {shown[2]}")
    rc, out, _ = run_bytes(["show", "1", "--db", db], env)
    check(b'#error "\\xff\\xfe"' in out, f"show prints the source's bytes visibly: {out!r}")

    # Read directly, every text in the file decodes (sqlite3 raises on text that is not
    # UTF-8); the source is kept exactly, as a BLOB since it is not text.
    conn = sqlite3.connect(db)
    try:
        for table in ("submissions", "submission_tests", "submission_tags"):
            conn.execute(f"SELECT * FROM {table}").fetchall()
        kind, stored, digest = conn.execute(
            "SELECT typeof(source), source, source_sha256 FROM submissions WHERE id = 1").fetchone()
        messages = [m for (m,) in conn.execute("SELECT message FROM submission_tests "
                                               "WHERE submission_id = 2")]
    except sqlite3.OperationalError as e:
        raise jt.Failure(f"the history holds text that is not UTF-8: {e}")
    finally:
        conn.close()
    check(kind == "blob" and stored == ce_source, f"source kept exactly: {kind} {stored!r}")
    check(digest == hashlib.sha256(ce_source).hexdigest(), "the hash is of the exact bytes")
    check(any("\ufffd\ufffd" in m for m in messages), f"stored messages: {messages}")


if __name__ == "__main__":
    jt.main(globals())
