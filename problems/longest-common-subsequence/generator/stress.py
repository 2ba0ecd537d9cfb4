#!/usr/bin/env python3
"""Random tests of longest-common-subsequence for `judge stress`: stress.py SEED SIZE prints
one valid input.

The same SEED and SIZE always print the same input; SIZE bounds the length of each string
(at most 1500).
"""
import random
import string
import sys

MAXN = 1500


def main():
    seed, size = int(sys.argv[1]), max(1, int(sys.argv[2]))
    rng = random.Random("%d/%d" % (seed, size))
    size = min(size, MAXN)
    alphabet = string.ascii_lowercase[:rng.choice([1, 2, 3, 4, 26])]
    s = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, size)))
    if rng.random() < 0.2 and len(s) > 1:  # t holds s as a subsequence, with letters between
        t = "".join(ch + "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 2)))
                    for ch in s)[:MAXN]
    else:
        t = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, size)))
    print(s)
    print(t)


if __name__ == "__main__":
    main()
