#!/usr/bin/env python3
"""Test generator for window-maximum: writes OUTDIR/<name>.in for every test."""
import os
import random
import sys

SEED = 20261118
LIM = 10**9

SAMPLES = {
    "sample-1": "7 3\n4 2 12 3 8 5 1\n",
    "sample-2": "4 1\n-5 0 -5 2\n",
    "sample-3": "3 3\n-1 -7 -2\n",
}


def fmt(k, a):
    return "%d %d\n%s\n" % (len(a), k, " ".join(map(str, a)))


def main():
    out = sys.argv[1]
    rng = random.Random(SEED)
    tests = dict(SAMPLES)

    tests["01-min"] = fmt(1, [-LIM])
    tests["02-k-equals-n"] = fmt(1000, [rng.randint(-1000, 1000) for _ in range(1000)])
    tests["03-k-one"] = fmt(1, [rng.randint(-1000, 1000) for _ in range(1000)])
    tests["04-decreasing"] = fmt(10, list(range(1000, 0, -1)))
    tests["05-increasing"] = fmt(10, list(range(-500, 500)))
    tests["06-all-equal"] = fmt(7, [5] * 1000)
    tests["07-extremes"] = fmt(2, [LIM, -LIM, -LIM, LIM, LIM, -LIM, 0, -LIM, -LIM])
    tests["08-small-random"] = fmt(4, [rng.randint(-9, 9) for _ in range(30)])
    # a big value followed by falling values: the maximum must expire exactly after k steps
    tests["09-expiry-exact"] = fmt(5, [100, 1, 2, 3, 4, 0, -1, -2, 50, 49, 48, 47, 46, 45, 44])
    tests["10-random-medium"] = fmt(100, [rng.randint(-LIM, LIM) for _ in range(5000)])
    tests["11-large-values"] = fmt(1000, [rng.randint(-LIM, LIM) for _ in range(20000)])
    # maximum n with k = n/2: the O(n*k) scan does 10^10 steps
    # a slow (integer) triangle wave plus noise, so the window maxima keep changing
    wave = [1000 + abs(i % 130000 - 65000) * 8000 // 65000 + rng.randint(0, 999)
            for i in range(200000)]
    tests["12-max-half-window"] = fmt(100000, wave)
    tests["13-max-decreasing-half-window"] = fmt(100000, [9999 - i // 21 for i in range(200000)])
    tests["14-k-one-long"] = fmt(1, [rng.randint(0, 99) for _ in range(50000)])

    for name, text in tests.items():
        with open(os.path.join(out, name + ".in"), "w") as f:
            f.write(text)


if __name__ == "__main__":
    main()
