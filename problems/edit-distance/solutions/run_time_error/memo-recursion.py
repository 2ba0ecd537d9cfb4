# CRASHES: top-down memoised recursion goes about |s| + |t| calls deep, far beyond Python's
# default recursion limit of 1000, and raises RecursionError on long strings.
import sys
from functools import lru_cache


def main():
    lines = sys.stdin.read().split("\n")
    s = lines[0].strip() if lines else ""
    t = lines[1].strip() if len(lines) > 1 else ""

    @lru_cache(maxsize=None)
    def dist(i, j):
        if i == len(s):
            return len(t) - j
        if j == len(t):
            return len(s) - i
        if s[i] == t[j]:
            return dist(i + 1, j + 1)
        return 1 + min(dist(i + 1, j), dist(i, j + 1), dist(i + 1, j + 1))

    print(dist(0, 0))


main()
