"""test_members.py: `judge member` (add, list, rotate, revoke): the group's members and their
tokens, kept as hashes only. Runs on an SQLite file, and with --postgres on a server."""

import hashlib
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import _judgetest as jt  # noqa: E402
from _judgetest import check, run, run_json  # noqa: E402


def stored(db):
    """Every value of the members table, as text."""
    if jt.POSTGRES:
        p = subprocess.run(["psql", db, "-qAt", "-c", "SELECT * FROM members"],
                           capture_output=True, text=True)
        return p.stdout
    import sqlite3
    conn = sqlite3.connect(db)
    text = json.dumps(conn.execute("SELECT * FROM members").fetchall())
    conn.close()
    return text


def test_tokens_shown_once_kept_as_hashes():
    db = jt.history_db(os.path.join(jt.WORK, "members.db"))
    env = {"JUDGE_DB": db, "JUDGE_USER": "owner"}
    rc, out, err = run(["member", "add", "ana", "--admin"], env=env)
    check(rc == 0, f"{rc} {err}")
    token = out.splitlines()[-1]
    check(token.startswith("jt_") and len(token) == 67 and
          all(c in "0123456789abcdef" for c in token[3:]), f"the last line: {out!r}")
    rc, o, err = run_json(["member", "add", "ben", "--json"], env=env)
    check(rc == 0 and o["name"] == "ben" and o["token"] != token, f"{rc} {o} {err}")
    ben = o["token"]
    text = stored(db)
    check(token not in text and ben not in text, "no token stored")
    check(hashlib.sha256(token.encode()).hexdigest() in text, "its hash is")
    # A name taken, a name that is not one, usage.
    for args, code in ((["member", "add", "ben"], 2), (["member", "add", "a\x1bb"], 2),
                       (["member", "add"], 2), (["member", "list", "extra"], 2),
                       (["member", "revoke", "ben", "--admin"], 2),
                       (["member", "rotate", "nobody"], 1), (["member", "revoke", "nobody"], 1)):
        rc, out, err = run(args, env=env)
        check(rc == code and len(err.strip().splitlines()) >= 1, f"{args}: {rc} {out} {err}")
    rc, o, _ = run_json(["member", "list", "--json"], env=env)
    check([(m["name"], m["admin"], m["added_by"], m["revoked_at"]) for m in o] ==
          [("ana", True, "owner", None), ("ben", False, "owner", None)], f"{o}")
    check(all("token" not in json.dumps(m) for m in o), "no token listed")
    # Rotate: a new token, the old hash gone; revoke: marked, kept.
    rc, out, _ = run(["member", "rotate", "ben"], env=env)
    new = out.splitlines()[-1]
    check(rc == 0 and new.startswith("jt_") and new != ben, out)
    text = stored(db)
    check(hashlib.sha256(ben.encode()).hexdigest() not in text and
          hashlib.sha256(new.encode()).hexdigest() in text, "the old hash replaced")
    rc, _, err = run(["member", "revoke", "ben"], env=env)
    check(rc == 0, err)
    rc, o, _ = run_json(["member", "list", "--json"], env=env)
    check(o[1]["name"] == "ben" and o[1]["revoked_at"], f"{o}")
    rc, _, err = run(["member", "rotate", "ben"], env=env)
    check(rc == 1 and "no active member ben" in err, f"{rc} {err}")


if __name__ == "__main__":
    jt.main(globals())
