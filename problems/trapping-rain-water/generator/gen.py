#!/usr/bin/env python3
"""Test generator for trapping-rain-water: writes OUTDIR/<name>.in for every test."""
import os
import random
import sys

SEED = 20261213
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

    write(outdir, "sample-1", [0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1])
    write(outdir, "sample-2", [4, 2, 0, 3, 2, 5])

    write(outdir, "01-one-bar", [7])
    write(outdir, "02-two-bars", [3, 9])
    write(outdir, "03-all-zero", [0] * 1000)
    # Nothing is held: the water would run off an open side.
    write(outdir, "04-increasing", list(range(1, 1001)))
    write(outdir, "05-decreasing", list(range(1000, 0, -1)))
    write(outdir, "06-mountain", list(range(1, 501)) + list(range(500, 0, -1)))
    # Three units of width under walls of 10^9: past 32 bits already.
    write(outdir, "07-deep-pit", [MAXH, 0, 0, 0, MAXH])
    write(outdir, "08-equal-walls-plateaus", [5, 5, 1, 1, 5, 5, 2, 7, 7, 0, 7, 3, 3])
    write(outdir, "09-random-small", [rng.randint(0, 9) for _ in range(12)])
    write(outdir, "10-valley", list(range(500, 0, -1)) + [0] + list(range(1, 501)))
    write(outdir, "11-random-medium", [rng.randint(0, 1000) for _ in range(1000)])
    write(outdir, "12-random-large-heights", [rng.randint(0, MAXH) for _ in range(20000)])
    # Walls of 10^9 at both ends, the floor in between: the answer is close to 2 * 10^14.
    write(outdir, "13-max-two-walls", [MAXH] + [0] * (MAXN - 2) + [MAXH])
    write(outdir, "14-max-random-low", [rng.randint(0, 99) for _ in range(MAXN)])
    # Many pits of different depths between a few tall walls.
    walls = [rng.randint(0, 9) if i % 5000 else 99 for i in range(MAXN)]
    write(outdir, "15-max-pits", walls)


if __name__ == "__main__":
    main()
