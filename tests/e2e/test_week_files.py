"""test_week_files.py: the weekly sets' files and folders as a user gets them wrong: `week run`
on another week's folder or an empty one, a set file with a syntax error, an unknown key or
dates overlapping another set's, and a bad set file that must not block submitting the
problems of the other sets; and `week show` saying which problems are function-style."""

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


def workspace(name):
    """The fixture library (week-01: p-a p-b p-c, week-02: p-d p-e, week-03: p-f; p-x in no
    set; today 2026-11-18 is in week-03) and the path of a history not made yet."""
    root = os.path.join(jt.WORK, name)
    shutil.rmtree(root, ignore_errors=True)
    lib = hf.fixture_library(os.path.join(root, "lib"))
    return root, lib, os.path.join(root, "history.db")


def rows(db):
    if not os.path.exists(db):
        return []
    return sqlite3.connect(db).execute(
        "SELECT user, problem, week, verdict FROM submissions ORDER BY id").fetchall()


def one_line(err):
    lines = err.strip().splitlines()
    check(len(lines) == 1, f"one error line expected: {err!r}")
    return lines[0]


# ---- week run on the wrong folder ----

def test_run_names_the_week_the_files_match():
    """Last week's folder run against this week: exit 1, nothing recorded, and the set the
    files are solutions of named, with the command that judges them; --json keeps its shape
    and adds matching_week."""
    root, lib, db = workspace("run-other")
    sols = os.path.join(root, "last week")  # a space: the command quotes it
    hf.write(os.path.join(sols, "p-d.py"), hf.APLUSB_OK)
    hf.write(os.path.join(sols, "p-e.py"), hf.APLUSB_OK)
    hf.write(os.path.join(sols, "p-a.py"), hf.APLUSB_OK)
    hf.write(os.path.join(sols, "notes.md"), "# notes\n")
    env = hf.env(db)
    rc, out, err = run(["week", "run", "week-03", "--dir", sols, "--user", "ana",
                        "--problems", lib], env=env)
    check(rc == 1, f"nothing judged is exit 1, got {rc}: {out} {err}")
    check(one_line(err) == "judge: none of these files is a problem of week-03; they match "
          f"week-02 (p-d, p-e): judge week run week-02 --dir '{sols}'", f"message: {err!r}")
    check("not judged:" in out and "p-d.py" in out, f"the files are still listed: {out}")
    check(rows(db) == [], f"nothing recorded: {rows(db)}")

    rc, o, err = run_json(["week", "run", "week-03", "--dir", sols, "--user", "ana",
                           "--problems", lib], env=env)
    check(rc == 1 and "they match week-02" in err, f"--json: {rc} {err}")
    check(list(o) == ["week", "user", "results", "unmatched", "matching_week", "board"],
          f"the JSON's keys: {list(o)}")
    check(o["results"] == [] and o["matching_week"] == "week-02"
          and [x["file"] for x in o["unmatched"]] == ["notes.md", "p-a.py", "p-d.py", "p-e.py"]
          and o["board"]["week"]["id"] == "week-03", f"--json: {o}")

    # As many files of week-01 as of week-02: the latest set is named.
    os.remove(os.path.join(sols, "p-e.py"))
    rc, o, err = run_json(["week", "run", "week-03", "--dir", sols, "--problems", lib], env=env)
    check(rc == 1 and o["matching_week"] == "week-02" and "week-02 (p-d)" in err, f"tie: {o} {err}")
    # More of week-01's: week-01.
    hf.write(os.path.join(sols, "p-b.py"), hf.APLUSB_OK)
    rc, o, err = run_json(["week", "run", "week-03", "--dir", sols, "--problems", lib], env=env)
    check(rc == 1 and o["matching_week"] == "week-01" and "week-01 (p-a, p-b)" in err,
          f"most files: {o} {err}")
    check(rows(db) == [], f"nothing recorded: {rows(db)}")


def test_run_empty_folder_is_exit_1():
    root, lib, db = workspace("run-empty")
    sols = os.path.join(root, "solutions")
    os.makedirs(sols)
    hf.write(os.path.join(sols, ".hidden.py"), hf.APLUSB_OK)
    rc, out, err = run(["week", "run", "week-03", "--dir", sols, "--problems", lib], env=hf.env(db))
    check(rc == 1 and one_line(err).startswith(f"judge: {sols} holds no files: nothing judged"),
          f"empty folder: {rc} {out} {err}")
    rc, o, err = run_json(["week", "run", "week-03", "--dir", sols, "--problems", lib],
                          env=hf.env(db))
    check(rc == 1 and o["results"] == [] and o["unmatched"] == [] and o["matching_week"] is None,
          f"empty folder --json: {rc} {o}")
    # Files of no set at all: exit 1, said so.
    hf.write(os.path.join(sols, "zzz.py"), hf.APLUSB_OK)
    rc, out, err = run(["week", "run", "week-03", "--dir", sols, "--problems", lib], env=hf.env(db))
    check(rc == 1 and "is a problem of week-03, nor of another set: nothing judged" in err,
          f"no set's files: {rc} {err}")
    # Named after the set's problems, but in no language: exit 1 too.
    hf.write(os.path.join(sols, "p-f.txt"), "text\n")
    rc, out, err = run(["week", "run", "week-03", "--dir", sols, "--problems", lib], env=hf.env(db))
    check(rc == 1 and "in no language the judge knows" in err, f"no language: {rc} {err}")
    check(rows(db) == [], f"nothing recorded: {rows(db)}")


