"""histfixture.py: what the history suites share: a problem library with weekly sets, the
history's schemas written out by hand (versions 1 to the current 4), and a fixture
history spanning three weeks and three users whose board, stats and review the suites check
against values worked out by hand (see test_weeks.py).
"""

import json
import os
import sqlite3

APPLICATION_ID = 0x4A444745  # "JDGE"
SCHEMA_VERSION = 8

# Version 1: one table; per-test results and tags as JSON text.
SCHEMA_V1 = """
CREATE TABLE submissions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user TEXT NOT NULL,
    problem TEXT NOT NULL,
    problem_title TEXT NOT NULL,
    week TEXT,
    language TEXT NOT NULL,
    source TEXT NOT NULL,
    source_sha256 TEXT NOT NULL,
    verdict TEXT NOT NULL,
    passed INTEGER NOT NULL,
    total INTEGER NOT NULL,
    max_time_ms INTEGER NOT NULL,
    max_memory_kib INTEGER NOT NULL,
    tests TEXT NOT NULL,
    tags TEXT NOT NULL,
    judged_at TEXT NOT NULL,
    judge_version TEXT NOT NULL
);
"""

# Version 2: per-test results and tags in their own tables, and indexes.
SCHEMA_V2 = """
CREATE TABLE submissions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user TEXT NOT NULL,
    problem TEXT NOT NULL,
    problem_title TEXT NOT NULL,
    week TEXT,
    language TEXT NOT NULL,
    source TEXT NOT NULL,
    source_sha256 TEXT NOT NULL,
    verdict TEXT NOT NULL,
    passed INTEGER NOT NULL,
    total INTEGER NOT NULL,
    max_time_ms INTEGER NOT NULL,
    max_memory_kib INTEGER NOT NULL,
    judged_at TEXT NOT NULL,
    judge_version TEXT NOT NULL
);
CREATE TABLE submission_tests (
    submission_id INTEGER NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    verdict TEXT NOT NULL,
    time_ms INTEGER,
    memory_kib INTEGER,
    message TEXT NOT NULL,
    PRIMARY KEY (submission_id, position)
) WITHOUT ROWID;
CREATE TABLE submission_tags (
    submission_id INTEGER NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (submission_id, tag)
) WITHOUT ROWID;
CREATE INDEX submissions_by_user ON submissions(user, judged_at);
CREATE INDEX submissions_by_week ON submissions(week, judged_at);
CREATE INDEX submissions_by_problem ON submissions(problem, judged_at);
"""

# Version 3: version 2 plus the meeting routine's tables.
SCHEMA_V3 = SCHEMA_V2 + """
CREATE TABLE notes (
    submission_id INTEGER PRIMARY KEY REFERENCES submissions(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    written_at TEXT NOT NULL
);
CREATE TABLE mistakes (
    submission_id INTEGER PRIMARY KEY REFERENCES submissions(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    note TEXT NOT NULL,
    tagged_at TEXT NOT NULL
);
CREATE TABLE presentations (
    week TEXT NOT NULL,
    problem TEXT NOT NULL,
    user TEXT NOT NULL,
    confirmed_at TEXT NOT NULL,
    PRIMARY KEY (week, problem)
) WITHOUT ROWID;
CREATE TABLE review_pairs (
    week TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    author TEXT NOT NULL,
    confirmed_at TEXT NOT NULL,
    PRIMARY KEY (week, reviewer, author)
) WITHOUT ROWID;
CREATE TABLE comments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    submission_id INTEGER NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
    author TEXT NOT NULL,
    line INTEGER,
    text TEXT NOT NULL,
    written_at TEXT NOT NULL
);
CREATE INDEX comments_by_submission ON comments(submission_id, id);
"""

