# Too slow: checks every substring, longest first, for being well-formed: O(n^3).
class Solution:
    def longestValid(self, s):
        n = len(s)

        def valid(i, j):
            depth = 0
            for k in range(i, j):
                depth += 1 if s[k] == "(" else -1
                if depth < 0:
                    return False
            return depth == 0

        for length in range(n - n % 2, 0, -2):
            for i in range(n - length + 1):
                if valid(i, i + length):
                    return length
        return 0
