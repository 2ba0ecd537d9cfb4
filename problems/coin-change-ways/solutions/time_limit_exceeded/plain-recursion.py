# Too slow: tries every number of copies of each coin in turn and remembers nothing, so it
# walks every combination one at a time; there are far too many of them.
class Solution:
    def change(self, amount, coins):
        MOD = 1_000_000_007
        n = len(coins)

        def ways(i, rest):
            if rest == 0:
                return 1
            if i == n:
                return 0
            total = 0
            while rest >= 0:
                total += ways(i + 1, rest)
                rest -= coins[i]
            return total

        return ways(0, amount) % MOD
