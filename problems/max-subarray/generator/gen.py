#!/usr/bin/env python3
"""Test generator for max-subarray: writes OUTDIR/<name>.in for every test."""
import os
import random
import sys

SEED = 20261204
MAXV = 10**9


def write(outdir, name, values):
    assert 1 <= len(values) <= 200000 and all(-MAXV <= v <= MAXV for v in values)
    with open(os.path.join(outdir, name + ".in"), "w", newline="\n") as f:
        f.write(f"{len(values)}\n")
        f.write(" ".join(map(str, values)) + "\n")


def main():
    outdir = sys.argv[1]
    rng = random.Random(SEED)

    write(outdir, "sample-1", [-2, 1, -3, 4, -1, 2, 1, -5, 4])
    write(outdir, "sample-2", [-3, -1, -2])

    write(outdir, "01-min-positive", [5])
    write(outdir, "02-min-negative-extreme", [-MAXV])
    write(outdir, "03-all-negative", [rng.randint(-MAXV, -1) for _ in range(1000)])
    write(outdir, "04-all-zero", [0] * 1000)
    write(outdir, "05-negatives-and-one-zero", [-5] * 500 + [0] + [-3] * 499)
    # Three maximal values already overflow a 32-bit sum.
    write(outdir, "06-three-max-values", [MAXV, MAXV, MAXV])
    write(outdir, "07-alternating-extremes", [MAXV if i % 2 == 0 else -MAXV for i in range(1001)])
    # A good prefix, then a dip deep enough that the best segment starts after it.
    write(outdir, "08-best-after-deep-dip",
          [MAXV] * 3 + [-MAXV] * 5 + [MAXV] * 4 + [-1] + [MAXV] * 2)
    write(outdir, "09-random-small", [rng.randint(-20, 20) for _ in range(10)])
    write(outdir, "10-all-max", [MAXV] * 20000)
    write(outdir, "11-random-large-values", [rng.randint(-MAXV, MAXV) for _ in range(50000)])
    write(outdir, "12-max-all-negative", [rng.randint(-99999, -1) for _ in range(200000)])
    # Slightly positive on average: the best sum is in the billions.
    write(outdir, "13-max-random", [rng.randint(-70000, 99999) for _ in range(200000)])


if __name__ == "__main__":
    main()
