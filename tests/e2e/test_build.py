"""test_build.py: building programs and the caches of built checkers and derived time limits.

A program of thousands of files judges (one descriptor for all of them, under `ulimit -n
1024`); past the documented bounds on compiled files it is CE naming the bound, never SE. The
caches are the user's alone: a directory someone else made or could write is refused (exit 2),
the fallback without HOME is private, an entry that was replaced, corrupted or made a symlink is
never trusted (and nothing it points at is shown), and keys cover every input's whole content.
"""

import json
import os
import resource
import shutil
import stat
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _judgetest as jt  # noqa: E402
from _judgetest import check, package, source, write  # noqa: E402

APLUSB = {"1": ("1 2\n", "3\n"), "2": ("20 22\n", "42\n")}

# The bounds documented in judge/build.h and docs/INTERNALS.md.
MAX_FILES = 10000
MAX_MIB = 128


def judge(args, env=None, nofile=None, drop=(), timeout=600):
    """Runs the judge with extra environment, variables dropped, and a soft descriptor limit;
    returns (status, stdout, stderr)."""
    full = dict(os.environ)
    for k in drop:
        full.pop(k, None)
    full.update(env or {})

    def limit():
        if nofile:
            hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
            resource.setrlimit(resource.RLIMIT_NOFILE, (nofile, hard))

    p = subprocess.run([jt.JUDGE] + list(args), capture_output=True, text=True, env=full,
                       timeout=timeout, preexec_fn=limit)
    return p.returncode, p.stdout, p.stderr


def judged(args, **kw):
    rc, out, err = judge(list(args) + ["--json"], **kw)
    lines = [l for l in out.splitlines() if l.strip()]
    check(len(lines) == 1, f"one JSON line expected, got {out[:800]!r} (stderr {err[:800]!r})")
    return rc, json.loads(lines[0]), out, err


def private_cache(name):
    """A fresh XDG_CACHE_HOME of its own for one test."""
    path = os.path.join(jt.WORK, "caches", name)
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)
    return path


# ---- item 2: programs of many files ----

def java_many_classes(n_classes):
    """One public Main and n_classes - 1 nested classes, every one loaded when it runs."""
    parts = ["import java.util.*;\npublic class Main {\n"]
    for i in range(n_classes - 1):
        parts.append(f"  public static class C{i} {{ public static int v = {i % 7}; }}\n")
    parts.append(
        "  public static void main(String[] args) throws Exception {\n"
        "    long loaded = 0;\n"
        f"    for (int i = 0; i < {n_classes - 1}; i++)\n"
        "      loaded += Class.forName(\"Main$C\" + i).getField(\"v\").getInt(null) >= 0 ? 1 : 0;\n"
        "    Scanner s = new Scanner(System.in);\n"
        "    long a = s.nextLong(), b = s.nextLong();\n"
        f"    System.out.println(loaded == {n_classes - 1} ? a + b : -1);\n"
        "  }\n}\n")
    return "".join(parts)


def test_java_program_of_5000_classes_under_ulimit_1024():
    pkg = package("many-classes", APLUSB, {"time_limit_ms": 10000})
    src = source("Main.java", java_many_classes(5000))
    rc, o, out, err = judged(["test", pkg, src], nofile=1024)
    check(o["verdict"] == "AC" and rc == 0,
          f"5,000 classes judge under ulimit -n 1024: {o['verdict']} rc {rc} "
          f"{o.get('error')} {json.dumps(o.get('tests'))[:600]} {err[:400]}")


SHELL_LANGUAGE = {
    "languages": {
        "farm": {
            "name": "File farm",
            "extensions": [".farm"],
            "source": "solution.farm",
            "compile": ["/bin/sh", "{source}", "compile"],
            "artifacts": ["*.part"],
            "run": ["/bin/sh", "{source}", "run"],
            "profile": "interpreter",
            "memory": "resident",
            "compile_memory": "resident",
        }
    }
}


