#!/usr/bin/env python3
"""Test generator for merge-intervals: writes OUTDIR/<name>.in for every test."""
import os
import random
import sys

SEED = 20261113
LIM = 10**9

SAMPLES = {
    "sample-1": "5\n7 9\n1 4\n2 3\n10 12\n4 5\n",
    "sample-2": "3\n5 5\n5 5\n0 0\n",
}


def fmt(iv):
    return "%d\n%s\n" % (len(iv), "".join("%d %d\n" % p for p in iv))


def rand_iv(rng, n, hi, maxlen):
    res = []
    for _ in range(n):
        l = rng.randint(0, hi)
        res.append((l, min(hi, l + rng.randint(0, maxlen))))
    return res


def main():
    out = sys.argv[1]
    rng = random.Random(SEED)
    tests = dict(SAMPLES)

    tests["01-min"] = fmt([(3, 8)])
    # points: equal points merge, neighbouring integers do not touch
    pts = [(x, x) for x in [5, 1, 2, 2, 9, 7, 8, 8, 0, 100]]
    tests["02-points"] = fmt(pts)
    chain = [(i, i + 1) for i in range(1000)]
    rng.shuffle(chain)
    tests["03-touching-chain"] = fmt(chain)
    # a long interval followed (in sorted order) by intervals it contains
    nested = [(0, 1000)] + [(rng.randint(1, 900), 0) for _ in range(200)]
    nested = [(l, l + rng.randint(0, 99)) if r == 0 else (l, r) for l, r in nested]
    nested += [(2000, 3000), (2100, 2200), (2999, 3000), (3001, 3001)]
    rng.shuffle(nested)
    tests["04-nested"] = fmt(nested)
    tests["05-all-same"] = fmt([(17, 23)] * 500)
    desc = [(10 * i, 10 * i + 5) for i in range(500, 0, -1)]
    tests["06-reverse-sorted-disjoint"] = fmt(desc)
    tests["07-sorted-input"] = fmt(sorted(rand_iv(rng, 1000, 100000, 150)))
    tests["08-extremes"] = fmt([(LIM, LIM), (0, 0), (0, LIM), (LIM - 1, LIM), (1, 1)])
    tests["09-extremes-apart"] = fmt([(LIM, LIM), (0, 0), (LIM - 2, LIM - 1), (1, 2)])
    tests["10-small-random"] = fmt(rand_iv(rng, 20, 30, 4))
    tests["11-random-medium"] = fmt(rand_iv(rng, 2000, 10000, 20))
    tests["12-large-values"] = fmt(rand_iv(rng, 20000, LIM, 60000))
    # maximum n, many merges
    tests["13-max-many-merges"] = fmt(rand_iv(rng, 100000, 499999, 20))
    # many disjoint intervals, shuffled: the pairwise-merging approach does ~n^2/2 checks
    starts = rng.sample(range(0, 3000000, 3), 40000)
    tests["14-max-disjoint-shuffled"] = fmt([(s, s + rng.randint(0, 1)) for s in starts])

    for name, text in tests.items():
        with open(os.path.join(out, name + ".in"), "w") as f:
            f.write(text)


if __name__ == "__main__":
    main()
