# Too slow: from every start, extends the window while at most k letters differ from its most
# frequent one: O(n^2) when the windows are long.
class Solution:
    def characterReplacement(self, s, k):
        n, best = len(s), 0
        for i in range(n):
            count = {}
            most = 0
            for j in range(i, n):
                c = count.get(s[j], 0) + 1
                count[s[j]] = c
                if c > most:
                    most = c
                if j - i + 1 - most > k:
                    break
                if j - i + 1 > best:
                    best = j - i + 1
        return best
