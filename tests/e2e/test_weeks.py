"""test_weeks.py: weekly sets end to end: validation errors, week list/show/run, and the board,
stats and review computed on a fixture history of three weeks and three users (expected values
worked out by hand below, from tests/e2e/history/histfixture.py)."""

import json
import os
import shutil
import sqlite3
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "history"))
import _judgetest as jt  # noqa: E402
from _judgetest import check, run, run_json  # noqa: E402
import histfixture as hf  # noqa: E402


def fixture(name):
    """A fresh copy of the fixture library and history under the work directory."""
    root = os.path.join(jt.WORK, name)
    shutil.rmtree(root, ignore_errors=True)
    lib = hf.fixture_library(os.path.join(root, "lib"))
    db = hf.fixture_history(os.path.join(root, "history.db"))
    return lib, db


def judge_json(args, env):
    rc, o, err = run_json(args, env=env)
    check(rc == 0, f"{args}: exit {rc}: {err}")
    return o


def same(got, expected, what):
    check(got == expected, f"{what}:\n got      {json.dumps(got, sort_keys=True)}\n expected "
                           f"{json.dumps(expected, sort_keys=True)}")


# ---- the board (start of each week: 00:00 UTC; +20 minutes per rejected attempt before AC) ----

def cell(problem, attempts, minutes=None, time=None):
    return {"problem": problem, "attempts": attempts, "solved": minutes is not None,
            "minutes": minutes, "time": time}


def test_board_week_01():
    lib, db = fixture("board1")
    o = judge_json(["week", "board", "week-01", "--style", "icpc", "--problems", lib], hf.env(db))
    # ana: p-a first try at 01:00 (60); p-b at attempt 3 at 11-03 02:00 (26 h = 1560, +40);
    #      p-c first try at 11-05 00:00 (72 h = 4320); her WA on p-a after the AC is not
    #      counted. Total 60 + 1600 + 4320 = 5980 = 99:40.
    # ben: p-a at attempt 2 at 03:30 (210, +20) = 230 = 3:50; p-c two REs, unsolved.
    # cy:  p-b one WA.
    same(o["members"], [
        {"rank": 1, "user": "ana", "solved": 3, "first_try": 2, "total_minutes": 5980,
         "total_time": "99:40",
         "problems": [cell("p-a", 1, 60, "1:00"), cell("p-b", 3, 1560, "26:00"),
                      cell("p-c", 1, 4320, "72:00")]},
        {"rank": 2, "user": "ben", "solved": 1, "first_try": 0, "total_minutes": 230,
         "total_time": "3:50",
         "problems": [cell("p-a", 2, 210, "3:30"), cell("p-b", 0), cell("p-c", 2)]},
        {"rank": 3, "user": "cy", "solved": 0, "first_try": 0, "total_minutes": 0,
         "total_time": "0:00",
         "problems": [cell("p-a", 0), cell("p-b", 1), cell("p-c", 0)]},
    ], "week-01 members")
    # p-b and p-c have one solver each; p-b has more failed attempts (ana 2, cy 1 vs ben 2).
    same(o["problems"], [
        {"problem": "p-a", "attempted_by": 2, "solvers": 2, "first_try": 1, "failed_attempts": 1},
        {"problem": "p-b", "attempted_by": 2, "solvers": 1, "first_try": 0, "failed_attempts": 3},
        {"problem": "p-c", "attempted_by": 2, "solvers": 1, "first_try": 1, "failed_attempts": 2},
    ], "week-01 problems")
    same(o["hardest"], "p-b", "hardest")
    same(o["penalty_minutes"], 20, "penalty")
    same(o["week"], dict(hf.WEEKS[0], week=None, dated=True), "week")
    same(o["style"], "icpc", "style")


def gcell(problem, attempts, solved_on=None, late=False):
    return {"problem": problem, "attempts": attempts, "solved": solved_on is not None and not late,
            "late": late, "solved_on": solved_on}


