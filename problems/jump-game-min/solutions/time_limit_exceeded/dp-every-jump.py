# TOO SLOW: dp[j] = fewest jumps to j, relaxed from every i over every length 1..nums[i]:
# correct, but O(n * max jump).
class Solution:
    def minJumps(self, nums):
        n = len(nums)
        INF = float("inf")
        dp = [INF] * n
        dp[0] = 0
        for i in range(n):
            if dp[i] == INF:
                continue
            for j in range(i + 1, min(n - 1, i + nums[i]) + 1):
                if dp[i] + 1 < dp[j]:
                    dp[j] = dp[i] + 1
        return -1 if dp[n - 1] == INF else dp[n - 1]
