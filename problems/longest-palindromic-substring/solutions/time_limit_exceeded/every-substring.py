# Naive: checks every substring letter by letter, O(n^3). With one repeated letter every
# substring is a palindrome and every check runs to the middle: about n^3 / 12 steps.
class Solution:
    def longestPalindrome(self, s):
        n, best = len(s), 0
        for i in range(n):
            for j in range(i, n):
                lo, hi = i, j
                while lo < hi and s[lo] == s[hi]:
                    lo += 1
                    hi -= 1
                if lo >= hi and j - i + 1 > best:
                    best = j - i + 1
        return best