def test_group_board_week_01():
    """The study group's board, the default: the day of the first AC and the attempts;
    ranked by solved, then first-try solves, then fewer attempts."""
    lib, db = fixture("gboard1")
    o = judge_json(["week", "board", "week-01", "--problems", lib], hf.env(db))
    same(o["style"], "group", "style")
    # ana: 3 solved, 2 first try (p-a, p-c), 1 + 3 + 1 = 5 attempts; ben: p-a at attempt 2;
    # cy: nothing solved.
    same(o["members"], [
        {"rank": 1, "user": "ana", "solved": 3, "first_try": 2, "attempts": 5, "late": 0,
         "problems": [gcell("p-a", 1, "2026-11-02"), gcell("p-b", 3, "2026-11-03"),
                      gcell("p-c", 1, "2026-11-05")]},
        {"rank": 2, "user": "ben", "solved": 1, "first_try": 0, "attempts": 2, "late": 0,
         "problems": [gcell("p-a", 2, "2026-11-02"), gcell("p-b", 0), gcell("p-c", 2)]},
        {"rank": 3, "user": "cy", "solved": 0, "first_try": 0, "attempts": 0, "late": 0,
         "problems": [gcell("p-a", 0), gcell("p-b", 1), gcell("p-c", 0)]},
    ], "week-01 group members")
    same(o["hardest"], "p-b", "hardest")
    rc, out, err = run(["week", "board", "week-01", "--problems", lib], env=hf.env(db))
    check(rc == 0 and "Tue 11-03 (3)" in out and "Mon 11-02 (2)" in out and "99:40" not in out,
          f"human group board: {rc} {out} {err}")
    rc, _, err = run(["week", "board", "--style", "elo", "--problems", lib], env=hf.env(db))
    check(rc == 2 and "--style must be group or icpc" in err, f"bad style: {rc} {err}")


def test_board_weeks_02_03_and_default():
    lib, db = fixture("board2")
    o = judge_json(["week", "board", "week-02", "--style", "icpc", "--problems", lib], hf.env(db))
    # ben: p-d at 05:00 (300), p-e at 11-12 00:00 (72 h = 4320): 4620 = 77:00, both first try.
    # ana: p-d at 10:00 (600); p-e three WAs. p-e: 1 solver -> hardest.
    same([(m["rank"], m["user"], m["solved"], m["total_time"]) for m in o["members"]],
         [(1, "ben", 2, "77:00"), (2, "ana", 1, "10:00")], "week-02 ranking")
    same(o["members"][1]["problems"][1], cell("p-e", 3), "ana on p-e")
    same(o["hardest"], "p-e", "week-02 hardest")
    # No WEEK: today (2026-11-18) is in week-03. ben: p-f at attempt 3 at 11-17 10:00
    # (34 h = 2040, +40) = 2080 = 34:40.
    o = judge_json(["week", "board", "--style", "icpc", "--problems", lib], hf.env(db))
    same(o["week"]["id"], "week-03", "default week")
    same([(m["rank"], m["user"], m["solved"], m["total_minutes"]) for m in o["members"]],
         [(1, "ben", 1, 2080), (2, "ana", 0, 0)], "week-03 ranking")
    rc, out, err = run(["week", "board", "week-01", "--style", "icpc", "--problems", lib],
                       env=hf.env(db))
    check(rc == 0 and "99:40" in out and "26:00 (3)" in out and "-2" in out,
          f"human board: {rc} {out} {err}")


def test_report_markdown():
    lib, db = fixture("report")
    rc, out, err = run(["week", "report", "week-01", "--style", "icpc", "--problems", lib],
                       env=hf.env(db))
    check(rc == 0, f"report: {rc} {err}")
    for expected in ["## week-01: Arrays", "2026-11-02 to 2026-11-08 · 3 problems · 3 members",
                     "- **ana** (3/3): p-a, p-b, p-c", "- **ben** (1/3): p-a",
                     "- **cy** (0/3): nothing yet", "### First-try ACs\n\n- ana: p-a, p-c\n\n",
                     "**p-b**: solved by 1 of 3 members, 3 failed attempts.",
                     "| 1 | ana | 1:00 (1) | 26:00 (3) | 72:00 (1) | 3 | 99:40 |"]:
        check(expected in out, f"report lacks {expected!r}:\n{out}")
    o = judge_json(["week", "report", "week-01", "--style", "icpc", "--problems", lib], hf.env(db))
    same(o["members"], [{"user": "ana", "solved": ["p-a", "p-b", "p-c"], "first_try": ["p-a", "p-c"]},
                        {"user": "ben", "solved": ["p-a"], "first_try": []},
                        {"user": "cy", "solved": [], "first_try": []}], "report members")
    same(o["hardest"], {"problem": "p-b", "solvers": 1, "members": 3, "failed_attempts": 3}, "report hardest")
    # The default report is the study group's.
    rc, out, err = run(["week", "report", "week-01", "--problems", lib], env=hf.env(db))
    for expected in ["## week-01: Arrays", "- **ana** (3/3): p-a, p-b, p-c",
                     "### First-try solves\n\n- ana: p-a, p-c\n",
                     "| 1 | ana | Mon 11-02 (1) | Tue 11-03 (3) | Thu 11-05 (1) | 3 | 2 | 5 |"]:
        check(expected in out, f"group report lacks {expected!r}:\n{out}")
    o = judge_json(["week", "report", "week-01", "--problems", lib], hf.env(db))
    same(o["members"][1], {"user": "ben", "solved": ["p-a"], "first_try": [], "late": []},
         "group report ben")
    same(o["board"]["style"], "group", "group report's board")


