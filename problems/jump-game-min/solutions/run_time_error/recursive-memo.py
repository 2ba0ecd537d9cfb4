# Run-time error: fewest(i) = 1 + min(fewest(j)) over the indices j one jump from i, memoized.
# Its first call goes i -> i + 1 -> i + 2 ..., a recursion as deep as the array is long:
# past Python's limit (1000) on long arrays (RecursionError).
class Solution:
    def minJumps(self, nums):
        n = len(nums)
        memo = {}

        def fewest(i):
            if i == n - 1:
                return 0
            if i in memo:
                return memo[i]
            best = float("inf")
            for j in range(i + 1, min(n - 1, i + nums[i]) + 1):
                best = min(best, 1 + fewest(j))
            memo[i] = best
            return best

        answer = fewest(0)
        return -1 if answer == float("inf") else answer
