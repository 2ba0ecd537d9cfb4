#!/usr/bin/env python3
"""Random tests of is-bipartite for `judge stress`: stress.py SEED SIZE prints one valid input.

The same SEED and SIZE always print the same input; SIZE bounds the number of nodes (and half
the number of edges). Most graphs are built bipartite, some then get one edge inside a side.
"""
import random
import sys


def main():
    seed, size = int(sys.argv[1]), max(1, int(sys.argv[2]))
    rng = random.Random("%d/%d" % (seed, size))
    n = rng.randint(1, min(size, 100000))
    side = [rng.randrange(2) for _ in range(n)]
    left = [v for v in range(n) if side[v] == 0]
    right = [v for v in range(n) if side[v] == 1]
    edges = []
    if left and right:
        for _ in range(rng.randint(0, min(2 * size, 200000))):
            edges.append((rng.choice(left), rng.choice(right)))
    if n >= 3 and rng.random() < 0.5:  # one edge inside a side: an odd cycle, if it closes one
        group = left if len(left) >= 2 else right
        if len(group) >= 2:
            u, v = rng.sample(group, 2)
            if len(edges) >= 200000:
                edges.pop()
            edges.append((u, v))
    rng.shuffle(edges)
    edges = [(u, v) if rng.random() < 0.5 else (v, u) for u, v in edges]
    print(n, len(edges))
    for u, v in edges:
        print(u, v)


if __name__ == "__main__":
    main()
