"""test_library.py: the problem library is sound: tests regenerate, weekly sets are valid,
and every package passes `judge check` (every solution gets the verdict its folder names)."""

import concurrent.futures
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _judgetest as jt  # noqa: E402
from _judgetest import check, run  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LIBRARY = os.path.join(ROOT, "problems")


def problems():
    return sorted(d for d in os.listdir(LIBRARY)
                  if os.path.isfile(os.path.join(LIBRARY, d, "problem.json")))


def test_library_size_and_sets():
    """The library a group works through for a season: at least 60 problems in undated sets of
    five in the library's order (week 1, 2, ... with no gap), every problem in one set, and at
    least 20 function-style."""
    ids = problems()
    check(len(ids) >= 60, f"at least 60 problems, found {len(ids)}")
    weeks = sorted(os.listdir(os.path.join(LIBRARY, "weeks")))
    check(len(weeks) >= 12, f"at least 12 weekly sets, found {weeks}")
    seen = set()
    numbers = []
    for w in weeks:
        doc = json.load(open(os.path.join(LIBRARY, "weeks", w)))
        check(doc["id"] + ".json" == w, f"{w}: id {doc['id']}")
        check("starts" not in doc and "ends" not in doc, f"{w}: undated: each group's calendar")
        numbers.append(doc.get("week"))
        check(len(doc["problems"]) == 5, f"{w}: five problems")
        for p in doc["problems"]:
            check(p in ids, f"{w}: unknown problem {p}")
            check(p not in seen, f"{w}: {p} is in another set too")
            seen.add(p)
    check(sorted(numbers) == list(range(1, len(weeks) + 1)), f"week numbers 1..N: {numbers}")
    check(seen == set(ids), f"in no set: {sorted(set(ids) - seen)}")
    function_style = [p for p in ids
                      if "harness" in json.load(open(os.path.join(LIBRARY, p, "problem.json")))]
    check(len(function_style) >= 20, f"function-style: {len(function_style)}")


def test_tests_match_a_regeneration():
    def one(p):
        r = subprocess.run([os.path.join(ROOT, "scripts", "regen-tests"), "--check",
                            os.path.join(LIBRARY, p)], capture_output=True, text=True, timeout=1200)
        return None if r.returncode == 0 else f"{p}:\n{r.stdout[-1000:]}\n{r.stderr[-1000:]}"

    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        bad = [b for b in pool.map(one, problems()) if b]
    check(not bad, "regen-tests --check failed:\n" + "\n".join(bad))


def test_every_problem_passes_check():
    help_rc, _, _ = run(["check", "--help"])
    check(help_rc == 0, "judge check exists")
    # One check per CPU at a time: a verdict rests on CPU time, which does not depend on how
    # many run beside it (the margin rule, which does, is let through below).
    def one(p):
        rc, out, err = run(["check", os.path.join(LIBRARY, p), "--json"], timeout=1800)
        if rc != 0 and not only_margin_is_thin(rc, out):
            return f"{p}: exit {rc}: {out[-1500:]} {err[-500:]}"
        return None

    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        bad = [b for b in pool.map(one, problems()) if b]
    check(not bad, "\n".join(bad))


def only_margin_is_thin(rc, out):
    """The 2 x margin between the slowest accepted program and the time limit is a fact about
    the machine that measures it: on a loaded or slower machine CPU time inflates and an honest
    package can look tight (test_check covers the rule itself). What the library must never
    show anywhere is a program judged other than its folder says, so a check whose only
    problems are thin margins, with every program's verdict as expected, is reported, not
    failed."""
    try:
        doc = json.loads(out)
    except ValueError:
        return False
    problems_found = doc.get("problems", [])
    if rc != 1 or not problems_found:
        return False
    if not all(" is too tight: slowest accepted " in p for p in problems_found):
        return False
    if not all(s.get("verdict") == s.get("expected") for s in doc.get("submissions", [])):
        return False
    print(f"note: {doc.get('problem')}: {problems_found[0]} (on this machine, now)")
    return True


if __name__ == "__main__":
    jt.main(globals())
