# CRASHES: sizes the sieve by the largest query and clears entries 0 and 1 unconditionally;
# when every query is 0 or 1 the sieve has fewer than two entries (IndexError).
from bisect import bisect_left


class Solution:
    def countPrimes(self, queries):
        top = max(queries)
        sieve = bytearray([1]) * top
        sieve[0] = 0
        sieve[1] = 0
        for i in range(2, int(top ** 0.5) + 1):
            if sieve[i]:
                sieve[i * i::i] = bytes(len(range(i * i, top, i)))
        primes = [k for k in range(top) if sieve[k]]
        return [bisect_left(primes, n) for n in queries]