# ---- stats ----

def week_stats(i, current, assigned, attempted, solved, first_try, rate, per_ac, submissions, failing):
    w = hf.WEEKS[i]
    return {"id": w["id"], "title": w["title"], "starts": w["starts"], "ends": w["ends"],
            "current": current, "assigned": assigned, "attempted": attempted, "solved": solved,
            "first_try": first_try, "first_try_rate": rate, "attempts_per_ac": per_ac,
            "submissions": submissions,
            "failing_verdicts": [{"verdict": v, "count": c} for v, c in failing],
            "mistakes": []}


def tag(name, attempts, failed, rate):
    return {"tag": name, "attempts": attempts, "failed": failed, "fail_rate": rate}


def test_stats_ana():
    lib, db = fixture("stats-ana")
    o = judge_json(["stats", "--user", "ana", "--problems", lib], hf.env(db))
    same(o["user"], "ana", "user")
    same(o["today"], hf.TODAY, "today")
    same(o["weeks"], [
        # week-01: p-a first try, p-b at attempt 3, p-c first try: 5 attempts / 3 ACs;
        # 6 submissions (her WA on p-a after the AC counts here); WA 2 (#4, #11), TLE 1.
        week_stats(0, False, 3, 3, 3, 2, 0.6667, 1.6667, 6, [("WA", 2), ("TLE", 1)]),
        # week-02: p-d first try, p-e three WAs.
        week_stats(1, False, 2, 2, 1, 1, 0.5, 1.0, 4, [("WA", 3)]),
        # week-03 (current): one WA on p-f.
        week_stats(2, True, 1, 1, 0, 0, 0.0, None, 1, [("WA", 1)]),
    ], "ana's weeks")
    # week-03 is current and unfinished (left out); week-02 is not complete: no streak.
    same(o["streak"], {"weeks": 0, "last": None}, "ana's streak")
    same(o["unsolved"], [
        {"problem": "p-e", "week": "week-02", "attempts": 3, "last_attempt": "2026-11-11"},
        {"problem": "p-f", "week": "week-03", "attempts": 1, "last_attempt": "2026-11-17"},
        {"problem": "p-x", "week": None, "attempts": 1, "last_attempt": "2026-11-01"},
    ], "ana's unsolved")
    # arrays: p-a AC, WA + p-b WA, TLE, AC = 3 of 5; hashing: p-b 2 of 3; graphs: p-d AC +
    # p-e 3 WA = 3 of 4; bfs: 3 of 3; dp 1 of 1; strings (p-x CE) 1 of 1; stack 0 of 1.
    # Most failed first, then the higher rate, then the name.
    same(o["tags"], [tag("bfs", 3, 3, 1.0), tag("graphs", 4, 3, 0.75), tag("arrays", 5, 3, 0.6),
                     tag("hashing", 3, 2, 0.6667), tag("dp", 1, 1, 1.0),
                     tag("strings", 1, 1, 1.0), tag("stack", 1, 0, 0.0)], "ana's tags")
    # 12 submissions, 4 AC; 7 problems tried, 4 solved (a, b, c, d), 3 at the first try
    # (a, c, d); 1 + 3 + 1 + 1 = 6 attempts for 4 ACs; WA 6, TLE 1, CE 1.
    same(o["overall"], {"submissions": 12, "accepted": 4, "attempted": 7, "solved": 4,
                        "first_try": 3, "first_try_rate": 0.4286, "attempts_per_ac": 1.5,
                        "failing_verdicts": [{"verdict": "WA", "count": 6},
                                             {"verdict": "TLE", "count": 1},
                                             {"verdict": "CE", "count": 1}],
                        "mistakes": []}, "ana overall")


