from collections import Counter


class Solution:
    def topKFrequent(self, nums, k):
        count = Counter(nums)
        order = sorted(count, key=lambda v: (-count[v], v))
        return order[:k]
