# WRONG: starts from 0, as if the empty subarray were allowed, so an all-negative array
# gives 0 instead of its largest element.
class Solution:
    def maxSubArray(self, nums):
        best = ending_here = 0
        for x in nums:
            ending_here = max(0, ending_here + x)
            best = max(best, ending_here)
        return best
