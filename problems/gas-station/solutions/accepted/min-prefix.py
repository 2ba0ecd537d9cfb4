# Prefix sums: with P[k] the gas - cost summed over stations 0..k-1, starting at k keeps the
# tank at P[j] - P[k] >= 0 all the way round exactly when P[k] is the smallest of P[0..n-1]
# and the total is >= 0. The first index of the minimum is the smallest valid start.
from itertools import accumulate


class Solution:
    def canCompleteCircuit(self, gas, cost):
        prefix = [0] + list(accumulate(g - c for g, c in zip(gas, cost)))
        if prefix[-1] < 0:
            return -1
        low = min(prefix[:-1])
        return prefix.index(low)