def test_stats_ben_and_streak():
    lib, db = fixture("stats-ben")
    o = judge_json(["stats", "--problems", lib], hf.env(db, JUDGE_USER="ben"))
    same(o["weeks"], [
        week_stats(0, False, 3, 2, 1, 0, 0.0, 2.0, 4, [("RE", 2), ("WA", 1)]),
        week_stats(1, False, 2, 2, 2, 2, 1.0, 1.0, 2, []),
        week_stats(2, True, 1, 1, 1, 0, 0.0, 3.0, 3, [("WA", 2)]),
    ], "ben's weeks")
    # week-03 (current) is complete and counts; week-02 complete; week-01 not: 2.
    same(o["streak"], {"weeks": 2, "last": "week-03"}, "ben's streak")
    same(o["unsolved"], [
        {"problem": "p-b", "week": "week-01", "attempts": 0, "last_attempt": None},
        {"problem": "p-c", "week": "week-01", "attempts": 2, "last_attempt": "2026-11-06"},
    ], "ben's unsolved")
    same(o["tags"], [tag("stack", 2, 2, 1.0), tag("dp", 3, 2, 0.6667), tag("arrays", 2, 1, 0.5),
                     tag("bfs", 1, 0, 0.0), tag("graphs", 2, 0, 0.0)], "ben's tags")
    same(o["overall"]["first_try_rate"], 0.4, "ben first-try rate")
    same(o["overall"]["attempts_per_ac"], 1.75, "ben attempts per AC")
    # A week later week-03 has ended; the streak still ends with it.
    o = judge_json(["stats", "--user", "ben", "--problems", lib], hf.env(db, today="2026-11-25"))
    same(o["streak"], {"weeks": 2, "last": "week-03"}, "ben's streak after week-03")
    rc, out, err = run(["stats", "--user", "ben", "--problems", lib], env=hf.env(db))
    check(rc == 0 and "2 sets in a row" in out and "week-01" in out and "stack" in out,
          f"human stats: {out} {err}")


# ---- review ----

def item(problem, kind, attempts, to_solve, box, interval, last, due, overdue, failing, reason):
    return {"problem": problem, "kind": kind, "attempts": attempts, "attempts_to_solve": to_solve,
            "box": box, "clean_reviews": 0, "interval_days": interval, "last_attempt": last,
            "due": due, "overdue_days": overdue,
            "failing_verdicts": [{"verdict": v, "count": c} for v, c in failing], "reason": reason}


def review_items(items):
    """The review items without the fields the meeting routine added (checked elsewhere)."""
    added = ("week", "last_failed", "failed_tests", "mistakes", "recurring_kinds")
    return [{k: v for k, v in x.items() if k not in added} for x in items]


def test_review():
    lib, db = fixture("review")
    o = judge_json(["review", "--user", "ana"], hf.env(db))
    # Unsolved first, most overdue first (box 0: every day), then p-b, solved at attempt 3
    # on 11-03 (box 1: every 3 days, due 11-06). p-a, p-c, p-d were solved at once.
    same(review_items(o["due"]), [
        item("p-x", "unsolved", 1, None, 0, 1, "2026-11-01", "2026-11-02", 16, [("CE", 1)],
             "attempted 1 time (CE 1), never solved; review every 1 day, 16 days overdue"),
        item("p-e", "unsolved", 3, None, 0, 1, "2026-11-11", "2026-11-12", 6, [("WA", 3)],
             "attempted 3 times (WA 3), never solved; review every 1 day, 6 days overdue"),
        item("p-f", "unsolved", 1, None, 0, 1, "2026-11-17", "2026-11-18", 0, [("WA", 1)],
             "attempted 1 time (WA 1), never solved; review every 1 day, due today"),
        item("p-b", "hard_won", 3, 3, 1, 3, "2026-11-03", "2026-11-06", 12, [("WA", 1), ("TLE", 1)],
             "solved at attempt 3 (failed: WA 1, TLE 1), 0 clean reviews since; review every "
             "3 days, 12 days overdue"),
    ], "ana's review")
    same(o["later"], [], "ana's later")
    o = judge_json(["review", "--user", "ben"], hf.env(db))
    same([(x["problem"], x["overdue_days"]) for x in o["due"]], [("p-c", 11)], "ben due")
    same([(x["problem"], x["kind"], x["due"]) for x in o["later"]],
         [("p-f", "hard_won", "2026-11-20")], "ben later")
    # Two days on, p-f is due too: the unsolved p-c still first.
    o = judge_json(["review", "--user", "ben"], hf.env(db, today="2026-11-20"))
    same([x["problem"] for x in o["due"]], ["p-c", "p-f"], "ben due on 11-20")
    rc, out, err = run(["review", "--user", "ana"], env=hf.env(db))
    check(rc == 0 and "p-x" in out and "16 days overdue" in out, f"human review: {out} {err}")


