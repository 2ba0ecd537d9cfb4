#!/usr/bin/python3
"""adversarial.py: attack programs against `judge exec`, and bad input to it.

Each case is an attack program of cases/ with the result it must get; after every run the
host is checked too (_sbxlib.Harness.host_problems): nothing new in /, /tmp, /var/tmp or
/dev/shm, the test's canary files and /etc/shadow untouched, no SysV IPC object, no
connection on the test's loopback listener, no box directory left, no process of the run
alive. Run as root: the judge then runs programs under its own uids (60000 + slot).

    python3 tests/sandbox/adversarial.py --judge build/judge [--only REGEX] [-v]
"""

import fcntl
import json
import os
import shutil
import signal
import subprocess
import pty
import select
import sys
import termios
import time
import tty

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _sbxlib import BLOCKED, Harness, Run, _sha, box_setup_failed, check_result  # noqa: E402

# Small limits keep the suite fast: a limit case costs about one limit of time.
QUICK = ["--time-limit", "1000", "--wall-limit", "2000"]
# For a run that burns CPU until its CPU-time limit ends it: on a loaded machine it may get a
# third of a CPU, so a wall limit of twice the CPU limit would end it first.
CPU_BOUND = ["--time-limit", "1000", "--wall-limit", "10000"]
ENDED_BY_LIMIT = {"time limit", "wall limit"}


