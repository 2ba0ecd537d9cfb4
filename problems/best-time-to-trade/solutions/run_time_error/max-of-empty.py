# CRASHES: takes max() over the sale days 1..n-1, which is an empty sequence when n == 1
# (ValueError).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    p = list(map(int, data[1:1 + n]))
    pre = p[:]
    for i in range(1, n):
        pre[i] = min(pre[i - 1], p[i])
    print(max(0, max(p[j] - pre[j - 1] for j in range(1, n))))


main()
