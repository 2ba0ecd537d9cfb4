# Kadane's algorithm (Python integers do not overflow).
class Solution:
    def maxSubArray(self, nums):
        best = ending_here = nums[0]
        for x in nums[1:]:
            ending_here = ending_here + x if ending_here > 0 else x
            if ending_here > best:
                best = ending_here
        return best
