#!/usr/bin/env python3
"""Test generator for range-sum-queries: writes OUTDIR/<name>.in for every test."""
import os
import random
import sys

SEED = 20261201
MAX_N = 200000
MAX_Q = 200000
MAXV = 10**9


def write(outdir, name, values, queries):
    n, q = len(values), len(queries)
    assert 1 <= n <= MAX_N and 1 <= q <= MAX_Q
    assert all(-MAXV <= v <= MAXV for v in values)
    assert all(0 <= l <= r < n for l, r in queries)
    with open(os.path.join(outdir, name + ".in"), "w", newline="\n") as f:
        f.write(f"{n} {q}\n")
        f.write(" ".join(map(str, values)) + "\n")
        f.write("".join(f"{l} {r}\n" for l, r in queries))


def random_queries(rng, n, q):
    queries = []
    for _ in range(q):
        l, r = rng.randrange(n), rng.randrange(n)
        queries.append((min(l, r), max(l, r)))
    return queries


def long_queries(rng, n, q, slack):
    """Queries covering all but at most `slack` elements at each end."""
    return [(rng.randint(0, slack), rng.randint(n - 1 - slack, n - 1)) for _ in range(q)]


def main():
    outdir = sys.argv[1]
    rng = random.Random(SEED)

    write(outdir, "sample-1", [3, -1, 4, 1, -5, 9], [(0, 2), (1, 4), (5, 5), (0, 5)])
    write(outdir, "sample-2", [MAXV, MAXV, MAXV, -7], [(0, 3), (0, 0), (1, 2)])

    write(outdir, "01-one-element", [-MAXV], [(0, 0)])
    write(outdir, "02-one-element-repeated", [7], [(0, 0)] * 5)
    write(outdir, "03-point-queries", [rng.randint(-MAXV, MAXV) for _ in range(200)],
          [(i, i) for i in range(200)])
    # Three maximal values already overflow a 32-bit sum.
    write(outdir, "04-three-max-values", [MAXV] * 3, [(0, 2), (1, 2), (0, 1), (2, 2)])
    write(outdir, "05-all-min", [-MAXV] * 1000, random_queries(rng, 1000, 1000))
    write(outdir, "06-alternating-extremes", [MAXV if i % 2 == 0 else -MAXV for i in range(1001)],
          random_queries(rng, 1001, 1000))
    # The first and last positions: a prefix that skips index 0 or drops index r shows here.
    write(outdir, "07-ends", [rng.randint(1, 9) for _ in range(50)],
          [(0, 49), (0, 0), (49, 49), (0, 48), (1, 49), (48, 49), (0, 1)])
    write(outdir, "08-random-small", [rng.randint(-20, 20) for _ in range(10)],
          random_queries(rng, 10, 10))
    write(outdir, "09-random-large-values", [rng.randint(-MAXV, MAXV) for _ in range(5000)],
          random_queries(rng, 5000, 5000))
    write(outdir, "10-all-max", [MAXV] * 5000, random_queries(rng, 5000, 5000))
    # The largest: n = 200000 and long ranges, so summing each range is about 10^10
    # additions. Small values keep the file small.
    write(outdir, "11-max-long-ranges", [rng.randint(-9, 9) for _ in range(MAX_N)],
          long_queries(rng, MAX_N, 50000, 9))


if __name__ == "__main__":
    main()
