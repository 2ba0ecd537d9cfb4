# Run-time error: f(n) = popcount(n) + f(n - 1) recurses n deep, past Python's limit (1000).
class Solution:
    def countBitsUpto(self, n):
        return 0 if n == 0 else bin(n).count("1") + self.countBitsUpto(n - 1)
