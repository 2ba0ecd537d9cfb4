"""test_made_tests.py: the library's large tests are not committed but made at set-up
(scripts/regen-tests --large) from the package's own generator and reference, checked against
the SHA-256 recorded in generator/large-tests.sha256; a package whose recorded tests are
missing is refused rather than judged on fewer tests."""

import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _judgetest as jt  # noqa: E402
from _judgetest import check, run  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
REGEN = os.path.join(ROOT, "scripts", "regen-tests")
ORIGINAL = os.path.join(ROOT, "problems", "max-subarray")
SOLUTION = os.path.join(ORIGINAL, "solutions", "accepted", "kadane.py")


def regen(*args):
    p = subprocess.run([REGEN] + list(args), capture_output=True, text=True, timeout=600)
    return p.returncode, p.stdout, p.stderr


def listed(pkg):
    with open(os.path.join(pkg, "generator", "large-tests.sha256")) as f:
        return [line.split()[1] for line in f if line.strip()]


def test_large_tests_are_made_checked_and_required():
    pkg = os.path.join(jt.WORK, "made", "max-subarray")
    shutil.rmtree(os.path.dirname(pkg), ignore_errors=True)
    shutil.copytree(ORIGINAL, pkg)
    large = listed(pkg)
    check(large and all(p.startswith("tests/") for p in large), f"large tests listed: {large}")
    ignored = open(os.path.join(pkg, "tests", ".gitignore")).read().split()
    check(all("/" + p[len("tests/"):] in ignored for p in large), f"each is ignored by git: {ignored}")
    originals = {p: open(os.path.join(pkg, p), "rb").read() for p in large}

    # Missing: the package is refused, naming the file and how to make it.
    for p in large:
        os.unlink(os.path.join(pkg, p))
    rc, out, err = run(["test", pkg, SOLUTION])
    check(rc == 2 and "missing: the package makes its large tests at set-up" in err
          and large[0].split("/")[1] in err and len(err.strip().splitlines()) == 1,
          f"refused while missing: {rc} {err!r}")
    rc, out, err = regen("--check", pkg)
    check(rc == 0, f"--check compares absent large tests by their hash: {rc} {out} {err}")

    # Made again: byte for byte what was there, and the package judges.
    rc, out, err = regen("--large", pkg)
    check(rc == 0 and "large tests made" in out, f"--large: {rc} {out} {err}")
    check(all(open(os.path.join(pkg, p), "rb").read() == b for p, b in originals.items()),
          "the same bytes")
    rc, out, err = run(["test", pkg, SOLUTION])
    check(rc == 0, f"judged on every test: {rc} {out} {err}")

    # A file changed by hand is made again; a generator that makes other tests than recorded
    # is refused and nothing is put in place.
    with open(os.path.join(pkg, large[0]), "ab") as f:
        f.write(b"1\n")
    rc, out, err = regen("--large", pkg)
    check(rc == 0 and open(os.path.join(pkg, large[0]), "rb").read() == originals[large[0]],
          f"a changed file made again: {rc} {err}")
    gen = os.path.join(pkg, "generator", "gen.py")
    with open(gen, "a") as f:
        f.write("\nimport sys as _s, os as _o\n"
                "for _n in _o.listdir(_s.argv[1]):\n"
                "    if _n.endswith('.in') and _o.path.getsize(_o.path.join(_s.argv[1], _n)) > 65536:\n"
                "        open(_o.path.join(_s.argv[1], _n), 'a').write('0\\n')\n")
    os.unlink(os.path.join(pkg, large[0]))
    rc, out, err = regen("--large", pkg)
    check(rc == 2 and "made other tests here than were recorded" in err, f"refused: {rc} {err}")
    check(not os.path.exists(os.path.join(pkg, large[0])), "nothing put in place")
    check(not [n for n in os.listdir(os.path.join(pkg, "tests")) if n.endswith(".tmp")],
          "no temporary file left")

    # A manifest line that is not "HASH  tests/NAME" (a path out of tests/) is refused.
    with open(os.path.join(pkg, "generator", "large-tests.sha256"), "w") as f:
        f.write("%s  tests/../../outside\n" % ("0" * 64))
    rc, out, err = run(["test", pkg, SOLUTION])
    check(rc == 2 and "large-tests.sha256:1: not a line" in err, f"{rc} {err}")


def test_the_library_has_its_large_tests():
    """After set-up every library package that lists large tests has them (scripts/setup ran
    regen-tests --large), each with its recorded hash."""
    lib = os.path.join(ROOT, "problems")
    for name in sorted(os.listdir(lib)):
        manifest = os.path.join(lib, name, "generator", "large-tests.sha256")
        if not os.path.exists(manifest):
            continue
        p = subprocess.run(["sha256sum", "--quiet", "--strict", "-c", manifest],
                           cwd=os.path.join(lib, name), capture_output=True, text=True)
        check(p.returncode == 0, f"{name}: {p.stdout} {p.stderr}")


if __name__ == "__main__":
    jt.main(globals())
