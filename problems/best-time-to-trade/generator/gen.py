#!/usr/bin/env python3
"""Test generator for best-time-to-trade: writes OUTDIR/<name>.in for every test."""
import os
import random
import sys

SEED = 20261111
LIM = 10**9

SAMPLES = {
    "sample-1": "6\n8 3 6 2 7 5\n",
    "sample-2": "4\n9 7 4 1\n",
    "sample-3": "1\n5\n",
}


def fmt(p):
    return "%d\n%s\n" % (len(p), " ".join(map(str, p)))


def main():
    out = sys.argv[1]
    rng = random.Random(SEED)
    tests = dict(SAMPLES)

    tests["01-min"] = fmt([LIM])
    tests["02-two-up"] = fmt([1, LIM])
    tests["03-two-down"] = fmt([LIM, 1])
    tests["04-all-equal"] = fmt([424242] * 1000)
    tests["05-strictly-decreasing"] = fmt(list(range(1000000, 999000, -1)))
    tests["06-strictly-increasing"] = fmt(list(range(5, 5005)))
    # global maximum first, global minimum last: max - min is not achievable
    tests["07-max-before-min"] = fmt([LIM] + [rng.randint(1000, 2000) for _ in range(998)] + [1])
    tests["08-small-random"] = fmt([rng.randint(1, 10) for _ in range(10)])
    tests["09-random-medium"] = fmt([rng.randint(1, LIM) for _ in range(5000)])
    zig = []
    v = 500000
    for i in range(5000):
        v += rng.randint(-1000, 1000) + (3000 if i % 2 else -3000)
        zig.append(v)
    tests["10-zigzag"] = fmt(zig)
    p = [rng.randint(2, LIM - 1) for _ in range(60000)]
    p[12345] = 1
    p[54321] = LIM
    tests["11-large-values"] = fmt(p)
    tests["12-max-random"] = fmt([rng.randint(1, 99999) for _ in range(200000)])
    tests["13-max-non-increasing"] = fmt([9999 - i // 21 for i in range(200000)])
    # falling noise with the only deep dip late, followed by a spike near the end
    p = [rng.randint(50000, 99999) for _ in range(100000)]
    p[75000] = 3
    p[99990] = 99999
    tests["14-late-best"] = fmt(p)

    for name, text in tests.items():
        with open(os.path.join(out, name + ".in"), "w") as f:
            f.write(text)


if __name__ == "__main__":
    main()
