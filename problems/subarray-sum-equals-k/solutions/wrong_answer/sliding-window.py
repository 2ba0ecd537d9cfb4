# WRONG: a two-pointer window that grows while the sum is below k and shrinks while it is
# above: right only when no number is negative (and none is zero).
class Solution:
    def subarraySum(self, nums, k):
        left = total = count = 0
        for right, x in enumerate(nums):
            total += x
            while total > k and left <= right:
                total -= nums[left]
                left += 1
            if total == k and left <= right:
                count += 1
        return count
