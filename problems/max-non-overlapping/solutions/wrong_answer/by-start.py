# WRONG: greedy by start. A long interval that starts first is taken and blocks many short
# ones inside it.
class Solution:
    def maxNonOverlapping(self, intervals):
        intervals.sort()
        count = 0
        last = -1
        for s, e in intervals:
            if s >= last:
                count += 1
                last = e
        return count
