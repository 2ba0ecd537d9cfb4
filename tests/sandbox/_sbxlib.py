"""_sbxlib.py: what the sandbox suites share: building the attack programs, running
`judge exec` on them, and checking afterwards that the host was left as it was. (Not a
suite: the leading underscore keeps it out of ctest's glob.)

A suite makes one Harness, declares its cases, and ends with harness.finish(), which prints
a summary and returns the exit status. Every case prints one line, PASS or FAIL, with why.

Attack programs report on their stdout in the line protocol of cases/attack.h (SBXID, OK,
BREACH, WRONG, DONE ...). Every run gets a per-suite token in its environment (SBX_TOKEN):
the programs name whatever they try to create after it, and their binaries carry it in
their names, so the host checks can find anything a run left behind.
"""

import argparse
import hashlib
import json
import os
import re
import secrets
import shutil
import signal
import socket
import stat
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
SYSTEM_PYTHON = "/usr/bin/python3"
RUN_UID_MIN = 60000  # the judge runs programs as 60000 + slot when it is root
NOBODY = 65534
WATCHED_DIRS = ["/", "/tmp", "/var/tmp", "/dev/shm"]
SENSITIVE_FILES = ["/etc/shadow", "/etc/passwd"]
OUTPUT_READ_MAX = 4 << 20  # what a check reads of a program's output at most
CANARY_ENV = "SBX_JUDGE_CANARY"  # set in the judge's environment, never the program's
BLOCKED = "blocked syscall"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


class Run:
    """One `judge exec`: its exit status, its JSON result and what the program wrote."""

    def __init__(self):
        self.rc = None
        self.timed_out = False
        self.result = None  # the JSON object, or None
        self.judge_stdout = ""
        self.judge_stderr = ""
        self.out = ""  # the program's stdout (its --stdout file)
        self.err = ""
        self.out_path = None
        self.err_path = None
        self.uid = None  # from the SBXID line
        self.pidns = None
        self.exit_boottime = None
        self.seconds = 0.0
        self.machine_busy_ms = None  # CPU time every CPU spent busy during the run
        self.notes = []  # said in the case's detail line

    def get(self, key, default=None):
        return (self.result or {}).get(key, default)

    def parse_id(self):
        """Finds the SBXID line: the run's uid and PID namespace."""
        for line in self.out.splitlines():
            m = re.match(r"SBXID uid=(\d+) ns=(\S+)", line)
            if m:
                self.uid, self.pidns = int(m.group(1)), m.group(2)
                return

    def lines(self, tag):
        """The rest of every stdout line starting with `tag `."""
        return [l[len(tag) + 1:] for l in self.out.splitlines() if l.startswith(tag + " ")]

    def summary(self):
        if self.timed_out:
            return "judge did not finish (killed after timeout)"
        if self.result is None:
            return "rc=%s, no JSON result; stderr: %s" % (self.rc, self.judge_stderr.strip()[:200])
        r = self.result
        bits = [r.get("status")]
        if r.get("syscall"):
            bits.append("syscall=%s" % r["syscall"])
        if r.get("signal"):
            bits.append("signal=%s" % r["signal"])
        if r.get("exit_code") is not None:
            bits.append("exit=%s" % r["exit_code"])
        bits.append("cpu=%sms wall=%sms mem=%sKiB" % (r.get("time_ms"), r.get("wall_ms"),
                                                     r.get("memory_kb")))
        return " ".join(str(b) for b in bits + self.notes)

    def others_cpu_fraction(self):
        """How much of the machine's CPU capacity others used during the run (0..1)."""
        wall = self.get("wall_ms") or 0
        if self.machine_busy_ms is None or wall <= 0:
            return 0.0
        others = self.machine_busy_ms - (self.get("time_ms") or 0)
        return max(0.0, others / (wall * (os.cpu_count() or 1)))


PF_EXITING = 0x4  # in /proc/PID/stat's flags: the process is on its way out, runs no code


