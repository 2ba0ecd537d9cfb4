# Too slow: the recursion without memoisation makes exponentially many calls (about
# 1.6 * 1.618^n); already hopeless at n = 100.
class Solution:
    def rob(self, nums):
        n = len(nums)

        def best_from(i):
            if i >= n:
                return 0
            return max(best_from(i + 1), nums[i] + best_from(i + 2))

        return best_from(0)
