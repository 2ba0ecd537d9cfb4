# WRONG: the dictionary starts empty instead of holding the empty prefix (sum 0) once, so the
# subarrays that start at index 0 are never counted: [1, 1, 1] with k = 2 gives 1, not 2.
class Solution:
    def subarraySum(self, nums, k):
        seen = {}
        prefix = count = 0
        for x in nums:
            prefix += x
            count += seen.get(prefix - k, 0)
            seen[prefix] = seen.get(prefix, 0) + 1
        return count
