# Too slow: a fresh sieve for every query; right, but a thousand queries of 5 000 000 means a
# thousand sieves of five million.
class Solution:
    def countPrimes(self, queries):
        res = []
        for n in queries:
            if n <= 2:
                res.append(0)
                continue
            sieve = bytearray([1]) * n
            sieve[0] = sieve[1] = 0
            i = 2
            while i * i < n:
                if sieve[i]:
                    sieve[i * i::i] = bytes(len(range(i * i, n, i)))
                i += 1
            res.append(sum(sieve))
        return res
