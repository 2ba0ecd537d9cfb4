# WRONG: treats an equally warm day as warmer (pops on <= instead of <).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    t = list(map(int, data[1:1 + n]))
    ans = [0] * n
    st = []
    for i in range(n):
        while st and t[st[-1]] <= t[i]:
            j = st.pop()
            ans[j] = i - j
        st.append(i)
    sys.stdout.write(" ".join(map(str, ans)) + "\n")


main()