def attack_table(h):
    """The attacks whose expectations fit in a table: (name, source, args, opts, expect).
    A .py source runs with the system Python under the interpreter profile."""
    port = str(h.port)
    compiler = ["--profile", "compiler"]
    exec_calls = {"execve", "execveat"}
    table = [
        # Processes.
        ("fork_bomb_native", "fork_bomb.c", [], QUICK,
         dict(status=BLOCKED, syscall={"clone", "fork", "vfork"})),
        # Ended by a limit, soon: the 2 s wall limit, or later only by as long as its
        # processes waited for a CPU on a busy machine (up to the keeper's backstop).
        ("fork_bomb_compiler", "fork_bomb.c", [], QUICK + compiler,
         dict(status=ENDED_BY_LIMIT, wall_ms=(None, 3 * 2000 + 10000))),
        ("daemon_left_behind", "daemon.c", [], QUICK + compiler,
         dict(status="exited", exit_code=0, done=True)),
        ("busy_child_left_behind", "busy_child.c", [], QUICK + compiler,
         dict(status="exited", exit_code=0, done=True)),
        ("thread_bomb_capped", "thread_bomb.cpp", [], QUICK + ["--processes", "4"],
         dict(status="exited", exit_code=0, out_has=[r"^THREADS \d+$"],
              check=lambda r: [] if r.lines("THREADS") == ["3"] else [
                  "--processes 4 let the program start %s threads besides itself, not 3"
                  % (r.lines("THREADS") or ["no"])[0]])),
        ("self_sigstop", "sigstop.c", [], ["--time-limit", "1000", "--wall-limit", "1000"],
         dict(status="wall limit", wall_ms=(1000, 1500), retries=1)),
        ("sleep_forever", "sleep_forever.c", [], ["--time-limit", "1000", "--wall-limit", "1000"],
         dict(status="wall limit", wall_ms=(1000, 1500), time_ms=(None, 100), retries=1)),
        # Exec.
        ("exec_bin_sh", "exec_sh.c", [], QUICK, dict(status=BLOCKED, syscall=exec_calls)),
        # Blocked at memfd_create already (anonymous files escape the memory limit), or at
        # the exec if a profile ever allows them.
        ("fexecve_memfd", "fexecve_memfd.c", [], QUICK,
         dict(status=BLOCKED, syscall=exec_calls | {"memfd_create"})),
        # Network.
        ("connect_loopback_c", "connect.c", [port], QUICK,
         dict(status=BLOCKED, syscall="socket")),
        # Compilers' runtimes probe sockets: refused quietly, and the program carries on.
        ("connect_loopback_compiler", "connect.c", [port], QUICK + compiler,
         dict(status={"exited", BLOCKED}, out_has=[r"^OK socket: |^TRYING"])),
        # Seeing the host.
        ("read_secret_next_to_program", "read_secret.c", [h.secret], QUICK,
         dict(status="exited", exit_code=0, done=True)),
        ("judge_environment", "environ.c", [], QUICK,
         dict(status="exited", exit_code=0, done=True)),
        ("proc_shows_only_itself", "proc_others.c", [], QUICK,
         dict(status="exited", exit_code=0, done=True)),
        ("kernel_tables_unreadable", "kernel_tables.c", [], QUICK,
         dict(status="exited", exit_code=0, done=True)),
        ("devices", "devices.c", [], QUICK,
         dict(status="exited", exit_code=0, done=True)),
        ("hostname_is_box", "hostname.c", [], QUICK,
         dict(status="exited", exit_code=0, done=True, out_has=[r"^NODENAME box$",
                                                                r"^HOSTNAME box$"])),
        ("sethostname_blocked", "hostname.c", ["set"], QUICK,
         dict(status=BLOCKED, syscall="sethostname")),
        ("network_only_lo", "netif.c", [], QUICK,
         dict(status="exited", exit_code=0, done=True, check=check_only_lo_down)),
        # Writing.
        ("write_outside_the_box", "write_outside.c", [], QUICK,
         dict(status="exited", exit_code=0, done=True)),
        # The box's size bound (256 MiB) stops them, under a larger memory limit.
        ("fill_box_disk", "fill_disk.c", ["box"], ["--time-limit", "5000", "--memory-limit", "512"],
         dict(status="exited", exit_code=0, done=True,
              check=lambda r: wrote_at_most(r, 256, "No space left on device"))),
        ("fill_dev_shm", "fill_disk.c", ["shm"], ["--time-limit", "5000", "--memory-limit", "512"],
         dict(status="exited", exit_code=0, done=True,
              check=lambda r: wrote_at_most(r, 256, "No space left on device"))),
        # What a run keeps in files of the box is memory: 200 MB there under 16 MiB.
        ("tmp_files_are_memory", "tmp_hoard.c", ["200"],
         ["--time-limit", "5000", "--memory-limit", "16"],
         dict(status="memory limit", memory_kb=(16 * 1024, None))),
        ("tmp_files_within_the_limit", "tmp_hoard.c", ["20"],
         ["--time-limit", "5000", "--memory-limit", "64"],
         dict(status="exited", exit_code=0, done=True, out_has=[r"^HOARDED 20 MiB$"],
              memory_kb=(20 * 1024, 64 * 1024))),
        ("fill_one_file", "fill_disk.c", ["one"], ["--time-limit", "5000", "--output-limit", "8"],
         dict(status="output limit", signal="SIGXFSZ")),
        ("memfd_hoard", "memfd_hoard.c", ["24"], ["--time-limit", "5000", "--memory-limit", "64"],
         dict(status={"memory limit", "exited", "blocked syscall"},
              check=lambda r: hoarded_at_most(r, 64))),
        # IPC.
        ("sysv_shmget", "sysv_ipc.c", ["shm"], QUICK, dict(status=BLOCKED, syscall="shmget")),
        ("sysv_semget", "sysv_ipc.c", ["sem"], QUICK, dict(status=BLOCKED, syscall="semget")),
        ("sysv_msgget", "sysv_ipc.c", ["msg"], QUICK, dict(status=BLOCKED, syscall="msgget")),
        ("posix_mq_open", "sysv_ipc.c", ["mq"], QUICK,
         dict(status=BLOCKED, syscall="mq_open")),
        # Output.
        ("flood_stdout", "flood.c", ["stdout"], QUICK + ["--output-limit", "1"],
         dict(status="output limit", check=lambda r: file_at_most(r.out_path, 1 << 20))),
        # stderr never decides the result: its first 64 KiB are kept, the rest dropped.
        ("flood_stderr", "flood.c", ["stderr"], CPU_BOUND + ["--output-limit", "1"],
         dict(status={"time limit", "exited"}, check=lambda r: file_at_most(r.err_path, 64 << 10))),
        ("flood_stdout_ignoring_sigxfsz", "flood.c", ["stdout", "ignore"],
         QUICK + ["--output-limit", "1"],
         dict(status="output limit", check=lambda r: file_at_most(r.out_path, 1 << 20))),
        ("flood_stderr_ignoring_sigxfsz", "flood.c", ["stderr", "ignore"],
         CPU_BOUND + ["--output-limit", "1"],
         dict(status={"time limit", "exited"}, check=lambda r: file_at_most(r.err_path, 64 << 10))),
        # The captures are append-only: no truncating, no seeking back, every byte counts.
        ("stdout_is_not_storage", "output_storage.c", ["stdout", "40"],
         ["--time-limit", "5000", "--output-limit", "64"],
         dict(status="output limit", check=lambda r: file_at_most(r.out_path, 64 << 20))),
        ("stderr_is_not_storage", "output_storage.c", ["stderr", "40"],
         ["--time-limit", "5000", "--output-limit", "64"],
         dict(status="exited", exit_code=0, done=True, out_has=[r"^ANSWER 42$"],
              check=lambda r: file_at_most(r.err_path, 64 << 10))),
        ("stdout_storage_small", "output_storage.c", ["stdout", "1"],
         ["--time-limit", "5000", "--output-limit", "64"],
         dict(status="exited", exit_code=0, done=True,
              check=lambda r: [] if r.get("output_bytes", 0) > 2 << 20 else [
                  "output_bytes %s: the first MiB was not kept" % r.get("output_bytes")])),
        # Pipe buffers stay at their default size.
        ("pipe_buffers_bounded", "pipe_hoard.c", [], QUICK + ["--memory-limit", "16"],
         dict(status="exited", exit_code=0, done=True,
              check=lambda r: piped_at_most(r, 4096))),
        # A static array larger than the limit: the image cannot be loaded. Memory, not RE.
        ("static_array_over_limit", "static_array.c", [], QUICK + ["--memory-limit", "256"],
         dict(status="memory limit")),
        ("static_array_within_limit", "static_array.c", [], QUICK + ["--memory-limit", "1024"],
         dict(status="exited", exit_code=0)),
        # CPU and memory.
        ("cpu_burning_threads", "cpu_threads.c", ["2"], CPU_BOUND,
         dict(status="time limit", time_ms=(1000, 1400), check=threads_in_parallel,
              retries=2)),
        ("ignores_sigxcpu_sigterm", "ignore_signals.c", [], CPU_BOUND,
         dict(status="time limit", time_ms=(1000, 1400))),
        ("raise_own_rlimits", "raise_rlimits.c", ["raise"], QUICK,
         dict(status="exited", exit_code=0, done=True, out_has=[r"^OK RLIMIT_AS: ",
                                                                r"^OK RLIMIT_CPU: "])),
        ("prlimit_on_keeper", "raise_rlimits.c", ["prlimit1"], QUICK,
         dict(status=BLOCKED, syscall="prlimit64")),
        ("memory_hog", "memory_hog.c", [], QUICK + ["--memory-limit", "64"],
         dict(status="memory limit")),
        ("million_deep_recursion", "deep_recursion.c", ["1000000"],
         QUICK + ["--memory-limit", "256"],
         dict(status="exited", exit_code=0, done=True, out_has=[r"^RESULT \d+$"])),
        # The keeper and the judge.
        ("ptrace_parent", "ptrace_parent.c", [], QUICK, dict(status=BLOCKED, syscall="ptrace")),
        ("kill_parent", "kill_parent.c", ["parent"], QUICK,
         dict(status="exited", exit_code=0, done=True)),
        ("kill_minus_one", "kill_parent.c", ["all"], QUICK,
         dict(status="exited", exit_code=0, done=True)),
        ("kill_minus_one_from_child", "kill_parent.c", ["from-child"], QUICK + compiler,
         dict(status="signaled", signal="SIGKILL")),
        # Namespaces, mounts, kernel interfaces.
        ("unshare", "unshare_mount.c", ["unshare"], QUICK,
         dict(status=BLOCKED, syscall="unshare")),
        ("mount", "unshare_mount.c", ["mount"], QUICK, dict(status=BLOCKED, syscall="mount")),
        ("fsopen", "unshare_mount.c", ["mount-api"], QUICK,
         dict(status=BLOCKED, syscall="fsopen")),
        ("clone_newuser_compiler", "unshare_mount.c", ["clone"], QUICK + compiler,
         dict(status=BLOCKED, syscall="clone")),
        ("io_uring_setup", "io_uring.c", [], QUICK,
         dict(status=BLOCKED, syscall="io_uring_setup")),
        ("tiocsti", "tiocsti.c", [], QUICK, dict(status=BLOCKED, syscall="ioctl")),
        ("x32_syscall", "foreign_abi.c", ["x32"], QUICK,
         dict(status={"signaled", BLOCKED}, check=killed_not_executed)),
        ("int80_i386_syscall", "foreign_abi.c", ["int80"], QUICK,
         dict(status={"signaled", BLOCKED}, check=killed_not_executed)),
    ]
    for call in ("sendto", "recvmsg", "setsockopt", "getsockname", "connect", "bind"):
        table.append(("socket_call_" + call, "socket_calls.c", [call], QUICK,
                      dict(status=BLOCKED, syscall=call)))
    table += [
        ("connect_loopback_python", "connect.py", [port], QUICK,
         dict(status=BLOCKED, syscall="socket", out_has=[r"^OK unix socket"])),
        ("network_python", "netif.py", [], QUICK,
         dict(status=BLOCKED, syscall="socket",
              check=lambda r: [] if set(r.lines("NETDEV")) <= {"lo"}
              else ["interfaces besides lo: %s" % r.lines("NETDEV")])),
        ("python_looks_around", "escape.py", [h.secret], QUICK,
         dict(status=BLOCKED, syscall="clone", out_has=[r"^OK /box is writable"])),
    ]
    return table


