# One row of the DP over capacities: best[c] = the largest value of a subset of the items
# seen so far weighing at most c. Adding an item of weight w and value v makes best[c] the
# larger of best[c] and best[c - w] + v, every c >= w at once from the OLD row (the list is
# built before it is stored), so the item is used at most once. Capacities above the total
# weight seen so far hold the same value as that total: they are left out until needed.
# O(n * W), the inner loop a list comprehension.
class Solution:
    def maxValue(self, weights, values, capacity):
        best = [0]
        for w, v in zip(weights, values):
            top = min(capacity, len(best) - 1 + w)
            best.extend([best[-1]] * (top + 1 - len(best)))  # the reachable capacities grow
            if w <= top:
                best[w:] = [a if a >= b + v else b + v for a, b in zip(best[w:], best)]
        return best[min(capacity, len(best) - 1)]