# Version 4: version 3 plus the mock tests' tables.
SCHEMA_V4 = SCHEMA_V3 + """
CREATE TABLE mock_sessions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user TEXT NOT NULL,
    started_at TEXT NOT NULL,
    deadline TEXT NOT NULL,
    minutes INTEGER NOT NULL,
    finished_at TEXT,
    selection TEXT NOT NULL
);
CREATE UNIQUE INDEX mock_sessions_under_way ON mock_sessions(user) WHERE finished_at IS NULL;
CREATE INDEX mock_sessions_by_user ON mock_sessions(user, started_at);
CREATE TABLE mock_problems (
    mock_id INTEGER NOT NULL REFERENCES mock_sessions(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    problem TEXT NOT NULL,
    problem_title TEXT NOT NULL,
    difficulty TEXT,
    path TEXT NOT NULL,
    PRIMARY KEY (mock_id, position)
) WITHOUT ROWID;
CREATE TABLE mock_submissions (
    submission_id INTEGER PRIMARY KEY REFERENCES submissions(id) ON DELETE CASCADE,
    mock_id INTEGER NOT NULL REFERENCES mock_sessions(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    score REAL NOT NULL,
    correctness_passed INTEGER NOT NULL,
    correctness_total INTEGER NOT NULL,
    performance_passed INTEGER NOT NULL,
    performance_total INTEGER NOT NULL
);
CREATE INDEX mock_submissions_by_mock ON mock_submissions(mock_id, submission_id);
CREATE TABLE mock_focus (
    mock_id INTEGER NOT NULL REFERENCES mock_sessions(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    position INTEGER NOT NULL
);
CREATE INDEX mock_focus_by_mock ON mock_focus(mock_id, at);
"""

# Version 5: version 4 plus the group's calendar.
SCHEMA_V5 = SCHEMA_V4 + """
CREATE TABLE calendar (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    starts TEXT NOT NULL,
    every_days INTEGER NOT NULL,
    sets TEXT,
    set_by TEXT NOT NULL,
    set_at TEXT NOT NULL
);
"""

# Version 6: version 5 plus the queue and the packages it judges with.
SCHEMA_V6 = SCHEMA_V5 + """
CREATE TABLE packages (
    sha256 TEXT PRIMARY KEY,
    problem TEXT NOT NULL,
    manifest TEXT NOT NULL,
    pushed_by TEXT NOT NULL,
    pushed_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE blobs (
    sha256 TEXT PRIMARY KEY,
    content BLOB NOT NULL
) WITHOUT ROWID;
CREATE TABLE queue (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user TEXT NOT NULL,
    problem TEXT NOT NULL,
    package TEXT NOT NULL REFERENCES packages(sha256),
    week TEXT,
    filename TEXT NOT NULL,
    language TEXT,
    source BLOB NOT NULL,
    queued_at TEXT NOT NULL,
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    lease INTEGER NOT NULL,
    lease_until INTEGER,
    worker TEXT,
    submission_id INTEGER REFERENCES submissions(id),
    message TEXT
);
CREATE INDEX queue_by_state ON queue(state, id);
"""

# Version 7: version 6 plus the group's members and their tokens' hashes.
SCHEMA_V7 = SCHEMA_V6 + """
CREATE TABLE members (
    name TEXT PRIMARY KEY,
    admin INTEGER NOT NULL,
    token_sha256 TEXT NOT NULL UNIQUE,
    added_by TEXT NOT NULL,
    added_at TEXT NOT NULL,
    rotated_at TEXT,
    revoked_at TEXT
) WITHOUT ROWID;
"""

# Version 8 (current): version 7 plus what the judge said besides the verdicts.
SCHEMA_V8 = SCHEMA_V7 + """
CREATE TABLE submission_feedback (
    submission_id INTEGER PRIMARY KEY REFERENCES submissions(id) ON DELETE CASCADE,
    compile_message TEXT,
    failure TEXT
);
"""

APLUSB_OK = "a, b = map(int, input().split())\nprint(a + b)\n"
APLUSB_WA = "a, b = map(int, input().split())\nprint(a - b)\n"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
    return path


