#!/usr/bin/env python3
"""Random tests of pair-count for `judge stress`: stress.py SEED SIZE prints one valid input.

The same SEED and SIZE always print the same input; SIZE bounds the length of the array.
"""
import random
import sys


def main():
    seed, size = int(sys.argv[1]), max(1, int(sys.argv[2]))
    rng = random.Random("%d/%d" % (seed, size))
    n = rng.randint(1, size)
    top = rng.choice([3, 10, 10**9])
    a = [rng.randint(-top, top) for _ in range(n)]
    if n >= 2 and rng.random() < 0.7:
        i, j = rng.sample(range(n), 2)
        k = a[i] + a[j]
    else:
        k = rng.randint(-2 * top, 2 * top)
    print(n, k)
    print(" ".join(map(str, a)))

if __name__ == "__main__":
    main()
