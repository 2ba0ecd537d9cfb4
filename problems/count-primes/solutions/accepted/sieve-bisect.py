# A sieve over the odd numbers up to the largest query (slice assignment strikes each prime's
# odd multiples at C speed), the primes listed in order; the count below n is
# bisect_left(primes, n).
from bisect import bisect_left
from itertools import compress


class Solution:
    def countPrimes(self, queries):
        top = max(queries)
        if top <= 2:
            return [0] * len(queries)
        half = (top + 1) // 2  # odd[k] stands for 2k + 1 < top (so 2k + 1 <= top - 1)
        odd = bytearray([1]) * half
        odd[0] = 0  # 1 is not prime
        k = 1
        while (2 * k + 1) * (2 * k + 1) < top:
            if odd[k]:
                p = 2 * k + 1
                start = p * p // 2
                odd[start::p] = bytes(len(range(start, half, p)))
            k += 1
        primes = [2]
        primes.extend(compress(range(1, top, 2), odd))
        return [bisect_left(primes, n) for n in queries]