def declare_attacks(h, names=None):
    """The table's cases, or those of them named in `names`."""
    table = attack_table(h)
    unknown = set(names or ()) - {row[0] for row in table}
    if unknown:
        raise ValueError("no such attack: %s" % ", ".join(sorted(unknown)))
    for name, source, args, opts, expect in table:
        if names is not None and name not in names:
            continue
        h.attack(name, source, args, opts, expect=expect, python=source.endswith(".py"),
                 disk=name.startswith("fill_") or name == "memfd_hoard")


# ---- checks on what a program printed ----

def wrote_at_most(run, mib, error):
    lines = run.lines("WROTE")
    if not lines:
        return ["no WROTE line"]
    got = int(lines[0].split()[0])
    problems = []
    if got > mib:
        problems.append("wrote %d MiB, more than the %d MiB bound" % (got, mib))
    if error not in lines[0]:
        problems.append("stopped by %r, expected %r" % (lines[0], error))
    return problems


def hoarded_at_most(run, mib):
    lines = run.lines("HOARDED")
    if run.get("status") == "memory limit":
        return []
    if run.get("status") == "blocked syscall":
        return [] if run.get("syscall") == "memfd_create" else [
            "blocked at %s, not memfd_create" % run.get("syscall")]
    if not lines:
        return ["no HOARDED line"]
    got = int(lines[0].split()[0])
    if got > mib:
        return ["kept %d MiB in memfds under a %d MiB memory limit (reported memory %s KiB)" % (
            got, mib, run.get("memory_kb"))]
    return []


def piped_at_most(run, kib):
    lines = run.lines("PIPED")
    if not lines:
        return ["no PIPED line"]
    got = int(lines[0].split()[0])
    return [] if got <= kib else ["kept %d KiB in pipe buffers, more than %d" % (got, kib)]