def test_run_with_some_matching_files_unchanged():
    """A folder where some file is a problem of the set: judged as before, the others listed;
    matching_week is null."""
    root, lib, db = workspace("run-some")
    sols = os.path.join(root, "solutions")
    hf.write(os.path.join(sols, "p-f.py"), hf.APLUSB_OK)
    hf.write(os.path.join(sols, "p-d.py"), hf.APLUSB_OK)
    env = hf.env(db, JUDGE_NOW="2026-11-18T12:00:00Z")
    rc, o, err = run_json(["week", "run", "--dir", sols, "--user", "dee", "--problems", lib],
                          env=env)
    check(rc == 0 and o["week"] == "week-03" and o["matching_week"] is None, f"{rc} {o} {err}")
    check([(x["file"], x["verdict"]) for x in o["results"]] == [("p-f.py", "AC")]
          and o["unmatched"] == [{"file": "p-d.py", "reason": "no problem of the set has that name"}],
          f"results: {o}")
    check(rows(db) == [("dee", "p-f", "week-03", "AC")], f"recorded: {rows(db)}")


# ---- set files: syntax errors, unknown keys, overlapping dates ----

WEEK_04 = {"id": "week-04", "title": "Later", "starts": "2026-11-23", "ends": "2026-11-29",
           "problems": ["p-x"]}


def test_syntax_error_has_line_and_column():
    root, lib, db = workspace("syntax")
    path = hf.write(os.path.join(lib, "weeks", "week-04.json"),
                    '{\n  "id": "week-04",\n  "title": "Later"\n  "starts": "2026-11-23",\n'
                    '  "ends": "2026-11-29", "problems": ["p-x"]}\n')
    for args in (["week", "list"], ["week", "show", "week-01"]):
        rc, _, err = run(args + ["--problems", lib], env=hf.env(db))
        check(rc == 2 and one_line(err) == f"judge: {path}:4:3: malformed JSON at "
              "'\"starts\": \"2026-11-23\",'", f"{args}: {rc} {err!r}")
    # Text after the object is refused, where it starts.
    hf.write(path, json.dumps(WEEK_04) + "\n}\n")
    rc, _, err = run(["week", "list", "--problems", lib], env=hf.env(db))
    check(rc == 2 and one_line(err) == f"judge: {path}:2:1: text after the JSON object at '}}'",
          f"trailing text: {rc} {err!r}")


def test_unknown_key_named_before_missing_ones():
    root, lib, db = workspace("unknown-key")
    doc = {k: v for k, v in WEEK_04.items() if k != "title"}
    doc["titel"] = "Later"
    path = hf.write(os.path.join(lib, "weeks", "week-04.json"), json.dumps(doc))
    rc, _, err = run(["week", "list", "--problems", lib], env=hf.env(db))
    check(rc == 2 and one_line(err) == f'judge: {path}: unknown key "titel" (did you mean '
          '"title"?)', f"titel: {rc} {err!r}")
    doc = dict(WEEK_04, colour="red")
    hf.write(path, json.dumps(doc))
    rc, _, err = run(["week", "list", "--problems", lib], env=hf.env(db))
    check(rc == 2 and f'{path}: unknown key "colour"' in one_line(err), f"colour: {rc} {err!r}")


def test_overlapping_sets_refused():
    """Two sets whose dates overlap: refused naming both files and their dates; a submission
    of a problem of either is refused too (its week is not known), nothing recorded."""
    root, lib, db = workspace("overlap")
    path = hf.write(os.path.join(lib, "weeks", "week-04.json"),
                    json.dumps(dict(WEEK_04, starts="2026-11-21", ends="2026-11-27")))
    week_03 = os.path.join(lib, "weeks", "week-03.json")
    rc, _, err = run(["week", "list", "--problems", lib], env=hf.env(db))
    check(rc == 2 and one_line(err) == f"judge: {week_03}: dates 2026-11-16 to 2026-11-22 overlap "
          f"those of {path} (2026-11-21 to 2026-11-27): a day belongs to one weekly set at most",
          f"overlap: {rc} {err!r}")
    sol = hf.write(os.path.join(root, "sol.py"), hf.APLUSB_OK)
    for problem, named in (("p-f", week_03), ("p-x", path)):
        rc, out, err = run(["submit", problem, sol, "--user", "ana", "--problems", lib],
                           env=hf.env(db))
        check(rc == 2 and named in err and "overlap" in err and "Accepted" not in out,
              f"submit {problem}: {rc} {out} {err}")
    # A set touching another's last day is an overlap; the day after is not.
    hf.write(path, json.dumps(dict(WEEK_04, starts="2026-11-22", ends="2026-11-28")))
    rc, _, err = run(["week", "list", "--problems", lib], env=hf.env(db))
    check(rc == 2 and "overlap" in err, f"one shared day: {rc} {err}")
    hf.write(path, json.dumps(dict(WEEK_04, starts="2026-11-23", ends="2026-11-28")))
    rc, out, err = run(["week", "list", "--problems", lib], env=hf.env(db))
    check(rc == 0 and "week-04" in out, f"adjacent sets: {rc} {err}")
    check(rows(db) == [], f"nothing recorded: {rows(db)}")


