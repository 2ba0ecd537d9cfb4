# Per bit b: full periods of 2^(b+1) numbers hold 2^b ones each, plus the partial period's
# ones. O(log n) per query.
class Solution:
    def countBitsUpto(self, n):
        total, m, half = 0, n + 1, 1
        while half <= n:
            period = half << 1
            q, r = divmod(m, period)
            total += q * half
            if r > half:
                total += r - half
            half = period
        return total
