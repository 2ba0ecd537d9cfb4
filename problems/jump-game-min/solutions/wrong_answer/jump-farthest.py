# WRONG: always takes the longest jump from where it stands. Landing far is not landing well:
# on 2 3 1 1 4 it goes 0 -> 2 -> 3 -> 4 (3 jumps, not 2), and it can land on a 0 and give up
# although a shorter jump would have led on.
class Solution:
    def minJumps(self, nums):
        n = len(nums)
        i = jumps = 0
        while i < n - 1:
            if nums[i] == 0:
                return -1
            i = min(n - 1, i + nums[i])
            jumps += 1
        return jumps
