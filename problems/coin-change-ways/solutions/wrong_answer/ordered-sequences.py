# WRONG: amounts outer, coins inner counts orders (1 + 2 and 2 + 1 twice).
class Solution:
    def change(self, amount, coins):
        MOD = 1_000_000_007
        ways = [0] * (amount + 1)
        ways[0] = 1
        for a in range(1, amount + 1):
            ways[a] = sum(ways[a - c] for c in coins if c <= a) % MOD
        return ways[amount]
