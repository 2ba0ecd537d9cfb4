#!/usr/bin/env python3
"""Random tests of top-k-frequent for `judge stress`: stress.py SEED SIZE prints one valid
input.

The same SEED and SIZE always print the same input; SIZE bounds the length of the array
(at most 200000).
"""
import random
import sys

MAXN = 200000
LIM = 10**9


def main():
    seed, size = int(sys.argv[1]), max(1, int(sys.argv[2]))
    rng = random.Random("%d/%d" % (seed, size))
    n = rng.randint(1, min(size, MAXN))
    top = rng.choice([1, 3, max(1, n // 4), max(1, n), LIM])  # small ranges: many ties
    nums = [rng.randint(-top, top) for _ in range(n)]
    k = rng.randint(1, len(set(nums)))
    print(n, k)
    print(" ".join(map(str, nums)))


if __name__ == "__main__":
    main()
