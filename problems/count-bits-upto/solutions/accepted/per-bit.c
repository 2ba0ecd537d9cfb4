/* Bit b of 0, 1, ..., n runs in blocks of 2^b zeros then 2^b ones, period 2^(b+1): the
 * (n + 1) numbers hold (n + 1) / 2^(b+1) full periods, 2^b ones each, and a partial period
 * with max(0, (n + 1) mod 2^(b+1) - 2^b) ones. About 57 bits: O(log n) per query, 64-bit. */
long long count_bits_upto(long long n) {
    long long total = 0, m = n + 1;
    for (int b = 0; (1LL << b) <= n; b++) {
        long long half = 1LL << b, period = half << 1;
        long long rest = m % period - half;
        total += m / period * half + (rest > 0 ? rest : 0);
    }
    return total;
}
