#!/usr/bin/python3
"""accuracy.py: does `judge exec` measure and classify right? CPU time within 10 %, memory
within 5 %, the right status for limits, exit codes and signals, run after run.

    python3 tests/sandbox/accuracy.py --judge build/judge [--only REGEX] [-v]
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _sbxlib import Harness, check_result  # noqa: E402

MIB_KIB = 1024


def within(value, target, fraction):
    return value is not None and abs(value - target) <= target * fraction


def case_cpu_repeated(h, runs=20, burn_ms=600):
    """A program burning 0.6 s of CPU: reported within 10 %, and passes a 1 s limit, every
    time."""
    def go():
        prog = h.build("acc_cpu.c")
        problems, times = [], []
        for i in range(runs):
            run = h.exec("cpu_0.6s", prog, [str(burn_ms)], ["--time-limit", "1000"])
            p = check_result(run, dict(status="exited", exit_code=0))
            t = run.get("time_ms")
            times.append(t)
            if not within(t, burn_ms, 0.10):
                p.append("reported %s ms" % t)
            problems += ["run %d: %s" % (i + 1, x) for x in p]
        shown = [t for t in times if t is not None]
        detail = "%d runs, reported %s..%s ms" % (runs, min(shown, default="?"),
                                                max(shown, default="?"))
        return problems, detail
    h.case("cpu_0.6s_x%d" % runs, go)


def declare_accuracy(h, cpu_runs=20):
    case_cpu_repeated(h, cpu_runs)
    mem_200 = (200 * MIB_KIB * 95 // 100, 200 * MIB_KIB * 105 // 100)
    table = [
        # (name, source, args, opts, expect)
        ("cpu_0.6s_in_a_child", "acc_cpu.c", ["600", "child"],
         ["--time-limit", "1000", "--profile", "compiler"],
         dict(status="exited", exit_code=0, time_ms=(540, 660))),
        ("cpu_1.2s_over_1s", "acc_cpu.c", ["1200"], ["--time-limit", "1000"],
         dict(status="time limit", time_ms=(1000, 1300))),
        ("memory_200MiB_under_256", "acc_mem.c", ["200"], ["--memory-limit", "256"],
         dict(status="exited", exit_code=0, memory_kb=mem_200)),
        ("memory_200MiB_under_256_resident", "acc_mem.c", ["200"],
         ["--memory-limit", "256", "--memory-mode", "resident"],
         dict(status="exited", exit_code=0, memory_kb=mem_200)),
        ("memory_300MiB_over_256", "acc_mem.c", ["300"], ["--memory-limit", "256"],
         dict(status="memory limit")),
        ("memory_300MiB_over_256_resident", "acc_mem.c", ["300"],
         ["--memory-limit", "256", "--memory-mode", "resident"],
         dict(status="memory limit")),
        ("vector_of_1e9_ints", "acc_vector.cpp", [], ["--memory-limit", "256"],
         dict(status="memory limit")),
        ("exit_code_3", "acc_exit.c", ["3"], [], dict(status="exited", exit_code=3, rc=1)),
        ("exit_code_0", "acc_exit.c", ["0"], [], dict(status="exited", exit_code=0, rc=0)),
        ("exit_code_127", "acc_exit.c", ["127"], [], dict(status="exited", exit_code=127, rc=1)),
        # The output limit is the largest file it may write: exactly that much is fine.
        ("output_exactly_at_limit", "acc_write.c", [str(1 << 20)], ["--output-limit", "1"],
         dict(status="exited", exit_code=0,
              check=lambda r: [] if r.get("output_bytes") == 1 << 20 else [
                  "output_bytes %s" % r.get("output_bytes")])),
        ("output_one_byte_over_limit", "acc_write.c", [str((1 << 20) + 1)],
         ["--output-limit", "1"], dict(status="output limit")),
        ("raise_sigsegv", "acc_segv.c", ["raise"], [],
         dict(status="signaled", signal="SIGSEGV", exit_code=None)),
        ("null_pointer_write", "acc_segv.c", ["deref"], [],
         dict(status="signaled", signal="SIGSEGV", exit_code=None)),
    ]
    for name, source, args, opts, expect in table:
        h.attack(name, source, args, opts, expect=expect)


def main():
    h = Harness("accuracy", __doc__)
    declare_accuracy(h)
    return h.finish()


if __name__ == "__main__":
    sys.exit(main())
