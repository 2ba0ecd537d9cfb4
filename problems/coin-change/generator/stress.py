#!/usr/bin/env python3
"""Random tests of coin-change for `judge stress`: stress.py SEED SIZE prints one valid input.

The same SEED and SIZE always print the same input; SIZE bounds the number of coins and a tenth of the amount.
"""
import random
import sys


def main():
    seed, size = int(sys.argv[1]), max(1, int(sys.argv[2]))
    rng = random.Random("%d/%d" % (seed, size))
    k = rng.randint(1, min(size, 100))
    amount = rng.randint(0, 10 * size)
    top = rng.choice([3, 10, max(1, amount + 1), 10**6])
    coins = [rng.randint(1, top) for _ in range(k)]
    print(k, amount)
    print(" ".join(map(str, coins)))

if __name__ == "__main__":
    main()
