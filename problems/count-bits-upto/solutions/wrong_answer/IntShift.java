// WRONG: `1 << b` is an int shift: from b = 30 on the period 1 << (b + 1) wraps to a negative
// int (and Java takes shift counts mod 32), so every n from 2^30 up is miscounted. It needs 1L.
class Solution {
    public long countBitsUpto(long n) {
        long total = 0, m = n + 1;
        for (int b = 0; (1L << b) <= n; b++) {
            long half = 1 << b, period = 1 << (b + 1);
            total += m / period * half + Math.max(0L, m % period - half);
        }
        return total;
    }
}
