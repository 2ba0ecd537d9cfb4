# Naive: sum(nums[l:r + 1]) for every query. Each is fast C code, but a long range still
# costs O(n), and q of them O(n * q).
class Solution:
    def rangeSums(self, nums, queries):
        return [sum(nums[l:r + 1]) for l, r in queries]
