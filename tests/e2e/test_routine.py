"""test_routine.py: the weekly routine as a study group lives it, end to end (docs/meeting.md).

Three members (ana, ben, cy) go through three weeks: they submit (at the weekend too, late,
with a TLE, an overflow and a recursion error), write notes (from a file, from stdin, in an
editor), tag mistakes, hold three meetings with the presenter rotation, review each other by the
pair rotation, comment, and export the weeks to a repository. Every expectation (the boards,
the agendas, the presenters, the pairs, the review queues, statistics and review) is worked
out by hand in the comments. Then the honesty rule on its own: another member's source is
refused to someone who has neither solved the problem nor waited for the week's end, by every
command that could show it; and the review that means it, and exporting hostile names.
"""

import json
import os
import shutil
import stat
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "history"))
import _judgetest as jt  # noqa: E402
from _judgetest import check, run, run_json  # noqa: E402
import histfixture as hf  # noqa: E402

OK = hf.APLUSB_OK
WA = hf.APLUSB_WA
# A 32-bit sum: 4000000000 prints as -294967296.
OVERFLOW = "a, b = map(int, input().split())\nprint((a + b + 2**31) % 2**32 - 2**31)\n"
TLE = "while True:\n    pass\n"
RECURSION = "def f(n):\n    return f(n + 1)\nf(0)\n"
SECRET = "# ben's secret p6 idea\n" + OK

WEEKS = [
    {"id": "week-01", "title": "W1", "starts": "2026-11-02", "ends": "2026-11-08",
     "problems": ["p1", "p2"]},
    {"id": "week-02", "title": "W2", "starts": "2026-11-09", "ends": "2026-11-15",
     "problems": ["p3", "p4"]},
    {"id": "week-03", "title": "W3", "starts": "2026-11-16", "ends": "2026-11-22",
     "problems": ["p5", "p6"]},
]


def same(got, expected, what):
    check(got == expected, f"{what}:\n got      {json.dumps(got, sort_keys=True)}\n expected "
                           f"{json.dumps(expected, sort_keys=True)}")


class Group:
    """A library, a history and the clock of one study group."""

    def __init__(self, name, weeks=WEEKS, problems=("p1", "p2", "p3", "p4", "p5", "p6")):
        self.root = os.path.join(jt.WORK, name)
        shutil.rmtree(self.root, ignore_errors=True)
        self.lib = hf.library(os.path.join(self.root, "lib"), {p: [] for p in problems}, weeks)
        if "p4" in problems:
            # p4's sample needs 64 bits.
            hf.write(os.path.join(self.lib, "p4", "tests", "sample-1.in"), "2000000000 2000000000\n")
            hf.write(os.path.join(self.lib, "p4", "tests", "sample-1.ans"), "4000000000\n")
        self.db = jt.history_db(os.path.join(self.root, "history.db"))
        self.now = "2026-11-02T09:00:00Z"
        self.ids = {}
        self.count = 0

    def env(self, extra=None):
        e = {"JUDGE_DB": self.db, "JUDGE_PROBLEMS": self.lib, "TZ": "UTC",
             "JUDGE_NOW": self.now, "JUDGE_TODAY": self.now[:10]}
        e.update(extra or {})
        return e

    def at(self, when):
        self.now = when if "T" in when else when + "T20:00:00Z"
        return self

    def run(self, args, user=None, env=None, **kw):
        return run(list(args) + (["--user", user] if user else []), env=self.env(env), **kw)

    def json(self, args, user=None, env=None, expect=0):
        rc, o, err = run_json(list(args) + (["--user", user] if user else []), env=self.env(env))
        check(rc == expect, f"{args}: exit {rc}, expected {expect}: {err}")
        return o

    def submit(self, label, user, problem, text, when, extra=()):
        self.at(when)
        self.count += 1
        src = hf.write(os.path.join(self.root, "src", f"{self.count}-{user}-{problem}.py"), text)
        rc, o, err = run_json(["submit", problem, src, "--user", user] + list(extra),
                              env=self.env())
        check("submission" in o, f"{label}: not recorded: {rc} {err}")
        self.ids[label] = o["submission"]["id"]
        return o


def member_cells(board):
    return [(m["rank"], m["user"], m["solved"], m["first_try"], m["attempts"], m["late"],
             [(c["attempts"], c["solved_on"], c["late"]) for c in m["problems"]])
            for m in board["members"]]


def queue(o):
    return [(q["reviewer"], q["author"], q["problem"], q["submission_id"], q["status"])
            for q in o]


