# Sorts every window afresh: O(n k log k).
class Solution:
    def medianSlidingWindow(self, nums, k):
        mid = (k - 1) // 2
        return [sorted(nums[i:i + k])[mid] for i in range(len(nums) - k + 1)]
