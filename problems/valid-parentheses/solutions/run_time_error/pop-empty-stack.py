# CRASHES: pops the stack on a closing bracket without checking that it is non-empty, so a
# string like ")" or "())" raises IndexError.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    pos = 1
    match = {")": "(", "]": "[", "}": "{"}
    out = []
    for _ in range(t):
        n = int(data[pos])
        pos += 1
        s = ""
        if n > 0:
            s = data[pos].decode()
            pos += 1
        st = []
        ok = True
        for c in s:
            if c in "([{":
                st.append(c)
            elif st.pop() != match[c]:
                ok = False
                break
        out.append("YES" if ok and not st else "NO")
    sys.stdout.write("\n".join(out) + "\n")


main()
