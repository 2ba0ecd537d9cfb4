# WRONG: the one-row DP with the capacities in increasing order: an item already added to
# best[c - w] is added again (the unbounded knapsack's answer).
class Solution:
    def maxValue(self, weights, values, capacity):
        best = [0] * (capacity + 1)
        for w, v in zip(weights, values):
            for c in range(w, capacity + 1):
                if best[c - w] + v > best[c]:
                    best[c] = best[c - w] + v
        return best[capacity]
