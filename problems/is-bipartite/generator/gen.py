#!/usr/bin/env python3
"""Test generator for is-bipartite: writes OUTDIR/<name>.in for every test."""
import os
import random
import sys

SEED = 20261211
MAXN, MAXM = 100000, 200000


def write(outdir, name, n, edges):
    assert 1 <= n <= MAXN and 0 <= len(edges) <= MAXM
    assert all(0 <= u < n and 0 <= v < n and u != v for u, v in edges)
    with open(os.path.join(outdir, name + ".in"), "w", newline="\n") as f:
        f.write(f"{n} {len(edges)}\n")
        f.write("".join(f"{u} {v}\n" for u, v in edges))


def relabel(rng, n, edges, keep_zero=False):
    """The same graph under random node labels (node 0 stays 0 if keep_zero), edges shuffled
    and each written either way round."""
    labels = list(range(n))
    if keep_zero:
        rest = labels[1:]
        rng.shuffle(rest)
        labels = [0] + rest
    else:
        rng.shuffle(labels)
    out = [(labels[u], labels[v]) if rng.random() < 0.5 else (labels[v], labels[u])
           for u, v in edges]
    rng.shuffle(out)
    return out


def cycle(first, length):
    return [(first + i, first + (i + 1) % length) for i in range(length)]


def random_bipartite(rng, first, n, m):
    """A connected random bipartite graph on nodes first..first+n-1 (n >= 2): a random tree,
    each tree edge joining the two sides, then more edges between the sides, up to m."""
    side = [0] + [rng.randrange(2) for _ in range(n - 1)]
    edges = []
    for v in range(1, n):
        u = rng.randrange(v)
        if side[u] == side[v]:
            side[v] ^= 1
        edges.append((first + u, first + v))
    left = [v for v in range(n) if side[v] == 0]
    right = [v for v in range(n) if side[v] == 1]
    while len(edges) < m:
        edges.append((first + rng.choice(left), first + rng.choice(right)))
    return edges, [first + v for v in left], [first + v for v in right]


def components(rng, n, odd_last):
    """Many small components on nodes 0..n-1: trees, even cycles, complete bipartite graphs and
    isolated nodes; with odd_last the last one (nodes far from 0) is a 5-cycle."""
    edges, first = [], 0
    end = n - 5 if odd_last else n
    while first < end:
        kind = rng.randrange(4)
        size = min(end - first, rng.randint(1, 12))
        if kind == 0 or size < 4:  # a random tree (one node: isolated)
            edges += [(first + rng.randrange(v), first + v) for v in range(1, size)]
        elif kind == 1:  # an even cycle
            size -= size % 2
            edges += cycle(first, size)
        elif kind == 2:  # a complete bipartite graph
            a = size // 2
            edges += [(first + i, first + a + j) for i in range(a) for j in range(size - a)]
        first += size
    if odd_last:
        edges += cycle(n - 5, 5)
    return edges


def main():
    outdir = sys.argv[1]
    rng = random.Random(SEED)

    write(outdir, "sample-1", 5, [(0, 1), (1, 2), (2, 3), (3, 0)])
    write(outdir, "sample-2", 4, [(0, 1), (1, 2), (2, 0), (2, 3)])

    write(outdir, "01-single-node", 1, [])
    write(outdir, "02-no-edges", 6, [])
    write(outdir, "03-single-edge", 2, [(1, 0)])
    # Node 0 is isolated; the triangle is elsewhere.
    write(outdir, "04-triangle-away-from-zero", 5, [(2, 3), (3, 4), (4, 2)])
    write(outdir, "05-path-at-zero-triangle-elsewhere", 8,
          [(0, 1), (1, 2), (3, 4), (5, 6), (6, 7), (7, 5)])
    write(outdir, "06-parallel-edges", 3, [(0, 1), (1, 0), (0, 1), (1, 2), (2, 1)])
    write(outdir, "07-even-cycle", 1000, relabel(rng, 1000, cycle(0, 1000)))
    write(outdir, "08-odd-cycle", 999, relabel(rng, 999, cycle(0, 999)))
    write(outdir, "09-random-small", 12, relabel(rng, 12, random_bipartite(rng, 0, 12, 20)[0]))
    write(outdir, "10-many-components", 3000, relabel(rng, 3000, components(rng, 3000, False)))
    write(outdir, "11-many-components-odd-last", 3000,
          relabel(rng, 3000, components(rng, 3000, True), keep_zero=True))
    edges, left, right = random_bipartite(rng, 0, 2000, 8000)
    write(outdir, "12-random-medium", 2000, relabel(rng, 2000, edges))
    edges, left, right = random_bipartite(rng, 0, 2000, 7999)
    edges.append(tuple(rng.sample(left, 2)))  # connected: this edge closes an odd cycle
    write(outdir, "13-random-medium-one-edge-inside-a-side", 2000, relabel(rng, 2000, edges))
    # The deepest search: one path through every node.
    n = MAXN
    write(outdir, "14-max-long-path", n, relabel(rng, n, [(i, i + 1) for i in range(n - 1)]))
    # A long path through node 0, a long odd cycle in another component, the rest isolated.
    n = MAXN
    edges = [(i, i + 1) for i in range(19999)] + cycle(50000, 20001)
    write(outdir, "15-max-n-odd-cycle-far-from-zero", n, relabel(rng, n, edges, keep_zero=True))
    n, m = 15000, 30000
    write(outdir, "16-large-random", n, relabel(rng, n, random_bipartite(rng, 0, n, m)[0]))
    # Two components: node 0's is bipartite, the other has one edge inside a side.
    a = random_bipartite(rng, 0, 7000, 14000)[0]
    b, left, right = random_bipartite(rng, 7000, 8000, 15999)
    b.append(tuple(rng.sample(right, 2)))
    write(outdir, "17-large-random-odd-cycle-elsewhere", n, relabel(rng, n, a + b, keep_zero=True))


if __name__ == "__main__":
    main()
