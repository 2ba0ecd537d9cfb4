# WRONG: only checks that no prefix closes more brackets of a type than it opened and that the
# counts balance, ignoring nesting order, so "([)]" is accepted.
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
        bal = {"(": 0, "[": 0, "{": 0}
        opener = {")": "(", "]": "[", "}": "{"}
        ok = True
        for c in s:
            if c in bal:
                bal[c] += 1
            else:
                bal[opener[c]] -= 1
                if bal[opener[c]] < 0:
                    ok = False
                    break
        out.append("YES" if ok and all(v == 0 for v in bal.values()) else "NO")
    sys.stdout.write("\n".join(out) + "\n")


main()
