#!/usr/bin/env python3
"""Random tests of min-eating-speed for `judge stress`: stress.py SEED SIZE prints one valid
input.

The same SEED and SIZE always print the same input; SIZE bounds the number of piles.
"""
import random
import sys

MAX_N = 100000
MAX_H = 10**9


def main():
    seed, size = int(sys.argv[1]), max(1, int(sys.argv[2]))
    rng = random.Random("%d/%d" % (seed, size))
    n = rng.randint(1, min(size, MAX_N))
    top = rng.choice([10, 1000, 10**9])
    if rng.random() < 0.2:  # large piles: the hours at small speeds pass 2^31
        piles = [rng.randint(max(1, top // 2), top) for _ in range(n)]
    else:
        piles = [rng.randint(1, top) for _ in range(n)]
    total = sum(piles)
    kind = rng.choice(["one-hour-each", "near-n", "any", "enough-for-speed-1"])
    if kind == "one-hour-each":
        h = n
    elif kind == "near-n":
        h = min(MAX_H, n + rng.randint(1, n))
    elif kind == "enough-for-speed-1" and total <= MAX_H:
        h = rng.randint(total, MAX_H)
    else:
        h = rng.randint(n, min(MAX_H, max(n, total)))
    sys.stdout.write("%d %d\n%s\n" % (n, h, " ".join(map(str, piles))))


if __name__ == "__main__":
    main()
