# Counter.most_common breaks ties by first appearance in nums, not by the smaller value.
from collections import Counter


class Solution:
    def topKFrequent(self, nums, k):
        return [v for v, _ in Counter(nums).most_common(k)]
