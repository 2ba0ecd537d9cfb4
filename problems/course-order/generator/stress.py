#!/usr/bin/env python3
"""Random tests of course-order for `judge stress`: stress.py SEED SIZE prints one valid input.

The same SEED and SIZE always print the same input; SIZE bounds the number of courses (and half the rules).
"""
import random
import sys


def main():
    seed, size = int(sys.argv[1]), max(1, int(sys.argv[2]))
    rng = random.Random("%d/%d" % (seed, size))
    n = rng.randint(1, size)
    m = rng.randint(0, 2 * size)
    order = list(range(1, n + 1))
    rng.shuffle(order)
    acyclic = rng.random() < 0.7
    print(n, m)
    for _ in range(m):
        a, b = rng.randrange(n), rng.randrange(n)
        if acyclic and a > b:
            a, b = b, a
        if acyclic and a == b and n > 1:
            b = a + 1 if a + 1 < n else a - 1
            a, b = min(a, b), max(a, b)
        print(order[a], order[b])

if __name__ == "__main__":
    main()
