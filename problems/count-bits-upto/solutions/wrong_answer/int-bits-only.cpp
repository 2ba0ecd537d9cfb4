// WRONG: counts only the 31 value bits of a 32-bit int, as if n fitted in one: every n from
// 2^31 up loses the ones of its higher bits.
class Solution {
public:
    long long countBitsUpto(long long n) {
        long long total = 0;
        for (int b = 0; b < 31; b++) {
            long long half = 1LL << b, period = half << 1;
            total += (n + 1) / period * half + max(0LL, (n + 1) % period - half);
        }
        return total;
    }
};
