# Time limit exceeded: every prefix summed again from the start, n^2 / 2 additions.
class Solution:
    def sumArray(self, nums):
        total = 0
        for i in range(len(nums)):
            total = 0
            for j in range(i + 1):
                total += nums[j]
        return total
