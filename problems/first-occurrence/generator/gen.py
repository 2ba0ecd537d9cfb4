#!/usr/bin/env python3
"""Test generator for first-occurrence: writes OUTDIR/<name>.in for every test."""
import os
import random
import sys

SEED = 20261112
LIM = 10**9

SAMPLES = {
    "sample-1": "7 5\n1 3 3 3 5 8 8\n3 8 1 4 9\n",
    "sample-2": "1 3\n-5\n-5 -6 -4\n",
}


def fmt(a, qs):
    assert a == sorted(a)
    return "%d %d\n%s\n%s\n" % (len(a), len(qs), " ".join(map(str, a)), " ".join(map(str, qs)))


def main():
    out = sys.argv[1]
    rng = random.Random(SEED)
    tests = dict(SAMPLES)

    tests["01-min-found"] = fmt([7], [7])
    tests["02-min-missing"] = fmt([7], [6, 8, -LIM, LIM])
    tests["03-all-equal"] = fmt([42] * 1000, [42, 41, 43, 42, 0])
    a = sorted(rng.randint(-1000, 1000) for _ in range(1000))
    tests["04-outside-range"] = fmt(a, [a[0] - 1, a[-1] + 1, -LIM, LIM, a[0], a[-1]])
    a = sorted([-LIM] * 3 + [LIM] * 4 + [rng.randint(-LIM, LIM) for _ in range(993)])
    tests["05-extremes"] = fmt(a, [-LIM, LIM, -LIM + 1, LIM - 1, a[500], a[3], a[-5]])
    a = sorted(rng.randint(0, 10) for _ in range(50))
    tests["06-small-duplicates-all-queries"] = fmt(a, list(range(-1, 12)))
    a = sorted(rng.sample(range(-100000, 100000), 1000))
    qs = a[:] + [x + 1 for x in a]
    rng.shuffle(qs)
    tests["07-distinct-all-and-gaps"] = fmt(a, qs)
    a = sorted(rng.randint(0, 500) for _ in range(5000))
    tests["08-random-medium"] = fmt(a, [rng.randint(-10, 510) for _ in range(5000)])
    a = sorted(rng.randint(-LIM, LIM) for _ in range(30000))
    qs = [rng.choice(a) if rng.random() < 0.5 else rng.randint(-LIM, LIM) for _ in range(30000)]
    tests["09-large-values"] = fmt(a, qs)
    # long runs of equal values; most queries are absent (a linear scan walks the whole array)
    a = sorted(rng.randint(0, 99) for _ in range(200000))
    qs = [rng.randint(0, 99) if rng.random() < 0.25 else rng.randint(100, 999)
          for _ in range(200000)]
    tests["10-max-runs-mostly-absent"] = fmt(a, qs)
    # only one run per query value, the queried values sit at the end
    a = sorted([rng.randint(0, 9) for _ in range(199000)] + [10 + i // 100 for i in range(1000)])
    qs = [rng.randint(10, 19) for _ in range(50000)]
    tests["11-max-runs-at-end"] = fmt(a, qs)

    for name, text in tests.items():
        with open(os.path.join(out, name + ".in"), "w") as f:
            f.write(text)


if __name__ == "__main__":
    main()
