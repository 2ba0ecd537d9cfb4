# TOO SLOW: tries k = 1, 2, 3, ... until the hours fit; the answer can be 10^9, and each try
# costs O(n). Correct answers.
class Solution:
    def minEatingSpeed(self, piles, h):
        k = 1
        while sum((p + k - 1) // k for p in piles) > h:
            k += 1
        return k