def file_at_most(path, size):
    try:
        actual = os.stat(path).st_size
    except OSError as e:
        return ["%s: %s" % (path, e.strerror)]
    return [] if actual <= size else ["%s grew to %d bytes (limit %d)" % (path, actual, size)]


def threads_in_parallel(run):
    """Two threads burning on two CPUs reach a 1 s CPU limit in about 0.5 s of wall time:
    the limit counts the whole process. Unless others kept the CPUs busy meanwhile, and
    then the wall time proves nothing."""
    wall = run.get("wall_ms")
    if wall is not None and wall < 1000:
        return []
    if (os.cpu_count() or 1) < 2:
        return ["note: one CPU: wall time not checked"]
    busy = run.others_cpu_fraction()
    if busy > 0.2:
        return ["note: others used %d%% of the CPUs meanwhile: wall time not checked" % (
            busy * 100)]
    return ["wall time %s ms: the threads' CPU time was not counted together" % wall]


_I386_ABI = None


def kernel_has_i386_abi():
    """Whether this kernel runs i386 system calls at all: one that was built or booted
    without them (CONFIG_IA32_EMULATION off, ia32_emulation=0) answers int 0x80 with a
    general protection fault, SIGSEGV, before any filter sees it. Asked once, outside any
    sandbox, with a harmless getpid."""
    global _I386_ABI
    if _I386_ABI is None:
        import tempfile
        with tempfile.TemporaryDirectory() as d:
            src, exe = os.path.join(d, "probe.c"), os.path.join(d, "probe")
            with open(src, "w") as f:
                f.write('int main(void) { long r; __asm__ volatile("int $0x80" : "=a"(r) '
                        ': "a"(20L)); return r > 0 ? 0 : 1; }\n')
            subprocess.run(["gcc", "-o", exe, src], check=True)
            _I386_ABI = subprocess.run([exe]).returncode != -signal.SIGSEGV
    return _I386_ABI


def killed_not_executed(run):
    problems = []
    sig = run.get("signal")
    if run.get("status") == "signaled" and sig != "SIGSYS" and not (
            sig == "SIGSEGV" and "int 0x80" in run.out and not kernel_has_i386_abi()):
        problems.append("killed by %s, expected SIGSYS" % sig)
    if "TRYING" not in run.out:
        problems.append("the program did not get to its attempt")
    return problems


def check_only_lo_down(run):
    problems = []
    mine = os.readlink("/proc/self/ns/net")
    theirs = [l.strip() for l in run.lines("NETNS")]
    if theirs != [] and mine in theirs:
        problems.append("the run is in the host's network namespace (%s)" % mine)
    if not theirs:
        problems.append("the run did not say which network namespace it is in")
    # The other namespaces too: none of them the host's.
    said = dict(l.split(None, 1) for l in run.lines("NSID") if " " in l)
    for kind in ("ipc", "uts", "mnt", "pid"):
        if kind not in said:
            problems.append("the run did not say which %s namespace it is in" % kind)
        elif said[kind].strip() == os.readlink("/proc/self/ns/" + kind):
            problems.append("the run is in the host's %s namespace" % kind)
    names = [l.split(":")[0].strip() for l in run.lines("NETDEV") if ":" in l]
    if not names:
        problems.append("/proc/self/net/dev listed no interface")
    if set(names) - {"lo"}:
        problems.append("interfaces besides lo: %s" % names)
    # With lo down the local routing table is empty; up, it routes 127.0.0.1.
    if any(l.startswith("/proc/self/net/fib_trie") for l in run.lines("NOTE")):
        problems.append("cannot tell whether lo is down: /proc/self/net/fib_trie unreadable")
    if any("127.0.0.1" in l for l in run.lines("FIB")):
        problems.append("127.0.0.1 is routed: lo is up")
    listening = [l for l in run.lines("TCP") + run.lines("TCP6") if " 0A " in l]
    if listening:
        problems.append("listening sockets visible: %s" % listening)
    return problems


# ---- cases that need more than a table row ----

def case_program_in_place(h):
    """`judge exec` shows a program everyone may run as the host's file itself, bound
    read-only at /prog/<name> (no copy), and copies one only its owner may run: in neither
    can the run change, replace or remove it, and the host's file stays as it was."""
    def go():
        shown = h.build("self_write.c")
        private = shown + "-private"
        shutil.copy(shown, private)
        os.chmod(private, 0o700)
        problems, said = [], []
        for prog, in_place in ((shown, True), (private, False)):
            sha, ino = _sha(prog), os.stat(prog).st_ino
            before = h.snapshot()
            run = h.exec("program_in_place", prog, opts=QUICK)
            problems += check_result(run, dict(status="exited", exit_code=0, done=True),
                                     h.canary_value)
            problems += h.host_problems(before, run)
            inodes = run.lines("INO")
            if (inodes == [str(ino)]) != in_place:
                problems.append("%s (mode %o) was %s, expected %s (inode %s in the box, %d "
                                "on the host)" % (os.path.basename(prog),
                                                  os.stat(prog).st_mode & 0o777,
                                                  "shown in place" if not in_place else "copied",
                                                  "shown in place" if in_place else "a copy",
                                                  inodes, ino))
            if _sha(prog) != sha:
                problems.append("the host's %s changed" % os.path.basename(prog))
            said.append(run.summary())
        return problems, "; ".join(said)
    h.case("program_in_place", go)


