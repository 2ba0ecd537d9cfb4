#!/usr/bin/env python3
"""Test generator for redundant-connection: writes OUTDIR/<name>.in for every test.

Each test is a tree on nodes 1..n plus one edge, every edge written "u v" with u < v. Where a
test is meant to catch a mistake (the first edge of the cycle answered instead of the last),
that is asserted with a small solver.
"""
import os
import random
import sys

SEED = 20261204
MAXN = 100000


def cycle_edges(n, edges):
    """The indices of the edges on the only cycle, by peeling leaves."""
    degree = [0] * (n + 1)
    incident = [[] for _ in range(n + 1)]
    for i, (u, v) in enumerate(edges):
        degree[u] += 1
        degree[v] += 1
        incident[u].append(i)
        incident[v].append(i)
    removed = [False] * len(edges)
    leaves = [x for x in range(1, n + 1) if degree[x] == 1]
    while leaves:
        x = leaves.pop()
        for i in incident[x]:
            if not removed[i]:
                removed[i] = True
                u, v = edges[i]
                y = v if u == x else u
                degree[y] -= 1
                if degree[y] == 1:
                    leaves.append(y)
    return [i for i in range(len(edges)) if not removed[i]]


def write(outdir, name, n, edges, first_differs=True):
    assert 3 <= n <= MAXN and len(edges) == n
    assert all(1 <= u < v <= n for u, v in edges) and len(set(map(tuple, edges))) == n
    cycle = cycle_edges(n, edges)
    assert len(cycle) >= 3, name
    if first_differs:
        assert cycle[0] != cycle[-1]
    with open(os.path.join(outdir, name + ".in"), "w", newline="\n") as f:
        f.write("%d\n" % n)
        f.write("".join("%d %d\n" % (u, v) for u, v in edges))
    return cycle


def norm(u, v):
    return (u, v) if u < v else (v, u)


def random_tree(rng, n, chain=0.0):
    """A random tree on nodes 1..n with shuffled labels; with probability `chain` a node
    hangs from the one before it, so that the tree has long paths."""
    label = list(range(1, n + 1))
    rng.shuffle(label)
    edges = []
    for i in range(1, n):
        p = i - 1 if rng.random() < chain else rng.randrange(i)
        edges.append(norm(label[i], label[p]))
    return edges


def add_edge(rng, n, edges):
    present = set(edges)
    while True:
        u, v = rng.sample(range(1, n + 1), 2)
        if norm(u, v) not in present:
            return edges + [norm(u, v)]


def main():
    outdir = sys.argv[1]
    rng = random.Random(SEED)

    write(outdir, "sample-1", 3, [(1, 2), (1, 3), (2, 3)])
    write(outdir, "sample-2", 5, [(1, 2), (2, 3), (3, 4), (1, 4), (1, 5)])
    write(outdir, "sample-3", 5, [(2, 3), (1, 2), (1, 3), (3, 4), (4, 5)])

    # The whole graph is one cycle; its closing edge comes in the middle.
    write(outdir, "01-ring-of-four", 4, [(1, 2), (3, 4), (1, 4), (2, 3)])
    # The cycle's edges come first, the tree's after: the answer is the third edge.
    write(outdir, "02-cycle-first", 6, [(4, 6), (2, 6), (2, 4), (1, 2), (3, 4), (5, 6)])
    # A star with one extra edge between two leaves, given first.
    n = 8
    write(outdir, "03-star", n, [(5, 7)] + [(1, v) for v in range(2, n + 1)])
    edges = add_edge(rng, 10, random_tree(rng, 10))
    rng.shuffle(edges)
    write(outdir, "04-random-small", 10, edges)
    edges = add_edge(rng, 1000, random_tree(rng, 1000, 0.5))
    rng.shuffle(edges)
    write(outdir, "05-random-medium", 1000, edges)
    # A path 1 - 2 - ... - n in order, then the edge joining its ends: union-find without
    # balancing builds a chain n deep, and the last find walks all of it.
    n = 20000
    write(outdir, "06-path-closed", n, [(i, i + 1) for i in range(1, n)] + [(1, n)])
    # A path whose ends are joined by the first edge: a cycle through every node.
    n = 5000
    edges = [(1, n)] + [(i, i + 1) for i in range(1, n)]
    write(outdir, "07-ring-closing-first", n, edges)
    # The largest: the cycle's edges first (the answer is early in the list), then the same
    # kind of tree with the cycle's edges last but one (the answer is late).
    n = MAXN
    edges = add_edge(rng, n, random_tree(rng, n, 0.7))
    cycle = set(cycle_edges(n, edges))
    on = [e for i, e in enumerate(edges) if i in cycle]
    off = [e for i, e in enumerate(edges) if i not in cycle]
    rng.shuffle(on)
    rng.shuffle(off)
    found = write(outdir, "08-max-answer-early", n, on + off)
    assert found[-1] < n // 50
    edges = add_edge(rng, n, random_tree(rng, n, 0.7))
    cycle = set(cycle_edges(n, edges))
    on = [e for i, e in enumerate(edges) if i in cycle]
    off = [e for i, e in enumerate(edges) if i not in cycle]
    rng.shuffle(on)
    rng.shuffle(off)
    found = write(outdir, "09-max-answer-late", n, off[:-1] + on + off[-1:])
    assert found[-1] == n - 2


if __name__ == "__main__":
    main()
