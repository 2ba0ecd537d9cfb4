"""test_postgres.py: the history in PostgreSQL (--db / JUDGE_DB given a postgresql:// URI).

Run with --postgres (CTest does): a throwaway server of the distribution's (scripts/pg-scratch),
reachable only over a Unix socket, one schema per test. The whole weekly routine runs on it in
test_routine.py --postgres; here is what is the server's own: the same answers as SQLite for
the same submissions, a source's exact bytes, writers at once, a connection lost in the middle
of recording, and what must be refused (a server that is not there, a database that is not a
judge history, a newer schema), with one line that never shows a password.
"""

import concurrent.futures
import hashlib
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "history"))
import _judgetest as jt  # noqa: E402
from _judgetest import check, run, run_json  # noqa: E402
import histfixture as hf  # noqa: E402

WEEKS = [{"id": "week-01", "title": "W1", "starts": "2026-11-02", "ends": "2026-11-08",
          "problems": ["p1", "p2"]}]


def psql(uri, sql):
    """Runs sql on the database of uri (in its schema); returns the rows as text lines."""
    p = subprocess.run(["psql", uri, "-qAt", "-v", "ON_ERROR_STOP=1", "-c", sql],
                       capture_output=True, text=True)
    check(p.returncode == 0, f"psql {sql!r}: {p.stderr}")
    return p.stdout.splitlines()


def setup(name):
    root = os.path.join(jt.WORK, name)
    lib = hf.library(os.path.join(root, "lib"), {"p1": ["math"], "p2": ["graphs", "dp"]}, WEEKS)
    return root, lib, jt.history_db(os.path.join(root, "history.db"))


def env_for(db, lib, now="2026-11-03T10:00:00Z"):
    return {"JUDGE_DB": db, "JUDGE_PROBLEMS": lib, "JUDGE_NOW": now, "JUDGE_TODAY": now[:10],
            "TZ": "UTC"}


def submit(db, lib, user, problem, text, now, root, n):
    src = hf.write(os.path.join(root, "src", f"{n}-{user}.py"), text)
    rc, o, err = run_json(["submit", problem, src, "--user", user], env=env_for(db, lib, now))
    check("submission" in o, f"not recorded: {rc} {err}")
    return o["submission"]["id"]


def measured_out(value):
    """value without the measurements (times, memory), which differ from run to run."""
    if isinstance(value, dict):
        return {k: measured_out(v) for k, v in value.items()
                if "time_ms" not in k and "memory" not in k}
    if isinstance(value, list):
        return [measured_out(v) for v in value]
    return value


def test_same_answers_as_sqlite():
    """The same submissions, recorded in an SQLite file and in PostgreSQL, read back the same
    by every command that reads the history."""
    root, lib, pg = setup("same")
    lite = os.path.join(root, "history.db")
    plan = [("ana", "p1", hf.APLUSB_OK, "2026-11-03T10:00:00Z"),
            ("ben", "p1", hf.APLUSB_WA, "2026-11-03T11:00:00Z"),
            ("ben", "p1", hf.APLUSB_OK, "2026-11-04T09:00:00Z"),
            ("ana", "p2", hf.APLUSB_WA, "2026-11-05T12:00:00Z"),
            ("cy", "p2", hf.APLUSB_OK, "2026-11-07T23:00:00Z")]
    for db in (lite, pg):
        for n, (user, problem, text, now) in enumerate(plan):
            submit(db, lib, user, problem, text, now, root, n)
        e = env_for(db, lib, "2026-11-08T10:00:00Z")
        rc, _, err = run(["note", "p1", "--user", "ana", "--file", "-"], stdin="sum them <b>\n",
                         env=e)
        check(rc == 0, f"note: {err}")
        rc, _, err = run(["mistake", "2", "off-by-one", "forgot", "--user", "ben", "--yes"],
                         env=e)
        check(rc == 0, f"mistake: {err}")
        rc, _, err = run(["week", "start", "2026-11-02", "--every", "2w", "--user", "ana"], env=e)
        check(rc == 0, f"week start: {err}")
    reads = [["history", "--all", "--json"], ["history", "--user", "ben", "--json"],
             ["history", "--all", "--verdict", "WA", "--json"], ["show", "3", "--user", "ben", "--json"],
             ["week", "board", "week-01", "--json"], ["stats", "--user", "ben", "--json"],
             ["review", "--user", "ana", "--json"], ["mistake", "--list", "--user", "ben", "--json"],
             ["note", "p1", "--show", "--user", "ana", "--json"], ["week", "meeting", "week-01", "--json"],
             ["week", "list", "--json"]]
    for args in reads:
        answers = []
        for db in (lite, pg):
            rc, out, err = run(args, env=env_for(db, lib, "2026-11-08T10:00:00Z"))
            answers.append((rc, measured_out(json.loads(out)) if rc == 0 else err))
        check(answers[0][0] == 0, f"{args} on SQLite: exit {answers[0][0]}")
        check(answers[0] == answers[1],
              f"{args}: SQLite and PostgreSQL differ:\n{answers[0]}\n{answers[1]}")


