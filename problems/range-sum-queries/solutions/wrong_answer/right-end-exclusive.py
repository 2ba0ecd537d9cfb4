# WRONG: treats r as exclusive (prefix[r] - prefix[l]), so every sum misses its last element
# and a one-element query gives 0.
from itertools import accumulate


class Solution:
    def rangeSums(self, nums, queries):
        prefix = [0]
        prefix.extend(accumulate(nums))
        return [prefix[r] - prefix[l] for l, r in queries]
