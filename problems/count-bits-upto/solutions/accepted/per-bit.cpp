// Per bit b: full periods of 2^(b+1) numbers hold 2^b ones each, plus the partial period's
// ones. O(log n) per query, 64-bit arithmetic.
class Solution {
public:
    long long countBitsUpto(long long n) {
        long long total = 0, m = n + 1;
        for (int b = 0; (1LL << b) <= n; b++) {
            long long half = 1LL << b, period = half << 1;
            total += m / period * half + max(0LL, m % period - half);
        }
        return total;
    }
};
