# escape.py: a Python program looking around: the judge's environment, other processes, the
# host's files, writing outside the box, starting a process. argv[1]: the host path of a
# secret the driver keeps next to this script's directory.
import os
import sys


def say(*words):
    print(*words, flush=True)


say("SBXID", f"uid={os.getuid()}", "ns=" + os.readlink("/proc/self/ns/pid"))
for k, v in os.environ.items():
    if "SBX_JUDGE_CANARY" in k or "SBX_JUDGE_CANARY" in v:
        say("BREACH environ holds", k)
others = [p for p in os.listdir("/proc") if p.isdigit() and int(p) != os.getpid()]
if others:
    say("BREACH /proc shows", others)
else:
    say("OK /proc shows only this process")
for path in [sys.argv[1], "/etc/shadow", "/etc/passwd", "/root"]:
    try:
        with open(path) as f:
            say("BREACH read", path, f.read(40))
    except OSError as e:
        say("OK", path, e.strerror)
token = os.environ.get("SBX_TOKEN", "sbx-no-token")
for d in ["/etc", "/usr", "/prog", os.path.dirname(os.path.abspath(__file__))]:
    try:
        with open(os.path.join(d, token), "w") as f:
            f.write("x")
        say("BREACH wrote in", d)
    except OSError as e:
        say("OK write in", d, e.strerror)
with open("/box/" + token, "w") as f:
    f.write("allowed")
say("OK /box is writable")
say("TRYING fork")
pid = os.fork()
if pid == 0:
    os._exit(0)
say("BREACH fork worked")
