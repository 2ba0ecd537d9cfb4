#!/usr/bin/env python3
"""Test generator for gas-station: writes OUTDIR/<name>.in for every test.

Several tests have a total of gas one short of the total cost: the one-pass greedy without
the total check still names a start there. Others have a total of exactly zero (the trip is
possible, with an empty tank at the end), several valid starts (the smallest is asked for),
and the largest ones make trying every start and driving until the tank runs dry cost about
n^2 / 4 steps.
"""
import os
import random
import sys

SEED = 20261203
MAXV = 10**4


def write(outdir, name, gas, cost):
    n = len(gas)
    assert 1 <= n <= 200000 and len(cost) == n
    assert all(0 <= v <= MAXV for v in gas + cost)
    with open(os.path.join(outdir, name + ".in"), "w", newline="\n") as f:
        f.write("%d\n" % n)
        f.write(" ".join(map(str, gas)) + "\n")
        f.write(" ".join(map(str, cost)) + "\n")


def from_diffs(rng, diffs, top=MAXV):
    """gas and cost with gas[i] - cost[i] = diffs[i], both at most top."""
    gas, cost = [], []
    for d in diffs:
        assert abs(d) <= top
        base = rng.randint(0, top - abs(d))
        gas.append(base + max(d, 0))
        cost.append(base + max(-d, 0))
    return gas, cost


def random_diffs(rng, n, bound, total):
    """n differences in [-bound, bound] summing to total."""
    d = [rng.randint(-bound, bound) for _ in range(n)]
    excess = sum(d) - total
    while excess != 0:
        i = rng.randrange(n)
        step = max(-bound - d[i], min(bound - d[i], -excess))
        d[i] += step
        excess += step
    return d


def main():
    outdir = sys.argv[1]
    rng = random.Random(SEED)

    write(outdir, "sample-1", [1, 2, 3, 4, 5], [3, 4, 5, 1, 2])
    write(outdir, "sample-2", [2, 3, 4], [3, 4, 3])
    write(outdir, "sample-3", [1, 3, 1, 3], [2, 2, 2, 2])

    write(outdir, "01-single-enough", [5], [5])
    write(outdir, "02-single-short", [4], [5])
    write(outdir, "03-two-second", [0, 9], [4, 4])
    write(outdir, "04-all-zero", [0] * 1000, [0] * 1000)
    # Total exactly zero: the trip is possible, arriving with an empty tank.
    write(outdir, "05-total-zero", *from_diffs(rng, random_diffs(rng, 1000, 50, 0)))
    # Total one short: impossible, though the greedy's last start (1) survives to the end.
    write(outdir, "06-one-short-after-deficit", *from_diffs(rng, [-1000] + [1] * 999))
    write(outdir, "07-one-short-random", *from_diffs(rng, random_diffs(rng, 1000, 100, -1)))
    # Alternating -1, +1: every odd index is a valid start; the smallest is 1.
    write(outdir, "08-many-valid-starts", *from_diffs(rng, [-1, 1] * 500))
    write(outdir, "09-random-small", *from_diffs(rng, random_diffs(rng, 10, 5, 2)))
    write(outdir, "10-random-small-impossible", *from_diffs(rng, random_diffs(rng, 10, 5, -3)))
    for i, (n, total) in enumerate([(5000, 0), (5000, -1), (20000, 37), (20000, -20000)]):
        write(outdir, "%02d-random-%d%s" % (11 + i, n, "-short" if total < 0 else ""),
              *from_diffs(rng, random_diffs(rng, n, MAXV, total)))
    # The largest tests, with small numbers (keeps the files small). +1, -1 pairs: every
    # even start drives almost all the way round before it fails at the last station
    # (impossible), or the only valid start is the last station.
    n = 200000
    write(outdir, "15-max-pairs-impossible", *from_diffs(rng, [1, -1] * (n // 2 - 1) + [1, -2], 4))
    write(outdir, "16-max-pairs-last-start", *from_diffs(rng, [1, -1] * (n // 2 - 1) + [-1, 2], 4))
    write(outdir, "17-random-100000", *from_diffs(rng, random_diffs(rng, 100000, 4, 3), 9))


if __name__ == "__main__":
    main()