# ---- list and show ----

def test_list_and_show():
    lib, db = fixture("show")
    o = judge_json(["week", "list", "--problems", lib], hf.env(db))
    same(o["current"], "week-03", "current week")
    same([(w["id"], w["current"]) for w in o["weeks"]],
         [("week-01", False), ("week-02", False), ("week-03", True)], "list")
    rc, out, _ = run(["week", "list", "--problems", lib], env=hf.env(db))
    check(rc == 0 and "* week-03" in out and "(current)" in out, f"human list: {out}")

    o = judge_json(["week", "show", "week-01", "--user", "ana", "--problems", lib], hf.env(db))
    same(o["week"]["id"], "week-01", "show week")
    same(o["user"], "ana", "show user")
    same([(p["id"], p["title"], p["time_limit_ms"], p["tags"], p["status"], p["attempts"])
          for p in o["problems"]],
         [("p-a", "P-A", 2000, ["arrays"], "solved", 1),
          ("p-b", "P-B", 2000, ["arrays", "hashing"], "solved", 3),
          ("p-c", "P-C", 2000, ["stack"], "solved", 1)], "ana's week-01")
    o = judge_json(["week", "show", "week-01", "--problems", lib], hf.env(db, JUDGE_USER="cy"))
    same([p["status"] for p in o["problems"]], ["not started", "attempted", "not started"], "cy")
    o = judge_json(["week", "show", "--problems", lib], hf.env(db, JUDGE_USER="ben"))
    same((o["week"]["id"], o["current"], o["problems"][0]["status"]), ("week-03", True, "solved"),
         "default week for ben")
    rc, out, err = run(["week", "show", "week-09", "--problems", lib], env=hf.env(db))
    check(rc == 2 and "unknown week 'week-09'" in err and "week-01, week-02, week-03" in err,
          f"unknown week: {rc} {err}")


# ---- malformed weekly sets ----

def test_malformed_sets():
    root = os.path.join(jt.WORK, "malformed")
    base = {"id": "bad", "title": "Bad", "starts": "2026-11-02", "ends": "2026-11-08",
            "problems": ["p-a", "p-b"]}
    cases = [
        ("unknown problem", {"problems": ["p-a", "no-such-problem"]},
         "problems[1]: unknown problem 'no-such-problem'"),
        ("bad date", {"starts": "2026-02-30"}, "starts must be a real date"),
        ("not a date", {"ends": "next week"}, "ends must be a real date"),
        ("reversed dates", {"starts": "2026-11-10", "ends": "2026-11-01"},
         "ends (2026-11-01) is before starts (2026-11-10)"),
        ("duplicate problem ids", {"problems": ["p-a", "p-b", "p-a"]},
         "problems[2]: duplicate problem 'p-a'"),
        ("id not the file name", {"id": "week-09"}, "id \"week-09\" does not match the file name"),
        ("no title", {"title": ""}, "title must be a non-empty string"),
        ("no problems", {"problems": []}, "problems must list at least one problem"),
    ]
    for name, change, expected in cases:
        shutil.rmtree(root, ignore_errors=True)
        lib = hf.fixture_library(os.path.join(root, "lib"))
        doc = dict(base, **change)
        path = hf.write(os.path.join(lib, "weeks", "bad.json"), json.dumps(doc))
        db = os.path.join(root, "history.db")
        for args in (["week", "list"], ["week", "board", "week-01"], ["stats"]):
            rc, out, err = run(args + ["--problems", lib], env=hf.env(db))
            lines = err.strip().splitlines()
            check(rc == 2, f"{name}: {args}: exit {rc}, expected 2 ({err})")
            check(len(lines) == 1 and path in lines[0] and expected in lines[0],
                  f"{name}: {args}: expected one line naming {path} and {expected!r}, got {err!r}")
        # Submitting a problem the bad set lists is refused too, before any judging, and
        # nothing is recorded; a set that lists no problem cannot hold it (test_week_files.py).
        sol = hf.write(os.path.join(root, "p-a.py"), hf.APLUSB_OK)
        rc, out, err = run(["submit", "p-a", sol, "--problems", lib], env=hf.env(db))
        listed = "p-a" in doc["problems"]
        check(rc == 2 and path in err if listed else rc == 0 and "week-01" in out,
              f"{name}: submit: {rc} {err}")
        if os.path.exists(db):
            n = sqlite3.connect(db).execute("SELECT count(*) FROM submissions").fetchone()[0]
            check(n == (0 if listed else 1), f"{name}: {n} rows recorded")
    # Malformed JSON names the file as well.
    shutil.rmtree(root, ignore_errors=True)
    lib = hf.fixture_library(os.path.join(root, "lib"))
    path = hf.write(os.path.join(lib, "weeks", "broken.json"), "{\"id\": \"broken\", ")
    rc, _, err = run(["week", "list", "--problems", lib], env=hf.env(os.path.join(root, "h.db")))
    check(rc == 2 and f"{path}:1:18: malformed JSON: the file ends" in err, f"malformed JSON: {rc} {err}")


