# Greedy by start, another way: walk the intervals by start keeping the end of the last kept
# one; on an overlap keep whichever of the two ends earlier (dropping one interval either way).
class Solution:
    def maxNonOverlapping(self, intervals):
        intervals.sort()
        kept = 0
        last = -1
        for s, e in intervals:
            if s >= last:
                kept += 1
                last = e
            elif e < last:
                last = e
        return kept
