#!/usr/bin/env python3
"""Test generator for tree-level-widths: writes OUTDIR/<name>.in for every test."""
import os
import random
import sys

SEED = 20261208
MAXN = 200000


def relabel(par, rng, how):
    """par[i] < i describes a tree on positions (0 the root); returns parent[] over labels:
    'shuffle' gives the non-root nodes random labels, 'reverse' gives position i the label
    n - i (every parent's label larger than its child's), 'keep' keeps the positions."""
    n = len(par)
    label = list(range(n))
    if how == "shuffle":
        rest = label[1:]
        rng.shuffle(rest)
        label[1:] = rest
    elif how == "reverse":
        label = [0] + [n - i for i in range(1, n)]
    parent = [-1] * n
    for i in range(1, n):
        parent[label[i]] = label[par[i]]
    return parent


def write(outdir, name, parent):
    n = len(parent)
    assert 1 <= n <= MAXN and parent[0] == -1
    with open(os.path.join(outdir, name + ".in"), "w", newline="\n") as f:
        f.write("%d\n" % n)
        f.write(" ".join(map(str, parent)) + "\n")


def path(n):
    return [0] + list(range(n - 1))


def main():
    outdir = sys.argv[1]
    rng = random.Random(SEED)

    write(outdir, "sample-1", [-1, 4, 0, 4, 0, 2, 2])
    write(outdir, "sample-2", [-1, 2, 3, 4, 0])

    write(outdir, "01-one-node", [-1])
    write(outdir, "02-two-nodes", [-1, 0])
    write(outdir, "03-star", [-1] + [0] * 999)
    # Every parent smaller than its child: index order happens to work here.
    write(outdir, "04-increasing-parents", [-1] + [rng.randrange(i) for i in range(1, 1000)])
    # A path 0 - 1999 - 1998 - ... - 1: every parent larger than its child.
    write(outdir, "05-reversed-path", relabel(path(2000), rng, "reverse"))
    n = 4095  # a complete binary tree: widths 1, 2, 4, ..., 2048
    write(outdir, "06-complete-binary", relabel([0] + [(i - 1) // 2 for i in range(1, n)], rng,
                                                "shuffle"))
    write(outdir, "07-random-small", relabel([0] + [rng.randrange(i) for i in range(1, 12)], rng,
                                             "shuffle"))
    # A caterpillar: a spine of 1500 nodes, each with one leaf.
    spine = 1500
    write(outdir, "08-caterpillar",
          relabel([0] + list(range(spine - 1)) + list(range(spine)), rng, "shuffle"))
    # A broom: a handle of 3000 nodes, then 2000 leaves hanging from its end.
    handle = 3000
    write(outdir, "09-broom", relabel(path(handle) + [handle - 1] * 2000, rng, "shuffle"))
    n = 50000  # random and deep: each node hangs from one of the three before it
    write(outdir, "10-random-deep",
          relabel([0] + [rng.randrange(max(0, i - 3), i) for i in range(1, n)], rng, "shuffle"))
    n = 150000  # random and shallow
    write(outdir, "11-large-random", relabel([0] + [rng.randrange(i) for i in range(1, n)], rng,
                                           "shuffle"))
    # A path of 100000 nodes in shuffled order: 100000 levels of width 1.
    write(outdir, "12-long-shuffled-path", relabel(path(100000), rng, "shuffle"))


if __name__ == "__main__":
    main()
