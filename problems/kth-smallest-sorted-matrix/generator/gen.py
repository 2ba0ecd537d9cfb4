#!/usr/bin/env python3
"""Test generator for kth-smallest-sorted-matrix: writes OUTDIR/<name>.in for every test.

Most matrices hold many equal values, so that counting the values strictly below a guess
instead of those at or below it gives other answers (asserted for those tests). The largest
tests have the most queries allowed, so that sorting the whole matrix once per query is far
too slow.
"""
import os
import random
import sys

SEED = 20261203
LIM = 10**9
MAXN = 500
MAXQ = 300


def staircase(rng, n, start, step):
    m = [[0] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            base = start
            if i > 0:
                base = max(base, m[i - 1][j])
            if j > 0:
                base = max(base, m[i][j - 1])
            m[i][j] = base + rng.randint(0, step)
    return m


def fmt(m, queries):
    lines = [str(len(m))] + [" ".join(map(str, row)) for row in m]
    lines += [str(len(queries)), " ".join(map(str, queries))]
    return "\n".join(lines) + "\n"


def main():
    out = sys.argv[1]
    rng = random.Random(SEED)
    tests = {}

    def add(name, m, queries, dups=True):
        n = len(m)
        assert 1 <= n <= MAXN and all(len(row) == n for row in m)
        assert all(-LIM <= v <= LIM for row in m for v in row)
        for i in range(n):
            for j in range(n):
                assert i == 0 or m[i - 1][j] <= m[i][j]
                assert j == 0 or m[i][j - 1] <= m[i][j]
        assert 1 <= len(queries) <= MAXQ and all(1 <= k <= n * n for k in queries)
        if dups:
            vals = [v for row in m for v in row]
            assert len(set(vals)) < len(vals), name
        tests[name] = fmt(m, queries)

    add("sample-1", [[1, 5, 9], [10, 11, 13], [12, 13, 15]], [8, 1, 9, 5])
    add("sample-2", [[1, 2], [1, 3]], [1, 2, 3, 4])

    add("01-single", [[-LIM]], [1], dups=False)
    add("02-all-equal", [[LIM] * 4 for _ in range(4)], [1, 16, 7])
    add("03-extremes", [[-LIM, -LIM, 0], [-LIM, 0, LIM], [0, LIM, LIM]],
        list(range(1, 10)))
    add("04-row-major-distinct", [[i * 5 + j for j in range(5)] for i in range(5)],
        list(range(25, 0, -1)), dups=False)
    add("05-column-major-negative", [[-100 + j * 6 + i for j in range(6)] for i in range(6)],
        [1, 36, 18, 19, 7], dups=False)

    for idx, (n, step, q) in enumerate([(4, 1, 16), (10, 2, 60), (40, 3, 200), (100, 1, 300)]):
        m = staircase(rng, n, rng.randint(-50, 50), step)
        queries = [rng.randint(1, n * n) for _ in range(q)]
        add("%02d-random-small-%d" % (6 + idx, idx + 1), m, queries)

    # large values: steps up to 2e9 / (2n) from -1e9
    n = 250
    m = staircase(rng, n, -LIM, (2 * LIM) // (2 * n))
    queries = [1, n * n] + [rng.randint(1, n * n) for _ in range(MAXQ - 2)]
    add("10-large-values", m, queries, dups=False)

    # the largest: n = 500, many equal values, the most queries
    n = MAXN
    m = staircase(rng, n, 0, 2)
    queries = [1, n * n] + [rng.randint(1, n * n) for _ in range(MAXQ - 2)]
    add("11-max-many-equal", m, queries)

    # large, long plateaus: nine steps in ten add nothing
    n = 350
    m = [[0] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            base = 0
            if i > 0:
                base = max(base, m[i - 1][j])
            if j > 0:
                base = max(base, m[i][j - 1])
            m[i][j] = base + (rng.randint(1, 1000) if rng.random() < 0.1 else 0)
    queries = [rng.randint(1, n * n) for _ in range(MAXQ)]
    add("12-large-plateaus", m, queries)

    for name, text in tests.items():
        with open(os.path.join(out, name + ".in"), "w", newline="\n") as f:
            f.write(text)


if __name__ == "__main__":
    main()
