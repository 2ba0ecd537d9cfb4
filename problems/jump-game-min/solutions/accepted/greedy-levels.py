# Breadth-first search by levels in one pass: [i .. end] are reachable with `jumps` jumps,
# `far` is the farthest index one more jump reaches. O(n).
class Solution:
    def minJumps(self, nums):
        n = len(nums)
        if n == 1:
            return 0
        jumps = end = far = 0
        for i, x in enumerate(nums):
            if i + x > far:
                far = i + x
            if i == end:
                if far <= i:
                    return -1
                jumps += 1
                end = far
                if end >= n - 1:
                    return jumps
        return -1
