#!/usr/bin/env python3
"""Random tests of longest-palindromic-substring for `judge stress`: stress.py SEED SIZE
prints one valid input.

The same SEED and SIZE always print the same input; SIZE bounds the length of the string
(at most 2000).
"""
import random
import string
import sys

MAXN = 2000


def main():
    seed, size = int(sys.argv[1]), max(1, int(sys.argv[2]))
    rng = random.Random("%d/%d" % (seed, size))
    size = min(size, MAXN)
    alphabet = string.ascii_lowercase[:rng.choice([1, 2, 3, 26])]
    n = rng.randint(1, size)
    s = "".join(rng.choice(alphabet) for _ in range(n))
    if rng.random() < 0.3 and n >= 4:  # plant a palindrome, even or odd
        half = s[:rng.randint(1, n // 2)]
        mid = rng.choice(["", rng.choice(alphabet)])
        pal = half + mid + half[::-1]
        at = rng.randint(0, n - len(pal))
        s = (s[:at] + pal + s[at + len(pal):])[:n]
    print(s)


if __name__ == "__main__":
    main()
