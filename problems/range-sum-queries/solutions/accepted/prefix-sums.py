# Prefix sums: prefix[i] is the sum of the first i elements, so a range [l, r] sums to
# prefix[r + 1] - prefix[l]. O(n + q); Python integers do not overflow.
from itertools import accumulate


class Solution:
    def rangeSums(self, nums, queries):
        prefix = [0]
        prefix.extend(accumulate(nums))
        return [prefix[r + 1] - prefix[l] for l, r in queries]
