// By the highest bit: with 2^k <= n < 2^(k+1), the numbers 0 .. 2^k - 1 hold k * 2^(k-1)
// ones, the numbers 2^k .. n each have the top bit (n - 2^k + 1 ones) and below it count as
// 0 .. n - 2^k. O(log n) per query.
class Solution {
public:
    long long countBitsUpto(long long n) {
        long long total = 0;
        while (n > 0) {
            int k = 63 - __builtin_clzll((unsigned long long)n);
            long long top = 1LL << k;
            total += (k == 0 ? 0 : (long long)k * (top >> 1)) + (n - top + 1);
            n -= top;
        }
        return total;
    }
};
