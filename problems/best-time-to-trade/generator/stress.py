#!/usr/bin/env python3
"""Random tests of best-time-to-trade for `judge stress`: stress.py SEED SIZE prints one valid input.

The same SEED and SIZE always print the same input; SIZE bounds the number of prices.
"""
import random
import sys


def main():
    seed, size = int(sys.argv[1]), max(1, int(sys.argv[2]))
    rng = random.Random("%d/%d" % (seed, size))
    n = rng.randint(1, size)
    top = rng.choice([3, 10, 1000, 10**9])
    prices = [rng.randint(1, top) for _ in range(n)]
    print(n)
    print(" ".join(map(str, prices)))

if __name__ == "__main__":
    main()