# ---- week run ----

def test_week_run():
    root = os.path.join(jt.WORK, "run")
    shutil.rmtree(root, ignore_errors=True)
    lib = hf.fixture_library(os.path.join(root, "lib"))
    db = os.path.join(root, "history.db")
    sols = os.path.join(root, "solutions")
    hf.write(os.path.join(sols, "p-a.py"), hf.APLUSB_OK)
    hf.write(os.path.join(sols, "p-b.py"), hf.APLUSB_WA)
    hf.write(os.path.join(sols, "p-c.txt"), "not a solution\n")
    hf.write(os.path.join(sols, "p-x.py"), hf.APLUSB_OK)  # a problem, but not of week-01
    hf.write(os.path.join(sols, "zzz.py"), hf.APLUSB_OK)
    hf.write(os.path.join(sols, "notes.md"), "# notes\n")
    hf.write(os.path.join(sols, ".hidden.py"), hf.APLUSB_OK)
    os.makedirs(os.path.join(sols, "p-c"), exist_ok=True)  # a directory: not a solution
    env = hf.env(db, JUDGE_NOW="2026-11-03T12:00:00Z", today="2026-11-03")

    rc, o, err = run_json(["week", "run", "week-01", "--dir", sols, "--user", "dee",
                           "--problems", lib], env=env)
    check(rc == 1, f"a WA among the solutions: exit 1, got {rc} ({err})")
    same(o["results"], [
        {"file": "p-a.py", "problem": "p-a", "verdict": "AC", "passed": 2, "total": 2,
         "submission_id": 1},
        {"file": "p-b.py", "problem": "p-b", "verdict": "WA", "passed": 0, "total": 2,
         "submission_id": 2},
    ], "run results")
    same(o["unmatched"], [
        {"file": "notes.md", "reason": "no problem of the set has that name"},
        {"file": "p-c", "reason": "a directory: only regular files are judged"},
        {"file": "p-c.txt", "reason": "no language has that extension"},
        {"file": "p-x.py", "reason": "no problem of the set has that name"},
        {"file": "zzz.py", "reason": "no problem of the set has that name"},
    ], "run unmatched")
    # Judged on 11-03 (the group's board, the default).
    same(o["board"]["members"][0]["problems"][:2], [gcell("p-a", 1, "2026-11-03"), gcell("p-b", 1)],
         "board after the run")
    rows = sqlite3.connect(db).execute(
        "SELECT id, user, problem, week, verdict, judged_at FROM submissions ORDER BY id").fetchall()
    same(rows, [(1, "dee", "p-a", "week-01", "AC", "2026-11-03T12:00:00Z"),
                (2, "dee", "p-b", "week-01", "WA", "2026-11-03T12:00:00Z")], "recorded rows")

    # The human form lists what was judged, what was not, and the board; a second member's
    # run adds to the same board.
    shutil.rmtree(os.path.join(sols, "p-c"))
    os.remove(os.path.join(sols, "p-b.py"))
    rc, out, err = run(["week", "run", "week-01", "--dir", sols, "--user", "eli",
                        "--problems", lib], env=env)
    check(rc == 0, f"second run: {rc} {err}")
    for expected in ["p-a.py", "recorded as #3", "not judged:", "zzz.py", "notes.md",
                     "no language has that extension", "rank", "dee", "eli"]:
        check(expected in out, f"run output lacks {expected!r}:\n{out}")
    rc, _, err = run(["week", "run", "week-01", "--problems", lib], env=env)
    check(rc == 2 and "--dir" in err, f"run without --dir: {rc} {err}")
    rc, _, err = run(["week", "run", "week-01", "--dir", os.path.join(root, "none"),
                      "--problems", lib], env=env)
    check(rc == 2 and "none" in err, f"run on a missing directory: {rc} {err}")