def farm(name, make_files, count):
    """A "compiler" that leaves files in /box; the program checks they all reached /prog."""
    return source(name, (
        'if [ "$1" = compile ]; then\n'
        f"{make_files}\n"
        "  exit 0\n"
        "fi\n"
        "set -- /prog/*.part\n"
        "read a b\n"
        f'if [ $# -eq {count} ]; then echo $((a + b)); else echo "only $# files"; fi\n'))


def languages_file():
    return write(os.path.join(jt.WORK, "farm-languages.json"), json.dumps(SHELL_LANGUAGE))


def test_compiled_file_count_bound():
    langs = languages_file()
    pkg = package("farm", APLUSB, {"time_limit_ms": 5000})
    make = ('  i=0\n  while [ $i -lt {n} ]; do : > /box/f$i.part; i=$((i + 1)); done')
    at_bound = farm("at-bound.farm", make.format(n=MAX_FILES), MAX_FILES)
    rc, o, _, err = judged(["test", pkg, at_bound, "--languages", langs], nofile=1024)
    check(o["verdict"] == "AC" and rc == 0,
          f"{MAX_FILES} compiled files (the bound) judge: {o['verdict']} {o.get('error')} "
          f"{o.get('compile')} {json.dumps(o.get('tests'))[:400]} {err[:300]}")
    over = farm("over-bound.farm", make.format(n=MAX_FILES + 1), MAX_FILES + 1)
    rc, o, _, err = judged(["test", pkg, over, "--languages", langs], nofile=1024)
    message = (o.get("compile") or {}).get("message", "")
    check(o["verdict"] == "CE" and rc == 1,
          f"{MAX_FILES + 1} compiled files are CE, never SE: {o['verdict']} rc {rc} "
          f"{o.get('error')} {message!r} {err[:300]}")
    check(f"the bound on the number of a program's compiled files is {MAX_FILES}" in message,
          f"the message names the bound: {message!r}")


def test_compiled_size_bound():
    langs = languages_file()
    pkg = package("farm", APLUSB, {"time_limit_ms": 5000})
    # Sparse: 130 MiB of size costs the compile box nothing, and is over the bound.
    big = farm("big.farm", f"  truncate -s {MAX_MIB + 2}M /box/big.part", 1)
    rc, o, _, err = judged(["test", pkg, big, "--languages", langs])
    message = (o.get("compile") or {}).get("message", "")
    check(o["verdict"] == "CE" and rc == 1,
          f"{MAX_MIB + 2} MiB of compiled files are CE: {o['verdict']} rc {rc} {o.get('error')} "
          f"{message!r} {err[:300]}")
    check(f"the bound on the size of a program's compiled files is {MAX_MIB} MiB" in message,
          f"the message names the bound: {message!r}")
    fits = farm("fits.farm", f"  truncate -s {MAX_MIB - 8}M /box/big.part", 1)
    rc, o, _, err = judged(["test", pkg, fits, "--languages", langs])
    check(o["verdict"] == "AC", f"{MAX_MIB - 8} MiB fit: {o['verdict']} {o.get('error')} {err[:300]}")


# ---- item 10: the caches ----

HONEST_VALIDATOR = r"""
#include <stdio.h>
/* Kattis conventions: input answer feedback_dir < output; 42 accepts, 43 rejects. */
int main(int argc, char **argv) {
    if (argc < 4) return 2;
    FILE *ans = fopen(argv[2], "r");
    long long want, got;
    if (!ans || fscanf(ans, "%lld", &want) != 1) return 2;
    if (scanf("%lld", &got) != 1 || got != want) return 43;
    return 42;
}
"""

