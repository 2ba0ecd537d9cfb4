# WRONG: off by one, counts the ones of 0 .. n - 1 (the periods taken over n numbers, not
# n + 1), so n itself is left out.
class Solution:
    def countBitsUpto(self, n):
        total, half = 0, 1
        while half <= n:
            period = half << 1
            total += n // period * half + max(0, n % period - half)
            half = period
        return total