def test_week_run_judges_only_regular_files():
    """Only regular files inside the folder are judged: a symbolic link (to a file outside
    whose content would be accepted, or to a directory), a FIFO or a directory is listed as
    skipped with the reason, and its target is never read nor recorded."""
    root = os.path.join(jt.WORK, "run-links")
    shutil.rmtree(root, ignore_errors=True)
    lib = hf.fixture_library(os.path.join(root, "lib"))
    db = os.path.join(root, "history.db")
    sols = os.path.join(root, "solutions")
    outside = hf.write(os.path.join(root, "elsewhere", "accepted.py"), hf.APLUSB_OK + "# outside\n")
    hf.write(os.path.join(sols, "p-a.py"), hf.APLUSB_WA)
    os.symlink(outside, os.path.join(sols, "p-b.py"))
    os.symlink(os.path.join(root, "elsewhere"), os.path.join(sols, "p-c.py"))
    os.mkfifo(os.path.join(sols, "p-d.py"))
    env = hf.env(db, JUDGE_NOW="2026-11-03T12:00:00Z", today="2026-11-03")

    rc, o, err = run_json(["week", "run", "week-01", "--dir", sols, "--user", "dee",
                           "--problems", lib], env=env, timeout=120)
    same([(x["file"], x["verdict"]) for x in o["results"]], [("p-a.py", "WA")], "judged")
    link = "a symbolic link: only regular files in the folder are judged"
    same([x for x in o["unmatched"] if x["file"] != "p-a.py"], [
        {"file": "p-b.py", "reason": link},
        {"file": "p-c.py", "reason": link},
        {"file": "p-d.py", "reason": "a FIFO: only regular files are judged"},
    ], "skipped")
    sources = [r[0] for r in sqlite3.connect(db).execute("SELECT source FROM submissions")]
    check(sources == [hf.APLUSB_WA], f"only the regular file recorded: {sources}")

    rc, out, err = run(["week", "run", "week-01", "--dir", sols, "--user", "eli",
                        "--problems", lib], env=env, timeout=120)
    for expected in ("not judged:", "p-b.py", link, "p-d.py", "a FIFO"):
        check(expected in out, f"run output lacks {expected!r}:\n{out}")
    sources = [r[0] for r in sqlite3.connect(db).execute("SELECT source FROM submissions")]
    check("# outside" not in "".join(sources), f"the link's target recorded: {sources}")


# ---- the group's calendar ----

def dates(o):
    return [(w["id"], w["starts"], w["ends"]) for w in o["weeks"]]