def test_three_week_routine():
    g = Group("routine")
    ids = g.ids

    # ---- week 1 (2026-11-02, Monday, to 11-08): p1 and p2 ----
    g.submit("a1", "ana", "p1", OK, "2026-11-02T10:00:00Z")
    note = hf.write(os.path.join(g.root, "ana-p1.md"), "Idea: add them.\nComplexity: O(1)\n")
    rc, out, err = g.run(["note", "p1", "--file", note], user="ana")
    check(rc == 0 and f"with submission #{ids['a1']}" in out, f"ana's note: {rc} {out} {err}")
    g.submit("b1w", "ben", "p1", WA, "2026-11-03T10:00:00Z")
    g.submit("a2", "ana", "p2", OK, "2026-11-03T12:00:00Z")
    o = g.submit("c2t", "cy", "p2", TLE, "2026-11-04T10:00:00Z", ["--time-limit", "300"])
    check(o["verdict"] == "TLE", f"cy's TLE: {o['verdict']}")
    g.submit("b1", "ben", "p1", OK, "2026-11-07T10:00:00Z")  # a Saturday
    # ben writes his note in an editor: a private temporary file, removed afterwards.
    log = os.path.join(g.root, "editor.log")
    editor = jt.write(os.path.join(g.root, "editor.sh"),
                      "#!/bin/sh\nstat -c %a \"$1\" > \"$LOG\"\nprintf '%s\\n' \"$1\" >> \"$LOG\"\n"
                      "printf 'carry the sum\\nO(1)\\n' > \"$1\"\n", mode=0o755)
    rc, out, err = g.run(["note", "p1"], user="ben", env={"EDITOR": editor, "VISUAL": "",
                                                          "LOG": log})
    check(rc == 0 and f"with submission #{ids['b1']}" in out, f"ben's note: {rc} {out} {err}")
    mode, path = open(log).read().split("\n")[:2]
    check(mode == "600" and not os.path.exists(path), f"the editor's file: mode {mode}, {path}")
    rc, _, err = g.run(["note", "p1"], user="ben", env={"EDITOR": "", "VISUAL": ""})
    check(rc == 2 and len(err.strip().splitlines()) == 1 and "no editor" in err,
          f"no editor: {rc} {err}")
    g.submit("c1", "cy", "p1", OK, "2026-11-08T10:00:00Z")  # a Sunday
    g.submit("c2", "cy", "p2", OK, "2026-11-09T09:00:00Z")  # after the week: late
    check(json.loads(run(["history", "--user", "cy", "--json", "--limit", "1"],
                         env=g.env())[1])[0]["week"] == "week-01", "a late solve is week-01's")

    # The mistake log: cy's TLE is proposed as complexity; not a terminal: --yes confirms.
    g.at("2026-11-09T12:00:00Z")
    o = g.json(["mistake", str(ids["c2t"])], user="cy", expect=1)
    same((o["recorded"], o["proposed"]["kind"]), (False, "complexity"), "the proposal")
    o = g.json(["mistake", str(ids["c2t"]), "--yes"], user="cy")
    same((o["recorded"], o["kind"]), (True, "complexity"), "confirmed")
    rc, out, err = g.run(["mistake", str(ids["b1w"]), "misread", "read", "a-b"], user="ben")
    check(rc == 0 and "tagged misread: read a-b" in out, f"ben's explicit kind: {rc} {out} {err}")
    for args, user, why in [([str(ids["b1w"]), "other"], "ana", "is ben's submission"),
                            ([str(ids["a1"]), "other"], "ana", "was accepted"),
                            ([str(ids["c2t"]), "typo"], "cy", "unknown kind of mistake 'typo'")]:
        rc, _, err = g.run(["mistake"] + args, user=user)
        check(rc == 2 and why in err, f"mistake {args}: {rc} {err}")

    # Week 1's board. ana: both at the first try (Mon, Tue). cy: p1 on Sunday at once, p2 on
    # Monday 11-09, after the week: late, not counted. ben: p1 on Saturday at attempt 2.
    # Ranked by solved, then first-try solves, then attempts: ana, cy, ben.
    board = g.json(["week", "board", "week-01"])
    same(member_cells(board), [
        (1, "ana", 2, 2, 2, 0, [(1, "2026-11-02", False), (1, "2026-11-03", False)]),
        (2, "cy", 1, 1, 1, 1, [(1, "2026-11-08", False), (2, "2026-11-09", True)]),
        (3, "ben", 1, 0, 2, 0, [(2, "2026-11-07", False), (0, None, False)]),
    ], "week-01 board")
    same(board["hardest"], "p2", "week-01 hardest")

    # Review pairs, k = 1: a rotation on the circle ana, ben, cy; confirmed.
    o = g.json(["week", "pairs", "week-01", "--k", "2"])
    same((len(o["pairs"]), o["recorded"]), (6, False), "k = 2 with three members: all six")
    o = g.json(["week", "pairs", "week-01", "--k", "1", "--confirm"])
    same([(p["reviewer"], p["author"]) for p in o["pairs"]],
         [("ana", "ben"), ("ben", "cy"), ("cy", "ana")], "week-01 pairs")
    same(o["recorded"], True, "recorded")
    # Comments: ana on ben's p1, on a line; cy on ana's p1.
    rc, out, err = g.run(["comment", str(ids["b1"]), "--line", "2", "why", "not", "a+b?"],
                         user="ana")
    check(rc == 0 and "recorded" in out, f"ana's comment: {rc} {out} {err}")
    rc, _, err = g.run(["comment", str(ids["a1"]), "--line", "9", "x"], user="cy")
    check(rc == 2 and "has 2 lines" in err, f"a line past the end: {rc} {err}")
    g.run(["comment", str(ids["a1"]), "neat"], user="cy")
    o = g.json(["comment", str(ids["b1"]), "--show"], user="cy")
    same([(c["author"], c["line"], c["source_line"], c["text"]) for c in o["comments"]],
         [("ana", 2, "print(a + b)", "why not a+b?")], "comments on ben's p1")
    # The queue: ana -> ben: p1 (commented: done). ben -> cy: p1, p2 (late, still a
    # solution). cy -> ana: p1 (commented), p2.
    o = g.json(["week", "pairs", "week-01"])
    same(queue(o["queue"]), [
        ("ana", "ben", "p1", ids["b1"], "done"),
        ("ben", "cy", "p1", ids["c1"], "open"),
        ("ben", "cy", "p2", ids["c2"], "open"),
        ("cy", "ana", "p1", ids["a1"], "done"),
        ("cy", "ana", "p2", ids["a2"], "open"),
    ], "week-01 review queue")

    # Meeting 1: p1's solvers in the order of their first AC; nobody presented yet: ana (by
    # name); p2: ana presents p1 just before, so cy (who solved it late).
    o = g.json(["week", "meeting", "week-01"], user="cy")
    p1, p2 = o["problems"]
    same([(s["user"], s["attempts"], s["solved_on"], s["late"], s["language"], s["lines"],
           s["note"]) for s in p1["solvers"]], [
        ("ana", 1, "2026-11-02", False, "python", 2, "Idea: add them.\nComplexity: O(1)\n"),
        ("ben", 2, "2026-11-07", False, "python", 2, "carry the sum\nO(1)\n"),
        ("cy", 1, "2026-11-08", False, "python", 2, None),
    ], "meeting 1, p1")
    same([(s["user"], s["late"], s["attempts"]) for s in p2["solvers"]],
         [("ana", False, 1), ("cy", True, 2)], "meeting 1, p2")
    same((p1["presenter"], p2["presenter"]),
         ({"user": "ana", "confirmed": False}, {"user": "cy", "confirmed": False}),
         "meeting 1 proposals")
    same(queue(o["reviews_open"]), [("ben", "cy", "p1", ids["c1"], "open"),
                                    ("ben", "cy", "p2", ids["c2"], "open"),
                                    ("cy", "ana", "p2", ids["a2"], "open")], "open reviews")
    rc, out, err = g.run(["week", "meeting", "week-01", "--confirm"], user="cy")
    check(rc == 0 and "presenters recorded" in out and "carry the sum" in out, f"{rc} {out} {err}")
    o = g.json(["week", "meeting", "week-01"], user="cy")
    same([p["presenter"] for p in o["problems"]],
         [{"user": "ana", "confirmed": True}, {"user": "cy", "confirmed": True}], "confirmed")
    rc, md, err = g.run(["week", "meeting", "week-01", "--markdown"], user="cy")
    for expected in ["## Meeting: week-01: W1", "### A. p1 (P1)\n\nPresenter: **ana**\n",
                     "- **ben**: python, 2 attempts, Sat 11-07", "  > carry the sum\n  > O(1)\n",
                     "- **cy**: python, 2 attempts, late, Mon 11-09",
                     "### Reviews still open", "- ben reviews cy's p2"]:
        check(expected in md, f"the agenda's Markdown lacks {expected!r}:\n{md}")
    # The week's report can carry the agenda (for the chat).
    o = g.json(["week", "report", "week-01", "--agenda"])
    same(o["agenda"]["problems"][0]["presenter"], {"user": "ana", "confirmed": True},
         "report --agenda")
    rc, md, err = g.run(["week", "report", "week-01", "--agenda"])
    check(rc == 0 and "## week-01: W1" in md and "## Meeting: week-01: W1" in md,
          f"report --agenda: {rc} {md} {err}")

    # ---- week 2 (11-09 to 11-15): p3 and p4 ----
    g.submit("a3w", "ana", "p3", WA, "2026-11-09T10:00:00Z")
    g.submit("a3", "ana", "p3", OK, "2026-11-09T11:00:00Z")
    g.submit("a4o", "ana", "p4", OVERFLOW, "2026-11-10T10:00:00Z")
    # The evidence: the sample's first difference is a wrapped 32-bit value.
    o = g.json(["mistake", str(ids["a4o"]), "--yes"], user="ana")
    same((o["recorded"], o["kind"]), (True, "overflow"), "the overflow proposed and confirmed")
    check("4000000000" in o["proposed"]["why"], f"why: {o['proposed']}")
    g.run(["mistake", str(ids["a4o"]), "overflow", "int32", "sum"], user="ana")
    g.submit("c3", "cy", "p3", OK, "2026-11-11T10:00:00Z")
    g.submit("a4", "ana", "p4", OK, "2026-11-11T11:00:00Z")
    g.submit("b4", "ben", "p4", OK, "2026-11-12T10:00:00Z")
    g.submit("b3", "ben", "p3", OK, "2026-11-15T10:00:00Z")  # Sunday

    # Members who work at the weekend do not rank lower: ben, both at the first try (Thursday
    # and Sunday), ranks first; ana needed two attempts for each. The ICPC board, by hours
    # since Monday, has it the other way round: ana 680 + 3560 = 4240 min, ben 4920 + 9240.
    g.at("2026-11-16T09:00:00Z")
    board = g.json(["week", "board", "week-02"])
    same(member_cells(board), [
        (1, "ben", 2, 2, 2, 0, [(1, "2026-11-15", False), (1, "2026-11-12", False)]),
        (2, "ana", 2, 0, 4, 0, [(2, "2026-11-09", False), (2, "2026-11-11", False)]),
        (3, "cy", 1, 1, 1, 0, [(1, "2026-11-11", False), (0, None, False)]),
    ], "week-02 board")
    icpc = g.json(["week", "board", "week-02", "--style", "icpc"])
    same([(m["rank"], m["user"], m["total_minutes"]) for m in icpc["members"]],
         [(1, "ana", 4240), (2, "ben", 14160), (3, "cy", 3480)], "week-02 ICPC board")

    # Pairs: week 1's were the shift by one; week 2 takes the other shift: nobody reviews the
    # same author twice in a row, and over the two weeks everyone reviewed everyone.
    o = g.json(["week", "pairs", "week-02", "--k", "1", "--confirm"])
    same([(p["reviewer"], p["author"]) for p in o["pairs"]],
         [("ana", "cy"), ("ben", "ana"), ("cy", "ben")], "week-02 pairs")
    same(o["repeated_from_last_week"], 0, "no pair twice in a row")

    # Meeting 2: presented so far: ana, cy. p3's solvers ana, cy, ben: ben never presented;
    # p4's ana and ben: ben just did, ana presented less recently.
    o = g.json(["week", "meeting", "week-02", "--confirm"], user="ana")
    same([(p["problem"], [s["user"] for s in p["solvers"]], p["presenter"]["user"])
          for p in o["problems"]],
         [("p3", ["ana", "cy", "ben"], "ben"), ("p4", ["ana", "ben"], "ana")], "meeting 2")

    # ---- week 3 (11-16 to 11-22): p5 and p6 ----
    g.submit("a5", "ana", "p5", OK, "2026-11-16T10:00:00Z")
    g.submit("b5", "ben", "p5", OK, "2026-11-17T10:00:00Z")
    g.submit("c5", "cy", "p5", OK, "2026-11-18T10:00:00Z")
    o = g.submit("c6r", "cy", "p6", RECURSION, "2026-11-19T09:00:00Z")
    check(o["verdict"] == "RE", f"cy's recursion: {o['verdict']}")
    o = g.json(["mistake", str(ids["c6r"]), "--yes"], user="cy")
    same(o["kind"], "recursion-depth", "the recursion limit's evidence")
    g.submit("a6w", "ana", "p6", WA, "2026-11-19T10:00:00Z")
    g.run(["mistake", str(ids["a6w"]), "overflow", "again"], user="ana")
    g.submit("b6", "ben", "p6", SECRET, "2026-11-20T10:00:00Z")
    rc, out, err = g.run(["note", "p6", "--file", "-"], user="ben", stdin="memo p6\n")
    check(rc == 0, f"ben's note from stdin: {rc} {err}")

    # Mid-week, ana has not solved p6: ben's source, note and comments on it are not hers yet.
    g.at("2026-11-20T18:00:00Z")
    o = g.json(["compare", "p6"], user="ana")
    same([(m["user"], m["verdicts"], m["solved"]) for m in o["members"]],
         [("ana", ["WA"], False), ("ben", ["AC"], True), ("cy", ["RE"], False)], "compare p6")
    ben = o["members"][1]
    check(ben["source"] is None and ben["note"] is None and "week-03 has ended (after 2026-11-22)"
          in ben["source_hidden"], f"too early: {ben}")
    rc, out, err = g.run(["show", str(ids["b6"])], user="ana")
    check(rc == 1 and "secret" not in out and "hidden" in out, f"show too early: {rc} {out} {err}")
    rc, out, err = g.run(["comment", str(ids["b6"]), "nice"], user="ana")
    check(rc == 1 and "once you have solved p6" in err, f"comment too early: {rc} {err}")
    o = g.json(["week", "meeting", "week-03"], user="ana")
    ben_p6 = o["problems"][1]["solvers"][0]
    same((ben_p6["user"], ben_p6["note"], ben_p6["note_hidden"]), ("ben", None, True),
         "ben's note on the agenda, too early for ana")
    # cy solved p5: ana's and ben's p5 are hers to read already.
    o = g.json(["compare", "p5"], user="cy")
    same([m["shown_because"] for m in o["members"]], ["solved", "solved", "own"], "p5 for cy")
    # The queue mid-week (the rotation brings back the shift by one): ana -> ben's p6 waits.
    o = g.json(["week", "pairs", "week-03", "--k", "1"])
    same([(p["reviewer"], p["author"]) for p in o["pairs"]],
         [("ana", "ben"), ("ben", "cy"), ("cy", "ana")], "week-03 pairs")
    same(queue(o["queue"]), [
        ("ana", "ben", "p5", ids["b5"], "open"),
        ("ana", "ben", "p6", ids["b6"], "waiting"),
        ("ben", "cy", "p5", ids["c5"], "open"),
        ("cy", "ana", "p5", ids["a5"], "open"),
    ], "week-03 queue, mid-week")

    # The export (ana, mid-week 3): week 1 has ended, all of it goes out; week 3 only ana's own.
    repo = os.path.join(g.root, "repo")
    o = g.json(["week", "export", repo, "week-01"], user="ana")
    same([(f["path"], f["status"]) for f in o["files"]], [
        ("week-01/p1/ana.py", "written"), ("week-01/p1/ana.md", "written"),
        ("week-01/p1/cy.py", "written"), ("week-01/p1/ben.py", "written"),
        ("week-01/p1/ben.md", "written"), ("week-01/p2/ana.py", "written"),
        ("week-01/p2/cy.py", "written"), ("week-01/README.md", "written")], "export week-01")
    check(open(os.path.join(repo, "week-01", "p1", "ben.py")).read() == OK, "ben's source")
    readme = open(os.path.join(repo, "week-01", "README.md")).read()
    for expected in ["| 1 | ana | [Mon 11-02 (1)](p1/ana.py) | [Tue 11-03 (1)](p2/ana.py) | 2 | 2 | 2 |",
                     "| 2 | cy | [Sun 11-08 (1)](p1/cy.py) | [late 11-09 (2)](p2/cy.py) | 1 | 1 | 1 |",
                     "- **ben**: [python](p1/ben.py), 2 attempts", "[notes](p1/ben.md)"]:
        check(expected in readme, f"README lacks {expected!r}:\n{readme}")
    mtime = os.stat(os.path.join(repo, "week-01", "p1", "ana.py")).st_mtime_ns
    o = g.json(["week", "export", repo, "week-01"], user="ana")
    same(sorted({f["status"] for f in o["files"]}), ["unchanged"], f"again: nothing changed: {o}")
    check(os.stat(os.path.join(repo, "week-01", "p1", "ana.py")).st_mtime_ns == mtime, "untouched")
    ben_note = hf.write(os.path.join(g.root, "ben-p1.md"), "carry the sum\nO(1), and simpler\n")
    g.run(["note", "p1", "--file", ben_note], user="ben")
    o = g.json(["week", "export", repo, "week-01"], user="ana")
    same([f["path"] for f in o["files"] if f["status"] == "written"], ["week-01/p1/ben.md"],
         "only the changed note is written")
    o = g.json(["week", "export", repo, "week-03"], user="ana")
    same([f["path"] for f in o["files"]], ["week-03/p5/ana.py", "week-03/README.md"],
         "week-03 mid-week: only ana's own")
    same([(x["user"], x["problem"]) for x in o["withheld"]],
         [("ben", "p5"), ("cy", "p5"), ("ben", "p6")], "withheld until the week ends")
    check(not os.path.exists(os.path.join(repo, "week-03", "p6")), "nothing of p6")

    # ana solves p6: now she may read ben's solution and review it.
    g.submit("a6", "ana", "p6", OK, "2026-11-21T10:00:00Z")
    rc, out, err = g.run(["show", str(ids["b6"])], user="ana")
    check(rc == 0 and "secret" in out, f"show once solved: {rc} {err}")
    rc, out, err = g.run(["comment", str(ids["b6"]), "--line", "1", "no", "secret", "after", "all"],
                         user="ana")
    check(rc == 0, f"comment once solved: {rc} {err}")

    # ---- after week 3 (11-23) ----
    g.at("2026-11-23T09:00:00Z")
    o = g.json(["week", "board", "week-03"])
    same(member_cells(o), [
        (1, "ben", 2, 2, 2, 0, [(1, "2026-11-17", False), (1, "2026-11-20", False)]),
        (2, "ana", 2, 1, 3, 0, [(1, "2026-11-16", False), (2, "2026-11-21", False)]),
        (3, "cy", 1, 1, 1, 0, [(1, "2026-11-18", False), (1, None, False)]),
    ], "week-03 board")
    # Meeting 3: presented so far ana, cy (week 1), ben, ana (week 2). p5: cy presented least
    # recently; p6 (ben, ana): ben. The group picks ana for p6 instead, and confirms.
    o = g.json(["week", "meeting", "week-03"], user="ben")
    same([p["presenter"]["user"] for p in o["problems"]], ["cy", "ben"], "meeting 3 proposals")
    rc, _, err = g.run(["week", "meeting", "week-03", "--presenter", "p6=cy"], user="ben")
    check(rc == 2 and "cy has not solved p6" in err, f"a presenter who did not solve it: {err}")
    g.json(["week", "meeting", "week-03", "--presenter", "p6=ana", "--confirm"], user="ben")
    o = g.json(["week", "meeting", "week-03"], user="ben")
    same([p["presenter"] for p in o["problems"]],
         [{"user": "cy", "confirmed": True}, {"user": "ana", "confirmed": True}], "meeting 3")
    # The queue after the week: ana reviewed ben's p6; cy -> ana's p6 is open now.
    o = g.json(["week", "pairs", "week-03", "--k", "1"])
    same(queue(o["queue"]), [
        ("ana", "ben", "p5", ids["b5"], "open"),
        ("ana", "ben", "p6", ids["b6"], "done"),
        ("ben", "cy", "p5", ids["c5"], "open"),
        ("cy", "ana", "p5", ids["a5"], "open"),
        ("cy", "ana", "p6", ids["a6"], "open"),
    ], "week-03 queue after the week")
    o = g.json(["week", "export", repo, "week-03"], user="ana")
    same([(f["path"], f["status"]) for f in o["files"]], [
        ("week-03/p5/ben.py", "written"), ("week-03/p5/ana.py", "unchanged"),
        ("week-03/p5/cy.py", "written"), ("week-03/p6/ben.py", "written"),
        ("week-03/p6/ben.md", "written"), ("week-03/p6/ana.py", "written"),
        ("week-03/README.md", "written")], "week-03 after it ended")
    same(o["withheld"], [], "nothing withheld")

    # Statistics for ana: week 1 both first try; week 2 both at attempt 2 (an overflow);
    # week 3 p5 first try, p6 at attempt 2 (an overflow again).
    o = g.json(["stats"], user="ana")
    same([(w["id"], w["solved"], w["first_try_rate"], w["attempts_per_ac"], w["mistakes"])
          for w in o["weeks"]], [
        ("week-01", 2, 1.0, 1.0, []),
        ("week-02", 2, 0.0, 2.0, [{"kind": "overflow", "count": 1}]),
        ("week-03", 2, 0.5, 1.5, [{"kind": "overflow", "count": 1}]),
    ], "ana's weeks")
    p = o["progress"]
    # solved 2, 2, 2: slope 0. First-try rate 1, 0, .5: slope -.25, -.5 over the weeks:
    # worse. Attempts per AC 1, 2, 1.5: +.25 a week (fewer is better): worse. Overflows 0, 1, 1:
    # +.5 a week: worse.
    same((p["weeks"], p["solved"], p["first_try_rate"], p["attempts_per_ac"]), (
        ["week-01", "week-02", "week-03"],
        {"values": [2, 2, 2], "trend": "steady", "slope": 0},
        {"values": [1, 0, 0.5], "trend": "worse", "slope": -0.25},
        {"values": [1, 2, 1.5], "trend": "worse", "slope": 0.25}), "ana's progress")
    same(p["mistake_kinds"], [{"kind": "overflow", "values": [0, 1, 1], "trend": "worse",
                               "slope": 0.5, "total": 2}], "ana's mistakes over time")
    rc, out, err = g.run(["stats"], user="ana")
    check(rc == 0 and "  overflow           ▁██  1  worse" in out, f"sparklines: {out} {err}")

    # Review: overflow recurs (p4 and p6): both come back though solved at attempt 2. p4: box 1
    # since 11-11, due 11-14, 9 days overdue, with the failed test and the note; p6: due 11-24.
    o = g.json(["review"], user="ana")
    same([(x["problem"], x["kind"], x["overdue_days"], x["failed_tests"], x["recurring_kinds"],
           [(m["submission_id"], m["kind"], m["note"]) for m in x["mistakes"]]) for x in o["due"]],
         [("p4", "recurring", 9, ["sample-1"], ["overflow"], [(ids["a4o"], "overflow", "int32 sum")])],
         "ana's review")
    same([(x["problem"], x["due"]) for x in o["later"]], [("p6", "2026-11-24")], "later")
    # ben never started p2 (week 1 is over): --include-new offers it.
    o = g.json(["review"], user="ben")
    same((o["due"], o["later"]), ([], []), "ben's review")
    o = g.json(["review", "--include-new"], user="ben")
    same([(x["problem"], x["kind"], x["week"], x["due"], x["overdue_days"]) for x in o["due"]],
         [("p2", "new", "week-01", "2026-11-09", 14)], "ben's new problems")
    o = g.json(["mistake", "--list"], user="cy")
    same([(m["submission_id"], m["kind"]) for m in o],
         [(ids["c2t"], "complexity"), (ids["c6r"], "recursion-depth")], "cy's mistake log")