def test_source_bytes_kept_exactly():
    """A source that is not UTF-8 and holds a NUL byte is kept byte for byte (bytea)."""
    root, lib, db = setup("bytes")
    data = b"# \xff\xfe caf\xe9 \x00 end\nprint(3)\n"
    src = os.path.join(root, "odd.py")
    os.makedirs(root, exist_ok=True)
    with open(src, "wb") as f:
        f.write(data)
    rc, o, err = run_json(["submit", "p1", src, "--user", "ana"], env=env_for(db, lib))
    check("submission" in o, f"{rc} {err}")
    sid = o["submission"]["id"]
    [stored] = psql(db, f"SELECT encode(source, 'hex') FROM submissions WHERE id = {sid}")
    check(bytes.fromhex(stored) == data, f"stored {stored}")
    rc, o, _ = run_json(["show", str(sid), "--user", "ana", "--json"], env=env_for(db, lib))
    check(o["source_sha256"] == hashlib.sha256(data).hexdigest(), f"{rc} {o}")


def test_writers_at_once():
    """Eight judges submitting at once: eight submissions, each with its tests, none lost."""
    root, lib, db = setup("writers")
    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        ids = list(pool.map(lambda n: submit(db, lib, f"u{n}", "p1", hf.APLUSB_OK,
                                             "2026-11-03T10:00:00Z", root, n), range(8)))
    check(len(set(ids)) == 8, f"ids {ids}")
    check(psql(db, "SELECT count(*) FROM submissions") == ["8"], "eight rows")
    check(psql(db, "SELECT count(*) FROM submission_tests") == ["16"], "two tests each")


def test_connection_lost_while_recording_leaves_nothing():
    """The server ends the judge's connection half-way through recording (after the
    submission's row, at its second test's): the judge fails (exit 3) and nothing of the
    submission is there; the next one is recorded whole."""
    root, lib, db = setup("lost")
    submit(db, lib, "ana", "p1", hf.APLUSB_OK, "2026-11-03T10:00:00Z", root, 0)
    psql(db, """CREATE FUNCTION cut() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NEW.position = 1 THEN PERFORM pg_terminate_backend(pg_backend_pid()); END IF;
                    RETURN NEW;
                END $$;
                CREATE TRIGGER cut BEFORE INSERT ON submission_tests
                    FOR EACH ROW EXECUTE FUNCTION cut();""")
    src = hf.write(os.path.join(root, "src", "lost.py"), hf.APLUSB_OK)
    rc, out, err = run(["submit", "p1", src, "--user", "ben"], env=env_for(db, lib))
    check(rc == 3 and len(err.strip().splitlines()) == 1 and "cannot record" in err,
          f"exit {rc}: {err}")
    check(psql(db, "SELECT count(*) FROM submissions") == ["1"], "no partial submission")
    check(psql(db, "SELECT count(*) FROM submission_tests") == ["2"], "no partial tests")
    psql(db, "DROP TRIGGER cut ON submission_tests")
    submit(db, lib, "ben", "p1", hf.APLUSB_OK, "2026-11-03T11:00:00Z", root, 1)
    check(psql(db, "SELECT count(*) FROM submission_tests") == ["4"], "the next one whole")


def test_refusals():
    """What is not a judge history there, or not reachable: exit 2, one line, naming the
    database, never its password; nothing written."""
    root, lib, db = setup("refuse")
    src = hf.write(os.path.join(root, "a.py"), hf.APLUSB_OK)
    # A server that is not there; the password in the URI is not shown.
    gone = "postgresql://ana:hunter2@/judge?host=/nonexistent&password=hunter3"
    rc, _, err = run(["submit", "p1", src, "--db", gone], env=env_for(db, lib))
    check(rc == 2 and "cannot connect" in err and "hunter" not in err and
          len(err.strip().splitlines()) == 1, f"exit {rc}: {err}")
    # A database holding other tables.
    other = jt.history_db(os.path.join(root, "other"))
    psql(other, "CREATE TABLE accounts (id int)")
    rc, _, err = run(["submit", "p1", src, "--db", other], env=env_for(db, lib))
    check(rc == 2 and "not a judge history" in err, f"exit {rc}: {err}")
    check(psql(other, "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()") ==
          ["1"], "nothing created beside it")
    # A newer schema.
    submit(db, lib, "ana", "p1", hf.APLUSB_OK, "2026-11-03T10:00:00Z", root, 0)
    psql(db, "UPDATE judge_schema SET version = version + 1")
    for args in (["history"], ["submit", "p1", src]):
        rc, _, err = run(args, env=env_for(db, lib))
        check(rc == 2 and "newer than this judge" in err, f"{args}: exit {rc}: {err}")
    check(psql(db, "SELECT count(*) FROM submissions") == ["1"], "untouched")


