#!/usr/bin/env python3
"""Random tests of network-delay for `judge stress`: stress.py SEED SIZE prints one valid input.

The same SEED and SIZE always print the same input; SIZE bounds the number of nodes (and half
the number of edges).
"""
import random
import sys


def main():
    seed, size = int(sys.argv[1]), max(1, int(sys.argv[2]))
    rng = random.Random("%d/%d" % (seed, size))
    n = rng.randint(1, min(size, 100000))
    k = rng.randrange(n)
    top = rng.choice([1, 10, 10000])
    edges = []
    if rng.random() < 0.7:  # a random tree out of k: every node reachable (until a cut below)
        order = list(range(n))
        rng.shuffle(order)
        order.remove(k)
        order.insert(0, k)
        for i in range(1, n):
            edges.append((order[rng.randrange(i)], order[i], rng.randint(1, top)))
    extra = rng.randint(0, min(2 * size, 200000) - len(edges)) if n > 1 else 0
    for _ in range(extra):
        u, v = rng.sample(range(n), 2)
        edges.append((u, v, rng.randint(1, top)))
    if n > 1 and rng.random() < 0.2:  # cut one node off: the answer becomes -1
        cut = rng.choice([v for v in range(n) if v != k])
        edges = [e for e in edges if e[1] != cut]
    rng.shuffle(edges)
    print(n, len(edges), k)
    for u, v, w in edges:
        print(u, v, w)


if __name__ == "__main__":
    main()