def test_honesty_rule_refuses_too_early_reads():
    """ben solved p1 on Tuesday; on Wednesday ana, who has not solved it, tries to read his
    source every way the judge offers: each is refused, nothing of it printed or written. Once
    she solves it she may; cy, who never solves it, may once the week has ended."""
    g = Group("honesty", weeks=WEEKS[:1], problems=("p1", "p2"))
    secret = "# ben's secret approach\n" + OK
    g.submit("b1", "ben", "p1", secret, "2026-11-03T10:00:00Z")
    g.run(["note", "p1", "--file", "-"], user="ben", stdin="the secret note\n")
    g.submit("a1w", "ana", "p1", WA, "2026-11-04T09:00:00Z")
    g.at("2026-11-04T10:00:00Z")
    sid = str(g.ids["b1"])

    def leaks(text):
        return "secret" in text

    rc, out, err = g.run(["show", sid], user="ana")
    check(rc == 1 and not leaks(out) and "hidden" in out and "once you have solved p1" in err,
          f"show: {rc} {out} {err}")
    rc, o, err = run_json(["show", sid, "--user", "ana"], env=g.env())
    check(rc == 1 and o["source"] is None and o["source_hidden"] and not leaks(json.dumps(o)),
          f"show --json: {rc} {o}")
    rc, out, err = g.run(["compare", "p1", "--width", "200"], user="ana")
    check(rc == 0 and not leaks(out) and "ben's source is hidden" in out, f"compare: {out} {err}")
    o = g.json(["compare", "p1"], user="ana")
    check(not leaks(json.dumps(o)), f"compare --json leaks: {o}")
    for args in (["comment", sid, "looks", "good"], ["comment", sid, "--show"]):
        rc, out, err = g.run(args, user="ana")
        check(rc == 1 and not leaks(out + err), f"{args}: {rc} {out} {err}")
    o = g.json(["week", "meeting", "week-01"], user="ana")
    check(not leaks(json.dumps(o)) and o["problems"][0]["solvers"][0]["note_hidden"],
          f"meeting: {o}")
    rc, md, err = g.run(["week", "meeting", "week-01", "--markdown"], user="ana")
    check(not leaks(md) and "shared once the week has ended" in md,
          f"the agenda for the group, before the week ends: {md}")
    repo = os.path.join(g.root, "repo")
    o = g.json(["week", "export", repo, "week-01"], user="ana")
    check(not os.path.exists(os.path.join(repo, "week-01", "p1", "ben.py")) and o["withheld"],
          f"export: {o}")
    # ben may share his own work whenever he likes.
    o = g.json(["week", "export", repo, "week-01"], user="ben")
    check(os.path.exists(os.path.join(repo, "week-01", "p1", "ben.py")), "ben exports his own")

    # Solved: ana may read it.
    g.submit("a1", "ana", "p1", OK, "2026-11-05T10:00:00Z")
    rc, out, err = g.run(["show", sid], user="ana")
    check(rc == 0 and leaks(out), f"show once solved: {rc} {err}")
    o = g.json(["compare", "p1"], user="ana")
    same((o["members"][1]["shown_because"], o["members"][1]["note"]), ("solved", "the secret note\n"),
         "compare once solved")
    # cy never solved it: refused during the week, shown after it.
    rc, out, err = g.run(["show", sid], user="cy")
    check(rc == 1 and not leaks(out), f"cy during the week: {rc}")
    g.at("2026-11-09T10:00:00Z")
    rc, out, err = g.run(["show", sid], user="cy")
    check(rc == 0 and leaks(out), f"cy after the week: {rc} {err}")


