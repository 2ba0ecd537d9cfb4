#!/usr/bin/env python3
"""Random tests of max-subarray for `judge stress`: stress.py SEED SIZE prints one valid input.

The same SEED and SIZE always print the same input; SIZE bounds the length of the array.
"""
import random
import sys


def main():
    seed, size = int(sys.argv[1]), max(1, int(sys.argv[2]))
    rng = random.Random("%d/%d" % (seed, size))
    n = rng.randint(1, size)
    top = rng.choice([5, 100, 10**9])
    if rng.random() < 0.3:  # large values of one sign: sums past 32 bits
        sign = rng.choice([-1, 1])
        values = [sign * rng.randint(top // 2, top) for _ in range(n)]
    else:
        values = [rng.randint(-top, top) for _ in range(n)]
    print(n)
    print(" ".join(map(str, values)))

if __name__ == "__main__":
    main()
