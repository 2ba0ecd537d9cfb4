#!/usr/bin/env python3
"""Random tests of kth-smallest-sorted-matrix for `judge stress`: stress.py SEED SIZE prints
one valid input.

The same SEED and SIZE always print the same input; SIZE bounds the side of the matrix (at
most 500) and the number of queries (at most 300).
"""
import random
import sys

MAXN = 500
MAXQ = 300
LIM = 10**9


def main():
    seed, size = int(sys.argv[1]), max(1, int(sys.argv[2]))
    rng = random.Random("%d/%d" % (seed, size))
    n = rng.randint(1, min(size, MAXN))
    step = rng.choice([0, 1, 2, 5, LIM // n])  # small steps: many equal values
    start = rng.choice([0, -LIM, rng.randint(-1000, 1000)])
    m = [[0] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            base = start
            if i > 0:
                base = max(base, m[i - 1][j])
            if j > 0:
                base = max(base, m[i][j - 1])
            m[i][j] = min(LIM, base + rng.randint(0, step))
    q = rng.randint(1, min(size, MAXQ))
    queries = [rng.randint(1, n * n) for _ in range(q)]
    print(n)
    for row in m:
        print(" ".join(map(str, row)))
    print(q)
    print(" ".join(map(str, queries)))


if __name__ == "__main__":
    main()
