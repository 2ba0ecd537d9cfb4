#!/usr/bin/env python3
"""Random tests of coin-change-ways for `judge stress`: stress.py SEED SIZE prints one valid
input.

The same SEED and SIZE always print the same input; SIZE bounds the amount (clamped to
10^5) and the number of coins (clamped to 100, and so that n * amount <= 10^6).
"""
import random
import sys

MAX_N = 100
MAX_COIN = 10**4
MAX_AMOUNT = 10**5
MAX_WORK = 10**6


def main():
    seed, size = int(sys.argv[1]), max(1, int(sys.argv[2]))
    rng = random.Random("%d/%d" % (seed, size))
    amount = rng.randint(0, min(size, MAX_AMOUNT))
    max_n = min(MAX_N, size, MAX_WORK // max(1, amount))
    n = rng.randint(1, max_n)
    top = rng.choice([min(MAX_COIN, max(n, 10)), min(MAX_COIN, max(n, amount)), MAX_COIN])
    coins = rng.sample(range(1, top + 1), n)
    sys.stdout.write("%d %d\n%s\n" % (n, amount, " ".join(map(str, coins))))


if __name__ == "__main__":
    main()
