#!/usr/bin/env python3
"""Random tests of sliding-window-median for `judge stress`: stress.py SEED SIZE prints one
valid input.

The same SEED and SIZE always print the same input; SIZE bounds the length of the array
(at most 100000).
"""
import random
import sys

MAXN = 100000
LIM = 10**9


def main():
    seed, size = int(sys.argv[1]), max(1, int(sys.argv[2]))
    rng = random.Random("%d/%d" % (seed, size))
    n = rng.randint(1, min(size, MAXN))
    top = rng.choice([1, 3, max(1, n // 4), LIM])  # small ranges: many equal values
    nums = [rng.randint(-top, top) for _ in range(n)]
    k = min(n, rng.choice([1, 2, rng.randint(1, n), n, max(1, n // 2)]))
    print(n, k)
    print(" ".join(map(str, nums)))


if __name__ == "__main__":
    main()