def library(root, problems, weeks):
    """A problem library at root: problems maps ids to their tags (every problem is A+B with
    two tests), weeks is a list of weekly-set objects written to weeks/<id>.json."""
    for pid, tags in problems.items():
        write(os.path.join(root, pid, "problem.json"),
              json.dumps({"title": pid.upper(), "time_limit_ms": 2000, "memory_limit_mb": 256,
                          "tags": tags}))
        write(os.path.join(root, pid, "statement.md"), f"# {pid}\n")
        write(os.path.join(root, pid, "tests", "sample-1.in"), "1 2\n")
        write(os.path.join(root, pid, "tests", "sample-1.ans"), "3\n")
        write(os.path.join(root, pid, "tests", "2.in"), "5 7\n")
        write(os.path.join(root, pid, "tests", "2.ans"), "12\n")
    for w in weeks:
        write(os.path.join(root, "weeks", w["id"] + ".json"), json.dumps(w, indent=1))
    return root


def new_db(path, version):
    """An empty history of the given schema version, as that judge version made it."""
    conn = sqlite3.connect(path)
    conn.executescript({1: SCHEMA_V1, 2: SCHEMA_V2, 3: SCHEMA_V3, 4: SCHEMA_V4, 5: SCHEMA_V5, 6: SCHEMA_V6, 7: SCHEMA_V7, 8: SCHEMA_V8}[version])
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    return conn


def row(sid, user, problem, week, verdict, judged_at, tags=(), language="python"):
    """A submission as the fixture describes it: one test per verdict, source and times
    derived from the id so that every row differs."""
    source = f"# submission {sid}\nprint({sid})\n"
    passed = 2 if verdict == "AC" else 0
    tests = [{"name": "2", "verdict": "skipped" if verdict == "CE" else verdict,
              "time_ms": None if verdict == "CE" else 10 + sid,
              "memory_kb": None if verdict == "CE" else 1000 + sid,
              "message": "" if verdict in ("AC", "CE") else f"test message {sid}"},
             {"name": "sample-1", "verdict": "skipped" if verdict == "CE" else "AC",
              "time_ms": None if verdict == "CE" else 5, "memory_kb": None if verdict == "CE" else 900,
              "message": ""}]
    if verdict == "AC":
        tests[0]["verdict"] = "AC"
    return {"id": sid, "user": user, "problem": problem, "problem_title": problem.upper(),
            "week": week, "language": language, "source": source,
            "source_sha256": "%064x" % sid, "verdict": verdict, "passed": passed, "total": 2,
            "max_time_ms": 10 + sid, "max_memory_kib": 1000 + sid, "tests": tests,
            "tags": list(tags), "judged_at": judged_at, "judge_version": "0.0.9"}


