#!/usr/bin/env python3
"""Random tests of lowest-common-ancestor for `judge stress`: stress.py SEED SIZE prints one
valid input.

The same SEED and SIZE always print the same input; SIZE bounds both the number of nodes and
the number of queries. The tree's shape is random (shallow, deep, a path, two arms) and its
non-root nodes get shuffled labels, so parents are as often larger than their children.
"""
import random
import sys


def main():
    seed, size = int(sys.argv[1]), max(1, int(sys.argv[2]))
    rng = random.Random("%d/%d" % (seed, size))
    n = rng.randint(1, min(size, 200000))
    q = rng.randint(1, min(size, 200000))
    shape = rng.choice(["shallow", "deep", "path", "two-arms"])
    par = [0] * n
    for i in range(1, n):
        if shape == "shallow":
            par[i] = rng.randrange(i)
        elif shape == "deep":
            par[i] = rng.randrange(max(0, i - 3), i)
        elif shape == "path" or i != n // 2:
            par[i] = i - 1
    label = list(range(n))
    rest = label[1:]
    rng.shuffle(rest)
    label[1:] = rest
    parent = [-1] * n
    for i in range(1, n):
        parent[label[i]] = label[par[i]]
    print(n, q)
    print(" ".join(map(str, parent)))
    print("".join("%d %d\n" % (rng.randrange(n), rng.randrange(n)) for _ in range(q)), end="")


if __name__ == "__main__":
    main()
