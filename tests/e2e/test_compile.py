"""test_compile.py: what compiling costs a user who judges again: the cache of built programs
(never a stale or foreign binary) and the precompiled <bits/stdc++.h> (the same program either
way); and a user's umask never hides a program from its box."""

import json
import os
import shutil
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _judgetest as jt  # noqa: E402
from _judgetest import check, package, run, run_json, source, write  # noqa: E402

SUM = {"1": ("1 2\n", "3\n"), "2": ("20 22\n", "42\n")}

CPP = "#include <bits/stdc++.h>\nint main(){long long a,b;std::cin>>a>>b;std::cout<<a+b<<\"\\n\";}\n"
# What the compiler decides: the same whether the header was precompiled or not.
FACTS = ("#include <bits/stdc++.h>\nint main(){ std::cout << __cplusplus << ' ' << sizeof(long double)"
         " << ' ' << std::numeric_limits<double>::digits << ' ' << __GNUC__ << '\\n'; }\n")


def cache_dir(area):
    return os.path.join(os.environ["XDG_CACHE_HOME"], "judge", area)


def compiled(args, env=None, **kw):
    rc, o, err = run_json(args, env=env, **kw)
    return rc, o, err


def test_same_source_is_not_compiled_again():
    pkg = package("sum", SUM)
    src = source("sum.cpp", CPP)
    rc, o, err = compiled(["test", pkg, src])
    check(rc == 0 and o["compile"]["cached"] is False, f"first: {o['compile']} {err}")
    rc, o, err = compiled(["test", pkg, src])
    check(rc == 0 and o["compile"]["cached"] is True, f"second: {o['compile']}")


def test_edited_source_flags_or_tools_make_a_new_build():
    pkg = package("sum2", SUM)
    src = source("sum2.cpp", CPP)
    compiled(["test", pkg, src])
    # One byte more: compiled again (and its answer is its own).
    write(src, CPP.replace("a+b", "a+b+0"))
    rc, o, err = compiled(["test", pkg, src])
    check(o["compile"]["cached"] is False, f"edited: {o['compile']}")
    # Other flags in the languages file: compiled again.
    langs = json.load(open(os.path.join(os.path.dirname(jt.JUDGE), "..", "judge", "languages.json")))
    langs["languages"]["cpp"]["compile"] = [a if a != "-O2" else "-O1"
                                            for a in langs["languages"]["cpp"]["compile"]]
    lf = write(os.path.join(jt.WORK, "langs-O1.json"), json.dumps(langs))
    rc, o, err = compiled(["test", pkg, src], env={"JUDGE_LANGUAGES": lf})
    check(rc == 0 and o["compile"]["cached"] is False, f"-O1: {o['compile']} {err}")
    rc, o, err = compiled(["test", pkg, src], env={"JUDGE_LANGUAGES": lf})
    check(o["compile"]["cached"] is True, f"-O1 again: {o['compile']}")


def test_tampered_entry_is_rebuilt_not_run():
    """A cached program whose bytes changed (a wrong program put in its place) is not
    trusted: its hash fails, it is built again, and the verdict is the source's."""
    pkg = package("sum3", SUM)
    src = source("sum3.cpp", CPP)
    compiled(["test", pkg, src])
    area = cache_dir("programs")
    for name in os.listdir(area):
        path = os.path.join(area, name)
        with open(path, "r+b") as f:
            f.seek(-100, os.SEEK_END)
            f.write(b"\x00" * 50)
    rc, o, err = compiled(["test", pkg, src])
    check(rc == 0 and o["verdict"] == "AC" and o["compile"]["cached"] is False,
          f"tampered: {o['verdict']} {o['compile']}")


def test_precompiled_header_gives_the_same_program():
    pkg = package("facts", {"1": ("", "%s\n" % subprocess.run(
        ["sh", "-c", "printf '%s' \"$0\" | g++ -O2 -std=gnu++20 -x c++ - -o /tmp/facts-$$ && /tmp/facts-$$; rm -f /tmp/facts-$$", FACTS],
        capture_output=True, text=True).stdout.strip())})
    plain = source("facts-off.cpp", FACTS)
    rc, o, err = compiled(["test", pkg, plain], env={"JUDGE_PCH": "off"})
    check(rc == 0 and o["compile"]["pch"] is False, f"without: {o['verdict']} {o['compile']} {err}")
    pre = source("facts-on.cpp", FACTS + "// precompiled\n")
    rc, o, err = compiled(["test", pkg, pre], env={"JUDGE_PCH": "sync"}, timeout=900)
    check(rc == 0 and o["compile"]["pch"] is True, f"with: {o['verdict']} {o['compile']} {err}")
    area = cache_dir("pch")
    entries = [n for n in os.listdir(area) if not n.startswith(".") and not n.endswith(".lock")]
    check(len(entries) == 1, f"one precompiled header: {os.listdir(area)}")
    gch = os.path.join(area, entries[0], "bits", "stdc++.h.gch")
    check(os.path.getsize(gch) > 1 << 20, "a real precompiled header")


