#!/usr/bin/env python3
"""Random tests of count-islands for `judge stress`: stress.py SEED SIZE prints one valid input.

The same SEED and SIZE always print the same input; SIZE bounds the rows and the columns.
"""
import random
import sys


def main():
    seed, size = int(sys.argv[1]), max(1, int(sys.argv[2]))
    rng = random.Random("%d/%d" % (seed, size))
    n, m = rng.randint(1, size), rng.randint(1, size)
    land = rng.random()
    print(n, m)
    for _ in range(n):
        print("".join("#" if rng.random() < land else "." for _ in range(m)))

if __name__ == "__main__":
    main()
