#!/usr/bin/env python3
"""Test generator for two-sum: writes OUTDIR/<name>.in for every test.

Every test has exactly one pair i < j with nums[i] + nums[j] == target: the pair is placed
first and every other value f is drawn so that target - f is not yet present (rejection).
"""
import os
import random
import sys

SEED = 20261109
LIM = 10**9

SAMPLES = {
    "sample-1": "5 10\n4 -3 8 6 15\n",
    "sample-2": "4 0\n5 0 -5 1\n",
    "sample-3": "3 -2000000000\n-1000000000 7 -1000000000\n",
}


def build(rng, n, target, a, pos, lo, hi, fixed=None):
    """n values; the pair (a, target - a) at positions pos; values of the rest in [lo, hi].

    fixed: {position: value} placed before the filling (must not create a second pair).
    """
    vals = [None] * n
    present = {}

    def put(i, v):
        vals[i] = v
        present[v] = present.get(v, 0) + 1

    put(pos[0], a)
    put(pos[1], target - a)
    for i, v in sorted((fixed or {}).items()):
        assert target - v not in present, "fixed value would make a second pair"
        put(i, v)
    for i in range(n):
        if vals[i] is not None:
            continue
        while True:
            f = rng.randint(lo, hi)
            if target - f not in present:
                break
        put(i, f)
    return vals


def fmt(n, target, vals):
    return "%d %d\n%s\n" % (n, target, " ".join(map(str, vals)))


def main():
    out = sys.argv[1]
    rng = random.Random(SEED)
    tests = dict(SAMPLES)

    tests["01-min"] = "2 3\n1 2\n"
    tests["02-min-max-values"] = fmt(2, 2 * LIM, [LIM, LIM])
    tests["03-min-min-values"] = fmt(2, -2 * LIM, [-LIM, -LIM])

    # zeros: the pair is two zeros, everything else non-zero
    n = 10
    vals = build(rng, n, 0, 0, (3, 7), 1, 50)
    tests["04-zero-pair"] = fmt(n, 0, vals)

    # target/2 appears exactly once, early, before the real pair (the "same element twice" trap)
    n = 1000
    t = 500
    vals = build(rng, n, t, 100, (600, 900), -1000, 1000, fixed={5: t // 2})
    tests["05-half-target-once"] = fmt(n, t, vals)

    # the pair consists of two equal values
    n = 1000
    vals = build(rng, n, 2 * 777, 777, (123, 456), -5000, 5000)
    tests["06-equal-pair"] = fmt(n, 2 * 777, vals)

    n = 1000
    vals = build(rng, n, 12345, 12000, (0, n - 1), -20000, 20000)
    tests["07-pair-at-ends"] = fmt(n, 12345, vals)

    n = 50
    vals = build(rng, n, -7, -20, (31, 17), -100, 100)
    tests["08-small-random"] = fmt(n, -7, vals)

    n = 5000
    t = -1234567890
    vals = build(rng, n, t, -LIM + 5, (2500, 77), -LIM, LIM)
    tests["09-negative-target"] = fmt(n, t, vals)

    # values packed near both ends of the range; target - f overflows 32 bits for many f
    n = 1000
    t = 2 * LIM - 1
    vals = build(rng, n, t, LIM, (400, 401), LIM - 3000, LIM, fixed={})
    for i in range(0, n, 3):
        if i not in (400, 401):
            vals[i] = -LIM + rng.randint(0, 3000)
    tests["10-extremes"] = fmt(n, t, vals)

    n = 20000
    t = rng.randint(-2 * LIM, 2 * LIM)
    a = rng.randint(max(-LIM, t - LIM), min(LIM, t + LIM))
    vals = build(rng, n, t, a, (rng.randrange(n), rng.randrange(n)), -LIM, LIM)
    tests["11-random-medium"] = fmt(n, t, vals)

    n = 100000
    t = 1999999998
    vals = build(rng, n, t, 999999999, (31337, 4242), -LIM, LIM)
    tests["12-large-values"] = fmt(n, t, vals)

    # maximum n, the pair in the last two positions: the double loop scans ~n^2/2 pairs;
    # target/2 appears once, at index 0
    n = 200000
    t = 150000
    vals = build(rng, n, t, 99999, (n - 2, n - 1), -99999, 99999, fixed={0: 75000})
    tests["13-max-pair-last"] = fmt(n, t, vals)

    # maximum n, heavy duplicates in a small range
    n = 200000
    t = 1500
    vals = build(rng, n, t, 501, (150000, 60000), 0, 999)
    tests["14-max-duplicates"] = fmt(n, t, vals)

    for name, text in tests.items():
        with open(os.path.join(out, name + ".in"), "w") as f:
            f.write(text)


if __name__ == "__main__":
    main()
