#!/usr/bin/env python3
"""Test generator for min-eating-speed: writes OUTDIR/<name>.in for every test."""
import os
import random
import sys

SEED = 20261201
MAXP = 10**9
MAXH = 10**9


def write(outdir, name, h, piles):
    n = len(piles)
    assert 1 <= n <= 100000 and n <= h <= MAXH and all(1 <= p <= MAXP for p in piles)
    with open(os.path.join(outdir, name + ".in"), "w", newline="\n") as f:
        f.write("%d %d\n%s\n" % (n, h, " ".join(map(str, piles))))


def main():
    outdir = sys.argv[1]
    rng = random.Random(SEED)

    write(outdir, "sample-1", 8, [9, 4, 13, 6, 2])
    write(outdir, "sample-2", 4, [7, 15, 3, 9])
    write(outdir, "sample-3", 1000000000, [900000000, 900000000, 900000000])

    write(outdir, "01-one-item", 1, [1])
    write(outdir, "02-one-pile-slow", MAXH, [MAXP])
    write(outdir, "03-one-pile-one-hour", 1, [MAXP])
    # Every pile gets exactly one hour: the answer is the largest pile.
    piles = [rng.randint(1, MAXP) for _ in range(1000)]
    write(outdir, "04-one-hour-each", 1000, piles)
    # Enough hours to eat one item an hour: the answer is 1.
    piles = [rng.randint(1, 1000) for _ in range(1000)]
    write(outdir, "05-speed-one", sum(piles) + rng.randint(0, 1000), piles)
    # The total passes 2^31 while the answer is a small speed, and a search over [1, max]
    # that moves hi below each speed that fits ends up trying k = 1: its hours, the whole
    # total, do not fit in 32 bits.
    write(outdir, "06-wide-sum-four-piles", 975070760,
          [914427876, 672767075, 577706145, 639276840])
    write(outdir, "07-wide-sum-eight-piles", 952858905,
          [836487028, 794331193, 938692464, 795499421, 757424839, 958160397, 639835770,
           760253607])
    write(outdir, "08-wide-sum-ten-piles", 995243057,
          [758383579, 578681020, 601775231, 599072170, 561711698, 609475505, 592605750,
           951086612, 584840243, 651985173])
    write(outdir, "09-random-tiny", 13, [rng.randint(1, 30) for _ in range(10)])
    # One hour more than piles: only one pile may take two hours.
    piles = [rng.randint(1, MAXP) for _ in range(2000)]
    write(outdir, "10-one-spare-hour", 2001, piles)
    piles = [rng.randint(1, MAXP) for _ in range(5000)]
    write(outdir, "11-random-medium", rng.randint(5000, 10**6), piles)
    write(outdir, "12-all-equal", MAXH, [MAXP] * 20000)
    # Largest n, large piles, any h.
    piles = [rng.randint(1, MAXP) for _ in range(100000)]
    write(outdir, "13-max-random", rng.randint(10**6, MAXH), piles)
    # Largest n, h == n: the answer is about 10^5, so trying every speed costs 10^10.
    piles = [rng.randint(1, 99999) for _ in range(100000)]
    write(outdir, "14-max-one-hour-each", 100000, piles)
    # Many large piles, one spare hour: the answer is near 10^9.
    piles = [rng.randint(5 * 10**8, MAXP) for _ in range(50000)]
    write(outdir, "15-large-one-spare-hour", 50001, piles)


if __name__ == "__main__":
    main()