def test_review_means_it():
    """Judging a byte-identical source again (a folder run twice) is not a review; a new
    source solved at the first attempt is."""
    g = Group("review", weeks=WEEKS[:1], problems=("p1", "p2"))
    g.submit("w1", "dee", "p1", WA, "2026-11-02T10:00:00Z")
    g.submit("w2", "dee", "p1", WA + "# 2\n", "2026-11-02T11:00:00Z")
    g.submit("ok", "dee", "p1", OK, "2026-11-02T12:00:00Z")
    folder = os.path.join(g.root, "folder")
    hf.write(os.path.join(folder, "p1.py"), OK)
    for day in ("2026-11-04", "2026-11-06"):
        g.at(day + "T10:00:00Z")
        rc, _, err = g.run(["week", "run", "week-01", "--dir", folder], user="dee")
        check(rc == 0, f"week run: {rc} {err}")
    # Hard won on 11-02 (box 1, every 3 days): the reruns changed nothing: due 11-05.
    g.at("2026-11-07T10:00:00Z")
    o = g.json(["review"], user="dee")
    same([(x["problem"], x["box"], x["clean_reviews"], x["last_attempt"], x["due"],
           x["failed_tests"]) for x in o["due"]],
         [("p1", 1, 0, "2026-11-02", "2026-11-05", ["2", "sample-1"])], "reruns are no review")
    g.submit("new", "dee", "p1", "import sys\na, b = map(int, sys.stdin.read().split())\n"
                                 "print(a + b)\n", "2026-11-07T11:00:00Z")
    o = g.json(["review"], user="dee")
    same([(x["problem"], x["box"], x["clean_reviews"], x["due"]) for x in o["later"]],
         [("p1", 2, 1, "2026-11-14")], "a new source is a clean review")


