#!/usr/bin/env python3
"""Test generator for count-primes: writes OUTDIR/<name>.in for every test (edge cases, then
random, then the largest allowed); generator/ref.cpp answers them."""
import os
import random
import sys

SEED = 20261208
MAXN = 5000000
MAXQ = 100000


def primes_below(limit):
    sieve = bytearray([1]) * limit
    sieve[0:2] = b"\0\0"
    for i in range(2, int(limit ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = bytes(len(range(i * i, limit, i)))
    return [i for i in range(limit) if sieve[i]]


def write(outdir, name, queries):
    assert 1 <= len(queries) <= MAXQ and all(0 <= n <= MAXN for n in queries)
    with open(os.path.join(outdir, name + ".in"), "w", newline="\n") as f:
        f.write("%d\n" % len(queries))
        f.write(" ".join(map(str, queries)) + "\n")


def main():
    outdir = sys.argv[1]
    rng = random.Random(SEED)
    primes = primes_below(MAXN + 1)
    top_primes = [p for p in primes if p >= 4500000]

    write(outdir, "sample-1", [10, 0, 1, 2, 3, 11])
    write(outdir, "sample-2", [100, 97, 5000000])

    write(outdir, "01-zero", [0])
    write(outdir, "02-one", [1])
    write(outdir, "03-two", [2])
    write(outdir, "04-three", [3])
    write(outdir, "05-every-n-to-100", list(range(101)))
    # Every query a prime: counting the primes up to n instead of below it is off by one.
    small = [p for p in primes if p < 1000]
    rng.shuffle(small)
    write(outdir, "06-small-primes", small)
    write(outdir, "07-max-single", [MAXN])
    # The largest prime allowed, and its neighbours.
    p = primes[-1]
    write(outdir, "08-largest-prime", [p, p + 1, p - 1])
    write(outdir, "09-random-small", [rng.randint(0, 1000) for _ in range(1000)])
    # The same large query many times: nothing may be recomputed per query.
    write(outdir, "10-repeated-max", [MAXN] * 999 + [p])
    write(outdir, "11-random-large", [rng.randint(4000000, MAXN) for _ in range(2000)])
    write(outdir, "12-primes-near-max",
          [rng.choice(top_primes) + rng.choice([0, 0, 1]) for _ in range(20000)])
    write(outdir, "13-small-n-many-queries", [rng.randint(0, 50) for _ in range(50000)])
    write(outdir, "14-max-random", [rng.randint(0, MAXN) for _ in range(MAXQ)])


if __name__ == "__main__":
    main()