def test_calendar_dates_undated_sets():
    """Undated sets ("week": N) take their dates from the group's calendar: by default weekly
    from the Monday of the history's first submission (this week before any), then from
    `judge week start`; a submission keeps the week it was recorded in; bad input changes
    nothing."""
    root = os.path.join(jt.WORK, "calendar")
    shutil.rmtree(root, ignore_errors=True)
    weeks = [{"id": "w%d" % n, "title": "Set %d" % n, "week": n, "problems": ["p%d" % n]}
             for n in (1, 2, 3)]
    lib = hf.library(os.path.join(root, "lib"), {"p1": [], "p2": [], "p3": []}, weeks)
    db = os.path.join(root, "history.db")
    ok = jt.write(os.path.join(root, "ok.py"), hf.APLUSB_OK)

    def env(now):
        return hf.env(db, today=now[:10], JUDGE_NOW=now, JUDGE_PROBLEMS=lib, JUDGE_USER="ana")

    o = judge_json(["week", "list"], env("2027-03-03T10:00:00Z"))
    same(dates(o), [("w1", "2027-03-01", "2027-03-07"), ("w2", "2027-03-08", "2027-03-14"),
                    ("w3", "2027-03-15", "2027-03-21")], "this week's Monday, no history")
    check(o["current"] == "w1" and o["calendar"]["stored"] is False, f"{o}")
    check(not os.path.exists(db), "listing creates no history")
    rc, out, err = run(["week", "list"], env=env("2027-03-03T10:00:00Z"))
    check(rc == 0 and "the group's calendar is not set" in out, f"{out} {err}")

    rc, o, err = run_json(["submit", "p1", ok], env=env("2027-03-03T10:00:00Z"))
    check(rc == 0 and o["submission"]["week"] == "w1", f"submit in w1: {rc} {err} {o}")
    # Weeks later, with no calendar set, the dates still start from that first submission.
    o = judge_json(["week", "list"], env("2027-03-20T10:00:00Z"))
    check(o["current"] == "w3" and dates(o)[0] == ("w1", "2027-03-01", "2027-03-07"), f"{o}")

    # The group sets its own: from a Wednesday, every two weeks, w2 then w1, w3 skipped.
    rc, out, err = run(["week", "start", "2027-03-10", "--every", "2w", "--sets", "w2,w1"],
                       env=env("2027-03-10T09:00:00Z"))
    check(rc == 0 and "from 2027-03-10, one every 14 days" in out
          and "skipped by the calendar: w3" in out, f"{rc} {out} {err}")
    o = judge_json(["week", "list"], env("2027-03-25T10:00:00Z"))
    same(dates(o), [("w2", "2027-03-10", "2027-03-23"), ("w1", "2027-03-24", "2027-04-06")],
         "the group's order")
    check(o["current"] == "w1" and [w["id"] for w in o["skipped"]] == ["w3"]
          and o["calendar"] == {"stored": True, "starts": "2027-03-10", "every_days": 14,
                                "sets": ["w2", "w1"]}, f"{o}")
    rc, out, err = run(["week", "show", "w3"], env=env("2027-03-25T10:00:00Z"))
    check(rc == 2 and "w3 is skipped by the group's calendar" in err, f"{rc} {out} {err}")
    rc, o, err = run_json(["submit", "p2", ok], env=env("2027-03-12T10:00:00Z"))
    check(rc == 0 and o["submission"]["week"] == "w2", f"submit in w2: {rc} {err} {o}")
    rc, o, err = run_json(["history", "--all"], env=env("2027-03-12T10:00:00Z"))
    check(sorted((s["problem"], s["week"]) for s in o) == [("p1", "w1"), ("p2", "w2")],
          f"each submission keeps its week: {o}")
    b = judge_json(["week", "board", "w2"], env("2027-03-12T10:00:00Z"))
    check(b["week"]["starts"] == "2027-03-10" and b["week"]["dated"] is False, f"{b['week']}")

    # Refused, one line, exit 2, the stored calendar untouched.
    conn = sqlite3.connect(db)
    stored = conn.execute("SELECT * FROM calendar").fetchall()
    conn.close()
    for args, want in [(["2027-02-29"], "real date"), (["2027-03-01", "--every", "400"], "--every"),
                       (["2027-03-01", "--every", "-7"], "--every"),
                       (["2027-03-01", "--sets", "w2,w9"], "no weekly set 'w9'"),
                       (["2027-03-01", "--sets", "w1,w1"], "named twice"), ([], "one DATE")]:
        rc, out, err = run(["week", "start"] + args, env=env("2027-03-12T10:00:00Z"))
        check(rc == 2 and want in err and len(err.strip().splitlines()) == 1,
              f"{args}: exit 2 with {want!r}: {rc} {err!r}")
    conn = sqlite3.connect(db)
    check(conn.execute("SELECT * FROM calendar").fetchall() == stored, "calendar untouched")
    conn.close()

    # A set file whose number another already has: both named, exit 2.
    jt.write(os.path.join(lib, "weeks", "w4.json"),
             json.dumps({"id": "w4", "title": "Four", "week": 2, "problems": ["p3"]}))
    rc, out, err = run(["week", "list"], env=env("2027-03-12T10:00:00Z"))
    check(rc == 2 and "week: 2 is also the place of" in err and "w4.json" in err, f"{rc} {err}")


if __name__ == "__main__":
    jt.main(globals())