def test_terminal_prompt_editor_failures_and_side_by_side():
    """A proposal is confirmed at a terminal's prompt; an editor that fails records nothing and
    leaves no temporary file; on a wide terminal solutions are side by side."""
    import pty
    import subprocess
    g = Group("terminal", weeks=WEEKS[:1], problems=("p1", "p2"))
    g.submit("t", "ana", "p1", TLE, "2026-11-02T10:00:00Z", ["--time-limit", "300"])
    g.submit("ok", "ana", "p1", OK, "2026-11-02T11:00:00Z")
    g.submit("b", "ben", "p1", "import sys\nprint(sum(map(int, sys.stdin.read().split())))\n",
             "2026-11-03T10:00:00Z")
    for answer, recorded in (("n\n", False), ("y\n", True)):
        master, slave = pty.openpty()
        p = subprocess.Popen([jt.JUDGE, "mistake", str(g.ids["t"]), "--user", "ana"],
                             stdin=slave, stderr=slave, stdout=subprocess.PIPE,
                             env=dict(os.environ, **g.env()))
        os.close(slave)
        prompt = b""
        while b"[y/N]" not in prompt:
            prompt += os.read(master, 1024)
        os.write(master, answer.encode())
        out, _ = p.communicate(timeout=60)
        os.close(master)
        check(b"the evidence points to complexity" in prompt, f"the prompt: {prompt!r}")
        check((p.returncode == 0) == recorded, f"answer {answer!r}: exit {p.returncode} {out!r}")
    o = g.json(["mistake", "--list"], user="ana")
    same([m["kind"] for m in o], ["complexity"], "recorded once confirmed")

    tmp = os.path.join(g.root, "tmp")
    os.makedirs(tmp)
    rc, out, err = g.run(["note", "p1"], user="ana", env={"EDITOR": "false", "VISUAL": "",
                                                          "TMPDIR": tmp})
    check(rc == 1 and "failed" in err and os.listdir(tmp) == [], f"a failing editor: {rc} {err}")
    rc, out, err = g.run(["note", "p1"], user="ana", env={"EDITOR": "no-such-editor-here",
                                                          "VISUAL": "", "TMPDIR": tmp})
    check(rc == 1 and "could not be run" in err and os.listdir(tmp) == [], f"{rc} {err}")
    rc, out, err = g.run(["note", "p1", "--show"], user="ana")
    check(rc == 1, f"nothing recorded: {rc} {out}")

    rc, out, err = g.run(["compare", "p1", "--width", "120"], user="ana")
    lines = out.splitlines()
    check(rc == 0 and any("a, b = map(int, input().split())" in l and "│ import sys" in l
                          for l in lines), f"side by side:\n{out}")
    rc, out, err = g.run(["compare", "p1"], user="ana")  # not a terminal: one after the other
    check(rc == 0 and "--- ana #" in out and "--- ben #" in out and "│" not in out, out)


