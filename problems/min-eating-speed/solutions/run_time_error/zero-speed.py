# RUN-TIME ERROR: the search starts at lo = 0, a speed that is no speed. When the answer is 1
# the range shrinks to [0, 1], k = 0 is tried and p // 0 raises ZeroDivisionError.
class Solution:
    def minEatingSpeed(self, piles, h):
        lo, hi = 0, max(piles)
        while lo < hi:
            k = (lo + hi) // 2
            if sum((p + k - 1) // k for p in piles) <= h:
                hi = k
            else:
                lo = k + 1
        return lo
