# Greedy by end: the interval that ends first leaves the most room for the rest, so take it,
# skip everything that starts before its end, repeat. O(n log n).
class Solution:
    def maxNonOverlapping(self, intervals):
        intervals.sort(key=lambda m: m[1])
        count = 0
        last = -1
        for s, e in intervals:
            if s >= last:
                count += 1
                last = e
        return count
