#!/usr/bin/env python3
"""Random tests of cheapest-route for `judge stress`: stress.py SEED SIZE prints one valid input.

The same SEED and SIZE always print the same input; SIZE bounds the number of towns (and half the roads).
"""
import random
import sys


def main():
    seed, size = int(sys.argv[1]), max(1, int(sys.argv[2]))
    rng = random.Random("%d/%d" % (seed, size))
    n = rng.randint(1, size)
    top = rng.choice([1, 10, 10**9])
    low = top // 2 if rng.random() < 0.3 else 1  # heavy roads: costs past 32 bits
    roads = []
    if rng.random() < 0.5:  # a route from 1 to n through the other towns, in some order
        middle = list(range(2, n))
        rng.shuffle(middle)
        path = [1] + middle + [n] if n > 1 else [1]
        roads += [(a, b) for a, b in zip(path, path[1:])]
    roads += [(rng.randint(1, n), rng.randint(1, n)) for _ in range(rng.randint(0, 2 * size))]
    rng.shuffle(roads)
    print(n, len(roads))
    for a, b in roads:
        print(a, b, rng.randint(low, top))

if __name__ == "__main__":
    main()
