# dict from value to index, look up the complement before inserting: O(n) expected.
class Solution:
    def twoSum(self, nums, target):
        seen = {}
        for j, x in enumerate(nums):
            i = seen.get(target - x)
            if i is not None:
                return [i, j]
            seen[x] = j
        return []
