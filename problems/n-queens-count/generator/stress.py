#!/usr/bin/env python3
"""Random tests of n-queens-count for `judge stress`: stress.py SEED SIZE prints one valid input.

The same SEED and SIZE always print the same input; SIZE bounds n (at most 11).
"""
import random
import sys

MAX_N = 11


def main():
    seed, size = int(sys.argv[1]), max(1, int(sys.argv[2]))
    rng = random.Random("%d/%d" % (seed, size))
    n = rng.randint(1, min(size, MAX_N))
    print(n)


if __name__ == "__main__":
    main()
