"""test_interactive.py: interactive problems decided as Kattis problemtools decides them:
the validator crashed -> SE; it ended first and said WA -> WA; else the submission ran past
its time limit -> TLE; else it crashed or exited non-zero -> RE (SIGPIPE from writing to a
validator that has stopped reading is no crash); else the validator's verdict."""

import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _judgetest as jt  # noqa: E402
from _judgetest import check, run_json, source  # noqa: E402

FIXTURE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "icpc", "modern-guess")

# The submission's side of the game, in C: bisect until the validator says '='.
PLAY = r'''
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
static int play(void)
{
    long lo = 1, hi = 1000;
    char reply[8];
    for (;;) {
        long mid = (lo + hi) / 2;
        printf("? %ld\n", mid);
        fflush(stdout);
        if (scanf("%7s", reply) != 1)
            return -1;
        if (strcmp(reply, "=") == 0)
            return 0;
        if (strcmp(reply, ">") == 0)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
}
'''


def guess_package(name, validator=None):
    root = os.path.join(jt.WORK, name)
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(FIXTURE, root)
    if validator is not None:
        with open(os.path.join(root, "output_validator", "interactor.cpp"), "w") as f:
            f.write(validator)
    return root


def verdict(pkg, name, body):
    rc, o, err = run_json(["test", pkg, source(name, PLAY + body)])
    return o["verdict"], o, err


def expect(pkg, name, body, want):
    got, o, err = verdict(pkg, name, body)
    check(got == want, f"{name}: {got}, expected {want}: "
          f"{[(t['verdict'], t['message']) for t in o['tests']]} {err}")


def test_accepted():
    expect(guess_package("guess"), "ok.c", "int main(void){ return play() ? 1 : 0; }\n", "AC")


def test_assert_after_a_correct_exchange_is_re():
    expect(guess_package("guess"), "assert.c",
           "int main(void){ play(); abort(); }\n", "RE")


def test_exit_code_after_a_correct_exchange_is_re():
    expect(guess_package("guess"), "exit1.c", "int main(void){ play(); return 1; }\n", "RE")


def test_closing_stdout_early_then_failing_is_re():
    """It asks once, closes its output and exits 1: it ended first, so its crash decides,
    although the validator, reading end of file afterwards, says WA."""
    expect(guess_package("guess"), "close.c",
           "int main(void){ printf(\"? 1\\n\"); fclose(stdout); return 1; }\n", "RE")


def test_running_past_the_limit_after_answering_is_tle():
    expect(guess_package("guess"), "spin.c",
           "int main(void){ play(); volatile unsigned long x = 0; for (;;) x++; }\n", "TLE")


def test_sigpipe_after_the_validator_accepted_is_not_a_crash():
    """After '=' it keeps writing: the validator has accepted and gone, so the write kills
    it with SIGPIPE. That is no crash: the validator's verdict stands."""
    expect(guess_package("guess"), "pipe.c",
           "int main(void){ play(); usleep(200000);\n"
           "  for (int i = 0; i < 100000; i++) { printf(\"? 1\\n\"); fflush(stdout); }\n"
           "  return 0; }\n", "AC")


def test_validator_first_with_wa_beats_a_later_tle():
    """Eleven questions: the validator says WA and ends first; the submission then spins.
    WA, not TLE."""
    expect(guess_package("guess"), "eleven.c",
           "int main(void){ for (int i = 0; i < 11; i++) printf(\"? 1\\n\"); fflush(stdout);\n"
           "  volatile unsigned long x = 0; for (;;) x++; }\n", "WA")


def test_validator_with_a_meaningless_exit_code_is_se():
    bad = ("#include <cstdio>\nint main(int argc, char **argv){ char m; long x;\n"
           "  if (std::scanf(\" %c %ld\", &m, &x) != 2) return 43; return 0; }\n")
    got, o, err = verdict(guess_package("guess-bad", bad), "ok.c",
                          "int main(void){ return play() ? 1 : 0; }\n")
    check(got == "SE", f"{got}: {[t['message'] for t in o['tests']]}")


if __name__ == "__main__":
    jt.main(globals())
