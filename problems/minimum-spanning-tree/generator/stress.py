#!/usr/bin/env python3
"""Random tests of minimum-spanning-tree for `judge stress`: stress.py SEED SIZE prints one
valid input.

The same SEED and SIZE always print the same input; SIZE bounds the number of nodes (and half
the number of edges).
"""
import random
import sys


def main():
    seed, size = int(sys.argv[1]), max(1, int(sys.argv[2]))
    rng = random.Random("%d/%d" % (seed, size))
    n = rng.randint(1, min(size, 100000))
    top = rng.choice([1, 10, 10**9])
    edges = []
    if rng.random() < 0.7:  # a random spanning tree first (connected, until a cut below)
        order = list(range(n))
        rng.shuffle(order)
        for i in range(1, n):
            edges.append((order[rng.randrange(i)], order[i], rng.randint(1, top)))
    extra = rng.randint(0, max(0, min(2 * size, 200000) - len(edges))) if n > 1 else 0
    for _ in range(extra):
        u, v = rng.sample(range(n), 2)
        edges.append((u, v, rng.randint(1, top)))
    if n > 1 and rng.random() < 0.2:  # cut one node off: the answer becomes -1
        cut = rng.randrange(n)
        edges = [e for e in edges if cut not in (e[0], e[1])]
    rng.shuffle(edges)
    print(n, len(edges))
    for u, v, w in edges:
        print(u, v, w)


if __name__ == "__main__":
    main()
