# Correct but O(n^2): sorted by end, best[i] = 1 + the best over every earlier interval
# ending at or before start i.
class Solution:
    def maxNonOverlapping(self, intervals):
        intervals.sort(key=lambda m: m[1])
        best = []
        for i, (s, e) in enumerate(intervals):
            b = 0
            for j in range(i):
                if intervals[j][1] <= s and best[j] > b:
                    b = best[j]
            best.append(b + 1)
        return max(best)
