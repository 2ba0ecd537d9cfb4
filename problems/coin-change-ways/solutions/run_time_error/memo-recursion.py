# CRASHES: ways(i, rest) = ways(i + 1, rest) + ways(i, rest - coins[i]), memoised, is fast
# enough in count of states, but with a coin of 1 it recurses once per unit of the amount:
# past Python's default recursion limit of 1000, a RecursionError.
from functools import lru_cache


class Solution:
    def change(self, amount, coins):
        MOD = 1_000_000_007
        n = len(coins)

        @lru_cache(maxsize=None)
        def ways(i, rest):
            if rest == 0:
                return 1
            if i == n or rest < 0:
                return 0
            return (ways(i + 1, rest) + ways(i, rest - coins[i])) % MOD

        return ways(0, amount)
