# Treats t as a set: only checks that every letter of t occurs in the window, not how often.
class Solution:
    def minWindow(self, s, t):
        letters = set(t)
        count = {}
        formed = 0
        best = 0
        left = 0
        for right, ch in enumerate(s):
            count[ch] = count.get(ch, 0) + 1
            if ch in letters and count[ch] == 1:
                formed += 1
            while formed == len(letters):
                if best == 0 or right - left + 1 < best:
                    best = right - left + 1
                d = s[left]
                count[d] -= 1
                if d in letters and count[d] == 0:
                    formed -= 1
                left += 1
        return best
