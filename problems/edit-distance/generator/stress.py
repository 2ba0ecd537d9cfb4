#!/usr/bin/env python3
"""Random tests of edit-distance for `judge stress`: stress.py SEED SIZE prints one valid input.

The same SEED and SIZE always print the same input; SIZE bounds the length of each string.
"""
import random
import sys


def main():
    seed, size = int(sys.argv[1]), max(1, int(sys.argv[2]))
    rng = random.Random("%d/%d" % (seed, size))
    letters = "abcdefghijklmnopqrstuvwxyz"[:rng.choice([1, 2, 3, 26])]
    s = "".join(rng.choice(letters) for _ in range(rng.randint(0, size)))
    t = "".join(rng.choice(letters) for _ in range(rng.randint(0, size)))
    print(s)
    print(t)

if __name__ == "__main__":
    main()
