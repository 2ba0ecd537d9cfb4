#!/usr/bin/env python3
"""Random tests of single-number for `judge stress`: stress.py SEED SIZE prints one valid input.

The same SEED and SIZE always print the same input; SIZE bounds the length of the array (made
odd, at most 199999): every value twice, one value once, in random order.
"""
import random
import sys

MAX_N = 199999


def main():
    seed, size = int(sys.argv[1]), max(1, int(sys.argv[2]))
    rng = random.Random("%d/%d" % (seed, size))
    n = rng.randint(1, min(size, MAX_N))
    if n % 2 == 0:
        n -= 1
    pairs = (n - 1) // 2
    top = rng.choice([10, 10**5, 2**31])
    top = max(top, pairs + 1)  # room for pairs + 1 distinct values
    values = rng.sample(range(-top, min(top, 2**31 - 1) + 1), pairs + 1)
    array = values[:pairs] * 2 + [values[pairs]]
    rng.shuffle(array)
    print(n)
    print(" ".join(map(str, array)))


if __name__ == "__main__":
    main()
