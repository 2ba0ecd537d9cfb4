# WRONG: drops the front only when its index is < i - k (should be <= i - k), so every window
# effectively holds k + 1 elements.
import sys
from collections import deque


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    dq = deque()
    out = []
    for i in range(n):
        while dq and a[dq[-1]] <= a[i]:
            dq.pop()
        dq.append(i)
        if dq[0] < i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(a[dq[0]])
    sys.stdout.write(" ".join(map(str, out)) + "\n")


main()
