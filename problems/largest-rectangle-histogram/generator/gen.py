#!/usr/bin/env python3
"""Test generator for largest-rectangle-histogram: writes OUTDIR/<name>.in for every test."""
import os
import random
import sys

SEED = 20261214
MAXN = 200000
MAXH = 10**9


def write(outdir, name, heights):
    assert 1 <= len(heights) <= MAXN and all(0 <= h <= MAXH for h in heights)
    with open(os.path.join(outdir, name + ".in"), "w", newline="\n") as f:
        f.write(f"{len(heights)}\n")
        f.write(" ".join(map(str, heights)) + "\n")


def main():
    outdir = sys.argv[1]
    rng = random.Random(SEED)

    write(outdir, "sample-1", [2, 1, 5, 6, 2, 3])
    write(outdir, "sample-2", [2, 4])

    write(outdir, "01-one-bar", [7])
    write(outdir, "02-one-zero-bar", [0])
    write(outdir, "03-equal-heights", [3, 3, 3, 3, 3])
    # Three bars of 10^9: an area past 32 bits.
    write(outdir, "04-three-max-bars", [MAXH, MAXH, MAXH])
    # Rising to the end: nothing is popped before the last bar.
    write(outdir, "05-increasing", list(range(1, 2001)))
    write(outdir, "06-decreasing", list(range(2000, 0, -1)))
    write(outdir, "07-low-bar-between", [2, 1, 2, 0, 4, 4, 1, 4, 4])
    write(outdir, "08-zeros-split", [5, 6, 0, 4, 4, 4, 0, 9])
    write(outdir, "09-random-small", [rng.randint(0, 9) for _ in range(12)])
    write(outdir, "10-random-medium", [rng.randint(0, 1000) for _ in range(1000)])
    write(outdir, "11-random-large-heights", [rng.randint(0, MAXH) for _ in range(20000)])
    # Tall plateaus with ties, separated by dips: the widest plateau wins.
    write(outdir, "12-plateaus", [MAXH - rng.randint(0, 3) if i % 1000 else rng.randint(0, 10**6)
                                  for i in range(20000)])
    # One long non-decreasing run: expanding from every bar is quadratic.
    write(outdir, "13-max-increasing-run", [i // 1000 + 1 for i in range(MAXN)])
    write(outdir, "14-max-all-equal", [1] * MAXN)
    write(outdir, "15-max-random-low", [rng.randint(0, 9) for _ in range(MAXN)])
    write(outdir, "16-max-decreasing-run", [(MAXN - 1 - i) // 1000 + 1 for i in range(MAXN // 2)])


if __name__ == "__main__":
    main()
