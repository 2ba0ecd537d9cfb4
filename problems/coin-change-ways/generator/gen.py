#!/usr/bin/env python3
"""Test generator for coin-change-ways: writes OUTDIR/<name>.in for every test (edge cases,
then random, then the largest allowed); generator/ref.cpp answers them."""
import os
import random
import sys

SEED = 20261201
MAXN = 100
MAXC = 10**4
MAXA = 10**5
MAXWORK = 10**6  # n * amount


def write(outdir, name, amount, coins):
    n = len(coins)
    assert 1 <= n <= MAXN and 0 <= amount <= MAXA and n * amount <= MAXWORK
    assert len(set(coins)) == n and all(1 <= c <= MAXC for c in coins)
    with open(os.path.join(outdir, name + ".in"), "w", newline="\n") as f:
        f.write("%d %d\n" % (n, amount))
        f.write(" ".join(map(str, coins)) + "\n")


def main():
    outdir = sys.argv[1]
    rng = random.Random(SEED)

    write(outdir, "sample-1", 5, [1, 2, 5])
    write(outdir, "sample-2", 3, [2])

    write(outdir, "01-amount-zero", 0, [7])
    write(outdir, "02-single-coin-exact", 10000, [10000])
    write(outdir, "03-coin-too-large", 9, [10])
    # 1 + 2 and 2 + 1 are the same combination: counting orders gives 3, not 2.
    write(outdir, "04-order-does-not-matter", 3, [2, 1])
    write(outdir, "05-no-way", 7, [4, 6, 10])
    write(outdir, "06-random-small", 30, rng.sample(range(1, 16), 5))
    # Far too many combinations to list one by one, and past the modulus.
    write(outdir, "07-ones-to-twenty", 500, list(range(1, 21)))
    # A coin of 1 and a large amount: a recursion one coin at a time goes 10^4 calls deep.
    write(outdir, "08-deep-with-one", 10000, [1, 3, 7, 50])
    write(outdir, "09-random-medium", 5000, rng.sample(range(1, 200), 30))
    write(outdir, "10-even-coins-odd-amount", 9999, [2, 4, 6, 8, 10, 1000])
    write(outdir, "11-max-amount-few-coins", MAXA, [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000])
    write(outdir, "12-max-hundred-small-coins", 10000, list(range(1, 101)))
    write(outdir, "13-max-hundred-random-coins", 10000, rng.sample(range(1, MAXC + 1), 100))
    write(outdir, "14-max-fifty-coins", 20000, rng.sample(range(1, 1001), 50))
    write(outdir, "15-max-large-coins", MAXA, rng.sample(range(MAXC // 2, MAXC + 1), 10))


if __name__ == "__main__":
    main()
