# Count each value in a dictionary and return the one seen once: O(n) time and O(n) memory.
from collections import Counter


class Solution:
    def singleNumber(self, nums):
        for value, count in Counter(nums).items():
            if count == 1:
                return value
