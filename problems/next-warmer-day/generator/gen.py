#!/usr/bin/env python3
"""Test generator for next-warmer-day: writes OUTDIR/<name>.in for every test."""
import os
import random
import sys

SEED = 20261120
LIM = 10**9

SAMPLES = {
    "sample-1": "7\n3 1 4 1 5 9 2\n",
    "sample-2": "4\n5 5 5 6\n",
}


def fmt(t):
    return "%d\n%s\n" % (len(t), " ".join(map(str, t)))


def main():
    out = sys.argv[1]
    rng = random.Random(SEED)
    tests = dict(SAMPLES)

    tests["01-min"] = fmt([-LIM])
    tests["02-all-equal"] = fmt([20] * 1000)
    tests["03-increasing"] = fmt(list(range(-500, 500)))
    tests["04-decreasing"] = fmt(list(range(500, -500, -1)))
    plateaus = []
    for _ in range(100):
        plateaus += [rng.randint(0, 30)] * rng.randint(1, 10)
    tests["05-plateaus"] = fmt(plateaus)
    tests["06-extremes"] = fmt([LIM, -LIM, -LIM, LIM - 1, LIM, -LIM, LIM, 0, -LIM])
    tests["07-small-random"] = fmt([rng.randint(0, 5) for _ in range(20)])
    # falling then one warm day at the end: every day waits until the last one
    tests["08-valley"] = fmt(list(range(20000, 0, -1)) + [20001])
    # nested "mountains": popping only once per day (if instead of while) is wrong here
    tests["09-staircase"] = fmt([5, 4, 3, 2, 1, 6, 3, 2, 1, 0, 7, 1, 0, 8])
    tests["10-random-medium"] = fmt([rng.randint(-100, 100) for _ in range(5000)])
    tests["11-large-values"] = fmt([rng.randint(-LIM, LIM) for _ in range(30000)])
    # maximum n, never warmer: a naive forward scan looks at every later day
    tests["12-max-non-increasing"] = fmt([9999 - i // 21 for i in range(200000)])
    tests["13-max-random"] = fmt([rng.randint(0, 999) for _ in range(200000)])

    for name, text in tests.items():
        with open(os.path.join(out, name + ".in"), "w") as f:
            f.write(text)


if __name__ == "__main__":
    main()
