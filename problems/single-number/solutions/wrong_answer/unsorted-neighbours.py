# WRONG: returns the first value that differs from both its neighbours, without sorting: in
# an unsorted array the two copies of a value are rarely next to each other.
class Solution:
    def singleNumber(self, nums):
        n = len(nums)
        for i in range(n):
            if (i == 0 or nums[i - 1] != nums[i]) and (i == n - 1 or nums[i + 1] != nums[i]):
                return nums[i]
        return nums[0]
