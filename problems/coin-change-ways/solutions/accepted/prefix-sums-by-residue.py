# Coins in the outer loop (each combination counted once). For a coin c the update
# ways[a] += ways[a - c] is a running sum along each class of amounts a = r, r + c, r + 2c...,
# so itertools.accumulate over the slice ways[r::c] does it without a Python-level inner loop.
from itertools import accumulate

MOD = 1_000_000_007


class Solution:
    def change(self, amount, coins):
        ways = [0] * (amount + 1)
        ways[0] = 1
        for c in coins:
            if c > amount:
                continue
            for r in range(c):
                ways[r::c] = [x % MOD for x in accumulate(ways[r::c])]
        return ways[amount]
