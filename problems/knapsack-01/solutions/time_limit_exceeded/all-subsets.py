# TOO SLOW: every subset, as the bits of a number from 0 to 2^n - 1.
class Solution:
    def maxValue(self, weights, values, capacity):
        n = len(weights)
        best = 0
        for mask in range(1 << n):
            weight = value = 0
            for i in range(n):
                if mask >> i & 1:
                    weight += weights[i]
                    value += values[i]
            if weight <= capacity and value > best:
                best = value
        return best
