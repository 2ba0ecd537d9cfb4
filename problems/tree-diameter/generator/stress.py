#!/usr/bin/env python3
"""Random tests of tree-diameter for `judge stress`: stress.py SEED SIZE prints one valid input.

The same SEED and SIZE always print the same input; SIZE bounds the number of nodes.
"""
import random
import sys


def main():
    seed, size = int(sys.argv[1]), max(1, int(sys.argv[2]))
    rng = random.Random("%d/%d" % (seed, size))
    n = rng.randint(1, size)
    nodes = list(range(2, n + 1))
    rng.shuffle(nodes)
    placed = [1]
    parent = {}
    for v in nodes:
        parent[v] = rng.choice(placed) if rng.random() < 0.7 else placed[-1]
        placed.append(v)
    print(n)
    print(" ".join(str(parent[v]) for v in range(2, n + 1)))

if __name__ == "__main__":
    main()