def case_inherited_fds(h):
    """Descriptors the judge inherits without close-on-exec must not reach the run."""
    def go():
        fd = os.open(os.path.join(h.canary, "inherited.txt"), os.O_RDWR)
        extra = []
        try:
            for target in (7, 42, 200):
                os.dup2(fd, target, inheritable=True)
                extra.append(target)
            before = h.snapshot()
            run = h.exec("inherited_fds", h.build("inherited_fds.c"), opts=QUICK,
                         pass_fds=tuple(extra))
        finally:
            for target in extra:
                os.close(target)
            os.close(fd)
        problems = check_result(run, dict(status="exited", exit_code=0, done=True),
                                h.canary_value)
        return problems + h.host_problems(before, run), run.summary()
    h.case("inherited_fds", go)


def case_stdout_symlinks(h):
    """Symlinks named like output files: --stdout FILE gets exactly fd 1's bytes, and the
    run writes nowhere else (the host check watches /etc/shadow)."""
    def go():
        before = h.snapshot()
        run = h.exec("output_symlinks", h.build("output_symlink.c"), opts=QUICK)
        problems = check_result(run, dict(status="exited", exit_code=0), h.canary_value)
        if run.out != "payload-1\n":
            problems.append("--stdout file holds %r, expected only 'payload-1'" % run.out[:80])
        if os.path.islink(run.out_path) or not os.path.isfile(run.out_path):
            problems.append("--stdout file is no longer a regular file")
        extra = set(os.listdir(os.path.dirname(run.out_path))) - {"stdout", "stderr"}
        if extra:
            problems.append("the output directory gained %s" % sorted(extra))
        return problems + h.host_problems(before, run), run.summary()
    h.case("output_symlinks", go)


def case_host_files_through_fds(h):
    """The run's stdin and stdout are host files, owned by whoever runs the judge: it may
    read the one and write the other, and nothing more (the input sits in the canary
    directory, which the host check watches)."""
    def go():
        inp = os.path.join(h.canary, "input.txt")
        with open(inp, "w") as f:
            f.write("3 4\n")
        os.chmod(inp, 0o644)
        if h.as_user is not None:
            os.chown(inp, h.as_user, h.as_user)
        before = h.snapshot()
        run = h.exec("host_files_through_fds", h.build("stdin_reopen.c"),
                     opts=QUICK + ["--stdin", inp])
        problems = check_result(run, dict(status="exited", exit_code=0, done=True),
                                h.canary_value)
        mode = os.stat(run.out_path).st_mode & 0o7777
        if mode != 0o644:
            problems.append("the --stdout file's mode became %o" % mode)
        mode = os.stat(inp).st_mode & 0o7777
        if mode != 0o644:
            problems.append("the --stdin file's mode became %o" % mode)
        problems += h.host_problems(before, run)
        try:
            with open(inp) as f:
                content = f.read()
        except OSError as e:
            content = e.strerror
        if content != "3 4\n":
            problems.append("the input file now holds %r" % content[:40])
        os.unlink(inp)
        return problems, run.summary()
    h.case("host_files_through_fds", go)


def case_input_owned_by_run_uid(h):
    """A test input owned by the run's own uid (as after unpacking an archive into the
    box's range of uids): the run must still get it read-only. The uid a box runs as is the
    first free slot's; a first run tells which, and the input is then given to that uid."""
    def go():
        prog = h.build("stdin_reopen.c")
        inp = os.path.join(h.canary, "owned-input.txt")
        problems, run = [], None
        for attempt in range(5):
            probe = h.exec("input_owned_probe", prog, opts=QUICK)
            if probe.uid is None:
                return ["the probe run did not say its uid"], probe.summary()
            with open(inp, "w") as f:
                f.write("3 4\n")
            os.chown(inp, probe.uid, probe.uid)
            os.chmod(inp, 0o644)
            before = h.snapshot()
            run = h.exec("input_owned_by_run_uid", prog, opts=QUICK + ["--stdin", inp])
            if run.uid == probe.uid:
                break
            run = None  # another box took the slot meanwhile: try again
        if run is None:
            return ["could not run twice as the same uid"], "no run"
        problems = check_result(run, dict(status="exited", exit_code=0, done=True),
                                h.canary_value)
        problems += h.host_problems(before, run)
        with open(inp) as f:
            content = f.read()
        if content != "3 4\n":
            problems.append("the input owned by uid %d now holds %r" % (run.uid, content[:40]))
        if os.stat(inp).st_mode & 0o7777 != 0o644:
            problems.append("the input's mode became %o" % (os.stat(inp).st_mode & 0o7777))
        os.unlink(inp)
        return problems, run.summary()
    h.case("input_owned_by_run_uid", go)


def children_of(pid):
    try:
        with open("/proc/%d/task/%d/children" % (pid, pid)) as f:
            return [int(x) for x in f.read().split()]
    except OSError:
        return []


def keeper_status(pid):
    """The signal state in /proc/PID/status: the masks as integers ("SigBlk"...), and
    "SigQ", the signals queued for the process's user."""
    state = {}
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            key, _, value = line.partition(":")
            if key in ("SigBlk", "SigIgn", "SigCgt"):
                state[key] = int(value.strip(), 16)
            elif key == "SigQ":
                state[key] = int(value.strip().split("/")[0])
    return state


