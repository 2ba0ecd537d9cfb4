#!/usr/bin/env python3
"""Test generator for minimum-spanning-tree: writes OUTDIR/<name>.in for every test."""
import os
import random
import sys

SEED = 20261201
MAXN, MAXM, MAXW = 100000, 200000, 10**9


def write(outdir, name, n, edges):
    assert 1 <= n <= MAXN and 0 <= len(edges) <= MAXM
    assert all(0 <= u < n and 0 <= v < n and u != v and 1 <= w <= MAXW for u, v, w in edges)
    with open(os.path.join(outdir, name + ".in"), "w", newline="\n") as f:
        f.write(f"{n} {len(edges)}\n")
        f.write("".join(f"{u} {v} {w}\n" for u, v, w in edges))


def random_connected(rng, n, m, lo, hi):
    """A random spanning tree, then random extra edges up to m; endpoints and order shuffled."""
    order = list(range(n))
    rng.shuffle(order)
    edges = []
    for i in range(1, n):
        j = rng.randrange(max(0, i - 50), i) if rng.random() < 0.5 else rng.randrange(i)
        edges.append((order[j], order[i], rng.randint(lo, hi)))
    while len(edges) < m:
        u, v = rng.sample(range(n), 2)
        edges.append((u, v, rng.randint(lo, hi)))
    edges = [(v, u, w) if rng.random() < 0.5 else (u, v, w) for u, v, w in edges]
    rng.shuffle(edges)
    return edges


def main():
    outdir = sys.argv[1]
    rng = random.Random(SEED)

    write(outdir, "sample-1", 4,
          [(0, 1, 4), (1, 2, 2), (0, 2, 5), (2, 3, 7), (1, 3, 3)])
    write(outdir, "sample-2", 4, [(0, 1, 1), (2, 3, 2)])

    write(outdir, "01-single-node", 1, [])
    write(outdir, "02-two-nodes-no-edge", 2, [])
    write(outdir, "03-one-edge", 2, [(1, 0, MAXW)])
    write(outdir, "04-parallel-edges", 3,
          [(0, 1, 9), (1, 0, 4), (0, 1, 7), (1, 2, 6), (2, 1, 11), (2, 1, 2), (0, 2, 10)])
    write(outdir, "05-triangle-equal-weights", 3, [(0, 1, 5), (1, 2, 5), (2, 0, 5)])
    # Two dense halves, no edge between them: a forest, not a tree.
    edges = random_connected(rng, 30, 120, 1, 100)
    edges += [(u + 30, v + 30, w) for u, v, w in random_connected(rng, 30, 120, 1, 100)]
    rng.shuffle(edges)
    write(outdir, "06-two-components", 60, edges)
    write(outdir, "07-random-small", 10, random_connected(rng, 10, 25, 1, 20))
    # Every node joined except the last, which has no edge at all.
    n = 2000
    edges = random_connected(rng, n - 1, 8000, 1, MAXW)
    write(outdir, "08-one-isolated-node", n, edges)
    write(outdir, "09-random-medium", 3000, random_connected(rng, 3000, 12000, 1, 1000))
    # The heaviest total per node: a path of maximal weights; it needs 64 bits (2 * 10^13).
    n = 20000
    labels = list(range(n))
    rng.shuffle(labels)
    write(outdir, "10-path-max-weights", n, [(labels[i], labels[i + 1], MAXW) for i in range(n - 1)])
    # Large weights everywhere, a total far above 2^31 and 2^32.
    write(outdir, "11-large-weights", 8000, random_connected(rng, 8000, 20000, 900000000, MAXW))
    # One node cut off from the rest, the rest densely joined.
    n = 10000
    cut = 7777
    other = [v for v in range(n) if v != cut]
    edges = []
    for u, v, w in random_connected(rng, n, 25000, 1, MAXW):
        u = u if u != cut else rng.choice(other)
        v = v if v != cut else rng.choice(other)
        if u != v:
            edges.append((u, v, w))
    write(outdir, "12-one-node-cut-off", n, edges)
    write(outdir, "13-unit-weights-ties", 5000, random_connected(rng, 5000, 15000, 1, 3))
    # The largest n, connected: scanning every node for the next closest one (O(n^2)) is far
    # too slow. Small weights keep the file short.
    write(outdir, "14-max-n-tree", MAXN, random_connected(rng, MAXN, MAXN + 20000, 1, 9))


if __name__ == "__main__":
    main()