HOSTILE_VALIDATOR = r"""
#include <stdio.h>
#include <string.h>
/* Accepts everything, and shows whatever /prog/secret.txt holds. */
int main(int argc, char **argv) {
    if (argc < 4) return 2;
    char path[4200];
    snprintf(path, sizeof(path), "%sjudgemessage.txt", argv[3]);
    FILE *out = fopen(path, "w");
    FILE *in = fopen("/prog/secret.txt", "r");
    char buf[256] = "";
    if (in && fgets(buf, sizeof(buf), in) && out) fprintf(out, "leaked: %s", buf);
    return 42;
}
"""


def icpc_package(name, validator, extra=None):
    root = os.path.join(jt.WORK, name)
    shutil.rmtree(root, ignore_errors=True)
    write(os.path.join(root, "problem.yaml"),
          "problem_format_version: 2025-09\nname: Cache\nuuid: 0c9e2c5e-8d3b-4b55-b1cf-0a1b2c3d4e5f\n"
          "limits:\n  time_limit: 2\n")
    write(os.path.join(root, "statement", "problem.en.md"), "# Cache\n")
    for t, (inp, ans) in APLUSB.items():
        write(os.path.join(root, "data", "secret", t + ".in"), inp)
        write(os.path.join(root, "data", "secret", t + ".ans"), ans)
    write(os.path.join(root, "output_validator", "validator.c"), validator)
    for rel, data in (extra or {}).items():
        write(os.path.join(root, "output_validator", rel), data)
    return root


def entries(cache):
    d = os.path.join(cache, "judge", "checkers")
    return {n for n in os.listdir(d) if not n.startswith(".")} if os.path.isdir(d) else set()


def root_only_secret(tag):
    secret = f"TOPSECRET-{tag}-{os.getpid()}"
    path = write(os.path.join(jt.WORK, f"root-only-{tag}.txt"), secret + "\n", 0o600)
    return path, secret


def test_tampered_checker_entry_is_not_trusted():
    cache = private_cache("tampered-checker")
    env = {"XDG_CACHE_HOME": cache}
    honest = icpc_package("cache-honest", HONEST_VALIDATOR)
    hostile = icpc_package("cache-hostile", HOSTILE_VALIDATOR)
    right = source("cache-right.py", "a, b = map(int, input().split())\nprint(a + b)\n")
    wrong = source("cache-wrong.py", "print(7)\n")
    secret_path, secret = root_only_secret("checker")

    rc, o, _, err = judged(["test", honest, right], env=env)
    check(o["verdict"] == "AC", f"honest validator, right answer: {o['verdict']} {err[:300]}")
    (mine,) = entries(cache)
    rc, o, _, _ = judged(["test", hostile, wrong], env=env)
    check(o["verdict"] == "AC", f"the hostile validator accepts anything: {o['verdict']}")
    (theirs,) = entries(cache) - {mine}
    checkers = os.path.join(cache, "judge", "checkers")
    mine_path, theirs_path = os.path.join(checkers, mine), os.path.join(checkers, theirs)

    def replace_with_theirs():
        # Someone puts the hostile entry where the honest one was, and where the entry is a
        # folder with a manifest, lists a link to a root-only file in it.
        if os.path.isdir(mine_path) and not os.path.islink(mine_path):
            shutil.rmtree(mine_path)
            shutil.copytree(theirs_path, mine_path, symlinks=True)
            os.symlink(secret_path, os.path.join(mine_path, "secret.txt"))
            with open(os.path.join(mine_path, "MANIFEST"), "a") as f:
                f.write("- secret.txt\n")
        else:
            os.unlink(mine_path)
            shutil.copyfile(theirs_path, mine_path)

    def link_to(target):
        if os.path.isdir(mine_path) and not os.path.islink(mine_path):
            shutil.rmtree(mine_path)
        else:
            os.unlink(mine_path)
        os.symlink(target, mine_path)

    tamperings = [("replaced by another checker's entry", replace_with_theirs),
                  ("a symlink to another checker's entry", lambda: link_to(theirs_path)),
                  ("a symlink to a root-only file", lambda: link_to(secret_path))]
    for what, tamper in tamperings:
        tamper()
        rc, o, out, err = judged(["test", honest, wrong], env=env)
        check(o["verdict"] == "WA" and rc == 1,
              f"{what}: the wrong program must get WA: {o['verdict']} rc {rc} "
              f"{json.dumps(o.get('tests'))[:500]} {err[:300]}")
        check(secret not in out and secret not in err,
              f"{what}: the root-only file's content is shown: {out[:500]} {err[:300]}")
        st = os.lstat(mine_path)
        check(stat.S_ISREG(st.st_mode) or stat.S_ISDIR(st.st_mode),
              f"{what}: the entry is rebuilt in place of the link")

    # The rebuilt entries and their directories are the user's alone.
    for path in (os.path.join(cache, "judge"), checkers):
        mode = stat.S_IMODE(os.stat(path).st_mode)
        check(mode & 0o077 == 0, f"{path} is readable by others: {mode:o}")
    for dirpath, dirs, files in os.walk(checkers):
        for f in files + dirs:
            mode = stat.S_IMODE(os.lstat(os.path.join(dirpath, f)).st_mode)
            check(mode & 0o077 == 0, f"{f} in the cache is readable by others: {mode:o}")


