# WRONG: expands only around letters, so it finds only odd-length palindromes: "abba" gives 1,
# not 4.
class Solution:
    def longestPalindrome(self, s):
        n, best = len(s), 0
        for c in range(n):
            lo, hi = c, c
            while lo >= 0 and hi < n and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            best = max(best, hi - lo - 1)
        return best
