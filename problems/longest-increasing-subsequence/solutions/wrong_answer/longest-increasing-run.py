# WRONG: finds the longest increasing run of consecutive elements (a subarray), not a
# subsequence that may skip elements.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    best = run = 1
    for i in range(1, n):
        run = run + 1 if a[i] > a[i - 1] else 1
        best = max(best, run)
    print(best)


main()
