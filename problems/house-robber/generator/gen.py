#!/usr/bin/env python3
"""Test generator for house-robber: writes OUTDIR/<name>.in for every test (edge cases, then
random, then the largest allowed); generator/ref.cpp answers them."""
import os
import random
import sys

SEED = 20261207
MAXN = 200000
MAXV = 10**9


def write(outdir, name, values):
    assert 1 <= len(values) <= MAXN and all(0 <= v <= MAXV for v in values)
    with open(os.path.join(outdir, name + ".in"), "w", newline="\n") as f:
        f.write("%d\n" % len(values))
        f.write(" ".join(map(str, values)) + "\n")


def main():
    outdir = sys.argv[1]
    rng = random.Random(SEED)

    write(outdir, "sample-1", [5, 1, 2, 10, 6, 2])
    write(outdir, "sample-2", [42])

    write(outdir, "01-single-zero", [0])
    write(outdir, "02-single-max", [MAXV])
    write(outdir, "03-two-houses", [3, 9])
    write(outdir, "04-all-zero", [0] * 10)
    # The best set skips two houses in the middle: taking every other house misses it.
    write(outdir, "05-gap-of-two", [2, 1, 1, 2])
    # Five maximal amounts: the answer 3 * 10^9 is past 32 bits.
    write(outdir, "06-five-max-values", [MAXV] * 5)
    # A big house every third one: the best set alternates gaps of one and two houses.
    write(outdir, "07-peaks-every-third", [10 if i % 3 == 0 else 6 for i in range(30)])
    write(outdir, "08-random-small", [rng.randint(0, 20) for _ in range(25)])
    # Already far too many branches for a recursion that remembers nothing.
    write(outdir, "09-random-100", [rng.randint(0, MAXV) for _ in range(100)])
    # Deeper than Python's default recursion limit.
    write(outdir, "10-random-2000", [rng.randint(0, MAXV) for _ in range(2000)])
    write(outdir, "11-large-values", [rng.randint(MAXV // 2, MAXV) for _ in range(20000)])
    write(outdir, "12-all-max", [MAXV] * 20000)
    write(outdir, "13-max-small-values", [rng.randint(0, 999) for _ in range(MAXN)])
    # Low and high amounts mixed at random: the best set has gaps of one and two houses all
    # along the street.
    write(outdir, "14-max-mixed",
          [rng.randint(0, 9) if rng.random() < 0.5 else rng.randint(90, 99) for _ in range(MAXN)])


if __name__ == "__main__":
    main()
