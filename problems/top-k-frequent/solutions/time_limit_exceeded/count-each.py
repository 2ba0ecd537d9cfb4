# Counts every distinct value by scanning the whole array again: O(n * distinct).
class Solution:
    def topKFrequent(self, nums, k):
        distinct = sorted(set(nums))
        counts = [(-nums.count(v), v) for v in distinct]
        counts.sort()
        return [v for _, v in counts[:k]]
