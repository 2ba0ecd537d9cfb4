#!/usr/bin/env python3
"""Random tests of jump-game-min for `judge stress`: stress.py SEED SIZE prints one valid input.

The same SEED and SIZE always print the same input; SIZE bounds the length of the array.
Jumps are short and zeros common enough that about half the arrays cannot be crossed.
"""
import random
import sys


def main():
    seed, size = int(sys.argv[1]), max(1, int(sys.argv[2]))
    rng = random.Random("%d/%d" % (seed, size))
    n = rng.randint(1, min(size, 200000))
    top = rng.choice([2, 3, 5, max(1, n // 3), 100000])
    zeros = rng.choice([0.0, 0.1, 0.3])
    nums = [0 if rng.random() < zeros else rng.randint(1, top) for _ in range(n)]
    print(n)
    print(" ".join(map(str, nums)))


if __name__ == "__main__":
    main()
