#!/usr/bin/env python3
"""Test generator for coin-change: writes OUTDIR/<name>.in for every test."""
import os
import random
import sys

SEED = 20261130
MAXC = 10**6


def write(outdir, name, amount, coins):
    assert 1 <= len(coins) <= 100 and 0 <= amount <= 10**6 and len(coins) * amount <= 10**7
    assert all(1 <= c <= MAXC for c in coins)
    with open(os.path.join(outdir, name + ".in"), "w", newline="\n") as f:
        f.write(f"{len(coins)} {amount}\n")
        f.write(" ".join(map(str, coins)) + "\n")


def main():
    outdir = sys.argv[1]
    rng = random.Random(SEED)

    write(outdir, "sample-1", 11, [1, 2, 5])
    write(outdir, "sample-2", 6, [1, 3, 4])
    write(outdir, "sample-3", 3, [2])

    write(outdir, "01-zero-amount", 0, [7])
    write(outdir, "02-min-one-coin", 1, [1])
    write(outdir, "03-all-coins-too-large", 50, [51, 100, MAXC])
    write(outdir, "04-largest-coin-value", 10**6, [MAXC, 3])
    # Greedy takes 5 and is left with 4, which 3 cannot make; 3 + 3 + 3 works.
    write(outdir, "05-greedy-gets-stuck", 9, [5, 3])
    write(outdir, "06-greedy-not-optimal", 1010, [1, 30, 40, 60])
    write(outdir, "07-even-coins-odd-amount", 99999, [2, 4, 6, 10, 1000])
    write(outdir, "08-duplicate-coins", 100, [7, 7, 3, 3, 7, 11, 11])
    write(outdir, "09-single-coin-exact", 10**6, [1])
    write(outdir, "10-single-coin-impossible", 10**6, [3])
    write(outdir, "11-canonical-coins", 10**6, [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000])

    coins = rng.sample(range(1, 200), 8)
    write(outdir, "12-random-small", 1000, coins)

    # No coin 1 and few coins: many amounts are unreachable on the way.
    write(outdir, "13-large-coins-sparse", 10**6, [9973, 10007, 99991, 123457, 700001])

    # Coins chosen so that the largest-first choice is usually wrong.
    coins = sorted({rng.randint(2, 10**4) for _ in range(100)})
    while len(coins) < 100:
        coins = sorted(set(coins) | {rng.randint(2, 10**4)})
    write(outdir, "14-max-random-coins", 10**5, coins)

    write(outdir, "15-max-small-coins", 10**5, list(range(1, 101)))
    write(outdir, "16-max-amount-ten-coins", 10**6, [1] + rng.sample(range(2, 1000), 9))
    write(outdir, "17-max-amount-big-coins", 10**6,
          [rng.randint(10**5, MAXC) for _ in range(9)] + [rng.randint(2, 100)])


if __name__ == "__main__":
    main()
