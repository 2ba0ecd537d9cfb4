#!/usr/bin/env python3
"""Random tests of merge-intervals for `judge stress`: stress.py SEED SIZE prints one valid input.

The same SEED and SIZE always print the same input; SIZE bounds the number of intervals.
"""
import random
import sys


def main():
    seed, size = int(sys.argv[1]), max(1, int(sys.argv[2]))
    rng = random.Random("%d/%d" % (seed, size))
    n = rng.randint(1, size)
    top = rng.choice([5, 20, 10**9])
    print(n)
    for _ in range(n):
        l, r = rng.randint(0, top), rng.randint(0, top)
        print(min(l, r), max(l, r))

if __name__ == "__main__":
    main()