def test_cache_is_no_more_readable_than_the_users_files():
    cache = private_cache("private")
    # A cache directory as older judges made it: readable by everyone.
    os.makedirs(os.path.join(cache, "judge"))
    os.chmod(os.path.join(cache, "judge"), 0o755)
    env = {"XDG_CACHE_HOME": cache}
    key = "PRIVATE-KEY-MATERIAL"
    pkg = icpc_package("cache-private", HONEST_VALIDATOR, {"id_rsa": key + "\n"})
    right = source("private-right.py", "a, b = map(int, input().split())\nprint(a + b)\n")
    rc, o, _, err = judged(["test", pkg, right], env=env)
    check(o["verdict"] == "AC", f"judged: {o['verdict']} {err[:300]}")
    found = False
    for dirpath, dirs, files in os.walk(os.path.join(cache, "judge")):
        for name in [dirpath] + [os.path.join(dirpath, f) for f in files]:
            mode = stat.S_IMODE(os.lstat(name).st_mode)
            check(mode & 0o077 == 0, f"{name} in the cache has mode {mode:o}")
            if os.path.isfile(name):
                with open(name, "rb") as f:
                    found |= key.encode() in f.read()
    check(found, "the validator's folder is in the cache (what this test is about)")


def test_corrupted_checker_entry_is_rebuilt():
    cache = private_cache("corrupted-checker")
    env = {"XDG_CACHE_HOME": cache}
    honest = icpc_package("cache-corrupt", HONEST_VALIDATOR)
    right = source("corrupt-right.py", "a, b = map(int, input().split())\nprint(a + b)\n")
    wrong = source("corrupt-wrong.py", "print(7)\n")
    rc, o, _, _ = judged(["test", honest, right], env=env)
    check(o["verdict"] == "AC", f"first build: {o['verdict']}")
    (name,) = entries(cache)
    path = os.path.join(cache, "judge", "checkers", name)
    target = os.path.join(path, "solution") if os.path.isdir(path) else path
    # Cut the built validator short, as a full disk or a crash would.
    size = os.path.getsize(target)
    with open(target, "r+b") as f:
        f.truncate(size // 2)
    rc, o, _, err = judged(["test", honest, wrong], env=env)
    check(o["verdict"] == "WA" and rc == 1, f"a truncated entry is rebuilt: {o['verdict']} {err[:300]}")
    rc, o, _, err = judged(["test", honest, right], env=env)
    check(o["verdict"] == "AC" and rc == 0, f"and works again: {o['verdict']} {err[:300]}")


def refused(env, what, path, drop=()):
    pkg = icpc_package("cache-refused", HONEST_VALIDATOR)
    right = source("refused-right.py", "a, b = map(int, input().split())\nprint(a + b)\n")
    rc, out, err = judge(["test", pkg, right], env=env, drop=drop)
    check(rc == 2, f"{what}: refused with exit 2, got {rc}: {out[:300]} {err[:300]}")
    lines = [l for l in err.splitlines() if l.strip()]
    check(len(lines) == 1 and path in lines[0], f"{what}: one line naming {path}: {err!r}")


def test_unsafe_cache_directories_are_refused():
    cache = private_cache("writable-root")
    os.makedirs(os.path.join(cache, "judge"))
    os.chmod(os.path.join(cache, "judge"), 0o777)
    refused({"XDG_CACHE_HOME": cache}, "judge/ writable by others", os.path.join(cache, "judge"))

    cache = private_cache("writable-area")
    os.makedirs(os.path.join(cache, "judge", "checkers"), mode=0o700)
    os.chmod(os.path.join(cache, "judge", "checkers"), 0o770)
    refused({"XDG_CACHE_HOME": cache}, "checkers/ writable by the group",
            os.path.join(cache, "judge", "checkers"))

    cache = private_cache("foreign-root")
    os.makedirs(os.path.join(cache, "judge"), mode=0o700)
    os.chown(os.path.join(cache, "judge"), 65534, 65534)
    refused({"XDG_CACHE_HOME": cache}, "judge/ of another user", os.path.join(cache, "judge"))

    cache = private_cache("linked-area")
    elsewhere = private_cache("linked-area-target")
    os.makedirs(os.path.join(cache, "judge"), mode=0o700)
    os.symlink(elsewhere, os.path.join(cache, "judge", "checkers"))
    refused({"XDG_CACHE_HOME": cache}, "checkers/ a symlink", os.path.join(cache, "judge", "checkers"))

    # HOME's cache likewise.
    home = private_cache("home")
    os.makedirs(os.path.join(home, ".cache", "judge"))
    os.chmod(os.path.join(home, ".cache", "judge"), 0o757)
    refused({"HOME": home}, "~/.cache/judge writable by others", os.path.join(home, ".cache", "judge"),
            drop=("XDG_CACHE_HOME",))


def test_fallback_without_home_is_private():
    tmp = private_cache("tmpdir")
    os.chmod(tmp, 0o1777)  # a /tmp of the test's own
    env = {"TMPDIR": tmp}
    drop = ("HOME", "XDG_CACHE_HOME")
    mine = os.path.join(tmp, f"judge-cache-{os.geteuid()}")
    os.makedirs(mine)
    os.chmod(mine, 0o755)
    os.chown(mine, 65534, 65534)
    refused(env, "a fallback made first by another user", mine, drop=drop)

    shutil.rmtree(mine)
    pkg = icpc_package("cache-fallback", HONEST_VALIDATOR)
    right = source("fallback-right.py", "a, b = map(int, input().split())\nprint(a + b)\n")
    rc, o, _, err = judged(["test", pkg, right], env=env, drop=drop)
    check(o["verdict"] == "AC", f"the fallback works when it is ours: {o['verdict']} {err[:300]}")
    st = os.lstat(mine)
    check(stat.S_ISDIR(st.st_mode) and st.st_uid == os.geteuid() and stat.S_IMODE(st.st_mode) == 0o700,
          f"the fallback is made 0700 and ours: {stat.S_IMODE(st.st_mode):o} uid {st.st_uid}")


ICPC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "icpc")


