#!/usr/bin/env python3
"""Random tests of count-primes for `judge stress`: stress.py SEED SIZE prints one valid input.

The same SEED and SIZE always print the same input; SIZE bounds the number of queries
(clamped to 100 000), and the largest query grows with it (up to 5 000 000).
"""
import random
import sys

MAX_Q = 100000
MAX_N = 5000000


def main():
    seed, size = int(sys.argv[1]), max(1, int(sys.argv[2]))
    rng = random.Random("%d/%d" % (seed, size))
    q = rng.randint(1, min(size, MAX_Q))
    top = rng.choice([min(MAX_N, 10 * size + 10), min(MAX_N, 1000 * size), MAX_N])
    queries = [rng.randint(0, top) for _ in range(q)]
    if rng.random() < 0.3:  # small edge values among them
        queries = [rng.choice([0, 1, 2, 3, 4, 5]) if rng.random() < 0.3 else n for n in queries]
    sys.stdout.write("%d\n%s\n" % (q, " ".join(map(str, queries))))


if __name__ == "__main__":
    main()
