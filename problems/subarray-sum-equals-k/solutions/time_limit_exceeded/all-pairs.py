# Naive: prefix sums, then every pair i < j compared. Correct but O(n^2).
from itertools import accumulate


class Solution:
    def subarraySum(self, nums, k):
        prefix = [0]
        prefix.extend(accumulate(nums))
        count = 0
        for j in range(1, len(prefix)):
            target = prefix[j] - k
            for i in range(j):
                if prefix[i] == target:
                    count += 1
        return count
