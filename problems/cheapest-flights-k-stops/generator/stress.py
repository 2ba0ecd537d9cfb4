#!/usr/bin/env python3
"""Random tests of cheapest-flights-k-stops for `judge stress`: stress.py SEED SIZE prints one
valid input.

The same SEED and SIZE always print the same input; SIZE bounds the number of cities (and a
fifth of the number of flights).
"""
import random
import sys


def main():
    seed, size = int(sys.argv[1]), max(2, int(sys.argv[2]))
    rng = random.Random("%d/%d" % (seed, size))
    n = rng.randint(2, min(size, 10000))
    m = rng.randint(0, min(5 * size, 50000))
    top = rng.choice([1, 10, 10000])
    src, dst = rng.sample(range(n), 2)
    k = rng.randint(0, min(100, n))
    flights = []
    for _ in range(m):
        a, b = rng.sample(range(n), 2)
        flights.append((a, b, rng.randint(1, top)))
    print(n, m, src, dst, k)
    for a, b, p in flights:
        print(a, b, p)


if __name__ == "__main__":
    main()
