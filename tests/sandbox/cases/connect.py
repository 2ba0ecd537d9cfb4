# connect.py: a Python program connecting to the driver's listener on 127.0.0.1 (port in
# argv[1]) under the interpreter profile. Unix sockets are refused quietly (the profile lets a
# runtime carry on); an inet socket is a blocked call. The listener must see nothing.
import os
import socket
import sys


def say(*words):
    print(*words, flush=True)


say("SBXID", f"uid={os.getuid()}", "ns=" + os.readlink("/proc/self/ns/pid"))
port = int(sys.argv[1])
try:
    socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    say("BREACH unix socket created")
except OSError as e:
    say("OK unix socket:", e.strerror)
say("TRYING socket(AF_INET)")
try:
    s = socket.create_connection(("127.0.0.1", port), timeout=1)
    say("BREACH connected to 127.0.0.1:%d" % port)
except OSError as e:
    say("OK connect:", e)
say("DONE")
