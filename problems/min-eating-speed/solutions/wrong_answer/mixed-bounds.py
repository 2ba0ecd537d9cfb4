# WRONG: an off-by-one in the search. It moves hi to k - 1 when k fits, as a search with a
# separate "best so far" would, but returns lo without remembering k: when k is the answer
# itself, the range drops below it and the result is one too small.
class Solution:
    def minEatingSpeed(self, piles, h):
        lo, hi = 1, max(piles)
        while lo < hi:
            k = (lo + hi) // 2
            if sum((p + k - 1) // k for p in piles) <= h:
                hi = k - 1
            else:
                lo = k + 1
        return lo
