# Wrong: returns the longest run of one letter, as if no replacement were allowed.
class Solution:
    def characterReplacement(self, s, k):
        best = run = 0
        prev = None
        for ch in s:
            run = run + 1 if ch == prev else 1
            prev = ch
            best = max(best, run)
        return best
