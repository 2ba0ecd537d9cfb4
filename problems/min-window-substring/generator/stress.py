#!/usr/bin/env python3
"""Random tests of min-window-substring for `judge stress`: stress.py SEED SIZE prints one
valid input.

The same SEED and SIZE always print the same input; SIZE bounds the length of s and of t
(at most 100000 each).
"""
import random
import string
import sys

MAXN = 100000


def main():
    seed, size = int(sys.argv[1]), max(1, int(sys.argv[2]))
    rng = random.Random("%d/%d" % (seed, size))
    size = min(size, MAXN)
    alphabet = string.ascii_lowercase[:rng.choice([1, 2, 3, 5, 26])]
    s = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, size)))
    m = rng.randint(1, max(1, min(size, rng.choice([3, 10, size]))))
    if rng.random() < 0.5:  # t made of letters of s: usually some window exists
        t = "".join(rng.choice(s) for _ in range(m))
    else:
        t = "".join(rng.choice(alphabet) for _ in range(m))
    print(s)
    print(t)


if __name__ == "__main__":
    main()
