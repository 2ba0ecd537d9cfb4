#!/usr/bin/env python3
"""Test generator for longest-increasing-subsequence: writes OUTDIR/<name>.in for every test."""
import os
import random
import sys

SEED = 20261201
MAXV = 10**9


def write(outdir, name, values):
    assert 1 <= len(values) <= 200000 and all(-MAXV <= v <= MAXV for v in values)
    with open(os.path.join(outdir, name + ".in"), "w", newline="\n") as f:
        f.write(f"{len(values)}\n")
        f.write(" ".join(map(str, values)) + "\n")


def main():
    outdir = sys.argv[1]
    rng = random.Random(SEED)

    write(outdir, "sample-1", [10, 9, 2, 5, 3, 7, 101, 18])
    write(outdir, "sample-2", [4, 4, 4, 4, 4])

    write(outdir, "01-min", [-7])
    write(outdir, "02-two-equal", [5, 5])
    write(outdir, "03-two-increasing", [-MAXV, MAXV])
    write(outdir, "04-two-decreasing", [MAXV, -MAXV])
    write(outdir, "05-extreme-values", [rng.choice([-MAXV, MAXV, 0, MAXV - 1, -MAXV + 1])
                                        for _ in range(50)])
    write(outdir, "06-all-equal", [-MAXV] * 20000)
    write(outdir, "07-strictly-decreasing", list(range(50000, 0, -1)))
    write(outdir, "08-random-small", [rng.randint(-MAXV, MAXV) for _ in range(1000)])
    write(outdir, "09-random-few-distinct", [rng.randint(1, 5) for _ in range(10000)])

    # The best subsequence is made of the first elements of increasing runs that start ever
    # higher; the longest contiguous increasing run is much shorter.
    values = []
    for block in range(2000):
        start = block * 3
        values += [start + rng.randint(0, 2) for _ in range(10)]
    write(outdir, "10-noisy-staircase", values)

    write(outdir, "11-random-large-values", [rng.randint(-MAXV, MAXV) for _ in range(30000)])

    # Zig-zag around an increasing trend: 1 3 2 4 3 5 ...
    write(outdir, "12-zigzag", [i // 2 + (i % 2) * 2 for i in range(60000)])

    # Every value twice in a row: a non-strict answer would count both copies.
    write(outdir, "13-max-increasing-pairs", [i // 2 for i in range(200000)])
    write(outdir, "14-max-random", [rng.randint(0, 99999) for _ in range(200000)])


if __name__ == "__main__":
    main()
