#!/usr/bin/python3
"""nonroot.py: the sandbox for an unprivileged judge. A representative subset of the
adversarial and accuracy cases again, with the judge run as nobody (uid 65534, through
setpriv) from its own copy in a 0755 directory: the box then lives in a user namespace and
its runs share the judge's uid. Also: `judge doctor --json` must say isolation "full", and
boxes must open reliably (box_setup_reliable; the other cases retry a run whose box could not
be set up, and say so at the end, so that a flaky set-up fails that one case only).

    python3 tests/sandbox/nonroot.py --judge build/judge [--only REGEX] [-v]
"""

import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import accuracy  # noqa: E402
import adversarial  # noqa: E402
from _sbxlib import NOBODY, Harness  # noqa: E402

ATTACKS = {
    "fork_bomb_native", "fork_bomb_compiler", "daemon_left_behind", "self_sigstop",
    "exec_bin_sh", "fexecve_memfd", "connect_loopback_c", "connect_loopback_python",
    "read_secret_next_to_program", "judge_environment", "proc_shows_only_itself",
    "kernel_tables_unreadable", "hostname_is_box", "network_only_lo", "write_outside_the_box",
    "fill_box_disk", "memfd_hoard", "sysv_shmget", "flood_stdout", "cpu_burning_threads",
    "ignores_sigxcpu_sigterm", "raise_own_rlimits", "prlimit_on_keeper", "memory_hog",
    "million_deep_recursion", "ptrace_parent", "kill_parent", "kill_minus_one",
    "kill_minus_one_from_child", "unshare", "mount", "io_uring_setup", "tiocsti", "x32_syscall",
    "int80_i386_syscall", "python_looks_around", "thread_bomb_capped", "devices",
}
BAD_INPUT = {
    "bad_input_missing_program", "bad_input_unreadable_stdin", "bad_input_negative_time_limit",
    "bad_input_absurd_memory_limit", "bad_input_unknown_profile", "bad_input_not_executable",
}


def case_doctor(h):
    def go():
        rc, out, err, timed_out = h.plain(["doctor", "--json"])
        if timed_out:
            return ["judge doctor hung"], "timeout"
        try:
            report = json.loads(out)
        except ValueError:
            return ["no JSON from judge doctor (rc %s): %r" % (rc, (out + err)[:200])], "no JSON"
        problems = []
        if report.get("isolation") != "full":
            problems.append("isolation %r, expected 'full' (%s)" % (report.get("isolation"),
                                                                   report.get("notes")))
        if report.get("root") is not False:
            problems.append("doctor thinks it runs as root: %r" % report.get("root"))
        userns = [l for l in report.get("layers", []) if l.get("name") == "user namespace"]
        if not userns or not userns[0].get("ok"):
            problems.append("no user namespace layer: %r" % userns)
        if rc != 0:
            problems.append("exit status %s" % rc)
        return problems, "isolation %s, rc %s" % (report.get("isolation"), rc)
    h.case("doctor_isolation_full", go)


def case_box_setup_reliable(h, runs=60):
    """Every box opens: a trivial program run again and again never gets a sandbox error
    (the other cases retry a failed set-up, so that it does not hide behind them)."""
    def go():
        prog = h.build("acc_exit.c")
        failures = []
        for i in range(runs):
            run = h.exec("box_setup", prog, ["0"], retry=False)
            if run.rc != 0 or run.get("status") != "exited":
                failures.append("run %d: rc %s %s" % (i + 1, run.rc, (
                    run.judge_stderr.strip() or run.summary())[:120]))
        problems = []
        if failures:
            problems.append("%d of %d runs failed; first: %s" % (len(failures), runs,
                                                                 failures[0]))
        return problems, "%d runs" % runs
    h.case("box_setup_reliable", go)


def case_netns_refused(h):
    """A system that gives an ordinary user namespaces but no network namespace: the test
    sets max_net_namespaces to 0 in a user namespace of its own, and runs the judge as an
    ordinary uid in one below it. The keeper makes the box's network namespace after the
    clone, and its refusal must fail the box, as a refused clone does for this user: no
    program runs, with the host's network or with the user's uid, and the judge says why."""
    def go():
        prog = h.build("hostname.c")
        script = ("echo 0 > /proc/sys/user/max_net_namespaces && "
                  "exec unshare -U --map-user=%d --map-group=%d \"$@\"" % (NOBODY, NOBODY))
        cmd = ["unshare", "-U", "-r", "sh", "-c", script, "sh", h.judge, "exec", "--json",
               "--", prog]
        proc = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True, timeout=60,
                              env=h.judge_env())
        out = proc.stdout.decode("utf-8", "replace") + proc.stderr.decode("utf-8", "replace")
        problems = []
        if proc.returncode != 3:
            problems.append("rc %s, expected 3 (the sandbox refused): %s"
                            % (proc.returncode, out.strip()[:200]))
        if "SBXID" in out:
            problems.append("the program ran: %s" % out.strip()[:200])
        if "cannot isolate runs" not in out:
            problems.append("the judge did not say why: %s" % out.strip()[:200])
        return problems, "rc %s" % proc.returncode
    h.case("netns_refused_fails_closed", go)


def main():
    if os.geteuid() != 0:
        sys.exit("nonroot.py starts as root, to become nobody through setpriv")
    h = Harness("nonroot", __doc__, as_user=NOBODY, retry_box_setup=True)
    case_doctor(h)
    case_box_setup_reliable(h)
    case_netns_refused(h)
    adversarial.declare_attacks(h, ATTACKS)
    adversarial.case_inherited_fds(h)
    adversarial.case_signal_state(h)
    adversarial.case_stdout_symlinks(h)
    adversarial.case_host_files_through_fds(h)
    adversarial.case_tiocsti_pty(h, "stdin")
    adversarial.case_stdin_directory(h, "option")
    adversarial.case_judge_killed(h)
    accuracy.declare_accuracy(h, cpu_runs=5)
    # A file nobody cannot read: truly unreadable for this judge.
    unreadable = os.path.join(h.work, "unreadable-input.txt")
    with open(unreadable, "w") as f:
        f.write("1 2\n")
    os.chmod(unreadable, 0)
    adversarial.declare_bad_input(h, unreadable, BAD_INPUT)
    return h.finish()


if __name__ == "__main__":
    sys.exit(main())
