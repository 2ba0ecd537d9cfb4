#!/usr/bin/env python3
"""Random tests of count-bits-upto for `judge stress`: stress.py SEED SIZE prints one valid input.

The same SEED and SIZE always print the same input; SIZE bounds the number of queries (at most
5000). Each n is 0 .. 10^17, its bit length drawn first so that small and huge values mix.
"""
import random
import sys

MAX_N = 10**17
MAX_Q = 5000


def main():
    seed, size = int(sys.argv[1]), max(1, int(sys.argv[2]))
    rng = random.Random("%d/%d" % (seed, size))
    q = rng.randint(1, min(size, MAX_Q))
    top_bits = rng.choice([10, 32, 40, MAX_N.bit_length()])
    queries = []
    for _ in range(q):
        bits = rng.randint(0, top_bits)
        queries.append(rng.randint(0, min(MAX_N, (1 << bits) - 1)) if bits else 0)
    sys.stdout.write("%d\n%s" % (q, "".join("%d\n" % n for n in queries)))


if __name__ == "__main__":
    main()
