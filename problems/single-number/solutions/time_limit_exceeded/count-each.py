# Naive: list.count for each value scans the whole list, O(n^2).
class Solution:
    def singleNumber(self, nums):
        for x in nums:
            if nums.count(x) == 1:
                return x
