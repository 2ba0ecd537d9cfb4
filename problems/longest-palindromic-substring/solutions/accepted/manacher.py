# Manacher's algorithm, O(n): on "#a#b#...#" every palindrome has odd length; the radius at
# a centre starts from its mirror's inside the rightmost palindrome found so far.
class Solution:
    def longestPalindrome(self, s):
        t = "#" + "#".join(s) + "#"
        m = len(t)
        rad = [0] * m
        center = right = 0
        for i in range(m):
            r = min(rad[2 * center - i], right - i) if i < right else 0
            while i - r - 1 >= 0 and i + r + 1 < m and t[i - r - 1] == t[i + r + 1]:
                r += 1
            rad[i] = r
            if i + r > right:
                center, right = i, i + r
        return max(rad)
