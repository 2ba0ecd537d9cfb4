#!/usr/bin/env python3
"""Random tests of palindrome-min-cuts for `judge stress`: stress.py SEED SIZE prints one
valid input.

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
    n = rng.randint(1, min(size, MAXN))
    alphabet = string.ascii_lowercase[:rng.choice([1, 2, 3, 26])]
    if rng.random() < 0.4:  # palindromic blocks glued together
        s = ""
        while len(s) < n:
            half = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
            s += half + rng.choice(["", rng.choice(alphabet)]) + half[::-1]
        s = (s or alphabet[0])[:n]
    else:
        s = "".join(rng.choice(alphabet) for _ in range(n))
    print(s)


if __name__ == "__main__":
    main()