@jt.sqlite_only
def test_editor_note_kept_when_the_history_fails():
    """What was written in the editor is not lost when the history cannot take it: the
    temporary file is kept and named, and records the note with --file once it can."""
    g = Group("notekept", weeks=WEEKS[:1], problems=("p1", "p2"))
    g.submit("a", "ana", "p1", OK, "2026-11-02T10:00:00Z")
    tmp = os.path.join(g.root, "tmp")
    os.makedirs(tmp)
    # The editor writes the note, and meanwhile the history loses its notes table.
    editor = jt.write(os.path.join(g.root, "editor.sh"),
                      "#!/bin/sh\nprintf 'a long, careful note\\n' > \"$1\"\n"
                      "python3 -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
                      "c.execute(\"ALTER TABLE notes RENAME TO gone\"); c.commit()' \"$JUDGE_DB\"\n",
                      mode=0o755)
    rc, out, err = g.run(["note", "p1"], user="ana", env={"EDITOR": editor, "VISUAL": "",
                                                          "TMPDIR": tmp})
    kept = [os.path.join(tmp, f) for f in os.listdir(tmp)]
    check(rc == 3 and len(err.strip().splitlines()) == 1 and len(kept) == 1 and kept[0] in err,
          f"the note's file: {rc} {err} {kept}")
    check(open(kept[0]).read() == "a long, careful note\n", "the note as written")
    import sqlite3
    c = sqlite3.connect(g.db)
    c.execute("ALTER TABLE gone RENAME TO notes")
    c.commit()
    c.close()
    rc, out, err = g.run(["note", "p1", "--file", kept[0]], user="ana")
    check(rc == 0, f"recorded from the kept file: {rc} {err}")
    # Recorded from the editor, the file goes.
    editor = jt.write(os.path.join(g.root, "editor2.sh"),
                      "#!/bin/sh\nprintf 'second thoughts\\n' > \"$1\"\n", mode=0o755)
    os.unlink(kept[0])
    rc, out, err = g.run(["note", "p1"], user="ana", env={"EDITOR": editor, "VISUAL": "",
                                                          "TMPDIR": tmp})
    check(rc == 0 and os.listdir(tmp) == [], f"recorded: {rc} {err} {os.listdir(tmp)}")


