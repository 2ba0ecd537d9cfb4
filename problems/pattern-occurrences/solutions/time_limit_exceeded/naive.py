# Naive: compares the pattern letter by letter at every position of the text, O(|text| *
# |pattern|). "aaa...ab" against "aaa...a" runs almost the whole pattern at every position.
class Solution:
    def countOccurrences(self, text, pattern):
        n, m, count = len(text), len(pattern), 0
        for i in range(n - m + 1):
            j = 0
            while j < m and text[i + j] == pattern[j]:
                j += 1
            if j == m:
                count += 1
        return count
