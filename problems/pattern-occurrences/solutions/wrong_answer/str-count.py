# WRONG: str.count counts non-overlapping occurrences only: "aba" in "abababa" gives 2, not 3.
class Solution:
    def countOccurrences(self, text, pattern):
        return text.count(pattern)
