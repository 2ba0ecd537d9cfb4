#!/usr/bin/env python3
"""Test generator for single-number: writes OUTDIR/<name>.in for every test."""
import os
import random
import sys

SEED = 20261201
LO, HI = -2**31, 2**31 - 1
MAX_N = 199999


def write(outdir, name, values):
    n = len(values)
    assert 1 <= n <= MAX_N and n % 2 == 1 and all(LO <= v <= HI for v in values)
    counts = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    assert sorted(counts.values()).count(1) == 1 and all(c in (1, 2) for c in counts.values())
    with open(os.path.join(outdir, name + ".in"), "w", newline="\n") as f:
        f.write(f"{n}\n")
        f.write(" ".join(map(str, values)) + "\n")


def distinct(rng, count, lo=LO, hi=HI):
    return rng.sample(range(lo, hi + 1), count)


def shuffled_pairs(rng, pairs, single):
    """Every value of pairs twice and single once, in random order."""
    values = pairs * 2 + [single]
    rng.shuffle(values)
    return values


def main():
    outdir = sys.argv[1]
    rng = random.Random(SEED)

    write(outdir, "sample-1", [3, -1, 8, 3, 5, -1, 8])
    write(outdir, "sample-2", [LO])

    write(outdir, "01-single-element", [42])
    # The single value is 0: a solution that "finds nothing" and returns 0 would pass it,
    # but so must every correct one.
    write(outdir, "02-single-is-zero", shuffled_pairs(rng, [7, -7, 1, 100], 0))
    write(outdir, "03-extremes", [LO, HI, -1, LO, -1])
    # Pairs next to each other, the single value first.
    write(outdir, "04-adjacent-pairs", [9, 4, 4, 7, 7, -3, -3, 0, 0])
    # Random pairs, the single value last.
    vals = distinct(rng, 51)
    pairs = vals[:50] * 2
    rng.shuffle(pairs)
    write(outdir, "05-single-at-end", pairs + [vals[50]])
    # Sorted, the single value the largest (the last element).
    vals = sorted(distinct(rng, 501, -10**6, 10**6))
    write(outdir, "06-sorted-single-largest", sorted(vals[:500] * 2) + [vals[500]])
    # Sorted, the single value the smallest (the first element).
    write(outdir, "07-sorted-single-smallest", [vals[0]] + sorted(vals[1:] * 2))
    vals = distinct(rng, 500, LO, -1)
    write(outdir, "08-all-negative", shuffled_pairs(rng, vals[:499], vals[499]))
    vals = distinct(rng, 8, -20, 20)
    write(outdir, "09-random-small", shuffled_pairs(rng, vals[:7], vals[7]))
    vals = distinct(rng, 1001)
    write(outdir, "10-random-medium", shuffled_pairs(rng, vals[:1000], vals[1000]))
    vals = distinct(rng, 30001)
    write(outdir, "11-random-full-range", shuffled_pairs(rng, vals[:30000], vals[30000]))
    # The largest: values of at most 6 digits (the tests stay small), the single value last,
    # so scanning for it value by value costs n^2 comparisons.
    vals = distinct(rng, 100000, -10**5, 10**5)
    pairs = vals[:99999] * 2
    rng.shuffle(pairs)
    write(outdir, "12-max-single-last", pairs + [vals[99999]])


if __name__ == "__main__":
    main()