def test_tampered_time_limit_entry_is_not_trusted():
    cache = private_cache("time-limits")
    env = {"XDG_CACHE_HOME": cache}
    root = os.path.join(jt.WORK, "derive-tamper")
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(os.path.join(ICPC, "legacy-derive"), root)
    solution = os.path.join(root, "submissions", "accepted", "formula.py")
    rc, o, _, err = judged(["test", root, solution], env=env)
    check(rc == 0 and "time limit derived" in err and "cached" not in err, f"derived: {err!r}")
    rc, o, _, err = judged(["test", root, solution], env=env)
    check(rc == 0 and "; cached" in err, f"then cached: {err!r}")
    area = os.path.join(cache, "judge", "time-limits")
    (name,) = [n for n in os.listdir(area) if not n.startswith(".")]
    path = os.path.join(area, name)

    # Someone edits the limit in place.
    with open(path) as f:
        text = f.read()
    tampered = text.replace(f"time_limit_ms {o['time_limit_ms']}\n", "time_limit_ms 517000\n")
    check(tampered != text, f"the entry holds its limit: {text!r}")
    with open(path, "w") as f:
        f.write(tampered)
    rc, o, _, err = judged(["test", root, solution], env=env)
    check(rc == 0 and "cached" not in err and o["time_limit_ms"] != 517000,
          f"an edited entry is derived again: {o['time_limit_ms']} {err!r}")

    # Someone makes it a symlink to a root-only file of theirs, in either format.
    fake = write(os.path.join(jt.WORK, "root-only-limit"),
                 "judge-time-limit 1\ntime_limit_ms 519000\nslowest_ms 1\nslowest x\nmultiplier 5\n"
                 "resolution 1\nraised 0\n", 0o600)
    os.unlink(path)
    os.symlink(fake, path)
    rc, o, _, err = judged(["test", root, solution], env=env)
    check(rc == 0 and "cached" not in err and o["time_limit_ms"] != 519000,
          f"a symlinked entry is not followed: {o['time_limit_ms']} {err!r}")
    check(not os.path.islink(path), "the link was replaced by a real entry")
    check(stat.S_IMODE(os.lstat(path).st_mode) & 0o077 == 0 and
          stat.S_IMODE(os.stat(area).st_mode) & 0o077 == 0,
          "the time-limit cache is the user's alone")

    # A time-limit area writable by others is refused.
    os.chmod(area, 0o777)
    rc, out, err = judge(["test", root, solution], env=env)
    check(rc == 2 and area in err and len(err.strip().splitlines()) == 1,
          f"writable time-limits/ refused: {rc} {err!r}")


