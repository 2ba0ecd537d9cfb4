# A subarray nums[i..j - 1] sums to k exactly when prefix[j] - prefix[i] = k. Walk the prefix
# sums, counting for each how many earlier ones equal it minus k: a dictionary of counts,
# starting with the empty prefix (sum 0). O(n) expected.
class Solution:
    def subarraySum(self, nums, k):
        seen = {0: 1}
        prefix = count = 0
        for x in nums:
            prefix += x
            count += seen.get(prefix - k, 0)
            seen[prefix] = seen.get(prefix, 0) + 1
        return count