def case_signal_state(h):
    """The judge's caller ignores SIGPIPE and SIGUSR1 and blocks SIGUSR2, and the judge has
    handlers of its own: none of it may reach a run (an ignored SIGPIPE would let a program
    write on into a closed pipe), and none of the judge's handlers may run in the keeper:
    once the box is set up, it handles and ignores no signal and blocks only SIGCHLD (its
    signalfd's). The run then sends the keeper 10,000 real-time signals: refused as root,
    dropped by PID 1 in a user namespace, never queued (they would count against the
    judge's user's quota of pending signals, machine-wide)."""
    def preexec():
        for sig in (signal.SIGPIPE, signal.SIGUSR1, signal.SIGINT):
            signal.signal(sig, signal.SIG_IGN)
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGUSR2, signal.SIGALRM})

    def attempt():
        """One run; its stdin a pipe of its own, written once the keeper has been read."""
        keeper_state = {}
        release_r, release_w = os.pipe()

        def look_at_keeper(proc, run):
            # Once the run waits on its stdin, after its signals: the box is set up.
            try:
                deadline = time.monotonic() + 30
                while time.monotonic() < deadline and proc.poll() is None and not keeper_state:
                    for keeper in children_of(proc.pid):
                        for child in children_of(keeper):
                            try:
                                with open("/proc/%d/stat" % child) as f:
                                    stat = f.read()
                                # "pid (comm) state ...": the binary is signal_state-TOKEN,
                                # and it sleeps only in its read of stdin
                                name = stat[stat.index("(") + 1:stat.rindex(")")]
                                state = stat[stat.rindex(")") + 2]
                                if name.startswith("signal_state") and state == "S":
                                    keeper_state.update(keeper_status(keeper))
                            except OSError:
                                pass
                    time.sleep(0.02)
            finally:
                os.write(release_w, b"x")
                os.close(release_w)

        try:
            run = h.exec("signal_state", h.build("signal_state.c"), [],
                         ["--time-limit", "1000", "--wall-limit", "30000"],
                         stdin=release_r, on_start=look_at_keeper, preexec=preexec, retry=False)
        finally:
            os.close(release_r)
        return run, keeper_state

    def go():
        before = h.snapshot()
        for _ in range(3):  # as h.exec does when the box could not be set up
            run, keeper_state = attempt()
            if not (h.retry_box_setup and box_setup_failed(run)):
                break
        problems = check_result(run, dict(status="exited", exit_code=0, done=True),
                                h.canary_value)
        # Where the run has the keeper's uid (a user namespace), the flood must be sent.
        if h.as_user is not None and "sent the keeper 10000 " not in run.out:
            problems.append("the run could not send the keeper its signals: %r" %
                            run.lines("NOTE"))
        if not keeper_state:
            problems.append("could not read the keeper's signal state while the run waited")
        else:
            if keeper_state["SigCgt"] or keeper_state["SigIgn"]:
                problems.append("the keeper handles %#x and ignores %#x (expected neither)" %
                                (keeper_state["SigCgt"], keeper_state["SigIgn"]))
            if keeper_state["SigBlk"] != 1 << (signal.SIGCHLD - 1):
                problems.append("the keeper blocks %#x, expected SIGCHLD alone (%#x)" %
                                (keeper_state["SigBlk"], 1 << (signal.SIGCHLD - 1)))
            if keeper_state["SigQ"] >= 1000:
                problems.append("%d signals queued for the keeper's user after the run's "
                                "flood" % keeper_state["SigQ"])
        detail = "%s; keeper %s" % (run.summary(), {k: hex(v) if k != "SigQ" else v
                                                    for k, v in keeper_state.items()})
        return problems + h.host_problems(before, run), detail
    h.case("signal_state", go)


def case_keeper_stopped(h):
    """The box's keeper stops answering (here: stopped by a signal) while a run is under
    way: the judge gives it up at a deadline derived from the limits and reports a sandbox
    error, instead of waiting forever."""
    def go():
        prog = h.build("sleep_forever.c")

        def stop_keeper(proc, run):
            deadline = time.monotonic() + 5
            while time.monotonic() < deadline and proc.poll() is None:
                kids = children_of(proc.pid)
                if kids:
                    time.sleep(0.3)  # let the run start
                    for k in kids:
                        try:
                            os.kill(k, signal.SIGSTOP)
                        except ProcessLookupError:
                            pass
                    return
                time.sleep(0.02)

        run = h.exec("keeper_stopped", prog, [],
                     ["--time-limit", "500", "--wall-limit", "1000"], on_start=stop_keeper,
                     timeout=90, retry=False)
        problems = []
        if run.timed_out:
            problems.append("the judge waited for the stopped keeper for %.0f s" % run.seconds)
        elif run.rc != 3:
            problems.append("exit status %s, expected 3 (the sandbox failed)" % run.rc)
        elif "deadline" not in (run.judge_stderr + json.dumps(run.result or {})):
            problems.append("the error does not say why: %r" % run.judge_stderr[:200])
        time.sleep(0.2)
        return problems + h.host_problems(h.snapshot(), run), "rc %s after %.1f s" % (
            run.rc, run.seconds)
    h.case("keeper_stopped", go)


