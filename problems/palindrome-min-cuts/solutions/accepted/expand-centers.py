# cut[k]: the fewest cuts of the first k letters (cut[0] = -1). Every palindrome s[i..j],
# found by growing it around its centre (O(n^2) steps in all), gives cut[j + 1] <= cut[i] + 1.
class Solution:
    def minCut(self, s):
        n = len(s)
        cut = list(range(-1, n))
        for mid in range(n):
            i = j = mid
            while i >= 0 and j < n and s[i] == s[j]:
                c = cut[i] + 1
                if c < cut[j + 1]:
                    cut[j + 1] = c
                i -= 1
                j += 1
            i, j = mid - 1, mid
            while i >= 0 and j < n and s[i] == s[j]:
                c = cut[i] + 1
                if c < cut[j + 1]:
                    cut[j + 1] = c
                i -= 1
                j += 1
        return cut[n]
