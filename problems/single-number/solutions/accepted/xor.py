# XOR of all values: each pair cancels itself, the single value remains.
from functools import reduce
from operator import xor


class Solution:
    def singleNumber(self, nums):
        return reduce(xor, nums, 0)
