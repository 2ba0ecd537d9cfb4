"""_judgetest.py: what the end-to-end suites share: running the real judge, making packages.

A suite is a script `python3 tests/e2e/test_x.py --judge PATH` whose functions named
`test_*` are run in order; it prints PASS/FAIL per test and exits non-zero on any failure.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import traceback

JUDGE = None
WORK = None
# With --postgres: the URI of a throwaway PostgreSQL server (scripts/pg-scratch) that the
# suite's histories live in, one schema each (history_db); None: SQLite files.
POSTGRES = None
POSTGRES_DIR = None  # its directory, for scripts/pg-scratch restart
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


class Failure(Exception):
    pass


def check(cond, message):
    if not cond:
        raise Failure(message)


def history_db(path):
    """Where a test keeps a history: the file path, or with --postgres a fresh, empty schema
    of the suite's server (named after the path), as a connection URI."""
    if not POSTGRES:
        return path
    global _schemas
    _schemas += 1
    schema = f"h{_schemas}"
    subprocess.run(["psql", POSTGRES, "-qAt", "-v", "ON_ERROR_STOP=1", "-c",
                    f"CREATE SCHEMA {schema}"], check=True, capture_output=True)
    return f"{POSTGRES}&options=-csearch_path%3D{schema}"


_schemas = 0


def postgres_only(fn):
    """A test of what only a PostgreSQL server has (a restart): run only with --postgres."""
    fn.postgres_only = True
    return fn


def sqlite_only(fn):
    """A test of what only an SQLite file has (its path, its bytes): skipped with --postgres."""
    fn.sqlite_only = True
    return fn


def run(args, stdin=None, env=None, timeout=300, cwd=None):
    """Runs the judge with args; returns (exit status, stdout, stderr) as text."""
    full_env = dict(os.environ)
    full_env.pop("NO_COLOR", None)
    for k, v in (env or {}).items():
        if v is None:
            full_env.pop(k, None)  # None: unset
        else:
            full_env[k] = v
    p = subprocess.run([JUDGE] + list(args), input=stdin, capture_output=True, text=True,
                       env=full_env, timeout=timeout, cwd=cwd)
    return p.returncode, p.stdout, p.stderr


def run_json(args, **kw):
    """Runs the judge with --json; returns (status, parsed object, stderr)."""
    rc, out, err = run(list(args) + ["--json"], **kw)
    lines = [l for l in out.splitlines() if l.strip()]
    check(len(lines) == 1, f"expected exactly one JSON line, got {out!r} (stderr {err!r})")
    return rc, json.loads(lines[0]), err


def write(path, text, mode=0o644):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    data = text.encode() if isinstance(text, str) else text
    with open(path, "wb") as f:
        f.write(data)
    os.chmod(path, mode)
    return path


def package(name, tests, meta=None, files=None):
    """Makes a native package under the work directory: tests maps names to (input, answer)."""
    root = os.path.join(WORK, name)
    shutil.rmtree(root, ignore_errors=True)
    doc = {"title": name, "time_limit_ms": 1000, "memory_limit_mb": 256}
    doc.update(meta or {})
    write(os.path.join(root, "problem.json"), json.dumps(doc, indent=2))
    write(os.path.join(root, "statement.md"), f"# {name}\n")
    for t, (inp, ans) in tests.items():
        write(os.path.join(root, "tests", t + ".in"), inp)
        write(os.path.join(root, "tests", t + ".ans"), ans)
    for rel, text in (files or {}).items():
        write(os.path.join(root, rel), text)
    return root


def source(name, text):
    """Writes a solution file into the work directory and returns its path."""
    return write(os.path.join(WORK, "src", name), text)


def leftover_boxes():
    tmp = os.environ.get("TMPDIR", "/tmp")
    return [n for n in os.listdir(tmp) if n.startswith("judge-box.")]


def main(module_globals):
    global JUDGE, WORK
    parser = argparse.ArgumentParser()
    parser.add_argument("--judge", required=True)
    parser.add_argument("-k", default="", help="run only tests whose name contains this")
    parser.add_argument("--postgres", action="store_true",
                        help="keep the histories in a throwaway PostgreSQL server")
    args = parser.parse_args()
    JUDGE = os.path.abspath(args.judge)
    # Not under /tmp: the box has its own /tmp, and tests sometimes show files read-only.
    base = "/var/tmp" if os.access("/var/tmp", os.W_OK) else None
    WORK = tempfile.mkdtemp(prefix="judge-e2e-", dir=base)
    os.chmod(WORK, 0o755)
    # Give every suite its own cache and history so runs never share state.
    os.environ["XDG_CACHE_HOME"] = os.path.join(WORK, "cache")
    os.environ["XDG_DATA_HOME"] = os.path.join(WORK, "data")
    os.environ["XDG_CONFIG_HOME"] = os.path.join(WORK, "config")
    os.environ["NO_COLOR"] = "1"
    # This machine's history, whatever `judge login` the machine running the suite did
    # (test_serve points commands at its servers by itself).
    os.environ["JUDGE_SERVER"] = ""
    # No precompiled header built behind a suite's back (test_compile.py tests them): a
    # background build would outlive the suite's work directory.
    os.environ.setdefault("JUDGE_PCH", "off")
    tests = [(n, f) for n, f in module_globals.items()
             if n.startswith("test_") and callable(f) and args.k in n]
    global POSTGRES, POSTGRES_DIR
    server = None
    if args.postgres:
        server = tempfile.mkdtemp(prefix="judge-pg-", dir="/tmp")
        POSTGRES = subprocess.run([os.path.join(ROOT, "scripts", "pg-scratch"), "start", server],
                                  check=True, capture_output=True, text=True).stdout.strip()
        POSTGRES_DIR = server
        tests = [(n, f) for n, f in tests if not getattr(f, "sqlite_only", False)]
    else:
        tests = [(n, f) for n, f in tests if not getattr(f, "postgres_only", False)]
    try:
        failed = run_tests(tests)
    finally:
        if server:
            subprocess.run([os.path.join(ROOT, "scripts", "pg-scratch"), "stop", server])
    shutil.rmtree(WORK, ignore_errors=True)
    print(f"{len(tests) - failed}/{len(tests)} passed")
    sys.exit(1 if failed else 0)


def run_tests(tests):
    failed = 0
    for name, fn in tests:
        try:
            fn()
            print(f"PASS {name}", flush=True)
        except Failure as e:
            failed += 1
            print(f"FAIL {name}: {e}", flush=True)
        except Exception:
            failed += 1
            print(f"FAIL {name}: exception\n{traceback.format_exc()}", flush=True)
    return failed
