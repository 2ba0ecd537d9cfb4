# Too slow: str.find from one past the previous occurrence finds overlapping occurrences
# too, but every occurrence found costs |pattern| steps to verify, and each search starts
# over. With text all "a" and pattern 10^5 "a"s there are 4 * 10^5 occurrences: about
# 4 * 10^10 letter comparisons.
class Solution:
    def countOccurrences(self, text, pattern):
        count, pos = 0, text.find(pattern)
        while pos >= 0:
            count += 1
            pos = text.find(pattern, pos + 1)
        return count
