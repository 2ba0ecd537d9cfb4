# A heap of the distinct values keyed by (-count, value): k pops give the answer in order.
import heapq
from collections import Counter


class Solution:
    def topKFrequent(self, nums, k):
        heap = [(-c, v) for v, c in Counter(nums).items()]
        heapq.heapify(heap)
        return [heapq.heappop(heap)[1] for _ in range(k)]
