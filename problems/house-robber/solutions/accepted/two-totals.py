# Two running totals (Python integers do not overflow).
class Solution:
    def rob(self, nums):
        before = best = 0
        for x in nums:
            take = before + x
            before = best
            if take > best:
                best = take
        return best