def insert(conn, r, version):
    cols = ["id", "user", "problem", "problem_title", "week", "language", "source",
            "source_sha256", "verdict", "passed", "total", "max_time_ms", "max_memory_kib",
            "judged_at", "judge_version"]
    values = [r[c] for c in cols]
    if version == 1:
        cols += ["tests", "tags"]
        values += [json.dumps(r["tests"]), json.dumps(r["tags"])]
    conn.execute(f"INSERT INTO submissions ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                 values)
    if version == 1:
        return
    for i, t in enumerate(r["tests"]):
        conn.execute("INSERT INTO submission_tests VALUES (?, ?, ?, ?, ?, ?, ?)",
                     (r["id"], i, t["name"], t["verdict"], t["time_ms"], t["memory_kb"], t["message"]))
    for tag in r["tags"]:
        conn.execute("INSERT INTO submission_tags VALUES (?, ?)", (r["id"], tag))


# ---- the fixture history: three weeks, three users (expected values in test_weeks.py) ----

TODAY = "2026-11-18"  # a Wednesday in week-03

PROBLEMS = {
    "p-a": ["arrays"], "p-b": ["arrays", "hashing"], "p-c": ["stack"],
    "p-d": ["graphs"], "p-e": ["graphs", "bfs"], "p-f": ["dp"], "p-x": ["strings"],
}

WEEKS = [
    {"id": "week-01", "title": "Arrays", "starts": "2026-11-02", "ends": "2026-11-08",
     "problems": ["p-a", "p-b", "p-c"]},
    {"id": "week-02", "title": "Graphs", "starts": "2026-11-09", "ends": "2026-11-15",
     "problems": ["p-d", "p-e"]},
    {"id": "week-03", "title": "DP", "starts": "2026-11-16", "ends": "2026-11-22",
     "problems": ["p-f"]},
]

# (id, user, problem, week, verdict, judged_at UTC). Ids are not in time order on purpose
# (16 is judged before 12): everything sorts by time.
SUBMISSIONS = [
    (1, "ana", "p-a", "week-01", "AC", "2026-11-02T01:00:00Z"),
    (2, "ben", "p-a", "week-01", "WA", "2026-11-02T02:00:00Z"),
    (3, "ben", "p-a", "week-01", "AC", "2026-11-02T03:30:00Z"),
    (4, "ana", "p-b", "week-01", "WA", "2026-11-03T00:00:00Z"),
    (5, "ana", "p-b", "week-01", "TLE", "2026-11-03T01:00:00Z"),
    (6, "ana", "p-b", "week-01", "AC", "2026-11-03T02:00:00Z"),
    (7, "cy", "p-b", "week-01", "WA", "2026-11-04T00:00:00Z"),
    (8, "ana", "p-c", "week-01", "AC", "2026-11-05T00:00:00Z"),
    (9, "ben", "p-c", "week-01", "RE", "2026-11-06T00:00:00Z"),
    (10, "ben", "p-c", "week-01", "RE", "2026-11-06T01:00:00Z"),
    (11, "ana", "p-a", "week-01", "WA", "2026-11-07T00:00:00Z"),
    (12, "ana", "p-d", "week-02", "AC", "2026-11-09T10:00:00Z"),
    (13, "ana", "p-e", "week-02", "WA", "2026-11-10T00:00:00Z"),
    (14, "ana", "p-e", "week-02", "WA", "2026-11-10T01:00:00Z"),
    (15, "ana", "p-e", "week-02", "WA", "2026-11-11T00:00:00Z"),
    (16, "ben", "p-d", "week-02", "AC", "2026-11-09T05:00:00Z"),
    (17, "ben", "p-e", "week-02", "AC", "2026-11-12T00:00:00Z"),
    (18, "ana", "p-f", "week-03", "WA", "2026-11-17T00:00:00Z"),
    (19, "ana", "p-x", None, "CE", "2026-11-01T00:00:00Z"),
    (20, "ben", "p-f", "week-03", "WA", "2026-11-17T08:00:00Z"),
    (21, "ben", "p-f", "week-03", "WA", "2026-11-17T09:00:00Z"),
    (22, "ben", "p-f", "week-03", "AC", "2026-11-17T10:00:00Z"),
]


def fixture_rows():
    return [row(sid, user, problem, week, verdict, at, PROBLEMS[problem])
            for sid, user, problem, week, verdict, at in SUBMISSIONS]


def fixture_library(root):
    return library(root, PROBLEMS, WEEKS)


def fixture_history(path, version=SCHEMA_VERSION, rows=None):
    conn = new_db(path, version)
    for r in rows if rows is not None else fixture_rows():
        insert(conn, r, version)
    conn.commit()
    conn.close()
    return path


def env(db, today=TODAY, **extra):
    """The environment the suites run the judge in: a fixed date, UTC, their own history."""
    e = {"JUDGE_TODAY": today, "TZ": "UTC", "JUDGE_DB": db}
    e.update(extra)
    return e
