#!/usr/bin/env python3
"""Random tests of longest-unique-substring for `judge stress`: stress.py SEED SIZE prints one valid input.

The same SEED and SIZE always print the same input; SIZE bounds the length of the string.
"""
import random
import sys


def main():
    seed, size = int(sys.argv[1]), max(1, int(sys.argv[2]))
    rng = random.Random("%d/%d" % (seed, size))
    n = rng.randint(0, size)
    letters = "abcdefghijklmnopqrstuvwxyz"[:rng.choice([1, 2, 3, 5, 26])]
    print(n)
    print("".join(rng.choice(letters) for _ in range(n)))

if __name__ == "__main__":
    main()
