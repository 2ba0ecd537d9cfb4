# CRASHES: top-down memoised recursion; for large amounts the recursion is far deeper than
# Python's default limit of 1000 and raises RecursionError.
import sys
from functools import lru_cache


def main():
    data = sys.stdin.read().split()
    k, amount = int(data[0]), int(data[1])
    coins = [int(x) for x in data[2:2 + k]]

    @lru_cache(maxsize=None)
    def fewest(a):
        if a == 0:
            return 0
        best = float("inf")
        for c in coins:
            if c <= a:
                best = min(best, fewest(a - c) + 1)
        return best

    answer = fewest(amount)
    print(answer if answer != float("inf") else -1)


main()
