#!/usr/bin/env python3
"""Random tests of longest-valid-parentheses for `judge stress`: stress.py SEED SIZE prints one
valid input.

The same SEED and SIZE always print the same input; SIZE bounds the length of the string
(clamped to 500 000).
"""
import random
import sys

MAX_N = 500000


def main():
    seed, size = int(sys.argv[1]), max(1, int(sys.argv[2]))
    rng = random.Random("%d/%d" % (seed, size))
    n = rng.randint(1, min(size, MAX_N))
    p_open = rng.choice([0.5, 0.5, 0.4, 0.6, 0.9])
    s = "".join("(" if rng.random() < p_open else ")" for _ in range(n))
    sys.stdout.write(s + "\n")


if __name__ == "__main__":
    main()
