# The prefix function (KMP): fail[i] is the longest proper border of pattern[0..i]. On a
# mismatch the match falls back along the borders instead of restarting, and after a full
# match it falls back too, so overlapping occurrences are found. O(|text| + |pattern|).
class Solution:
    def countOccurrences(self, text, pattern):
        m = len(pattern)
        fail = [0] * m
        k = 0
        for i in range(1, m):
            c = pattern[i]
            while k and pattern[k] != c:
                k = fail[k - 1]
            if pattern[k] == c:
                k += 1
            fail[i] = k
        count = k = 0
        for c in text:
            while k and pattern[k] != c:
                k = fail[k - 1]
            if pattern[k] == c:
                k += 1
                if k == m:
                    count += 1
                    k = fail[k - 1]
        return count