# ---- a bad set file and submit/test of other sets' problems ----

def test_bad_set_blocks_only_its_problems():
    """A bad set file refuses `submit` of the problems it might hold (exit 2, naming it, nothing
    judged or recorded) and leaves the other problems' submissions to the valid sets, in the
    week they would have with the file fixed; `test` warns only about the problems it might
    hold. The commands on the sets as a whole still refuse it."""
    root, lib, db = workspace("bad-set")
    doc = dict(WEEK_04, problems=["p-x", "p-bb"])  # "p-bb": no such problem, a near miss of p-b
    doc["titel"] = doc.pop("title")
    bad = hf.write(os.path.join(lib, "weeks", "week-04.json"), json.dumps(doc))
    sol = hf.write(os.path.join(root, "sol.py"), hf.APLUSB_OK)
    env = hf.env(db)

    def submit(problem):
        return run(["submit", problem, sol, "--user", "ana", "--problems", lib], env=env)

    rc, out, err = submit("p-a")
    check(rc == 0 and out.rstrip().endswith("(ana, week-01)") and err == "",
          f"p-a (week-01 only): {rc} {out} {err}")
    rc, out, err = submit("p-f")
    check(rc == 0 and out.rstrip().endswith("(ana, week-03)"), f"p-f (week-03): {rc} {out} {err}")
    for problem in ("p-x", "p-b"):
        rc, out, err = submit(problem)
        check(rc == 2 and one_line(err).startswith(f'judge: {bad}: unknown key "titel"')
              and f"may hold {problem}" in err and out == "", f"{problem}: {rc} {out} {err}")
    check(rows(db) == [("ana", "p-a", "week-01", "AC"), ("ana", "p-f", "week-03", "AC")],
          f"recorded: {rows(db)}")

    rc, o, err = run_json(["test", "p-a", sol, "--problems", lib], env=env)
    check(rc == 0 and err == "", f"test p-a: no warning: {rc} {err!r}")
    rc, o, err = run_json(["test", "p-x", sol, "--problems", lib], env=env)
    check(rc == 0 and o["verdict"] == "AC" and "warning" in err and bad in err,
          f"test p-x: judged, with a warning: {rc} {err!r}")
    rc, _, err = run(["week", "list", "--problems", lib], env=env)
    check(rc == 2 and bad in err, f"week list: {rc} {err}")

    # A file that does not parse might hold the problems its text names.
    hf.write(bad, '{"id": "week-04", "problems": ["p-c" "p-x"]}')
    rc, out, err = submit("p-c")
    check(rc == 2 and f"{bad}:1:" in err and "may hold p-c" in err, f"p-c: {rc} {out} {err}")
    rc, out, err = submit("p-b")
    check(rc == 0 and out.rstrip().endswith("(ana, week-01)"), f"p-b: {rc} {out} {err}")


# ---- week show: function-style problems ----

def test_show_marks_function_style():
    root, lib, db = workspace("show-function")
    meta_path = os.path.join(lib, "p-b", "problem.json")
    meta = json.load(open(meta_path))
    meta["harness"] = {"python": "harness/main.py"}
    hf.write(meta_path, json.dumps(meta))
    hf.write(os.path.join(lib, "p-b", "harness", "main.py"),
             "from solution import add\na, b = map(int, input().split())\nprint(add(a, b))\n")
    rc, o, err = run_json(["week", "show", "week-01", "--problems", lib], env=hf.env(db))
    check(rc == 0, f"week show: {rc} {err}")
    check([(p["id"], p["function"], p["function_languages"]) for p in o["problems"]]
          == [("p-a", False, []), ("p-b", True, ["python"]), ("p-c", False, [])],
          f"function-style in --json: {o['problems']}")
    rc, out, err = run(["week", "show", "week-01", "--problems", lib], env=hf.env(db))
    lines = {l.split()[0]: l for l in out.splitlines() if l.startswith("  p-")}
    check(rc == 0 and "style" in out and " function " in lines["p-b"]
          and " program " in lines["p-a"] and " function " not in lines["p-a"],
          f"function-style in the table:\n{out}")


if __name__ == "__main__":
    jt.main(globals())