def _dying_keeper(base, flags):
    """Whether the process is a box's keeper (PID 1 of its PID namespace) that was killed:
    SIGKILL pending or already exiting, it will never run its own code again, and on a busy
    machine it may wait a while for a CPU to die on (`judge exec` does not wait for it). A
    run's process in that state is still counted: a run must be gone when its result is."""
    dying = bool(flags & PF_EXITING)
    pid1 = False
    with open(base + "/status") as f:
        for line in f:
            key, _, value = line.partition(":")
            if key in ("SigPnd", "ShdPnd") and int(value, 16) & (1 << (signal.SIGKILL - 1)):
                dying = True
            elif key == "NSpid":
                pid1 = value.split()[-1] == "1" and len(value.split()) > 1
    return dying and pid1


def _read_limited(path, limit=OUTPUT_READ_MAX):
    try:
        with open(path, "rb") as f:
            return f.read(limit).decode("utf-8", "replace")
    except OSError:
        return ""


def _sha(path):
    try:
        with open(path, "rb") as f:
            return hashlib.sha256(f.read()).hexdigest()
    except OSError as e:
        return "unreadable: %s" % e.strerror


def _busy_ms():
    """Milliseconds all CPUs together have spent not idle since boot."""
    with open("/proc/stat") as f:
        fields = [int(x) for x in f.readline().split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return (sum(fields[:8]) - idle) * 1000 // CLOCK_TICKS


def _boottime():
    return time.clock_gettime(time.CLOCK_BOOTTIME)


class Harness:
    def __init__(self, suite, description, as_user=None, retry_box_setup=False):
        parser = argparse.ArgumentParser(description=description)
        parser.add_argument("--judge", required=True, help="path to the judge binary")
        parser.add_argument("--only", help="run only the cases whose name matches this regex")
        parser.add_argument("--keep", action="store_true", help="keep the work directory")
        parser.add_argument("-v", "--verbose", action="store_true",
                            help="show each run's result and the program's output")
        self.args = parser.parse_args()
        self.suite = suite
        self.as_user = as_user  # None: run the judge as we are; an uid: through setpriv
        # Whether a run whose box could not be set up (exit 3, no result) is tried again: a
        # known flaky set-up must not fail cases about something else. Retries are counted
        # and shown; a case of its own must test the set-up.
        self.retry_box_setup = retry_box_setup
        self.box_setup_retries = []
        self.started = time.monotonic()
        self.results = []  # (name, ok, detail)
        self.token = "sbxatk" + secrets.token_hex(5)
        self.canary_value = "canary-" + secrets.token_hex(8)
        self.built = {}
        self._setup()

    # ---- the work directory ----

    def _setup(self):
        judge = os.path.abspath(self.args.judge)
        if not os.access(judge, os.X_OK):
            sys.exit("%s: judge binary %s is not executable" % (self.suite, judge))
        # Under /var/tmp, not /tmp: the box has its own /tmp, and --bind-ro of a path under
        # /tmp is refused. 0755 all the way so that an unprivileged judge can read it.
        self.work = tempfile.mkdtemp(prefix="sbxtest-%s-" % self.suite, dir="/var/tmp")
        os.chmod(self.work, 0o755)
        self.bin = self._mkdir("bin")
        self.py = self._mkdir("py")
        self.canary = self._mkdir("canary")
        self.outroot = self._mkdir("out")
        self.boxtmp = self._mkdir("boxtmp")  # the judge's TMPDIR: where it makes box roots
        if self.as_user is not None:
            # The judge binary may sit in a private build tree: the user gets its own copy.
            jdir = self._mkdir("judge-bin")
            self.judge = os.path.join(jdir, "judge")
            shutil.copy2(judge, self.judge)
            os.chmod(self.judge, 0o755)
            for d in (self.outroot, self.boxtmp):
                os.chown(d, self.as_user, self.as_user)
        else:
            self.judge = judge
        with open(os.path.join(self.canary, "canary.txt"), "w") as f:
            f.write("the test's own file; nothing may change it\n")
        with open(os.path.join(self.canary, "inherited.txt"), "w") as f:
            f.write("opened without close-on-exec before the judge starts\n")
        # A secret next to the programs on the host: the box must show only /prog copies.
        self.secret = os.path.join(self.bin, "secret-%s.txt" % self.token)
        with open(self.secret, "w") as f:
            f.write("SECRET-%s\n" % self.canary_value)
        os.chmod(self.secret, 0o644)
        # A listener on the host's loopback: no run may reach it.
        self.listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(16)
        self.listener.setblocking(False)
        self.port = self.listener.getsockname()[1]

    def _mkdir(self, name, mode=0o755):
        path = os.path.join(self.work, name)
        os.mkdir(path)
        os.chmod(path, mode)
        return path

    # ---- building programs ----

    def build(self, source, flags=()):
        """Compiles cases/<source> into the work directory; returns the binary's host path.
        Binaries are named after the token, so a leftover process is easy to spot."""
        key = (source, tuple(flags))
        if key in self.built:
            return self.built[key]
        stem, ext = os.path.splitext(source)
        out = os.path.join(self.bin, "%s%s-%s" % (stem, "".join(flags).replace("-", "_"),
                                                  self.token))
        src = os.path.join(CASES, source)
        if ext == ".c":
            cmd = ["gcc", "-O2", "-std=gnu11", "-Wall", "-I", CASES, "-o", out, src,
                   "-lpthread", "-lrt"]
        elif ext == ".cpp":
            cmd = ["g++", "-O2", "-std=gnu++17", "-Wall", "-I", CASES, "-o", out, src,
                   "-lpthread"]
        else:
            raise ValueError("cannot build %s" % source)
        cmd[1:1] = list(flags)
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode != 0:
            raise RuntimeError("cannot compile %s: %s" % (source, proc.stderr.strip()[-500:]))
        os.chmod(out, 0o755)
        self.built[key] = out
        return out

    def script(self, source):
        """Copies a Python case into the directory runs see with --bind-ro."""
        dst = os.path.join(self.py, source)
        shutil.copy(os.path.join(CASES, source), dst)
        os.chmod(dst, 0o644)
        return dst

    def python_run(self, source, args=()):
        """(program, args, opts) to run cases/<source> with the system Python."""
        return (SYSTEM_PYTHON, ["-I", self.script(source)] + list(args),
                ["--profile", "interpreter", "--bind-ro", self.py])

    # ---- running the judge ----

    def judge_cmd(self, args):
        if self.as_user is None:
            return [self.judge] + list(args)
        return ["setpriv", "--reuid=%d" % self.as_user, "--regid=%d" % self.as_user,
                "--clear-groups", self.judge] + list(args)

    def judge_env(self, extra=None):
        env = dict(os.environ)
        env["TMPDIR"] = self.boxtmp
        env[CANARY_ENV] = self.canary_value
        env.update(extra or {})
        return env

    def exec(self, name, prog, args=(), opts=(), stdin=subprocess.DEVNULL, pass_fds=(),
             timeout=60, stdout_path=None, with_token=True, on_start=None, retry=None,
             pinned_cpu=None, preexec=None):
        """Runs `judge exec --json` with the program's stdout and stderr in files of the
        case's own output directory. on_start(popen, run) is called once it runs;
        pinned_cpu keeps the judge (and so the run) on that one CPU; preexec() runs in the
        judge's process before its exec."""
        retry = self.retry_box_setup if retry is None else retry
        for attempt in range(3):
            run = self._exec_once(name, prog, args, opts, stdin, pass_fds, timeout,
                                  stdout_path, with_token, on_start, pinned_cpu, preexec)
            if not (retry and box_setup_failed(run)) or attempt == 2:
                return run
            self.box_setup_retries.append("%s: %s" % (name, run.judge_stderr.strip()))
        return run

    def _exec_once(self, name, prog, args, opts, stdin, pass_fds, timeout, stdout_path,
                   with_token, on_start, pinned_cpu=None, preexec=None):
        outdir = os.path.join(self.outroot, name)
        os.makedirs(outdir, exist_ok=True)
        if self.as_user is not None:
            os.chown(outdir, self.as_user, self.as_user)
        run = Run()
        run.out_path = stdout_path or os.path.join(outdir, "stdout")
        run.err_path = os.path.join(outdir, "stderr")
        cmd = ["exec", "--json", "--stdout", run.out_path, "--stderr", run.err_path]
        if with_token:
            cmd += ["--env", "SBX_TOKEN=%s" % self.token]
        cmd += list(opts) + ["--", prog] + list(args)
        started = time.monotonic()
        busy_before = _busy_ms()
        def before_exec():
            if pinned_cpu is not None:
                os.sched_setaffinity(0, {pinned_cpu})
            if preexec:
                preexec()
        proc = subprocess.Popen(self.judge_cmd(cmd), stdin=stdin, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=self.judge_env(),
                                pass_fds=pass_fds, start_new_session=True,
                                preexec_fn=before_exec if pinned_cpu is not None or preexec
                                else None)
        if on_start:
            on_start(proc, run)
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            run.timed_out = True
            os.killpg(proc.pid, signal.SIGKILL)  # our own judge's process group
            out, err = proc.communicate()
        run.exit_boottime = _boottime()
        run.machine_busy_ms = _busy_ms() - busy_before
        run.seconds = time.monotonic() - started
        run.rc = proc.returncode
        run.judge_stdout = out.decode("utf-8", "replace")
        run.judge_stderr = err.decode("utf-8", "replace")
        for line in reversed(run.judge_stdout.strip().splitlines()):
            try:
                run.result = json.loads(line)
                break
            except ValueError:
                continue
        if stdout_path is None:
            run.out = _read_limited(run.out_path)
        run.err = _read_limited(run.err_path)
        run.parse_id()
        if self.args.verbose:
            print("    [%s] rc=%s %s" % (name, run.rc, run.summary()))
            for l in run.out.splitlines()[:40]:
                print("    | " + l[:200])
        return run

    def plain(self, args, stdin=subprocess.DEVNULL, timeout=20, env=None):
        """Runs the judge with any arguments; returns (rc, stdout, stderr, timed_out)."""
        proc = subprocess.Popen(self.judge_cmd(args), stdin=stdin, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=env or self.judge_env(),
                                start_new_session=True)
        timed_out = False
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            timed_out = True
            os.killpg(proc.pid, signal.SIGKILL)
            out, err = proc.communicate()
        return (proc.returncode, out.decode("utf-8", "replace"),
                err.decode("utf-8", "replace"), timed_out)

    # ---- the host, before and after ----

    def snapshot(self):
        snap = {"dirs": {}, "canary": {}, "sensitive": {}, "ipc": set(),
                "disk": shutil.disk_usage("/").free}
        for d in WATCHED_DIRS:
            entries = {}
            try:
                for e in os.scandir(d):
                    try:
                        entries[e.name] = e.stat(follow_symlinks=False).st_uid
                    except OSError:
                        entries[e.name] = -1
            except OSError:
                pass
            snap["dirs"][d] = entries
        for dirpath, dirnames, filenames in os.walk(self.canary):
            for n in dirnames + filenames:
                p = os.path.join(dirpath, n)
                st = os.lstat(p)
                snap["canary"][p] = (st.st_mode, st.st_size, st.st_mtime_ns,
                                     _sha(p) if stat.S_ISREG(st.st_mode) else None)
        for p in SENSITIVE_FILES:
            snap["sensitive"][p] = _sha(p)
        for kind in ("shm", "msg", "sem"):
            try:
                with open("/proc/sysvipc/" + kind) as f:
                    for line in f.read().splitlines()[1:]:
                        fields = line.split()
                        snap["ipc"].add((kind, fields[0], fields[1]))  # key, id
            except OSError:
                pass
        return snap

    def leftover_processes(self, run):
        """Processes of the run still alive: in its PID namespace, carrying the token, or
        with its (unprivileged, box-only) uid and started before the judge returned."""
        found = []
        until_ticks = (run.exit_boottime or _boottime()) * CLOCK_TICKS + 1
        me = os.getpid()
        for pid in os.listdir("/proc"):
            if not pid.isdigit() or int(pid) == me:
                continue
            base = "/proc/" + pid
            try:
                with open(base + "/cmdline", "rb") as f:
                    cmdline = f.read()
                try:
                    with open(base + "/environ", "rb") as f:
                        environ = f.read()
                except OSError:
                    environ = b""
                ns = os.readlink(base + "/ns/pid")
                uid = os.stat(base).st_uid
                with open(base + "/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
                state, flags, start = fields[0], int(fields[6]), int(fields[19])
                dying = state == "Z" or _dying_keeper(base, flags)
            except (OSError, IndexError, ValueError):
                continue  # gone meanwhile, or a kernel thread
            if dying:
                # Dead, or killed and on its way out, and awaiting its reaper: the keeper that
                # `judge exec` kills and does not wait for, reaped by the host's init.
                continue
            why = None
            tok = self.token.encode()
            if tok in cmdline or tok in environ:
                why = "carries the token"
            elif run.pidns and ns == run.pidns and start <= until_ticks:
                # (a namespace's inode number is reused once it is gone: a process that
                # started after the judge returned is in another box that got the number)
                why = "in the run's PID namespace"
            elif run.uid and run.uid >= RUN_UID_MIN and uid == run.uid and start <= until_ticks:
                why = "has the run's uid %d" % uid
            if why:
                name = cmdline.replace(b"\0", b" ").decode("utf-8", "replace").strip()[:80]
                found.append("pid %s (%s) %s" % (pid, name, why))
        return found

    def host_problems(self, before, run, disk=False):
        problems = []
        after = self.snapshot()
        # Whose files would be the run's: its own uid as root gives it, or the judge's user
        # (the run's uid outside its user namespace). Others' runs, say a suite running
        # alongside, have other uids and other tokens.
        run_uid = run.uid if run.uid and run.uid >= RUN_UID_MIN else self.as_user
        for d in WATCHED_DIRS:
            for name, uid in after["dirs"][d].items():
                if name in before["dirs"][d]:
                    continue
                if self.token in name or (run_uid is not None and uid == run_uid):
                    path = os.path.join(d, name)
                    problems.append("left %s (uid %d) on the host" % (path, uid))
                    if self.token in name:
                        _remove(path)  # ours to clean up, after saying so
        for p, v in before["canary"].items():
            if after["canary"].get(p) != v:
                problems.append("canary %s changed" % p)
        for p in after["canary"]:
            if p not in before["canary"]:
                problems.append("canary directory gained %s" % p)
        for p, h in before["sensitive"].items():
            if after["sensitive"][p] != h:
                problems.append("%s changed" % p)
        for item in after["ipc"] - before["ipc"]:
            problems.append("SysV %s object key %s id %s appeared" % item)
        try:
            leftovers = os.listdir(self.boxtmp)
        except OSError:
            leftovers = []
        if leftovers:
            problems.append("box directories left in TMPDIR: %s" % ", ".join(leftovers))
            for n in leftovers:
                _remove(os.path.join(self.boxtmp, n))
        try:
            conn, peer = self.listener.accept()
            problems.append("the loopback listener got a connection from %s:%d" % peer)
            conn.close()
        except BlockingIOError:
            pass
        problems += ["process left: " + p for p in self.leftover_processes(run)]
        if disk:
            lost = (before["disk"] - after["disk"]) >> 20
            if lost > 128:
                problems.append("the host's disk lost %d MiB" % lost)
        return problems

    # ---- cases ----

    def wanted(self, name):
        return not self.args.only or re.search(self.args.only, name)

    def record(self, name, problems, detail):
        ok = not problems
        line = "%s %s: %s" % ("PASS" if ok else "FAIL", name,
                              detail if ok else "; ".join(problems) + " [" + detail + "]")
        print(line, flush=True)
        self.results.append((name, ok, line))

    def case(self, name, fn):
        """Runs fn() -> (problems, detail) as one case; an exception is a failure."""
        if not self.wanted(name):
            return
        try:
            problems, detail = fn()
        except Exception as e:  # a broken case must say so, not stop the suite
            problems, detail = ["the case itself failed: %r" % e], "error"
        self.record(name, problems, detail)

    def attack(self, name, source=None, args=(), opts=(), python=False, expect=None, disk=False,
               **run_kwargs):
        """The usual case: build, snapshot the host, run, check the result and the host."""
        expect = dict(expect or {})

        def go():
            if python:
                prog, pargs, popts = self.python_run(source, args)
                all_opts = popts + list(opts)
            else:
                prog, pargs, all_opts = self.build(source), list(args), list(opts)
            # A case about timing that another load on the machine can spoil may try again;
            # the detail says so.
            attempts = 1 + expect.get("retries", 0)
            for attempt in range(1, attempts + 1):
                before = self.snapshot()
                run = self.exec(name, prog, pargs, all_opts, **run_kwargs)
                problems = check_result(run, expect, self.canary_value)
                problems += self.host_problems(before, run, disk=disk)
                if not problems:
                    break
            detail = run.summary()
            if attempt > 1:
                detail += " (attempt %d of %d)" % (attempt, attempts)
            return problems, detail

        self.case(name, go)

    def finish(self):
        self.listener.close()
        if self.args.keep:
            print("work directory kept: %s" % self.work)
        else:
            shutil.rmtree(self.work, ignore_errors=True)
        failed = [r for r in self.results if not r[1]]
        took = time.monotonic() - self.started
        if self.box_setup_retries:
            print("note: %d runs were retried because their box could not be set up:" % len(
                self.box_setup_retries))
            for r in sorted(set(self.box_setup_retries)):
                print("  " + r[:200])
        print("%s: %d cases, %d passed, %d failed, %.1f s" % (
            self.suite, len(self.results), len(self.results) - len(failed), len(failed), took))
        return 1 if failed or not self.results else 0


def box_setup_failed(run):
    """The judge could not set up a box (exit 3 before any result)."""
    return run.rc == 3 and run.result is None and not run.timed_out


def _remove(path):
    try:
        if os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path, ignore_errors=True)
        else:
            os.unlink(path)
    except OSError:
        pass


def _as_set(v):
    return {v} if isinstance(v, (str, int)) else set(v)


def check_result(run, expect, canary_value=None):
    """What a run must have got. expect keys:
      status       the status, or a set of acceptable ones
      syscall      for "blocked syscall": the call's name, or a set
      signal       "SIGSEGV" ...          exit_code   an integer
      done         True: the program must reach its end (print DONE)
      out_has      regexes the program's stdout must match
      out_lacks    regexes it must not match (BREACH and WRONG lines always fail a case)
      time_ms      (min, max) bounds on the CPU time, None for no bound; wall_ms likewise
      rc           the judge's exit status (default: from the status)
      retries      how many more times a timing case may run when it fails
      check        fn(run) -> list of further problems
    """
    problems = []
    if run.timed_out:
        return ["the judge hung: no result after %.0f s" % run.seconds]
    if run.result is None:
        return ["no JSON result from the judge (rc %s): %s" % (run.rc,
                                                               run.judge_stderr.strip()[:300])]
    status = run.get("status")
    if "status" in expect and status not in _as_set(expect["status"]):
        problems.append("status %r, expected %s (%s)" % (status, " or ".join(
            sorted(repr(s) for s in _as_set(expect["status"]))), run.get("message")))
    if "syscall" in expect and status == BLOCKED and run.get("syscall") not in _as_set(
            expect["syscall"]):
        problems.append("blocked call %r, expected %s" % (run.get("syscall"),
                                                         sorted(_as_set(expect["syscall"]))))
    if "signal" in expect and run.get("signal") != expect["signal"]:
        problems.append("signal %r, expected %r" % (run.get("signal"), expect["signal"]))
    if "exit_code" in expect and run.get("exit_code") != expect["exit_code"]:
        problems.append("exit code %r, expected %r" % (run.get("exit_code"),
                                                       expect["exit_code"]))
    for key in ("time_ms", "wall_ms", "memory_kb"):
        if key in expect:
            lo, hi = expect[key]
            v = run.get(key)
            if v is None or (lo is not None and v < lo) or (hi is not None and v > hi):
                problems.append("%s %s outside [%s, %s]" % (key, v, lo, hi))
    rc_expected = expect.get("rc")
    if rc_expected is None:
        rc_expected = 0 if status == "exited" and run.get("exit_code") == 0 else 1
        if status == "sandbox error":
            rc_expected = {2, 3}
    if run.rc not in _as_set(rc_expected):
        problems.append("judge exit status %s, expected %s" % (run.rc, rc_expected))
    for line in run.out.splitlines():
        if line.startswith("BREACH") or line.startswith("WRONG"):
            problems.append(line[:200])
    if expect.get("done") and "DONE" not in run.out.splitlines():
        problems.append("the program did not reach its end (no DONE)")
    for rx in expect.get("out_has", ()):
        if not re.search(rx, run.out, re.M):
            problems.append("stdout lacks /%s/" % rx)
    for rx in expect.get("out_lacks", ()):
        if re.search(rx, run.out, re.M):
            problems.append("stdout has /%s/" % rx)
    if canary_value and (canary_value in run.out or canary_value in run.err):
        problems.append("the program's output holds the judge's canary or the secret")
    if "check" in expect:
        for p in expect["check"](run):
            if p.startswith("note: "):
                run.notes.append("(%s)" % p[6:])
            else:
                problems.append(p)
    return problems
