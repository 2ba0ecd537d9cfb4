# Stack of days still waiting for a warmer one; a warmer day resolves everything colder on top.
# O(n).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    t = list(map(int, data[1:1 + n]))
    ans = [0] * n
    st = []
    for i in range(n):
        x = t[i]
        while st and t[st[-1]] < x:
            j = st.pop()
            ans[j] = i - j
        st.append(i)
    sys.stdout.write(" ".join(map(str, ans)) + "\n")


main()
