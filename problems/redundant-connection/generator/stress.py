#!/usr/bin/env python3
"""Random tests of redundant-connection for `judge stress`: stress.py SEED SIZE prints one
valid input.

The same SEED and SIZE always print the same input; SIZE bounds n (3 to 100 000). The tree
is random, from bushy to path-like, with shuffled labels; the extra edge joins two nodes not
yet adjacent, and the edges come in a random order.
"""
import random
import sys

MAXN = 100000


def main():
    seed, size = int(sys.argv[1]), max(1, int(sys.argv[2]))
    rng = random.Random("%d/%d" % (seed, size))
    n = rng.randint(3, max(3, min(size, MAXN)))
    chain = rng.choice([0.0, 0.5, 0.9, 1.0])
    label = list(range(1, n + 1))
    rng.shuffle(label)
    edges = set()
    for i in range(1, n):
        p = i - 1 if rng.random() < chain else rng.randrange(i)
        a, b = label[i], label[p]
        edges.add((min(a, b), max(a, b)))
    while len(edges) < n:
        a, b = rng.sample(range(1, n + 1), 2)
        edges.add((min(a, b), max(a, b)))
    edges = sorted(edges)
    rng.shuffle(edges)
    sys.stdout.write("%d\n%s" % (n, "".join("%d %d\n" % e for e in edges)))


if __name__ == "__main__":
    main()
