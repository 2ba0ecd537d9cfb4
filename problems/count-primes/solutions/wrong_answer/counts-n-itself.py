# WRONG: bisect_right counts the primes <= n; the problem asks for those < n, so a prime query
# is off by one.
from bisect import bisect_right
from itertools import compress


class Solution:
    def countPrimes(self, queries):
        top = max(queries) + 1
        sieve = bytearray([1]) * max(top, 2)
        sieve[0] = sieve[1] = 0
        i = 2
        while i * i < top:
            if sieve[i]:
                sieve[i * i::i] = bytes(len(range(i * i, top, i)))
            i += 1
        primes = list(compress(range(top), sieve))
        return [bisect_right(primes, n) for n in queries]
