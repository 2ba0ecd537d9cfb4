# TOO SLOW: looks at every element for every query, O(n) per query: O(n * q) in all.
# Correct answers.
class Solution:
    def search(self, nums, target):
        for i, x in enumerate(nums):
            if x == target:
                return i
        return -1
