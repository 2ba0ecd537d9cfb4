// Per bit b: full periods of 2^(b+1) numbers hold 2^b ones each, plus the partial period's
// ones. Every shift is on a long (1L): the bits go up to 2^56.
class Solution {
    public long countBitsUpto(long n) {
        long total = 0, m = n + 1;
        for (int b = 0; (1L << b) <= n; b++) {
            long half = 1L << b, period = half << 1;
            total += m / period * half + Math.max(0L, m % period - half);
        }
        return total;
    }
}
