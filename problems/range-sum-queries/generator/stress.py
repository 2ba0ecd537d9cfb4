#!/usr/bin/env python3
"""Random tests of range-sum-queries for `judge stress`: stress.py SEED SIZE prints one valid
input.

The same SEED and SIZE always print the same input; SIZE bounds the length of the array and
the number of queries.
"""
import random
import sys

MAX_N = 200000
MAX_Q = 200000
MAXV = 10**9


def main():
    seed, size = int(sys.argv[1]), max(1, int(sys.argv[2]))
    rng = random.Random("%d/%d" % (seed, size))
    n = rng.randint(1, min(size, MAX_N))
    q = rng.randint(1, min(size, MAX_Q))
    top = rng.choice([5, 100, MAXV])
    if rng.random() < 0.3:  # large values of one sign: sums past 32 bits
        sign = rng.choice([-1, 1])
        values = [sign * rng.randint(top // 2, top) for _ in range(n)]
    else:
        values = [rng.randint(-top, top) for _ in range(n)]
    queries = []
    for _ in range(q):
        kind = rng.random()
        if kind < 0.1:  # one element
            l = r = rng.randrange(n)
        elif kind < 0.2:  # touching an end of the array
            l, r = rng.choice([(0, rng.randrange(n)), (rng.randrange(n), n - 1)])
        else:
            l, r = sorted((rng.randrange(n), rng.randrange(n)))
        queries.append((l, r))
    out = ["%d %d" % (n, q), " ".join(map(str, values))]
    out.extend("%d %d" % query for query in queries)
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