# ---- item 20: keys cover every input's whole content ----

BIG_VALIDATOR = r"""
#include <stdio.h>
/* Accepts the answer plus the last digit of big.dat beside it (9 MiB). */
int main(int argc, char **argv) {
    if (argc < 4) return 2;
    FILE *ans = fopen(argv[2], "r"), *big = fopen("/prog/big.dat", "r");
    long long want, got;
    if (!ans || !big || fscanf(ans, "%lld", &want) != 1) return 2;
    if (fseek(big, -1, SEEK_END) != 0) return 2;
    int digit = fgetc(big) - '0';
    if (scanf("%lld", &got) != 1 || got != want + digit) return 43;
    return 42;
}
"""


def test_large_validator_file_is_keyed_by_content():
    cache = private_cache("big-validator")
    env = {"XDG_CACHE_HOME": cache}
    big = b"0" * (9 << 20)
    pkg = icpc_package("cache-big", BIG_VALIDATOR, {"big.dat": big[:-1] + b"1"})
    plus_one = source("big-plus-one.py", "a, b = map(int, input().split())\nprint(a + b + 1)\n")
    rc, o, _, err = judged(["test", pkg, plus_one], env=env)
    check(o["verdict"] == "AC", f"last digit 1: {o['verdict']} {err[:300]}")
    write(os.path.join(pkg, "output_validator", "big.dat"), big[:-1] + b"2")
    rc, o, _, err = judged(["test", pkg, plus_one], env=env)
    check(o["verdict"] == "WA", f"same name and size, new content: not the cached build: {o['verdict']}")


if __name__ == "__main__":
    jt.main(globals())
