# WRONG: records the current prefix sum before looking up prefix - k, so with k = 0 every
# position matches itself: the empty subarray is counted n times.
class Solution:
    def subarraySum(self, nums, k):
        seen = {0: 1}
        prefix = count = 0
        for x in nums:
            prefix += x
            seen[prefix] = seen.get(prefix, 0) + 1
            count += seen.get(prefix - k, 0)
        return count