def test_editor_survives_hangup_and_kill():
    """The terminal closed or the judge killed while the editor is open: the editor's to end
    of (as Ctrl-C is), and the judge still records what was written and removes its file."""
    import signal
    import subprocess
    import time
    g = Group("hangup", weeks=WEEKS[:1], problems=("p1", "p2"))
    g.submit("a", "ana", "p1", OK, "2026-11-02T10:00:00Z")
    tmp = os.path.join(g.root, "tmp")
    os.makedirs(tmp)
    for sig in (signal.SIGHUP, signal.SIGTERM):
        ready, go = os.path.join(g.root, "ready"), os.path.join(g.root, "go")
        editor = jt.write(os.path.join(g.root, "editor.sh"),
                          "#!/bin/sh\nprintf 'after %s\\n' \"$SIG\" > \"$1\"\n: > \"$READY\"\n"
                          "while [ ! -e \"$GO\" ]; do sleep 0.05; done\n", mode=0o755)
        env = dict(os.environ, **g.env({"EDITOR": editor, "VISUAL": "", "TMPDIR": tmp,
                                        "READY": ready, "GO": go, "SIG": sig.name}))
        p = subprocess.Popen([jt.JUDGE, "note", "p1", "--user", "ana"], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        while not os.path.exists(ready):
            time.sleep(0.05)
        p.send_signal(sig)
        time.sleep(0.2)
        jt.write(go, "")
        out, err = p.communicate(timeout=60)
        os.unlink(ready)
        os.unlink(go)
        check(p.returncode == 0 and os.listdir(tmp) == [],
              f"{sig.name}: exit {p.returncode}, left {os.listdir(tmp)}: {err}")
        same(g.json(["note", "p1", "--show", "--json"], user="ana")["text"], f"after {sig.name}\n",
             f"recorded after {sig.name}")


def test_note_inputs():
    """A note from a Windows editor has CRLF line ends: stored as LF (else each line shows
    \\x0d on the agenda); what is not a note is refused on one line, exit 2."""
    g = Group("noteinputs", weeks=WEEKS[:1], problems=("p1", "p2"))
    g.submit("a", "ana", "p1", OK, "2026-11-02T10:00:00Z")
    rc, out, err = g.run(["note", "p1", "--file", "-"], user="ana", stdin="idea\r\nO(1)\r\n")
    check(rc == 0, f"a CRLF note: {rc} {err}")
    o = g.json(["note", "p1", "--show", "--json"], user="ana")
    same(o["text"], "idea\nO(1)\n", "CRLF stored as LF")
    rc, out, err = g.run(["week", "meeting", "week-01"], user="ana")
    check(rc == 0 and "\\x0d" not in out and "│ O(1)\n" in out, f"the agenda: {out}")
    for path, why in (("/dev/zero", "larger than 64 KiB"), (g.root, "Is a directory"),
                      (os.path.join(g.root, "none"), "No such file")):
        rc, out, err = g.run(["note", "p1", "--file", path], user="ana")
        check(rc == 2 and why in err and len(err.strip().splitlines()) == 1, f"{path}: {rc} {err}")


@jt.sqlite_only
def test_no_history_left_behind():
    """The commands that only add to a history (a note, a comment, a mistake tag, confirming
    presenters or pairs) fail or record nothing where there is none, and create none."""
    g = Group("nohistory", weeks=WEEKS[:1], problems=("p1", "p2"))
    note = hf.write(os.path.join(g.root, "note.md"), "idea\n")
    db = os.path.join(g.root, "new", "history.db")
    for args, expect in ((["note", "p1", "--file", note], 2), (["comment", "1", "hi"], 1),
                         (["mistake", "1", "other"], 1), (["week", "meeting", "--confirm"], 0),
                         (["week", "pairs", "--confirm"], 0)):
        rc, out, err = g.run(args, user="ana", env={"JUDGE_DB": db})
        check(rc == expect and not os.path.exists(os.path.dirname(db)),
              f"{args}: exit {rc} (expected {expect}), {os.path.dirname(db)} "
              f"{'created' if os.path.exists(os.path.dirname(db)) else 'absent'}: {err}")
    rc, out, err = g.run(["note", "p1", "--file", note, "--db", db], user="ana")
    check(rc == 2 and "no history there" in err and not os.path.exists(db), f"--db: {rc} {err}")


def test_mistake_list_keeps_each_mistake_on_its_line():
    """A mistake's note is the member's text: a newline or a tab in it is shown (\\n, \\t), so
    that it cannot start a row of its own in `mistake --list`."""
    g = Group("mistake-lines", weeks=WEEKS[:1], problems=("p1", "p2"))
    g.submit("w", "ana", "p1", WA, "2026-11-02T10:00:00Z")
    note = "off by one\n2026-11-01 #99     p2   week-01   AC      overflow   forged\tcell"
    rc, out, err = g.run(["mistake", str(g.ids["w"]), "off-by-one", note], user="ana")
    check(rc == 0, f"tagged: {rc} {out} {err}")
    rc, out, err = g.run(["mistake", "--list"], user="ana")
    rows = out.rstrip("\n").splitlines()
    check(rc == 0 and len(rows) == 2, f"a header and one row: {rc} {out!r} {err}")
    check("off by one\\n2026-11-01" in rows[1] and "forged\\tcell" in rows[1], f"{rows}")


def test_meeting_nobody_solved_confirm():
    """--confirm at a meeting where nobody solved anything records nothing, and says so (not
    "already recorded"); confirmed twice, the second says "already"."""
    g = Group("nobody", weeks=WEEKS[:1], problems=("p1", "p2"))
    g.submit("w", "ana", "p1", WA, "2026-11-02T10:00:00Z")
    rc, out, err = g.run(["week", "meeting", "week-01", "--confirm"], user="ana")
    check(rc == 0 and "no presenters to record: nobody solved a problem yet" in out
          and "already" not in out, f"nobody solved: {rc} {out} {err}")
    g.submit("a", "ana", "p1", OK, "2026-11-03T10:00:00Z")
    for expected in ("presenters recorded", "presenters already recorded"):
        rc, out, err = g.run(["week", "meeting", "week-01", "--confirm"], user="ana")
        check(rc == 0 and out.rstrip().endswith(expected), f"{expected}: {rc} {out} {err}")


def test_pairs_none_to_record():
    """week pairs --confirm with one member: no pairs to record, and none said recorded."""
    g = Group("onemember", weeks=WEEKS[:1], problems=("p1", "p2"))
    g.submit("a", "ana", "p1", OK, "2026-11-02T10:00:00Z")
    for _ in range(2):
        o = g.json(["week", "pairs", "week-01", "--confirm"], user="ana")
        same((o["pairs"], o["recorded"]), ([], False), "no pairs recorded")


@jt.sqlite_only
def test_history_it_cannot_open():
    """A history in a directory where SQLite cannot make its -wal and -shm files (immutable):
    every routine command says so on one line, exit 2, not "not an error"."""
    import subprocess
    g = Group("immutable", weeks=WEEKS[:1], problems=("p1", "p2"))
    g.submit("a", "ana", "p1", OK, "2026-11-02T10:00:00Z")
    folder = os.path.dirname(g.db)
    if subprocess.run(["chattr", "+i", folder], capture_output=True).returncode != 0:
        print("skip: chattr +i is not supported here (needs root and a file system with it)")
        return
    try:
        for args in (["compare", "p1"], ["week", "meeting", "week-01"], ["note", "p1", "--show"],
                     ["week", "board", "week-01"]):
            rc, out, err = g.run(args, user="ana")
            check(rc == 2 and len(err.strip().splitlines()) == 1 and "not an error" not in err
                  and "directory writable" in err, f"{args}: {rc} {err}")
    finally:
        subprocess.run(["chattr", "-i", folder])


def test_export_hostile_names_and_links():
    """User names and problem ids are data: in the export they become safe names, never paths;
    and a link planted in the repository is not followed."""
    g = Group("hostile", weeks=WEEKS[:1], problems=("p1", "p2"))
    for user in ("../../escape", "a/b", "A/b", ".hidden", "\u202eevil"):
        g.submit(user, user, "p1", OK, "2026-11-02T10:00:00Z")
    g.at("2026-11-10T10:00:00Z")
    repo = os.path.join(g.root, "repo")
    o = g.json(["week", "export", repo, "week-01"], user="x")
    paths = sorted(f["path"] for f in o["files"])
    for p in paths:
        check(p.startswith("week-01/") and ".." not in p.split("/") and "\u202e" not in p,
              f"an unsafe path: {p}")
    same(len(paths), 6, f"five sources and the README, none merged: {paths}")
    check("week-01/p1/_hidden.py" in paths, f"a hidden file made visible: {paths}")
    # a/b and A/b would be one file on a case-insensitive checkout: they are told apart.
    check(len({p.lower() for p in paths}) == 6, f"names equal but for case: {paths}")
    for dirpath, dirs, files in os.walk(g.root):
        check("escape.py" not in files or dirpath.startswith(os.path.join(repo, "week-01")),
              f"written outside the repository: {dirpath}")
    # A link where the week's folder was: refused, the target untouched.
    outside = os.path.join(g.root, "outside")
    os.makedirs(outside)
    shutil.rmtree(os.path.join(repo, "week-01"))
    os.symlink(outside, os.path.join(repo, "week-01"))
    rc, out, err = g.run(["week", "export", repo, "week-01"], user="x")
    check(rc == 2 and "not followed" in err and os.listdir(outside) == [], f"{rc} {err}")


if __name__ == "__main__":
    jt.main(globals())
