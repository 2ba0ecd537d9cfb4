# One sieve up to the largest query (slice assignment strikes each prime's multiples at C
# speed); then the queries in increasing order, the running count of primes below each one
# advanced by bytearray.count over the stretch since the previous query: prefix counts taken
# only where a query needs them.
class Solution:
    def countPrimes(self, queries):
        top = max(queries)
        sieve = bytearray([1]) * max(top, 2)  # sieve[k] for k < top: k is prime
        sieve[0] = sieve[1] = 0
        i = 2
        while i * i < top:
            if sieve[i]:
                sieve[i * i::i] = bytes(len(range(i * i, top, i)))
            i += 1
        res = [0] * len(queries)
        count = done = 0  # count = the number of primes below done
        for j in sorted(range(len(queries)), key=queries.__getitem__):
            n = queries[j]
            count += sieve.count(1, done, n)
            done = n
            res[j] = count
        return res