def test_reading_creates_nothing():
    """Reading a database without a history shows an empty one and creates no table; --db
    naming it to read is an error; the first submission creates it."""
    root, lib, db = setup("empty")
    rc, out, err = run(["history"], env=env_for(db, lib))
    check(rc == 0, f"exit {rc}: {err}")
    # The URI it names has no password in it (the server trusts the socket and ignores it).
    rc, out, err = run(["history"], env=env_for(db + "&password=hunter9", lib))
    check(rc == 0 and "no submissions recorded yet in postgresql://" in out and
          "hunter9" not in out + err, f"exit {rc}: {out} {err}")
    check(psql(db, "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()") ==
          ["0"], "no tables")
    rc, _, err = run(["history", "--db", db], env=env_for(db, lib))
    check(rc == 2 and "no judge history there" in err, f"exit {rc}: {err}")
    submit(db, lib, "ana", "p1", hf.APLUSB_OK, "2026-11-03T10:00:00Z", root, 0)
    rc, o, err = run_json(["history", "--all", "--db", db, "--json"], env=env_for(db, lib))
    check(rc == 0 and len(o) == 1, f"exit {rc}: {err} {json.dumps(o)}")


def test_db_copy_both_ways():
    """judge db copy: an SQLite history into PostgreSQL and back, read the same by every
    command; ids kept, and the copy takes new submissions after them."""
    root, lib, pg = setup("copy")
    lite = os.path.join(root, "history.db")
    for n, (user, text) in enumerate([("ana", hf.APLUSB_OK), ("ben", hf.APLUSB_WA),
                                      ("ben", "print(3) # caf\u00e9\n")]):
        submit(lite, lib, user, "p1", text, f"2026-11-0{3 + n}T10:00:00Z", root, n)
    e = env_for(lite, lib, "2026-11-06T10:00:00Z")
    check(run(["note", "p1", "--user", "ana", "--file", "-"], stdin="idea\n", env=e)[0] == 0, "note")
    check(run(["comment", "2", "why minus?", "--user", "ana"], env=e)[0] == 0, "comment")
    rc, o, err = run_json(["db", "copy", "--from", lite, "--to", pg, "--json"], env=e)
    check(rc == 0 and o["verified"] and
          {t["table"]: t["rows"] for t in o["tables"]}["submissions"] == 3, f"{rc} {o} {err}")
    back = os.path.join(root, "back.db")
    rc, _, err = run(["db", "copy", "--from", pg, "--to", back], env=e)
    check(rc == 0, f"back: {err}")
    reads = [["history", "--all", "--json"], ["show", "2", "--user", "ben", "--json"],
             ["comment", "2", "--show", "--user", "ana", "--json"], ["stats", "--user", "ben", "--json"]]
    for args in reads:
        outs = [run(args, env=env_for(db, lib, "2026-11-06T10:00:00Z"))[:2]
                for db in (lite, pg, back)]
        check(outs[0][0] == 0 and outs[0] == outs[1] == outs[2], f"{args}: {outs}")
    sid = submit(pg, lib, "cy", "p1", hf.APLUSB_OK, "2026-11-07T10:00:00Z", root, 9)
    check(sid == 4, f"the next id after the copied ones: {sid}")


def test_db_copy_writes_all_or_nothing():
    """A destination that is not empty is refused; a copy that does not read back the same
    (here a trigger changes a tag on its way in) is rolled back: nothing written."""
    root, lib, pg = setup("copy-bad")
    lite = os.path.join(root, "history.db")
    submit(lite, lib, "ana", "p1", hf.APLUSB_OK, "2026-11-03T10:00:00Z", root, 0)
    empty = os.path.join(root, "empty.db")
    rc, _, err = run(["problems", "push", "p1", "--db", empty], env=env_for(empty, lib))
    check(rc == 0, err)
    # The tables, and a trigger that damages what is copied into them.
    rc, _, err = run(["db", "copy", "--from", empty, "--to", pg], env=env_for(pg, lib))
    check(rc == 0, f"an empty... {err}")
    psql(pg, "DELETE FROM packages; DELETE FROM blobs")
    psql(pg, """CREATE FUNCTION damage() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN NEW.tag := NEW.tag || '!'; RETURN NEW; END $$;
                CREATE TRIGGER damage BEFORE INSERT ON submission_tags
                    FOR EACH ROW EXECUTE FUNCTION damage();""")
    rc, _, err = run(["db", "copy", "--from", lite, "--to", pg], env=env_for(pg, lib))
    check(rc == 3 and "differs" in err and "nothing written" in err, f"{rc} {err}")
    check(psql(pg, "SELECT count(*) FROM submissions") == ["0"], "nothing written")
    psql(pg, "DROP TRIGGER damage ON submission_tags")
    submit(pg, lib, "ben", "p1", hf.APLUSB_OK, "2026-11-03T10:00:00Z", root, 1)
    rc, _, err = run(["db", "copy", "--from", lite, "--to", pg], env=env_for(pg, lib))
    check(rc == 2 and "not empty" in err, f"{rc} {err}")
    check(psql(pg, "SELECT count(*) FROM submissions") == ["1"], "untouched")


if __name__ == "__main__":
    jt.main(globals())
