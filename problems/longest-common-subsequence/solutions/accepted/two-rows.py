# The O(n * m) table of LCS lengths of prefixes, two rows kept, the shorter string across.
class Solution:
    def longestCommonSubsequence(self, text1, text2):
        if len(text1) < len(text2):
            text1, text2 = text2, text1
        prev = [0] * (len(text2) + 1)
        for ch in text1:
            cur = [0]
            append = cur.append
            left = 0
            for c2, diag, up in zip(text2, prev, prev[1:]):
                if ch == c2:
                    left = diag + 1
                elif up > left:
                    left = up
                append(left)
            prev = cur
        return prev[-1]
