# Expand around every centre: a letter (odd lengths) or the gap between two letters (even
# lengths). O(n^2) in the worst case (one repeated letter).
class Solution:
    def longestPalindrome(self, s):
        n, best = len(s), 0
        for c in range(n):
            lo, hi = c - 1, c + 1
            while lo >= 0 and hi < n and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            if hi - lo - 1 > best:
                best = hi - lo - 1
            lo, hi = c, c + 1
            while lo >= 0 and hi < n and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            if hi - lo - 1 > best:
                best = hi - lo - 1
        return best
