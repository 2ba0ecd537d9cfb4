#!/usr/bin/env python3
"""Random tests of next-warmer-day for `judge stress`: stress.py SEED SIZE prints one valid input.

The same SEED and SIZE always print the same input; SIZE bounds the number of days.
"""
import random
import sys


def main():
    seed, size = int(sys.argv[1]), max(1, int(sys.argv[2]))
    rng = random.Random("%d/%d" % (seed, size))
    n = rng.randint(1, size)
    top = rng.choice([3, 10, 10**9])
    print(n)
    print(" ".join(str(rng.randint(-top, top)) for _ in range(n)))

if __name__ == "__main__":
    main()
