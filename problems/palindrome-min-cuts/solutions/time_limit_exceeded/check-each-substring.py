# Too slow: the right DP over prefixes, but each candidate last piece s[i..j-1] is checked
# for being a palindrome letter by letter inside the DP: O(n^3) on strings with many long
# palindromes (a string of one letter repeated).
class Solution:
    def minCut(self, s):
        n = len(s)
        cut = list(range(-1, n))
        for j in range(1, n + 1):
            best = j - 1
            for i in range(j):
                a, b = i, j - 1
                while a < b and s[a] == s[b]:
                    a += 1
                    b -= 1
                if a >= b and cut[i] + 1 < best:
                    best = cut[i] + 1
            cut[j] = best
        return cut[n]
