# Run-time error: a recursion as deep as the input is long passes Python's limit (1000).
class Solution:
    def sumArray(self, nums, i=0):
        return 0 if i == len(nums) else nums[i] + self.sumArray(nums, i + 1)
