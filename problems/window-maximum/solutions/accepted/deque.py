# Monotonic deque of indices with decreasing values; the front is the window maximum. O(n).
import sys
from collections import deque


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    dq = deque()
    out = []
    for i in range(n):
        x = a[i]
        while dq and a[dq[-1]] <= x:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(a[dq[0]])
    sys.stdout.write(" ".join(map(str, out)) + "\n")


main()
