#!/usr/bin/env python3
"""Random tests of longest-repeating-replacement for `judge stress`: stress.py SEED SIZE prints
one valid input.

The same SEED and SIZE always print the same input; SIZE bounds the length of s (at most
200000).
"""
import random
import string
import sys

MAXN = 200000


def main():
    seed, size = int(sys.argv[1]), max(1, int(sys.argv[2]))
    rng = random.Random("%d/%d" % (seed, size))
    size = min(size, MAXN)
    alphabet = string.ascii_uppercase[:rng.choice([1, 2, 3, 5, 26])]
    n = rng.randint(1, size)
    s = "".join(rng.choice(alphabet) for _ in range(n))
    k = rng.randint(0, max(0, min(n, rng.choice([0, 2, 10, n]))))
    print(s)
    print(k)


if __name__ == "__main__":
    main()
