#!/usr/bin/env python3
"""Test generator for knapsack-01: writes OUTDIR/<name>.in for every test.

Each test's intended property (items reused or a value/weight greedy give more or less than
the answer, an answer past 32 bits) is asserted with a small solver, so that a change of seed
cannot silently make a test weaker. The DP's work, counted as a solution that stops at the
weight of the items seen so far counts it, stays near 2 * 10^6 cell updates at most, so that
an O(n * W) Python solution is not near the time limit.
"""
import os
import random
import sys

SEED = 20261204
MAXN = 200
MAXW = 100000
MAXV = 10**9
WORK = 2 * 10**6


def solve(weights, values, capacity):
    best = [0] * (capacity + 1)
    for w, v in zip(weights, values):
        if w <= capacity:
            best[w:] = [a if a >= b + v else b + v for a, b in zip(best[w:], best)]
    return best[capacity]


def reused(weights, values, capacity):
    """The mistake: capacities in increasing order, so an item can be taken again."""
    best = [0] * (capacity + 1)
    for w, v in zip(weights, values):
        for c in range(w, capacity + 1):
            best[c] = max(best[c], best[c - w] + v)
    return best[capacity]


def ratio_greedy(weights, values, capacity):
    total = 0
    for w, v in sorted(zip(weights, values), key=lambda it: -it[1] / it[0]):
        if w <= capacity:
            capacity -= w
            total += v
    return total


def work(weights, capacity):
    done = seen = 0
    for w in weights:
        seen += w
        done += max(0, min(capacity, seen) - w + 1)
    return done


def write(outdir, name, weights, values, capacity, check=None):
    n = len(weights)
    assert 1 <= n <= MAXN and len(values) == n and 1 <= capacity <= MAXW
    assert all(1 <= w <= MAXW for w in weights) and all(1 <= v <= MAXV for v in values)
    assert work(weights, capacity) <= WORK, (name, work(weights, capacity))
    if check is not None:
        assert check(solve(weights, values, capacity)), (name, solve(weights, values, capacity))
    with open(os.path.join(outdir, name + ".in"), "w", newline="\n") as f:
        f.write("%d %d\n" % (n, capacity))
        f.write(" ".join(map(str, weights)) + "\n")
        f.write(" ".join(map(str, values)) + "\n")


def main():
    outdir = sys.argv[1]
    rng = random.Random(SEED)
    r = rng.randint

    write(outdir, "sample-1", [10, 20, 30], [60, 100, 120], 50, lambda a: a == 220)
    assert reused([5, 4, 1], [100, 3, 2], 4) == 8
    write(outdir, "sample-2", [5, 4, 1], [100, 3, 2], 4, lambda a: a == 3)
    write(outdir, "sample-3", [2, 3], [5, 7], 1, lambda a: a == 0)

    write(outdir, "01-one-item-fits", [MAXW], [MAXV], MAXW, lambda a: a == MAXV)
    write(outdir, "02-one-item-too-heavy", [MAXW], [5], MAXW - 1, lambda a: a == 0)
    # The capacity is exactly the total weight: every item is taken, a sum past 32 bits.
    weights = [r(1, 100) for _ in range(MAXN)]
    values = [r(MAXV // 2, MAXV) for _ in range(MAXN)]
    write(outdir, "03-everything-fits", weights, values, sum(weights),
          lambda a: a == sum(values) and a > 2**32)
    # One light, valuable item: taken again and again when items may be reused.
    weights = [1] + [r(20, 200) for _ in range(29)]
    values = [MAXV] + [r(1, 1000) for _ in range(29)]
    rng.shuffle(weights)
    write(outdir, "04-light-item-not-reusable", weights, values, 1000,
          lambda a: a < reused(weights, values, 1000))
    # The best ratio first is not the best: 51 -> 52 leaves no room, 50 + 50 -> 100 does.
    weights = [51, 50, 50] + [r(60, 100) for _ in range(7)]
    values = [52, 50, 50] + [r(1, 40) for _ in range(7)]
    write(outdir, "05-ratio-greedy-fails", weights, values, 100,
          lambda a: a == 100 and ratio_greedy(weights, values, 100) < a)
    # Many heavy values: the best total leaves 32 bits.
    weights = [r(1, 10) for _ in range(MAXN)]
    values = [r(MAXV - 1000, MAXV) for _ in range(MAXN)]
    write(outdir, "06-large-values", weights, values, 600, lambda a: a > 2**32)
    weights = [r(1, 30) for _ in range(10)]
    values = [r(1, 100) for _ in range(10)]
    write(outdir, "07-random-small", weights, values, 50,
          lambda a: a < reused(weights, values, 50))
    weights = [r(1, 300) for _ in range(50)]
    values = [r(1, MAXV) for _ in range(50)]
    write(outdir, "08-random-medium", weights, values, 1000,
          lambda a: a < reused(weights, values, 1000))
    weights = [1] * MAXN
    values = [r(1, MAXV) for _ in range(MAXN)]
    write(outdir, "09-all-weight-one", weights, values, 100,
          lambda a: a == sum(sorted(values)[100:]))
    # Near-equal weights and values nearly proportional to them: many subsets almost tie.
    weights = [r(40, 60) for _ in range(MAXN)]
    values = [w * 10**6 + r(0, 10**6) for w in weights]
    write(outdir, "10-near-ties", weights, values, 5000,
          lambda a: ratio_greedy(weights, values, 5000) < a)
    # Many light items against a capacity that takes about half of them: 2^200 subsets to
    # try, and a recursion without memo prunes almost none of them.
    weights = [r(1, 100) for _ in range(MAXN)]
    values = [r(1, MAXV) for _ in range(MAXN)]
    write(outdir, "11-many-light-items", weights, values, 5000,
          lambda a: a < reused(weights, values, 5000))
    # The largest capacity with heavy items: at most one fits.
    weights = [r(90000, MAXW) for _ in range(MAXN)]
    values = [r(1, MAXV) for _ in range(MAXN)]
    write(outdir, "12-max-capacity-heavy-items", weights, values, MAXW,
          lambda a: a == max(values))
    # The largest capacity and n: every item fits.
    weights = [r(1, 50) for _ in range(MAXN)]
    values = [r(1, MAXV) for _ in range(MAXN)]
    write(outdir, "13-max-capacity-all-fit", weights, values, MAXW, lambda a: a == sum(values))
    weights = [r(1, 12000) for _ in range(MAXN)]
    values = [r(1, MAXV) for _ in range(MAXN)]
    write(outdir, "14-random-large", weights, values, 12000,
          lambda a: ratio_greedy(weights, values, 12000) < a)
    weights = [r(1, 1000) for _ in range(MAXN)]
    values = [w * 1000 + r(0, 5000) for w in weights]
    write(outdir, "15-random-proportional", weights, values, 9000,
          lambda a: ratio_greedy(weights, values, 9000) < a)


if __name__ == "__main__":
    main()
