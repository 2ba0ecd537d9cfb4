#!/usr/bin/env python3
"""Test generator for meeting-rooms: writes OUTDIR/<name>.in for every test.

Most tests make meetings touch (one ending exactly where another starts), which is where a
solution treating the meetings as closed intervals counts one room too many.
"""
import os
import random
import sys

SEED = 20261201
MAXT = 10**9


def write(outdir, name, meetings):
    assert 1 <= len(meetings) <= 200000
    assert all(0 <= s < e <= MAXT for s, e in meetings)
    with open(os.path.join(outdir, name + ".in"), "w", newline="\n") as f:
        f.write("%d\n" % len(meetings))
        f.write("".join("%d %d\n" % m for m in meetings))


def shuffled(rng, meetings):
    meetings = list(meetings)
    rng.shuffle(meetings)
    return meetings


def random_meetings(rng, n, top, longest):
    out = []
    for _ in range(n):
        s = rng.randint(0, top - 1)
        out.append((s, min(top, s + rng.randint(1, longest))))
    return out


def main():
    outdir = sys.argv[1]
    rng = random.Random(SEED)

    write(outdir, "sample-1", [(0, 30), (5, 10), (15, 20)])
    write(outdir, "sample-2", [(5, 10), (1, 5), (2, 5), (10, 12)])

    write(outdir, "01-single", [(0, MAXT)])
    write(outdir, "02-two-touching", [(3, 7), (0, 3)])
    write(outdir, "03-two-overlapping-by-one", [(0, 4), (3, 9)])
    # A chain of back-to-back meetings: one room all day; closed intervals would need two.
    write(outdir, "04-touching-chain", shuffled(rng, [(10 * i, 10 * i + 10) for i in range(1000)]))
    write(outdir, "05-identical", [(0, MAXT)] * 1000)
    write(outdir, "06-nested", shuffled(rng, [(i, MAXT - i) for i in range(1000)]))
    write(outdir, "07-disjoint-with-gaps",
          shuffled(rng, [(100 * i, 100 * i + rng.randint(1, 99)) for i in range(1000)]))
    # Bundles of k meetings ending at t while k others start at t: k rooms, not 2k.
    bundles = []
    for t in range(1, 200):
        k = 1 + (t * 7) % 13
        bundles += [(t - 1, t)] * k
    write(outdir, "08-touching-bundles", shuffled(rng, bundles))
    # Meetings whose starts are in decreasing order: taken unsorted, a greedy reuses wrongly.
    write(outdir, "09-reverse-order", [(2 * i, 2 * i + 3) for i in range(500, 0, -1)])
    write(outdir, "10-random-small", random_meetings(rng, 10, 12, 4))
    write(outdir, "11-random-unit-length", random_meetings(rng, 3000, 60, 1))
    write(outdir, "12-random-short-many-ties", random_meetings(rng, 5000, 200, 6))
    write(outdir, "13-random-large-times", random_meetings(rng, 20000, MAXT, MAXT // 50))
    # Staggered: meeting i is [i, i + 20000): 20000 rooms in use at once, each freed exactly
    # when a new meeting starts.
    write(outdir, "14-staggered-touching", shuffled(rng, [(i, i + 20000) for i in range(40000)]))
    write(outdir, "15-touching-short", random_meetings(rng, 40000, 1000, 3))
    # The largest test: 200000 meetings all in progress at time 100: as many rooms. Small
    # numbers keep the file small.
    write(outdir, "16-max-all-overlap",
          [(rng.randint(0, 99), rng.randint(101, 999)) for _ in range(200000)])


if __name__ == "__main__":
    main()
