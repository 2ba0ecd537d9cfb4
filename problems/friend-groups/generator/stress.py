#!/usr/bin/env python3
"""Random tests of friend-groups for `judge stress`: stress.py SEED SIZE prints one valid input.

The same SEED and SIZE always print the same input; SIZE bounds the number of people and half the operations.
"""
import random
import sys


def main():
    seed, size = int(sys.argv[1]), max(1, int(sys.argv[2]))
    rng = random.Random("%d/%d" % (seed, size))
    n = rng.randint(1, size)
    m = rng.randint(1, 2 * size)
    print(n, m)
    for _ in range(m):
        print(rng.choice("UQ"), rng.randint(1, n), rng.randint(1, n))

if __name__ == "__main__":
    main()
