# netif.py: what a Python program sees of the network: /proc/self/net/dev must list only lo,
# and asking the kernel through a socket is a blocked call.
import os
import socket


def say(*words):
    print(*words, flush=True)


say("SBXID", f"uid={os.getuid()}", "ns=" + os.readlink("/proc/self/ns/pid"))
try:
    with open("/proc/self/net/dev") as f:
        for line in f.read().splitlines()[2:]:
            say("NETDEV", line.split(":")[0].strip())
except OSError as e:
    say("NOTE /proc/self/net/dev:", e)
say("TRYING socket(AF_INET, SOCK_DGRAM)")
try:
    socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    say("BREACH inet socket created")
except OSError as e:
    say("OK socket:", e)
say("DONE")
