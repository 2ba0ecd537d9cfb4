#!/usr/bin/env python3
"""Test generator for kth-largest-stream: writes OUTDIR/<name>.in for every test."""
import os
import random
import sys

SEED = 20261119
LIM = 10**9

SAMPLES = {
    "sample-1": "6 3\n5 1 9 3 7 2\n",
    "sample-2": "4 1\n-2 -2 -8 0\n",
}


def fmt(k, a):
    return "%d %d\n%s\n" % (len(a), k, " ".join(map(str, a)))


def main():
    out = sys.argv[1]
    rng = random.Random(SEED)
    tests = dict(SAMPLES)

    tests["01-min"] = fmt(1, [LIM])
    tests["02-k-equals-n"] = fmt(1000, [rng.randint(-1000, 1000) for _ in range(1000)])
    tests["03-k-one"] = fmt(1, [rng.randint(-1000, 1000) for _ in range(1000)])
    tests["04-all-equal"] = fmt(10, [-7] * 1000)
    tests["05-increasing"] = fmt(50, list(range(-500, 500)))
    tests["06-decreasing"] = fmt(50, list(range(500, -500, -1)))
    tests["07-extremes"] = fmt(3, [-LIM, LIM, -LIM, -1, LIM, -1, 0, LIM - 1, -LIM])
    tests["08-small-random"] = fmt(3, [rng.randint(-5, 5) for _ in range(30)])
    tests["09-random-medium"] = fmt(100, [rng.randint(-LIM, LIM) for _ in range(5000)])
    tests["10-large-values"] = fmt(2000, [rng.randint(-LIM, LIM) for _ in range(20000)])
    tests["11-max-random"] = fmt(1000, [rng.randint(0, 999) for _ in range(200000)])
    # k = n/2: re-sorting after every insertion costs ~n^2 log n
    tests["12-max-half-k"] = fmt(100000, [rng.randint(0, 999) for _ in range(200000)])

    for name, text in tests.items():
        with open(os.path.join(out, name + ".in"), "w") as f:
            f.write(text)


if __name__ == "__main__":
    main()