def test_changed_precompiled_header_is_not_used():
    """A .gch changed after the judge wrote it (its change time shows) is not given to the
    compiler; with JUDGE_PCH=sync it is built again before the compile."""
    pkg = package("sum4", SUM)
    compiled(["test", pkg, source("a4.cpp", CPP)], env={"JUDGE_PCH": "sync"}, timeout=900)
    area = cache_dir("pch")
    entry = [n for n in os.listdir(area) if not n.startswith(".") and not n.endswith(".lock")][0]
    gch = os.path.join(area, entry, "bits", "stdc++.h.gch")
    size = os.path.getsize(gch)
    with open(gch, "ab") as f:
        f.write(b"junk")
    rc, o, err = compiled(["test", pkg, source("b4.cpp", CPP + "//b\n")], env={"JUDGE_PCH": "off"})
    check(o["compile"]["pch"] is False, "off means off")
    rc, o, err = compiled(["test", pkg, source("c4.cpp", CPP + "//c\n")],
                          env={"JUDGE_PCH": "sync"}, timeout=900)
    check(rc == 0 and o["compile"]["pch"] is True, f"rebuilt: {o['compile']} {err}")
    with open(gch, "rb") as f:
        f.seek(-4, os.SEEK_END)
        check(f.read() != b"junk" and os.path.getsize(gch) != size + 4,
              "the changed .gch was replaced by a good one")


def test_background_build_is_ready_next_time():
    """By default a missing precompiled header is built in a process of its own while the
    compile that needed it goes on without it; a later compile uses it."""
    os.environ["XDG_CACHE_HOME"] = os.path.join(jt.WORK, "cache-bg")
    pkg = package("sum5", SUM)
    env = {"JUDGE_PCH": "default"}
    rc, o, err = compiled(["test", pkg, source("a5.cpp", CPP)], env=env)
    check(rc == 0 and o["compile"]["pch"] is False, f"first: {o['compile']}")
    deadline = time.monotonic() + 600
    area = cache_dir("pch")
    while time.monotonic() < deadline:
        if any(not n.startswith(".") and not n.endswith(".lock") for n in os.listdir(area)):
            break
        time.sleep(1)
    rc, o, err = compiled(["test", pkg, source("b5.cpp", CPP + "//b\n")], env=env)
    check(rc == 0 and o["compile"]["pch"] is True, f"later: {o['compile']}")


def test_umask_077_does_not_hide_programs():
    """A user whose umask is 077 (files private by default) is judged as anyone else: the
    program put into the box, the box's own directories, a dynamically linked program."""
    pkg = package("sum6", SUM)
    src = source("sum6.c", "#include <stdio.h>\nint main(void){long a,b;scanf(\"%ld %ld\",&a,&b);printf(\"%ld\\n\",a+b);}\n")
    p = subprocess.run(["sh", "-c", 'umask 077 && exec "$0" test "$1" "$2" --json', jt.JUDGE, pkg, src],
                       capture_output=True, text=True, timeout=300)
    o = json.loads(p.stdout)
    check(p.returncode == 0 and o["verdict"] == "AC", f"{o['verdict']} {o['compile']} {p.stderr}")
    dyn = os.path.join(jt.WORK, "dyn")
    subprocess.run(["gcc", "-O2", "-o", dyn, src], check=True)
    p = subprocess.run(["sh", "-c", 'umask 077 && echo "4 5" | exec "$0" exec -- "$1"', jt.JUDGE, dyn],
                       capture_output=True, text=True, timeout=60)
    check(p.returncode == 0 and p.stdout.strip() == "9", f"exec: {p.returncode} {p.stdout!r} {p.stderr}")


def on_terminal(args):
    import pty
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(args[0], args, dict(os.environ, NO_COLOR="1"))
    out = b""
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return os.waitstatus_to_exitcode(status), out


def test_compiling_is_shown_on_a_terminal():
    """While the compiler runs, a terminal shows "compiling..." with the time so far; a pipe
    gets no such line."""
    pkg = package("sum7", SUM)
    src = source("slow.cpp", CPP + "#include <regex>\nstd::regex r(\"a+b\");\n")
    rc, out = on_terminal([jt.JUDGE, "test", pkg, src])
    check(rc == 0 and b"compiling... " in out and b" s" in out, f"terminal: {rc} {out[:400]!r}")
    rc, out, err = run(["test", pkg, source("slow2.cpp", CPP + "// 2\n")])
    check(rc == 0 and "compiling" not in out + err, f"pipe: {out!r} {err!r}")


if __name__ == "__main__":
    jt.main(globals())
