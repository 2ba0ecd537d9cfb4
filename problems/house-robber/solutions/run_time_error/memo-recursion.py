# CRASHES: memoised recursion is fast enough, but it goes about n calls deep, past Python's
# default recursion limit of 1000, and raises RecursionError once n is in the thousands.
from functools import lru_cache


class Solution:
    def rob(self, nums):
        n = len(nums)

        @lru_cache(maxsize=None)
        def best_from(i):
            if i >= n:
                return 0
            return max(best_from(i + 1), nums[i] + best_from(i + 2))

        return best_from(0)
