# Run-time error: the right recursion (the fewest pieces of s[start:], over every palindromic
# first piece), memoized, but its first path takes one letter at a time: as deep as the
# string is long, past Python's default recursion limit (1000) on long strings
# (RecursionError).
from functools import lru_cache


class Solution:
    def minCut(self, s):
        n = len(s)

        @lru_cache(maxsize=None)
        def pieces(start):
            if start == n:
                return 0
            best = n
            for end in range(start + 1, n + 1):
                piece = s[start:end]
                if piece == piece[::-1]:
                    best = min(best, 1 + pieces(end))
            return best

        return pieces(0) - 1
