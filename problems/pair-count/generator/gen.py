#!/usr/bin/env python3
"""Test generator for pair-count: writes OUTDIR/<name>.in for every test."""
import os
import random
import sys

SEED = 20261116
LIM = 10**9

SAMPLES = {
    "sample-1": "5 6\n3 1 5 2 4\n",
    "sample-2": "3 -1\n0 0 0\n",
    "sample-3": "1 100\n7\n",
}


def fmt(k, a):
    return "%d %d\n%s\n" % (len(a), k, " ".join(map(str, a)))


def main():
    out = sys.argv[1]
    rng = random.Random(SEED)
    tests = dict(SAMPLES)

    tests["01-min"] = fmt(0, [0])
    tests["02-two-equal-to-k"] = fmt(10, [5, 5])
    tests["03-two-above-k"] = fmt(9, [5, 5])
    tests["04-all-equal"] = fmt(-6, [-3] * 1000)
    tests["05-none"] = fmt(-1, [rng.randint(0, 1000) for _ in range(1000)])
    tests["06-mixed-signs"] = fmt(0, [rng.randint(-50, 50) for _ in range(1000)])
    tests["07-extremes-all"] = fmt(2 * LIM, [LIM, -LIM, LIM, LIM, -LIM, 0, LIM - 1])
    tests["08-extremes-none"] = fmt(-2 * LIM, [-LIM + 1, -LIM, LIM, 3, -LIM + 1])
    tests["09-extremes-exact"] = fmt(-2 * LIM, [-LIM, 5, -LIM, -LIM, 7])
    tests["10-small-random"] = fmt(rng.randint(-10, 10), [rng.randint(-10, 10) for _ in range(30)])
    tests["11-sorted"] = fmt(5000, sorted(rng.randint(-10000, 10000) for _ in range(3000)))
    tests["12-reverse-sorted"] = fmt(-77, sorted((rng.randint(-10000, 10000) for _ in range(3000)),
                                                 reverse=True))
    tests["13-random-medium"] = fmt(rng.randint(-1000, 1000),
                                    [rng.randint(-LIM // 2, LIM // 2) for _ in range(5000)])
    tests["14-large-values"] = fmt(rng.randint(-LIM, LIM),
                                   [rng.randint(-LIM, LIM) for _ in range(100000)])
    # every pair qualifies: n(n-1)/2 = 19999900000 does not fit in 32 bits
    tests["15-max-all-pairs"] = fmt(2 * LIM, [rng.randint(0, 9) for _ in range(200000)])
    tests["16-max-random"] = fmt(100000, [rng.randint(0, 99999) for _ in range(200000)])

    for name, text in tests.items():
        with open(os.path.join(out, name + ".in"), "w") as f:
            f.write(text)


if __name__ == "__main__":
    main()
