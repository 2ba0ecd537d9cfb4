# Stack of expected closing brackets. O(total length).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    pos = 1
    match = {"(": ")", "[": "]", "{": "}"}
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
            m = match.get(c)
            if m is not None:
                st.append(m)
            elif not st or st.pop() != c:
                ok = False
                break
        out.append("YES" if ok and not st else "NO")
    sys.stdout.write("\n".join(out) + "\n")


main()
