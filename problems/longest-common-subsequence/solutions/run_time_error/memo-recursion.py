# Run-time error: the right recursion, memoized, but it goes as deep as len(text1) +
# len(text2): past Python's default recursion limit (1000) on long strings (RecursionError).
from functools import lru_cache


class Solution:
    def longestCommonSubsequence(self, text1, text2):
        @lru_cache(maxsize=None)
        def best(i, j):
            if i == len(text1) or j == len(text2):
                return 0
            if text1[i] == text2[j]:
                return 1 + best(i + 1, j + 1)
            return max(best(i + 1, j), best(i, j + 1))

        return best(0, 0)
