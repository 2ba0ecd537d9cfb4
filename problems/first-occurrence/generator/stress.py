#!/usr/bin/env python3
"""Random tests of first-occurrence for `judge stress`: stress.py SEED SIZE prints one valid input.

The same SEED and SIZE always print the same input; SIZE bounds the length of the array and the number of queries.
"""
import random
import sys


def main():
    seed, size = int(sys.argv[1]), max(1, int(sys.argv[2]))
    rng = random.Random("%d/%d" % (seed, size))
    n, q = rng.randint(1, size), rng.randint(1, size)
    top = rng.choice([3, 10, 10**9])
    a = sorted(rng.randint(-top, top) for _ in range(n))
    queries = [rng.choice(a) if rng.random() < 0.5 else rng.randint(-top - 1, top + 1)
               for _ in range(q)]
    queries = [max(-10**9, min(10**9, x)) for x in queries]
    print(n, q)
    print(" ".join(map(str, a)))
    print(" ".join(map(str, queries)))

if __name__ == "__main__":
    main()
