# Keep the minimum price seen so far; the best sale today is today's price minus it. O(n).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    mn = None
    best = 0
    for tok in data[1:1 + n]:
        p = int(tok)
        if mn is None or p < mn:
            mn = p
        elif p - mn > best:
            best = p - mn
    print(best)


main()
