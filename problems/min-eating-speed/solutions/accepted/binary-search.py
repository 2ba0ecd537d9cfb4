# Binary search on the speed k: the hours needed only fall as k grows, so the answer is the
# smallest k in [1, max pile] whose hours fit in h. About 30 rounds of O(n): O(n log max).
class Solution:
    def minEatingSpeed(self, piles, h):
        neg = [-p for p in piles]  # ceil(p / k) == -(-p // k)
        lo, hi = 1, max(piles)
        while lo < hi:
            k = (lo + hi) // 2
            if -sum([x // k for x in neg]) <= h:
                hi = k
            else:
                lo = k + 1
        return lo