def case_waiting_for_a_cpu(h, variant):
    """A run that is ready to run but waits for a CPU is not sleeping: the wall-time limit
    must not end it. The judge is pinned to one CPU beside three busy loops, so the run
    gets about a quarter of it: 0.6 s of CPU take about 2.4 s of wall time, well past the
    1 s wall limit. A sleeping run under the same load still meets the wall limit."""
    def go():
        if not hasattr(os, "sched_setaffinity"):
            return [], "no sched_setaffinity"
        cpu = sorted(os.sched_getaffinity(0))[0]
        # Each in a session of its own: the scheduler groups by session (autogroup).
        hogs = [subprocess.Popen(["taskset", "-c", str(cpu), "sh", "-c", "while :; do :; done"],
                                 start_new_session=True)
                for _ in range(3)]
        try:
            time.sleep(0.2)
            if variant == "busy":
                prog, args = h.build("acc_cpu.c"), ["600"]
                expect = dict(status="exited", exit_code=0, time_ms=(500, 800))
            else:
                prog, args = h.build("sleep_forever.c"), []
                expect = dict(status="wall limit", time_ms=(None, 100))
            opts = ["--time-limit", "3000", "--wall-limit", "1000"]
            run = h.exec("waiting_for_a_cpu_" + variant, prog, args, opts,
                         pinned_cpu=cpu)
        finally:
            for p in hogs:
                p.kill()
                p.wait()
        problems = check_result(run, expect, h.canary_value)
        detail = run.summary()
        if variant == "busy" and (run.get("wall_ms") or 0) < 1000:
            detail += " (note: it got more of the CPU than planned, so this proved little)"
        return problems, detail
    h.case("waiting_for_a_cpu_" + variant, go)


def case_cp_in_compiler_profile(h):
    """A package's build script copies a file with coreutils' cp, which tries to clone the
    file's extents (ioctl FICLONE) first: refused with EOPNOTSUPP, cp copies, the run goes on."""
    def go():
        before = h.snapshot()
        run = h.exec("cp_in_compiler_profile", "/bin/sh",
                     ["-c", "echo copied > /box/a && cp /box/a /box/b && cat /box/b"],
                     QUICK + ["--profile", "compiler"], with_token=False)
        problems = check_result(run, dict(status="exited", exit_code=0, out_has=[r"^copied$"]),
                                h.canary_value)
        return problems + h.host_problems(before, run), run.summary()
    h.case("cp_in_compiler_profile", go)


def case_tiocsti_pty(h, variant):
    """The judge on a terminal: stdin a pty (the run then gets /dev/null), or --stdout the
    pty itself. TIOCSTI is stopped, and nothing reaches the terminal's input queue."""
    def go():
        master, slave = pty.openpty()
        tty.setraw(slave)  # injected bytes would be readable at once, no line needed
        try:
            before = h.snapshot()
            if variant == "stdin":
                run = h.exec("tiocsti_pty_stdin", h.build("tiocsti.c"), opts=QUICK, stdin=slave)
            else:
                slave_path = os.ttyname(slave)
                if h.as_user is not None:
                    os.chown(slave_path, h.as_user, -1)
                run = h.exec("tiocsti_pty_stdout", h.build("tiocsti.c"), opts=QUICK,
                             stdout_path=slave_path)
                run.out = drain(master)
                run.parse_id()
            problems = check_result(run, dict(status=BLOCKED, syscall="ioctl"), h.canary_value)
            pending = fcntl.ioctl(slave, termios.FIONREAD, b"\0\0\0\0")
            pending = int.from_bytes(pending, sys.byteorder)
            if pending:
                problems.append("%d bytes were injected into the terminal's input: %r" % (
                    pending, os.read(slave, pending)))
            return problems + h.host_problems(before, run), run.summary()
        finally:
            os.close(master)
            os.close(slave)
    h.case("tiocsti_pty_" + variant, go)


def drain(fd):
    data = b""
    while select.select([fd], [], [], 0.05)[0]:
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        data += chunk
    return data.decode("utf-8", "replace").replace("\r\n", "\n")


def case_stdin_directory(h, variant):
    """A directory of the host as the run's stdin (--stdin DIR, or the judge's own stdin
    redirected from one) is a descriptor outside the mount view. Either the judge refuses
    it (exit 2, one line) or the run cannot use it to create or read host files."""
    def go():
        prog = h.build("stdin_dir.c")
        before = h.snapshot()
        if variant == "option":
            run = h.exec("stdin_directory_option", prog, opts=QUICK + ["--stdin", "/var/tmp"])
        else:
            dfd = os.open("/var/tmp", os.O_RDONLY | os.O_DIRECTORY)
            try:
                run = h.exec("stdin_directory_redirect", prog, opts=QUICK, stdin=dfd)
            finally:
                os.close(dfd)
        if run.rc == 2 and run.result is None:
            problems = one_line_error(run.judge_stderr)
        else:
            problems = check_result(run, dict(status="exited", exit_code=0, done=True),
                                    h.canary_value)
        return problems + h.host_problems(before, run), run.summary()
    h.case("stdin_directory_" + variant, go)


