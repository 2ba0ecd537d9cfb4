#!/usr/bin/env python3
"""Random tests of search-rotated-array for `judge stress`: stress.py SEED SIZE prints one
valid input.

The same SEED and SIZE always print the same input; SIZE bounds the length of the array and
the number of queries.
"""
import random
import sys

MAX_N = 200000
MAX_Q = 200000
LIM = 10**9


def main():
    seed, size = int(sys.argv[1]), max(1, int(sys.argv[2]))
    rng = random.Random("%d/%d" % (seed, size))
    n = rng.randint(1, min(size, MAX_N))
    q = rng.randint(1, min(max(size, 10), MAX_Q))
    top = rng.choice([max(2 * n, 10), LIM])
    values = sorted(rng.sample(range(-top, top + 1), n))
    r = rng.choice([0, 1, n - 1, rng.randrange(n)])  # not rotated, by one each way, anywhere
    nums = values[r:] + values[:r]
    queries = []
    for _ in range(q):
        if rng.random() < 0.6:
            queries.append(rng.choice(nums))
        else:
            queries.append(rng.randint(-top, top))
    sys.stdout.write("%d %d\n%s\n%s\n" % (n, q, " ".join(map(str, nums)),
                                          " ".join(map(str, queries))))


if __name__ == "__main__":
    main()
