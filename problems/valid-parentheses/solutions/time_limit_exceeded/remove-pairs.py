# TOO SLOW: repeatedly deletes adjacent "()", "[]", "{}" until nothing changes; O(n^2) on deeply
# nested strings (one pair disappears per round). Correct answers.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n = int(data[pos])
        pos += 1
        s = ""
        if n > 0:
            s = data[pos].decode()
            pos += 1
        while True:
            r = s.replace("()", "").replace("[]", "").replace("{}", "")
            if r == s:
                break
            s = r
        out.append("YES" if s == "" else "NO")
    sys.stdout.write("\n".join(out) + "\n")


main()
