#!/usr/bin/env python3
"""Test generator for max-non-overlapping: writes OUTDIR/<name>.in for every test.

Many tests make intervals touch (one ending exactly where another starts): they are
compatible, and a solution treating intervals as closed takes too few. Others put a long
interval that starts first (or a short one that ends late) where a greedy by start (or by
length) picks it and loses.
"""
import os
import random
import sys

SEED = 20261202
MAXT = 10**9


def write(outdir, name, iv):
    assert 1 <= len(iv) <= 200000
    assert all(0 <= s < e <= MAXT for s, e in iv)
    with open(os.path.join(outdir, name + ".in"), "w", newline="\n") as f:
        f.write("%d\n" % len(iv))
        f.write("".join("%d %d\n" % m for m in iv))


def shuffled(rng, iv):
    iv = list(iv)
    rng.shuffle(iv)
    return iv


def random_iv(rng, n, top, longest):
    out = []
    for _ in range(n):
        s = rng.randint(0, top - 1)
        out.append((s, min(top, s + rng.randint(1, longest))))
    return out


def main():
    outdir = sys.argv[1]
    rng = random.Random(SEED)

    write(outdir, "sample-1", [(1, 2), (2, 3), (3, 4), (1, 3)])
    write(outdir, "sample-2", [(0, 10), (1, 3), (4, 6), (3, 5), (7, 9)])

    write(outdir, "01-single", [(0, MAXT)])
    write(outdir, "02-two-touching", [(3, 7), (0, 3)])
    write(outdir, "03-two-overlapping-by-one", [(0, 4), (3, 9)])
    write(outdir, "04-identical", [(5, 9)] * 1000)
    # A long interval first by start hides many short ones: greedy by start takes 1.
    write(outdir, "05-long-first", shuffled(rng, [(0, MAXT)] + [(2 * i + 1, 2 * i + 2) for i in range(1000)]))
    # Shortest intervals each straddle two longer disjoint ones: greedy by length loses.
    straddle = [(10 * i, 10 * i + 6) for i in range(1000)] + \
               [(10 * i + 5, 10 * i + 8) for i in range(1000)] + \
               [(10 * i + 6, 10 * i + 10) for i in range(1000)]
    # Per block [0,6) [5,8) [6,10): by length [5,8) is taken first and blocks both others;
    # the optimum per block is 2 ([0,6) and [6,10)).
    write(outdir, "06-short-straddles", shuffled(rng, straddle))
    # Back-to-back chain: all compatible; closed intervals would take only every other one.
    write(outdir, "07-touching-chain", shuffled(rng, [(10 * i, 10 * i + 10) for i in range(1000)]))
    write(outdir, "08-nested", shuffled(rng, [(i, MAXT - i) for i in range(1000)]))
    write(outdir, "09-random-small", random_iv(rng, 10, 12, 4))
    write(outdir, "10-random-unit-length", random_iv(rng, 3000, 60, 1))
    write(outdir, "11-random-short-many-ties", random_iv(rng, 5000, 200, 6))
    write(outdir, "12-random-large-times", random_iv(rng, 15000, MAXT, MAXT // 1000))
    # Long intervals starting early mixed with short ones: by start and by length both fail.
    mixed = random_iv(rng, 20000, 100000, 50)
    mixed += [(s, s + rng.randint(60, 400)) for s in (rng.randint(0, 99000) for _ in range(30000))]
    write(outdir, "13-mixed-long-short", shuffled(rng, mixed))
    # Many short touching intervals, then the largest test: 200000 intervals, all containing
    # time 10, with small numbers (keeps the file small).
    write(outdir, "14-touching-short", random_iv(rng, 80000, 5000, 3))
    write(outdir, "15-max-all-overlap",
          [(rng.randint(0, 9), rng.randint(11, 99)) for _ in range(200000)])


if __name__ == "__main__":
    main()
