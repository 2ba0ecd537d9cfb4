# WRONG: counts every matched pair in the whole string (2 per ')' that finds an open '('), not
# the longest contiguous valid piece: "(())" + ")" + "()()" gives 8 instead of 4.
class Solution:
    def longestValid(self, s):
        depth = pairs = 0
        for ch in s:
            if ch == "(":
                depth += 1
            elif depth > 0:
                depth -= 1
                pairs += 1
        return 2 * pairs