def case_judge_killed(h):
    """The judge dies (SIGKILL) while a run with a daemon and a busy child is under way:
    the keeper dies with it and takes the whole box along."""
    def go():
        prog = h.build("daemon.c")
        before = h.snapshot()

        # As root the run writes straight into the --stdout file, so its READY can be waited
        # for; as an ordinary user the judge captures output until the end (the run shares
        # the user's uid and must not hold the user's files), so give it a moment instead.
        streaming = h.as_user is None

        def kill_when_ready(proc, run):
            deadline = time.monotonic() + (5 if streaming else 1.5)
            while time.monotonic() < deadline and proc.poll() is None:
                try:
                    with open(run.out_path) as f:
                        if "READY" in f.read():
                            break
                except OSError:
                    pass
                time.sleep(0.02)
            if proc.poll() is None:
                os.kill(proc.pid, 9)  # the judge we started

        run = h.exec("judge_killed_mid_run", prog, ["stay"],
                     ["--time-limit", "5000", "--wall-limit", "10000", "--profile", "compiler"],
                     on_start=kill_when_ready)
        problems = []
        if streaming and "READY" not in run.out:
            problems.append("the program never got ready")
        if run.rc != -9:
            problems.append("the judge ended with %s, not by our SIGKILL" % run.rc)
        time.sleep(0.2)  # the kernel tears the namespace down after the keeper dies
        return problems + h.host_problems(before, run), "judge killed, rc %s" % run.rc
    h.case("judge_killed_mid_run", go)


# ---- bad input ----

def one_line_error(stderr):
    lines = stderr.strip("\n").split("\n") if stderr.strip() else []
    if len(lines) != 1:
        return ["stderr has %d lines, expected one error line: %r" % (len(lines), stderr[:300])]
    if not lines[0].startswith("judge: "):
        return ["the error line does not start with 'judge: ': %r" % lines[0]]
    return []


def declare_bad_input(h, unreadable_stdin, names=None):
    """Each must end at once with one line on stderr, exit status 2, nothing left behind."""
    hello = h.build("acc_exit.c")
    text = os.path.join(h.bin, "not-a-program-%s.txt" % h.token)
    with open(text, "w") as f:
        f.write("just text, no #! line\n")
    os.chmod(text, 0o755)
    cases = [
        ("bad_input_missing_program", ["exec", "--", os.path.join(h.bin, "no-such-program")]),
        ("bad_input_missing_program_in_path", ["exec", "--", "no-such-program-%s" % h.token]),
        ("bad_input_missing_system_program", ["exec", "--", "/usr/bin/no-such-%s" % h.token]),
        ("bad_input_not_executable", ["exec", "--", text]),
        ("bad_input_program_is_a_directory", ["exec", "--", h.py]),
        ("bad_input_unreadable_stdin", ["exec", "--stdin", unreadable_stdin, "--", hello]),
        ("bad_input_negative_time_limit", ["exec", "--time-limit", "-5", "--", hello]),
        ("bad_input_zero_wall_limit", ["exec", "--wall-limit", "0", "--", hello]),
        ("bad_input_absurd_memory_limit", ["exec", "--memory-limit", "999999999", "--", hello]),
        ("bad_input_not_a_number", ["exec", "--time-limit", "1s", "--", hello]),
        ("bad_input_unknown_profile", ["exec", "--profile", "bogus", "--", hello]),
        ("bad_input_no_program", ["exec", "--time-limit", "1000"]),
    ]
    unknown = set(names or ()) - {name for name, _ in cases}
    if unknown:
        raise ValueError("no such bad-input case: %s" % ", ".join(sorted(unknown)))
    for name, args in cases:
        if names is not None and name not in names:
            continue

        def go(args=args, name=name):
            before = h.snapshot()
            rc, out, err, timed_out = h.plain(args, timeout=10)
            run = Run()  # nothing ran: the host checks look for the token only
            problems = []
            if timed_out:
                problems.append("the judge hung (killed after 10 s)")
            elif rc != 2:
                problems.append("exit status %s, expected 2" % rc)
            if not timed_out:
                problems += one_line_error(err)
            if out.strip():
                problems.append("stdout not empty: %r" % out[:200])
            problems += h.host_problems(before, run)
            first = (err.strip().splitlines() or ["(nothing)"])[0]
            return problems, "rc %s: %s" % (rc, first[:120])
        h.case(name, go)


def main():
    if os.geteuid() != 0:
        sys.exit("adversarial.py runs as root (nonroot.py covers the unprivileged judge)")
    h = Harness("adversarial", __doc__)
    declare_attacks(h)
    case_inherited_fds(h)
    case_signal_state(h)
    case_program_in_place(h)
    case_stdout_symlinks(h)
    case_host_files_through_fds(h)
    case_tiocsti_pty(h, "stdin")
    case_tiocsti_pty(h, "stdout")
    case_stdin_directory(h, "option")
    case_stdin_directory(h, "redirect")
    case_judge_killed(h)
    case_input_owned_by_run_uid(h)
    case_cp_in_compiler_profile(h)
    case_keeper_stopped(h)
    case_waiting_for_a_cpu(h, "busy")
    case_waiting_for_a_cpu(h, "sleeping")
    declare_bad_input(h, os.path.join(h.work, "no-such-input.txt"))
    return h.finish()


if __name__ == "__main__":
    sys.exit(main())
